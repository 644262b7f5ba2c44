/**
 * The analyser every matching and search step uses: raw tokens + match key + clitic segments + stem.
 * (Lucene's chain in one place: tokenizer → normaliser → segmenter → stemmer.)
 *
 * Speed: a word's keys and segments depend on the word alone, so they are computed once per distinct
 * word form (a bounded memo per Resources) and each occurrence only gets its offsets rebased. News
 * text repeats its words, so after the first few thousand articles nearly every word is a memo hit.
 * The memo is a CountTable probed with the word's range of the text (the tokenizer hashes it while
 * reading, no substring is made), its results sit in dense arrays, and once a long run of text is under
 * way the analyser is primed on a made-up sample (priming.ts). A text's new word forms are analysed
 * together, the keys of all of them and then the segments of all of them, with the tokens from the
 * first new form on held in a buffer meanwhile (see Chunk): an analysis run between memo hits evicts
 * their code and data from the processor's caches, and the first pass over new text is mostly that.
 * Throughput against Lucene: bench/text.bench.mjs.
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
   * the cache misses on the strings it touches. Skipping the look-up for a word that is its own stem
   * made the first pass a few per cent faster and the steady state slower.)
   */
  stemNumbers: CountTable;
  /** the strings stemNumbers numbers (from 1) */
  stemStrings: string[];
  lex: StemLexicon;
  seg: CliticSegmenter;
  /** counts the clearings of the memo (an entry number is valid only in the epoch that gave it) */
  epoch: number;
  /** the token buffer of streamTokens / tokenizeWith (see Chunk) */
  chunk: Chunk;
}

function state(res: Resources): AnalyserState {
  return cached(res, 'text/analyser', (r) => {
    return newState(stemLexicon(r), cliticSegmenter(r), 1 << 16);
  });
}

function newState(lex: StemLexicon, seg: CliticSegmenter, capacity: number): AnalyserState {
  return { words: new CountTable(capacity), keys: [], codes: [], odd: new Map(), stemNumbers: new CountTable(capacity >> 1), stemStrings: [], lex, seg, epoch: 0, chunk: new Chunk() };
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
  if (i > 0) return i - 1;
  const a = reserve(text, start, end, hash, st);
  fill(a, text.slice(start, end), st);
  return a;
}

/**
 * Adds the word form text.slice(start, end), missing from the memo (`hash`: its hashUnits), and returns
 * its entry number; its keys and segments are filled in by fill(). The memo is cleared first when it
 * is full.
 */
function reserve(text: string, start: number, end: number, hash: number, st: AnalyserState): number {
  if (st.words.size >= MEMO_LIMIT) clearMemo(st);
  const i = st.words.size;
  if (i === PRIME_AFTER && !primed) {
    primed = true;
    prime(st.lex, st.seg);
  }
  st.words.addRange(text, start, end, i + 1, hash);
  st.keys.push('', '');
  st.codes.push(0);
  return i;
}

function clearMemo(st: AnalyserState): void {
  st.words.clear();
  st.keys.length = st.codes.length = 0;
  st.odd.clear();
  st.stemNumbers.clear();
  st.stemStrings.length = 0;
  st.epoch++;
}

/** Analyses the word form of memo entry i (the memo is the only per-word cache on this path). */
function fill(i: number, word: string, st: AnalyserState): void {
  fillKeys(i, word, st);
  fillSegments(i, word, st);
}

/** The match key and search key of memo entry i, the word form `word`. */
function fillKeys(i: number, word: string, st: AnalyserState): void {
  // an own copy of the key: a token's slice is a view that would keep its whole text alive in the memo
  const norm = ownCopy(matchKey(word));
  const stem = stemKeyUncached(norm, st.lex);
  // (also for a word that is its own stem: its match key's string would be one more string for the
  // readers of the stems to touch)
  const k = st.stemNumbers.get(stem);
  let shared: string;
  if (k > 0) shared = st.stemStrings[k - 1]!;
  else st.stemNumbers.add(stem, st.stemStrings.push((shared = ownCopy(stem))));
  st.keys[2 * i] = norm;
  st.keys[2 * i + 1] = shared;
}

