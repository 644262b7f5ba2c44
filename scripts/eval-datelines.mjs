#!/usr/bin/env node
// Dateline detection on a deterministic random sample of SaudiNewsNet articles (../shared/data/saudinewsnet).
// Usage: npm run build && node scripts/eval-datelines.mjs [N=300] [--show]
// Prints how many articles get a dateline (with a place) or a credit (agency/byline without place),
// by outlet, and with --show every detection plus the opening of the articles without one, to judge precision by eye.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { articleFromRecord } from '../dist/document/record.js';
import { fileResources, packageRoot } from '../dist/node/resources.js';

const n = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 300);
const show = process.argv.includes('--show');
const dir = join(packageRoot, '..', 'shared', 'data', 'saudinewsnet', 'dataset');
if (!existsSync(dir)) {
  console.error(`skipped: ${dir} is absent`);
  process.exit(0);
}
const all = [];
for (const f of readdirSync(dir).filter((f) => f.endsWith('.zip')).sort()) {
  for (const [name, data] of Object.entries(unzipSync(readFileSync(join(dir, f))))) {
    if (name.endsWith('.json')) for (const a of JSON.parse(strFromU8(data))) all.push(a);
  }
}
let seed = 42;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const sample = Array.from({ length: n }, () => all[Math.floor(rnd() * all.length)]);
const res = fileResources();
let withPlace = 0, creditOnly = 0, agencyMarks = 0;
const bySource = {};
for (const a of sample) {
  const art = articleFromRecord({ title: a.title, text: a.content, source: a.source }, null, res);
  const s = (bySource[a.source] ??= { n: 0, dateline: 0, credit: 0 });
  s.n++;
  const open = art.text.slice(art.paragraphs[art.headline ? 1 : 0]?.start ?? 0).slice(0, 70).replace(/\s+/g, ' ');
  if (art.dateline) {
    withPlace++;
    s.dateline++;
    if (show) console.log(`DATELINE [${a.source}] place=${art.dateline.place.text} agency=${art.dateline.agency?.text ?? '-'} byline=${art.dateline.byline?.text ?? '-'} date=${art.dateline.date?.text ?? '-'} | ${open}`);
  } else if (art.credit?.span) {
    creditOnly++;
    s.credit++;
    if (show) console.log(`CREDIT   [${a.source}] agency=${art.credit.agency?.text ?? '-'} byline=${art.credit.byline?.text ?? '-'} | ${open}`);
  } else if (show) console.log(`none     [${a.source}] | ${open}`);
  if (art.credit && !art.credit.span && art.credit.agency) agencyMarks++;
}
console.log(JSON.stringify({ articles: n, withDateline: withPlace, creditWithoutPlace: creditOnly, closingAgencyMarkOnly: agencyMarks, rate: +((withPlace + creditOnly) / n).toFixed(3), bySource }, null, 1));
