/**
 * The word lists the entity labeller's features consult: trigger words (data/lexicons/ner-triggers.txt),
 * gazetteers of names (data/lexicons/gazetteer-*.txt, or any other `NameIndex`, e.g. one built from the
 * knowledge base) and unsupervised word clusters (data/models/word-clusters.tsv).
 * All keys are match keys (text/normalize.ts), so spelling variants of hamza, ta marbuta and alef maqsura meet.
 */
import { cached, type Resources } from '../../resources.js';
import { matchKey } from '../../text/normalize.js';
import { rawTokens } from '../../text/tokenize.js';

/** Entity-type bits of a name in a gazetteer. */
export const NAME_PER = 1;
export const NAME_LOC = 2;
export const NAME_ORG = 4;
export const NAME_MISC = 8;

/**
 * A dictionary of multi-word names: what the labeller needs from a gazetteer or a knowledge base.
 * Phrases are match-key words joined by single spaces.
 */
export interface NameIndex {
  /** the NAME_* bits of the phrase, 0 when unknown */
  lookup(phrase: string): number;
  /** true when some name starts with this word (a fast filter before multi-word look-ups) */
  startsName(word: string): boolean;
  /** the longest name, in words */
  readonly maxWords: number;
}

/** A NameIndex over phrase → type bits. */
export class PhraseIndex implements NameIndex {
  private readonly phrases = new Map<string, number>();
  private readonly firsts = new Set<string>();
  maxWords = 0;

  /** Adds a name written in ordinary Arabic (it is tokenised and keyed here). */
  add(name: string, bits: number): void {
    const words = phraseWords(name);
    if (!words.length) return;
    const key = words.join(' ');
    this.phrases.set(key, (this.phrases.get(key) ?? 0) | bits);
    this.firsts.add(words[0]!);
    if (words.length > this.maxWords) this.maxWords = words.length;
  }
  lookup(phrase: string): number {
    return this.phrases.get(phrase) ?? 0;
  }
  startsName(word: string): boolean {
    return this.firsts.has(word);
  }
  get size(): number {
    return this.phrases.size;
  }
}

/** Several indexes as one (e.g. the shipped gazetteer and the knowledge base). */
export function combineNameIndexes(...indexes: NameIndex[]): NameIndex {
  return {
    lookup: (p) => indexes.reduce((bits, ix) => bits | ix.lookup(p), 0),
    startsName: (w) => indexes.some((ix) => ix.startsName(w)),
    maxWords: Math.max(0, ...indexes.map((ix) => ix.maxWords)),
  };
}

/** The match-key words of a phrase, tokenised as the labeller tokenises text. */
export function phraseWords(text: string): string[] {
  return rawTokens(text).map((t) => wordKey(t.text));
}

/** The key a token is looked up by everywhere in the labeller: its match key, Latin lower-cased, a number → 0. */
export function wordKey(text: string): string {
  if (NUMBER.test(text)) return '0';
  const k = matchKey(text);
  return LATIN.test(k) ? k.toLowerCase() : k;
}
const NUMBER = /^[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,\u066B\u066C][0-9\u0660-\u0669\u06F0-\u06F9]+)*$/u;
const LATIN = /^[\p{Script=Latin}]/u;

/** Trigger classes (see data/lexicons/ner-triggers.txt). */
export type TriggerClass = 'PER_TITLE' | 'PER_CUE' | 'ORG_HEAD' | 'ORG_CUE' | 'LOC_HEAD' | 'LOC_CUE' | 'MISC_HEAD';

export interface NerLexicons {
  /** phrase (match-key words joined by spaces) → its trigger classes */
  triggers: Map<string, TriggerClass[]>;
  triggerFirsts: Set<string>;
  triggerMaxWords: number;
  names: NameIndex;
  /** word → packed cluster ids (see clusterIds) */
  clusters: Map<string, number>;
  /** the granularities of the cluster columns, e.g. [64, 256, 1024] */
  clusterSizes: number[];
  /** word → induced name evidence, e.g. ['PER:h', 'ORG:l'] (data/models/induced-names.tsv) */
  induced: Map<string, string[]>;
  /**
   * word → how the first pass labels it across unlabelled text (data/models/auto-names.tsv), e.g. ['PER:h']
   * or ['O'] for a frequent word it never labels; absent or empty: no such features
   */
  auto?: Map<string, string[]>;
}

export const TRIGGERS_FILE = 'data/lexicons/ner-triggers.txt';
export const GAZETTEER_FILES: Array<[string, number]> = [
  ['data/lexicons/gazetteer-per.txt', NAME_PER],
  ['data/lexicons/gazetteer-loc.txt', NAME_LOC],
  ['data/lexicons/gazetteer-org.txt', NAME_ORG],
];
export const CLUSTERS_FILE = 'data/models/word-clusters.tsv';
export const INDUCED_FILE = 'data/models/induced-names.tsv';
/** Written by `npm run train:ner` with the models it belongs to (the development models have their own). */
export const AUTO_FILE = 'data/models/auto-names.tsv';

/**
 * Parses auto-names.tsv (`word<TAB>total<TAB>TYPE:share,…`): word → its types with a share bucket
 * (h ≥ 0.5, m ≥ 0.15, l ≥ 0.03), or ['O'] for a word seen often enough that the first pass never labels.
 */
export function parseAuto(text: string | null): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of dataLines(text)) {
    const [w, , types] = line.split('\t');
    if (!w) continue;
    const list: string[] = [];
    for (const ts of (types ?? '').split(',')) {
      const [t, share] = ts.split(':');
      if (!t || share === undefined) continue;
      const s = Number(share);
      if (s >= 0.03) list.push(`${t}:${s >= 0.5 ? 'h' : s >= 0.15 ? 'm' : 'l'}`);
    }
    out.set(w, list.length ? list : ['O']);
  }
  return out;
}

