/**
 * Absolute dates: numeric (7/12/2016 day first, 2016-12-07, 3/2015, 22/04, 4.22 where it cannot be a
 * decimal), written (15 آذار 1962، الثالث من حزيران/يونيو 2014، يوم الخميس 5 يناير), a day of the month
 * alone where the context makes it one (يوم 21، عدت للثاني), and Hijri dates (25 شوال 1436 هـ).
 */
import { addMonths, dayNumber, daysInMonth, fmtDay, fromDayNumber, isoWeekday, monthFrom, nthWeekday, validDate } from './calendar.js';
import { DASH, pad2, type M } from './match.js';
import type { Scan } from './scan.js';
import { monthAt, monthCueBefore, relativeMonth } from './months.js';
import { weekdayAt } from './weekdays.js';
import { eraAt, relativeYear, yearAfter, yearAfterAny } from './years.js';

/** a day of the month: 1–31 in digits or words (الثاني، واحد وعشرين، أول) */
export function dayAt(sc: Scan, i: number): { d: number; end: number; cut: number; words: boolean } | null {
  if (sc.isNum(i)) {
    const k = sc.k(i);
    if (sc.isPunct(i - 1, '.,') && sc.glued(i) && sc.isNum(i - 2) && sc.glued(i - 1)) return null; // 4.05 في آذار
    if (sc.isPunct(i + 1, '.,') && sc.glued(i + 1) && sc.isNum(i + 2) && sc.glued(i + 2)) return null; // يوم السبت 19.7 مليون دولار
    if (k.length > 2 || sc.isPunct(i + 1, ':') && sc.glued(i + 1)) return null;
    const d = Number(k);
    if (d >= 1 && d <= 31) return { d, end: i + 1, cut: 0, words: false };
    return null;
  }
  const w = sc.numberWords(i);
  if (w && w.value >= 1 && w.value <= 31) return { d: w.value, end: w.end, cut: w.cut, words: true };
  return null;
}

