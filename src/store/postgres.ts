/**
 * The PostgreSQL backend (`pg`). Full text: a tsvector built directly from the analyser's keys with
 * their positions (no PostgreSQL dictionary or parser touches the words), a GIN index, and BM25 ranking
 * computed in SQL from term frequencies, document lengths and document frequencies, as FTS5 does.
 */
import { articleSummary, entityInfo } from './results.js';
import pg from 'pg';
import type { Analysis } from '../analysis.js';
import { signatureToBytes } from '../cluster/minhash.js';
import { assign, type Candidate } from './assign.js';
import { POSTGRES_MIGRATIONS } from './migrations.js';
import { dayOf } from './prepare.js';
import { rowsOf } from './rows.js';
import { entityMatch, FACET_LIMIT, filterConditions } from './sql.js';
import type {
  ArticleSummary, EntityInfo, EventQuery, EventRow, Facets, Page, PreparedArticle, PutResult, RawSearch,
  SearchPlan, Store, StoreStats, StoredArticle, StoredRecord, StorySummary,
} from './types.js';

type Row = Record<string, any>;

// PostgreSQL returns BIGINT and COUNT as strings: counts here stay far below 2^53
pg.types.setTypeParser(20, (v: string) => Number(v));

/** tsvector positions stop at 16383. */
const MAX_POS = 16383;
const K1 = 1.2;
const B = 0.75;

/** A tsvector literal of the keys with their positions (1-based), every lexeme quoted. */
export function tsvectorLiteral(terms: string[]): string {
  const pos = new Map<string, number[]>();
  terms.forEach((t, i) => {
    if (!t) return;
    let l = pos.get(t);
    if (!l) pos.set(t, (l = []));
    if (l.length < 256) l.push(Math.min(i + 1, MAX_POS));
  });
  const parts: string[] = [];
  for (const [t, ps] of pos) parts.push(`'${t.replace(/\\/g, '\\\\').replace(/'/g, "''")}':${[...new Set(ps)].join(',')}`);
  return parts.join(' ');
}

/** Each distinct key with its count (the postings of one article). */
export function termFrequencies(terms: string[]): { keys: string[]; tfs: number[] } {
  const tf = new Map<string, number>();
  for (const t of terms) if (t) tf.set(t, (tf.get(t) ?? 0) + 1);
  return { keys: [...tf.keys()], tfs: [...tf.values()] };
}

