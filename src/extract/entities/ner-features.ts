/**
 * Features of the entity labeller: for each token of a sentence, a list of 32-bit feature hashes
 * (FNV-1a of template name + value). The model maps hashes to weight rows, so no feature-name strings
 * are stored anywhere. Training (src/train/ner) and tagging share this one function: change it and the
 * model must be retrained.
 *
 * Per token: the word (match key), its proclitic-free forms (وبالحلف → حلف) and the proclitics,
 * prefixes and suffixes 1–4, shape and length, neighbours ±2 and their stems, bigrams, trigger words
 * around it (وزير الخارجية … → PER_TITLE before), gazetteer matches covering it (with B/I position),
 * and word-cluster ids (64 / 256 / 1024 clusters) of the word, its stem and its neighbours.
 */
import { clusterIds, wordKey, PhraseIndex, type NameIndex, type NerLexicons } from './ner-lexicons.js';
import { stripProclitics } from './proclitics.js';

/** Features of a sentence: token t has feats[offsets[t] .. offsets[t+1]). */
export interface SentenceFeatures {
  feats: Uint32Array;
  offsets: Int32Array;
}

const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a of a string, continuing from `h`. */
function hashStr(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}
const seeds = new Map<string, number>();
/** The hash state after a template name and the 0x1f separator (memoised: templates are few). */
function templateSeed(template: string): number {
  let s = seeds.get(template);
  if (s === undefined) seeds.set(template, (s = Math.imul(hashStr(FNV_OFFSET, template) ^ 0x1f, 0x01000193)));
  return s;
}
/** Hash of one template and one value (a 0x1f unit separates them). */
export function featureHash(template: string, value: string): number {
  return hashStr(templateSeed(template), value) >>> 0;
}

const enum Kind {
  Arabic = 'A',
  Number = 'N',
  Latin = 'L',
  Punct = 'P',
  Mixed = 'M',
}
const ARABIC_START = /^[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFC]/u;
const ARABIC_ONLY = /^[\u0621-\u065F\u0670-\u06D3\u06FA-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFC\u0640\u200C\u200D]+$/u;
const DIGITS = /^[0-9\u0660-\u0669\u06F0-\u06F9.,\u066B\u066C]+$/u;
const LATIN_START = /^\p{Script=Latin}/u;
const PUNCT_ONLY = /^[\p{P}\p{S}]+$/u;

function kindOf(text: string): Kind {
  if (ARABIC_ONLY.test(text)) return Kind.Arabic;
  if (DIGITS.test(text)) return Kind.Number;
  if (LATIN_START.test(text)) return Kind.Latin;
  if (PUNCT_ONLY.test(text)) return Kind.Punct;
  if (ARABIC_START.test(text)) return Kind.Mixed;
  return Kind.Mixed;
}

function lengthBucket(n: number): string {
  return n <= 3 ? String(n) : n <= 5 ? '4-5' : n <= 8 ? '6-8' : '9+';
}

/** Per-token facts computed once and shared by the neighbours' features. */
interface TokenInfo {
  key: string;
  kind: Kind;
  /** proclitic-free forms: base keeps the article, stem drops it */
  base: string;
  stem: string;
  proc: string;
  cl: number;
  clStem: number;
  /** induced name evidence (see ner-lexicons.ts) */
  ind: string[];
  /** how the first pass labels the word across unlabelled text (auto-names.tsv) */
  au: string[];
}

const NO_CLUSTER = -1;
/** Empty lexicons, for token facts that need no clusters. */
const NO_LEXICONS: NerLexicons = { triggers: new Map(), triggerFirsts: new Set(), triggerMaxWords: 0, names: new PhraseIndex(), clusters: new Map(), clusterSizes: [], induced: new Map() };
const NONE: string[] = [];

function clusterOf(lex: NerLexicons, ...forms: string[]): number {
  for (const f of forms) {
    const c = lex.clusters.get(f);
    if (c !== undefined) return c;
  }
  return NO_CLUSTER;
}

