/**
 * Weekdays: a bare or modified weekday (الجمعة، الأحد المقبل، يوم الثلاثاء الماضي، مساء الأربعاء) put in
 * the past or the future by tense (tense.ts), the nth weekday of a month or after a day (أول جمعة من يوليو،
 * الأحد الثاني، ثالث ثلاثاء بعد كريسماس), weeks relative to now and weeks by number.
 */
import { dayNumber, daysInMonth, fmtDay, fmtWeek, fromDayNumber, isoWeekday, monthFrom, nthWeekday, validDate, weekStart } from './calendar.js';
import type { PartOfDay } from './lexicon.js';
import { RANGE_TO, pad2, type M } from './match.js';
import type { Scan } from './scan.js';
import { absDate } from './absolute-dates.js';
import { holidayExpr } from './holidays.js';
import { monthAt, relativeMonth } from './months.js';
import { podAt } from './times-of-day.js';
import { isYearWord, relativeYear, yearAfter, yearAt } from './years.js';

export function weekdayAt(sc: Scan, i: number, ctx: boolean): { wd: number; end: number; cut: number } | null {
  for (const r of sc.R(i)) {
    const w = sc.lex.weekdays.get(r.k);
    if (!w) continue;
    if (w.bare && !ctx && !isWeekWord(sc, i + 1) && !isWeekWord(sc, i + 2)) continue;
    return { wd: w.wd, end: i + 1, cut: r.cut };
  }
  return null;
}

export function isWeekWord(sc: Scan, i: number): boolean {
  const k = sc.core(i);
  return k === 'الاسبوع' || k === 'اسبوع';
}

export function weekdayDay(sc: Scan, wd: number, mode: 'past' | 'next' | 'this' | 'auto', s: number, e: number): number | null {
  if (!sc.A) return null;
  const a = sc.A.day;
  const dow = isoWeekday(a);
  switch (mode) {
    case 'past':
      return a - (((dow - wd + 7) % 7) || 7);
    case 'next': {
      // الأربعاء المقبل said on a Tuesday is not tomorrow (that is غدا الأربعاء) but the week after
      const ahead = ((wd - dow + 7) % 7) || 7;
      return a + (ahead === 1 ? 8 : ahead);
    }
    case 'this':
      return weekStart(a) + wd - 1;
    default:
      if (sc.tense(s, e) === 'past') return a - ((dow - wd + 7) % 7);
      return a + ((wd - dow + 7) % 7); // future, present (يزور كيري الخميس باريس) or no cue
  }
}

