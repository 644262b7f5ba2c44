/**
 * The light stemmer for search: the search key of a word.
 *
 * It starts from Lucene's ArabicStemmer (Larkey's light10: prefixes ال وال بال كال فال لل و; suffixes
 * ها ان ات ون ين يه ية ه ة ي) and fixes its known faults with corpus evidence: a word-frequency table
 * of match keys (data/lexicons/wordfreq.tsv, counted on SaudiNewsNet by scripts/build-wordfreq.mjs).
 * It works on the match key, so hamza, ة/ه, ى/ي, diacritics and tatweel never separate two forms:
 *
 *   إجلاء, اجلاء, الإجلاء, والإجلاء, بالإجلاء        → اجلاء
 *   الحكومة, حكومته, حكومتها, بحكومتين              → حكومه   (ة written ت before a suffix is restored)
 *   المسلمين, مسلمون, والمسلمون                     → مسلم
 *   وزارة                                            → وزاره   (light10: زار — و is not a clitic here)
 *   ألمانيا (المانيا), إلغاء (الغاء)                 → kept    (light10: مانيا, غاء)
 *   فلسطين, البحرين, لبنان, سلمان                    → kept    (light10: فلسط, بحر, لبن, سلم)
 *   ليبيا, بريطانيا, كندا, كيري                      → kept
 *   الله                                              → kept    (light10: له)
 *
 * The rules, in order:
 * 1. Stop words and listed exceptions (data/lexicons/stem-exceptions.txt) keep their key or get a fixed one.
 * 2. Proclitics. The article, alone or after و ف ب ك ل (وال, بال, لل …), is removed when the rest has at
 *    least two letters, unless the corpus says ال belongs to the word: the definite form is frequent and the
 *    bare one almost unseen (المانيا / مانيا). A chain before the article (و+ب+ال) needs the definite
 *    form to be a known word (so والده is not و+ال+ده). لل is ل+ال+X or, when the noun itself starts with
 *    ل, ل+ال+لX (للجنة → لجنة, «for the committee»): the more frequent reading wins. A bare و ف ب ك ل
 *    (or two: وب, ول, فل …) is removed only when the rest is a known word that is frequent relative to
 *    the whole (وقال → قال; وزارة stays: زاره is rare).
 * 3. Suffixes. Pronouns ها هم هما هن; plural and dual ات ون ين ان; and final ه (ة or the pronoun).
 *    Each is removed only when the rest (or its ة form, for ات and for ت before a suffix) is a known word,
 *    or for ون ين ان when the sibling inflection is attested (مسلمين ↔ مسلمون, الطرفان ↔ الطرفين) — which
 *    is what protects فلسطين, لبنان, سلمان. Words missing from the table fall back to light10's rules.
 *    Final ي is kept (light10 strips it): in news it is mostly the nisba of an adjective or part of a
 *    name (مصري ≠ مصر, علي, كيري, رئيسي ≠ رئيس).
 * Stems keep at least two letters (three for the dual and plural suffixes).
 */
import { cached, type Resources } from '../resources.js';
import { CountTable, KeyTable } from './keytable.js';
import { matchKey } from './normalize.js';
import { stopwords } from './stopwords.js';

export const WORDFREQ_FILE = 'data/lexicons/wordfreq.tsv';
export const STEM_EXCEPTIONS_FILE = 'data/lexicons/stem-exceptions.txt';

/** A form counts as a known word when it (or its definite form) was seen this often. */
const MIN_KNOWN = 5;
/** ال belongs to the word when the bare form is almost unseen: less than MIN_KNOWN times and this share of the definite one. */
const ARTICLE_SHARE = 0.01;
/** A final ه (ة or «his») is removed when the rest is seen at least this share of the word (so مدرسة ≠ مدرس). */
const FINAL_HEH_SHARE = 0.1;
/** A bare proclitic is removed when the rest is seen at least this share of the whole word's count. */
const PROCLITIC_SHARE: Record<string, number> = { و: 0.2, ف: 0.2, ب: 0.3, ل: 0.3, ك: 1.5 };
/** The sibling inflection (مسلمون for مسلمين) must be seen at least this share of the word's count. */
const SIBLING_SHARE = 0.01;

const ALEF = 0x0627;
const LAM = 0x0644;
const HEH = 0x0647;
const TEH = 0x062a;
const NOON = 0x0646;
const MEEM = 0x0645;
const WAW = 0x0648;
const YEH = 0x064a;

