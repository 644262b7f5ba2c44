// Seeded random samples of SaudiNewsNet articles from the LAST four daily zips, for hand-judging quote
// attribution on text Rasid was not fitted to (issue 5). Prints each article and its quotes (span, direct or
// reported, speaker entity, speaker phrase, cue, relaying outlet).
//
//   npx tsc -p . && node scripts/sample-quotes.mjs A|B|C|D|E|F [--text] [--json out.json]
//
// A, B and C are disjoint (articles 1–40, 41–80, 81–120 of one seeded shuffle of the 300–2,500-character
// articles); D and E (articles 1–40, 41–80 of a second shuffle with another seed) were added later as held-out
// before/after samples (D might share a few articles with A–C by chance); F (articles 81–120 of the second
// shuffle) was added in the fifth session as a fresh sample to find errors on. Reads ../shared/data/saudinewsnet (never copied into the repo); exits with a message when absent.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';

const root = new URL('..', import.meta.url).pathname;
const dir = join(root, '..', 'shared', 'data', 'saudinewsnet', 'dataset');
if (!existsSync(dir)) {
  console.error(`sample-quotes: ${dir} absent, nothing to sample`);
  process.exit(0);
}
const { analyzeRecord } = await import(new URL('../dist/index.js', import.meta.url));
const zips = readdirSync(dir).filter((f) => f.endsWith('.zip')).sort().slice(-4);
const all = [];
for (const f of zips) for (const [name, data] of Object.entries(unzipSync(readFileSync(join(dir, f))))) if (name.endsWith('.json')) for (const a of JSON.parse(strFromU8(data))) all.push({ ...a, zip: f });
const pool = all.filter((a) => a.content && a.content.length >= 300 && a.content.length <= 2500);
function rng(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const which = process.argv[2] ?? 'A';
// D and E come from a second shuffle (another seed), drawn later as untouched held-out samples.
const r = rng(which === 'D' || which === 'E' || which === 'F' ? 20261130 : 20261129);
const idx = [...pool.keys()];
for (let i = idx.length - 1; i > 0; i--) {
  const j = Math.floor(r() * (i + 1));
  [idx[i], idx[j]] = [idx[j], idx[i]];
}
const slot = { A: 0, B: 1, C: 2, D: 0, E: 1, F: 2 }[which];
if (slot === undefined) {
  console.error('sample-quotes: the sample is A, B, C, D, E or F');
  process.exit(2);
}
const pick = idx.slice(slot * 40, slot * 40 + 40).map((i) => pool[i]);
const showText = process.argv.includes('--text');
const jsonOut = process.argv.includes('--json') ? process.argv[process.argv.indexOf('--json') + 1] : null;
const out = [];
pick.forEach((a, n) => {
  const id = `${which}${String(n + 1).padStart(2, '0')}`;
  const an = analyzeRecord({ id, title: a.title, text: a.content, published: (a.date_extracted || '').slice(0, 10) || null, source: a.source });
  const name = (x) => (x ? an.entities.find((e) => e.id === x)?.name ?? x : '∅');
  const qs = an.quotes.map((q) => ({ start: q.start, text: q.text, direct: q.direct, speaker: name(q.speaker), speakerText: q.speakerText?.text ?? null, via: q.via ? name(q.via) : null, cue: q.cue?.text ?? null }));
  out.push({ id, source: a.source, url: a.url, quotes: qs, entities: an.entities.map((e) => `${e.type}:${e.name}`) });
  console.log(`\n===== ${id} ${a.source} ${a.zip} ${a.url}`);
  if (showText) console.log(an.text);
  console.log(`--- ${qs.length} quotes`);
  qs.forEach((q, i) => console.log(`[${id}.${i + 1}] ${q.direct ? 'D' : 'R'} @${q.start} speaker=${q.speaker} | st=${q.speakerText} | cue=${q.cue}${q.via ? ' | via=' + q.via : ''}\n      «${q.text.length > 160 ? q.text.slice(0, 160) + '…' : q.text}»`));
});
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(out, null, 1));