/** numeric dates: 7/12/2016 (day first), 2016-12-07, 2016/02/22, 3/2015, 2015-3, 22/04 */
export function numericDate(sc: Scan, i: number): M | null {
  if (!sc.isNum(i)) return null;
  // 8 / 10 / 1436 (spaced slashes, a full date only)
  if (sc.isPunct(i + 1, '/') && sc.isNum(i + 2) && sc.isPunct(i + 3, '/') && sc.isNum(i + 4) && sc.k(i + 4).length === 4 && !(sc.glued(i + 1) && sc.glued(i + 2))) {
    const [d, mo, y] = [sc.num(i), sc.num(i + 2), sc.num(i + 4)];
    const era = eraAt(sc, i + 5);
    const end = era ? era.end : i + 5;
    if ((y >= 1300 && y <= 1500) || era?.hijri) return sc.hijriDate(i, end, 0, y, mo, d);
    return sc.gregDate(i, end, 0, y, mo, d);
  }
  const sep = sc.k(i + 1);
  if (!sc.isPunct(i + 1, '/-.') || !sc.glued(i + 1) || !sc.isNum(i + 2) || !sc.glued(i + 2)) return null;
  const a = sc.k(i);
  const b = sc.k(i + 2);
  const three = sc.k(i + 3) === sep && sc.glued(i + 3) && sc.isNum(i + 4) && sc.glued(i + 4);
  if (three) {
    const c = sc.k(i + 4);
    let y: number, mo: number, d: number;
    if (a.length === 4) [y, mo, d] = [Number(a), Number(b), Number(c)];
    else if (c.length === 4 || c.length === 2) {
      y = c.length === 2 ? (Number(c) < 50 ? 2000 + Number(c) : 1900 + Number(c)) : Number(c);
      [d, mo] = [Number(a), Number(b)];
      if (mo > 12 && d <= 12) [d, mo] = [mo, d]; // 4/22/2016 written month first
    } else return null;
    // 2015-1-32: no such day, but the year and month stand (2015-01)
    if (a.length === 4 && mo >= 1 && mo <= 12 && !validDate(y, mo, d)) return sc.monthMatch(i, i + 3, 0, y, mo);
    // 29-8-1436هـ: Saudi dates are Hijri; years 1300–1500 cannot be news-time Gregorian years
    const era = eraAt(sc, i + 5);
    if ((y >= 1300 && y <= 1500) || era?.hijri) return sc.hijriDate(i, era ? era.end : i + 5, 0, y, mo, d);
    return sc.gregDate(i, era ? era.end : i + 5, 0, y, mo, d);
  }
  const na = Number(a);
  const nb = Number(b);
  if (sep === '.') {
    // 4.22 is more often a decimal than a date: only a day.month or month.day that cannot be read the other
    // way (one part 13–31) or a year.month (2015.3), alone at the end of a clause (سأعود 4.22، سأخرج 2015.3)
    if (!(sc.atEnd(i + 3) || sc.isPunct(i + 3, '،,؛')) || quantityCueBefore(sc, i) || !(sc.wordCount <= 4 || dateCueBefore(sc, i))) return null;
    if (a.length === 4 && na >= 1900 && na <= 2100 && b.length <= 2 && nb >= 1 && nb <= 12) return sc.monthMatch(i, i + 3, 0, na, nb);
    if (a.length > 2 || b.length > 2) return null;
    const [d, mo] = na > 12 ? [na, nb] : [nb, na];
    if (Math.max(na, nb) < 13 || mo < 1 || mo > 12 || d > 31) return null;
    return sc.gregDate(i, i + 3, 0, null, mo, d);
  }
  const hijriYear = (y: number) => (y >= 1300 && y <= 1500) || !!eraAt(sc, i + 3)?.hijri;
  if (a.length === 4 && nb >= 1 && nb <= 12 && b.length <= 2) return hijriYear(na) ? sc.hijriMonthMatch(i, eraAt(sc, i + 3)?.end ?? i + 3, 0, na, nb) : sc.monthMatch(i, i + 3, 0, na, nb);
  if (b.length === 4 && na >= 1 && na <= 12 && a.length <= 2) return hijriYear(nb) ? sc.hijriMonthMatch(i, eraAt(sc, i + 3)?.end ?? i + 3, 0, nb, na) : sc.monthMatch(i, i + 3, 0, nb, na);
  // 22/04 · 22-4 (a dash only when one part is 13–31, so that a score such as 2-1 is not a date)
  if ((sep === '/' || (DASH.has(sep) && Math.max(na, nb) >= 13 && !sc.isNum(i + 3))) && a.length <= 2 && b.length <= 2) {
    let d = na;
    let mo = nb;
    if (mo > 12 && d <= 12) [d, mo] = [mo, d];
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
    if (sep !== '/' && !(sc.wordCount <= 4 || dateCueBefore(sc, i))) return null; // ارتفع إلى 13-4
    if (sep !== '/' && (monthAt(sc, i + 3) || (sc.core(i + 3) === 'من' && (monthAt(sc, i + 4) || sc.core(i + 4) === 'شهر')))) return null; // 12-17 من شهر شوال: days of a month
    const cue = ['في', 'يوم', 'بتاريخ', 'تاريخ', 'منذ', 'حتي', 'قبل', 'بعد', 'الموافق', 'الي', 'من'].includes(sc.core(i - 1)) || sc.R(i - 1).some((r) => sc.lex.weekdays.has(r.k));
    if (!cue && !a.startsWith('0') && !b.startsWith('0') && sc.wordCount > 4) return null; // وكسبها الزعيم 2/1
    // a following year: 22/04, 2016. After a Latin comma with both parts ≤ 12 it is the American
    // month/day, year (08/12, 2015 → 2015-08-12; 08/12, 15); an Arabic comma keeps day first.
    const us = sc.isPunct(i + 3, ',') && na <= 12 && nb <= 12;
    if (us && sc.isNum(i + 4) && sc.k(i + 4).length === 2 && sc.atEnd(i + 5)) return sc.gregDate(i, i + 5, 0, 2000 + sc.num(i + 4), na, nb);
    const ya = yearAfter(sc, i + 3);
    if (ya && us) return sc.gregDate(i, ya.end, 0, ya.y, na, nb);
    if (ya && sc.isPunct(i + 3, '،,')) return sc.gregDate(i, ya.end, 0, ya.y, mo, d);
    return sc.gregDate(i, i + 3, 0, null, mo, d);
  }
  return null;
}