export interface StemLexicon {
  /** counts of match keys (absent: 0), in the compact table the analyser's lookups use */
  counts: CountTable;
  /** the same counts as a KeyTable (built on first use, for callers outside the analyser) */
  readonly freq: KeyTable<number>;
  /** stop words (match keys): not stemmed */
  stop: KeyTable<true>;
  /** fixed stems (match key → stem) */
  fixed: KeyTable<string>;
  /**
   * stop and fixed together, for the stemmer's own look-ups (one probe, most answered by the filter):
   * bit 0 set for a stop word, value >> 1 the fixed stem's number in fixedStems + 1 (0: none)
   */
  listed: CountTable;
  fixedStems: string[];
  /** stems computed so far (bounded) */
  memo: KeyTable<string>;
}

const MEMO_LIMIT = 200_000;

/** Calls `f` for each `word<TAB>count` line with a positive count (counts of match keys). */
function eachWordCount(text: string, f: (word: string, count: number) => void): void {
  let i = 0;
  const n = text.length;
  while (i < n) {
    let e = text.indexOf('\n', i);
    if (e < 0) e = n;
    const tab = text.indexOf('\t', i);
    if (tab > i && tab < e) {
      const c = Number(text.slice(tab + 1, e));
      if (c > 0) f(text.slice(i, tab), c);
    }
    i = e + 1;
  }
}

/** Parses `word<TAB>count` lines (counts of match keys). */
export function parseWordFreq(text: string): KeyTable<number> {
  const m = new KeyTable<number>(text.length >> 4);
  eachWordCount(text, (w, c) => m.set(w, c));
  return m;
}

/** Parses `word<TAB>count` lines (counts of match keys) into a CountTable. */
export function parseWordCounts(text: string): CountTable {
  const m = new CountTable(text.length >> 4, true);
  eachWordCount(text, (w, c) => m.set(w, Math.min(c, 0x7fffffff)));
  return m;
}

/** Parses the exceptions file: `word` (its own stem) or `word = stem`; spellings folded to match keys. */
export function parseStemExceptions(text: string): KeyTable<string> {
  const m = new KeyTable<string>(256);
  for (const raw of text.split('\n')) {
    const hash = raw.indexOf('#');
    const line = (hash >= 0 ? raw.slice(0, hash) : raw).trim();
    if (!line) continue;
    const eq = line.indexOf('=');
    if (eq >= 0) {
      const stem = matchKey(line.slice(eq + 1).trim());
      for (const w of line.slice(0, eq).trim().split(/\s+/)) if (w) m.set(matchKey(w), stem);
    } else {
      for (const w of line.split(/\s+/)) {
        const k = matchKey(w);
        m.set(k, k);
      }
    }
  }
  return m;
}

/** The stemmer's data, parsed once per Resources. Missing files leave the rules alone at work. */
export function stemLexicon(res: Resources): StemLexicon {
  return cached(res, 'text/stem-lexicon', (r) => {
    let freq: KeyTable<number> | undefined;
    return {
      counts: parseWordCounts(r.read(WORDFREQ_FILE) ?? ''),
      get freq() {
        return (freq ??= parseWordFreq(r.read(WORDFREQ_FILE) ?? ''));
      },
      ...listedWords(toTable(stopwords(r)), parseStemExceptions(r.read(STEM_EXCEPTIONS_FILE) ?? '')),
      memo: new KeyTable<string>(1 << 16),
    };
  });
}

function listedWords(stop: KeyTable<true>, fixed: KeyTable<string>): Pick<StemLexicon, 'stop' | 'fixed' | 'listed' | 'fixedStems'> {
  const listed = new CountTable(512, true);
  const fixedStems: string[] = [];
  for (const [k, stem] of fixed.entries()) listed.set(k, fixedStems.push(stem) << 1);
  for (const [k] of stop.entries()) listed.set(k, listed.get(k) | 1);
  return { stop, fixed, listed, fixedStems };
}

/** The fixed stem of a listed-word value (StemLexicon.listed), or undefined. */
const fixedOf = (lex: StemLexicon, v: number): string | undefined => (v > 1 ? lex.fixedStems[(v >> 1) - 1] : undefined);

function toTable(words: Iterable<string>): KeyTable<true> {
  const t = new KeyTable<true>(512);
  for (const w of words) t.set(w, true);
  return t;
}

/** The search key of a word (any spelling: it is reduced to its match key first). */
export function stemWord(word: string, res: Resources): string {
  return stemKey(matchKey(word), stemLexicon(res));
}

/** The search key of a match key, with an explicit lexicon. */
export function stemKey(key: string, lex: StemLexicon): string {
  let s = lex.memo.get(key);
  if (s !== undefined) return s;
  s = computeStem(key, lex);
  if (lex.memo.size >= MEMO_LIMIT) lex.memo.clear();
  lex.memo.add(key, s); // the table copies the key's units: no view into a larger text is kept
  return s;
}

