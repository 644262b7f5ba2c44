#!/usr/bin/env node
// Time expressions, side by side on the same gold cases (../shared/data/timex/dev.jsonl, Recognizers-Text +
// Duckling Arabic): Rasid's tagger against chrono-node's Arabic locale (chrono.ar, the only JavaScript peer).
// Prints a markdown table: span recall, value accuracy by gold type, false alarms, time per case.
//   npm run build && node bench/times.bench.mjs
// chrono-node has no durations or sets; its outputs are converted to ISO values (date, month, time, date-time,
// start/end) from the components it marks as known, and scored with the same scorer (scripts/lib/timex-score.mjs).
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url).pathname;

function chronoToPreds(results) {
  const pad = (n, w = 2) => String(n).padStart(w, '0');
  const fmt = (c) => {
    const y = c.get('year');
    const mo = c.get('month');
    const d = c.get('day');
    const date = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
    const dayKnown = c.isCertain('day') || c.isCertain('weekday');
    if (c.isCertain('hour')) {
      const t = `T${pad(c.get('hour'))}:${pad(c.get('minute') ?? 0)}`;
      return dayKnown ? { v: date + t, type: 'datetime' } : { v: t, type: 'time' };
    }
    if (dayKnown) return { v: date, type: 'date' };
    if (c.isCertain('month')) return { v: `${pad(y, 4)}-${pad(mo)}`, type: 'date' };
    if (c.isCertain('year')) return { v: pad(y, 4), type: 'date' };
    return { v: date, type: 'date' }; // relative expressions (اليوم، أمس) carry implied components
  };
  return results.map((r) => {
    const a = fmt(r.start);
    const b = r.end ? fmt(r.end) : null;
    return { text: r.text, start: r.index, end: r.index + r.text.length, type: b ? 'range' : a.type, value: b ? `${a.v}/${b.v}` : a.v };
  });
}

function refDate(ref) {
  if (!ref) return new Date();
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(ref);
  return new Date(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]);
}

export default async function run() {
  const { loadCases, scoreCase, summarize } = await import(new URL('../scripts/lib/timex-score.mjs', import.meta.url));
  const cases = loadCases(root);
  if (!cases) return '### Time expressions\n\nskipped: ../shared/data/timex/dev.jsonl absent\n';
  const { tagTimes } = await import(new URL('../dist/extract/times/index.js', import.meta.url));
  const { fileResources } = await import(new URL('../dist/node/resources.js', import.meta.url));
  const chrono = await import('chrono-node');
  const res = fileResources();
  tagTimes('تمهيد', null, res); // load the lexicon outside the timing

  const systems = {
    rasid: (c) => tagTimes(c.text, c.ref, res),
    'chrono-node (ar)': (c) => chronoToPreds(chrono.ar.parse(c.text, refDate(c.ref))),
  };
  const out = {};
  for (const [name, fn] of Object.entries(systems)) {
    for (const c of cases.slice(0, 20)) fn(c); // warm up
    const scored = [];
    let ms = 0;
    for (const c of cases) {
      const t0 = performance.now();
      const preds = fn(c);
      ms += performance.now() - t0;
      scored.push(scoreCase(c, preds));
    }
    out[name] = { sum: summarize(scored), ms: ms / cases.length };
  }
  const names = Object.keys(out);
  const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)} %` : '–');
  const cell = (s, key, what) => {
    const g = s.by.get(key);
    if (!g) return '–';
    return what === 'found' ? pct(g.found, g.n) : pct(g.correct, g.res);
  };
  const keys = ['all', 'source:duckling', 'source:recognizers', 'tier:A', 'tier:B', 'tier:C', ...[...out[names[0]].sum.by.keys()].filter((k) => k.startsWith('type:')).sort()];
  const lines = [
    `### Time expressions: Rasid vs chrono-node (Arabic), ${cases.length} dev cases of ../shared/data/timex`,
    '',
    `| group | gold spans | ${names.map((n) => `${n} found`).join(' | ')} | with resolution | ${names.map((n) => `${n} value`).join(' | ')} |`,
    `|---|---:|${names.map(() => '---:').join('|')}|---:|${names.map(() => '---:').join('|')}|`,
  ];
  for (const k of keys) {
    const g = out[names[0]].sum.by.get(k);
    lines.push(`| ${k} | ${g.n} | ${names.map((n) => cell(out[n].sum, k, 'found')).join(' | ')} | ${g.res} | ${names.map((n) => cell(out[n].sum, k, 'value')).join(' | ')} |`);
  }
  lines.push(`| false alarms on true negatives | ${out[names[0]].sum.negatives} cases | ${names.map((n) => pct(out[n].sum.falseAlarms, out[n].sum.negatives)).join(' | ')} | | |`);
  lines.push(`| extra spans on full-scope cases | | ${names.map((n) => `${out[n].sum.fsExtra}/${out[n].sum.fsPred}`).join(' | ')} | | |`);
  lines.push(`| time per case | | ${names.map((n) => `${out[n].ms.toFixed(3)} ms`).join(' | ')} | | |`);
  lines.push('', 'found = a predicted span overlaps the gold span; value = the resolved value equals the gold value, a gold candidate, or the gold start/end (see scripts/lib/timex-score.mjs).');
  return lines.join('\n') + '\n';
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(await run());
