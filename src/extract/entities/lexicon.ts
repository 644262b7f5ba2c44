/**
 * The linker's small lexicons (data/kb/titles.tsv, triggers.tsv, not-names.tsv, institutions.tsv, given-names.txt), parsed once per Resources.
 */
import type { EntityType } from '../../analysis.js';
import { nameKey } from '../../kb/compile.js';
import { cached, type Resources } from '../../resources.js';
import { loadKb } from '../../kb/load.js';
import { memoByKey } from '../memo.js';
import { parseWordList, stopwords } from '../../text/stopwords.js';
import { stemLexicon } from '../../text/stem.js';
import { cueOf, reportingLexicon } from '../quotes/lexicon.js';
import { keyVariants, type KeyVariant } from './gazetteer.js';

/**
 * keyVariants (the token's key and its clitic-stripped variants), computed once per key: the linker's
 * shape rules each scan every token of the article and ask for the same words again and again.
 * The arrays are shared: callers only read them.
 */
export const variantsOf: (norm: string) => readonly KeyVariant[] = memoByKey((norm) => keyVariants(norm));

export interface Title {
  tokens: string[];
  role: string;
}

export interface LinkLexicon {
  /** title phrases, longest first */
  titles: Title[];
  /** trigger word key → the entity type it announces */
  triggers: Map<string, EntityType>;
  /** modifiers that may sit between a title and a name: السابق، الحالي … */
  modifiers: Set<string>;
  /** phrases in which a name form is an ordinary word (مسقط رأسه، صلاة المغرب), under each of their tokens' keys */
  notNames: Map<string, Array<{ tokens: string[]; at: number }>>;
  /** data/kb/institutions.tsv: institution heads (وزارة، نادي …) → nameEn pattern («Ministry of {}») */
  institutionHeads: Map<string, string>;
  /** adjectives other than the relative ones (-ي/-ية) that may follow a definite complement (العامة، الأعلى) → English */
  institutionAdjectives: Map<string, string>;
  /**
   * heads that are also common words (حركة، سلطة …): they need a complement from the cause list
   * ('cause') or from the cause or portfolio lists ('portfolio'), and a second complement or a demonym
   */
  weakHeads: Map<string, 'cause' | 'portfolio'>;
  /** heads that name a body only in the definite shape «الرئاسة العامة لرعاية الشباب» (an adjective, then the field with ل) */
  definiteHeads: Map<string, string>;
  /** complements that name a movement's cause (المقاومة → Resistance): حركة المقاومة الإسلامية */
  institutionCauses: Map<string, string>;
  /** complements with an English rendering (الداخلية → Interior), keys of one or more tokens */
  institutionWords: Map<string, string>;
  /** definite words after a head that do not make a name (حركة المرور, time words) */
  notInstitution: Set<string>;
  /** words before a head that make the phrase part of a person's title (رئيس مجلس الوزراء) */
  institutionHolders: Set<string>;
  /** a force's branches named before it with ل (القوة البرية للحرس الثوري), as match-key token lists */
  branches: string[][];
  /** kinds of court named after «محكمة» (التمييز، جنايات، أمن الدولة), match-key token lists, longest first, with English */
  courts: Array<{ tokens: string[]; en: string }>;
  /** words after which a person's name follows (يدعى، المدعو) */
  introducers: Set<string>;
  /** given names that start a person's name after a title (data/kb/given-names.txt, the recogniser's
   *  name list, the first words of the knowledge base's people), match keys */
  givenNames: Set<string>;
  /** function words (match keys) */
  stopwords: ReadonlySet<string>;
  /** how often a word (match key) occurs in general news text (data/lexicons/wordfreq.tsv), 0 when unseen */
  wordCount(key: string): number;
  /** a reporting verb (data/lexicons/reporting-verbs.tsv: وأضاف، قالت، وتابع …), match key; participles and relays excluded */
  isReportingVerb(key: string): boolean;
}

const MODIFIERS = ['السابق', 'السابقة', 'الأسبق', 'الحالي', 'الحالية', 'الجديد', 'الجديدة', 'المقبل', 'المؤقت', 'بالوكالة'];