/** The search key of a match key, computed without the memo (for a caller with its own per-word memo). */
export function stemKeyUncached(key: string, lex: StemLexicon): string {
  return computeStem(key, lex);
}

function computeStem(w: string, lex: StemLexicon): string {
  if (w.length < 3 || !isArabicLetters(w)) return w;
  const v = lex.listed.get(w);
  if (v > 1) return fixedOf(lex, v)!;
  if (v & 1) return w; // a stop word
  const base = stripPrefixes(w, lex);
  if (base !== w) {
    const vb = lex.listed.get(base);
    if (vb > 1) return fixedOf(lex, vb)!;
    if (vb & 1) return base;
  }
  const s = stripSuffixes(base, lex);
  if (base === w && s !== w && endsWithPronoun(w)) {
    // a proclitic may show only once the suffix is off: وغيرها → وغير → غير
    const again = stripPrefixes(s, lex);
    if (again !== s) {
      const va = lex.listed.get(again);
      return fixedOf(lex, va) ?? (va & 1 ? again : stripSuffixes(again, lex));
    }
  }
  return s;
}

function isArabicLetters(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 0x0621 || c > 0x06ff) return false;
  }
  return true;
}

const f = (lex: StemLexicon, x: string) => lex.counts.get(x);
/** The count of ال + x (looked up without building the string). */
const fDef = (lex: StemLexicon, x: string) => lex.counts.getJoined('ال', x);
/** Evidence that x is a word: its count plus its definite form's count. */
const ev = (lex: StemLexicon, x: string) => f(lex, x) + (x.charCodeAt(0) === ALEF && x.charCodeAt(1) === LAM ? 0 : fDef(lex, x));
const known = (lex: StemLexicon, x: string) => ev(lex, x) >= MIN_KNOWN;

const isConj = (c: number) => c === 0x0648 /* و */ || c === 0x0641; /* ف */
const isPrep = (c: number) => c === 0x0628 /* ب */ || c === 0x0643 /* ك */ || c === LAM;
/** The share PROCLITIC_SHARE gives the letter with this code. */
function procliticShare(c: number): number {
  return c === 0x0648 ? PROCLITIC_SHARE['و']! : c === 0x0641 ? PROCLITIC_SHARE['ف']! : c === 0x0628 ? PROCLITIC_SHARE['ب']! : c === LAM ? PROCLITIC_SHARE['ل']! : PROCLITIC_SHARE['ك']!;
}

/*
 * The same look-ups on a range w[s, e) of the word, without slicing it (the prefix rules try several
 * readings of one word; only the reading they return is built as a string).
 */
const fR = (lex: StemLexicon, w: string, s: number, e: number) => lex.counts.getAround('', w, s, e, '');
/** The count of ال + w[s, e). */
const fDefR = (lex: StemLexicon, w: string, s: number, e: number) => lex.counts.getAround('ال', w, s, e, '');
/** ev() of w[s, e) + suffix, looked up without building it. */
function evR(lex: StemLexicon, w: string, s: number, e: number, suffix: string): number {
  const c = lex.counts.getAround('', w, s, e, suffix);
  // (the first two letters of w[s, e) + suffix)
  const u0 = e - s >= 1 ? w.charCodeAt(s) : suffix.charCodeAt(0);
  const u1 = e - s >= 2 ? w.charCodeAt(s + 1) : suffix.charCodeAt(1 - (e - s));
  return c + (u0 === ALEF && u1 === LAM ? 0 : lex.counts.getAround('ال', w, s, e, suffix));
}
/** Whether w[s, e) is a stop word or has a fixed stem. */
const listed = (lex: StemLexicon, w: string, s: number, e: number) => lex.listed.getAround('', w, s, e, '') > 0;

