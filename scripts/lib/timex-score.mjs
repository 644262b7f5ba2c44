// Scoring of time-expression output against ../shared/data/timex (Recognizers-Text + Duckling Arabic gold).
// Used by scripts/eval-times.mjs and bench/times.bench.mjs. See the gold README for the conventions:
// spans are matched by overlap (boundaries differ between sources); a value is right when it equals the
// gold value, any gold candidate (past/future readings), or the gold start/end (end inclusive or exclusive).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function timexDir(packageRoot) {
  return join(packageRoot, '..', 'shared', 'data', 'timex');
}

export function loadCases(packageRoot, file = 'dev.jsonl') {
  const p = join(timexDir(packageRoot), file);
  if (!existsSync(p)) return null;
  return readFileSync(p, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

/** code-point offset → UTF-16 offset */
function cpToUnit(text, cp) {
  let u = 0;
  for (let i = 0; i < cp && u < text.length; i++) u += text.codePointAt(u) > 0xffff ? 2 : 1;
  return u;
}

// ---- value normalisation ----------------------------------------------------------------------

const DAY = 86400000;
const dayOf = (s) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10)) / DAY;

/** the first and last day an ISO date-ish value covers: 2016 · 2016-12 · 2016-12-07 · 2016-W49 · a/b */
export function daySpan(v) {
  if (!v) return null;
  if (v.includes('/')) {
    const [a, b] = v.split('/');
    const x = daySpan(a);
    const y = daySpan(b);
    return x && y ? [x[0], y[1]] : null;
  }
  let m;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v))) return [dayOf(m[0]), dayOf(m[0])];
  if ((m = /^(\d{4})-W(\d{2})$/.exec(v))) {
    const jan4 = Date.UTC(+m[1], 0, 4) / DAY;
    const dow = (((jan4 + 3) % 7) + 7) % 7; // 0 = Monday
    const start = jan4 - dow + 7 * (+m[2] - 1);
    return [start, start + 6];
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(v))) {
    const a = Date.UTC(+m[1], +m[2] - 1, 1) / DAY;
    const b = Date.UTC(+m[1], +m[2], 1) / DAY - 1;
    return [a, b];
  }
  if ((m = /^(\d{4})$/.exec(v))) return [Date.UTC(+m[1], 0, 1) / DAY, Date.UTC(+m[1] + 1, 0, 1) / DAY - 1];
  return null;
}

/** seconds of an ISO duration (30-day months, 365-day years, as the gold does) */
export function durationSeconds(v) {
  const m = /^P(?:([\d.]+)Y)?(?:([\d.]+)M)?(?:([\d.]+)W)?(?:([\d.]+)D)?(?:T(?:([\d.]+)H)?(?:([\d.]+)M)?(?:([\d.]+)S)?)?$/.exec(v || '');
  if (!m) return null;
  const n = (x) => (x ? Number(x) : 0);
  return n(m[1]) * 31536000 + n(m[2]) * 2592000 + n(m[3]) * 604800 + n(m[4]) * 86400 + n(m[5]) * 3600 + n(m[6]) * 60 + n(m[7]);
}

/** a clock time as HH:MM[:SS] without a zero seconds part: "19:56:00" → "19:56", "T07:30Z" → "07:30" */
function clock(v) {
  const m = /T?(\d{2}):(\d{2})(?::(\d{2}))?/.exec(v || '');
  if (!m) return null;
  return m[3] && m[3] !== '00' ? `${m[1]}:${m[2]}:${m[3]}` : `${m[1]}:${m[2]}`;
}
function dateTime(v) {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2})?)/.exec(v || '');
  return m ? `${m[1]}T${clock(m[2])}` : null;
}

/** does a predicted value agree with one gold reading {value} or {start, end}? */
function agrees(goldType, g, pred) {
  const pv = pred.value;
  if (!pv) return false;
  if (goldType === 'duration') {
    const s = durationSeconds(pv);
    return s !== null && g.value != null && Math.abs(s - Number(g.value)) < 1;
  }
  if (goldType === 'set') return false;
  if (g.value != null) {
    const gv = String(g.value);
    if (goldType === 'time') return clock(pv.includes('/') ? '' : pv) === clock(gv);
    if (goldType === 'datetime') return dateTime(pv) === dateTime(gv) || (pv.length === 10 && gv.startsWith(pv) && /T00:00:00$/.test(gv));
    if (pv === gv) return true;
    const a = daySpan(pv);
    const b = daySpan(gv);
    if (a && b && a[0] === b[0] && a[1] === b[1]) return true;
  }
  if (g.start != null || g.end != null) {
    const gs = g.start != null ? String(g.start) : null;
    const ge = g.end != null ? String(g.end) : null;
    if (/^\d{2}:\d{2}/.test(gs || ge || '')) {
      // time ranges: T15:00/T16:00 (end named or exclusive by one hour)
      const [a, b] = pv.split('/');
      if (!b) return false;
      const ok0 = !gs || clock(a) === clock(gs);
      const eh = ge ? clock(ge) : null;
      const bh = clock(b);
      const plus1 = bh ? `${String((+bh.slice(0, 2) + 1) % 24).padStart(2, '0')}${bh.slice(2)}` : null;
      return ok0 && (!ge || eh === bh || eh === plus1);
    }
    if ((gs && gs.includes('T')) || (ge && ge.includes('T'))) {
      const [a, b] = pv.split('/');
      return (!gs || dateTime(a) === dateTime(gs)) && (!ge || (b && dateTime(b) === dateTime(ge)));
    }
    const span = daySpan(pv);
    if (!span) return false;
    const okStart = !gs || span[0] === dayOf(gs);
    const okEnd = !ge || span[1] === dayOf(ge) || span[1] + 1 === dayOf(ge);
    return okStart && okEnd;
  }
  return false;
}

