/**
 * Rasid's public API for Node: the core bound to the package's own data files.
 *
 *   import { analyze, tokenize, normalize } from 'rasid';
 *   const a = analyze('هامبورغ - أجرى وزير الخارجية ...', { published: '2016-12-07' });
 */
import type { Analysis } from './analysis.js';
import { analyzeArticle } from './analyze.js';
import { parseArticle } from './document/layout.js';
import { articleFromRecord, type ArticleRecord } from './document/record.js';
import { defaultResources } from './node/resources.js';
import type { Resources } from './resources.js';
import { tokenize as tokenizeWith, type Token } from './text/analyzer.js';
import { stemWord } from './text/stem.js';
import { isStopword as isStopwordWith } from './text/stopwords.js';

export * from './analysis.js';
export type { Resources } from './resources.js';
export { normalize, normalizeDisplay, matchKey, displayKey, toOriginal } from './text/normalize.js';
export { splitSentences } from './text/sentences.js';
export { rawTokens, type RawToken, type TokenKind, type TokenTag } from './text/tokenize.js';
export { toBuckwalter, fromBuckwalter, romanize } from './text/transliterate.js';
export type { Token, Segment } from './text/analyzer.js';
export type { Article, ArticleMeta } from './document/article.js';
export { parseArticle, articleFromRecord, type ArticleRecord };
export { fileResources } from './node/resources.js';

export interface AnalyzeOptions {
  id?: string | null;
  published?: string | null;
  source?: string | null;
  url?: string | null;
  resources?: Resources;
}

/** Analyses one article given as plain text (a wire story layout is recognised). */
export function analyze(text: string, opts: AnalyzeOptions = {}): Analysis {
  const res = opts.resources ?? defaultResources();
  return analyzeArticle(parseArticle(text, opts, res), res);
}

/** Analyses one JSON record `{ id, text, title?, published?, source?, url? }`. */
export function analyzeRecord(rec: ArticleRecord, opts: { resources?: Resources } = {}): Analysis {
  const res = opts.resources ?? defaultResources();
  return analyzeArticle(articleFromRecord(rec, null, res), res);
}

/** The analyser's tokens: match key, search stem and clitic segments with exact offsets. */
export function tokenize(text: string, opts: { resources?: Resources } = {}): Token[] {
  return tokenizeWith(text, opts.resources ?? defaultResources());
}

/** The search stem of a word: إجلاء, الإجلاء and والإجلاء share «اجلاء». */
export function stem(word: string, opts: { resources?: Resources } = {}): string {
  return stemWord(word, opts.resources ?? defaultResources());
}

/** True for an Arabic function word (في, الذي, كان …), compared on the match key. */
export function isStopword(word: string, opts: { resources?: Resources } = {}): boolean {
  return isStopwordWith(word, opts.resources ?? defaultResources());
}
