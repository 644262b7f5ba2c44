#!/usr/bin/env node
// Whole-article analysis latency: `analyze()` on a 700-word article (built from the shipped samples,
// written for Rasid), after start-up, per stage and in total. Bar (issue 5): under 50 ms.
// No JavaScript peer does the whole job (entities + dates + quotes + events), so there is no ratio here;
// the per-component peers are in text.bench.mjs and times.bench.mjs.
//   npm run build && node bench/analyze.bench.mjs
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dist = (p) => import(join(root, 'dist', p));
const { defaultResources } = await dist('node/resources.js');
const { parseArticle } = await dist('document/layout.js');
const { analyzeArticle } = await dist('analyze.js');
const { tokenize } = await dist('text/analyzer.js');
const { extractEntities } = await dist('extract/entities/index.js');
const { extractTimes } = await dist('extract/times/index.js');
const { extractQuotes } = await dist('extract/quotes/index.js');
const { extractEvents } = await dist('extract/events/index.js');

// A 700-word article: the first sample's headline and dateline, then paragraphs of the samples in turn.
const samples = readdirSync(join(root, 'samples')).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(root, 'samples', f), 'utf8'));
const paras = samples.flatMap((s, i) => s.split(/\n\s*\n/).slice(i === 0 ? 0 : 2));
let text = '';
for (const p of paras) {
  if (text.split(/\s+/).filter(Boolean).length >= 700) break;
  text += (text ? '\n\n' : '') + p.trim();
}
const words = text.split(/\s+/).filter(Boolean).length;
const res = defaultResources();
const t0 = performance.now();
analyzeArticle(parseArticle(text, { published: '2018-09-06' }, res), res);
const firstMs = performance.now() - t0;

const RUNS = 60;
const cpu = (f) => { const c0 = process.cpuUsage(); const w0 = performance.now(); const r = f(); const c = process.cpuUsage(c0); return [r, (c.user + c.system) / 1000, performance.now() - w0]; };
const stages = { tokens: [], entities: [], times: [], quotes: [], events: [] };
const total = { cpu: [], wall: [] };
for (let i = 0; i < RUNS; i++) {
  const t = text + ' '.repeat(i % 3); // defeat any whole-text memo
  const [, c, w] = cpu(() => analyzeArticle(parseArticle(t, { published: '2018-09-06' }, res), res));
  total.cpu.push(c);
  total.wall.push(w);
  const article = parseArticle(t, { published: '2018-09-06' }, res);
  const [tokens, ct] = cpu(() => tokenize(t, res));
  stages.tokens.push(ct);
  const ctx = { article, tokens, res };
  const [entities, ce] = cpu(() => extractEntities(ctx));
  stages.entities.push(ce);
  const [times, cti] = cpu(() => extractTimes(ctx));
  stages.times.push(cti);
  const [quotes, cq] = cpu(() => extractQuotes(ctx, entities));
  stages.quotes.push(cq);
  const [, cev] = cpu(() => extractEvents(ctx, { entities, times, quotes }));
  stages.events.push(cev);
}
const q = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };
const f = (x) => x.toFixed(1);
const out = [
  '## Whole-article analysis latency',
  '',
  `A ${words}-word article (paragraphs of the shipped samples), ${RUNS} runs after a first run of ${f(firstMs)} ms that loads the models and the knowledge base.`,
  '',
  '| stage | CPU p50 (ms) | CPU p95 (ms) |',
  '|---|---:|---:|',
  ...Object.entries(stages).map(([k, v]) => `| ${k} | ${f(q(v, 0.5))} | ${f(q(v, 0.95))} |`),
  `| **analyze() total** | **${f(q(total.cpu, 0.5))}** | ${f(q(total.cpu, 0.95))} |`,
  '',
  `Wall clock of analyze(): p50 ${f(q(total.wall, 0.5))} ms, p95 ${f(q(total.wall, 0.95))} ms (bar: under 50 ms). CPU time is shown because the machine may be shared.`,
  '(The entities stage includes the recogniser; no JavaScript peer does the whole analysis, so no ratio.)',
];
console.log(out.join('\n'));