/** does the gold item carry a resolution that can be checked? */
export function resolvable(item) {
  if (item.type === 'set') return false;
  if (item.candidates && item.candidates.length) return item.candidates.some((c) => c.value != null || c.start != null || c.end != null);
  return item.value != null || item.start != null || item.end != null;
}

/**
 * A date with a part of the day (TIMEX3 2016-11-08TMO) names the same thing as the gold range on that day
 * with the same TIMEX part of the day (XXXX-WXX-2TMO with start 2016-11-08T08:00): accept it.
 */
function partOfDayAgrees(item, g, pred) {
  const m = /^(\d{4}-\d{2}-\d{2})T(MO|AF|EV|NI)$/.exec(pred.timex || '');
  if (!m) return false;
  const tx = g.timex ?? item.timex ?? '';
  const start = String(g.start ?? g.value ?? '');
  return tx.endsWith('T' + m[2]) && start.startsWith(m[1]);
}

export function valueCorrect(item, pred) {
  if (!pred) return false;
  // Without a reference time a clock time has no ISO 8601 date-time value (the contract's value is null);
  // its TIMEX3 (T19:56) is the same reading as the gold's reference-free clock value, so compare that.
  if (pred.value == null && /^T\d{2}:\d{2}/.test(pred.timex || '') && item.type === 'time') pred = { ...pred, value: pred.timex };
  if (item.candidates && item.candidates.length && item.candidates.some((c) => partOfDayAgrees(item, c, pred))) return true;
  if (partOfDayAgrees(item, item, pred)) return true;
  if (item.candidates && item.candidates.length) return item.candidates.some((c) => agrees(item.type, c, pred));
  return agrees(item.type, item, pred);
}

/**
 * Scores one case. `preds` are {start, end, type, value} in UTF-16 offsets.
 * Returns per-gold-item results and the false positives (extra spans, counted only on full-scope cases).
 */
export function scoreCase(c, preds) {
  const items = c.expected.map((e) => {
    const start = cpToUnit(c.text, e.char_start);
    return { ...e, start16: start, end16: start + e.text.length };
  });
  const used = new Set();
  const results = items.map((it) => {
    let best = -1;
    let bestOv = 0;
    preds.forEach((p, k) => {
      const ov = Math.min(p.end, it.end16) - Math.max(p.start, it.start16);
      if (ov > bestOv && !used.has(k)) {
        bestOv = ov;
        best = k;
      }
    });
    const pred = best >= 0 ? preds[best] : null;
    if (best >= 0) used.add(best);
    return {
      type: it.type,
      tier: c.meta?.tier,
      source: c.source,
      found: !!pred,
      exact: !!pred && pred.start === it.start16 && pred.end === it.end16,
      resolvable: resolvable(it),
      correct: resolvable(it) && valueCorrect(it, pred),
      gold: it,
      pred,
    };
  });
  const extra = preds.filter((_, k) => !used.has(k));
  return { results, extra, negative: c.expected.length === 0, fullScope: !!c.meta?.full_scope };
}

const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : '–');

/** Aggregates scored cases into a summary (overall, by type, by tier). */
export function summarize(scored) {
  const by = new Map();
  const add = (key, r) => {
    const s = by.get(key) ?? { n: 0, found: 0, exact: 0, res: 0, correct: 0 };
    s.n++;
    if (r.found) s.found++;
    if (r.exact) s.exact++;
    if (r.resolvable) {
      s.res++;
      if (r.correct) s.correct++;
    }
    by.set(key, s);
  };
  let negatives = 0;
  let falseAlarms = 0;
  let fsPred = 0;
  let fsExtra = 0;
  for (const sc of scored) {
    for (const r of sc.results) {
      add('all', r);
      add('type:' + r.type, r);
      add('tier:' + r.tier, r);
      if (r.source) add('source:' + r.source, r);
    }
    if (sc.negative) {
      negatives++;
      if (sc.extra.length) falseAlarms++;
    }
    if (sc.fullScope) {
      fsPred += sc.results.filter((r) => r.found).length + sc.extra.length;
      fsExtra += sc.extra.length;
    }
  }
  return { by, negatives, falseAlarms, fsPred, fsExtra, pct };
}

export function summaryTable(sum, title) {
  const rows = [...sum.by.entries()].sort((a, b) => (a[0] === 'all' ? -1 : b[0] === 'all' ? 1 : a[0].localeCompare(b[0])));
  const lines = [`### ${title}`, '', '| group | gold spans | found (overlap) | exact span | with resolution | value correct |', '|---|---:|---:|---:|---:|---:|'];
  for (const [k, s] of rows) lines.push(`| ${k} | ${s.n} | ${pct(s.found, s.n)} % | ${pct(s.exact, s.n)} % | ${s.res} | ${pct(s.correct, s.res)} % |`);
  lines.push('', `False alarms on true negatives: ${sum.falseAlarms}/${sum.negatives} cases (${pct(sum.falseAlarms, sum.negatives)} %). ` + `Extra spans on full-scope cases: ${sum.fsExtra} of ${sum.fsPred} predicted (precision ${pct(sum.fsPred - sum.fsExtra, sum.fsPred)} %).`);
  return lines.join('\n');
}
