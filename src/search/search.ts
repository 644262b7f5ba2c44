/** Search over a store: compile the query, run it on the backend, add snippets. */
import type { Resources } from '../resources.js';
import type { Facets, SearchFilters, Store } from '../store/types.js';
import { compileQuery } from './compile.js';
import { makeSnippet } from './snippet.js';

export interface SearchOptions {
  limit?: number;
  offset?: number;
  collapse?: boolean;
  facets?: boolean;
  filters?: SearchFilters;
}

export interface SearchHit {
  id: string;
  title: string | null;
  score: number;
  /** HTML: the passage with the matched words in <mark> (text escaped) */
  snippet: string;
  published: string | null;
  source: string | null;
  /** extras */
  url: string | null;
  snippetText: string;
  highlights: { start: number; end: number }[];
  duplicateOf: string | null;
  story: string | null;
}

export interface SearchResponse {
  total: number;
  hits: SearchHit[];
  facets?: Facets;
}

export const MAX_LIMIT = 1000;

export async function searchArticles(store: Store, q: string, opts: SearchOptions, res: Resources): Promise<SearchResponse> {
  const query = compileQuery(q, res, opts.filters ?? {});
  const limit = Math.max(0, Math.min(MAX_LIMIT, opts.limit ?? 10));
  const raw = await store.search({ query, filters: query.filters, limit, offset: Math.max(0, opts.offset ?? 0), collapse: !!opts.collapse, facets: !!opts.facets });
  const hits = raw.hits.map((h) => {
    // the headline is shown as the title: take the passage from the body when the match is there too
    const skip = h.title && h.text.startsWith(h.title) ? h.title.length : 0;
    let s = makeSnippet(h.text, query.positives, res, skip);
    if (query.positives.length && !s.highlights.length && skip) s = makeSnippet(h.text, query.positives, res, 0);
    return {
      id: h.id, title: h.title, score: Math.round(h.score * 1e4) / 1e4, snippet: s.html, published: h.published, source: h.source,
      url: h.url, snippetText: s.text, highlights: s.highlights, duplicateOf: h.duplicateOf, story: h.story,
    };
  });
  return raw.facets ? { total: raw.total, hits, facets: raw.facets } : { total: raw.total, hits };
}
