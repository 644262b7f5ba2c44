#!/usr/bin/env node
// Evaluates the time tagger on ../shared/data/timex/dev.jsonl (Recognizers-Text + Duckling Arabic cases):
// span detection, exact spans and value accuracy by gold type and tier, false alarms on true negatives.
//   npm run build && node scripts/eval-times.mjs [--errors] [--file dev.jsonl]
// Each case is analysed with its reference time as the publication date.
import { loadCases, scoreCase, summarize, summaryTable } from './lib/timex-score.mjs';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const file = args.includes('--file') ? args[args.indexOf('--file') + 1] : 'dev.jsonl';
const cases = loadCases(root, file);
if (!cases) {
  console.log(`eval-times: skipped (../shared/data/timex/${file} absent)`);
  process.exit(0);
}
const { tagTimes } = await import(new URL('../dist/extract/times/index.js', import.meta.url));
const { fileResources } = await import(new URL('../dist/node/resources.js', import.meta.url));
const res = fileResources();
const scored = [];
const t0 = performance.now();
for (const c of cases) scored.push({ ...scoreCase(c, tagTimes(c.text, c.ref, res)), c });
const ms = performance.now() - t0;
const sum = summarize(scored);
console.log(summaryTable(sum, `Rasid time tagger on timex ${file} (${cases.length} cases, ${(ms / cases.length).toFixed(2)} ms/case)`));
if (args.includes('--errors')) {
  for (const sc of scored) {
    for (const r of sc.results) {
      if (r.resolvable && !r.correct) console.log(`VALUE ${sc.c.id} [${r.tier}] ${sc.c.text} | gold ${r.gold.text} ${r.type} ${r.gold.value ?? ''}${r.gold.start ? ' ' + r.gold.start + '..' + r.gold.end : ''}${r.gold.candidates ? ' C=' + r.gold.candidates.map((x) => x.value ?? x.start + '..' + x.end).join(',') : ''} | pred ${r.pred ? r.pred.text + ' ' + r.pred.type + ' ' + r.pred.value : '-'}`);
      else if (!r.found) console.log(`MISS ${sc.c.id} [${r.tier}] ${sc.c.text} | gold ${r.gold.text} ${r.type}`);
    }
    if (sc.extra.length && (sc.fullScope || sc.negative)) console.log(`EXTRA ${sc.c.id} ${sc.c.text} | ${sc.extra.map((p) => p.text + ' ' + p.value).join(' ; ')}`);
  }
}
