#!/usr/bin/env node
// The benchmark runner (`npm run bench`): runs every bench/*.bench.mjs in turn, each in its own
// process, and prints the combined report, also written to bench/out/report.md.
//
// A bench file prints a Markdown section (starting with `## `) on standard output and its progress on
// standard error; it exits 0 when it ran or skipped (saying why in its section), non-zero on failure.
// Usage: node bench/run.mjs [FILTER…]   (only the bench files whose name contains a filter)
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';

const benchDir = new URL('.', import.meta.url).pathname;
const filters = process.argv.slice(2);
const files = readdirSync(benchDir)
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => !filters.length || filters.some((x) => f.includes(x)))
  .sort();
if (!files.length) {
  console.error(`bench: no bench/*.bench.mjs${filters.length ? ` matching ${filters.join(', ')}` : ''}`);
  process.exit(2);
}

const cpu = cpus();
const header = [
  '# Rasid benchmarks',
  '',
  `Run ${new Date().toISOString()} · Node ${process.version} · ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'} · ${(totalmem() / 2 ** 30).toFixed(0)} GiB · load average at start ${loadavg().map((x) => x.toFixed(1)).join(' ')}`,
  '',
];
process.stdout.write(header.join('\n') + '\n');
const sections = [];
let failed = 0;
for (const f of files) {
  console.error(`bench: ${f} …`);
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [join(benchDir, f)], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 256 << 20 });
  const secs = ((Date.now() - t0) / 1000).toFixed(0);
  let out = (r.stdout ?? '').trim();
  if (r.status !== 0) {
    failed++;
    out = `${out ? out + '\n\n' : `## ${f}\n\n`}**${f} failed** (exit ${r.status ?? r.signal}) after ${secs} s; see its messages above.`;
  }
  out += `\n\n_(${f}: ${secs} s)_`;
  sections.push(out);
  process.stdout.write('\n' + out + '\n');
}
mkdirSync(join(benchDir, 'out'), { recursive: true });
writeFileSync(join(benchDir, 'out', 'report.md'), header.join('\n') + '\n' + sections.join('\n\n') + '\n');
console.error(`bench: report written to bench/out/report.md${failed ? ` (${failed} bench file(s) failed)` : ''}`);
process.exit(failed ? 1 : 0);