function tokenInfo(text: string, lex: NerLexicons): TokenInfo {
  const key = wordKey(text);
  const kind = kindOf(text);
  if (kind !== Kind.Arabic) {
    const cl = clusterOf(lex, key);
    return { key, kind, base: key, stem: key, proc: '', cl, clStem: cl, ind: NONE, au: NONE };
  }
  const p = stripProclitics(key);
  const proc = p.conj + p.prep + (p.art ? '+ال' : '');
  const ind = lex.induced.get(key) ?? lex.induced.get(p.base) ?? lex.induced.get(p.stem) ?? NONE;
  const au = lex.auto?.size ? autoOf(lex.auto, key, p.base) : NONE;
  return { key, kind, base: p.base, stem: p.stem, proc, cl: clusterOf(lex, key), clStem: clusterOf(lex, p.base, p.stem), ind, au };
}

/** Auto-name evidence of a word (its key, else its proclitic-free form); 'unk' when the text never had it. */
function autoOf(auto: Map<string, string[]>, key: string, base: string): string[] {
  return auto.get(key) ?? auto.get(base) ?? UNSEEN;
}
const UNSEEN = ['unk'];

/**
 * The auto-name features of token i (see NerLexicons.auto): its own evidence, and the main type of its
 * neighbours'. Shared by sentenceFeatures and autoFeatureHashes so that both give the same hashes.
 */
function autoFeatures(au: readonly string[][], i: number, f: (template: string, value: string) => void): void {
  for (const v of au[i]!) f('au', v);
  f('au-1', i > 0 ? (au[i - 1]![0] ?? '-') : '<s>');
  f('au+1', i + 1 < au.length ? (au[i + 1]![0] ?? '-') : '</s>');
}

/**
 * The auto-name feature hashes of a sentence's tokens under a given auto-name map (training builds several
 * maps, one per jackknife fold, and appends these to features computed without one).
 */
export function autoFeatureHashes(words: readonly string[], auto: Map<string, string[]>): number[][] {
  const au = words.map((w) => tokenInfo(w, { ...NO_LEXICONS, auto }).au);
  return au.map((_, i) => {
    const out: number[] = [];
    if (au.some((a) => a.length)) autoFeatures(au, i, (t, v) => out.push(featureHash(t, v)));
    return out;
  });
}

/**
 * Marks spans matched by a phrase dictionary: for each token, the list of (class, position) tags.
 * The first word of a phrase may carry proclitics (والقاهره → القاهره, للحلف → الحلف).
 */
function matchPhrases(
  info: TokenInfo[],
  maxWords: number,
  startsName: (w: string) => boolean,
  lookup: (phrase: string) => string[] | null,
  onMatch: (start: number, end: number, classes: string[]) => void,
): void {
  const n = info.length;
  for (let i = 0; i < n; i++) {
    const t = info[i]!;
    const firsts = t.base !== t.key ? [t.key, t.base] : [t.key];
    for (const first of firsts) {
      if (!startsName(first)) continue;
      let phrase = first;
      let best = -1;
      let bestClasses: string[] | null = null;
      for (let len = 1; len <= maxWords && i + len <= n; len++) {
        if (len > 1) phrase += ' ' + info[i + len - 1]!.key;
        const c = lookup(phrase);
        if (c && c.length) (best = len), (bestClasses = c);
      }
      if (bestClasses) {
        onMatch(i, i + best, bestClasses);
        break;
      }
    }
  }
}

const NAME_TYPES: Array<[number, string]> = [
  [1, 'PER'],
  [2, 'LOC'],
  [4, 'ORG'],
  [8, 'MISC'],
];

