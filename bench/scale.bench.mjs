#!/usr/bin/env node
// Search latency on a real corpus and on one scaled up from it, on both backends, in one report.
// The source is a Rasid SQLite store of SaudiNewsNet. N articles (default 1,000,000) are generated from it, each the
// first part of one real article + the last part of another (keys cut at the same token), and written straight
// into a store of the real schema (no analysis: this measures the full-text index, ranking and snippets, not the
// extractors). The generator is seeded, so both backends get the same N articles; the same queries (words across
// frequencies, two-word ANDs, phrases, from the source texts; their own seed) run on every corpus.
//   npm run build && node bench/scale.bench.mjs --from snn.db [--to /tmp/rasid-scaled.db] [--n 1000000]
//        [--db postgres://user:pw@host/dbname] [--backends sqlite,postgres] [--queries 300] [--source-only] [--build-only]
//   node bench/scale.bench.mjs --from snn.db --db postgres://… --writes 300     (the store's write cost per article)
// With --db, the PostgreSQL corpora live in two schemas of that database: `snn` (the source articles) and
// `scaled_N`; each is created by the store's own migrations, then bulk-loaded (multi-row INSERTs from arrays,
// the GIN and postings indexes dropped during the load and rebuilt from the migrations' own definitions).
// Existing corpora are reused (the generator is deterministic); --rebuild drops and rebuilds them.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const root = new URL('..', import.meta.url).pathname;
const { values } = parseArgs({
  options: {
    from: { type: 'string' }, to: { type: 'string' }, n: { type: 'string' }, queries: { type: 'string' },
    db: { type: 'string' }, backends: { type: 'string' }, rebuild: { type: 'boolean' }, 'build-only': { type: 'boolean' }, 'source-only': { type: 'boolean' }, writes: { type: 'string' },
  },
});
const from = values.from ?? join(root, 'data', 'bench-snn.db');
if (!existsSync(from)) {
  console.log(`scale bench skipped: ${from} absent (build it with bench/search.bench.mjs or rasid ingest)`);
  process.exit(0);
}
const to = values.to ?? '/tmp/rasid-scaled.db';
const N = Number(values.n ?? 1_000_000);
const pgUrl = values.db ?? process.env.RASID_BENCH_PG ?? null;
const backends = (values.backends ?? (pgUrl ? 'sqlite,postgres' : 'sqlite')).split(',');
if (backends.includes('postgres') && !pgUrl) {
  console.error('scale bench: --backends postgres needs --db postgres://…');
  process.exit(2);
}
const Database = (await import('better-sqlite3')).default;
const { openStore } = await import(join(root, 'dist/store/open.js'));
const { searchArticles } = await import(join(root, 'dist/search/search.js'));
const { defaultResources } = await import(join(root, 'dist/node/resources.js'));
const { tokenize } = await import(join(root, 'dist/text/analyzer.js'));
const { indexKey, isIndexed } = await import(join(root, 'dist/search/compile.js'));
const { tsvectorLiteral, termFrequencies } = await import(join(root, 'dist/store/postgres.js'));
const res = defaultResources();