/**
 * A day of the current month named by its ordinal alone after a preposition, where nothing else follows
 * or a clock time does: عدت إلى الحادي والعشرين · عدت للثاني · سأعود في الخامس في 4 صباحا. Not before a
 * noun (في الثاني من الشهر goes to the full-date rule; للمرة الثانية، إلى الثاني عشر من … are not bare).
 */
export function ordinalDay(sc: Scan, i: number): M | null {
  const w = sc.numberWords(i);
  if (!w || !w.ordinal || w.value < 1 || w.value > 31) return null;
  const first = sc.R(i).find((r) => r.cut === w.cut)!.k;
  if (!first.startsWith('ال') || first.endsWith('ه')) return null; // الخامسة (feminine) is an hour
  const prep = w.cut > 0 ? sc.k(i).startsWith('ل') || sc.k(i).startsWith('ول') : ['في', 'الي', 'حتي', 'منذ'].includes(sc.core(i - 1));
  if (!prep) return null;
  const clockNext = (sc.core(w.end) === 'في' || sc.core(w.end) === 'الساعه') && (sc.isNum(w.end + 1) || sc.core(w.end) === 'الساعه');
  // bare, it is a date only in a short query (عدت للثاني); in running text it needs the clock time
  if (!(sc.atEnd(w.end) && sc.wordCount <= 4) && !clockNext) return null;
  if (!sc.A) return sc.dayMatch(i, w.end, w.cut, null, `XXXX-XX-${pad2(w.value)}`);
  const a = fromDayNumber(sc.A.day);
  if (!validDate(a.y, a.m, w.value)) return null;
  return sc.dayMatch(i, w.end, w.cut, dayNumber(a.y, a.m, w.value), `XXXX-XX-${pad2(w.value)}`);
}

/** a word that introduces a date: في، يوم، بتاريخ، الموافق, or a weekday */
export function dateCueBefore(sc: Scan, i: number): boolean {
  return ['في', 'يوم', 'بتاريخ', 'تاريخ', 'الموافق', 'منذ'].includes(sc.core(i - 1)) || sc.R(i - 1).some((r) => sc.lex.weekdays.has(r.k));
}

/** a number read as a quantity: بنسبة 4.22، بلغ 4.22، نحو، حوالي */
export function quantityCueBefore(sc: Scan, i: number): boolean {
  return ['بنسبه', 'نسبه', 'بلغ', 'بلغت', 'نحو', 'حوالي', 'قرابه', 'بمعدل', 'معدل', 'بقيمه', 'قيمه', 'سعر', 'بسعر', 'الي', 'من', 'و'].includes(sc.core(i - 1));
}

