/**
 * The analyser every matching and search step uses: raw tokens + match key + clitic segments + stem.
 * (Lucene's chain in one place: tokenizer → normaliser → segmenter → stemmer.)
 *
 * Speed: a word's keys and segments depend on the word alone, so they are computed once per distinct
 * word form (a bounded memo per Resources) and each occurrence only gets its offsets rebased. News
 * text repeats its words, so after the first few thousand articles nearly every word is a memo hit.
 * The memo is a CountTable probed with the word's range of the text (the tokenizer hashes it while
 * reading, no substring is made), its results sit in dense arrays, and once a long run of text is under
 * way the analyser is primed on a made-up sample (priming.ts). Throughput against Lucene:
 * bench/text.bench.mjs.
 */
import { cached, type Resources } from '../resources.js';
import { CountTable, hashUnits, ownCopy } from './keytable.js';
import { matchKey } from './normalize.js';
import { scanTokens, type RawToken, type TokenKind, type TokenTag } from './tokenize.js';
import { cliticSegmenter, unpackSegments, type CliticSegmenter, type Segment } from './clitics.js';
import { stemKeyUncached, stemLexicon, type StemLexicon } from './stem.js';
import { PRIMING_TEXT } from './priming.js';

export type { Segment, TokenKind, TokenTag };

export interface Token extends RawToken {
  /** match key */
  norm: string;
  /** search key */
  stem: string;
  /** contiguous substrings of the token: proclitics, stem, enclitics */
  segments: Segment[];
}

/**
 * The memo is cleared when it holds this many word forms. A year of news has a few hundred thousand
 * (all of SaudiNewsNet, 31,000 articles: 303,195), so a long run keeps them all; the bound keeps a
 * process fed for weeks from growing without end (the memo and its tables take about 50 MB per 300,000
 * forms).
 */
const MEMO_LIMIT = 1_000_000;

/**
 * What the analyser knows about the word forms seen so far: entry i of `words` (numbered in the order
 * the forms were first seen) has its match key keys[2i], its search key keys[2i + 1] and its segments
 * as codes[i] (clitics.ts packSegments; -1: the segment objects, relative to the word, are in odd).
 * Dense arrays rather than objects per form: a memo hit reads the table's slot and one line of keys
 * (frequent words, seen first, sit together), and a new form adds two strings and a number for the
 * collector to move.
 */
interface AnalyserState {
  /** word form → its entry number + 1 */
  words: CountTable;
  /** match key and search key of each entry, side by side */
  keys: string[];
  codes: number[];
  odd: Map<number, readonly Segment[]>;
  /**
   * One string per distinct search key: the forms of a word share its stem string (حكومته, بحكومتها,
   * والحكومة → حكومه), so a reader of a rare form touches the string a frequent form keeps in cache.
   * (Worth its look-up per new form: the stem of every token is read, and a reader's cost is mostly
   * the cache misses on the strings it touches.)
   */
  stemNumbers: CountTable;
  /** the strings stemNumbers numbers (from 1) */
  stemStrings: string[];
  lex: StemLexicon;
  seg: CliticSegmenter;
}

function state(res: Resources): AnalyserState {
  return cached(res, 'text/analyser', (r) => {
    return newState(stemLexicon(r), cliticSegmenter(r), 1 << 16);
  });
}

function newState(lex: StemLexicon, seg: CliticSegmenter, capacity: number): AnalyserState {
  return { words: new CountTable(capacity), keys: [], codes: [], odd: new Map(), stemNumbers: new CountTable(capacity >> 1), stemStrings: [], lex, seg };
}

/**
 * The analyser is primed when a memo reaches this many word forms: a long run of text is under way (a
 * single article has fewer, and is not slowed by priming).
 */
const PRIME_AFTER = 2000;
/**
 * Whether priming has run in this process (or is running): what it prepares is the engine's compiled
 * code, which all analysers of the process share, so a second analyser (another Resources) need not
 * prime again.
 */
