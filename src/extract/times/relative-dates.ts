/**
 * Dates relative to the publication date: أمس، اليوم، غدا، بعد غد، الليلة; الأسبوع الماضي، الشهر المقبل،
 * العام الحالي; spans (الأسبوعين الماضيين، السنوات الثلاث الماضية); the rest of a unit (بقية الأسبوع); and
 * the early, middle or late part of a period (مطلع العام المقبل، أواخر آذار، منتصف الشهر).
 */
import { addMonths, dayNumber, daysInMonth, fmtDay, fmtMonth, fmtWeek, fmtYear, fromDayNumber, weekStart } from './calendar.js';
import type { PartOfDay, Unit } from './lexicon.js';
import { UNIT_ISO, addUnits, fmtClock, isoDuration, type Clock, type M } from './match.js';
import type { Scan } from './scan.js';
import { absDate } from './absolute-dates.js';
import { monthAt } from './months.js';
import { podAt } from './times-of-day.js';
import { yearExpr } from './years.js';

/** أمس، أمس الأول، اليوم، غدا، بعد غد، الليلة، هذا الصباح، صباح اليوم، مساء أمس, الآن */
export function relativeDay(sc: Scan, i: number): M | null {
  let j = i;
  let pod: PartOfDay | undefined;
  let cut = 0;
  const p = podAt(sc, i);
  if (p && (sc.core(i) !== 'في' && sc.core(i) !== 'من')) {
    const rd = relDayWord(sc, p.end);
    if (rd) {
      pod = p.pod;
      cut = p.cut;
      j = p.end;
    }
  }
  // هذا الصباح · هذا المساء · هذه الليلة
  if (pod === undefined && sc.lex.demonstratives.has(sc.core(i))) {
    const p2 = sc.lex.parts.get(sc.k(i + 1));
    if (p2 && sc.k(i + 1).startsWith('ال')) return sc.dayMatch(i, i + 2, 0, sc.A ? sc.A.day : null, 'PRESENT_REF', p2);
    if (sc.k(i + 1) === 'اليوم') return sc.dayMatch(i, i + 2, 0, sc.A ? sc.A.day : null, 'PRESENT_REF');
  }
  const rd = relDayWord(sc, j);
  if (!rd) {
    // الليلة (tonight), الليلة الماضية
    for (const r of sc.R(i)) {
      if (r.k !== 'الليله') continue;
      let off = 0;
      let end = i + 1;
      if (sc.lex.relPast.has(sc.k(end))) {
        off = -1;
        end++;
      } else if (sc.lex.relNext.has(sc.k(end))) {
        off = 1;
        end++;
      }
      if (sc.isNum(end) || sc.core(end) === 'الساعه' || sc.core(end) === 'في' || sc.core(end) === 'حوالي') {
        // الليلة حوالي الساعة 7: leave it to the date-time join
      }
      return sc.dayMatch(i, end, r.cut, sc.A ? sc.A.day + off : null, off === 0 ? 'PRESENT_REF' : '', 'NI');
    }
    return null;
  }
  if (j === i) cut = rd.cut;
  let end = rd.end;
  if (rd.now) {
    if (!sc.A) return { s: i, e: end, cut, kind: 'day', type: 'date', value: null, timex: 'PRESENT_REF', day: null };
    if (sc.A.h !== null) {
      const c: Clock = { h: sc.A.h, mi: sc.A.mi ?? 0, sec: sc.A.sec ?? 0 };
      return { s: i, e: end, cut, kind: 'day', type: 'datetime', value: fmtDay(sc.A.day) + fmtClock(c), timex: 'PRESENT_REF', day: sc.A.day, clock: c };
    }
    return { s: i, e: end, cut, kind: 'day', type: 'date', value: fmtDay(sc.A.day), timex: 'PRESENT_REF', day: sc.A.day };
  }
  if (pod === undefined) {
    const p2 = podAt(sc, end);
    if (p2 && sc.core(end) !== 'في' && sc.core(end) !== 'من') {
      pod = p2.pod;
      end = p2.end;
    }
  }
  return sc.dayMatch(i, end, cut, sc.A ? sc.A.day + rd.offset : null, '', pod);
}

