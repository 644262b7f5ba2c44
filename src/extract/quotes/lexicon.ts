/** Reporting verbs (data/lexicons/reporting-verbs.tsv) with their generated forms. */
import { cached, type Resources } from '../../resources.js';
import { memoByOwnerAndKey } from '../memo.js';
import { matchKey } from '../../text/normalize.js';
import { imperfectForms, perfectForms, strippings } from '../discourse/forms.js';

export type CueClass = 'say' | 'relay' | 'object' | 'statement';

export interface CueInfo {
  lemma: string;
  cls: CueClass;
  /** a participle (قائلا، مضيفا): its subject is the clause's subject */
  participle: boolean;
  /** قوله، قولها: the relayed speech noun of نقل X عن Y قوله */
  saying: boolean;
}

export interface ReportingLexicon {
  forms: Map<string, CueInfo>;
}

export function reportingLexicon(res: Resources): ReportingLexicon {
  return cached(res, 'quotes/reporting-verbs', (r) => {
    const forms = new Map<string, CueInfo>();
    const text = r.read('data/lexicons/reporting-verbs.tsv') ?? '';
    for (const line of text.split('\n')) {
      if (!line.trim() || line.startsWith('#')) continue;
      const [perfect = '', imperfect = '', participles = '', cls = 'say', extra = ''] = line.split('\t');
      const lemma = matchKey(perfect);
      const info: CueInfo = { lemma, cls: cls as CueClass, participle: false, saying: false };
      for (const f of [...perfectForms(perfect), ...imperfectForms(imperfect), ...extra.split(/\s+/).filter(Boolean).map(matchKey)]) {
        if (!forms.has(f)) forms.set(f, info);
      }
      for (const p of participles.split(/\s+/).filter((x) => x && x !== '-')) forms.set(matchKey(p), { ...info, participle: true });
    }
    // نقل X عن Y قوله: the relayed saying
    const saying: CueInfo = { lemma: 'قول', cls: 'say', participle: false, saying: true };
    for (const f of ['قوله', 'قولها', 'قولهم', 'قولهما', 'تاكيده', 'تاكيدها', 'تصريحه', 'تصريحها']) forms.set(f, saying);
    return { forms };
  });
}

/** The cue a word is (وقال, فأضافت, وقالوا …), or null. Prepositions and the article never precede a cue. */
export const cueOf: (lex: ReportingLexicon, key: string) => CueInfo | null = memoByOwnerAndKey(findCue);

function findCue(lex: ReportingLexicon, key: string): CueInfo | null {
  for (const s of strippings(key)) {
    if (/[بلك]|ال/.test(s.pro)) continue;
    const f = lex.forms.get(s.core);
    // an object pronoun only on verbs of describing: ووصفها المتحدث … بأنها، ما وصفه بـ"…"
    if (f && (!s.enc || (f.cls === 'object' && /^(ه|ها|هم|هما)$/.test(s.enc)))) return f;
  }
  return null;
}