/** The segments of memo entry i, the word form `word` (its keys filled in). */
function fillSegments(i: number, word: string, st: AnalyserState): void {
  const code = st.seg.relativeCode(word, st.keys[2 * i]!);
  st.codes[i] = code;
  if (code < 0) st.odd.set(i, st.seg.relative(ownCopy(word)));
}

/**
 * The token buffer. While every word of a text is in the memo, the analyser hands each token on as the
 * scanner finds it. From the first word new to the memo on, it buffers the tokens (up to CHUNK, or to
 * the end of the text), adds the new forms to the memo without their analysis yet, then analyses them
 * together (analysePending) and hands the buffered tokens on. Why: a new form's analysis (segmenter
 * and stemmer: much code, cold tables) evicts from the processor's caches what the scanner and the
 * memo look-up use; with a text's new forms analysed together, each step finds its code and data in
 * cache more often. A reader sees the same tokens in the same order.
 */
class Chunk {
  readonly starts = new Int32Array(CHUNK);
  readonly ends = new Int32Array(CHUNK);
  /** kind code (KINDS) | tag code (TAGS) << 3 */
  readonly kinds = new Uint8Array(CHUNK);
  /** the memo entry of a word, -1 for other tokens */
  readonly entries = new Int32Array(CHUNK);
  /** the tokens (indexes) whose words are new to the memo, to be analysed */
  readonly pending = new Int32Array(CHUNK);
  /** their words, while they are analysed */
  readonly words: string[] = new Array<string>(CHUNK).fill('');
  n = 0;
  np = 0;
  /** in use (a reader that analyses more text with the same resources gets a buffer of its own) */
  busy = false;
}
const CHUNK = 1024;
const KINDS: readonly TokenKind[] = ['word', 'number', 'punct', 'latin', 'url', 'other'];
const TAGS: readonly (TokenTag | undefined)[] = [undefined, 'email', 'hashtag', 'mention'];

function takeChunk(st: AnalyserState): Chunk {
  const ch = st.chunk.busy ? new Chunk() : st.chunk;
  ch.busy = true;
  ch.n = ch.np = 0;
  return ch;
}

/** Buffers a token (`entry`: its word's memo entry, -1 for other tokens); `pending`: a new form. */
function bufferToken(ch: Chunk, start: number, end: number, kind: TokenKind, tag: TokenTag | undefined, entry: number, pending: boolean): void {
  const j = ch.n++;
  if (pending) ch.pending[ch.np++] = j;
  ch.starts[j] = start;
  ch.ends[j] = end;
  ch.kinds[j] = (kind === 'word' ? 0 : kind === 'number' ? 1 : kind === 'punct' ? 2 : kind === 'latin' ? 3 : kind === 'url' ? 4 : 5) | (tag === undefined ? 0 : tag === 'email' ? 8 : tag === 'hashtag' ? 16 : 24);
  ch.entries[j] = entry;
}

/**
 * Analyses the buffered new forms (their entries were reserved): the keys of all of them, then the
 * segments of all of them. The stemmer's and the segmenter's compiled code do not fit in the processor's
 * instruction cache together; one after the other, each stays there from one word to the next (on
 * SaudiNewsNet the first pass runs some 10 % faster than with each word analysed in full in turn).
 */
function analysePending(text: string, ch: Chunk, st: AnalyserState): void {
  const words = ch.words;
  for (let k = 0; k < ch.np; k++) {
    const j = ch.pending[k]!;
    const word = text.slice(ch.starts[j]!, ch.ends[j]!);
    words[k] = word;
    fillKeys(ch.entries[j]!, word, st);
  }
  for (let k = 0; k < ch.np; k++) {
    fillSegments(ch.entries[ch.pending[k]!]!, words[k]!, st);
    words[k] = '';
  }
  ch.np = 0;
}