function rows(text: string | null): string[][] {
  if (!text) return [];
  return text
    .split(/\r?\n/)
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.split('\t').map((c) => c.trim()));
}

export function linkLexicon(res: Resources): LinkLexicon {
  return cached(res, 'entities:lexicon', (r) => {
    const titles = rows(r.read('data/kb/titles.tsv'))
      .filter((c) => c[0] && c[1])
      .map((c) => ({ tokens: nameKey(c[0]!).split(' '), role: c[1]! }))
      .sort((a, b) => b.tokens.length - a.tokens.length);
    const triggers = new Map<string, EntityType>();
    for (const c of rows(r.read('data/kb/triggers.tsv'))) if (c[0] && c[1]) triggers.set(nameKey(c[0]), c[1] as EntityType);
    const notNames = new Map<string, Array<{ tokens: string[]; at: number }>>();
    for (const c of rows(r.read('data/kb/not-names.tsv'))) {
      if (!c[0]) continue;
      const tokens = nameKey(c[0]).split(' ');
      tokens.forEach((t, at) => {
        const list = notNames.get(t) ?? [];
        list.push({ tokens, at });
        notNames.set(t, list);
      });
    }
    const institutionHeads = new Map<string, string>();
    const definiteHeads = new Map<string, string>();
    const institutionWords = new Map<string, string>();
    const notInstitution = new Set<string>();
    const introducers = new Set<string>();
    const institutionHolders = new Set<string>();
    const weakHeads = new Map<string, 'cause' | 'portfolio'>();
    const institutionCauses = new Map<string, string>();
    const institutionAdjectives = new Map<string, string>();
    const branches: string[][] = [];
    const courts: Array<{ tokens: string[]; en: string }> = [];
    for (const c of rows(r.read('data/kb/institutions.tsv'))) {
      const [kind, word, en] = c;
      if (!word) continue;
      const key = nameKey(word);
      // (a head that names a body only definite, with an adjective and its field: «الرئاسة العامة لرعاية الشباب»)
      if (kind === 'head' && en && c[3] === 'definite') definiteHeads.set(key, en);
      else if (kind === 'head' && en) {
        institutionHeads.set(key, en);
        if (c[3] === 'weak') weakHeads.set(key, 'portfolio');
        else if (c[3] === 'cause') weakHeads.set(key, 'cause');
      }
      else if (kind === 'word' && en) institutionWords.set(key, en);
      else if (kind === 'cause' && en) institutionCauses.set(key, en);
      else if (kind === 'not') notInstitution.add(key);
      else if (kind === 'introducer') introducers.add(key);
      else if (kind === 'holder') institutionHolders.add(key);
      else if (kind === 'adj') institutionAdjectives.set(key, en ?? '');
      else if (kind === 'branch') branches.push(key.split(' '));
      else if (kind === 'court' && en) courts.push({ tokens: key.split(' '), en });
    }
    const givenNames = new Set([
      ...parseWordList(r.read('data/kb/given-names.txt') ?? ''),
      ...parseWordList(r.read('data/lexicons/gazetteer-per.txt') ?? ''),
    ]);
    for (const e of loadKb(r).entries) {
      if (e.entityType !== 'PER') continue;
      for (const form of [e.ar, ...e.aliases]) {
        const toks = nameKey(form).split(' ');
        if (toks.length > 1) givenNames.add(toks[0]!);
      }
    }
    courts.sort((a, b) => b.tokens.length - a.tokens.length);
    return {
      givenNames, courts,
      titles, triggers, modifiers: new Set(MODIFIERS.map(nameKey)), notNames,
      institutionHeads, definiteHeads, weakHeads, institutionCauses, institutionAdjectives, institutionWords, notInstitution, institutionHolders, introducers, branches, stopwords: stopwords(r),
      wordCount: (key: string) => stemLexicon(r).freq.get(key) ?? 0,
      isReportingVerb: (key: string) => {
        const c = cueOf(reportingLexicon(r), key);
        return !!c && !c.participle && !c.saying && c.cls !== 'relay' && c.cls !== 'statement';
      },
    };
  });
}
