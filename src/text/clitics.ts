/**
 * Clitic segmentation: a word's proclitics (و ف, ب ل ك, س, the article ال), its stem and its
 * enclitic pronoun (ه ها هم هما هن ك كم كن كما ي ني نا), as contiguous substrings of the word.
 *
 *   وللمدينة → و | ل | ل | مدينة      (ل + ال + مدينة: the article's alef is not written after ل)
 *   بالإجلاء → ب | ال | إجلاء
 *   موافقتها → موافقت | ها              (the ة of موافقة is written ت before a pronoun)
 *   وزير, بريطانيا, كيري              → not split
 *
 * How a split is chosen: every analysis (conjunction?)(preposition | future س)?host(pronoun)? of the
 * word is scored with the corpus frequency of its host word (data/lexicons/wordfreq.tsv: counts of
 * match keys in 8.9 M words of Saudi news) plus a log-prior per clitic; the unsplit word competes
 * with its own frequency. So وقال splits (قال is a frequent word and و a likely clitic) while وزير does
 * not (زير is almost unseen). Constraints that hold in the language prune the analyses: س only before
 * an imperfect verb (ي ت ن أ), the article never carries a pronoun, ة only ends a word. Words that
 * the counts get wrong (closed-class words such as كان, كما, لدى; names such as بان, كيري) are listed in
 * data/lexicons/clitic-exceptions.txt.
 *
 * Two conventions: `rasid` (the default, the contract's `segments`) separates the article; `ud`
 * (Universal Dependencies, as in PADT and PUD) leaves it on its noun (للمدينة → ل | لمدينة).
 */
import { cached, type Resources } from '../resources.js';
import { displayKey, matchKey, matchKeyStarts } from './normalize.js';
import { CountTable } from './keytable.js';
import { stemLexicon } from './stem.js';

export interface Segment {
  text: string;
  start: number;
  end: number;
  role: 'proclitic' | 'stem' | 'enclitic';
}

export type SegmentConvention = 'rasid' | 'ud';

/** Log-prior of each clitic (added to the host's log-frequency) and the other weights of the ranking. */
export interface SegmenterParams {
  /** proclitic letter (و ف ب ل ك س) → log-prior */
  pro: Record<string, number>;
  /** enclitic (ه ها هم …) → log-prior */
  enc: Record<string, number>;
  /** bonus when the host starts with the article ال (و+ال, ب+ال, لل are very regular patterns) */
  articleHost: number;
  /** bonus when the host is written with a hamza seat on its first alef (بأن, لأن, وإن) */
  hamzaHost: number;
  /** penalty for ب/ك before a host starting with ي (a preposition before an imperfect verb) */
  prepBeforeYa: number;
  /** additive smoothing of counts */
  smoothing: number;
  /**
   * weight of the unsplit word's log-frequency (below 1: the count of وأضاف also counts its و+أضاف
   * readings, so a frequent clitic form must not out-vote its host)
   */
  wholeWeight: number;
  /** weight of the host's definite form (ال + host) in its frequency: بشكل → شكل + الشكل */
  definiteWeight: number;
  /** bonus when a host ending in ت is a ة noun before the pronoun (زوجته → زوجة) */
  taMarbutaHost: number;
  /** a host must be seen at least this often, except in an unseen word (below) */
  minHost: number;
  /** an unseen word may split off a conjunction/preposition before an unseen host: log-prior per clitic */
  oovPro: Record<string, number>;
  /** penalty for a proclitic before a host starting with a bare alef that is not the article (باتت, بابوا) */
  bareAlefHost: number;
}

// Tuned by coordinate ascent on UD Arabic-PUD (see scripts/eval-segmentation.mjs) from hand-set starting values.
export const DEFAULT_PARAMS: SegmenterParams = {
  pro: { و: 1.2, ف: -1.8, ب: 2.25, ل: 0.8, ك: -0.5, س: -0.5 },
  enc: { ه: 1, ها: 2.25, هم: 0, هما: 1, هن: 0.5, ك: -2.25, كم: -0.5, كن: -3, كما: -2, ي: -6.5, ني: -3.5, نا: -1.5 },
  articleHost: 2,
  hamzaHost: 1,
  prepBeforeYa: -4.5,
  smoothing: 0.5,
  wholeWeight: 1,
  definiteWeight: 0.25,
  taMarbutaHost: -0.25,
  minHost: 1,
  oovPro: { و: -0.5, ف: -2, ب: -2.5, ل: -1, ك: -2 },
  bareAlefHost: -1,
};

