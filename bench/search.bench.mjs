#!/usr/bin/env node
// Search, side by side in one run on the same articles and queries (SaudiNewsNet from ../shared):
//   - Rasid (the text core's analyser: FTS5 over analysed keys in SQLite; a tsvector of the same keys in PostgreSQL)
//   - SQLite FTS5 with its default tokenizer (unicode61) over the raw text
//   - PostgreSQL's own `arabic` text-search configuration (Snowball stemmer) over the raw text
// Queries: corpus words written another way — bare alef for hamza (أ/إ/آ → ا), ه for ta marbuta, ي for
// alef maqsura, with diacritics, with a proclitic added (و/ب), without the article ال — and the word as written.
// Metrics per variant kind and overall:
//   same@10  = |top10(variant) ∩ top10(word as written)| / |top10(word as written)| on the same system
//              ("a variant finds the same articles")
//   recall@10 = |top10(variant) ∩ R| / min(10, |R|), R = articles containing the word in any spelling and with
//              any proclitic, found by this script's own light normaliser (independent of Rasid's analyser)
// Also Rasid's search latency p50/p95 over all queries on each backend.
//
//   npm run build && node bench/search.bench.mjs [--db data/bench-snn.db] [--articles N] [--targets N]
//   RASID_BENCH_PG=postgres://… adds PostgreSQL (peer `arabic` + Rasid's PostgreSQL backend, built in schema rasid_bench)
// The Rasid SQLite store is built on first use with `rasid ingest` from ../shared/data/saudinewsnet (all 31,030
// articles unless --articles N limits the zips read), so the first run includes a full ingest.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const root = new URL('..', import.meta.url).pathname;
const { values } = parseArgs({ options: { db: { type: 'string' }, articles: { type: 'string' }, targets: { type: 'string' }, json: { type: 'boolean' } } });
const dataDir = join(root, '..', 'shared', 'data', 'saudinewsnet', 'dataset');
if (!existsSync(dataDir)) {
  console.log(`search bench skipped: ${dataDir} absent`);
  process.exit(0);
}
const dbPath = values.db ?? join(root, 'data', 'bench-snn.db');
const nTargets = Number(values.targets ?? 150);

const { openStore } = await import(join(root, 'dist/store/open.js'));
const { searchArticles } = await import(join(root, 'dist/search/search.js'));
const { defaultResources } = await import(join(root, 'dist/node/resources.js'));
const Database = (await import('better-sqlite3')).default;
const res = defaultResources();

if (!existsSync(dbPath)) {
  let zips = readdirSync(dataDir).filter((f) => f.endsWith('.zip')).sort().map((f) => join(dataDir, f));
  if (values.articles) zips = zips.slice(0, Math.max(1, Math.ceil(Number(values.articles) / 700)));
  console.error(`building the Rasid store ${dbPath} from ${zips.length} zips…`);
  const r = spawnSync(process.execPath, [join(root, 'bin/rasid'), 'ingest', ...zips, '--map', 'text=content,published=date_extracted', '--db', dbPath, '--quiet'], { stdio: 'inherit' });
  if (r.status !== 0 && r.status !== 3) process.exit(1);
}

// ---- the corpus, read back from the Rasid store ----
const raw = new Database(dbPath, { readonly: true });
let docs = raw.prepare('SELECT id, text FROM articles ORDER BY seq').all();
if (values.articles) docs = docs.slice(0, Number(values.articles));
raw.close();
console.error(`${docs.length} articles`);

