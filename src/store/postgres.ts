/**
 * The PostgreSQL backend (`pg`). Full text: a tsvector built directly from the analyser's keys with
 * their positions (no PostgreSQL dictionary or parser touches the words), a GIN index, and BM25 ranking
 * computed in SQL from term frequencies, document lengths and document frequencies, as FTS5 does.
 */
import { articleSummary, entityInfo } from './results.js';
import pg from 'pg';
import type { Analysis } from '../analysis.js';
import type { KeyNode } from '../search/compile.js';
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
/** At most this many near-duplicate candidates per LSH bucket and per article. */
const CANDIDATES = 500;

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

/**
 * The URL with the store's session defaults put before the server options it may carry (which therefore win):
 * - `jit=off`: JIT compilation costs 20–100 ms per statement once a plan's estimated cost is high (large
 *   corpora), more than these index-driven statements take;
 * - `work_mem=64MB`: with the default 4 MB, the bitmap of a common phrase's candidates on a million articles
 *   turns lossy and every row of those pages is rechecked (a phrase query took twice as long).
 */
export function withSessionDefaults(url: string): string {
  try {
    const u = new URL(url);
    const o = u.searchParams.get('options');
    u.searchParams.set('options', `-c jit=off -c work_mem=64MB${o ? ` ${o}` : ''}`);
    return u.toString();
  } catch {
    return url; // a form URL cannot parse (pg reads it its own way): the server's settings stay
  }
}

/** An upper bound on the articles a query tree matches, from its keys' document frequencies. */
export function maxMatches(t: KeyNode, df: Map<string, number>): number {
  switch (t.t) {
    case 'key':
      return df.get(`${t.prefix ? '*' : '='}${t.key}`) ?? Infinity;
    case 'phrase':
      return Math.min(...t.keys.map((k) => df.get(`=${k}`) ?? Infinity));
    case 'or':
      return t.c.reduce((a, c) => a + maxMatches(c, df), 0);
    case 'and':
      return Math.min(...t.pos.map((c) => maxMatches(c, df)));
  }
}