let primed = false;
/** Rounds of priming (the engine gathers type information from a function's first few calls on). */
const PRIMING_ROUNDS = 4;

/**
 * Takes the analyser's code through priming.ts's sample, each round on a throwaway memo (so every word
 * is analysed, and nothing is left in the real one): see priming.ts for why. Its time is part of the
 * run that triggers it.
 */
function prime(lex: StemLexicon, seg: CliticSegmenter): void {
  let n = 0;
  const read = (t: TokenView) => {
    n += t.norm.length + t.stem.length + t.segments.length;
  };
  for (let round = 0; round < PRIMING_ROUNDS; round++) {
    const st = newState(lex, seg, 16); // small: its growth is primed too
    for (const line of PRIMING_TEXT) {
      streamTokens(line, st, read);
      n += tokenizeWith(line, st).length;
    }
  }
  if (n < 0) throw new Error('unreachable'); // keeps the reads from being optimised away
}

/** The memo entry of text.slice(start, end) (`hash`: its hashUnits), analysed and added when missing. */
function entryOf(text: string, start: number, end: number, hash: number, st: AnalyserState): number {
  const i = st.words.getRange(text, start, end, hash);
  return i > 0 ? i - 1 : analyseNew(text.slice(start, end), hash, st);
}

/**
 * Analyses a word form missing from the memo and adds it (the memo is the only per-word cache on this
 * path); `hash`: hashUnits(word).
 */
function analyseNew(word: string, hash: number, st: AnalyserState): number {
  // an own copy of the key: a token's slice is a view that would keep its whole text alive in the memo
  const norm = ownCopy(matchKey(word));
  if (st.words.size >= MEMO_LIMIT) {
    st.words.clear();
    st.keys.length = st.codes.length = 0;
    st.odd.clear();
    st.stemNumbers.clear();
    st.stemStrings.length = 0;
  }
  const i = st.words.size;
  if (i === PRIME_AFTER && !primed) {
    primed = true;
    prime(st.lex, st.seg);
  }
  st.words.add(word, i + 1, hash);
  const stem = stemKeyUncached(norm, st.lex);
  const k = st.stemNumbers.get(stem);
  let shared: string;
  if (k > 0) shared = st.stemStrings[k - 1]!;
  else st.stemNumbers.add(stem, st.stemStrings.push((shared = ownCopy(stem))));
  st.keys.push(norm, shared);
  const code = st.seg.relativeCode(word, norm);
  st.codes.push(code);
  if (code < 0) st.odd.set(i, st.seg.relative(ownCopy(word)));
  return i;
}

/** The match keys of one-unit tokens, by code unit (filled as met). */
const UNIT_KEYS: (string | undefined)[] = new Array<string | undefined>(0x10000).fill(undefined);
function unitKey(c: number): string {
  return (UNIT_KEYS[c] ??= matchKey(String.fromCharCode(c)));
}

/** The segments of memo entry `a`, the word text.slice(start, end), placed at `start + shift`. */
function segmentsOf(st: AnalyserState, a: number, text: string, start: number, end: number, shift: number): Segment[] {
  const code = st.codes[a]!;
  if (code >= 0) return unpackSegments(text, start, end, code, shift);
  const rel = st.odd.get(a)!;
  const out: Segment[] = new Array(rel.length);
  for (let i = 0; i < rel.length; i++) {
    const g = rel[i]!;
    out[i] = { text: g.text, start: g.start + start + shift, end: g.end + start + shift, role: g.role };
  }
  return out;
}

/** Tokens with keys and segments. */
export function tokenize(text: string, res: Resources): Token[] {
  return tokenizeWith(text, state(res));
}

function tokenizeWith(text: string, st: AnalyserState): Token[] {
  const out: Token[] = [];
  scanTokens(text, (start, end, kind, tag, hash) => {
    const word = text.slice(start, end);
    let tok: Token;
    if (kind === 'word') {
      const a = entryOf(text, start, end, hash, st);
      tok = { text: word, start, end, kind, norm: st.keys[2 * a]!, stem: st.keys[2 * a + 1]!, segments: segmentsOf(st, a, text, start, end, 0) };
    } else {
      let norm = matchKey(word);
      if (kind === 'latin') norm = norm.toLowerCase();
      tok = { text: word, start, end, kind, norm, stem: norm, segments: [] };
    }
    if (tag) tok.tag = tag;
    out.push(tok);
  });
  return out;
}

