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
import { displayKey, matchKey, normalize } from './normalize.js';
import { KeyTable } from './keytable.js';
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
const CONJ = new Set(['و', 'ف']);
const PREP = new Set(['ب', 'ل', 'ك']);
const IMPERFECT_PREFIX = new Set(['ي', 'ت', 'ن', 'ا']);
const HAMZA_ALEF = new Set(['أ', 'إ', 'آ']);
/** The two-letter words that carry a pronoun: فيه, منها, عنه, معهم, أنه/إنه (match keys). */
const SHORT_HOSTS = new Set(['في', 'من', 'عن', 'مع', 'ان', 'كل']);

/** One analysis in match-key positions: [start, end, role, isArticle] per piece. */
type Piece = [number, number, Segment['role'], boolean];

interface Lexicon {
  /** counts of match keys (the stemmer's table: a KeyTable looks up fresh substrings faster than a Map) */
  freq: KeyTable<number>;
  /** display keys never split */
  noSplit: KeyTable<true>;
  /** display keys with a fixed analysis */
  forced: KeyTable<Piece[]>;
  /** words beginning with ال that is not the article (الذي, الله) */
  noArticle: KeyTable<true>;
}

function loadLexicon(res: Resources): Lexicon {
  const freq = stemLexicon(res).freq;
  // KeyTables, not Sets: they are probed with fresh substrings (see keytable.ts)
  const noSplit = new KeyTable<true>(1024);
  const forced = new KeyTable<Piece[]>(256);
  const noArticle = new KeyTable<true>(256);
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
      if (at === matchKey(word).length) forced.set(displayKey(word), pieces);
    } else if (section === 'noarticle') {
      for (const w of line.split(/\s+/u)) noArticle.set(displayKey(w), true);
    } else {
      for (const w of line.split(/\s+/u)) {
        const k = displayKey(w);
        noSplit.set(k, true);
        // ولاية is also ولايت before a pronoun (ولايته)
        if (k.endsWith('ة')) noSplit.set(k.slice(0, -1) + 'ت', true);
      }
    }
  }
  return { freq, noSplit, forced, noArticle };
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

  constructor(res: Resources, readonly params: SegmenterParams = DEFAULT_PARAMS) {
    this.lex = cached(res, 'clitics/lexicon', loadLexicon);
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

  /** The analysis of a word in surface (UTF-16) positions of the word itself. */
  private analyse(word: string): Piece[] {
    const whole: Piece[] = [[0, word.length, 'stem', false]];
    const key = matchKey(word);
    if (key.length < 2) return whole;
    const disp = key === word ? word : displayKey(word);
    if (this.lex.noSplit.has(disp)) return whole;
    const forced = this.lex.forced.get(disp);
    // a word with tanween (كتاباً, واحدٍ) is indefinite: it carries no pronoun
    let tanween = false;
    for (let i = Math.max(0, word.length - 3); i < word.length; i++) {
      const u = word.charCodeAt(i);
      if (u >= 0x064b && u <= 0x064d) tanween = true;
    }
    const pieces = forced ?? this.best(key, disp, tanween);
    if (pieces.length === 1) return whole;
    return toSurface(word, key, pieces) ?? whole;
  }

  private count(k: string): number {
    return this.lex.freq.get(k) ?? 0;
  }

  /** The best analysis of a match key `k` (with `d`, its display key, for hamza/ة/tanween checks). */
  private best(k: string, d: string, tanween: boolean): Piece[] {
    const p = this.params;
    const sm = p.smoothing;
    const n = k.length;
    const wordCount = this.count(k);
    let bestScore = p.wholeWeight * Math.log(wordCount + sm);
    let best: Piece[] = [[0, n, 'stem', false]];
    // display and match keys align letter by letter (both drop the same marks)
    const aligned = d.length === n;
    // the enclitics the word ends with (bit e for ENCLITICS[e]), checked once rather than per proclitic reading
    let encMask = 0;
    if (!tanween) for (let e = 0; e < ENCLITICS.length; e++) if (k.endsWith(ENCLITICS[e]!)) encMask |= 1 << e;
    for (let c = 0; c <= 1; c++) {
      if (c === 1 && !CONJ.has(k[0]!)) break;
      for (let q = 0; q <= 1; q++) {
        let i = c;
        let proScore = c ? (p.pro[k[0]!] ?? 0) : 0;
        let prep = '';
        if (q === 1) {
          const ch = k[i];
          if (ch === undefined || !(PREP.has(ch) || ch === 'س')) break;
          prep = ch;
          proScore += p.pro[ch] ?? 0;
          i++;
        }
        if (i >= n) continue;
        if (prep === 'س' && (n - i < 3 || !IMPERFECT_PREFIX.has(k[i]!))) continue;
        for (let e = -1; e < ENCLITICS.length; e++) {
          if (e >= 0 && !(encMask & (1 << e))) continue;
          const enc = e < 0 ? '' : ENCLITICS[e]!;
          // ي/ني must be a written ي (معنى is not مع+ني)
          if (enc && enc.endsWith('ي') && d[n - 1] === 'ى') continue;
          if (i === 0 && !enc) continue; // the unsplit word
          const hostEnd = n - enc.length;
          const hostLen = hostEnd - i;
          // a one-letter host only for a preposition carrying a pronoun: له, بها, لك
          if (hostLen < 2 && !(hostLen === 0 && enc && (prep === 'ل' || prep === 'ب'))) continue;
          // enclitic ه must be a written ه, not a ة (مدرسة is not مدرس+ه)
          if (enc === 'ه' && aligned && d[n - 1] !== 'ه') continue;
          if (this.crossesListedWord(d, c, i, hostEnd)) continue;
          let s: number;
          let article = -1; // start of the article piece in k, or -1
          if (hostLen === 0) {
            // له, بها, لي, بك: a preposition with a pronoun always splits (لكن is listed whole; بي is
            // mostly the letter B of names: بي بي سي)
            if (prep === 'ب' && enc === 'ي') continue;
            s = Number.MAX_VALUE;
            if (s > bestScore) {
              bestScore = s;
              const pieces: Piece[] = c ? [[0, 1, 'proclitic', false]] : [];
              pieces.push([i - 1, i, 'stem', false], [i, n, 'enclitic', false]);
              best = pieces;
            }
            continue;
          }
          const host = k.slice(i, hostEnd);
          // a two-letter host carries a pronoun only if it is a preposition or أن (حاكم is not حا+كم)
          if (hostLen === 2 && enc && !SHORT_HOSTS.has(host)) continue;
          // س before the أ of the first person is written with its hamza: سأذهب (سانت is a name)
          if (prep === 'س' && k[i] === 'ا' && aligned && d[i] !== 'أ') continue;
          const bareAl = host.startsWith('ال') && (!aligned || d[i] === 'ا');
          if (host === 'ال') continue;
          // the article never carries a pronoun (التهم is not الت+هم); اليه (إليه without hamza) is
          if (enc && bareAl && host !== 'الي') continue;
          const articleHost = bareAl && host.length > 3;
          let hc = this.family(host, host.length, '');
          let bonus = 0;
          if (enc) {
            // موافقت+ها → موافقة; كتبو+ه → كتبوا; نفا+ه → نفى; على → علي is already in the key
            const last = host[host.length - 1];
            if (last === 'ت') {
              const ta = this.family(host, host.length - 1, 'ه');
              if (ta > hc) {
                hc = ta;
                bonus += p.taMarbutaHost;
              }
            } else if (last === 'و') hc = Math.max(hc, this.family(host, host.length, 'ا'));
            else if (last === 'ا') hc = Math.max(hc, this.family(host, host.length - 1, 'ي'));
          }
          if (prep === 'ل' && host[0] === 'ل' && host.length >= 3 && !enc) {
            // لل: ل + (ا)ل…, the article's alef is not written: للسلطة → ل + السلطة
            const withArticle = this.lex.freq.getJoined('ا', host) ?? 0;
            if (withArticle > hc) {
              hc = withArticle;
              article = i;
            }
          }
          if (prep === 'ل' && host[0] === 'ل' && host.length >= 3 && !enc && hc < p.minHost && wordCount < p.minHost) article = i;
          if (hc < p.minHost) {
            // an unseen word: و + unseen name (وسخالين) is likelier than an unseen name in و
            if (wordCount >= p.minHost || enc) continue;
            if (!(articleHost || article >= 0)) {
              const oov = p.oovPro[prep || k[0]!];
              if (oov === undefined || (c && prep)) continue;
              bonus += oov;
            }
          }
          s = Math.log(hc + sm) + (p.enc[enc] ?? 0) + proScore + bonus;
          if (i > 0 && !articleHost && aligned && d[i] === 'ا') s += p.bareAlefHost;
          if (i > 0 && (articleHost || article >= 0)) s += p.articleHost;
          if (i > 0 && aligned && HAMZA_ALEF.has(d[i]!)) s += p.hamzaHost;
          if ((prep === 'ب' || prep === 'ك') && host[0] === 'ي') s += p.prepBeforeYa;
          if (s > bestScore) {
            bestScore = s;
            // built only for a new best (most candidates lose)
            const pieces: Piece[] = c ? [[0, 1, 'proclitic', false]] : [];
            if (prep) pieces.push([i - 1, i, 'proclitic', false]);
            let stemStart = i;
            if (article >= 0) {
              pieces.push([i, i + 1, 'proclitic', true]);
              stemStart = i + 1;
            } else if (articleHost && !enc && this.splitsArticle(host, d.slice(i, hostEnd))) {
              pieces.push([i, i + 2, 'proclitic', true]);
              stemStart = i + 2;
            }
            pieces.push([stemStart, hostEnd, 'stem', false]);
            if (enc) pieces.push([hostEnd, n, 'enclitic', false]);
            best = pieces;
          }
        }
      }
    }
    // a word with no conjunction/preposition can still be article + noun: الولايات → ال | ولايات
    if (best.length === 1 && n > 3 && k.startsWith('ال') && (!aligned || d[0] === 'ا') && this.splitsArticle(k, d)) {
      best = [[0, 2, 'proclitic', true], [2, n, 'stem', false]];
    }
    return best;
  }

  /**
   * The frequency of the host h.slice(0, end) + suffix (looked up without building it): its own count
   * and, weighted, its definite form's (شكل + الشكل).
   */
  private family(h: string, end: number, suffix: string): number {
    const w = this.params.definiteWeight;
    const freq = this.lex.freq;
    return (freq.getAround('', h, 0, end, suffix) ?? 0) + (w ? w * (freq.getAround('ال', h, 0, end, suffix) ?? 0) : 0);
  }

  /**
   * Whether an analysis with proclitics ending at `i` and a host ending at `h` cuts through a word of the
   * [nosplit] list that starts at a proclitic boundary (0, after و/ف) and ends at `h` or at the word's end:
   * و+ك+ان cuts كان, هنا+ك cuts هناك, ل+كن+ها cuts لكن (لكن+ها does not).
   */
  private crossesListedWord(d: string, c: number, i: number, h: number): boolean {
    const n = d.length;
    const noSplit = this.lex.noSplit;
    // starts: 0, 1 (after و/ف, when c), i; ends: h, n (no arrays: this runs for every candidate)
    for (let t = 0; t < 3; t++) {
      const b = t === 0 ? 0 : t === 1 ? (c ? 1 : -1) : i;
      if (b < 0 || b > i) continue;
      for (let u = 0; u < 2; u++) {
        const e = u === 0 ? h : n;
        if ((b < i || e > h) && e - b >= 2 && noSplit.getSlice(d, b, e) !== undefined) return true;
      }
    }
    return false;
  }

  /**
   * Whether the ال of host `h` (display form `hd`) is the article. It is, unless the word is listed
   * ([noarticle]: الذي, الله, ألمانيا written المانيا) or the corpus shows it carrying a pronoun, which the
   * article never does: التزامها → التزام is a Form VIII noun, التقاهم → التقى a verb.
   */
  private splitsArticle(h: string, hd: string): boolean {
    if (h.length < 4 || this.lex.noArticle.has(hd)) return false;
    // h.slice(0, end) + alef? + pronoun, looked up without building the strings
    const freq = this.lex.freq;
    const withPronoun = (end: number, a: string) =>
      (freq.getAround('', h, 0, end, a + 'ها') ?? 0) + (freq.getAround('', h, 0, end, a + 'هم') ?? 0) + (freq.getAround('', h, 0, end, a + 'هما') ?? 0);
    if (withPronoun(h.length, '') > 0) return false;
    if (h.endsWith('ي') && withPronoun(h.length - 1, 'ا') > 0) return false;
    return true;
  }
}

/** Maps pieces in match-key positions to surface positions; null when a boundary falls inside a ligature. */
function toSurface(word: string, key: string, pieces: Piece[]): Piece[] | null {
  if (key === word) return pieces;
  const n = normalize(word);
  if (n.text !== key) return null;
  const pos = (b: number) => (b === 0 ? 0 : b >= key.length ? word.length : n.starts[b]!);
  const out: Piece[] = [];
  for (const [s, e, role, art] of pieces) {
    const ss = pos(s);
    const ee = pos(e);
    if (ee <= ss) return null;
    out.push([ss, ee, role, art]);
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
