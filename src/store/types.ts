/**
 * The one storage interface; `sqlite.ts` and `postgres.ts` implement it with the same behaviour
 * (the shared test suite in store.test.ts runs against both).
 */
import type { Analysis } from '../analysis.js';
import type { CompiledQuery } from '../search/compile.js';
import type { EventDbRow } from './rows.js';

/** An analysed article ready to store: built by prepare.ts (in an ingest worker). */
export interface PreparedArticle {
  id: string;
  /** sha256 of the document text: the identity used to skip an article already stored */
  hash: string;
  title: string | null;
  /** the document text (title + "\n\n" + body when there is a title); offsets refer to it */
  text: string;
  published: string | null;
  source: string | null;
  url: string | null;
  analysis: Analysis;
  /** the analyser's search keys of the article's words, in order (the full-text index) */
  terms: string[];
  copySig: Uint32Array;
  topicSig: Uint32Array;
  copyBands: number[];
  topicBands: number[];
}

export type PutOutcome = 'added' | 'updated' | 'duplicate';

export interface PutResult {
  id: string;
  outcome: PutOutcome;
  /** the article this one repeats (a near-duplicate), if any */
  duplicateOf: string | null;
  /** the story the article joined (the id of the story's first article) */
  story: string | null;
}

export interface StoreStats {
  articles: number;
  duplicates: number;
  entities: number;
  events: number;
  quotes: number;
  /** extras */
  stories: number;
  times: number;
  sources: number;
}

export interface SearchFilters {
  /** published on or after this day (YYYY-MM-DD) */
  from?: string;
  /** published on or before this day */
  to?: string;
  source?: string[];
  /** an entity's knowledge-base id, Arabic name (any spelling) or English name */
  entity?: string[];
  /** a PLOVER event type */
  eventType?: string[];
  /** ISO 3166-1 alpha-3 of a mentioned place or entity */
  country?: string[];
}

/** The fields an article was stored with, shared by search hits and whole stored articles. */
export interface ArticleFields {
  id: string;
  title: string | null;
  text: string;
  published: string | null;
  source: string | null;
  url: string | null;
}

export interface RawHit extends ArticleFields {
  score: number;
  duplicateOf: string | null;
  story: string | null;
}

export interface Facet {
  value: string;
  label?: string;
  count: number;
}

export interface Facets {
  entities: Facet[];
  sources: Facet[];
  days: Facet[];
}

export interface RawSearch {
  total: number;
  hits: RawHit[];
  facets?: Facets;
}

export interface SearchPlan {
  query: CompiledQuery;
  filters: SearchFilters;
  limit: number;
  offset: number;
  /** leave out articles marked as repeating another */
  collapse: boolean;
  facets: boolean;
}

export interface StoredArticle extends ArticleFields {
  hash: string;
  ingestedAt: string;
  duplicateOf: string | null;
  story: string | null;
  analysis: Analysis;
}

export interface ArticleSummary {
  id: string;
  title: string | null;
  published: string | null;
  source: string | null;
  duplicateOf: string | null;
}

export interface EntityInfo {
  key: string;
  type: string;
  name: string;
  nameEn: string | null;
  kb: string | null;
  country: string | null;
  articles: number;
  mentions: number;
  /** articles mentioning it per publication day */
  timeline: { day: string; articles: number; mentions: number }[];
  recent: ArticleSummary[];
}

/** A stored event as queries return it: the stored fields plus its article (event ids are per article). */
export interface EventRow extends Omit<EventDbRow, 'eventId'> {
  article: string;
  id: string;
  published: string | null;
}

export interface EventQuery {
  type?: string;
  entity?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

export interface StorySummary {
  id: string;
  size: number;
  first: string | null;
  last: string | null;
  title: string | null;
  sources: string[];
}

export interface Page<T> {
  total: number;
  items: T[];
}

/** A stored article as a record, for re-analysis. */
export interface StoredRecord {
  id: string;
  title: string | null;
  text: string;
  published: string | null;
  source: string | null;
  url: string | null;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** which of these content hashes are stored already */
  knownHashes(hashes: string[]): Promise<Set<string>>;
  /**
   * Stores a batch in one transaction. An article whose hash is stored already is a duplicate
   * (nothing written); one whose id is stored with another text replaces it ('updated').
   */
  putBatch(items: PreparedArticle[]): Promise<PutResult[]>;
  /** Replaces the analyses of stored articles (same ids), in one transaction. */
  replaceAnalyses(items: PreparedArticle[]): Promise<void>;
  search(plan: SearchPlan): Promise<RawSearch>;
  stats(): Promise<StoreStats>;
  article(id: string): Promise<StoredArticle | null>;
  entity(key: string): Promise<EntityInfo | null>;
  events(q: EventQuery): Promise<Page<EventRow>>;
  stories(q: { limit: number; offset: number; from?: string; to?: string }): Promise<Page<StorySummary>>;
  story(id: string): Promise<ArticleSummary[] | null>;
  /** Stored articles in insertion order, `batch` at a time (for `rasid reanalyze`). */
  records(batch: number): AsyncIterable<StoredRecord[]>;
  close(): Promise<void>;
}
