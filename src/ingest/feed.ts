/** RSS 2.0 and Atom feeds → article records (one per item/entry; HTML in descriptions reduced to text). */
import { XMLParser } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';
import type { ArticleRecord } from '../document/record.js';
import { toIsoDate } from './dates.js';

export class FeedError extends Error {}

export const looksLikeFeed = (text: string) => /<(rss|feed|rdf:RDF)[\s>]/i.test(text.slice(0, 4000));

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text', cdataPropName: false as any, processEntities: true, htmlEntities: true });

const list = <T>(x: T | T[] | undefined): T[] => (x == null ? [] : Array.isArray(x) ? x : [x]);

function textOf(x: unknown): string | null {
  if (x == null) return null;
  if (typeof x === 'string' || typeof x === 'number') return String(x);
  if (typeof x === 'object' && '#text' in (x as object)) return String((x as any)['#text']);
  return null;
}

/** Visible text of an HTML fragment with paragraphs separated by blank lines. */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return html.trim();
  const { document } = parseHTML(`<!doctype html><html><body>${html.replace(/<br\s*\/?>/gi, '\n').replace(/<\/(p|div|h\d|li|blockquote)>/gi, '</$1>\n\n')}</body></html>`);
  return (document.body?.textContent ?? '').replace(/[ \t]+/g, ' ').replace(/ *\n */g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

export interface FeedItem {
  record: ArticleRecord;
  /** why an item cannot become an article (no text), else null */
  problem: string | null;
}

export function parseFeed(xml: string, feedUrl: string | null = null): { title: string | null; items: FeedItem[] } {
  let doc: any;
  try {
    doc = parser.parse(xml, true);
  } catch (e) {
    throw new FeedError(`not well-formed XML: ${(e as Error).message.split('\n')[0]}`);
  }
  if (doc.rss || doc['rdf:RDF']) {
    const channel = doc.rss?.channel ?? doc['rdf:RDF']?.channel ?? {};
    const title = textOf(channel.title);
    const items = list(doc.rss ? channel.item : doc['rdf:RDF'].item).map((it: any): FeedItem => {
      const html = textOf(it['content:encoded']) ?? textOf(it.description) ?? '';
      const link = textOf(it.link);
      const guid = textOf(it.guid);
      const rec: ArticleRecord = {
        id: guid ?? link ?? undefined,
        title: textOf(it.title) ? htmlToText(textOf(it.title)!) : undefined,
        text: htmlToText(html),
        published: toIsoDate(textOf(it.pubDate) ?? textOf(it['dc:date'])) ?? undefined,
        source: title ?? (feedUrl ? host(feedUrl) : undefined),
        url: link ?? undefined,
      };
      return { record: rec, problem: (rec.text as string) ? null : 'the item has no description or content' };
    });
    return { title, items };
  }
  if (doc.feed) {
    const f = doc.feed;
    const title = textOf(f.title);
    const items = list(f.entry).map((e: any): FeedItem => {
      const links = list(e.link);
      const alt = links.find((l: any) => !l['@rel'] || l['@rel'] === 'alternate') ?? links[0];
      const href = alt ? (typeof alt === 'string' ? alt : alt['@href']) : null;
      const rec: ArticleRecord = {
        id: textOf(e.id) ?? href ?? undefined,
        title: textOf(e.title) ? htmlToText(textOf(e.title)!) : undefined,
        text: htmlToText(textOf(e.content) ?? textOf(e.summary) ?? ''),
        published: toIsoDate(textOf(e.published) ?? textOf(e.updated)) ?? undefined,
        source: title ?? (feedUrl ? host(feedUrl) : undefined),
        url: href ?? undefined,
      };
      return { record: rec, problem: (rec.text as string) ? null : 'the entry has no content or summary' };
    });
    return { title, items };
  }
  throw new FeedError('neither an RSS nor an Atom feed');
}

function host(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}