/** The feature hashes of every token of a sentence (tokens as strings, as in ANERcorp or from the tokenizer). */
export function sentenceFeatures(words: readonly string[], lex: NerLexicons): SentenceFeatures {
  const n = words.length;
  const info = words.map((w) => tokenInfo(w, lex));
  const autoInfo = info.map((t) => t.au);
  const hasAuto = autoInfo.some((a) => a.length);

  // trigger words and gazetteer names covering each token
  const trig: string[][] = Array.from({ length: n }, () => []);
  const trigEndsAt: string[][] = Array.from({ length: n }, () => []); // trigger phrases ending at token i
  const trigStartsAt: string[][] = Array.from({ length: n }, () => []);
  matchPhrases(
    info,
    lex.triggerMaxWords,
    (w) => lex.triggerFirsts.has(w),
    (p) => lex.triggers.get(p) ?? null,
    (s, e, classes) => {
      for (let k = s; k < e; k++) for (const c of classes) trig[k]!.push(c + (e - s > 1 ? '+' : ''));
      for (const c of classes) trigEndsAt[e - 1]!.push(c), trigStartsAt[s]!.push(c);
    },
  );
  const gaz: string[][] = Array.from({ length: n }, () => []);
  matchPhrases(
    info,
    lex.names.maxWords,
    (w) => lex.names.startsName(w),
    (p) => {
      const bits = lex.names.lookup(p);
      return bits ? NAME_TYPES.filter(([b]) => bits & b).map(([, t]) => t) : null;
    },
    (s, e, types) => {
      for (let k = s; k < e; k++) for (const t of types) gaz[k]!.push(`${t}:${k === s ? 'B' : 'I'}${e - s > 1 ? 'm' : '1'}`);
    },
  );

  const out: number[] = [];
  const offsets = new Int32Array(n + 1);
  const f = (template: string, value: string) => out.push(featureHash(template, value));
  const at = (i: number): TokenInfo | null => (i >= 0 && i < n ? info[i]! : null);
  const keyAt = (i: number) => (i < 0 ? '<s>' : i >= n ? '</s>' : info[i]!.key);
  const stemAt = (i: number) => (i < 0 ? '<s>' : i >= n ? '</s>' : info[i]!.stem);
  const cluster = (c: number, k: number) => (c === NO_CLUSTER ? 'none' : String(clusterIds(c, k)));

  for (let i = 0; i < n; i++) {
    offsets[i] = out.length;
    const t = info[i]!;
    const w = t.key;
    f('b', '');
    f('w', w);
    f('k', t.kind);
    f('len', t.kind + lengthBucket(w.length));
    if (t.stem !== w) f('st', t.stem);
    if (t.base !== w && t.base !== t.stem) f('bs', t.base);
    f('pc', t.proc);
    if (t.kind === Kind.Arabic || t.kind === Kind.Mixed) {
      for (let k = 1; k <= 4 && k <= w.length; k++) f('p' + k, w.slice(0, k));
      for (let k = 1; k <= 4 && k <= w.length; k++) f('s' + k, w.slice(-k));
      for (let k = 1; k <= 3 && k < t.stem.length; k++) f('ss' + k, t.stem.slice(-k));
      for (let k = 2; k <= 3 && k < t.stem.length; k++) f('sp' + k, t.stem.slice(0, k));
      for (let k = 0; k + 3 <= t.stem.length; k++) f('c3', t.stem.slice(k, k + 3)); // letter trigrams: transliterated names
    } else if (t.kind === Kind.Latin) {
      const orig = words[i]!;
      f('lshape', orig.replace(/\p{Lu}/gu, 'A').replace(/\p{Ll}/gu, 'a').replace(/(.)\1+/g, '$1'));
    } else if (t.kind === Kind.Number) {
      f('nlen', lengthBucket(words[i]!.length));
    }
    if (i === 0) f('first', '');
    if (i === n - 1) f('last', '');

    // neighbours
    f('w-1', keyAt(i - 1));
    f('w+1', keyAt(i + 1));
    f('w-2', keyAt(i - 2));
    f('w+2', keyAt(i + 2));
    f('st-1', stemAt(i - 1));
    f('st+1', stemAt(i + 1));
    f('bg-', keyAt(i - 1) + ' ' + w);
    f('bg+', w + ' ' + keyAt(i + 1));
    f('sbg-', stemAt(i - 1) + ' ' + t.stem);
    const prev = at(i - 1);
    const next = at(i + 1);
    f('k-1', prev ? prev.kind : '<s>');
    f('k+1', next ? next.kind : '</s>');
    if (prev) f('pc-1', prev.proc);
    if (next) f('pc+1', next.proc);

    // word clusters
    for (let k = 0; k < lex.clusterSizes.length; k++) {
      f('c' + k, cluster(t.cl, k));
      f('cs' + k, cluster(t.clStem, k));
    }
    const last = lex.clusterSizes.length - 1;
    if (last >= 0) {
      f('c-1', prev ? cluster(prev.clStem, Math.min(1, last)) : '<s>');
      f('c+1', next ? cluster(next.clStem, Math.min(1, last)) : '</s>');
      f('cc-1', prev ? cluster(prev.clStem, last) : '<s>');
      f('cc+1', next ? cluster(next.clStem, last) : '</s>');
      const p2 = at(i - 2);
      const n2 = at(i + 2);
      f('c-2', p2 ? cluster(p2.clStem, 0) : '<s>');
      f('c+2', n2 ? cluster(n2.clStem, 0) : '</s>');
      f('cw-1', (prev ? prev.key : '<s>') + ' ' + cluster(t.clStem, Math.min(1, last)));
      {
        f('cw+1', cluster(t.clStem, Math.min(1, last)) + ' ' + (next ? next.key : '</s>'));
        f('ccc', (prev ? cluster(prev.clStem, 0) : '<s>') + ' ' + cluster(t.clStem, 0) + ' ' + (next ? cluster(next.clStem, 0) : '</s>'));
        f('cc-', (prev ? cluster(prev.clStem, Math.min(1, last)) : '<s>') + ' ' + cluster(t.clStem, Math.min(1, last)));
        f('cc+', cluster(t.clStem, Math.min(1, last)) + ' ' + (next ? cluster(next.clStem, Math.min(1, last)) : '</s>'));
      }
    }

    // names induced from unlabelled text
    for (const v of t.ind) f('ind', v);
    if (prev) for (const v of prev.ind) f('ind-1', v.slice(0, -2));
    if (next) for (const v of next.ind) f('ind+1', v.slice(0, -2));
    if (hasAuto) autoFeatures(autoInfo, i, f);

    // triggers: inside one, right after one (1 or 2 tokens), right before one
    for (const c of trig[i]!) f('tr', c);
    if (i >= 1) for (const c of trigEndsAt[i - 1]!) f('tr<', c);
    if (i >= 2) for (const c of trigEndsAt[i - 2]!) f('tr<<', c);
    if (i + 1 < n) for (const c of trigStartsAt[i + 1]!) f('tr>', c);

    // gazetteer
    for (const g of gaz[i]!) f('gz', g);
    if (i >= 1) for (const g of gaz[i - 1]!) f('gz-1', g);
    if (i + 1 < n) for (const g of gaz[i + 1]!) f('gz+1', g);
    if (!gaz[i]!.length) f('gz', 'none');
  }
  offsets[n] = out.length;
  return { feats: Uint32Array.from(out), offsets };
}