export function relDayWord(sc: Scan, i: number): { offset: number; end: number; cut: number; now?: boolean } | null {
  const rs = sc.R(i);
  for (const r of rs) {
    const k = r.k;
    const n1 = sc.k(i + 1);
    const n2 = sc.k(i + 2);
    if (k === 'امس' || k === 'الامس' || k === 'البارحه') {
      if (n1 === 'الاول') return { offset: -2, end: i + 2, cut: r.cut };
      return { offset: -1, end: i + 1, cut: r.cut };
    }
    if (k === 'اول' && n1 === 'من' && (n2 === 'امس' || n2 === 'البارحه')) return { offset: -2, end: i + 3, cut: r.cut }; // أول من أمس
    if ((k === 'اول' && (n1 === 'امس' || n1 === 'البارحه')) || (k === 'قبل' && (n1 === 'امس' || n1 === 'البارحه' || n1 === 'الامس'))) return { offset: -2, end: i + 2, cut: r.cut };
    if (k === 'قبل' && n1 === 'يوم' && n2 === 'امس') return { offset: -2, end: i + 3, cut: r.cut };
    if ((k === 'بكره' || k === 'بكرا') && n1.startsWith('ال') && !sc.lex.parts.has(n1)) continue; // بكرة القدم is a ball
    if (k === 'غدا' || k === 'غد' || k === 'الغد' || k === 'بكره' || k === 'بكرا') return { offset: 1, end: i + 1, cut: r.cut };
    if (k === 'بعد' && (n1 === 'غد' || n1 === 'الغد' || n1 === 'غدا' || n1 === 'بكره' || n1 === 'بكرا')) return { offset: 2, end: i + 2, cut: r.cut };
    if (k === 'يوم') {
      if (n1 === 'امس' || n1 === 'الامس') return { offset: -1, end: i + 2, cut: r.cut };
      if (n1 === 'غد' || n1 === 'الغد' || n1 === 'غدا') return { offset: 1, end: i + 2, cut: r.cut };
      if (n1 === 'بعد' && (n2 === 'غد' || n2 === 'الغد')) return { offset: 2, end: i + 3, cut: r.cut };
    }
    if (k === 'اليوم') {
      // اليوم القبل البارحة · اليوم الي بعد بكرة (Levantine)
      if (n1 === 'القبل' && (n2 === 'البارحه' || n2 === 'امس')) return { offset: -2, end: i + 3, cut: r.cut };
      if ((n1 === 'الي' || n1 === 'اللي') && n2 === 'بعد' && ['بكره', 'بكرا', 'غد', 'الغد'].includes(sc.k(i + 3))) return { offset: 2, end: i + 4, cut: r.cut };
      if (sc.lex.relPast.has(n1) && n1 !== 'الاخيره') return { offset: -1, end: i + 2, cut: r.cut };
      if (sc.lex.relNext.has(n1)) return { offset: 1, end: i + 2, cut: r.cut };
      if (sc.lex.relThis.has(n1)) return { offset: 0, end: i + 2, cut: r.cut };
      // اليوم الأول / اليوم العالمي ... are not "today"
      if (n1.startsWith('ال') && n1 !== 'الاحد' && n1 !== 'الساعه' && !sc.lex.weekdays.has(n1) && !sc.lex.parts.has(n1)) return null;
      if (sc.lex.numbers.ordinals.has(n1)) return null;
      return { offset: 0, end: i + 1, cut: r.cut };
    }
    if (k === 'الان' && sc.text.charCodeAt(sc.starts[sc.toks[i]!.ns + r.cut]!) === 0x0622) continue; // آلان is the name Alan
    if (k === 'الان' || k === 'حاليا' || k === 'حالا' || k === 'الحين') return { offset: 0, end: i + 1, cut: r.cut, now: true };
  }
  return null;
}

