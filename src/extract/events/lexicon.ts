/** The event-trigger lexicon (data/lexicons/event-triggers.tsv) and mode refiners (event-modes.tsv). */
import type { PloverType } from '../../analysis.js';
import { cached, type Resources } from '../../resources.js';
import { memoByOwnerAndKey } from '../memo.js';
import { matchKey } from '../../text/normalize.js';
import { bareKey, imperfectForms, perfectForms, strippings, type Stripped } from '../discourse/forms.js';

export interface TriggerEntry {
  type: PloverType;
  mode: string | null;
  pos: 'v' | 'n';
  lemma: string;
  /** recipient slots: 'obj' or preposition match keys (مع، علي، الي، ل، ب …) */
  frame: string[];
  /** words one of which must follow the verb (أجرى محادثات) */
  with: Set<string> | null;
  /** words one of which the clause must contain: a preposition (بحث … مع) or a sentence's term (أدانت المحكمة … بعشر سنوات) */
  needPrep: Set<string> | null;
  /** further groups of needed words, each of which the clause must also contain (`!A|B !C|D`: one of A, B and one of C, D) */
  needAlso: Set<string>[];
  /** words that veto the entry in its clause */
  not: Set<string>;
  /** line order: earlier lines win ties */
  order: number;
  /**
   * When set, an event with nobody named is kept only if one of these words is in its clause (empty set: never):
   * مخططات تستهدف الوحدة الوطنية is no attack, استهدفت طائرة مسيرة موقعا is one.
   */
  unnamed: Set<string> | null;
}

export interface ModeRule {
  type: PloverType;
  mode: string;
  phrases: string[][];
}

export interface TriggerLexicon {
  verbs: Map<string, TriggerEntry[]>;
  /** active participles used as verbs of manner: متهما، داعيا (their subject is the clause's) */
  participles: Map<string, TriggerEntry[]>;
  nouns: Map<string, TriggerEntry[]>;
  modes: ModeRule[];
  /** verb forms whose match key is also a function word: they count only as written with their hamza (هنأ, not هنا) */
  hamza: Map<string, string>;
  /** words of armed violence (@violence): an attack told with nobody named needs one nearby (a generic يقتل الأبرياء is none) */
  violence: Set<string>;
  /** every named word list, with its @ (event-nominal.tsv's lists for attacks and protests told by their noun) */
  lists: Map<string, Set<string>>;
}

export interface TriggerHit {
  entries: TriggerEntry[];
  reading: Stripped;
  participle?: boolean;
}

const keyList = (s: string | undefined) => (s ?? '').split('|').map((x) => x.trim()).filter((x) => x && x !== '-').map(matchKey);