/** weekdays: [part of day] [يوم] WEEKDAY [modifier]; هذا الجمعة; الأسبوع المقبل الجمعة; صباحا (الخميس); nth weekday of a month */
export function weekdayExpr(sc: Scan, i: number): M | null {
  let j = i;
  let cut = 0;
  let pod: PartOfDay | undefined;
  let mode: 'past' | 'next' | 'this' | 'auto' = 'auto';
  let weekOffset: number | null = null;
  let paren = false;
  // ordinal first: أول يوم جمعة من يوليو · ثالث ثلاثاء بعد كريسماس · آخر اثنين من شهر آذار
  const lead = ordinalLead(sc, i);
  if (lead) {
    let k2 = lead.end;
    if (sc.core(k2) === 'يوم') k2++;
    const w = weekdayAt(sc, k2, true);
    if (w) {
      const nth = nthWeekdayOfMonth(sc, w.end, w.wd, lead.n);
      if (nth) return sc.dayMatch(i, nth.end, lead.cut, nth.day, nth.timex);
    }
  }
  // part of the day first: مساء الاربعاء · صباح الخميس · بعد ظهر الاثنين · صباحا (الخميس)
  const p = podAt(sc, i);
  if (p && p.end > i) {
    let k2 = p.end;
    if (sc.isPunct(k2, '(')) {
      k2++;
      paren = true;
    }
    if (sc.core(k2) === 'يوم') k2++;
    const w = weekdayAt(sc, k2, true);
    if (w && (!paren || sc.isPunct(w.end, ')'))) {
      pod = p.pod;
      cut = p.cut;
      j = k2;
    } else if (sc.core(i) === 'في' || sc.core(i) === 'من') return null;
    else paren = false;
  }
  if (pod === undefined) {
    // الأسبوع المقبل [يوم] الجمعة · هذا الأسبوع الجمعة
    const wk = weekRef(sc, j);
    if (!wk && sc.lex.demonstratives.has(sc.core(j))) {
      mode = 'this';
      j++;
    }
    if (wk) {
      let k2 = wk.end;
      if (sc.core(k2) === 'يوم') k2++;
      const w = weekdayAt(sc, k2, true);
      if (w) {
        const day = sc.A ? weekStart(sc.A.day) + 7 * wk.offset + w.wd - 1 : null;
        return sc.dayMatch(i, w.end, sc.R(i)[0]!.cut, day, `XXXX-WXX-${w.wd}`);
      }
      if (mode === 'this') return null;
    }
  }
  let yawm = false;
  const ry = sc.R(j).find((r) => r.k === 'يوم');
  if (ry) {
    if (j === i) cut = ry.cut;
    yawm = true;
    j++;
  }
  const w = weekdayAt(sc, j, yawm || pod !== undefined || mode === 'this');
  if (!w) return null;
  if (j === i) cut = w.cut;
  let end = w.end;
  if (paren) end++;
  // modifiers after the weekday
  const next = sc.k(end);
  let afterNext = false;
  if (next === 'بعد' && sc.lex.relNext.has(sc.k(end + 1))) {
    // الجمعة بعد القادمة: the one after the coming one
    afterNext = true;
    mode = 'next';
    end += 2;
  } else if (sc.lex.relPast.has(next)) {
    mode = 'past';
    end++;
  } else if (sc.lex.relNext.has(next)) {
    mode = next === 'التالي' || next === 'التاليه' ? 'next' : 'next';
    end++;
  } else {
    // من هذا الأسبوع · من الأسبوع الماضي · الأسبوع الماضي
    let k2 = end;
    if (sc.core(k2) === 'من' || sc.core(k2) === 'في') k2++;
    const wk = weekRef(sc, k2);
    if (wk) {
      weekOffset = wk.offset;
      end = wk.end;
    } else {
      // الثلاثاء الثالث من شهر أيلول · الاثنين الأخير من شهر آذار · الثلاثاء التاسع عشر من هذا الشهر
      const ord = sc.numberWords(end);
      const lastWord = sc.lex.numbers.last.has(sc.k(end));
      if ((ord && ord.ordinal) || lastWord) {
        const n = lastWord ? -1 : ord!.value;
        const after = lastWord ? end + 1 : ord!.end;
        const nth = nthWeekdayOfMonth(sc, after, w.wd, n);
        if (nth) return sc.dayMatch(i, nth.end, cut, nth.day, nth.timex);
        // الأحد الثاني (nothing after): the second Sunday of the current month; not الجمعة الثانية على التوالي
        if (!lastWord && n >= 1 && n <= 5 && (sc.atEnd(after) || isVerbalTail(sc, after))) {
          if (!sc.A) return sc.dayMatch(i, after, cut, null, `XXXX-XX-WXX-${w.wd}-#${n}`);
          const a = fromDayNumber(sc.A.day);
          const day = nthWeekday(a.y, a.m, w.wd, n);
          if (day !== null) return sc.dayMatch(i, after, cut, day, '');
        }
        if (!lastWord && (sc.core(after) === 'من' || sc.core(after) === 'في')) {
          const rel = relativeMonth(sc, after + 1);
          if (rel && sc.A) {
            const base = monthFrom(sc.A.day, rel.offset);
            if (validDate(base.y, base.m, n)) return sc.dayMatch(i, rel.end, cut, dayNumber(base.y, base.m, n), '');
          }
        }
      }
    }
  }
  // a part of the day after: الثلاثاء صباحا · الجمعة بعد الظهر
  if (pod === undefined) {
    const p2 = podAt(sc, end);
    if (p2 && !isNumOrClockAt(sc, p2.end) && (sc.core(end) !== 'في' || sc.k(end + 1).startsWith('ال'))) {
      pod = p2.pod;
      end = p2.end;
    }
  }
  let day: number | null;
  if (weekOffset !== null) day = sc.A ? weekStart(sc.A.day) + 7 * weekOffset + w.wd - 1 : null;
  else day = weekdayDay(sc, w.wd, mode, i, end);
  if (afterNext && day !== null) day += 7;
  return sc.dayMatch(i, end, cut, day, `XXXX-WXX-${w.wd}`, pod);
}

/** a clause goes on with a verb or a time word, not with a complement of the ordinal (على التوالي، من) */
export function isVerbalTail(sc: Scan, i: number): boolean {
  const k = sc.core(i);
  return k.startsWith('س') && k.length > 3 && !['سنه', 'ساعه', 'سبت', 'السبت'].includes(k);
}

export function isNumOrClockAt(sc: Scan, i: number): boolean {
  return sc.isNum(i) || sc.core(i) === 'الساعه';
}