/** الأسبوع الماضي، الشهر المقبل، العام الحالي، هذا العام، العقد القادم; plural/dual spans: الأسبوعين الماضيين، السنوات الثلاث الماضية */
export function relativePeriod(sc: Scan, i: number): M | null {
  let j = i;
  let cut = 0;
  let demo = false;
  if (sc.lex.demonstratives.has(sc.core(i))) {
    demo = true;
    j++;
  }
  let r = sc.R(j).find((x) => x.k.startsWith('ال') && sc.lex.units.has(x.k.slice(2)));
  // آخر 3 سنوات · آخر ثلاثة أيام
  if (!r && !demo) {
    const lr = sc.R(i).find((x) => x.k === 'اخر' || x.k === 'خلال');
    if (lr && lr.k === 'اخر') {
      const dual = sc.lex.units.get(sc.k(i + 1));
      if (dual && dual.count === 2) return spanRange(sc, i, i + 2, lr.cut, dual.unit, 2, 'past'); // آخر يومين
      // آخر ساعة · آخر دقيقة: one unit of the clock (آخر يوم، آخر أسبوع name a day or week of a period)
      if (dual && dual.count === 1 && (dual.unit === 'H' || dual.unit === 'MI') && sc.atEnd(i + 2)) return spanRange(sc, i, i + 2, lr.cut, dual.unit, 1, 'past');
      const n = sc.isNum(i + 1) ? { value: sc.num(i + 1), end: i + 2 } : sc.numberWords(i + 1);
      const u = n ? sc.lex.units.get(sc.core(n.end)) : undefined;
      if (n && u && !('ordinal' in n && n.ordinal)) return spanRange(sc, i, n.end + 1, lr.cut, u.unit, n.value, 'past');
    }
    // 3 أيام القادمة
    const n = sc.isNum(i) ? { value: sc.num(i), end: i + 1, cut: 0 } : null;
    if (n) {
      const u = sc.lex.units.get(sc.k(n.end));
      const rel = sc.k(n.end + 1);
      if (u && u.count === null && (sc.lex.relNext.has(rel) || sc.lex.relPast.has(rel)))
        return spanRange(sc, i, n.end + 2, 0, u.unit, n.value, sc.lex.relNext.has(rel) ? 'next' : 'past');
    }
    // الثلاث سنوات الماضية · الستة أشهر المقبلة · الثلاثة عقود القادمة (the number made definite instead of the noun)
    const w = sc.k(i).startsWith('ال') ? sc.numberWords(i) : null;
    if (w && !w.ordinal && w.end > i) {
      const u = sc.lex.units.get(sc.k(w.end));
      const rel = sc.k(w.end + 1);
      if (u && u.count === null && (sc.lex.relNext.has(rel) || sc.lex.relPast.has(rel)))
        return spanRange(sc, i, w.end + 2, 0, u.unit, w.value, sc.lex.relNext.has(rel) ? 'next' : 'past');
    }
    return null;
  }
  if (!r) return null;
  if (j === i) cut = r.cut;
  const u = sc.lex.units.get(r.k.slice(2))!;
  let end = j + 1;
  if (u.count === 1) {
    // العام التالي للجوء ... is "the year after X", not next year
    const nk = sc.k(end);
    if (u.unit === 'Y' && r.k === 'العام' && sc.lex.generalNouns.has(sc.core(j - 1))) return null;
    let offset: number | null = null;
    if (demo) offset = 0;
    else if (sc.lex.relPast.has(nk) && nk !== 'الاخيره' && nk !== 'الاخيرين') offset = -1;
    else if (sc.lex.relNext.has(nk)) offset = 1;
    else if (sc.lex.relThis.has(nk)) offset = 0;
    else if (nk === 'بعد' && sc.lex.relNext.has(sc.k(end + 1))) {
      offset = 2;
      end++;
    }
    if (offset === null) return null;
    if (!demo) end++;
    if ((nk === 'التالي' || nk === 'التاليه') && sc.k(end).startsWith('ل')) return null;
    if (u.unit === 'D') return null; // اليوم … is relativeDay's
    // الساعة المقبلة · الدقيقة الماضية: the hour from or to now
    if ((u.unit === 'H' || u.unit === 'MI') && (offset === 1 || offset === -1)) return spanRange(sc, i, end, cut, u.unit, 1, offset > 0 ? 'next' : 'past');
    return calendarUnit(sc, i, end, cut, u.unit, offset);
  }
  // plural or dual: الأسبوعين الماضيين · الأيام الثلاثة الماضية · السنوات الثلاث الماضية · الأيام القليلة الماضية
  let n: number | null = u.count === 2 ? 2 : null;
  if (n === null) {
    if (sc.k(end) === 'ال' && sc.isNum(end + 1)) end++; // الساعات الـ24 الماضية
    if (sc.isNum(end)) {
      n = sc.num(end);
      end++;
    } else {
      const w = sc.numberWords(end);
      if (w && !w.ordinal) {
        n = w.value;
        end = w.end;
      } else if (sc.lex.numbers.few.has(sc.k(end))) {
        end++;
      }
    }
  }
  const rel = sc.k(end);
  const dir = sc.lex.relPast.has(rel) ? 'past' : sc.lex.relNext.has(rel) ? 'next' : null;
  if (!dir) return null;
  end++;
  if (n === null) return { s: i, e: end, cut, kind: 'range', type: 'range', value: null, timex: `P${'X'}${UNIT_ISO[u.unit][0]}` };
  return spanRange(sc, i, end, cut, u.unit, n, dir);
}

