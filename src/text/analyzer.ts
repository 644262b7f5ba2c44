/**
 * The analyser every matching and search step uses: raw tokens + match key + clitic segments + stem.
 * (Lucene's chain in one place: tokenizer → normaliser → segmenter → stemmer.)
 *
 * Speed: a word's keys and segments depend on the word alone, so they are computed once per distinct
 * word form (a bounded memo per Resources) and each occurrence only gets its offsets rebased. News
 * text repeats its words, so after the first few thousand articles nearly every word is a memo hit.
 */
import { cached, type Resources } from '../resources.js';
import { KeyTable, ownCopy } from './keytable.js';
import { matchKey } from './normalize.js';
import { rawTokens, scanTokens, type RawToken, type TokenKind, type TokenTag } from './tokenize.js';
import { cliticSegmenter, type CliticSegmenter, type Segment } from './clitics.js';
import { stemKeyUncached, stemLexicon, type StemLexicon } from './stem.js';

export type { Segment, TokenKind, TokenTag };

export interface Token extends RawToken {
  /** match key */
  norm: string;
  /** search key */
  stem: string;
  /** contiguous substrings of the token: proclitics, stem, enclitics */
  segments: Segment[];
}

/** What the analyser knows about a word form: its keys and its segments relative to the word. */
interface WordAnalysis {
  norm: string;
  stem: string;
  /** relative to the word; shared by every occurrence (never changed) */
  segments: readonly Segment[];
}

const MEMO_LIMIT = 300_000;

interface AnalyserState {
  words: KeyTable<WordAnalysis>;
  lex: StemLexicon;
  seg: CliticSegmenter;
}

function state(res: Resources): AnalyserState {
  return cached(res, 'text/analyser', (r) => ({ words: new KeyTable<WordAnalysis>(1 << 16), lex: stemLexicon(r), seg: cliticSegmenter(r) }));
}

function analyseWord(word: string, st: AnalyserState): WordAnalysis {
  return st.words.get(word) ?? analyseNew(word, st);
}

/** Analyses a word form missing from the memo and adds it (the memo is the only per-word cache on this path). */
function analyseNew(word: string, st: AnalyserState): WordAnalysis {
  // own copies: a token's slice is a view that would keep its whole text alive in the memo (segment texts too)
  const w = ownCopy(word);
  const norm = matchKey(w);
  const a: WordAnalysis = { norm: ownCopy(norm), stem: stemKeyUncached(norm, st.lex), segments: st.seg.relative(w) };
  if (st.words.size >= MEMO_LIMIT) st.words.clear();
  st.words.add(w, a);
  return a;
}

/** Tokens with keys and segments. */
export function tokenize(text: string, res: Resources): Token[] {
  const st = state(res);
  const out: Token[] = [];
  scanTokens(text, (start, end, kind, tag, hash) => {
    const word = text.slice(start, end);
    let tok: Token;
    if (kind === 'word') {
      const a = st.words.getRange(text, start, end, hash) ?? analyseNew(word, st);
      const rel = a.segments;
      const segments: Segment[] = new Array(rel.length);
      for (let i = 0; i < rel.length; i++) {
        const s = rel[i]!;
        segments[i] = { text: s.text, start: s.start + start, end: s.end + start, role: s.role };
      }
      tok = { text: word, start, end, kind, norm: a.norm, stem: a.stem, segments };
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
 * token (add `start` to place them) and shared between occurrences: read them, do not keep or change them.
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
  segments: readonly Segment[];
}

const NO_SEGMENTS: readonly Segment[] = Object.freeze([]);

/** Calls `visit` for every token of `text` with its keys and segments (the view is reused). */
export function analyzeTokens(text: string, res: Resources, visit: (t: TokenView) => void): void {
  const st = state(res);
  const view: TokenView = { start: 0, end: 0, kind: 'word', tag: undefined, norm: '', stem: '', segments: NO_SEGMENTS };
  scanTokens(text, (start, end, kind, tag, hash) => {
    view.start = start;
    view.end = end;
    view.kind = kind;
    view.tag = tag;
    if (kind === 'word') {
      // a memo hit needs no substring: the scanner hashed the word while reading it
      const a = st.words.getRange(text, start, end, hash) ?? analyseNew(text.slice(start, end), st);
      view.norm = a.norm;
      view.stem = a.stem;
      view.segments = a.segments;
    } else {
      let norm = matchKey(text.slice(start, end));
      if (kind === 'latin') norm = norm.toLowerCase();
      view.norm = norm;
      view.stem = norm;
      view.segments = NO_SEGMENTS;
    }
    visit(view);
  });
}

/** The analysis of one raw token (its keys and segments at its own offsets). */
export function analyzeToken(t: RawToken, res: Resources): Token {
  const tok: Token = { text: t.text, start: t.start, end: t.end, kind: t.kind, norm: '', stem: '', segments: [] };
  if (t.kind === 'word') {
    const a = analyseWord(t.text, state(res));
    tok.norm = a.norm;
    tok.stem = a.stem;
    tok.segments = a.segments.map((s) => ({ text: s.text, start: s.start + t.start, end: s.end + t.start, role: s.role }));
  } else {
    tok.norm = matchKey(t.text);
    if (t.kind === 'latin') tok.norm = tok.norm.toLowerCase();
    tok.stem = tok.norm;
  }
  if (t.tag) tok.tag = t.tag;
  return tok;
}
