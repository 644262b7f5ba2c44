/** Layout of a plain-text article (first cut; replaced by the full layout and dateline parser). */
import type { Range } from '../analysis.js';
import { splitSentences } from '../text/sentences.js';
import { span, type Article, type ArticleMeta } from './article.js';

export function parseArticle(text: string, meta: ArticleMeta = {}): Article {
  const paragraphs: Range[] = [];
  const re = /[^\r\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const s = m.index + (m[0].length - m[0].trimStart().length);
    const e = m.index + m[0].trimEnd().length;
    if (e > s) paragraphs.push({ start: s, end: e });
  }
  const headline = paragraphs[0] ? span(text, paragraphs[0].start, paragraphs[0].end) : null;
  const sentences = paragraphs.flatMap((p) => splitSentences(text, p.start, p.end));
  return {
    id: meta.id ?? null,
    text,
    published: meta.published ?? null,
    source: meta.source ?? null,
    url: meta.url ?? null,
    headline,
    subheadline: null,
    dateline: null,
    paragraphs,
    sentences,
  };
}