/** a span of n units ending now (past) or starting tomorrow (next) */
export function spanRange(sc: Scan, s: number, e: number, cut: number, unit: Unit, n: number, dir: 'past' | 'next'): M {
  const dur = isoDuration([[unit, n]]);
  if (!sc.A) return { s, e, cut, kind: 'range', type: 'range', value: null, timex: dur };
  if (unit === 'H' || unit === 'MI' || unit === 'S') {
    // آخر 3 دقائق · الساعات الثلاث الماضية: needs the publication time
    if (sc.A.h === null) {
      // without a publication time, whole days still resolve: الساعات الـ48 الماضية → the last two days
      if (unit === 'H' && n >= 24 && n % 24 === 0) return { ...spanRange(sc, s, e, cut, 'D', n / 24, dir), timex: dur };
      return { s, e, cut, kind: 'range', type: 'range', value: null, timex: dur };
    }
    // in seconds, so that آخر ثانيتين is 04:29:58/04:30
    const now = sc.A.day * 86400 + sc.A.h * 3600 + (sc.A.mi ?? 0) * 60 + (sc.A.sec ?? 0);
    const secs = unit === 'H' ? 3600 * n : unit === 'MI' ? 60 * n : n;
    const [x, y] = dir === 'past' ? [now - secs, now] : [now, now + secs];
    const f = (t: number) => fmtDay(Math.floor(t / 86400)) + fmtClock({ h: Math.floor((t % 86400) / 3600), mi: Math.floor((t % 3600) / 60), sec: Math.round(t % 60) });
    return { s, e, cut, kind: 'range', type: 'range', value: `${f(x)}/${f(y)}`, timex: `(${f(x)},${f(y)},${dur})` };
  }
  // العقدين الماضيين · القرون الثلاثة القادمة: whole decades and centuries, as العقد الماضي is the 2000s
  // (2016: 1990/2009 · 2020/2049)
  if ((unit === 'DE' || unit === 'C') && Number.isInteger(n)) {
    const size = unit === 'DE' ? 10 : 100;
    const cur = Math.floor(fromDayNumber(sc.A.day).y / size) * size;
    const y0 = dir === 'past' ? cur - size * n : cur + size;
    const y1 = y0 + size * n - 1;
    return { s, e, cut, kind: 'range', type: 'range', value: `${fmtYear(y0)}/${fmtYear(y1)}`, timex: `(${y0}-01-01,${y1 + 1}-01-01,${dur})`, first: dayNumber(y0, 1, 1), last: dayNumber(y1, 12, 31) };
  }
  let a: number, b: number;
  if (dir === 'past') {
    a = addUnits(sc.A.day, unit, -n);
    b = sc.A.day;
  } else if (unit === 'W') {
    a = weekStart(sc.A.day) + 7; // الأسابيع الثلاثة القادمة: from next Monday
    b = a + 7 * n - 1;
  } else {
    a = sc.A.day + 1;
    b = addUnits(a, unit, n);
  }
  return { s, e, cut, kind: 'range', type: 'range', value: `${fmtDay(a)}/${fmtDay(b)}`, timex: `(${fmtDay(a)},${fmtDay(b)},${dur})`, first: a, last: b };
}

