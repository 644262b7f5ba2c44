/**
 * A saved or fetched HTML page → an article record: the main text through @mozilla/readability on
 * linkedom (paragraphs kept apart by blank lines), title, date and outlet from JSON-LD and meta tags.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleRecord } from '../document/record.js';
import { toIsoDate } from './dates.js';

type Doc = ReturnType<typeof parseHTML>['document'];

function meta(doc: Doc, ...names: string[]): string | null {
  for (const n of names) {
    const el = doc.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

/** NewsArticle-like objects from the page's JSON-LD blocks (a @graph or an array is searched). */
function jsonLd(doc: Doc): Record<string, any> | null {
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: any;
    try {
      data = JSON.parse(s.textContent ?? '');
    } catch {
      continue;
    }
    const stack = [data];
    while (stack.length) {
      const x = stack.pop();
      if (Array.isArray(x)) stack.push(...x);
      else if (x && typeof x === 'object') {
        const type = ([] as string[]).concat(x['@type'] ?? []).join(' ');
        if (/Article|Report|Posting/i.test(type)) return x;
        if (x['@graph']) stack.push(x['@graph']);
      }
    }
  }
  return null;
}

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td';

/** The readable text of an HTML fragment, one paragraph per block element. */
function blocksText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const parts: string[] = [];
  for (const el of document.querySelectorAll(BLOCKS)) {
    if (el.querySelector(BLOCKS)) continue; // the innermost blocks only
    const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t) parts.push(t);
  }
  if (parts.length) return parts.join('\n\n');
  return (document.body?.textContent ?? '').replace(/[ \t]+/g, ' ').replace(/\n\s*\n+/g, '\n\n').trim();
}

export class HtmlError extends Error {}

export function recordFromHtml(html: string, url: string | null = null): ArticleRecord {
  const { document } = parseHTML(html);
  const ld = jsonLd(document);
  const title =
    (typeof ld?.headline === 'string' ? ld.headline : null) ??
    meta(document, 'og:title', 'twitter:title') ??
    document.querySelector('title')?.textContent?.trim() ??
    null;
  const published = toIsoDate(
    (typeof ld?.datePublished === 'string' ? ld.datePublished : null) ??
      meta(document, 'article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'DC.date.issued') ??
      document.querySelector('time[datetime]')?.getAttribute('datetime') ??
      null,
  );
  const publisher = ld?.publisher;
  const source =
    (typeof publisher === 'string' ? publisher : typeof publisher?.name === 'string' ? publisher.name : null) ??
    meta(document, 'og:site_name', 'application-name') ??
    (url ? safeHost(url) : null);
  const canonical = meta(document, 'og:url') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? url;
  // Readability changes the document it reads: give it its own copy
  const article = new Readability(parseHTML(html).document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  let text = article?.content ? blocksText(article.content) : '';
  if (!text) text = blocksText(document.body?.innerHTML ?? '');
  if (!text.trim()) throw new HtmlError('no readable text in the page');
  // Readability often repeats the headline as the first block
  if (title && text.startsWith(title)) text = text.slice(title.length).replace(/^\s+/, '');
  return { id: canonical ?? undefined, title: title ?? article?.title ?? undefined, text, published: published ?? undefined, source: source ?? undefined, url: canonical ?? undefined };
}

function safeHost(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