// ---- an independent light normaliser for relevance (not Rasid's code) ----
const DIAC = /[\u064B-\u0652\u0670\u0640]/g;
const light = (w) => w.replace(DIAC, '').replace(/[أإآٱ]/g, 'ا').replace(/ة/g, 'ه').replace(/ى/g, 'ي').replace(/ؤ/g, 'و').replace(/ئ/g, 'ي');
const PROCLITICS = ['وبال', 'وال', 'فال', 'بال', 'كال', 'ولل', 'لل', 'ال', 'و', 'ف', 'ب', 'ل', 'ك'];
function bare(w) {
  const l = light(w);
  for (const p of PROCLITICS) if (l.startsWith(p) && l.length - p.length >= 3) return l.slice(p.length);
  return l;
}
const WORD = /[\u0621-\u064A\u064B-\u0652\u0670\u0640]+/g;
const index = new Map(); // bare form → Set(doc index)
const surfaceDf = new Map(); // surface form (no diacritics) → doc count
docs.forEach((d, i) => {
  const seen = new Set();
  for (const m of d.text.matchAll(WORD)) {
    const w = m[0].replace(DIAC, '');
    if (w.length < 4 || seen.has(w)) continue;
    seen.add(w);
    surfaceDf.set(w, (surfaceDf.get(w) ?? 0) + 1);
    const b = bare(w);
    let s = index.get(b);
    if (!s) index.set(b, (s = new Set()));
    s.add(i);
  }
});

// ---- targets: words with a letter that has spelling variants, in 5–200 articles, spread over frequencies;
// written without a proclitic (or with the article ال only), so that adding one gives a real word ----
const plain = (w) => { const l = light(w); const b = bare(w); return b === l || (l.startsWith('ال') && b === l.slice(2)); };
const candidates = [...surfaceDf]
  .filter(([w, n]) => n >= 5 && n <= 200 && /[أإآةى]/.test(w) && plain(w) && (index.get(bare(w))?.size ?? 0) <= 400)
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const step = Math.max(1, Math.floor(candidates.length / nTargets));
const targets = candidates.filter((_, i) => i % step === 0).slice(0, nTargets).map(([w]) => w);

let nth = 0;
function variants(w) {
  const k = nth++ % 3;
  const out = [['as written', w]];
  if (/[أإآ]/.test(w)) out.push(['hamza', w.replace(/[أإآ]/g, 'ا')]);
  if (/ة/.test(w)) out.push(['ta marbuta', w.replace(/ة/g, 'ه')]);
  if (/ى/.test(w)) out.push(['alef maqsura', w.replace(/ى/g, 'ي')]);
  out.push(['diacritics', [...w].map((c, i) => (i % 2 === 0 && i < w.length - 1 ? c + '\u064E' : c)).join('')]);
  // و+, ب+ or ل+ in turn (ل + ال is written لل)
  const al = w.startsWith('ال');
  out.push(['+ proclitic', k === 0 ? 'و' + w : k === 1 ? 'ب' + w : al ? 'لل' + w.slice(2) : 'ل' + w]);
  if (w.startsWith('ال') && w.length > 5) out.push(['− article ال', w.slice(2)]);
  return out;
}

// ---- systems ----
const systems = [];
const fts = new Database(':memory:');
fts.exec('CREATE VIRTUAL TABLE peer USING fts5(text)');
{
  const ins = fts.prepare('INSERT INTO peer(rowid, text) VALUES (?, ?)');
  fts.transaction(() => docs.forEach((d, i) => ins.run(i + 1, d.text)))();
}
const ftsQ = fts.prepare('SELECT rowid FROM peer WHERE peer MATCH ? ORDER BY bm25(peer) LIMIT 10');
systems.push({ name: 'SQLite FTS5 (default unicode61)', run: async (q) => ftsQ.all(`"${q.replace(/"/g, '""')}"`).map((r) => r.rowid - 1) });

const idOf = new Map(docs.map((d, i) => [d.id, i]));
const rasidSqlite = await openStore(dbPath);
// with --articles the store holds more than the compared articles: take the best 10 among them from a longer
// list (the order is the store's), and leave the latency out (it would be for 200 hits)
const subset = (await rasidSqlite.stats()).articles > docs.length;
const lat = { 'Rasid (SQLite)': [] };
systems.unshift({
  name: 'Rasid (SQLite)',
  run: async (q) => {
    const t = process.hrtime.bigint();
    const r = await searchArticles(rasidSqlite, q, { limit: subset ? 200 : 10 }, res);
    if (!subset) lat['Rasid (SQLite)'].push(Number(process.hrtime.bigint() - t) / 1e6);
    return r.hits.map((h) => idOf.get(h.id)).filter((x) => x != null).slice(0, 10);
  },
});