/**
 * Reserves a word form new to the memo and buffers its token (with the tokens after it, see Chunk).
 * `flush` hands the buffer on: it is called first when the memo is full (the buffered entries would not
 * outlive the clearing), and when the buffer is full.
 */
function bufferNew(text: string, start: number, end: number, hash: number, st: AnalyserState, ch: Chunk, flush: () => void): void {
  if (st.words.size >= MEMO_LIMIT) flush();
  bufferToken(ch, start, end, 'word', undefined, reserve(text, start, end, hash, st), true);
  if (ch.n === CHUNK) flush();
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
  const deliver = (start: number, end: number, kind: TokenKind, tag: TokenTag | undefined, a: number, epoch: number) => {
    const word = text.slice(start, end);
    let tok: Token;
    if (kind === 'word') {
      if (st.epoch !== epoch) a = entryOf(text, start, end, hashUnits(word), st); // the memo was cleared meanwhile
      tok = { text: word, start, end, kind, norm: st.keys[2 * a]!, stem: st.keys[2 * a + 1]!, segments: segmentsOf(st, a, text, start, end, 0) };
    } else {
      let norm = matchKey(word);
      if (kind === 'latin') norm = norm.toLowerCase();
      tok = { text: word, start, end, kind, norm, stem: norm, segments: [] };
    }
    if (tag) tok.tag = tag;
    out.push(tok);
  };
  const ch = takeChunk(st);
  const flush = () => {
    analysePending(text, ch, st);
    const epoch = st.epoch;
    for (let j = 0; j < ch.n; j++) deliver(ch.starts[j]!, ch.ends[j]!, KINDS[ch.kinds[j]! & 7]!, TAGS[ch.kinds[j]! >> 3], ch.entries[j]!, epoch);
    ch.n = 0;
  };
  try {
    scanTokens(text, (start, end, kind, tag, hash) => {
      let a = -1;
      if (kind === 'word') {
        const i = st.words.getRange(text, start, end, hash);
        if (i === 0) return bufferNew(text, start, end, hash, st, ch, flush);
        a = i - 1;
      }
      if (ch.n === 0) deliver(start, end, kind, tag, a, st.epoch);
      else {
        bufferToken(ch, start, end, kind, tag, a, false);
        if (ch.n === CHUNK) flush();
      }
    });
    flush();
  } finally {
    ch.busy = false;
  }
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
  const deliver = (start: number, end: number, kind: TokenKind, tag: TokenTag | undefined, a: number, epoch: number) => {
    view.next(start, end, kind, tag);
    if (a >= 0) {
      if (st.epoch !== epoch) a = entryOf(text, start, end, hashUnits(text.slice(start, end)), st); // the memo was cleared meanwhile
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
  };
  const ch = takeChunk(st);
  const flush = () => {
    analysePending(text, ch, st);
    const epoch = st.epoch;
    for (let j = 0; j < ch.n; j++) deliver(ch.starts[j]!, ch.ends[j]!, KINDS[ch.kinds[j]! & 7]!, TAGS[ch.kinds[j]! >> 3], ch.entries[j]!, epoch);
    ch.n = 0;
  };
  try {
    scanTokens(text, (start, end, kind, tag, hash) => {
      let a = -1;
      if (kind === 'word') {
        // a memo hit needs no substring: the scanner hashed the word while reading it
        const i = st.words.getRange(text, start, end, hash);
        if (i === 0) return bufferNew(text, start, end, hash, st, ch, flush);
        a = i - 1;
      }
      if (ch.n === 0) deliver(start, end, kind, tag, a, st.epoch);
      else {
        bufferToken(ch, start, end, kind, tag, a, false);
        if (ch.n === CHUNK) flush();
      }
    });
    flush();
  } finally {
    ch.busy = false;
  }
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