/** [يوم] [weekday [،] [الموافق]] day [من] [شهر] MONTH [year] — or MONTH day [year], MONTH [year] */
export function wordDate(sc: Scan, i: number): M | null {
  let j = i;
  let cut = 0;
  let yawm = false;
  const r0 = sc.R(i).find((r) => r.k === 'يوم' || r.k === 'اليوم');
  if (r0 && (r0.k === 'يوم' || sc.numberWords(i + 1)?.ordinal || sc.lex.numbers.last.has(sc.k(i + 1)))) {
    yawm = true;
    cut = r0.cut;
    j++;
  }
  // a query like "سأعود في 15": a day of this or next month
  if (!yawm && sc.wordCount <= 3 && sc.isNum(i) && sc.core(i - 1) === 'في' && sc.atEnd(i + 1) && sc.A) {
    const d = sc.num(i);
    const a = fromDayNumber(sc.A.day);
    if (d >= 1 && d <= 31) {
      const base = d >= a.d ? dayNumber(a.y, a.m, 1) : addMonths(dayNumber(a.y, a.m, 1), 1);
      const b = fromDayNumber(base);
      if (validDate(b.y, b.m, d)) return sc.dayMatch(i, i + 1, 0, dayNumber(b.y, b.m, d), `XXXX-XX-${pad2(d)}`);
    }
  }
  let wd: { wd: number; end: number; cut: number } | null = weekdayAt(sc, j, yawm);
  if (wd) {
    if (j === i) cut = wd.cut;
    let k2 = wd.end;
    if (sc.isPunct(k2, '،,')) k2++;
    if (sc.core(k2) === 'الموافق') k2++;
    if (sc.core(k2) === 'في') k2++;
    const inner = absDate(sc, k2, true) ?? numericDate(sc, k2);
    // الجمعة 15 · الخميس في 21: a day of a month with that weekday — this month, the one before or after, else the next one that has it
    const dd = dayAt(sc, k2);
    const bareDay = !!inner && !!dd && !dd.words && inner.e === dd.end;
    if ((!inner || bareDay) && dd && sc.A && (sc.atEnd(dd.end) || sc.is(dd.end, 'من'))) {
      const a = fromDayNumber(sc.A.day);
      // the nearest month in the direction of the tense (سأعود يوم الخميس 15 looks ahead, قتل يوم الخميس 15 back)
      const back = sc.tense(i, dd.end) === 'past';
      const ahead = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
      const order = dd.words ? [0, -1, 1] : back ? [0, ...ahead.map((x) => -x), 1] : [0, ...ahead, -1];
      for (const delta of order) {
        const { y, m } = monthFrom(dayNumber(a.y, a.m, 1), delta);
        if (validDate(y, m, dd.d) && isoWeekday(dayNumber(y, m, dd.d)) === wd.wd) return sc.dayMatch(i, dd.end, cut, dayNumber(y, m, dd.d), '');
      }
    }
    if (inner) {
      inner.s = i;
      inner.cut = cut;
      // الثلاثاء الثالث من شهر أيلول: the third Tuesday, unless the 3rd is a Tuesday
      if (inner.day != null && isoWeekday(inner.day) !== wd.wd) {
        const b = fromDayNumber(inner.day);
        if (b.d <= 5 && sc.numberWords(k2)?.ordinal) {
          const day = nthWeekday(b.y, b.m, wd.wd, b.d);
          if (day !== null) return sc.dayMatch(i, inner.e, cut, day, fmtDay(day));
        }
        // الأحد 2 أكتوبر with no year: the nearest year in which that day is a Sunday
        const yearGiven = sc.toks.slice(k2, inner.e).some((t) => t.kind === 'n' && t.k.length === 4);
        if (!yearGiven && sc.A && !inner.hijri) {
          const ay = fromDayNumber(sc.A.day).y;
          const fits = [ay, ay - 1, ay + 1]
            .filter((y) => validDate(y, b.m, b.d) && isoWeekday(dayNumber(y, b.m, b.d)) === wd.wd)
            .map((y) => dayNumber(y, b.m, b.d))
            .sort((x, y) => Math.abs(x - sc.A!.day) - Math.abs(y - sc.A!.day));
          if (fits.length) return sc.dayMatch(i, inner.e, cut, fits[0]!, fmtDay(fits[0]!));
        }
      }
      return inner;
    }
    return null;
  }
  const inner = absDate(sc, j, yawm);
  if (!inner) return null;
  if (j !== i) {
    inner.s = i;
    inner.cut = cut;
  }
  return inner;
}