export function triggerLexicon(res: Resources): TriggerLexicon {
  return cached(res, 'events/triggers', (r) => {
    const verbs = new Map<string, TriggerEntry[]>();
    const participles = new Map<string, TriggerEntry[]>();
    const nouns = new Map<string, TriggerEntry[]>();
    const hamza = new Map<string, string>();
    const add = (map: Map<string, TriggerEntry[]>, form: string, e: TriggerEntry) => {
      const list = map.get(form) ?? [];
      if (!list.includes(e)) list.push(e);
      map.set(form, list);
    };
    let order = 0;
    const lists = new Map<string, Set<string>>();
    // (event-nominal.tsv holds only word lists: nominal.ts reads them)
    const nominalLists = (r.read('data/lexicons/event-nominal.tsv') ?? '').split('\n').filter((l) => l.startsWith('@'));
    for (const line of [...(r.read('data/lexicons/event-triggers.tsv') ?? '').split('\n'), ...nominalLists]) {
      if (!line.trim() || line.startsWith('#')) continue;
      // @name<TAB>words: a word list the unnamed column may name (@violence)
      if (line.startsWith('@')) {
        const [name = '', words] = line.split('\t');
        lists.set(name, new Set(keyList(words)));
        continue;
      }
      const [type, mode, pos, forms = '', frame = '', withCol, notCol, unnamedCol] = line.split('\t');
      // the column holds the light verb's nouns, a clause's needed words after !, or both (هدنه|وقف !حيز)
      const parts = (withCol ?? '').split(/\s+/).filter(Boolean);
      const withWords = keyList(parts.filter((x) => !x.startsWith('!')).join('|'));
      const needGroups = parts.filter((x) => x.startsWith('!')).map((x) => keyList(x.slice(1))).filter((g) => g.length);
      const needWords = needGroups[0] ?? [];
      const entry: TriggerEntry = {
        type: type as PloverType,
        mode: !mode || mode === '-' ? null : mode,
        pos: pos === 'n' ? 'n' : 'v',
        lemma: '',
        frame: frame.split(',').map((x) => x.trim()).filter((x) => x && x !== '-').map((x) => (x === 'obj' ? x : matchKey(x))),
        with: withWords.length ? new Set(withWords) : null,
        needPrep: needWords.length ? new Set(needWords) : null,
        needAlso: needGroups.slice(1).map((g) => new Set(g)),
        not: new Set(keyList(notCol)),
        order: order++,
        unnamed: unnamedCol == null || !unnamedCol.trim() ? null : lists.get(unnamedCol.trim()) ?? new Set(keyList(unnamedCol)),
      };
      const items = forms.split(/\s+/).filter(Boolean);
      if (entry.pos === 'n') {
        entry.lemma = matchKey(items[0] ?? '');
        for (const f of items) add(nouns, matchKey(f), entry);
        continue;
      }
      for (const item of items) {
        if (item.startsWith('~')) {
          const key = matchKey(item.slice(1));
          add(participles, key, entry);
          // the feminine of a participle of manner in -an goes with it (داعيا → داعيةً: وقالت … داعيةً الأطراف إلى)
          if (key.length > 3 && key.endsWith('ا')) add(participles, key.slice(0, -1) + 'ه', entry);
          continue;
        }
        if (item.startsWith('=')) {
          add(verbs, matchKey(item.slice(1)), entry);
          continue;
        }
        if (item.startsWith('@')) {
          // @هنأ: a form that counts only as written with its hamza (its key هنا is "here")
          const written = item.slice(1);
          add(verbs, matchKey(written), entry);
          hamza.set(matchKey(written), written);
          continue;
        }
        const [perfect = '', imperfect] = item.split(':');
        if (!entry.lemma) entry.lemma = matchKey(perfect);
        for (const f of perfectForms(perfect)) add(verbs, f, entry);
        if (imperfect) for (const f of imperfectForms(imperfect)) add(verbs, f, entry);
      }
      // (an entry written as forms only, =احتج =احتجت …, is named by its first form)
      if (!entry.lemma) entry.lemma = matchKey((items.find((x) => /^[=@]/.test(x)) ?? '').slice(1));
    }
    const modes: ModeRule[] = [];
    for (const line of (r.read('data/lexicons/event-modes.tsv') ?? '').split('\n')) {
      if (!line.trim() || line.startsWith('#')) continue;
      const [type, mode, phrases = ''] = line.split('\t');
      modes.push({ type: type as PloverType, mode: mode!, phrases: phrases.split('|').map((p) => p.trim().split(/\s+/).map((x) => bareKey(matchKey(x)))).filter((p) => p[0]) });
    }
    return { verbs, participles, nouns, modes, hamza, violence: lists.get('@violence') ?? new Set(), lists };
  });
}

/** Verb readings of a word: و/ف and سـ may precede it, an object pronoun may follow (اتهمه، نفاه). */
const verbMemo = memoByOwnerAndKey((lex: TriggerLexicon, key: string) => findVerb(lex, key));
const nounMemo = memoByOwnerAndKey((lex: TriggerLexicon, key: string) => findNoun(lex, key));

export function verbHit(lex: TriggerLexicon, key: string): TriggerHit | null {
  return verbMemo(lex, key);
}

export function nounHit(lex: TriggerLexicon, key: string): TriggerHit | null {
  return nounMemo(lex, key);
}

function findVerb(lex: TriggerLexicon, key: string): TriggerHit | null {
  for (const s of strippings(key)) {
    // no article or preposition before a verb, and no ي object (زاري is no form of زار)
    if (/[بلك]|ال/.test(s.pro) || s.enc === 'ي') continue;
    const e = lex.verbs.get(s.core);
    if (e) return { entries: e, reading: s };
    const p = s.enc ? undefined : lex.participles.get(s.core);
    if (p) return { entries: p, reading: s, participle: true };
  }
  return null;
}

/** Noun readings: with the article, ب/ل and a possessive (دعمي، بغارات، اللقاء). */
function findNoun(lex: TriggerLexicon, key: string): TriggerHit | null {
  for (const s of strippings(key)) {
    if (s.pro.includes('س')) continue;
    // a definite noun takes no possessive: الهجومي is an adjective (offensive), not «my attack»
    if (s.pro.includes('ال') && s.enc) continue;
    const e = lex.nouns.get(s.core);
    if (e) return { entries: e, reading: s };
  }
  return null;
}

/**
 * True when the word is one of a clause's required words: a short preposition as written (مع، معا; not فيه),
 * a longer word with its clitics (بالسجن → سجن).
 */
export function isNeeded(set: Set<string>, key: string): boolean {
  for (const w of set) {
    if (key === w || key === w + 'ا') return true;
    if (w.length > 3 && strippings(key).some((s) => !s.enc && (s.core === w || 'ال' + s.core === w))) return true;
  }
  return false;
}

/** True when any reading of the word is in the set (المسؤولية، بالمسؤولية → مسؤوليه). */
export function inSet(set: Set<string>, key: string): boolean {
  if (set.has(key)) return true;
  for (const s of strippings(key)) if (set.has(s.core) || set.has('ال' + s.core)) return true;
  return false;
}
