#!/usr/bin/env node
// Build step (npm run build, after tsc): compiles the knowledge base's source files (data/kb/*.tsv and
// the ambiguity rules) into data/kb/index.json, the index the analyser loads once per run.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const { compileBuiltin } = await import(join(root, 'dist/kb/compile.js'));
const { fileResources } = await import(join(root, 'dist/node/resources.js'));
const t0 = performance.now();
// read the sources only (never an older index)
const res = fileResources();
const idx = compileBuiltin(res);
writeFileSync(join(root, 'data/kb/index.json'), JSON.stringify(idx));
const byType = {};
for (const e of idx.entries) byType[e.type] = (byType[e.type] ?? 0) + 1;
const counts = Object.entries(byType).map(([t, n]) => `${n} ${t}`).join(', ');
process.stderr.write(`build-kb: ${idx.entries.length} entries (${counts}), ${Object.keys(idx.names).length} name forms, ${Object.keys(idx.demonyms).length} demonym forms, ${Math.round(performance.now() - t0)} ms\n`);