/**
 * Document-level features for the second pass (Krishnan & Manning 2006, stacked): a name labelled
 * once is usually the same name elsewhere in the article («البنك العربي التجاري» … «البنك»). From the
 * first pass's labels of the whole document: the token's own first-pass label and its neighbours',
 * the entity types its word (proclitic-free) carries elsewhere in the document, and first-pass chunks
 * whose words recur here.
 */
export function documentFeatures(
  sentences: readonly (readonly string[])[],
  firstPass: readonly (readonly string[])[],
  base: readonly SentenceFeatures[],
  lex: NerLexicons,
): SentenceFeatures[] {
  const infos = sentences.map((ws) => ws.map((w) => tokenInfo(w, lex)));
  // stem → counts of the types it carries in first-pass chunks, and how often it occurs at all
  const typeCounts = new Map<string, Map<string, number>>();
  const occurrences = new Map<string, number>();
  // first-pass chunk phrases (first word's base form, then keys) → types
  const phrases = new Map<string, Set<string>>();
  const firsts = new Set<string>();
  let maxWords = 0;
  infos.forEach((info, s) => {
    const labels = firstPass[s]!;
    for (let i = 0; i < info.length; i++) {
      const st = info[i]!.stem;
      occurrences.set(st, (occurrences.get(st) ?? 0) + 1);
      const lab = labels[i]!;
      if (lab !== 'O') {
        const m = typeCounts.get(st) ?? new Map<string, number>();
        m.set(lab.slice(2), (m.get(lab.slice(2)) ?? 0) + 1);
        typeCounts.set(st, m);
      }
      if (lab.startsWith('B-')) {
        let j = i + 1;
        while (j < info.length && labels[j] === 'I-' + lab.slice(2)) j++;
        const words = [info[i]!.base, ...info.slice(i + 1, j).map((t) => t.key)];
        const key = words.join(' ');
        const set = phrases.get(key) ?? new Set<string>();
        set.add(lab.slice(2));
        phrases.set(key, set);
        firsts.add(words[0]!);
        maxWords = Math.max(maxWords, words.length);
      }
    }
  });
  return infos.map((info, s) => {
    const n = info.length;
    const labels = firstPass[s]!;
    const extra: number[][] = Array.from({ length: n }, () => []);
    const f = (i: number, template: string, value: string) => extra[i]!.push(featureHash(template, value));
    // recurring first-pass chunks
    matchPhrases(
      info,
      maxWords,
      (w) => firsts.has(w),
      (p) => (phrases.has(p) ? [...phrases.get(p)!] : null),
      (a, b, types) => {
        for (let k = a; k < b; k++) for (const t of types) f(k, 'dph', `${t}:${k === a ? 'B' : 'I'}`);
      },
    );
    for (let i = 0; i < n; i++) {
      const lab = labels[i]!;
      f(i, 's1', lab);
      f(i, 's1-1', i > 0 ? labels[i - 1]! : '<s>');
      f(i, 's1+1', i + 1 < n ? labels[i + 1]! : '</s>');
      f(i, 's1w', lab + ' ' + info[i]!.stem);
      const st = info[i]!.stem;
      const m = typeCounts.get(st);
      const own = lab === 'O' ? '' : lab.slice(2);
      const others = (occurrences.get(st) ?? 1) - 1;
      if (others > 0) {
        let best = 'O';
        let bestC = 0;
        let entityC = 0;
        if (m)
          for (const [t, c0] of m) {
            const c = c0 - (t === own ? 1 : 0);
            if (c > 0) f(i, 'dty', t);
            entityC += c;
            if (c > bestC) (best = t), (bestC = c);
          }
        if (others - entityC > 0) f(i, 'dty', 'O');
        f(i, 'dmaj', entityC * 2 >= others ? best : 'O');
      } else f(i, 'dty', 'once');
    }
    return withExtraFeatures(base[s]!, extra);
  });
}