let pgClient = null;
let rasidPg = null;
const pgUrl = process.env.RASID_BENCH_PG;
if (pgUrl) {
  const pg = (await import('pg')).default;
  pgClient = new pg.Client({ connectionString: pgUrl });
  await pgClient.connect();
  await pgClient.query('CREATE SCHEMA IF NOT EXISTS rasid_bench');
  await pgClient.query('CREATE TABLE IF NOT EXISTS rasid_bench.peer (i INTEGER PRIMARY KEY, tsv TSVECTOR)');
  const have = (await pgClient.query('SELECT count(*)::int AS n FROM rasid_bench.peer')).rows[0].n;
  if (have !== docs.length) {
    console.error('building the PostgreSQL `arabic` peer…');
    await pgClient.query('TRUNCATE rasid_bench.peer');
    for (let i = 0; i < docs.length; i += 500) {
      const chunk = docs.slice(i, i + 500);
      await pgClient.query("INSERT INTO rasid_bench.peer SELECT i, to_tsvector('arabic', t) FROM unnest($1::int[], $2::text[]) AS x(i, t)", [chunk.map((_, k) => i + k), chunk.map((d) => d.text)]);
    }
    await pgClient.query('CREATE INDEX IF NOT EXISTS peer_tsv ON rasid_bench.peer USING GIN (tsv)');
  }
  systems.push({
    name: "PostgreSQL 'arabic' configuration",
    run: async (q) => (await pgClient.query("SELECT i FROM rasid_bench.peer WHERE tsv @@ plainto_tsquery('arabic', $1) ORDER BY ts_rank(tsv, plainto_tsquery('arabic', $1)) DESC, i LIMIT 10", [q])).rows.map((r) => r.i),
  });
  const rasidPgUrl = `${pgUrl}${pgUrl.includes('?') ? '&' : '?'}options=${encodeURIComponent('-c search_path=rasid_bench_store')}`;
  await pgClient.query('CREATE SCHEMA IF NOT EXISTS rasid_bench_store');
  rasidPg = await openStore(rasidPgUrl);
  const stored = (await rasidPg.stats()).articles;
  if (stored < docs.length) {
    console.error(`filling Rasid's PostgreSQL store from the SQLite one (${docs.length - stored} articles to copy, analyses reused)…`);
    const src = new Database(dbPath, { readonly: true });
    const { signatureFromBytes } = await import(join(root, 'dist/cluster/minhash.js'));
    const { bandKeys } = await import(join(root, 'dist/cluster/minhash.js'));
    const { COPY_BANDS, TOPIC_BANDS } = await import(join(root, 'dist/cluster/fingerprint.js'));
    const { tokenize } = await import(join(root, 'dist/text/analyzer.js'));
    const { indexKey, isIndexed } = await import(join(root, 'dist/search/compile.js'));
    const rows = src.prepare('SELECT * FROM articles ORDER BY seq').all().slice(0, docs.length);
    for (let i = 0; i < rows.length; i += 200) {
      const known = await rasidPg.knownHashes(rows.slice(i, i + 200).map((r) => r.hash));
      const batch = rows.slice(i, i + 200).filter((r) => !known.has(r.hash)).map((r) => {
        const copySig = signatureFromBytes(r.copy_sig);
        const topicSig = signatureFromBytes(r.topic_sig);
        return {
          id: r.id, hash: r.hash, title: r.title, text: r.text, published: r.published, source: r.source, url: r.url, analysis: JSON.parse(r.analysis),
          terms: tokenize(r.text, res).filter(isIndexed).map(indexKey), copySig, topicSig, copyBands: bandKeys(copySig, COPY_BANDS), topicBands: bandKeys(topicSig, TOPIC_BANDS),
        };
      });
      if (batch.length) await rasidPg.putBatch(batch);
      if (i % 2000 === 0) console.error(`  ${i + batch.length} / ${rows.length}`);
    }
    src.close();
  }
  lat['Rasid (PostgreSQL)'] = [];
  systems.splice(1, 0, {
    name: 'Rasid (PostgreSQL)',
    run: async (q) => {
      const t = process.hrtime.bigint();
      const r = await searchArticles(rasidPg, q, { limit: 10 }, res);
      lat['Rasid (PostgreSQL)'].push(Number(process.hrtime.bigint() - t) / 1e6);
      return r.hits.map((h) => idOf.get(h.id)).filter((x) => x != null);
    },
  });
}

