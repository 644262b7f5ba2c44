/** Articles from JSON records `{ id, text, title?, published?, source?, url? }` (CONTRACT.md). */
import type { Resources } from '../resources.js';
import type { Article } from './article.js';
import { parseArticle } from './layout.js';

export interface ArticleRecord {
  id?: unknown;
  text?: unknown;
  title?: unknown;
  published?: unknown;
  source?: unknown;
  url?: unknown;
}

export class RecordError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

/** The document text is `title + "\n\n" + text` when a title is given, otherwise `text`. */
export function articleFromRecord(rec: ArticleRecord, fallbackId: string | null = null, res?: Resources | null): Article {
  if (rec == null || typeof rec !== 'object' || Array.isArray(rec)) throw new RecordError('bad_record', 'record is not a JSON object');
  if (typeof rec.text !== 'string') throw new RecordError('missing_text', 'record has no "text" string');
  if (rec.title != null && typeof rec.title !== 'string') throw new RecordError('bad_title', '"title" is not a string');
  if (rec.published != null && typeof rec.published !== 'string') throw new RecordError('bad_published', '"published" is not a string');
  const title = str(rec.title);
  const text = title ? `${title}\n\n${rec.text}` : rec.text;
  if (rec.id != null && typeof rec.id !== 'string' && typeof rec.id !== 'number') throw new RecordError('bad_id', '"id" is not a string or a number');
  const id = rec.id == null ? fallbackId : String(rec.id);
  const published = str(rec.published);
  if (published && !isIsoDate(published)) throw new RecordError('bad_published', `"published" is not an ISO 8601 date: ${published}`);
  return parseArticle(text, { id, published, source: str(rec.source), url: str(rec.url) }, res, { titled: title != null });
}

export function isIsoDate(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(s) && !Number.isNaN(Date.parse(s.slice(0, 10)));
}
