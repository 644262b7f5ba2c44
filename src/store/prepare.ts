/**
 * From an input (a JSON record or a plain-text document) to what the store keeps: the article,
 * its analysis, the full-text keys and the near-duplicate fingerprints.
 * `admit` is cheap (runs where inputs are read: validation, hash, id); `prepare` runs the analysis
 * (in an ingest worker).
 */
import { createHash } from 'node:crypto';
import type { Analysis } from '../analysis.js';
import { analyzeArticle } from '../analyze.js';
import { fingerprint } from '../cluster/fingerprint.js';
import type { Article } from '../document/article.js';
import { parseArticle } from '../document/layout.js';
import { articleFromRecord, RecordError, type ArticleRecord } from '../document/record.js';
import type { Resources } from '../resources.js';
import { indexKey, isIndexed } from '../search/compile.js';
import { tokenize } from '../text/analyzer.js';
import type { PreparedArticle } from './types.js';

export type Input =
  | { kind: 'record'; record: ArticleRecord }
  | { kind: 'text'; text: string; meta?: { published?: string | null; source?: string | null; url?: string | null; id?: string | null } };

export interface Admitted {
  article: Article;
  title: string | null;
  hash: string;
}

export const contentHash = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Validates an input and gives it its identity; throws RecordError for a record that cannot be stored. */
export function admit(input: Input): Admitted {
  let article: Article;
  let title: string | null;
  if (input.kind === 'record') {
    article = articleFromRecord(input.record);
    const t = input.record.title;
    title = typeof t === 'string' && t.trim() !== '' ? t.trim() : null;
  } else {
    const m = input.meta ?? {};
    if (m.published && !/^\d{4}-\d{2}-\d{2}/.test(m.published)) throw new RecordError('bad_published', `"published" is not an ISO 8601 date: ${m.published}`);
    article = parseArticle(input.text, { id: m.id ?? null, published: m.published ?? null, source: m.source ?? null, url: m.url ?? null });
    title = article.headline?.text ?? null;
  }
  if (article.text.trim() === '') throw new RecordError('empty_text', 'the article has no text');
  const hash = contentHash(article.text);
  // a record without an id gets one from its content, so a re-run gives it the same id
  if (article.id == null || article.id.trim() === '') article = { ...article, id: hash.slice(0, 16) };
  return { article, title, hash };
}

/** Runs the analysis pipeline and builds the stored form. */
export function prepare(a: Admitted, res: Resources): PreparedArticle {
  const analysis: Analysis = analyzeArticle(a.article, res);
  return prepareAnalysed(a, analysis, res);
}

export function prepareAnalysed(a: Admitted, analysis: Analysis, res: Resources): PreparedArticle {
  const tokens = tokenize(a.article.text, res);
  const fp = fingerprint(tokens);
  return {
    id: a.article.id!,
    hash: a.hash,
    title: a.title,
    text: a.article.text,
    published: a.article.published,
    source: a.article.source,
    url: a.article.url,
    analysis,
    terms: tokens.filter(isIndexed).map(indexKey),
    copySig: fp.copy,
    topicSig: fp.topic,
    copyBands: fp.copyBands,
    topicBands: fp.topicBands,
  };
}

/** The day (YYYY-MM-DD) of an ISO date or date-time, or null. */
export const dayOf = (published: string | null): string | null => (published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null);
