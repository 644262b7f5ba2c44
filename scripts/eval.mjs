#!/usr/bin/env node
// `npm run eval`: runs every scripts/eval-*.mjs in turn (each reads its data from ../shared and prints
// its figures). Pass substrings to run only some: `node scripts/eval.mjs segmentation sentences`.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const dir = new URL('.', import.meta.url).pathname;
const filter = process.argv.slice(2);
const evals = readdirSync(dir)
  .filter((f) => /^eval-.+\.mjs$/.test(f))
  .filter((f) => !filter.length || filter.some((x) => f.includes(x)))
  .sort();
if (!evals.length) {
  console.error('eval: no scripts/eval-*.mjs matched');
  process.exit(2);
}
let failed = 0;
for (const f of evals) {
  console.log(`\n== ${f}`);
  const r = spawnSync(process.execPath, [join(dir, f)], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.log(`== ${f} exited with status ${r.status}`);
  }
}
process.exit(failed ? 1 : 0);