// ---- run ----
const kinds = ['as written', 'hamza', 'ta marbuta', 'alef maqsura', 'diacritics', '+ proclitic', '− article ال'];
const score = Object.fromEntries(systems.map((s) => [s.name, Object.fromEntries(kinds.map((k) => [k, { same: [], recall: [] }]))]));
let queries = 0;
for (const w of targets) {
  const R = index.get(bare(w)) ?? new Set();
  for (const sys of systems) {
    const base = await sys.run(w);
    for (const [kind, q] of variants(w)) {
      const got = kind === 'as written' ? base : await sys.run(q);
      queries++;
      const s = score[sys.name][kind];
      if (base.length) s.same.push(got.filter((x) => base.includes(x)).length / base.length);
      s.recall.push(got.filter((x) => R.has(x)).length / Math.min(10, R.size || 1));
    }
  }
}
const mean = (a) => (a.length ? a.reduce((x, y) => x + y, 0) / a.length : NaN);
const pct = (a, p) => {
  const s = [...a].sort((x, y) => x - y);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN;
};
const f = (x) => (Number.isNaN(x) ? '—' : x.toFixed(3));
const lines = [];
lines.push(`## Search: orthographic robustness (${docs.length} SaudiNewsNet articles, ${targets.length} words, ${queries} queries)`, '');
lines.push('recall@10 against articles containing the word in any spelling / with any proclitic (same@10 = overlap with the top 10 of the word as written, on the same system):', '');
lines.push(`| variant | ${systems.map((s) => s.name).join(' | ')} |`);
lines.push(`|---|${systems.map(() => '---').join('|')}|`);
for (const k of kinds) {
  const n = score[systems[0].name][k].recall.length;
  lines.push(`| ${k} (${n}) | ${systems.map((s) => `${f(mean(score[s.name][k].recall))} (same ${f(mean(score[s.name][k].same))})`).join(' | ')} |`);
}
const all = (s, m) => mean(kinds.filter((k) => k !== 'as written').flatMap((k) => score[s][k][m]));
lines.push(`| **all variants** | ${systems.map((s) => `**${f(all(s.name, 'recall'))}** (same ${f(all(s.name, 'same'))})`).join(' | ')} |`);
lines.push('', '### Rasid search latency (single-word queries, top 10 with snippets)', '', '| backend | queries | p50 ms | p95 ms |', '|---|---|---|---|');
for (const [k, v] of Object.entries(lat)) if (v.length) lines.push(`| ${k} | ${v.length} | ${pct(v, 50).toFixed(1)} | ${pct(v, 95).toFixed(1)} |`);
console.log(lines.join('\n'));
if (values.json) console.log(JSON.stringify({ articles: docs.length, targets: targets.length, score, latency: Object.fromEntries(Object.entries(lat).map(([k, v]) => [k, { p50: pct(v, 50), p95: pct(v, 95) }])) }));
await rasidSqlite.close();
await rasidPg?.close();
await pgClient?.end();
fts.close();