/** أول / ثالث / آخر / الأخير before a weekday */
export function ordinalLead(sc: Scan, i: number): { n: number; end: number; cut: number } | null {
  const r = sc.R(i);
  for (const x of r) {
    if (sc.lex.numbers.last.has(x.k)) return { n: -1, end: i + 1, cut: x.cut };
    const o = sc.lex.numbers.ordinals.get(x.k);
    if (o !== undefined && o <= 5 && !x.k.startsWith('ال')) return { n: o, end: i + 1, cut: x.cut };
  }
  return null;
}

/** after "WEEKDAY nth": من [شهر] MONTH [من عام] [YEAR] | من هذا الشهر | بعد كريسماس YEAR; the nth weekday (or day n when consistent) */
export function nthWeekdayOfMonth(sc: Scan, i: number, wd: number, n: number): { day: number | null; end: number; timex: string } | null {
  let j = i;
  // ثالث ثلاثاء بعد كريسماس 2014: counted from the holiday (or any dated day) after بعد / قبل
  if ((sc.core(j) === 'بعد' || sc.core(j) === 'قبل') && n >= 1) {
    const h = holidayExpr(sc, j + 1) ?? absDate(sc, j + 1, true);
    if (h && h.kind === 'day') {
      if (h.day == null) return { day: null, end: h.e, timex: '' };
      const after = sc.core(j) === 'بعد';
      const step = after ? (wd - isoWeekday(h.day) + 7) % 7 || 7 : -((isoWeekday(h.day) - wd + 7) % 7 || 7);
      return { day: h.day + step + (after ? 7 : -7) * (n - 1), end: h.e, timex: '' };
    }
    return null;
  }
  if (!['من', 'في', 'ب'].includes(sc.core(j))) {
    const r = sc.R(j).find((x) => x.cut > 0 && monthAt(sc, j));
    if (!r) return null;
  } else j++;
  const ref = monthRefAt(sc, j);
  if (!ref) return null;
  let { y } = ref;
  const { mo, end } = ref;
  if (y === null) {
    if (!sc.A) return { day: null, end, timex: `XXXX-${pad2(mo)}-WXX-${wd}-#${n}` };
    y = sc.nearestYear(mo, n > 0 ? n : 28, i, end)!;
  }
  // "الجمعة الثاني من كانون الاول" may be the 2nd (a Friday) rather than the second Friday
  if (n > 0 && validDate(y, mo, n) && isoWeekday(dayNumber(y, mo, n)) === wd) return { day: dayNumber(y, mo, n), end, timex: '' };
  if (n > 5) return null;
  const day = nthWeekday(y, mo, wd, n);
  return day === null ? null : { day, end, timex: '' };
}

/**
 * The month a weekday or week is counted in: a Gregorian month name with its year if one follows
 * (كانون الأول 2016، ديسمبر من العام المقبل) or a relative month (الشهر المقبل); y is null when no year is said.
 */
function monthRefAt(sc: Scan, j: number): { y: number | null; mo: number; end: number } | null {
  const m = monthAt(sc, j);
  if (m && !m.hijri) {
    const ya = yearAfter(sc, m.end);
    if (ya) return { y: ya.y, mo: m.m, end: ya.end };
    const ry = relativeYear(sc, m.end);
    if (ry && sc.A) return { y: fromDayNumber(sc.A.day).y + ry.offset, mo: m.m, end: ry.end };
    return { y: null, mo: m.m, end: m.end };
  }
  const rel = relativeMonth(sc, j);
  if (!rel || !sc.A) return null;
  const b = monthFrom(sc.A.day, rel.offset);
  return { y: b.y, mo: b.m, end: rel.end };
}

/** هذا الأسبوع / الأسبوع الحالي (0), الأسبوع الماضي (-1), الأسبوع المقبل (+1), الأسبوع بعد القادم (+2) */
export function weekRef(sc: Scan, i: number): { offset: number; end: number } | null {
  let j = i;
  if (sc.lex.demonstratives.has(sc.core(j))) {
    if (isWeekWord(sc, j + 1) && sc.k(j + 1).startsWith('ال')) return { offset: 0, end: j + 2 };
    return null;
  }
  if (!isWeekWord(sc, j) || !sc.core(j).startsWith('ال')) return null;
  j++;
  const k = sc.k(j);
  if (k === 'بعد' && sc.lex.relNext.has(sc.k(j + 1))) return { offset: 2, end: j + 2 };
  const offset = sc.relOffset(j);
  return offset === null ? null : { offset, end: j + 1 };
}

