/**
 * Explicit ranges of days and of clock times: من 5 إلى 7 كانون الأول، بين 15 و 19 نوفمبر، 13-15 تموز،
 * من 5 إلى 6 مساء، 4-5 مساءً — and never a share (بين 10 إلى 15 في المائة).
 */
import { dayNumber, fmtDay, monthFrom, validDate } from './calendar.js';
import { parseNumberWords } from './numbers.js';
import { RANGE_TO, applyPod, fmtClock, pad2, type M } from './match.js';
import type { Scan } from './scan.js';
import { dayAt } from './absolute-dates.js';
import { onAnchorDay } from './join.js';
import { monthAt, relativeMonth } from './months.js';
import { relDayWord } from './relative-dates.js';
import { hourAt, hourWord, podAt } from './times-of-day.js';
import { yearAfter } from './years.js';

/** من 5 إلى 7 كانون الأول · بين 15 و 19 نوفمبر · 13-15 تموز · يوليو 13-15 · من 4 إلى 22 هذا الشهر */
export function dayRange(sc: Scan, i: number): M | null {
  let j = i;
  let cut = 0;
  const r = sc.R(i).find((x) => x.k === 'من' || x.k === 'بين' || x.k === 'مابين');
  if (r) {
    cut = r.cut;
    j++;
  } else if (sc.k(i) === 'ما' && sc.k(i + 1) === 'بين') j += 2;
  // month first: يوليو 13-15 · تموز 13 الى 15
  const mo0 = monthAt(sc, j);
  let d1: { d: number; end: number } | null;
  let monthFirst = false;
  if (mo0 && !mo0.hijri) {
    d1 = dayAt(sc, mo0.end);
    monthFirst = true;
  } else d1 = dayAt(sc, j);
  if (!d1) return null;
  let k2 = d1.end;
  const conn = sc.k(k2);
  const bare = conn.length > 1 && conn[0] === 'و' ? conn.slice(1) : conn;
  let d2: { d: number; end: number } | null = null;
  if (sc.isPunct(k2, '-–')) d2 = dayAt(sc, k2 + 1);
  else if (RANGE_TO.has(conn) || RANGE_TO.has(bare)) d2 = dayAt(sc, k2 + 1);
  else if (conn === 'و' && (r?.k === 'بين' || sc.k(i + 1) === 'بين')) d2 = dayAt(sc, k2 + 1);
  else if (conn.length > 1 && conn[0] === 'و' && (r?.k === 'بين')) {
    // والتاسع عشر
    const w = parseNumberWords([conn.slice(1), ...sc.keys.slice(k2 + 1, k2 + 5)], 0, sc.lex.numbers);
    if (w && w.value <= 31) d2 = { d: w.value, end: k2 + w.end };
  }
  if (!d2 || d2.d <= d1.d) return null;
  let end = d2.end;
  let y: number | null = null;
  let mo: number;
  if (monthFirst) mo = mo0!.m;
  else {
    let k3 = end;
    if (sc.core(k3) === 'من' || sc.core(k3) === 'في') k3++;
    const m2 = monthAt(sc, k3);
    if (m2 && !m2.hijri) {
      mo = m2.m;
      end = m2.end;
    } else {
      const rel = relativeMonth(sc, k3);
      if (!rel || !sc.A) return null;
      const b = monthFrom(sc.A.day, rel.offset);
      y = b.y;
      mo = b.m;
      end = rel.end;
    }
  }
  const ya = yearAfter(sc, end);
  if (ya) {
    y = ya.y;
    end = ya.end;
  }
  if (!r && !monthFirst && !sc.isPunct(d1.end, '-–') && !RANGE_TO.has(conn)) return null;
  const timex0 = `XXXX-${pad2(mo)}`;
  if (y === null) y = sc.nearestYear(mo, d2.d, i, end); // a range is current while its last day is to come
  if (y === null) return { s: i, e: end, cut, kind: 'range', type: 'range', value: null, timex: `(${timex0}-${pad2(d1.d)},${timex0}-${pad2(d2.d)},P${d2.d - d1.d}D)` };
  if (!validDate(y, mo, d1.d) || !validDate(y, mo, d2.d)) return null;
  const a = dayNumber(y, mo, d1.d);
  const b = dayNumber(y, mo, d2.d);
  return { s: i, e: end, cut, kind: 'range', type: 'range', value: `${fmtDay(a)}/${fmtDay(b)}`, timex: `(${fmtDay(a)},${fmtDay(b)},P${b - a}D)`, first: a, last: b };
}