/** A sentence's features with more feature hashes appended per token (`extra[i]` after token i's own). */
export function withExtraFeatures(sf: SentenceFeatures, extra: readonly (readonly number[])[]): SentenceFeatures {
  const n = sf.offsets.length - 1;
  const out: number[] = [];
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    offsets[i] = out.length;
    for (let p = sf.offsets[i]!; p < sf.offsets[i + 1]!; p++) out.push(sf.feats[p]!);
    for (const h of extra[i]!) out.push(h);
  }
  offsets[n] = out.length;
  return { feats: Uint32Array.from(out), offsets };
}

/**
 * Stacked features from another tagger's label distribution (window-net.ts): per token its most likely
 * label, that label with a confidence bucket, the runner-up when it is not unlikely, and the neighbours'
 * most likely labels. `probs` is token-major, `labels.length` values per token.
 */
export function stackedFeatures(sf: SentenceFeatures, probs: Float32Array, labels: readonly string[]): SentenceFeatures {
  const n = sf.offsets.length - 1;
  const L = labels.length;
  const best: string[] = [];
  const extra: number[][] = [];
  for (let i = 0; i < n; i++) {
    let a = 0;
    let b = -1;
    for (let y = 1; y < L; y++) {
      if (probs[i * L + y]! > probs[i * L + a]!) (b = a), (a = y);
      else if (b < 0 || probs[i * L + y]! > probs[i * L + b]!) b = y;
    }
    const pa = probs[i * L + a]!;
    best.push(labels[a]!);
    const fs = [featureHash('nn', labels[a]!), featureHash('nnp', labels[a]! + (pa < 0.5 ? '<5' : pa < 0.7 ? '<7' : pa < 0.9 ? '<9' : '+'))];
    if (b >= 0 && probs[i * L + b]! >= 0.15) fs.push(featureHash('nn2', labels[b]!));
    extra.push(fs);
  }
  for (let i = 0; i < n; i++) {
    extra[i]!.push(featureHash('nn-1', i > 0 ? best[i - 1]! : '<s>'), featureHash('nn+1', i + 1 < n ? best[i + 1]! : '</s>'));
  }
  return withExtraFeatures(sf, extra);
}

/** Multi-word names of the gazetteer / knowledge base found in a sentence: [start, end) token ranges with their types. */
export function nameMatches(words: readonly string[], names: NameIndex): Array<{ start: number; end: number; types: string[] }> {
  const info = words.map((w) => tokenInfo(w, NO_LEXICONS));
  const out: Array<{ start: number; end: number; types: string[] }> = [];
  matchPhrases(
    info,
    names.maxWords,
    (w) => names.startsName(w),
    (p) => {
      const bits = names.lookup(p);
      return bits ? NAME_TYPES.filter(([b]) => bits & b).map(([, t]) => t) : null;
    },
    (start, end, types) => out.push({ start, end, types }),
  );
  return out;
}