/** Removes the proclitic chain (conjunction, preposition, article) the evidence allows. */
function stripPrefixes(w: string, lex: StemLexicon): string {
  const n = w.length;
  // Letters in front: at most one of و ف, then at most one of ب ك ل.
  const c0 = isConj(w.charCodeAt(0)) ? 1 : 0;
  const c1 = c0 < n && isPrep(w.charCodeAt(c0)) ? c0 + 1 : c0;
  let wKnown = -1; // known(lex, w), looked up only when needed (-1: not yet)
  // 1. The article after the chain w[0..q): ال, وال, بال, وبال … (q = c1, then c0, then 0)
  for (let step = 0; step < 3; step++) {
    const q = step === 0 ? c1 : step === 1 ? c0 : 0;
    if ((step === 1 && c0 === c1) || (step === 2 && (c0 === 0 || c1 === 0))) continue;
    if (q + 1 >= n || w.charCodeAt(q) !== ALEF || w.charCodeAt(q + 1) !== LAM || n - q - 2 < 2) continue;
    // the definite form w[q, n) (it starts with ال, so its evidence is its own count), the rest w[q + 2, n)
    if (q > 0 && !(fR(lex, w, q, n) >= MIN_KNOWN || ((wKnown < 0 ? (wKnown = known(lex, w) ? 1 : 0) : wKnown) === 0 && n - q - 2 >= 3))) continue; // والده is not و + ال + ده
    if (listed(lex, w, q, n)) return q > 0 ? w.slice(q) : w; // والذي → الذي
    return articleBelongsR(w, q + 2, n, lex) ? (q > 0 ? w.slice(q) : w) : w.slice(q + 2);
  }
  // 2. لل = ل + ال (the article's alef is not written after ل): للمدينة → مدينه. When the noun itself
  //    starts with ل the two lams merge: للجنة = ل + اللجنة → لجنه. The more frequent reading wins.
  if (c1 > c0 && w.charCodeAt(c1 - 1) === LAM && w.charCodeAt(c1) === LAM && n - c1 - 1 >= 2) {
    // r1 = w[c1 + 1, n), r2 = w[c1, n)
    const e1 = fDefR(lex, w, c1 + 1, n) + fR(lex, w, c1 + 1, n);
    const e2 = fDefR(lex, w, c1, n) + fR(lex, w, c1, n);
    if (e2 > e1 && e2 >= MIN_KNOWN && n - c1 >= 3) return articleBelongsR(w, c1, n, lex) ? 'ال' + w.slice(c1) : w.slice(c1);
    if (e1 >= MIN_KNOWN || ((wKnown < 0 ? (wKnown = known(lex, w) ? 1 : 0) : wKnown) === 0 && n - c1 - 1 >= 3)) return articleBelongsR(w, c1 + 1, n, lex) ? 'ال' + w.slice(c1 + 1) : w.slice(c1 + 1);
  }
  // 3. Bare conjunction / preposition letters, one at a time: the rest must be a known word, frequent
  //    enough relative to the whole (وقال → قال, وبين → بين; وزارة, ليبيا, كيري stay).
  let r = 0; // the rest is w[r, n)
  for (let k = 0; k < c1; k++) {
    const c = fR(lex, w, r + 1, n);
    if (n - r - 1 < 2 || c < MIN_KNOWN || c < procliticShare(w.charCodeAt(r)) * fR(lex, w, r, n)) break;
    r++;
    if (listed(lex, w, r, n)) break; // وكان → كان, not ك + ان
  }
  return r > 0 ? w.slice(r) : w;
}

/**
 * True when ال is part of the word ال + w[s, e) (its bare form w[s, e)): the definite form is frequent
 * and the bare form almost unseen.
 */
function articleBelongsR(w: string, s: number, e: number, lex: StemLexicon): boolean {
  const d = fDefR(lex, w, s, e);
  if (d < MIN_KNOWN) return false;
  let b = fR(lex, w, s, e);
  // a word that itself takes the article cannot start with it: الالماني (877) shows that ألماني (key
  // الماني) is a word, though ماني exists too (15): ألماني and الألماني share the stem الماني.
  const dd = lex.counts.getAround('الال', w, s, e, '');
  if (dd >= MIN_KNOWN && dd >= b) return true;
  // an unseen bare form may still be an inflection of a known word: الطرفان (طرفان unseen, طرف known)
  if (b < MIN_KNOWN && e - s >= 5) {
    const x = w.charCodeAt(e - 2);
    const y = w.charCodeAt(e - 1);
    // ان ين ون ات
    if ((y === NOON && (x === ALEF || x === YEH || x === WAW)) || (x === ALEF && y === TEH)) b += fR(lex, w, s, e - 2);
  }
  return b < MIN_KNOWN && b < ARTICLE_SHARE * d;
}

/**
 * The rest w[0, end) with a ت restored to ة (written ه in the match key) when that is the known word:
 * حكومت → حكومه. (The strings are built only for the answer.)
 */
function restoreTa(w: string, end: number, lex: StemLexicon): string | null {
  if (w.charCodeAt(end - 1) !== TEH) return null;
  const et = evR(lex, w, 0, end - 1, 'ه');
  return et >= MIN_KNOWN && et > evR(lex, w, 0, end, '') ? w.slice(0, end - 1) + 'ه' : null;
}