export function calendarUnit(sc: Scan, s: number, e: number, cut: number, unit: Unit, offset: number): M | null {
  if (!sc.A) return { s, e, cut, kind: 'other', type: 'date', value: null };
  const a = fromDayNumber(sc.A.day);
  switch (unit) {
    case 'W': {
      const ws = weekStart(sc.A.day) + 7 * offset;
      return { s, e, cut, kind: 'week', type: 'date', value: fmtWeek(ws), timex: fmtWeek(ws), first: ws, last: ws + 6 };
    }
    case 'M': {
      const f = addMonths(dayNumber(a.y, a.m, 1), offset);
      const b = fromDayNumber(f);
      return { s, e, cut, kind: 'month', type: 'date', value: fmtMonth(b.y, b.m), timex: fmtMonth(b.y, b.m), first: f, last: f + daysInMonth(b.y, b.m) - 1 };
    }
    case 'Y': {
      const y = a.y + offset;
      return { s, e, cut, kind: 'year', type: 'date', value: fmtYear(y), timex: fmtYear(y), first: dayNumber(y, 1, 1), last: dayNumber(y, 12, 31) };
    }
    case 'DE': {
      const d0 = Math.floor(a.y / 10) * 10 + 10 * offset;
      return { s, e, cut, kind: 'range', type: 'range', value: `${d0}/${d0 + 9}`, timex: String(d0 / 10), first: dayNumber(d0, 1, 1), last: dayNumber(d0 + 9, 12, 31) };
    }
    case 'C': {
      const c0 = Math.floor(a.y / 100) * 100 + 100 * offset;
      return { s, e, cut, kind: 'range', type: 'range', value: `${c0}/${c0 + 99}`, timex: String(c0 / 100) };
    }
    default:
      return null;
  }
}

/** early/mid/late: مطلع العام المقبل، أواخر آذار، منتصف الشهر، نهاية الأسبوع المقبل، أوائل شهر مارس */
export function partOfPeriod(sc: Scan, i: number): M | null {
  const r = sc.R(i).find((x) => ['مطلع', 'بدايه', 'اواءل', 'منتصف', 'اواسط', 'اواخر', 'نهايه', 'اخر', 'اول', 'اوسط', 'اخير', 'مستهل', 'اواخر', 'نص', 'نصف'].includes(x.k));
  if (!r) return null;
  // نصف شهر مارس is the middle of March; نصف شهر alone is half a month (a duration)
  if ((r.k === 'نص' || r.k === 'نصف') && !(sc.core(i + 1) === 'شهر' && monthAt(sc, i + 1))) return null;
  let j = i + 1;
  if (sc.core(j) === 'في' || sc.core(j) === 'من') j++;
  const which = ['مطلع', 'بدايه', 'اواءل', 'اول', 'مستهل'].includes(r.k) ? 'start' : ['منتصف', 'اواسط', 'اوسط', 'نص', 'نصف'].includes(r.k) ? 'mid' : 'end';
  const inner = monthOrPeriodAt(sc, j);
  if (!inner || inner.first === undefined || inner.first === null || inner.last === null || inner.last === undefined) return null;
  const f = inner.first;
  const l = inner.last;
  let a: number, b: number;
  if (inner.kind === 'month') {
    if (which === 'mid') return sc.dayMatch(i, inner.e, r.cut, f + 14, fmtDay(f + 14));
    // أوائل / أواخر آذار are its first or last ten days; مطلع / بداية / نهاية الشهر its first or second half
    const days = r.k === 'اواءل' || r.k === 'اواخر';
    [a, b] = which === 'start' ? [f, days ? f + 9 : f + 14] : [days ? f + 20 : f + 15, l];
  } else if (inner.kind === 'week') {
    [a, b] = which === 'start' ? [f, f + 2] : which === 'mid' ? [f + 1, f + 4] : [f + 3, l];
  } else if (inner.kind === 'year') {
    const y = fromDayNumber(f).y;
    [a, b] = which === 'start' ? [f, dayNumber(y, 6, 30)] : which === 'mid' ? [dayNumber(y, 4, 1), dayNumber(y, 9, 30)] : [dayNumber(y, 7, 1), l];
  } else {
    const half = Math.floor((l - f + 1) / 2);
    [a, b] = which === 'start' ? [f, f + half - 1] : which === 'mid' ? [f + Math.floor(half / 2), l - Math.floor(half / 2)] : [f + half, l];
  }
  const mod = which === 'start' ? 'START' : which === 'mid' ? 'MID' : 'END';
  return { s: i, e: inner.e, cut: r.cut, kind: 'range', type: 'range', value: `${fmtDay(a)}/${fmtDay(b)}`, timex: `${inner.value ?? ''}${inner.value ? '' : ''}`.length ? `${inner.timex ?? inner.value}-${mod}` : undefined, first: a, last: b };
}