const ENCLITICS = ['هما', 'كما', 'ها', 'هم', 'هن', 'كم', 'كن', 'ني', 'نا', 'ه', 'ك', 'ي'];
/** The enclitics written with a final ي (ني, ي), and the indices of ه and ي in ENCLITICS. */
const ENC_YA = ENCLITICS.map((e) => e.endsWith('ي'));
const ENC_UNITS = ENCLITICS.map((e) => Array.from(e, (ch) => ch.charCodeAt(0)).reverse());
const ENC_HEH = ENCLITICS.indexOf('ه');
const ENC_YEH = ENCLITICS.indexOf('ي');

// Code units of the letters the rules test.
const ALEF = 0x0627;
const ALEF_HAMZA = 0x0623; // أ
const ALEF_HAMZA_BELOW = 0x0625; // إ
const ALEF_MADDA = 0x0622; // آ
const ALEF_MAQSURA = 0x0649; // ى
const BEH = 0x0628;
const TEH = 0x062a;
const SEEN = 0x0633;
const AIN = 0x0639;
const FEH = 0x0641;
const KAF = 0x0643;
const LAM = 0x0644;
const MEEM = 0x0645;
const NOON = 0x0646;
const HEH = 0x0647;
const WAW = 0x0648;
const YEH = 0x064a;

/** ي ت ن ا: the letters an imperfect verb starts with (in the match key), which future س needs. */
const isImperfectPrefix = (c: number) => c === YEH || c === TEH || c === NOON || c === ALEF;

/** The two-letter words that carry a pronoun: فيه, منها, عنه, معهم, أنه/إنه, كله (match keys في من عن مع ان كل). */
function isShortHost(a: number, b: number): boolean {
  return (a === FEH && b === YEH) || (a === MEEM && b === NOON) || (a === AIN && b === NOON) || (a === MEEM && b === AIN) || (a === ALEF && b === NOON) || (a === KAF && b === LAM);
}

/**
 * The pronouns whose attested forms show that a host's ال is no article (see splitsArticle), and the same
 * after the alef of a host ending in ى (ي in the match key): التقي → التقاهم.
 */
const PRONOUNS_AFTER: readonly string[] = ['ها', 'هم', 'هما'];
const PRONOUNS_AFTER_ALEF: readonly string[] = ['اها', 'اهم', 'اهما'];

/** The index of the lowest bit of `mask` above bit `e`, or ENCLITICS.length when there is none. */
function nextBit(mask: number, e: number): number {
  const m = mask >>> (e + 1);
  return m === 0 ? ENCLITICS.length : e + 1 + (31 - Math.clz32(m & -m));
}

/** A letter → weight record as a table indexed by code unit − 0x0600 (NaN: no weight). */
function letterTable(weights: Record<string, number>): Float64Array {
  const t = new Float64Array(256).fill(NaN);
  for (const [ch, v] of Object.entries(weights)) {
    const c = ch.length === 1 ? ch.charCodeAt(0) - 0x0600 : -1;
    if (c >= 0 && c < 256) t[c] = v;
  }
  return t;
}
/** The weight of letter `c` in a letterTable, NaN when it has none. */
function priorAt(t: Float64Array, c: number): number {
  const j = c - 0x0600;
  return j >= 0 && j < 256 ? t[j]! : NaN;
}
function priorOr0(t: Float64Array, c: number): number {
  const v = priorAt(t, c);
  return v === v ? v : 0;
}

/** One analysis in match-key positions: [start, end, role, isArticle] per piece. */
type Piece = [number, number, Segment['role'], boolean];

/**
 * The segmenter's word lists. A class, not an object literal: V8 builds a literal evaluated a second
 * time (the lexicon of a second Resources) from a template and then stores its fields, which marks them
 * as changed and throws away the compiled code of every function that reads them — the ranking's
 * code, recompiled in the middle of a run (tens of milliseconds of compiler time). A constructor's
 * stores initialise the fields, so every instance shares one shape and the compiled code stays.
 */