/** Parses induced-names.tsv: word → type and share bucket (h ≥ 0.5, m ≥ 0.15, l below). */
export function parseInduced(text: string | null): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of dataLines(text)) {
    const [w, type, , share] = line.split('\t');
    if (!w || !type) continue;
    const s = Number(share);
    const list = out.get(w) ?? [];
    list.push(`${type}:${s >= 0.5 ? 'h' : s >= 0.15 ? 'm' : 'l'}`);
    out.set(w, list);
  }
  return out;
}

/** Lines of a data file without comments and blanks. */
function dataLines(text: string | null): string[] {
  if (!text) return [];
  return text.split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l.trim() && !l.startsWith('#'));
}

export function parseTriggers(text: string | null): Pick<NerLexicons, 'triggers' | 'triggerFirsts' | 'triggerMaxWords'> {
  const triggers = new Map<string, TriggerClass[]>();
  const triggerFirsts = new Set<string>();
  let triggerMaxWords = 0;
  for (const line of dataLines(text)) {
    const [cls, phrase] = line.split('\t');
    if (!cls || !phrase) continue;
    const words = phraseWords(phrase);
    if (!words.length) continue;
    const key = words.join(' ');
    const list = triggers.get(key) ?? [];
    if (!list.includes(cls as TriggerClass)) list.push(cls as TriggerClass);
    triggers.set(key, list);
    triggerFirsts.add(words[0]!);
    triggerMaxWords = Math.max(triggerMaxWords, words.length);
  }
  return { triggers, triggerFirsts, triggerMaxWords };
}

/** The shipped gazetteer lists as one index. */
export function gazetteerIndex(res: Resources): PhraseIndex {
  const ix = new PhraseIndex();
  for (const [file, bits] of GAZETTEER_FILES) for (const line of dataLines(res.read(file))) ix.add(line.trim(), bits);
  return ix;
}

/** Parses word-clusters.tsv into word → ids packed 10 bits per column (up to three columns). */
export function parseClusters(text: string | null): { clusters: Map<string, number>; clusterSizes: number[] } {
  const clusters = new Map<string, number>();
  let clusterSizes: number[] = [];
  if (!text) return { clusters, clusterSizes };
  const header = text.slice(0, text.indexOf('\n'));
  const m = header.match(/word<TAB>([^ ]+)/);
  if (m) clusterSizes = m[1]!.split('<TAB>').map((c) => Number(c.replace(/^c/, '')));
  let pos = 0;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    if (text.charCodeAt(pos) !== 0x23 /* # */ && end > pos) {
      const line = text.slice(pos, end);
      const parts = line.split('\t');
      let packed = 0;
      for (let k = 1; k < parts.length && k <= 3; k++) packed |= (Number(parts[k]) & 0x3ff) << (10 * (k - 1));
      clusters.set(parts[0]!, packed);
    }
    pos = end + 1;
  }
  return { clusters, clusterSizes };
}

/** The cluster id of column `k` of a packed entry. */
export function clusterIds(packed: number, k: number): number {
  return (packed >>> (10 * k)) & 0x3ff;
}

/**
 * The knowledge base's name forms (data/kb/*.tsv, columns `ar` and `aliases`) as a NameIndex:
 * people → PER, organisations → ORG, countries and places → LOC. Weak forms (`~القاعدة`, also common
 * words) are left out, and so are demonyms (ANERcorp tags الأميركي / السورية as O).
 */
export const KB_NAME_FILES: Array<[string, number]> = [
  ['data/kb/people.tsv', NAME_PER],
  ['data/kb/orgs.tsv', NAME_ORG],
  ['data/kb/countries.tsv', NAME_LOC],
  ['data/kb/capitals.tsv', NAME_LOC],
  ['data/kb/places.tsv', NAME_LOC],
  ['data/kb/world-cities.tsv', NAME_LOC],
  ['data/kb/provinces.tsv', NAME_LOC],
];

export function kbNameIndex(res: Resources): PhraseIndex {
  const ix = new PhraseIndex();
  for (const [file, bits] of KB_NAME_FILES) {
    const lines = dataLines(res.read(file));
    if (!lines.length) continue;
    const header = lines[0]!.split('\t');
    const ar = header.indexOf('ar');
    const aliases = header.indexOf('aliases');
    if (ar < 0) continue;
    for (const line of lines.slice(1)) {
      const cols = line.split('\t');
      const forms = [cols[ar] ?? '', ...(aliases >= 0 ? (cols[aliases] ?? '').split('|') : [])];
      for (const form of forms) {
        const f = form.trim();
        if (f && !f.startsWith('~')) ix.add(f, bits);
      }
    }
  }
  return ix;
}

/**
 * The labeller's lexicons, parsed once per Resources. `names` is the shipped gazetteer only, so that the
 * committed model sees at tagging time exactly the lists it was trained with (the knowledge base changes
 * as users add entries; it reaches the labeller through LabelOptions.names and name completion).
 */
export function nerLexicons(res: Resources): NerLexicons {
  return cached(res, 'ner-lexicons', (r) => ({
    ...parseTriggers(r.read(TRIGGERS_FILE)),
    names: gazetteerIndex(r),
    ...parseClusters(r.read(CLUSTERS_FILE)),
    induced: parseInduced(r.read(INDUCED_FILE)),
    auto: parseAuto(r.read(AUTO_FILE)),
  }));
}

/** The shipped gazetteer and the knowledge base's names, once per Resources. */
export function allNames(res: Resources): NameIndex {
  return cached(res, 'ner-all-names', (r) => combineNameIndexes(gazetteerIndex(r), kbNameIndex(r)));
}