/** من 5 إلى 6 مساء · بين 5 و 6 مساءً · 4-5 مساءً · من الساعة 3 الى الساعة 4 بعد العصر */
/** بين 10 إلى 15 في المائة · 5 و7 بالمئة: a number before a percent sign or word is a share, never a time */
export function percentAt(sc: Scan, e: number): boolean {
  return sc.isNum(e - 1) && (sc.k(e) === '%' || sc.k(e) === '٪' || ['بالماءه', 'بالمءه'].includes(sc.k(e)) || (sc.k(e) === 'في' && ['الماءه', 'المءه'].includes(sc.k(e + 1))));
}

export function timeRange(sc: Scan, i: number): M | null {
  let j = i;
  let cut = 0;
  const r = sc.R(i).find((x) => x.k === 'من' || x.k === 'بين');
  if (r) {
    cut = r.cut;
    j++;
  }
  const h1 = hourAt(sc, j);
  if (!h1) return null;
  let k2 = h1.end;
  const conn = sc.k(k2);
  let ok = false;
  let glued = false;
  if (sc.isPunct(k2, '-–')) ok = true;
  else if (RANGE_TO.has(conn) || conn === 'الي') ok = true;
  else if (conn === 'و' && r?.k === 'بين') ok = true;
  else if (r?.k === 'بين' && conn.length > 2 && conn[0] === 'و') ok = glued = true; // بين الخامسة والسادسة
  if (!ok) return null;
  let h2: ReturnType<typeof hourAt>;
  if (glued) {
    const w = hourWord(sc, k2);
    if (!w || !sc.R(k2).some((x) => x.cut === 1 && x.k.endsWith('ه') && sc.lex.numbers.ordinals.has(x.k))) return null;
    const p2 = podAt(sc, w.end);
    h2 = p2 ? { h: w.h, mi: 0, end: p2.end, pod: p2.pod, clock: false, saa: false } : { h: w.h, mi: 0, end: w.end, clock: false, saa: false };
  } else {
    k2++;
    h2 = hourAt(sc, k2);
  }
  if (!h2) return null;
  if (!h1.clock && !h2.clock && !h1.saa && !h2.saa && h1.pod === undefined && h2.pod === undefined && !podAt(sc, h2.end)) {
    const nk = sc.k(h2.end);
    const dayNext = sc.R(h2.end).some((x) => sc.lex.weekdays.has(x.k)) || !!relDayWord(sc, h2.end) || nk === 'من' || nk === 'في' || nk === 'يوم';
    if (!sc.atEnd(h2.end) && !dayNext) return null;
  }
  // إلى ستة وعشرين: a bare cardinal word after إلى is no hour without الساعة or a part of the day
  if (!h2.clock && !h2.saa && h2.pod === undefined && !sc.isNum(k2) && !sc.R(k2).some((r) => r.k.endsWith('ه') && sc.lex.numbers.ordinals.has(r.k)) && !podAt(sc, h2.end)) return null;
  let end = h2.end;
  let pod = h2.pod;
  if (pod === undefined) {
    const p = podAt(sc, end);
    if (p) {
      pod = p.pod;
      end = p.end;
    }
  }
  if (!r && !(h1.pod !== undefined || pod !== undefined || h1.clock || h2.clock || h1.saa)) return null;
  if (!r && !sc.isPunct(h1.end, '-–') && !(h1.saa || h1.clock)) return null;
  let a = h1.h;
  let b = h2.h;
  const podA = h1.pod ?? pod;
  if (podA !== undefined) a = applyPod(a, podA);
  if (pod !== undefined) b = applyPod(b, pod);
  if (h1.pod === undefined && pod !== undefined && a > b) a = h1.h; // 11 صباحا … keep
  if (h1.pod !== undefined && pod === undefined && h2.pod === undefined && b < a) b = applyPod(b, h1.pod); // من 1:30 بعد الظهر إلى 4
  else if (h1.pod === undefined && pod === undefined && b < a && b < 12 && a < 12) b += 12; // 11:30-1:30: the end is after noon
  const c1 = fmtClock({ h: a % 24, mi: h1.mi });
  const c2 = fmtClock({ h: b % 24, mi: h2.mi });
  return { s: i, e: end, cut, kind: 'trange', type: 'range', value: onAnchorDay(sc, c1, c2), timex: `(${c1},${c2})`, clock: { h: a % 24, mi: h1.mi }, clock2: { h: b % 24, mi: h2.mi } };
}