class Lexicon {
  constructor(
    /** counts of match keys (the stemmer's table) */
    readonly freq: CountTable,
    /**
     * the listed display keys, one table for the two lists (one look-up per word): bit 0 set for a word
     * never split ([nosplit]), value >> 1 the number + 1 of its fixed analysis in forcedPieces ([forced])
     */
    readonly listed: CountTable,
    /** the fixed analyses `listed` points to */
    readonly forcedPieces: Piece[][],
    /** words beginning with ال that is not the article (الذي, الله) */
    readonly noArticle: CountTable,
  ) {}
}

function loadLexicon(res: Resources): Lexicon {
  const freq = stemLexicon(res).counts;
  // CountTables with their filters: nearly every look-up is of a word that is not listed
  const listed = new CountTable(1024, true);
  const forcedPieces: Piece[][] = [];
  const noArticle = new CountTable(256, true);
  let section = 'nosplit';
  for (const raw of (res.read('data/lexicons/clitic-exceptions.txt') ?? '').split('\n')) {
    const line = raw.replace(/#.*/u, '').trim();
    if (!line) continue;
    const sec = /^\[(\w+)\]$/u.exec(line);
    if (sec) {
      section = sec[1]!;
      continue;
    }
    if (section === 'forced') {
      const [word, analysis] = line.split('=').map((s) => s.trim());
      if (!word || !analysis) continue;
      const pieces: Piece[] = [];
      let at = 0;
      for (const p of analysis.split(/\s+/u)) {
        const role: Segment['role'] = p.endsWith('+') ? 'proclitic' : p.startsWith('+') ? 'enclitic' : 'stem';
        const len = matchKey(p.replace(/\+/gu, '')).length;
        pieces.push([at, at + len, role, false]);
        at += len;
      }
      if (at === matchKey(word).length) {
        const k = displayKey(word);
        const v = listed.get(k);
        if (v >> 1 > 0) forcedPieces[(v >> 1) - 1] = pieces;
        else listed.set(k, v | (forcedPieces.push(pieces) << 1));
      }
    } else if (section === 'noarticle') {
      for (const w of line.split(/\s+/u)) noArticle.set(displayKey(w), 1);
    } else {
      for (const w of line.split(/\s+/u)) {
        const k = displayKey(w);
        listed.set(k, listed.get(k) | 1);
        // ولاية is also ولايت before a pronoun (ولايته)
        if (k.endsWith('ة')) {
          const t = k.slice(0, -1) + 'ت';
          listed.set(t, listed.get(t) | 1);
        }
      }
    }
  }
  return new Lexicon(freq, listed, forcedPieces, noArticle);
}

const CACHE_LIMIT = 200_000;
const MAX_WORD = 40;

/** Cached segments of a word, relative to the word, in both conventions. */
interface CacheEntry {
  rasid: Segment[];
  ud: Segment[];
}

function materialise(word: string, pieces: Piece[]): CacheEntry {
  const rasid: Segment[] = [];
  const ud: Segment[] = [];
  let udStart = -1; // UD keeps the article on its noun: the stem after it starts at the article
  for (const [s, e, role, isArticle] of pieces) {
    rasid.push({ text: word.slice(s, e), start: s, end: e, role });
    if (isArticle) {
      udStart = s;
      continue;
    }
    const from = udStart >= 0 ? udStart : s;
    udStart = -1;
    ud.push({ text: word.slice(from, e), start: from, end: e, role });
  }
  return { rasid, ud: ud.length === rasid.length ? rasid : ud };
}

/** A segmenter bound to resources and parameters, with a bounded per-word cache. */
export class CliticSegmenter {
  private readonly lex: Lexicon;
  private readonly cache = new Map<string, CacheEntry>();
  /** params.pro, params.oovPro and params.enc as tables (the ranking reads them for every candidate) */
  private readonly proPrior: Float64Array;
  private readonly oovPrior: Float64Array;
  private readonly encPrior: Float64Array;

  constructor(res: Resources, readonly params: SegmenterParams = DEFAULT_PARAMS) {
    this.lex = cached(res, 'clitics/lexicon', loadLexicon);
    this.proPrior = letterTable(params.pro);
    this.oovPrior = letterTable(params.oovPro);
    this.encPrior = Float64Array.from(ENCLITICS, (e) => params.enc[e] ?? 0);
  }

  /** Segments of `word` at offset `start` of its text. */
  segment(word: string, start: number, convention: SegmentConvention = 'rasid'): Segment[] {
    // no Arabic word with its clitics is this long (a run of letters in malformed input is not cached)
    if (word.length > MAX_WORD) return [{ text: word, start, end: start + word.length, role: 'stem' }];
    let entry = this.cache.get(word);
    if (!entry) {
      entry = materialise(word, this.analyse(word));
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      this.cache.set(word, entry);
    }
    const rel = convention === 'ud' ? entry.ud : entry.rasid;
    const out: Segment[] = new Array(rel.length);
    for (let i = 0; i < rel.length; i++) {
      const r = rel[i]!;
      out[i] = { text: r.text, start: start + r.start, end: start + r.end, role: r.role };
    }
    return out;
  }

  /**
   * The segments of `word` relative to the word (start 0), in the rasid convention, computed afresh
   * (for a caller that keeps its own per-word memo: the analyser). Shared: do not change them.
   */
  relative(word: string): readonly Segment[] {
    if (word.length > MAX_WORD) return [{ text: word, start: 0, end: word.length, role: 'stem' }];
    const pieces = this.analyse(word);
    const out: Segment[] = new Array(pieces.length);
    for (let i = 0; i < pieces.length; i++) {
      const [s, e, role] = pieces[i]!;
      out[i] = { text: word.slice(s, e), start: s, end: e, role };
    }
    return out;
  }

  /**
   * The segments of `word` (rasid convention), computed afresh, as one packed integer (see
   * packSegments): for a caller that keeps its own per-word memo and builds the segment objects only
   * when they are read. -1 when they do not fit the packing (then use relative()). `key`: the word's
   * match key, when the caller has it.
   */
  relativeCode(word: string, key: string = matchKey(word)): number {
    if (word.length > MAX_WORD) return 0; // the whole word, one stem
    return packSegments(this.analyseInto(word, key), word.length);
  }

  /** The analysis of a word in surface (UTF-16) positions of the word itself. */
  private analyse(word: string): Piece[] {
    const np = this.analyseInto(word, matchKey(word));
    const out: Piece[] = new Array(np);
    for (let j = 0; j < np; j++) out[j] = [PB[4 * j]!, PB[4 * j + 1]!, ROLES[PB[4 * j + 2]!]!, PB[4 * j + 3] === 1];
    return out;
  }

  /**
   * The analysis of a word (`key`: its match key) written to the piece buffer in surface positions;
   * returns the number of pieces.
   */
  private analyseInto(word: string, key: string): number {
    if (key.length < 2) return whole(word.length);
    const disp = key === word ? word : displayKey(word);
    const listed = this.lex.listed.get(disp);
    if (listed & 1) return whole(word.length);
    const forced = listed > 1 ? this.lex.forcedPieces[(listed >> 1) - 1] : undefined;
    // a word with tanween (كتاباً, واحدٍ) is indefinite: it carries no pronoun
    let tanween = false;
    for (let i = Math.max(0, word.length - 3); i < word.length; i++) {
      const u = word.charCodeAt(i);
      if (u >= 0x064b && u <= 0x064d) tanween = true;
    }
    let np: number;
    if (forced) {
      np = forced.length;
      for (let j = 0; j < np; j++) {
        const [ps, pe, role, art] = forced[j]!;
        pieceAt(j, ps, pe, role === 'proclitic' ? PRO : role === 'stem' ? STEM : ENC, art);
      }
    } else np = this.best(key, disp, tanween);
    if (np === 1) return whole(word.length);
    return toSurface(word, key, np) ? np : whole(word.length);
  }

  private count(k: string): number {
    return this.lex.freq.get(k);
  }

  /**
   * The best analysis of a match key `k` (with `d`, its display key, for hamza/ة/tanween checks), written
   * to the piece buffer in match-key positions; returns the number of pieces (1: the unsplit word).
   * The candidates are scored without building anything: only the winner's pieces are written.
   */
  private best(k: string, d: string, tanween: boolean): number {
    const p = this.params;
    const sm = p.smoothing;
    const n = k.length;
    const wordCount = this.count(k);
    let bestScore = p.wholeWeight * Math.log(wordCount + sm);
    // the winner so far: its conjunction (0/1), preposition (0/1), host start and end, article start
    // (-1: none), whether the host's ال may be the article, whether it has an enclitic; bHost -1: none yet
    let bConj = 0;
    let bPrep = 0;
    let bHost = -1;
    let bEnd = 0;
    let bArticle = -1;
    let bArticleHost = false;
    let bEnc = false;
    // display and match keys align letter by letter (both drop the same marks)
    const aligned = d.length === n;
    // the enclitics the word ends with (bit e for ENCLITICS[e]), checked once rather than per proclitic reading
    let encMask = 0;
    if (!tanween) {
      // compared as code units, last letter first: ENC_UNITS[e] holds ENCLITICS[e] reversed
      const l1 = k.charCodeAt(n - 1);
      const l2 = n >= 2 ? k.charCodeAt(n - 2) : -1;
      const l3 = n >= 3 ? k.charCodeAt(n - 3) : -1;
      for (let e = 0; e < ENCLITICS.length; e++) {
        const u = ENC_UNITS[e]!;
        if (u[0] === l1 && (u.length < 2 || u[1] === l2) && (u.length < 3 || u[2] === l3)) encMask |= 1 << e;
      }
    }
    const k0 = k.charCodeAt(0);
    // letters are compared as code units: a one-letter substring of Arabic text is a fresh string
    for (let c = 0; c <= 1; c++) {
      if (c === 1 && k0 !== WAW && k0 !== FEH) break;
      for (let q = 0; q <= 1; q++) {
        let i = c;
        let proScore = c ? priorOr0(this.proPrior, k0) : 0;
        let prep = 0; // the preposition's code unit, or 0
        if (q === 1) {
          const ch = k.charCodeAt(i);
          if (!(ch === BEH || ch === LAM || ch === KAF || ch === SEEN)) break;
          prep = ch;
          proScore += priorOr0(this.proPrior, ch);
          i++;
        }
        if (i >= n) continue;
        if (prep === SEEN && (n - i < 3 || !isImperfectPrefix(k.charCodeAt(i)))) continue;
        const di = aligned ? d.charCodeAt(i) : -1; // the display letter at the host's start, when aligned
        // no enclitic (-1), then only the enclitics the word ends with
        for (let e = -1; e < ENCLITICS.length; e = nextBit(encMask, e)) {
          const encLen = e < 0 ? 0 : ENCLITICS[e]!.length;
          // ي/ني must be a written ي (معنى is not مع+ني)
          if (e >= 0 && ENC_YA[e] && d.charCodeAt(n - 1) === ALEF_MAQSURA) continue;
          if (i === 0 && e < 0) continue; // the unsplit word
          const hostEnd = n - encLen;
          const hostLen = hostEnd - i;
          // a one-letter host only for a preposition carrying a pronoun: له, بها, لك
          if (hostLen < 2 && !(hostLen === 0 && e >= 0 && (prep === LAM || prep === BEH))) continue;
          // enclitic ه must be a written ه, not a ة (مدرسة is not مدرس+ه)
          if (e === ENC_HEH && aligned && d.charCodeAt(n - 1) !== HEH) continue;
          // (an analysis that cuts a listed word is dropped too: tested only when it would win, below)
          let s: number;
          let article = -1; // start of the article piece in k, or -1
          if (hostLen === 0) {
            // له, بها, لي, بك: a preposition with a pronoun always splits (لكن is listed whole; بي is
            // mostly the letter B of names: بي بي سي)
            if (prep === BEH && e === ENC_YEH) continue;
            s = Number.MAX_VALUE;
            if (s > bestScore && !this.crossesListedWord(d, c, i, hostEnd)) {
              bestScore = s;
              // the preposition is the stem here: c? | prep | pronoun
              bConj = c;
              bPrep = 0;
              bHost = i - 1;
              bEnd = i;
              bArticle = -1;
              bArticleHost = false;
              bEnc = true;
            }
            continue;
          }
          // the host is k.slice(i, hostEnd), read in place
          const h0 = k.charCodeAt(i);
          const h1 = k.charCodeAt(i + 1);
          // a two-letter host carries a pronoun only if it is a preposition or أن (حاكم is not حا+كم)
          if (hostLen === 2 && e >= 0 && !isShortHost(h0, h1)) continue;
          // س before the أ of the first person is written with its hamza: سأذهب (سانت is a name)
          if (prep === SEEN && h0 === ALEF && aligned && di !== ALEF_HAMZA) continue;
          const startsAl = h0 === ALEF && h1 === LAM;
          const bareAl = startsAl && (!aligned || di === ALEF);
          if (startsAl && hostLen === 2) continue; // the article alone
          // the article never carries a pronoun (التهم is not الت+هم); اليه (إليه without hamza) is
          if (e >= 0 && bareAl && !(hostLen === 3 && k.charCodeAt(i + 2) === YEH)) continue;
          const articleHost = bareAl && hostLen > 3;
          let hc = this.family(k, i, hostEnd, '');
          let bonus = 0;
          if (e >= 0) {
            // موافقت+ها → موافقة; كتبو+ه → كتبوا; نفا+ه → نفى; على → علي is already in the key
            const last = k.charCodeAt(hostEnd - 1);
            if (last === TEH) {
              const ta = this.family(k, i, hostEnd - 1, 'ه');
              if (ta > hc) {
                hc = ta;
                bonus += p.taMarbutaHost;
              }
            } else if (last === WAW) hc = Math.max(hc, this.family(k, i, hostEnd, 'ا'));
            else if (last === ALEF) hc = Math.max(hc, this.family(k, i, hostEnd - 1, 'ي'));
          }
          const lamLam = prep === LAM && h0 === LAM && hostLen >= 3 && e < 0;
          if (lamLam) {
            // لل: ل + (ا)ل…, the article's alef is not written: للسلطة → ل + السلطة
            const withArticle = this.lex.freq.getAround('ا', k, i, hostEnd, '');
            if (withArticle > hc) {
              hc = withArticle;
              article = i;
            }
          }
          if (lamLam && hc < p.minHost && wordCount < p.minHost) article = i;
          if (hc < p.minHost) {
            // an unseen word: و + unseen name (وسخالين) is likelier than an unseen name in و
            if (wordCount >= p.minHost || e >= 0) continue;
            if (!(articleHost || article >= 0)) {
              const oov = priorAt(this.oovPrior, prep || k0);
              if (oov !== oov || (c && prep)) continue; // NaN: no prior for this letter
              bonus += oov;
            }
          }
          s = Math.log(hc + sm) + (e >= 0 ? this.encPrior[e]! : 0) + proScore + bonus;
          if (i > 0 && !articleHost && aligned && di === ALEF) s += p.bareAlefHost;
          if (i > 0 && (articleHost || article >= 0)) s += p.articleHost;
          if (i > 0 && aligned && (di === ALEF_HAMZA || di === ALEF_HAMZA_BELOW || di === ALEF_MADDA)) s += p.hamzaHost;
          if ((prep === BEH || prep === KAF) && h0 === YEH) s += p.prepBeforeYa;
          if (s > bestScore && !this.crossesListedWord(d, c, i, hostEnd)) {
            bestScore = s;
            bConj = c;
            bPrep = prep ? 1 : 0;
            bHost = i;
            bEnd = hostEnd;
            bArticle = article;
            bArticleHost = articleHost && e < 0;
            bEnc = e >= 0;
          }
        }
      }
    }
    if (bHost < 0) {
      // a word with no conjunction/preposition can still be article + noun: الولايات → ال | ولايات
      if (n > 3 && k.charCodeAt(0) === ALEF && k.charCodeAt(1) === LAM && (!aligned || d.charCodeAt(0) === ALEF) && this.splitsArticle(k, 0, n, d, 0, d.length)) {
        pieceAt(0, 0, 2, PRO, true);
        pieceAt(1, 2, n, STEM, false);
        return 2;
      }
      pieceAt(0, 0, n, STEM, false);
      return 1;
    }
    let np = 0;
    if (bConj) pieceAt(np++, 0, 1, PRO, false);
    if (bPrep) pieceAt(np++, bHost - 1, bHost, PRO, false);
    let stemStart = bHost;
    if (bArticle >= 0) {
      pieceAt(np++, bHost, bHost + 1, PRO, true);
      stemStart = bHost + 1;
    } else if (bArticleHost && this.splitsArticle(k, bHost, bEnd, d, Math.min(bHost, d.length), Math.max(Math.min(bHost, d.length), Math.min(bEnd, d.length)))) {
      pieceAt(np++, bHost, bHost + 2, PRO, true);
      stemStart = bHost + 2;
    }
    pieceAt(np++, stemStart, bEnd, STEM, false);
    if (bEnc) pieceAt(np++, bEnd, n, ENC, false);
    return np;
  }

  /**
   * The frequency of the host k.slice(start, end) + suffix (looked up without building it): its own count
   * and, weighted, its definite form's (شكل + الشكل).
   */
  private family(k: string, start: number, end: number, suffix: string): number {
    const w = this.params.definiteWeight;
    const freq = this.lex.freq;
    return freq.getAround('', k, start, end, suffix) + (w ? w * freq.getAround('ال', k, start, end, suffix) : 0);
  }

  /**
   * Whether an analysis with proclitics ending at `i` and a host ending at `h` cuts through a word of the
   * [nosplit] list that starts at a proclitic boundary (0, after و/ف) and ends at `h` or at the word's end:
   * و+ك+ان cuts كان, هنا+ك cuts هناك, ل+كن+ها cuts لكن (لكن+ها does not).
   */
  private crossesListedWord(d: string, c: number, i: number, h: number): boolean {
    const n = d.length;
    const listed = this.lex.listed;
    // starts: 0, 1 (after و/ف, when c), i; ends: h, n (no arrays: this runs for every candidate)
    for (let t = 0; t < 3; t++) {
      const b = t === 0 ? 0 : t === 1 ? (c ? 1 : -1) : i;
      if (b < 0 || b > i) continue;
      for (let u = 0; u < 2; u++) {
        const e = u === 0 ? h : n;
        if ((b < i || e > h) && e - b >= 2 && (listed.getAround('', d, b, e, '') & 1) !== 0) return true;
      }
    }
    return false;
  }

  /**
   * Whether the ال of the host k[s, e) (display form d[ds, de)) is the article. It is, unless the word is
   * listed ([noarticle]: الذي, الله, ألمانيا written المانيا) or the corpus shows it carrying a pronoun, which the
   * article never does: التزامها → التزام is a Form VIII noun, التقاهم → التقى a verb.
   */
  private splitsArticle(k: string, s: number, e: number, d: string, ds: number, de: number): boolean {
    if (e - s < 4 || this.lex.noArticle.getAround('', d, ds, de, '') > 0) return false;
    if (this.withPronoun(k, s, e, PRONOUNS_AFTER) > 0) return false;
    if (k.charCodeAt(e - 1) === YEH && this.withPronoun(k, s, e - 1, PRONOUNS_AFTER_ALEF) > 0) return false;
    return true;
  }

  /** The count of k[s, e) + each of the suffixes (looked up without building the strings). */
  private withPronoun(k: string, s: number, e: number, suffixes: readonly string[]): number {
    const freq = this.lex.freq;
    let c = 0;
    for (let i = 0; i < suffixes.length; i++) c += freq.getAround('', k, s, e, suffixes[i]!);
    return c;
  }
}

/**
 * The piece buffer: the analysis being built, four ints per piece (start, end, role: PRO/STEM/ENC,
 * article 0/1). Reused for every word (JavaScript runs one analysis at a time); grown for a long forced analysis.
 */
let PB = new Int32Array(4 * 8);
const PRO = 0;
const STEM = 1;
const ENC = 2;
const ROLES: readonly Segment['role'][] = ['proclitic', 'stem', 'enclitic'];

function pieceAt(j: number, start: number, end: number, role: number, article: boolean): void {
  if (4 * j + 4 > PB.length) {
    const grown = new Int32Array(PB.length * 2);
    grown.set(PB);
    PB = grown;
  }
  PB[4 * j] = start;
  PB[4 * j + 1] = end;
  PB[4 * j + 2] = role;
  PB[4 * j + 3] = article ? 1 : 0;
}

/** The unsplit word of this length as the only piece; returns 1. */
function whole(len: number): number {
  pieceAt(0, 0, len, STEM, false);
  return 1;
}

/** Key-unit start offsets for toSurface (reused; grown for a word of long compatibility ligatures such as ﷺ). */
let STARTS = new Int32Array(256);

/**
 * Maps the np pieces in the buffer from match-key positions to surface positions, in place; false
 * (the buffer then undefined) when a boundary falls inside a ligature.
 */
function toSurface(word: string, key: string, np: number): boolean {
  if (key === word) return true;
  if (STARTS.length < key.length) STARTS = new Int32Array(key.length);
  const len = matchKeyStarts(word, STARTS);
  if (len !== key.length) return false;
  for (let j = 0; j < np; j++) {
    const s = PB[4 * j]!;
    const e = PB[4 * j + 1]!;
    const ss = s === 0 ? 0 : s >= len ? word.length : STARTS[s]!;
    const ee = e === 0 ? 0 : e >= len ? word.length : STARTS[e]!;
    if (ee <= ss) return false;
    PB[4 * j] = ss;
    PB[4 * j + 1] = ee;
  }
  return true;
}

/*
 * Packed segments. A word's rasid segments are contiguous and cover it, in the order proclitics, one
 * stem, at most one enclitic; so they are known from the number of proclitics (bits 0–2), whether an
 * enclitic ends the word (bit 3) and the inner boundaries, six bits each from bit 4 (words up to 63
 * units long; at most four boundaries). 0 is the whole word as one stem.
 *   وللمدينة → و | ل | ل | مدينة: 3 proclitics, no enclitic, boundaries 1 2 3
 */
const PACK_MAX_BOUNDARIES = 4;

/** The packed form of the np pieces in the piece buffer, or -1 when they have another shape. */
function packSegments(np: number, wordLength: number): number {
  if (np - 1 > PACK_MAX_BOUNDARIES || PB[0] !== 0 || PB[4 * (np - 1) + 1] !== wordLength) return -1;
  let pro = 0;
  while (pro < np && PB[4 * pro + 2] === PRO) pro++;
  if (pro >= np || PB[4 * pro + 2] !== STEM) return -1;
  const enc = np - pro - 1;
  if (enc > 1 || (enc === 1 && PB[4 * (np - 1) + 2] !== ENC) || pro > 7) return -1;
  let code = pro | (enc << 3);
  for (let i = 1; i < np; i++) {
    const b = PB[4 * i]!;
    if (b < 1 || b > 63 || b !== PB[4 * (i - 1) + 1]) return -1;
    code |= b << (4 + 6 * (i - 1));
  }
  return code;
}

/**
 * The segments a packed code stands for, of the word text.slice(start, end), placed at `start + shift`
 * (shift -start: relative to the word).
 */
export function unpackSegments(text: string, start: number, end: number, code: number, shift = 0): Segment[] {
  const pro = code & 7;
  const n = pro + 1 + ((code >> 3) & 1);
  const out: Segment[] = new Array(n);
  let s = start;
  for (let i = 0; i < n; i++) {
    const e = i === n - 1 ? end : start + ((code >> (4 + 6 * i)) & 63);
    out[i] = { text: text.slice(s, e), start: s + shift, end: e + shift, role: i < pro ? 'proclitic' : i === pro ? 'stem' : 'enclitic' };
    s = e;
  }
  return out;
}

/** The default segmenter for a Resources object. */
export function cliticSegmenter(res: Resources): CliticSegmenter {
  return cached(res, 'clitics/segmenter', (r) => new CliticSegmenter(r));
}

/** Segments of a word at offset `start` of its text: contiguous substrings that cover it. */
export function segmentWord(word: string, start: number, res: Resources, convention: SegmentConvention = 'rasid'): Segment[] {
  return cliticSegmenter(res).segment(word, start, convention);
}