/** The length of the pronoun (هما هم هن ها) that ends w when at least three letters stay before it, else 0. */
function pronounLength(w: string): number {
  const n = w.length;
  const l = w.charCodeAt(n - 1);
  const m = w.charCodeAt(n - 2);
  const p = m === HEH && (l === MEEM || l === NOON || l === ALEF) ? 2 : l === ALEF && m === MEEM && w.charCodeAt(n - 3) === HEH ? 3 : 0;
  return p > 0 && n - p >= 3 ? p : 0;
}
function endsWithPronoun(w: string): boolean {
  return pronounLength(w) > 0;
}

function stripSuffixes(w: string, lex: StemLexicon): string {
  let s = w;
  // a. Pronoun suffixes: وزرائهم → وزراء, حكومتها → حكومه
  const pl = pronounLength(s);
  if (pl > 0) {
    const end = s.length - pl; // the rest is s[0, end)
    const t = restoreTa(s, end, lex);
    if (t) s = t;
    else if (evR(lex, s, 0, end, '') >= MIN_KNOWN || !known(lex, w)) s = s.slice(0, end);
  }
  if (s !== w) {
    const fx = fixedOf(lex, lex.listed.get(s));
    if (fx !== undefined) return fx;
  }
  // b. Plural and dual suffixes.
  s = stripInflection(s, lex);
  if (s !== w) {
    const fx = fixedOf(lex, lex.listed.get(s));
    if (fx !== undefined) return fx;
  }
  // c. Final ه: ة (folded) or the pronoun «his». كتابه → كتاب; كلمته → كلمه; مدرسة → مدرس.
  for (let round = 0; round < 2; round++) {
    if (s.charCodeAt(s.length - 1) !== HEH || s.length - 1 < 3) break;
    const end = s.length - 1; // the rest is s[0, end)
    const t = restoreTa(s, end, lex);
    if (t) {
      s = t;
      const fx = fixedOf(lex, lex.listed.get(s));
      if (fx !== undefined) return fx;
      continue; // كلمته → كلمه, then the ة of كلمه is looked at once more
    }
    const whole = ev(lex, s);
    if (whole < MIN_KNOWN) s = s.slice(0, end);
    else {
      const er = evR(lex, s, 0, end, '');
      if (er >= MIN_KNOWN && er >= FINAL_HEH_SHARE * whole) s = s.slice(0, end);
    }
    break;
  }
  return s;
}

function stripInflection(s: string, lex: StemLexicon): string {
  const n = s.length;
  if (n < 4) return s;
  const a = s.charCodeAt(n - 2);
  const b = s.charCodeAt(n - 1);
  // ات: feminine plural → the singular in ة (قوات → قوه) or the bare noun (بيانات → بيان)
  // the rest is s[0, n - 2), looked up in place (built only when returned)
  const m = n - 2;
  if (a === ALEF && b === TEH) {
    if (m >= 2 && evR(lex, s, 0, m, 'ه') >= MIN_KNOWN) return s.slice(0, m) + 'ه';
    if (m >= 3 && evR(lex, s, 0, m, '') >= MIN_KNOWN) return s.slice(0, m);
    if (m >= 3 && ev(lex, s) < MIN_KNOWN) return s.slice(0, m);
    return s;
  }
  // ون ين ان: sound masculine plural and dual, only when a sibling inflection is attested
  let siblings: readonly string[] | null = null;
  if (a === 0x0648 && b === 0x0646) siblings = SIBLINGS_OF_WAW_NOON; // ون ↔ ين
  else if (a === 0x064a && b === 0x0646) siblings = SIBLINGS_OF_YA_NOON; // ين ↔ ون, ان
  else if (a === ALEF && b === 0x0646) siblings = SIBLINGS_OF_ALEF_NOON; // ان ↔ ين
  if (!siblings) return s;
  if (m < 3) return s;
  const whole = ev(lex, s);
  let sib = 0;
  for (const x of siblings) sib += evR(lex, s, 0, m, x);
  const attested = sib >= MIN_KNOWN && sib >= SIBLING_SHARE * whole;
  if (!attested && !(whole < MIN_KNOWN && evR(lex, s, 0, m, siblings[0]!) < MIN_KNOWN && evR(lex, s, 0, m, '') >= MIN_KNOWN)) return s;
  return restoreTa(s, m, lex) ?? s.slice(0, m); // حكومتين → حكومه
}
const SIBLINGS_OF_WAW_NOON: readonly string[] = ['ين'];
const SIBLINGS_OF_YA_NOON: readonly string[] = ['ون', 'ان'];
const SIBLINGS_OF_ALEF_NOON: readonly string[] = ['ين'];