// --writes N: the store's write cost instead: the first N source articles analysed once, then stored in batches
// of 100 into a fresh SQLite store, a fresh PostgreSQL schema (putBatch), and another one article by article
// (the path PostgreSQL batches took before: about ten statements per article)
if (values.writes) {
  const { admit, prepare } = await import(join(root, 'dist/store/prepare.js'));
  const pg = (await import('pg')).default;
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const db = new Database(from, { readonly: true });
  const rows = db.prepare('SELECT id, text, published, source FROM articles ORDER BY seq LIMIT ?').all(Number(values.writes));
  db.close();
  let t = Date.now();
  const items = rows.map((r) => prepare(admit({ kind: 'record', record: { id: r.id, text: r.text, published: r.published, source: r.source } }), res));
  console.error(`${items.length} articles analysed in ${Date.now() - t} ms`);
  const fresh = async (schema) => {
    const c = new pg.Client({ connectionString: pgUrl });
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await c.query(`CREATE SCHEMA ${schema}`);
    await c.end();
    return openStore(schemaUrl(schema));
  };
  const cpu = () => ((u) => (u.user + u.system) / 1000)(process.cpuUsage());
  const out = ['| store | articles | wall ms per article | client CPU ms per article |', '|---|---|---|---|'];
  const systems = [['SQLite, putBatch', () => openStore(join(mkdtempSync(join(tmpdir(), 'rasid-writes-')), 'w.db')), (s, b) => s.putBatch(b)]];
  if (pgUrl) {
    systems.push(['PostgreSQL, putBatch (multi-row statements)', () => fresh('writes_batched'), (s, b) => s.putBatch(b)]);
    // the article-by-article path, through the store's private methods (bench only)
    systems.push(['PostgreSQL, article by article', () => fresh('writes_one'), (s, b) => s.tx(async (c) => {
      await c.query('SELECT pg_advisory_xact_lock(727101)');
      for (const p of b) await s.putOne(c, p);
    })]);
  }
  for (const [name, open, put] of systems) {
    const store = await open();
    t = Date.now();
    const c0 = cpu();
    for (let i = 0; i < items.length; i += 100) await put(store, items.slice(i, i + 100));
    const ms = Date.now() - t;
    out.push(`| ${name} | ${(await store.stats()).articles} | ${(ms / items.length).toFixed(1)} | ${((cpu() - c0) / items.length).toFixed(1)} |`);
    await store.close();
  }
  console.log(`## Store writes, batches of 100 (load average ${(await import('node:os')).loadavg()[0].toFixed(1)})\n\n${out.join('\n')}`);
  process.exit(0);
}

const src = new Database(from, { readonly: true });
const docs = src.prepare('SELECT id, hash, title, text, published, day, source, url, analysis, n_terms FROM articles ORDER BY seq').all();
src.close();
console.error(`${docs.length} source articles; analysing their keys…`);
// per source article: its index keys and the offsets of their words (compact: millions of token objects
// would make every garbage collection of the generator slow); the queries' words are drawn first
const keysOf = [];
const startsOf = [];
const endsOf = [];
const queryWords = [];
for (const d of docs) {
  const t = tokenize(d.text, res).filter(isIndexed);
  keysOf.push(t.map(indexKey));
  startsOf.push(Int32Array.from(t, (x) => x.start));
  endsOf.push(Int32Array.from(t, (x) => x.end));
  queryWords.push(t.filter((x) => x.kind === 'word' && x.text.length >= 4).map((x) => x.text));
}

const seeded = (seed) => () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0), seed / 2 ** 32);
const SYNTHETIC = '{"schema":"rasid.analysis/1","synthetic":true}';

/** The source articles as stored rows (seq from 1), with their index keys. */
function* sourceArticles() {
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i];
    yield { seq: i + 1, id: d.id, hash: d.hash, title: d.title, text: d.text, published: d.published, day: d.day, source: d.source, url: d.url, analysis: d.analysis, terms: keysOf[i] };
  }
}

/** The N generated articles (seq from 1), the same on every call. */
function* scaledArticles() {
  const rnd = seeded(7);
  for (let k = 0; k < N; k++) {
    const a = Math.floor(rnd() * docs.length);
    const b = Math.floor(rnd() * docs.length);
    const na = keysOf[a].length;
    const nb = keysOf[b].length;
    const ka = Math.max(1, Math.floor(na * (0.3 + 0.4 * rnd())));
    const kb = Math.floor(nb * (0.3 + 0.4 * rnd()));
    const cutA = ka - 1 < na ? endsOf[a][ka - 1] : docs[a].text.length;
    const cutB = kb < nb ? startsOf[b][kb] : docs[b].text.length;
    const text = docs[a].text.slice(0, cutA) + '\n\n' + docs[b].text.slice(cutB);
    const terms = keysOf[a].slice(0, ka).concat(keysOf[b].slice(kb));
    const id = `s${k}`;
    yield { seq: k + 1, id, hash: id, title: docs[a].title, text, published: docs[a].published, day: docs[a].day, source: docs[a].source, url: null, analysis: SYNTHETIC, terms };
  }
}