export function monthOrPeriodAt(sc: Scan, j: number): M | null {
  const rel = relativePeriod(sc, j);
  if (rel && (rel.kind === 'month' || rel.kind === 'week' || rel.kind === 'year')) return rel;
  // الشهر / الأسبوع / العام alone after مطلع = the current one
  const c = sc.core(j);
  if (c === 'الشهر' || c === 'الاسبوع' || c === 'العام' || c === 'السنه') {
    const u = sc.lex.units.get(c.slice(2))!;
    return calendarUnit(sc, j, j + 1, 0, u.unit, 0);
  }
  const d = absDate(sc, j, true);
  if (d && (d.kind === 'month' || d.kind === 'year')) return d;
  const y = yearExpr(sc, j);
  if (y && y.kind === 'year') return y;
  return null;
}

/** بقية الأسبوع، باقي الشهر، بقية هذا العام: from now to the end of the unit */
export function restOf(sc: Scan, i: number): M | null {
  const r = sc.R(i).find((x) => x.k === 'بقيه' || x.k === 'باقي');
  if (!r) return null;
  let j = i + 1;
  if (sc.lex.demonstratives.has(sc.core(j))) j++;
  const k = sc.k(j);
  // بقية اليوم · بقية هذا الأسبوع · بقية يوم (the singular without the article names the current one too)
  const bare = sc.lex.units.get(k);
  const base = k === 'اسبوعي' ? 'W' : k.startsWith('ال') ? sc.lex.units.get(k.slice(2))?.unit : bare?.count === 1 ? bare.unit : undefined;
  if (!base || !['W', 'M', 'Y', 'D'].includes(base)) return null;
  let end = j + 1;
  if (sc.lex.relThis.has(sc.k(end))) end++;
  if (!sc.A) return { s: i, e: end, cut: r.cut, kind: 'range', type: 'range', value: null };
  const a = sc.A.day;
  if (base === 'D' && sc.A.h !== null) {
    const v = `${fmtDay(a)}${fmtClock({ h: sc.A.h, mi: sc.A.mi ?? 0, sec: sc.A.sec ?? 0 })}/${fmtDay(a)}T23:59:59`;
    return { s: i, e: end, cut: r.cut, kind: 'range', type: 'range', value: v, timex: v };
  }
  const ymd = fromDayNumber(a);
  const last = base === 'W' ? weekStart(a) + 6 : base === 'M' ? dayNumber(ymd.y, ymd.m, daysInMonth(ymd.y, ymd.m)) : base === 'Y' ? dayNumber(ymd.y, 12, 31) : a;
  return { s: i, e: end, cut: r.cut, kind: 'range', type: 'range', value: `${fmtDay(a)}/${fmtDay(last)}`, timex: `(${fmtDay(a)},${fmtDay(last)},P${last - a}D)`, first: a, last };
}