/**
 * The analyser as a stream, for indexing and throughput runs: like Lucene's TokenStream, one view
 * object is reused for every token and no arrays are built. The view's `segments` are relative to the
 * token (add `start` to place them); they are built when read (the memo keeps them packed): read them,
 * do not keep or change them.
 */
export interface TokenView {
  start: number;
  end: number;
  kind: TokenKind;
  tag: TokenTag | undefined;
  /** match key */
  norm: string;
  /** search key */
  stem: string;
  /** clitic segments relative to the token (empty for non-words) */
  readonly segments: readonly Segment[];
}

const NO_SEGMENTS: readonly Segment[] = Object.freeze([]);

/** The reused view of analyzeTokens: its segments are unpacked from the memo when read. */
class StreamView implements TokenView {
  start = 0;
  end = 0;
  kind: TokenKind = 'word';
  tag: TokenTag | undefined = undefined;
  norm = '';
  stem = '';
  /** the memo entry of the current word, -1 for other tokens */
  entry = -1;
  private built: readonly Segment[] | null = null;

  constructor(
    private readonly st: AnalyserState,
    private readonly text: string,
  ) {}

  get segments(): readonly Segment[] {
    if (this.entry < 0) return NO_SEGMENTS;
    return (this.built ??= segmentsOf(this.st, this.entry, this.text, this.start, this.end, -this.start));
  }

  /** Moves the view to the next token. */
  next(start: number, end: number, kind: TokenKind, tag: TokenTag | undefined): void {
    this.start = start;
    this.end = end;
    this.kind = kind;
    this.tag = tag;
    this.built = null;
  }
}

/** Calls `visit` for every token of `text` with its keys and segments (the view is reused). */
export function analyzeTokens(text: string, res: Resources, visit: (t: TokenView) => void): void {
  streamTokens(text, state(res), visit);
}

function streamTokens(text: string, st: AnalyserState, visit: (t: TokenView) => void): void {
  const view = new StreamView(st, text);
  const keys = st.keys;
  scanTokens(text, (start, end, kind, tag, hash) => {
    view.next(start, end, kind, tag);
    if (kind === 'word') {
      // a memo hit needs no substring: the scanner hashed the word while reading it
      const a = entryOf(text, start, end, hash, st);
      view.entry = a;
      view.norm = keys[2 * a]!;
      view.stem = keys[2 * a + 1]!;
    } else {
      // a one-unit token (punctuation mostly) takes its key from a table: no substring
      let norm = end - start === 1 ? unitKey(text.charCodeAt(start)) : matchKey(text.slice(start, end));
      if (kind === 'latin') norm = norm.toLowerCase();
      view.entry = -1;
      view.norm = norm;
      view.stem = norm;
    }
    visit(view);
  });
}

/** The analysis of one raw token (its keys and segments at its own offsets). */
export function analyzeToken(t: RawToken, res: Resources): Token {
  const tok: Token = { text: t.text, start: t.start, end: t.end, kind: t.kind, norm: '', stem: '', segments: [] };
  if (t.kind === 'word') {
    const st = state(res);
    const a = entryOf(t.text, 0, t.text.length, hashUnits(t.text), st);
    tok.norm = st.keys[2 * a]!;
    tok.stem = st.keys[2 * a + 1]!;
    tok.segments = segmentsOf(st, a, t.text, 0, t.text.length, t.start);
  } else {
    tok.norm = matchKey(t.text);
    if (t.kind === 'latin') tok.norm = tok.norm.toLowerCase();
    tok.stem = tok.norm;
  }
  if (t.tag) tok.tag = t.tag;
  return tok;
}
