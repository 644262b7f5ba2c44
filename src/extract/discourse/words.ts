/** Closed word classes (data/lexicons/argument-words.tsv): prepositions, titles, negators, future markers … */
import { cached, type Resources } from '../../resources.js';
import { memoByOwnerAndKey } from '../memo.js';
import { matchKey } from '../../text/normalize.js';
import { strippings } from './forms.js';

export type WordClass =
  | 'prep' | 'title' | 'anon' | 'neg' | 'future' | 'boundary' | 'relative' | 'that' | 'hedge'
  | 'counterfactual' | 'cancelled' | 'first' | 'pair' | 'attributive' | 'statement' | 'count' | 'force' | 'forceadj' | 'aidnoun' | 'coercive';

export interface WordClasses {
  sets: Map<WordClass, Set<string>>;
  /** title match key → role substrings of the knowledge base (الوزير → minister) */
  roles: Map<string, string[]>;
}

export function wordClasses(res: Resources): WordClasses {
  return cached(res, 'discourse/argument-words', (r) => {
    const text = r.read('data/lexicons/argument-words.tsv') ?? '';
    const sets = new Map<WordClass, Set<string>>();
    const roles = new Map<string, string[]>();
    for (const line of text.split('\n')) {
      if (!line.trim() || line.startsWith('#')) continue;
      const [cls, words = ''] = line.split('\t');
      if (cls === 'role') {
        for (const item of words.split(/\s+/).filter(Boolean)) {
          const [w, rs = ''] = item.split(':');
          roles.set(matchKey(w!), rs.split(',').filter(Boolean));
        }
        continue;
      }
      const set = sets.get(cls as WordClass) ?? new Set<string>();
      for (const w of words.split(/\s+/).filter(Boolean)) set.add(matchKey(w));
      sets.set(cls as WordClass, set);
    }
    return { sets, roles };
  });
}

/** True when the word (match key) is in the class as written, or after stripping و/ف. */
export function isClass(w: WordClasses, cls: WordClass, key: string): boolean {
  return (classBits(w, key) & (1 << CLASS_ORDER.indexOf(cls))) !== 0;
}

const CLASS_ORDER: WordClass[] = ['prep', 'title', 'anon', 'neg', 'future', 'boundary', 'relative', 'that', 'hedge', 'counterfactual', 'cancelled', 'first', 'pair', 'attributive', 'statement', 'count', 'force', 'forceadj', 'aidnoun', 'coercive'];
/** The classes of a word as a bit set, computed once per word (every clause test asks several). */
const classBits = memoByOwnerAndKey((w: WordClasses, key: string): number => {
  let bits = 0;
  const bare = (key.startsWith('و') || key.startsWith('ف')) && key.length > 2 ? key.slice(1) : null;
  CLASS_ORDER.forEach((cls, i) => {
    const set = w.sets.get(cls);
    if (set && (set.has(key) || (bare != null && set.has(bare)))) bits |= 1 << i;
  });
  return bits;
});

/** True when the word, after any clitic stripping, is in the class (بالمسؤولية, للوزير …). */
export function isClassLoose(w: WordClasses, cls: WordClass, key: string): boolean {
  const set = w.sets.get(cls);
  if (!set) return false;
  for (const s of strippings(key)) {
    if (set.has(s.core)) return true;
    if (set.has('ال' + s.core)) return true;
  }
  return false;
}
