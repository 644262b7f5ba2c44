/**
 * The analyser every matching and search step uses: raw tokens + match key + clitic segments + stem.
 * (Lucene's chain in one place: tokenizer → normaliser → segmenter → stemmer.)
 */
import type { Resources } from '../resources.js';
import { matchKey } from './normalize.js';
import { rawTokens, type RawToken, type TokenKind, type TokenTag } from './tokenize.js';
import { segmentWord, type Segment } from './clitics.js';
import { stemKey, stemLexicon, type StemLexicon } from './stem.js';
import { cached } from '../resources.js';
import { KeyTable, ownCopy } from './keytable.js';

export type { Segment, TokenKind, TokenTag };

export interface Token extends RawToken {
  /** match key */
  norm: string;
  /** search key */
  stem: string;
  /** contiguous substrings of the token: proclitics, stem, enclitics */
  segments: Segment[];
}

/** Tokens with keys and segments. */
export function tokenize(text: string, res: Resources): Token[] {
  const lex = stemLexicon(res); // looked up once per text, not per token
  const raw = rawTokens(text);
  const out: Token[] = new Array(raw.length);
  for (let i = 0; i < raw.length; i++) out[i] = analyzeWith(raw[i]!, res, lex);
  return out;
}

export function analyzeToken(t: RawToken, res: Resources): Token {
  return analyzeWith(t, res, stemLexicon(res));
}

// Objects are built field by field in one shape (a spread of the raw token was the analyser's top cost).
function analyzeWith(t: RawToken, res: Resources, lex: StemLexicon): Token {
  let norm = matchKey(t.text);
  let stem: string;
  let segments: Segment[];
  if (t.kind === 'word') {
    segments = segmentsOf(t, res);
    stem = stemKey(norm, lex);
  } else {
    if (t.kind === 'latin') norm = norm.toLowerCase();
    stem = norm;
    segments = [];
  }
  const tok: Token = { text: t.text, start: t.start, end: t.end, kind: t.kind, norm, stem, segments };
  if (t.tag) tok.tag = t.tag;
  return tok;
}

/**
 * Segmentation depends on the word alone, so it is computed once per distinct word form and rebased
 * to each occurrence's offset (news text repeats its words: this makes segmentation nearly free).
 */
const SEGMENT_MEMO_LIMIT = 200_000;
function segmentsOf(t: RawToken, res: Resources): Segment[] {
  const memo = cached(res, 'text/segment-memo', () => new KeyTable<Segment[]>(1 << 16));
  let rel = memo.get(t.text);
  if (rel === undefined) {
    rel = segmentWord(t.text, 0, res);
    if (memo.size >= SEGMENT_MEMO_LIMIT) memo.clear();
    memo.set(ownCopy(t.text), rel);
  }
  const out: Segment[] = new Array(rel.length);
  for (let i = 0; i < rel.length; i++) {
    const s = rel[i]!;
    out[i] = { text: s.text, start: s.start + t.start, end: s.end + t.start, role: s.role };
  }
  return out;
}
