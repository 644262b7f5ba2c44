/**
 * The analyser every matching and search step uses: raw tokens + match key + clitic segments + stem.
 * (Lucene's chain in one place: tokenizer → normaliser → segmenter → stemmer.)
 */
import type { Resources } from '../resources.js';
import { matchKey } from './normalize.js';
import { rawTokens, type RawToken, type TokenKind, type TokenTag } from './tokenize.js';
import { segmentWord, type Segment } from './clitics.js';
import { stemWord } from './stem.js';

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
  return rawTokens(text).map((t) => analyzeToken(t, res));
}

export function analyzeToken(t: RawToken, res: Resources): Token {
  const norm = matchKey(t.text);
  if (t.kind !== 'word') {
    return { ...t, norm: t.kind === 'latin' ? norm.toLowerCase() : norm, stem: t.kind === 'latin' ? norm.toLowerCase() : norm, segments: [] };
  }
  const segments = segmentWord(t.text, t.start, res);
  return { ...t, norm, stem: stemWord(t.text, res), segments };
}