export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;
  private pool: pg.Pool;
  private corpusStats: { at: number; n: number; avgdl: number } | null = null;

  private constructor(readonly url: string) {
    this.pool = new pg.Pool({ connectionString: url, max: 4 });
    this.pool.on('error', () => {}); // an idle client's error surfaces on the next query
  }

  static async open(url: string): Promise<PostgresStore> {
    const s = new PostgresStore(url);
    try {
      await s.migrate();
    } catch (e) {
      await s.pool.end().catch(() => {});
      throw e;
    }
    return s;
  }

  private async migrate(): Promise<void> {
    const c = await this.pool.connect();
    try {
      // one migrator at a time across processes
      await c.query('SELECT pg_advisory_lock(727100)');
      await c.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())');
      const done = new Set((await c.query('SELECT version FROM schema_migrations')).rows.map((r) => r.version as number));
      for (const m of POSTGRES_MIGRATIONS) {
        if (done.has(m.version)) continue;
        await c.query('BEGIN');
        try {
          await c.query(m.sql);
          await c.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
          await c.query('COMMIT');
        } catch (e) {
          await c.query('ROLLBACK');
          throw e;
        }
      }
    } finally {
      await c.query('SELECT pg_advisory_unlock(727100)').catch(() => {});
      c.release();
    }
  }

  async schemaVersion(): Promise<number> {
    return (await this.pool.query('SELECT max(version) AS v FROM schema_migrations')).rows[0].v ?? 0;
  }

  async knownHashes(hashes: string[]): Promise<Set<string>> {
    if (!hashes.length) return new Set();
    const r = await this.pool.query('SELECT hash FROM articles WHERE hash = ANY($1::text[])', [hashes]);
    return new Set(r.rows.map((x) => x.hash as string));
  }

  private async candidates(c: pg.PoolClient, kind: number, keys: number[]): Promise<Candidate[]> {
    if (!keys.length) return [];
    const r = await c.query(
      `SELECT DISTINCT a.seq, a.id, a.day, a.duplicate_of, a.story, a.copy_sig, a.topic_sig FROM lsh l JOIN articles a ON a.seq = l.seq
       WHERE l.kind = $1 AND l.key = ANY($2::int[]) LIMIT 500`,
      [kind, keys],
    );
    return r.rows.map((x) => ({ id: x.id, day: x.day, duplicateOf: x.duplicate_of, story: x.story, copySig: x.copy_sig, topicSig: x.topic_sig }));
  }

  private async writeDerived(c: pg.PoolClient, seq: number, p: PreparedArticle): Promise<void> {
    const r = rowsOf(p.analysis);
    const cols = <T>(rows: T[], f: ((x: T) => unknown)[]) => f.map((g) => rows.map(g));
    if (r.entities.length)
      await c.query(
        `INSERT INTO entities (seq, key, type, name, name_key, name_en, kb, country, mentions)
         SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::int[])`,
        [seq, ...cols(r.entities, [(x) => x.key, (x) => x.type, (x) => x.name, (x) => x.nameKey, (x) => x.nameEn, (x) => x.kb, (x) => x.country, (x) => x.mentions])],
      );
    if (r.times.length)
      await c.query('INSERT INTO times (seq, type, value, text, start, "end") SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::int[], $6::int[])', [
        seq, ...cols(r.times, [(x) => x.type, (x) => x.value, (x) => x.text, (x) => x.start, (x) => x.end]),
      ]);
    if (r.quotes.length)
      await c.query('INSERT INTO quotes (seq, text, start, "end", direct, speaker, speaker_name) SELECT $1, * FROM unnest($2::text[], $3::int[], $4::int[], $5::bool[], $6::text[], $7::text[])', [
        seq, ...cols(r.quotes, [(x) => x.text, (x) => x.start, (x) => x.end, (x) => x.direct, (x) => x.speaker, (x) => x.speakerName]),
      ]);
    for (const x of r.events)
      await c.query(
        'INSERT INTO events (seq, event_id, type, mode, actors, recipients, location, date, trigger, start, "end", negated, future, confidence) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14)',
        [seq, x.eventId, x.type, x.mode, x.actors, x.recipients, x.location, x.date, x.trigger, x.start, x.end, x.negated, x.future, x.confidence],
      );
  }

  private async tx<T>(f: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      const out = await f(c);
      await c.query('COMMIT');
      return out;
    } catch (e) {
      await c.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      c.release();
    }
  }

  async putBatch(items: PreparedArticle[]): Promise<PutResult[]> {
    const out = await this.tx(async (c) => {
      // serialise writers so that near-duplicate lookups see every earlier article
      await c.query('SELECT pg_advisory_xact_lock(727101)');
      const results: PutResult[] = [];
      for (const p of items) results.push(await this.putOne(c, p));
      return results;
    });
    this.corpusStats = null;
    return out;
  }

  private async putOne(c: pg.PoolClient, p: PreparedArticle): Promise<PutResult> {
    if ((await c.query('SELECT 1 FROM articles WHERE hash = $1', [p.hash])).rowCount) return { id: p.id, outcome: 'duplicate', duplicateOf: null, story: null };
    const old = await c.query('DELETE FROM articles WHERE id = $1 RETURNING seq', [p.id]);
    const day = dayOf(p.published);
    const a = assign({ id: p.id, day, copySig: p.copySig, topicSig: p.topicSig }, await this.candidates(c, 0, p.copyBands), await this.candidates(c, 1, p.topicBands));
    const r = await c.query(
      `INSERT INTO articles (id, hash, title, text, published, day, source, url, analysis, n_terms, duplicate_of, story, copy_sig, topic_sig, tsv)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15::tsvector) RETURNING seq`,
      [p.id, p.hash, p.title, p.text, p.published, day, p.source, p.url, JSON.stringify(p.analysis), p.terms.length, a.duplicateOf, a.story,
        Buffer.from(signatureToBytes(p.copySig)), Buffer.from(signatureToBytes(p.topicSig)), tsvectorLiteral(p.terms)],
    );
    const seq = r.rows[0].seq as number;
    await this.writeDerived(c, seq, p);
    await this.writePostings(c, seq, p.terms);
    await c.query('INSERT INTO lsh (kind, key, seq) SELECT k, key, $1 FROM unnest($2::smallint[], $3::int[]) AS t(k, key) ON CONFLICT DO NOTHING', [
      seq, [...p.copyBands.map(() => 0), ...p.topicBands.map(() => 1)], [...p.copyBands, ...p.topicBands],
    ]);
    return { id: p.id, outcome: old.rowCount ? 'updated' : 'added', duplicateOf: a.duplicateOf, story: a.story };
  }

  private async writePostings(c: pg.PoolClient, seq: number, terms: string[]): Promise<void> {
    const { keys, tfs } = termFrequencies(terms);
    if (keys.length) await c.query('INSERT INTO postings (key, seq, tf, len) SELECT k, $1, tf, $4 FROM unnest($2::text[], $3::int[]) AS t(k, tf)', [seq, keys, tfs, terms.length]);
  }

  async replaceAnalyses(items: PreparedArticle[]): Promise<void> {
    await this.tx(async (c) => {
      for (const p of items) {
        const r = await c.query('UPDATE articles SET analysis = $1, analyzed_at = now(), n_terms = $2, tsv = $3::tsvector WHERE id = $4 RETURNING seq', [
          JSON.stringify(p.analysis), p.terms.length, tsvectorLiteral(p.terms), p.id,
        ]);
        if (!r.rowCount) continue;
        const seq = r.rows[0].seq as number;
        for (const t of ['entities', 'times', 'quotes', 'events', 'postings']) await c.query(`DELETE FROM ${t} WHERE seq = $1`, [seq]);
        await this.writeDerived(c, seq, p);
        await this.writePostings(c, seq, p.terms);
      }
    });
    this.corpusStats = null;
  }

  /** Article count and mean length for BM25, cached for a minute. */
  private async corpus(): Promise<{ n: number; avgdl: number }> {
    if (this.corpusStats && Date.now() - this.corpusStats.at < 60_000) return this.corpusStats;
    const r = (await this.pool.query('SELECT count(*)::bigint AS n, coalesce(avg(n_terms), 0)::float8 AS avgdl FROM articles')).rows[0];
    this.corpusStats = { at: Date.now(), n: r.n, avgdl: r.avgdl || 1 };
    return this.corpusStats;
  }

  async search(plan: SearchPlan): Promise<RawSearch> {
    const params: unknown[] = [];
    const p = (v: unknown) => (params.push(v), `$${params.length}`);
    const q = plan.query;
    const where = filterConditions(q.filters, p, plan.collapse);
    if (q.tree) where.unshift(`a.tsv @@ ${p(q.tsquery)}::tsquery`);
    const cond = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const base = [...params];
    // keys alone (any of them, or all of them) are decided by the postings without reading the tsvectors
    const t = q.tree;
    const keysOnly = t && (t.t === 'key' || (t.t === 'or' && t.c.every((x) => x.t === 'key')) || (t.t === 'and' && !t.neg.length && t.pos.every((x) => x.t === 'key')));
    let rankCond = cond;
    if (keysOnly) {
      // the ranking query binds only the filters (and the keys below): start its parameters afresh
      params.length = 0;
      const f = filterConditions(q.filters, p, plan.collapse);
      rankCond = f.length ? `WHERE ${f.join(' AND ')}` : '';
    }
    const having = t && t.t === 'and' && keysOnly ? `HAVING count(DISTINCT t.key) = ${t.pos.length}` : '';
    const total = (await this.pool.query(`SELECT count(*)::bigint AS n FROM articles a ${cond}`, base)).rows[0].n as number;
    let rows: Row[];
    const cols = 'a.id, a.title, a.text, a.published, a.source, a.url, a.duplicate_of, a.story';
    if (q.tree && q.positives.length) {
      const { n, avgdl } = await this.corpus();
      // document frequencies from the postings index (a prefix covers every key it starts)
      const idf: number[] = [];
      for (const t of q.positives) {
        const df = t.prefix
          ? (await this.pool.query('SELECT count(DISTINCT seq)::bigint AS n FROM postings WHERE key >= $1 AND key < $1 || chr(1114111)', [t.key])).rows[0].n
          : (await this.pool.query('SELECT count(*)::bigint AS n FROM postings WHERE key = $1', [t.key])).rows[0].n;
        idf.push(Math.log(1 + (n - df + 0.5) / (df + 0.5)));
      }
      const kp = p(q.positives.map((t) => t.key));
      const pp = p(q.positives.map((t) => t.prefix));
      const ip = p(idf);
      // BM25 (k1 = ${K1}, b = ${B}) over the postings of the query's keys, for the articles the tsquery matches
      rows = (
        await this.pool.query(
          `WITH t AS (SELECT * FROM unnest(${kp}::text[], ${pp}::bool[], ${ip}::float8[]) AS t(key, prefix, idf)),
           s AS (SELECT po.seq, sum(t.idf * (po.tf * ${K1 + 1}) / (po.tf + ${K1} * (1 - ${B} + ${B} * po.len / ${avgdl}))) AS score
                 FROM t JOIN postings po ON (NOT t.prefix AND po.key = t.key) OR (t.prefix AND po.key >= t.key AND po.key < t.key || chr(1114111))
                 GROUP BY po.seq ${having})
           SELECT ${cols}, s.score FROM s JOIN articles a ON a.seq = s.seq ${rankCond} ORDER BY s.score DESC, a.seq LIMIT ${p(plan.limit)} OFFSET ${p(plan.offset)}`,
          params,
        )
      ).rows;
    } else {
      rows = (await this.pool.query(`SELECT ${cols}, 0 AS score FROM articles a ${cond} ORDER BY a.day DESC NULLS LAST, a.seq DESC LIMIT ${p(plan.limit)} OFFSET ${p(plan.offset)}`, params)).rows;
    }
    let facets: Facets | undefined;
    if (plan.facets) {
      const matched = `SELECT a.seq FROM articles a ${cond}`;
      facets = {
        entities: (await this.pool.query(`SELECT e.key AS value, min(e.name) AS label, count(DISTINCT e.seq)::bigint AS count FROM entities e WHERE e.seq IN (${matched}) GROUP BY e.key ORDER BY count DESC, value LIMIT ${FACET_LIMIT}`, base)).rows.map((r) => ({ value: r.value, label: r.label, count: r.count })),
        sources: (await this.pool.query(`SELECT a.source AS value, count(*)::bigint AS count FROM articles a WHERE a.seq IN (${matched}) AND a.source IS NOT NULL GROUP BY a.source ORDER BY count DESC, value LIMIT ${FACET_LIMIT}`, base)).rows.map((r) => ({ value: r.value, count: r.count })),
        days: (await this.pool.query(`SELECT a.day AS value, count(*)::bigint AS count FROM articles a WHERE a.seq IN (${matched}) AND a.day IS NOT NULL GROUP BY a.day ORDER BY value DESC LIMIT 31`, base)).rows.map((r) => ({ value: r.value, count: r.count })),
      };
    }
    return {
      total,
      hits: rows.map((r) => ({ id: r.id, title: r.title, text: r.text, published: r.published, source: r.source, url: r.url, score: Number(r.score), duplicateOf: r.duplicate_of, story: r.story })),
      facets,
    };
  }

  async stats(): Promise<StoreStats> {
    const r = (
      await this.pool.query(`SELECT
        (SELECT count(*) FROM articles)::bigint AS articles,
        (SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL)::bigint AS duplicates,
        (SELECT count(DISTINCT key) FROM entities)::bigint AS entities,
        (SELECT count(*) FROM events)::bigint AS events,
        (SELECT count(*) FROM quotes)::bigint AS quotes,
        (SELECT count(DISTINCT story) FROM articles)::bigint AS stories,
        (SELECT count(*) FROM times)::bigint AS times,
        (SELECT count(DISTINCT source) FROM articles)::bigint AS sources`)
    ).rows[0];
    return r as StoreStats;
  }

  async article(id: string): Promise<StoredArticle | null> {
    const r = (await this.pool.query('SELECT id, title, text, published, source, url, hash, ingested_at, duplicate_of, story, analysis FROM articles WHERE id = $1', [id])).rows[0];
    if (!r) return null;
    return {
      id: r.id, title: r.title, text: r.text, published: r.published, source: r.source, url: r.url, hash: r.hash,
      ingestedAt: new Date(r.ingested_at).toISOString(), duplicateOf: r.duplicate_of, story: r.story, analysis: r.analysis as Analysis,
    };
  }

  async entity(key: string): Promise<EntityInfo | null> {
    const params: unknown[] = [];
    const p = (v: unknown) => (params.push(v), `$${params.length}`);
    const cond = entityMatch(key, p);
    const head = (await this.pool.query(`SELECT e.key, min(e.type) AS type, min(e.name) AS name, min(e.name_en) AS name_en, min(e.kb) AS kb, min(e.country) AS country, count(DISTINCT e.seq) AS n FROM entities e WHERE ${cond} GROUP BY e.key ORDER BY n DESC LIMIT 1`, params)).rows[0];
    if (!head) return null;
    const totals = (await this.pool.query('SELECT count(DISTINCT seq)::bigint AS articles, sum(mentions)::bigint AS mentions FROM entities WHERE key = $1', [head.key])).rows[0];
    const timeline = (await this.pool.query('SELECT a.day, count(DISTINCT a.seq)::bigint AS articles, sum(e.mentions)::bigint AS mentions FROM entities e JOIN articles a ON a.seq = e.seq WHERE e.key = $1 AND a.day IS NOT NULL GROUP BY a.day ORDER BY a.day', [head.key])).rows;
    const recent = (await this.pool.query('SELECT a.id, a.title, a.published, a.source, a.duplicate_of FROM entities e JOIN articles a ON a.seq = e.seq WHERE e.key = $1 ORDER BY a.day DESC NULLS LAST, a.seq DESC LIMIT 20', [head.key])).rows;
    return entityInfo(head, totals, timeline, recent);
  }

  async events(q: EventQuery): Promise<Page<EventRow>> {
    const params: unknown[] = [];
    const p = (v: unknown) => (params.push(v), `$${params.length}`);
    const where: string[] = [];
    if (q.type) where.push(`v.type = ${p(q.type.toUpperCase())}`);
    if (q.from) where.push(`a.day >= ${p(q.from)}`);
    if (q.to) where.push(`a.day <= ${p(q.to)}`);
    if (q.entity) {
      const e = p(q.entity);
      where.push(`(${e} = ANY(v.actors) OR ${e} = ANY(v.recipients) OR v.location = ${e})`);
    }
    const cond = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const from = 'events v JOIN articles a ON a.seq = v.seq';
    const total = (await this.pool.query(`SELECT count(*)::bigint AS n FROM ${from} ${cond}`, params)).rows[0].n as number;
    const rows = (await this.pool.query(`SELECT v.*, a.id AS article, a.published FROM ${from} ${cond} ORDER BY a.day DESC NULLS LAST, a.seq DESC, v.start LIMIT ${p(q.limit)} OFFSET ${p(q.offset)}`, params)).rows;
    return {
      total,
      items: rows.map((r) => ({
        article: r.article, id: r.event_id, type: r.type, mode: r.mode, actors: r.actors, recipients: r.recipients, location: r.location,
        date: r.date, trigger: r.trigger, start: r.start, end: r.end, negated: r.negated, future: r.future, confidence: r.confidence, published: r.published,
      })),
    };
  }

  async stories(q: { limit: number; offset: number; from?: string; to?: string }): Promise<Page<StorySummary>> {
    const params: unknown[] = [];
    const p = (v: unknown) => (params.push(v), `$${params.length}`);
    const where: string[] = [];
    if (q.from) where.push(`last >= ${p(q.from)}`);
    if (q.to) where.push(`first <= ${p(q.to)}`);
    const cond = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const grouped = `SELECT story, count(*)::bigint AS size, min(day) AS first, max(day) AS last, array_agg(DISTINCT source) FILTER (WHERE source IS NOT NULL) AS sources FROM articles WHERE story IS NOT NULL GROUP BY story HAVING count(*) > 1`;
    const total = (await this.pool.query(`SELECT count(*)::bigint AS n FROM (${grouped}) g ${cond}`, params)).rows[0].n as number;
    const rows = (await this.pool.query(`SELECT g.*, (SELECT title FROM articles WHERE id = g.story) AS title FROM (${grouped}) g ${cond} ORDER BY size DESC, last DESC LIMIT ${p(q.limit)} OFFSET ${p(q.offset)}`, params)).rows;
    return { total, items: rows.map((r) => ({ id: r.story, size: r.size, first: r.first, last: r.last, title: r.title, sources: r.sources ?? [] })) };
  }

  async story(id: string): Promise<ArticleSummary[] | null> {
    const rows = (await this.pool.query('SELECT id, title, published, source, duplicate_of FROM articles WHERE story = $1 ORDER BY day, seq', [id])).rows;
    return rows.length ? rows.map(articleSummary) : null;
  }

  async *records(batch: number): AsyncIterable<StoredRecord[]> {
    let after = 0;
    for (;;) {
      const rows = (await this.pool.query('SELECT seq, id, title, text, published, source, url FROM articles WHERE seq > $1 ORDER BY seq LIMIT $2', [after, batch])).rows;
      if (!rows.length) return;
      after = rows[rows.length - 1].seq;
      yield rows.map((r) => ({ id: r.id, title: r.title, text: r.text, published: r.published, source: r.source, url: r.url }));
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