/** الأسبوع المقبل من الأربعاء إلى الجمعة · هذا الأسبوع بين الثلاثاء والخميس: days of a given week */
export function weekdaySpan(sc: Scan, i: number): M | null {
  const wk = weekRef(sc, i);
  if (!wk) return null;
  let j = wk.end;
  const lead = sc.core(j);
  if (lead !== 'من' && lead !== 'بين') return null;
  j++;
  const w1 = weekdayAt(sc, j, true);
  if (!w1) return null;
  let k2 = w1.end;
  let w2: { wd: number; end: number } | null = null;
  const conn = sc.k(k2);
  if (RANGE_TO.has(conn) || (lead === 'بين' && conn === 'و')) w2 = weekdayAt(sc, k2 + 1, true);
  else if (lead === 'بين' && conn.length > 2 && conn[0] === 'و') {
    const r = sc.R(k2).find((x) => x.cut === 1 && sc.lex.weekdays.has(x.k));
    if (r) w2 = { wd: sc.lex.weekdays.get(r.k)!.wd, end: k2 + 1 };
  }
  if (!w2 || w2.wd <= w1.wd) return null;
  const cut = sc.R(i)[0]!.cut;
  if (!sc.A) return { s: i, e: w2.end, cut, kind: 'range', type: 'range', value: null, timex: `(XXXX-WXX-${w1.wd},XXXX-WXX-${w2.wd})` };
  const ws = weekStart(sc.A.day) + 7 * wk.offset;
  const a = ws + w1.wd - 1;
  const b = ws + w2.wd - 1;
  return { s: i, e: w2.end, cut, kind: 'range', type: 'range', value: `${fmtDay(a)}/${fmtDay(b)}`, timex: `(${fmtDay(a)},${fmtDay(b)},P${b - a}D)`, first: a, last: b };
}

/**
 * Weeks counted in a month or a year: الأسبوع الأول من شهر عشرة 2014، أول أسبوع بشهر أكتوبر، آخر أسبوع في سبتمبر،
 * الأسبوع الثالث من هذا الشهر، الأسبوع الأول من عام 2015. A month's weeks are the Monday–Sunday weeks inside it;
 * a year's are its ISO weeks.
 */
export function weekOrdinal(sc: Scan, i: number): M | null {
  let n: number | null = null;
  let j = i;
  const r0 = sc.R(i).find((x) => x.k === 'الاسبوع' || x.k === 'اسبوع');
  if (r0 && r0.k === 'الاسبوع') {
    const k = sc.k(i + 1);
    if (sc.lex.numbers.last.has(k)) n = -1;
    else {
      const o = sc.lex.numbers.ordinals.get(k);
      if (o !== undefined && o <= 5 && k.startsWith('ال')) n = o;
    }
    j = i + 2;
  } else {
    const lead = ordinalLead(sc, i);
    if (lead && sc.core(i + 1) === 'اسبوع') {
      n = lead.n;
      j = i + 2;
    }
  }
  if (n === null) return null;
  const cut = sc.R(i)[0]!.cut;
  let k2 = j;
  if (['من', 'في'].includes(sc.core(k2))) k2++;
  // a year: عام 2015 · العام المقبل
  const yr = sc.R(k2).find((x) => isYearWord(x.k));
  const yy = yr ? yearAt(sc, k2 + 1, true) : null;
  const ry = relativeYear(sc, k2);
  if (yy || ry) {
    if (!sc.A && !yy) return null;
    const y = yy ? yy.y : fromDayNumber(sc.A!.day).y + ry!.offset;
    const end = yy ? yy.end : ry!.end;
    const jan4 = dayNumber(y, 1, 4);
    let ws = weekStart(jan4) + 7 * (n - 1);
    if (n === -1) ws = weekStart(dayNumber(y, 12, 28));
    return { s: i, e: end, cut, kind: 'week', type: 'date', value: fmtWeek(ws), timex: fmtWeek(ws), first: ws, last: ws + 6 };
  }
  const ref = monthRefAt(sc, k2);
  if (!ref) return null;
  let { y } = ref;
  const { mo, end } = ref;
  if (y === null) y = sc.nearestYear(mo, 15, i, end, true);
  if (y === null) return { s: i, e: end, cut, kind: 'week', type: 'date', value: null, timex: `XXXX-${pad2(mo)}-W0${n}` };
  const first = dayNumber(y, mo, 1);
  const lastD = dayNumber(y, mo, daysInMonth(y, mo));
  let ws: number;
  if (n === -1) {
    ws = weekStart(lastD);
    if (ws + 6 > lastD) ws -= 7;
  } else {
    ws = first + ((1 - isoWeekday(first) + 7) % 7) + 7 * (n - 1);
    if (ws + 6 > lastD) return null;
  }
  return { s: i, e: end, cut, kind: 'week', type: 'date', value: fmtWeek(ws), timex: fmtWeek(ws), first: ws, last: ws + 6 };
}
