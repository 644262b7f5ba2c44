/**
 * The article model: the exact document text and its layout (headline, subheadline, dateline,
 * paragraphs, sentences), every part as offsets into the text.
 */
import type { Dateline, Range, Span } from '../analysis.js';

export interface Article {
  id: string | null;
  /** the exact document text every offset points into */
  text: string;
  /** ISO 8601 date or date-time, or null */
  published: string | null;
  source: string | null;
  url: string | null;
  headline: Span | null;
  subheadline: Span | null;
  dateline: Dateline | null;
  paragraphs: Range[];
  sentences: Range[];
  /**
   * The credit line even where it names no place (`(أ ف ب) -`, `خاص -`) and so gives no
   * dateline: the whole dateline span, the agency (from the dateline or from a closing mark
   * `(أ ف ب)`), its English name when known, the byline, and where the story text begins.
   */
  credit?: Credit | null;
}

export interface Credit {
  span: Span | null;
  agency: Span | null;
  agencyEn: string | null;
  byline: Span | null;
  bodyStart: number | null;
}

/** What a caller knows about an article besides its text. */
export interface ArticleMeta {
  id?: string | null;
  published?: string | null;
  source?: string | null;
  url?: string | null;
}

export function span(text: string, start: number, end: number): Span {
  return { text: text.slice(start, end), start, end };
}
