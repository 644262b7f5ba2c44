#!/usr/bin/env node
// Search latency on a corpus scaled up from a real one: N articles (default 1,000,000) generated from a Rasid
// SQLite store of SaudiNewsNet (each generated article = the first part of one real article + the last part of
// another, keys cut at the same token), written straight into a store of the same schema (no analysis: this
// measures the full-text index, ranking and snippets, not the extractors). The same queries run on the source
// store and on the scaled one; p50/p95 in milliseconds. SQLite backend only.
//   npm run build && node bench/scale.bench.mjs --from data/bench-snn.db [--to /tmp/rasid-1m.db] [--n 1000000]
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const root = new URL('..', import.meta.url).pathname;
const { values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' }, n: { type: 'string' }, queries: { type: 'string' } } });
const from = values.from ?? join(root, 'data', 'bench-snn.db');
if (!existsSync(from)) {
  console.log(`scale bench skipped: ${from} absent (build it with bench/search.bench.mjs)`);
  process.exit(0);
}
const to = values.to ?? '/tmp/rasid-scaled.db';
const N = Number(values.n ?? 1_000_000);
const Database = (await import('better-sqlite3')).default;
const { openStore } = await import(join(root, 'dist/store/open.js'));
const { searchArticles } = await import(join(root, 'dist/search/search.js'));
const { defaultResources } = await import(join(root, 'dist/node/resources.js'));
const { tokenize } = await import(join(root, 'dist/text/analyzer.js'));
const { indexKey, isIndexed } = await import(join(root, 'dist/search/compile.js'));
const res = defaultResources();

const src = new Database(from, { readonly: true });
const docs = src.prepare('SELECT id, title, text, published, day, source FROM articles ORDER BY seq').all();
src.close();
console.error(`${docs.length} source articles; analysing their keys…`);
const toks = docs.map((d) => tokenize(d.text, res).filter(isIndexed));

let seed = 7;
const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0), seed / 2 ** 32);
if (!existsSync(to)) {
  const t0 = Date.now();
  const store = await openStore(to); // creates the schema
  await store.close();
  const db = new Database(to);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const insA = db.prepare(`INSERT INTO articles (id, hash, title, text, published, day, source, url, ingested_at, analyzed_at, analysis, n_terms, story)
    VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, '{"schema":"rasid.analysis/1","synthetic":true}', ?, ?)`);
  const insF = db.prepare('INSERT INTO article_fts (rowid, terms) VALUES (?, ?)');
  const now = new Date().toISOString();
  for (let i = 0; i < N; i += 10_000) {
    db.transaction(() => {
      for (let k = i; k < Math.min(N, i + 10_000); k++) {
        const a = Math.floor(rnd() * docs.length);
        const b = Math.floor(rnd() * docs.length);
        const ta = toks[a];
        const tb = toks[b];
        const ka = Math.max(1, Math.floor(ta.length * (0.3 + 0.4 * rnd())));
        const kb = Math.floor(tb.length * (0.3 + 0.4 * rnd()));
        const cutA = ta[ka - 1]?.end ?? docs[a].text.length;
        const cutB = tb[kb]?.start ?? docs[b].text.length;
        const text = docs[a].text.slice(0, cutA) + '\n\n' + docs[b].text.slice(cutB);
        const terms = [...ta.slice(0, ka), ...tb.slice(kb)].map(indexKey);
        const id = `s${k}`;
        const info = insA.run(id, id, docs[a].title, text, docs[a].published, docs[a].day, docs[a].source, now, now, terms.length, id);
        insF.run(info.lastInsertRowid, terms.join(' '));
      }
    })();
    if (i % 100_000 === 0) console.error(`  ${i} / ${N} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  console.error(`built ${N} articles in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

// queries: single words across frequencies, two-word ANDs, phrases (taken from the source texts)
const nq = Number(values.queries ?? 300);
const queries = [];
for (let i = 0; queries.length < nq; i++) {
  const d = toks[Math.floor(rnd() * toks.length)].filter((t) => t.kind === 'word' && t.text.length >= 4);
  if (d.length < 3) continue;
  const j = Math.floor(rnd() * (d.length - 2));
  const kind = i % 3;
  queries.push(kind === 0 ? d[j].text : kind === 1 ? `${d[j].text} ${d[j + 2].text}` : `"${d[j].text} ${d[j + 1].text}"`);
}
const pct = (a, p) => [...a].sort((x, y) => x - y)[Math.min(a.length - 1, Math.floor((p / 100) * a.length))];
const lines = ['| corpus | articles | queries | p50 ms | p95 ms | mean hits |', '|---|---|---|---|---|---|'];
for (const [name, path] of [['SaudiNewsNet', from], [`scaled ×${Math.round(N / docs.length)}`, to]]) {
  const store = await openStore(path);
  const n = (await store.stats()).articles;
  const times = [];
  let hits = 0;
  for (const q of queries) {
    const t = process.hrtime.bigint();
    const r = await searchArticles(store, q, { limit: 10 }, res);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
    hits += r.total;
  }
  await store.close();
  lines.push(`| ${name} | ${n} | ${queries.length} | ${pct(times, 50).toFixed(1)} | ${pct(times, 95).toFixed(1)} | ${(hits / queries.length).toFixed(0)} |`);
}
console.log('## Search latency, SQLite backend (top 10 with snippets and total count; words, two-word AND, phrases)\n');
console.log(lines.join('\n'));