const elapsed = (t0) => `${((Date.now() - t0) / 1000).toFixed(0)} s`;

async function buildSqlite(path) {
  if (values.rebuild) for (const f of [path, `${path}-wal`, `${path}-shm`]) rmSync(f, { force: true });
  if (existsSync(path)) {
    const db = new Database(path, { readonly: true });
    const n = db.prepare('SELECT count(*) AS n FROM articles').get().n;
    db.close();
    if (n === N) return;
    console.error(`${path} holds ${n} articles, not ${N} (an interrupted build): rebuilding it`);
    for (const f of [path, `${path}-wal`, `${path}-shm`]) rmSync(f, { force: true });
  }
  const t0 = Date.now();
  const store = await openStore(path); // creates the schema
  await store.close();
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const insA = db.prepare(`INSERT INTO articles (seq, id, hash, title, text, published, day, source, url, ingested_at, analyzed_at, analysis, n_terms, story)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insF = db.prepare('INSERT INTO article_fts (rowid, terms) VALUES (?, ?)');
  const now = new Date().toISOString();
  const write = db.transaction((batch) => {
    for (const a of batch) {
      insA.run(a.seq, a.id, a.hash, a.title, a.text, a.published, a.day, a.source, a.url, now, now, a.analysis, a.terms.length, a.id);
      insF.run(a.seq, a.terms.join(' '));
    }
  });
  let batch = [];
  for (const a of scaledArticles()) {
    batch.push(a);
    if (batch.length === 10_000) {
      write(batch);
      batch = [];
      if (a.seq % 100_000 === 0) console.error(`  sqlite ${a.seq} / ${N} (${elapsed(t0)})`);
    }
  }
  write(batch);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  console.error(`sqlite: built ${N} articles in ${elapsed(t0)}`);
}

/** The store URL of one schema of the bench database. */
function schemaUrl(schema) {
  const u = new URL(pgUrl);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

/** The definitions of the indexes a bulk load drops (full text, postings), read from a scratch schema the migrations create. */
async function loadIndexDefinitions(pg, schema) {
  const scratch = `${schema}_defs`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`DROP SCHEMA IF EXISTS ${scratch} CASCADE`);
  await admin.query(`CREATE SCHEMA ${scratch}`);
  await (await openStore(schemaUrl(scratch))).close();
  const indexes = (await admin.query(`SELECT indexname AS name, indexdef AS def FROM pg_indexes WHERE schemaname = $1 AND indexname IN ('articles_tsv', 'postings_seq', 'postings_pkey')`, [scratch])).rows;
  const fks = (await admin.query(`SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = $1::regclass AND contype = 'f'`, [`${scratch}.postings`])).rows;
  await admin.query(`DROP SCHEMA ${scratch} CASCADE`);
  await admin.end();
  const here = (d) => d.replaceAll(`${scratch}.`, `${schema}.`);
  return { indexes: indexes.map((i) => ({ name: i.name, def: here(i.def) })), fks: fks.map((f) => ({ name: f.name, def: here(f.def) })) };
}

async function buildPostgres(schema, articles, count) {
  const pg = (await import('pg')).default;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  if (values.rebuild) await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  const exists = (await admin.query('SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = $2', [schema, 'articles'])).rowCount;
  const defs = await loadIndexDefinitions(pg, schema);
  // the indexes (i:name) and constraints (c:name) the schema holds
  const present = async () =>
    new Set((await admin.query(`SELECT 'i:' || indexname AS n FROM pg_indexes WHERE schemaname = $1 UNION SELECT 'c:' || conname FROM pg_constraint WHERE connamespace = $1::regnamespace`, [schema])).rows.map((r) => r.n));
  const complete = (have) => [...defs.indexes.map((d) => `i:${d.name}`), 'c:postings_pkey', ...defs.fks.map((d) => `c:${d.name}`)].every((n) => have.has(n));
  let load = true;
  if (exists) {
    const n = (await admin.query(`SELECT count(*)::int AS n FROM ${schema}.articles`)).rows[0].n;
    const have = await present();
    if (n === count && complete(have)) return void (await admin.end());
    if (n === count) load = false; // every batch committed (articles and postings together): only the indexes are missing
    else {
      console.error(`schema ${schema} holds ${n} articles, not ${count} (an interrupted build): rebuilding it`);
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    }
  }
  const t0 = Date.now();
  const pool = new pg.Pool({ connectionString: schemaUrl(schema), max: 3 });
  if (load) {
    await admin.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await (await openStore(schemaUrl(schema))).close(); // the store's own migrations create the tables
    // the full-text and postings indexes are dropped during the load and rebuilt afterwards (a bulk load's usual
    // order: far faster than maintaining them row by row)
    for (const f of defs.fks) await pool.query(`ALTER TABLE postings DROP CONSTRAINT ${f.name}`);
    await pool.query('ALTER TABLE postings DROP CONSTRAINT postings_pkey');
    await pool.query('DROP INDEX articles_tsv, postings_seq');
    const flush = async (batch) => {
      const col = (f) => batch.map(f);
      const keys = [], seqs = [], tfs = [], lens = [];
      for (const a of batch) {
        const p = termFrequencies(a.terms);
        for (let i = 0; i < p.keys.length; i++) (keys.push(p.keys[i]), seqs.push(a.seq), tfs.push(p.tfs[i]), lens.push(a.terms.length));
      }
      const c = await pool.connect();
      try {
        // a batch's articles and postings commit together
        await c.query('BEGIN');
        await c.query(
          `INSERT INTO articles (seq, id, hash, title, text, published, day, source, url, analysis, n_terms, story, tsv)
           SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::jsonb[], $11::int[], $12::text[], $13::tsvector[])`,
          [col((a) => a.seq), col((a) => a.id), col((a) => a.hash), col((a) => a.title), col((a) => a.text), col((a) => a.published), col((a) => a.day),
            col((a) => a.source), col((a) => a.url), col((a) => a.analysis), col((a) => a.terms.length), col((a) => a.id), col((a) => tsvectorLiteral(a.terms))],
        );
        await c.query('INSERT INTO postings (key, seq, tf, len) SELECT * FROM unnest($1::text[], $2::bigint[], $3::int[], $4::int[])', [keys, seqs, tfs, lens]);
        await c.query('COMMIT');
      } finally {
        c.release();
      }
    };
    // two batches in flight: the generator (this thread) and the server overlap
    const inflight = new Set();
    let batch = [];
    for (const a of articles()) {
      batch.push(a);
      if (batch.length === 1000) {
        const p = flush(batch).finally(() => inflight.delete(p));
        inflight.add(p);
        batch = [];
        if (inflight.size >= 2) await Promise.race(inflight);
        if (a.seq % 100_000 === 0) console.error(`  postgres ${schema} ${a.seq} / ${count} (${elapsed(t0)})`);
      }
    }
    if (batch.length) await flush(batch);
    await Promise.all(inflight);
    console.error(`  postgres ${schema}: rows loaded (${elapsed(t0)}); building the indexes…`);
  }
  // the three indexes in parallel sessions; then the primary key from its index, the foreign key, and VACUUM
  // (the visibility map that index-only scans need) and ANALYZE
  await pool.query(`SELECT setval(pg_get_serial_sequence('articles', 'seq'), (SELECT max(seq) FROM articles))`);
  const have = await present();
  const build = async (sql) => {
    const c = await pool.connect();
    try {
      await c.query("SET maintenance_work_mem = '1GB'");
      await c.query(sql);
    } finally {
      c.release();
    }
  };
  await Promise.all(defs.indexes.filter((i) => !have.has(`i:${i.name}`)).map((i) => build(i.def)));
  if (!have.has('c:postings_pkey')) await pool.query('ALTER TABLE postings ADD CONSTRAINT postings_pkey PRIMARY KEY USING INDEX postings_pkey');
  for (const f of defs.fks) if (!have.has(`c:${f.name}`)) await pool.query(`ALTER TABLE postings ADD CONSTRAINT ${f.name} ${f.def}`);
  await Promise.all([pool.query('VACUUM ANALYZE articles'), pool.query('VACUUM ANALYZE postings')]);
  await pool.end();
  await admin.end();
  console.error(`postgres ${schema}: built ${count} articles in ${elapsed(t0)}`);
}

// queries: single words across frequencies, two-word ANDs, phrases (taken from the source texts)
const nq = Number(values.queries ?? 300);
const queries = [];
const qrnd = seeded(11);
for (let i = 0; queries.length < nq; i++) {
  const d = queryWords[Math.floor(qrnd() * queryWords.length)];
  if (d.length < 3) continue;
  const j = Math.floor(qrnd() * (d.length - 2));
  const kind = i % 3;
  queries.push(kind === 0 ? d[j] : kind === 1 ? `${d[j]} ${d[j + 2]}` : `"${d[j]} ${d[j + 1]}"`);
}
queryWords.length = 0;

const corpora = [];
// --source-only: the source corpus alone on each backend (no scaled corpus built or measured)
const scaled = !values['source-only'];
if (backends.includes('sqlite')) {
  corpora.push(['SQLite', 'SaudiNewsNet', from]);
  if (scaled) await buildSqlite(to), corpora.push(['SQLite', `scaled ×${Math.round(N / docs.length)}`, to]);
}
if (backends.includes('postgres')) {
  await buildPostgres('snn', sourceArticles, docs.length);
  for (const d of docs) d.analysis = null; // only the source articles carry theirs
  corpora.push(['PostgreSQL', 'SaudiNewsNet', schemaUrl('snn')]);
  if (scaled) await buildPostgres(`scaled_${N}`, scaledArticles, N), corpora.push(['PostgreSQL', `scaled ×${Math.round(N / docs.length)}`, schemaUrl(`scaled_${N}`)]);
}

if (values['build-only']) process.exit(0);

const pct = (a, p) => [...a].sort((x, y) => x - y)[Math.min(a.length - 1, Math.floor((p / 100) * a.length))];
const kinds = ['word', 'AND', 'phrase'];
const lines = ['| backend | corpus | articles | queries | p50 ms | p95 ms | max ms | p95 word / AND / phrase | mean hits |', '|---|---|---|---|---|---|---|---|---|'];
const warm = Math.min(30, queries.length);
// every query runs on every corpus in turn (interleaved), so that a change in the machine's load during the run
// weighs on all corpora alike
const runs = [];
for (const [backend, name, path] of corpora) {
  const store = await openStore(path);
  // a warm-up pass over the first queries (not counted): caches and the backend's connection pool
  for (const q of queries.slice(0, warm)) await searchArticles(store, q, { limit: 10 }, res);
  runs.push({ backend, name, store, n: (await store.stats()).articles, times: [], hits: 0, slow: [] });
}
for (const q of queries)
  for (const r of runs) {
    const t = process.hrtime.bigint();
    const found = await searchArticles(r.store, q, { limit: 10 }, res);
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    r.times.push(ms);
    r.slow.push([ms, q, found.total]);
    r.hits += found.total;
  }
for (const r of runs) {
  await r.store.close();
  const byKind = kinds.map((_, k) => pct(r.times.filter((_, i) => i % 3 === k), 95).toFixed(0)).join(' / ');
  lines.push(`| ${r.backend} | ${r.name} | ${r.n} | ${queries.length} | ${pct(r.times, 50).toFixed(1)} | ${pct(r.times, 95).toFixed(1)} | ${Math.max(...r.times).toFixed(0)} | ${byKind} | ${(r.hits / queries.length).toFixed(0)} |`);
  console.error(`${r.backend} ${r.name}: slowest ${r.slow.sort((a, b) => b[0] - a[0]).slice(0, 5).map(([ms, q, t]) => `${q} (${ms.toFixed(0)} ms, ${t} hits)`).join('; ')}`);
}
const load = (await import('node:os')).loadavg()[0].toFixed(1);
console.log(`## Search latency (top 10 with snippets and total count; ${queries.length} queries: words, two-word AND, phrases; ${warm} warm-up queries first; the corpora interleaved; load average ${load} at the end)\n`);
console.log(lines.join('\n'));