export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;
  private pool: pg.Pool;
  private corpusStats: { at: number; n: number; avgdl: number } | null = null;

  private constructor(readonly url: string) {
    this.pool = new pg.Pool({ connectionString: withSessionDefaults(url), max: 4 });
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
       WHERE l.kind = $1 AND l.key = ANY($2::int[]) LIMIT ${CANDIDATES}`,
      [kind, keys],
    );
    return r.rows.map((x) => ({ id: x.id, day: x.day, duplicateOf: x.duplicate_of, story: x.story, copySig: x.copy_sig, topicSig: x.topic_sig }));
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
      // an id twice in one batch (a record replaced within the batch) takes the article-by-article path
      if (new Set(items.map((p) => p.id)).size < items.length) {
        const results: PutResult[] = [];
        for (const p of items) results.push(await this.putOne(c, p));
        return results;
      }
      return this.putMany(c, items);
    });
    this.corpusStats = null;
    return out;
  }

  /**
   * A batch in a dozen statements whatever its size (not ten per article): the stored hashes, the replaced
   * ids and the LSH candidates are read at once, near-duplicates and stories are assigned in order (each
   * article also sees the batch's earlier ones, as if stored one by one), then every table gets one
   * multi-row INSERT. Same outcomes as putOne, article by article.
   */
  private async putMany(c: pg.PoolClient, items: PreparedArticle[]): Promise<PutResult[]> {
    const stored = new Set((await c.query('SELECT hash FROM articles WHERE hash = ANY($1::text[])', [items.map((p) => p.hash)])).rows.map((r) => r.hash as string));
    const seen = new Set<string>();
    const fresh = items.filter((p) => !stored.has(p.hash) && !seen.has(p.hash) && seen.add(p.hash));
    const replaced = new Set(
      fresh.length ? (await c.query('DELETE FROM articles WHERE id = ANY($1::text[]) RETURNING id', [fresh.map((p) => p.id)])).rows.map((r) => r.id as string) : [],
    );
    // candidates: up to CANDIDATES articles per LSH bucket, then up to CANDIDATES per article over its buckets
    const bucket = (kind: number, key: number) => `${kind}:${key}`;
    const kinds: number[] = [];
    const keys: number[] = [];
    const wanted = new Set<string>();
    for (const p of fresh)
      for (const [kind, bands] of [[0, p.copyBands], [1, p.topicBands]] as const)
        for (const key of bands) if (!wanted.has(bucket(kind, key))) (wanted.add(bucket(kind, key)), kinds.push(kind), keys.push(key));
    const members = new Map<string, number[]>();
    if (kinds.length) {
      const r = await c.query(
        `SELECT b.kind, b.key, x.seq FROM unnest($1::smallint[], $2::int[]) AS b(kind, key)
         CROSS JOIN LATERAL (SELECT l.seq FROM lsh l WHERE l.kind = b.kind AND l.key = b.key LIMIT ${CANDIDATES}) x`,
        [kinds, keys],
      );
      for (const x of r.rows) {
        const k = bucket(x.kind, x.key);
        const m = members.get(k);
        if (m) m.push(x.seq);
        else members.set(k, [x.seq]);
      }
    }
    const perArticle = (p: PreparedArticle, kind: number): number[] => {
      const seqs = new Set<number>();
      for (const key of kind ? p.topicBands : p.copyBands) for (const s of members.get(bucket(kind, key)) ?? []) if (seqs.size < CANDIDATES) seqs.add(s);
      return [...seqs];
    };
    const need = new Set<number>();
    for (const p of fresh) for (const kind of [0, 1]) for (const s of perArticle(p, kind)) need.add(s);
    const bySeq = new Map<number, Candidate>();
    if (need.size) {
      const r = await c.query('SELECT seq, id, day, duplicate_of, story, copy_sig, topic_sig FROM articles WHERE seq = ANY($1::bigint[])', [[...need]]);
      for (const x of r.rows) bySeq.set(x.seq, { id: x.id, day: x.day, duplicateOf: x.duplicate_of, story: x.story, copySig: x.copy_sig, topicSig: x.topic_sig });
    }
    // the batch's earlier articles, by bucket, as later ones in the batch see them
    const batchMembers = new Map<string, Candidate[]>();
    const assigned = fresh.map((p) => {
      const day = dayOf(p.published);
      const cands = (kind: number) => {
        const own = (kind ? p.topicBands : p.copyBands).flatMap((key) => batchMembers.get(bucket(kind, key)) ?? []);
        const all = [...new Set([...own, ...perArticle(p, kind).map((s) => bySeq.get(s)).filter((x): x is Candidate => !!x)])];
        return all.slice(0, CANDIDATES);
      };
      const a = assign({ id: p.id, day, copySig: p.copySig, topicSig: p.topicSig }, cands(0), cands(1));
      const self: Candidate = { id: p.id, day, duplicateOf: a.duplicateOf, story: a.story, copySig: signatureToBytes(p.copySig), topicSig: signatureToBytes(p.topicSig) };
      for (const [kind, bands] of [[0, p.copyBands], [1, p.topicBands]] as const)
        for (const key of bands) {
          const k = bucket(kind, key);
          const m = batchMembers.get(k);
          if (m) m.push(self);
          else batchMembers.set(k, [self]);
        }
      return { p, day, a, self };
    });
    const seqOf = new Map<string, number>();
    if (assigned.length) {
      const col = <T>(f: (x: (typeof assigned)[number]) => T) => assigned.map(f);
      const r = await c.query(
        `INSERT INTO articles (id, hash, title, text, published, day, source, url, analysis, n_terms, duplicate_of, story, copy_sig, topic_sig, tsv)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::jsonb[], $10::int[],
                              $11::text[], $12::text[], $13::bytea[], $14::bytea[], $15::tsvector[])
         RETURNING seq, id`,
        [col((x) => x.p.id), col((x) => x.p.hash), col((x) => x.p.title), col((x) => x.p.text), col((x) => x.p.published), col((x) => x.day), col((x) => x.p.source),
          col((x) => x.p.url), col((x) => JSON.stringify(x.p.analysis)), col((x) => x.p.terms.length), col((x) => x.a.duplicateOf), col((x) => x.a.story),
          col((x) => Buffer.from(x.self.copySig!)), col((x) => Buffer.from(x.self.topicSig!)), col((x) => tsvectorLiteral(x.p.terms))],
      );
      for (const x of r.rows) seqOf.set(x.id, x.seq);
      await this.writeDerivedMany(c, assigned.map((x) => ({ seq: seqOf.get(x.p.id)!, p: x.p })));
      const lk: number[] = [];
      const lkey: number[] = [];
      const ls: number[] = [];
      for (const { p } of assigned)
        for (const [kind, bands] of [[0, p.copyBands], [1, p.topicBands]] as const) for (const key of bands) (lk.push(kind), lkey.push(key), ls.push(seqOf.get(p.id)!));
      if (lk.length) await c.query('INSERT INTO lsh (kind, key, seq) SELECT * FROM unnest($1::smallint[], $2::int[], $3::bigint[]) ON CONFLICT DO NOTHING', [lk, lkey, ls]);
    }
    const byId = new Map(assigned.map((x) => [x.p.id, x.a]));
    const firstOfHash = new Set(fresh);
    return items.map((p) => {
      const a = firstOfHash.has(p) ? byId.get(p.id) : undefined;
      return a ? { id: p.id, outcome: replaced.has(p.id) ? 'updated' : 'added', duplicateOf: a.duplicateOf, story: a.story } : { id: p.id, outcome: 'duplicate', duplicateOf: null, story: null };
    });
  }

  /** The rows an analysis yields (entities, times, quotes, events) and the postings, for many articles: one INSERT per table. */
  private async writeDerivedMany(c: pg.PoolClient, items: { seq: number; p: PreparedArticle }[]): Promise<void> {
    const entities: unknown[] = [];
    const times: unknown[] = [];
    const quotes: unknown[] = [];
    const events: unknown[] = [];
    const pk: string[] = [];
    const ps: number[] = [];
    const ptf: number[] = [];
    const plen: number[] = [];
    for (const { seq, p } of items) {
      const r = rowsOf(p.analysis);
      for (const x of r.entities) entities.push({ seq, key: x.key, type: x.type, name: x.name, name_key: x.nameKey, name_en: x.nameEn, kb: x.kb, country: x.country, mentions: x.mentions });
      for (const x of r.times) times.push({ seq, type: x.type, value: x.value, text: x.text, start: x.start, end: x.end });
      for (const x of r.quotes) quotes.push({ seq, text: x.text, start: x.start, end: x.end, direct: x.direct, speaker: x.speaker, speaker_name: x.speakerName });
      for (const x of r.events)
        events.push({ seq, event_id: x.eventId, type: x.type, mode: x.mode, actors: x.actors, recipients: x.recipients, location: x.location, date: x.date,
          trigger: x.trigger, start: x.start, end: x.end, negated: x.negated, future: x.future, confidence: x.confidence });
      const { keys, tfs } = termFrequencies(p.terms);
      for (let i = 0; i < keys.length; i++) (pk.push(keys[i]!), ps.push(seq), ptf.push(tfs[i]!), plen.push(p.terms.length));
    }
    // jsonb_to_recordset turns JSON arrays into the text[] columns of events
    const insert = (table: string, cols: string, rows: unknown[]) =>
      rows.length ? c.query(`INSERT INTO ${table} (${cols.replace(/ [a-z\[\]]+(,|$)/g, '$1')}) SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(${cols})`, [JSON.stringify(rows)]) : null;
    await insert('entities', 'seq bigint, key text, type text, name text, name_key text, name_en text, kb text, country text, mentions int', entities);
    await insert('times', 'seq bigint, type text, value text, text text, start int, "end" int', times);
    await insert('quotes', 'seq bigint, text text, start int, "end" int, direct boolean, speaker text, speaker_name text', quotes);
    await insert('events', 'seq bigint, event_id text, type text, mode text, actors text[], recipients text[], location text, date text, trigger text, start int, "end" int, negated boolean, future boolean, confidence real', events);
    if (pk.length) await c.query('INSERT INTO postings (key, seq, tf, len) SELECT * FROM unnest($1::text[], $2::bigint[], $3::int[], $4::int[])', [pk, ps, ptf, plen]);
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
    await this.writeDerivedMany(c, [{ seq, p }]);
    await c.query('INSERT INTO lsh (kind, key, seq) SELECT k, key, $1 FROM unnest($2::smallint[], $3::int[]) AS t(k, key) ON CONFLICT DO NOTHING', [
      seq, [...p.copyBands.map(() => 0), ...p.topicBands.map(() => 1)], [...p.copyBands, ...p.topicBands],
    ]);
    return { id: p.id, outcome: old.rowCount ? 'updated' : 'added', duplicateOf: a.duplicateOf, story: a.story };
  }

  async replaceAnalyses(items: PreparedArticle[]): Promise<void> {
    // the last analysis of an id wins, as if replaced one by one
    const byId = new Map(items.map((p) => [p.id, p]));
    const latest = [...byId.values()];
    if (!latest.length) return;
    await this.tx(async (c) => {
      const r = await c.query(
        `UPDATE articles a SET analysis = x.analysis, analyzed_at = now(), n_terms = x.n, tsv = x.tsv
         FROM unnest($1::text[], $2::jsonb[], $3::int[], $4::tsvector[]) AS x(id, analysis, n, tsv) WHERE a.id = x.id RETURNING a.seq, a.id`,
        [latest.map((p) => p.id), latest.map((p) => JSON.stringify(p.analysis)), latest.map((p) => p.terms.length), latest.map((p) => tsvectorLiteral(p.terms))],
      );
      const seqs = r.rows.map((x) => x.seq as number);
      for (const t of ['entities', 'times', 'quotes', 'events', 'postings']) await c.query(`DELETE FROM ${t} WHERE seq = ANY($1::bigint[])`, [seqs]);
      await this.writeDerivedMany(c, r.rows.map((x) => ({ seq: x.seq as number, p: byId.get(x.id)! })));
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

  /**
   * One page of BM25-ranked matches and their total, in one statement. BM25 (k1 ${K1}, b ${B}) is summed over the
   * postings of the query's positive keys (a prefix covers every key it starts), read from the covering index
   * (key, seq) INCLUDE (tf, len). Keys alone (one, any, or all of them) are decided by the postings without reading
   * a tsvector; anything else (phrases, NOT) first takes the articles the tsquery matches (GIN index) and scores
   * only those. Filters apply before the page is cut; the article rows are read for the page only.
   */
  private async ranked(plan: SearchPlan): Promise<{ total: number; rows: Row[] }> {
    const q = plan.query;
    const t = q.tree!;
    const params: unknown[] = [];
    const p = (v: unknown) => (params.push(v), `$${params.length}`);
    const { n, avgdl } = await this.corpus();
    // document frequencies from the postings index (a prefix covers every key it starts)
    // (all of them in one round trip)
    const dfs = (
      await this.pool.query(
        `SELECT CASE WHEN k.prefix THEN (SELECT count(DISTINCT seq) FROM postings WHERE key >= k.key AND key < k.key || chr(1114111))
                     ELSE (SELECT count(*) FROM postings WHERE key = k.key) END::bigint AS n
         FROM unnest($1::text[], $2::bool[]) WITH ORDINALITY AS k(key, prefix, i) ORDER BY k.i`,
        [q.positives.map((x) => x.key), q.positives.map((x) => x.prefix)],
      )
    ).rows.map((r) => r.n as number);
    const dfOf = new Map(q.positives.map((x, i) => [`${x.prefix ? '*' : '='}${x.key}`, dfs[i]!]));
    const idf = dfs.map((df) => Math.log(1 + (n - df + 0.5) / (df + 0.5)));
    const keysOnly = t.t === 'key' || (t.t === 'or' && t.c.every((x) => x.t === 'key')) || (t.t === 'and' && !t.neg.length && t.pos.every((x) => x.t === 'key'));
    const kp = p(q.positives.map((x) => x.key));
    const pp = p(q.positives.map((x) => x.prefix));
    const ip = p(idf);
    // in float8 (numeric arithmetic, PostgreSQL's default for these literals, costs ~1 µs a posting)
    const w = `t.idf * (po.tf::float8 * ${K1 + 1}) / (po.tf::float8 + ${K1} * (1 - ${B} + ${B} * po.len::float8 / ${avgdl}))`;
    // one arm for exact keys, one for prefixes: each an index range on postings' key
    const arms: string[] = [];
    if (q.positives.some((x) => !x.prefix)) arms.push(`SELECT po.seq, t.i, ${w} AS w FROM t JOIN postings po ON po.key = t.key WHERE NOT t.prefix`);
    if (q.positives.some((x) => x.prefix)) arms.push(`SELECT po.seq, t.i, ${w} AS w FROM t JOIN postings po ON po.key >= t.key AND po.key < t.key || chr(1114111) WHERE t.prefix`);
    const postings = arms.join(' UNION ALL ');
    const filters = filterConditions(q.filters, p, plan.collapse);
    let scored: string;
    if (keysOnly) {
      // an AND of keys: the articles that hold every one of them
      const exact = !q.positives.some((x) => x.prefix);
      const having = t.t === 'and' ? `HAVING count(${exact ? '*' : 'DISTINCT x.i'}) = ${q.positives.length}` : '';
      let s: string;
      if (q.positives.length === 1 && exact) s = `SELECT x.seq, x.w AS score FROM (${postings}) x`; // one key: one posting per article
      else if (t.t === 'and' && exact && q.positives.length <= 8) {
        // an AND of whole words: their postings lists joined on the article (each comes out of the key index in
        // article order, so the server can merge them) instead of aggregating all of them
        const w = (po: string, i: number) => `${p(idf[i])}::float8 * (${po}.tf::float8 * ${K1 + 1}) / (${po}.tf::float8 + ${K1} * (1 - ${B} + ${B} * ${po}.len::float8 / ${avgdl}))`;
        const ks = q.positives.map((x) => p(x.key));
        s = `SELECT p0.seq, ${ks.map((_, i) => w(`p${i}`, i)).join(' + ')} AS score FROM postings p0 ` +
          ks.slice(1).map((k, j) => `JOIN postings p${j + 1} ON p${j + 1}.key = ${k} AND p${j + 1}.seq = p0.seq`).join(' ') + ` WHERE p0.key = ${ks[0]}`;
      } else s = `SELECT x.seq, sum(x.w) AS score FROM (${postings}) x GROUP BY x.seq ${having}`;
      scored = filters.length ? `SELECT s.seq, s.score FROM (${s}) s JOIN articles a ON a.seq = s.seq WHERE ${filters.join(' AND ')}` : s;
    } else {
      const m = `SELECT a.seq FROM articles a WHERE ${[`a.tsv @@ ${p(q.tsquery)}::tsquery`, ...filters].join(' AND ')}`;
      // few matches against long postings lists (a phrase with a common word): look each match's postings up in
      // the index; otherwise read the keys' postings once and join them to the matches
      const probe = !q.positives.some((x) => x.prefix) && maxMatches(t, dfOf) * q.positives.length * 4 < [...dfOf.values()].reduce((a, b) => a + b, 0);
      scored = probe
        ? `SELECT m.seq, coalesce((SELECT sum(${w}) FROM t JOIN postings po ON po.key = t.key AND po.seq = m.seq), 0) AS score FROM (${m}) m`
        : `SELECT m.seq, coalesce(sum(x.w), 0) AS score FROM (${m}) m LEFT JOIN (${postings}) x ON x.seq = m.seq GROUP BY m.seq`;
    }
    const r = await this.pool.query(
      `WITH t AS (SELECT * FROM unnest(${kp}::text[], ${pp}::bool[], ${ip}::float8[]) WITH ORDINALITY AS t(key, prefix, idf, i)),
       page AS (SELECT r.seq, r.score, count(*) OVER () AS total FROM (${scored}) r ORDER BY r.score DESC, r.seq LIMIT ${p(plan.limit)} OFFSET ${p(plan.offset)})
       SELECT a.id, a.title, a.text, a.published, a.source, a.url, a.duplicate_of, a.story, page.score, page.total
       FROM page JOIN articles a ON a.seq = page.seq ORDER BY page.score DESC, page.seq`,
      params,
    );
    return { total: r.rows.length ? Number(r.rows[0].total) : 0, rows: r.rows };
  }

  async search(plan: SearchPlan): Promise<RawSearch> {
    const params: unknown[] = [];
    const p = (v: unknown) => (params.push(v), `$${params.length}`);
    const q = plan.query;
    const where = filterConditions(q.filters, p, plan.collapse);
    if (q.tree) where.unshift(`a.tsv @@ ${p(q.tsquery)}::tsquery`);
    const cond = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const base = [...params];
    const cols = 'a.id, a.title, a.text, a.published, a.source, a.url, a.duplicate_of, a.story';
    let total: number;
    let rows: Row[];
    if (q.tree && q.positives.length) {
      ({ total, rows } = await this.ranked(plan));
      // a page past the end carries no row to read the total from
      if (!rows.length && plan.offset > 0) total = (await this.pool.query(`SELECT count(*)::bigint AS n FROM articles a ${cond}`, base)).rows[0].n;
    } else {
      total = (await this.pool.query(`SELECT count(*)::bigint AS n FROM articles a ${cond}`, base)).rows[0].n as number;
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