/** day + month (+ year), month + day (+ year), month + year, a month alone */
export function absDate(sc: Scan, i: number, ctx: boolean): M | null {
  // ثورة 25 يناير · فريق 14 آذار · هجمات 11 سبتمبر: names, not dates of this year
  const h = sc.isPunct(i - 1, '«"(“') ? i - 2 : i - 1;
  if (sc.R(h).some((r) => sc.lex.namedDateHeads.has(r.k)) && sc.isNum(i) && !yearAfterAny(sc, i)) {
    let k = i + 1;
    if (sc.core(k) === 'من') k++;
    const mo = monthAt(sc, k);
    return mo ? { s: i, e: mo.end, cut: 0, kind: 'other', type: 'date', value: null, skip: true } : null;
  }
  // day first
  let dd = dayAt(sc, i);
  let lastDay = false;
  if (!dd && sc.lex.numbers.last.has(sc.core(i)) && (sc.core(i + 1) === 'يوم' || sc.core(i - 1) === 'اليوم' || sc.core(i - 1) === 'يوم')) {
    dd = { d: 28, end: i + 1, cut: 0, words: true }; // آخر يوم بشهر عشرة · اليوم الأخير من شهر
    lastDay = true;
  }
  // الأيام العشرة الأولى من ديسمبر: a feminine ordinal after a definite noun agrees with that noun, it is no day
  if (dd && dd.words && sc.R(i).some((r) => sc.lex.numbers.ordinals.has(r.k) && (r.k.endsWith('ه') || r.k.endsWith('اولي'))) && sc.k(i - 1).startsWith('ال') && !sc.lex.weekdays.has(sc.k(i - 1)))
    dd = null;
  if (dd) {
    let j = dd.end;
    if (sc.isPunct(j, '-.') && sc.glued(j)) j++;
    if (dd.words && sc.core(j) === 'يوم') j++; // ثالث يوم من شهر عشرة
    if (sc.core(j) === 'من' || sc.core(j) === 'في') j++;
    const mo = monthAt(sc, j);
    if (mo) {
      const ya = yearAfter(sc, mo.end);
      let end = ya ? ya.end : mo.end;
      const era = ya ? null : eraAt(sc, end);
      if (era) end = era.end;
      if (lastDay && !mo.hijri) {
        const y = ya ? ya.y : sc.nearestYear(mo.m, 28, i, end);
        if (y === null) return sc.dayMatch(i, end, 0, null, `XXXX-${pad2(mo.m)}-XX`);
        return sc.gregDate(i, end, dd.cut, y, mo.m, daysInMonth(y, mo.m));
      }
      if (mo.hijri || ya?.hijriEra) {
        const h = sc.hijriDate(i, end, dd.cut, ya ? ya.y : null, mo.m, dd.d);
        if (h && !ya && sc.lex.relThis.has(sc.k(end))) h.e = end + 1; // 30 شوال الجاري
        return h;
      }
      // 12 أفريل المقبل · 3 مارس الماضي
      if (!ya && sc.A && (sc.lex.relNext.has(sc.k(end)) || sc.lex.relPast.has(sc.k(end)))) {
        const next = sc.lex.relNext.has(sc.k(end));
        const a = fromDayNumber(sc.A.day);
        for (const y of next ? [a.y, a.y + 1] : [a.y, a.y - 1]) {
          if (!validDate(y, mo.m, dd.d)) continue;
          const day = dayNumber(y, mo.m, dd.d);
          if (next ? day > sc.A.day : day < sc.A.day) return sc.dayMatch(i, end + 1, dd.cut, day, `XXXX-${pad2(mo.m)}-${pad2(dd.d)}`);
        }
      }
      const g = sc.gregDate(i, end, dd.cut, ya ? ya.y : null, mo.m, dd.d);
      if (g && !ya && sc.lex.relThis.has(sc.k(end))) g.e = end + 1; // 10 يوليو/تموز الجاري
      return g;
    }
    // 20 من الشهر المقبل · التاسع عشر من هذا الشهر
    const of = dd.words && sc.core(dd.end) === 'يوم' ? dd.end + 1 : dd.end; // آخر يوم من الشهر المقبل
    if (sc.core(of) === 'من' || sc.core(of) === 'في') {
      const rel = relativeMonth(sc, of + 1);
      if (rel && sc.A) {
        const { y, m } = monthFrom(sc.A.day, rel.offset);
        return sc.gregDate(i, rel.end, dd.cut, y, m, lastDay ? daysInMonth(y, m) : dd.d); // اليوم الأخير من الشهر
      }
    }
    // يوم 21 · للثاني (a day of this month) only after يوم
    if (ctx && !dd.words && sc.atEnd(dd.end)) {
      const timex = `XXXX-XX-${pad2(dd.d)}`;
      if (!sc.A) return sc.dayMatch(i, dd.end, dd.cut, null, timex);
      const a = fromDayNumber(sc.A.day);
      if (!validDate(a.y, a.m, dd.d)) return null;
      return sc.dayMatch(i, dd.end, dd.cut, dayNumber(a.y, a.m, dd.d), timex);
    }
    return null;
  }
  // month first
  const mo = monthAt(sc, i);
  if (!mo) return null;
  let j = mo.end;
  // يناير الثاني والعشرين · سبتمبر 10 · أكتوبر 14
  let d2 = dayAt(sc, j) ?? (sc.isPunct(j, '-/') && sc.glued(j) ? dayAt(sc, j + 1) : null);
  if (d2 && (d2.cut > 0 || (mo.ambiguous && d2.words))) d2 = null; // أب لخمسة أبناء
  if (d2 && !sc.lex.units.has(sc.k(d2.end)) && !(sc.isNum(d2.end - 1) && sc.k(d2.end - 1).length === 4)) {
    const ya = yearAfter(sc, d2.end);
    if (ya || d2.words || sc.atEnd(d2.end) || sc.isPunct(d2.end, '،,') || (sc.isNum(d2.end) && sc.isPunct(d2.end + 1, ':'))) {
      if (mo.hijri) return sc.hijriDate(i, ya ? ya.end : d2.end, mo.cut, ya ? ya.y : null, mo.m, d2.d);
      return sc.gregDate(i, ya ? ya.end : d2.end, mo.cut, ya ? ya.y : null, mo.m, d2.d);
    }
  }
  const ya = yearAfter(sc, j);
  if (ya) {
    if (mo.hijri || ya.hijriEra) return sc.hijriMonthMatch(i, ya.end, mo.cut, ya.y, mo.m);
    return sc.monthMatch(i, ya.end, mo.cut, ya.y, mo.m);
  }
  // يونيو العام المقبل
  const relY = relativeYear(sc, j);
  if (relY !== null && sc.A && !mo.hijri) return sc.monthMatch(i, relY.end, mo.cut, fromDayNumber(sc.A.day).y + relY.offset, mo.m);
  // ديسمبر الماضي · يونيو المقبل · رمضان الجاري
  const rel = sc.relOffset(j);
  if (sc.A && rel !== null && !mo.hijri) {
    const a = fromDayNumber(sc.A.day);
    let y = a.y;
    if (rel === -1 && mo.m >= a.m) y--;
    if (rel === 1 && mo.m <= a.m) y++;
    return sc.monthMatch(i, j + 1, mo.cut, y, mo.m);
  }
  // آذار بعد القادم: the one after the coming one
  if (sc.A && sc.k(j) === 'بعد' && sc.relOffset(j + 1) === 1 && !mo.hijri) {
    const a = fromDayNumber(sc.A.day);
    return sc.monthMatch(i, j + 2, mo.cut, a.y + (mo.m <= a.m ? 2 : 1), mo.m);
  }
  // a month alone: ambiguous names need a cue before them (في، شهر، منذ، حتى ...)
  if (mo.ambiguous && !ctx && !monthCueBefore(sc, i, false)) return null;
  if (mo.hijri) {
    if (!mo.shahr && !monthCueBefore(sc, i)) return null;
    return sc.hijriMonthMatch(i, j, mo.cut, null, mo.m);
  }
  return sc.monthMatch(i, j, mo.cut, null, mo.m);
}
