#!/usr/bin/env node
// Rebuilds data/lexicons/wordfreq.tsv: word frequencies counted on match keys (src/text/normalize.ts
// matchKey) over the Arabic word tokens (src/text/tokenize.ts rawTokens) of every SaudiNewsNet article
// (title + content), from ../shared/data/saudinewsnet/dataset/*.zip.
//
// Format: one `word<TAB>count` line per match key, most frequent first (ties in code-unit order),
// keys seen at least MIN_COUNT times, at most MAX_ROWS rows. No header (the total number of word tokens
// is printed on stdout and recorded in data/lexicons/README.md).
//
// Usage: npm run build && node scripts/build-wordfreq.mjs [--min N] [--max N] [--out FILE]
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';

const root = new URL('..', import.meta.url).pathname;
const arg = (name, def) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : def;
};
const MIN_COUNT = Number(arg('--min', 3));
const MAX_ROWS = Number(arg('--max', 150000));
const OUT = arg('--out', join(root, 'data/lexicons/wordfreq.tsv'));

const dir = join(root, '..', 'shared', 'data', 'saudinewsnet', 'dataset');
if (!existsSync(dir)) {
  console.error(`build-wordfreq: ${dir} absent`);
  process.exit(1);
}
const { rawTokens } = await import(join(root, 'dist/text/tokenize.js'));
const { matchKey } = await import(join(root, 'dist/text/normalize.js'));

const counts = new Map();
let tokens = 0;
let articles = 0;
for (const name of readdirSync(dir).filter((f) => f.endsWith('.zip')).sort()) {
  const files = unzipSync(readFileSync(join(dir, name)));
  for (const [inner, bytes] of Object.entries(files)) {
    if (!inner.endsWith('.json')) continue;
    for (const rec of JSON.parse(strFromU8(bytes))) {
      articles++;
      for (const text of [rec.title, rec.content]) {
        if (typeof text !== 'string') continue;
        for (const t of rawTokens(text)) {
          if (t.kind !== 'word') continue;
          const k = matchKey(t.text);
          tokens++;
          counts.set(k, (counts.get(k) ?? 0) + 1);
        }
      }
    }
  }
}
const rows = [...counts].filter(([, c]) => c >= MIN_COUNT);
rows.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
rows.length = Math.min(rows.length, MAX_ROWS);
writeFileSync(OUT, rows.map(([w, c]) => `${w}\t${c}`).join('\n') + '\n');
const kept = rows.reduce((s, r) => s + r[1], 0);
console.log(JSON.stringify({ articles, wordTokens: tokens, types: counts.size, rows: rows.length, minCount: rows.at(-1)?.[1], coverage: +(kept / tokens).toFixed(4), out: OUT }));
