/**
 * Years (عام 2012، العام 2015، 1436 هـ، عام ألفين وسبعة عشر), eras (م / هـ), years relative to now
 * (العام الماضي), decades (التسعينيات), quarters (الربع الثالث من عام 2016) and seasons (صيف 2016).
 */
import { dayNumber, daysInMonth, fmtDay, fmtYear, fromDayNumber, hijriToDay, monthFrom } from './calendar.js';
import { type M } from './match.js';
import type { Scan } from './scan.js';
import { relativeMonth } from './months.js';
import { monthCueBefore } from './months.js';

/** a year: 4 digits (3 after عام), or words after عام/سنة; `strong` when a year word or a month precedes */
export function yearAt(sc: Scan, i: number, strong: boolean, afterDate = false): { y: number; end: number } | null {
  if (sc.isNum(i)) {
    const k = sc.k(i);
    const y = Number(k);
    if (sc.isPunct(i + 1, ':.,') && sc.glued(i + 1) && sc.isNum(i + 2)) return null; // 12:30, 2,000
    if (k.length === 4 && y >= 1000 && y <= 2200) return { y, end: i + 1 };
    if (strong && (k.length === 3 || k.length === 4)) return { y, end: i + 1 };
    return null;
  }
  const w = sc.numberWords(i);
  if (!strong) {
    // في ألف وتسعمائة وتسعة وثمانين · منذ ألفين وثلاثة: a year in words closing the clause after في/منذ/حتى
    // (في ألف وخمسمائة موقع counts: a noun follows)
    const closing = w && (sc.atEnd(w.end) || sc.isPunct(w.end, '.،,؛!؟?)')) && ['في', 'منذ', 'حتي'].includes(sc.core(i - 1));
    return w && !w.ordinal && w.value >= 1000 && w.value <= 2100 && (afterDate || closing) ? { y: w.value, end: w.end } : null;
  }
  if (w && !w.ordinal && w.value >= 100 && w.value <= 2200) return { y: w.value, end: w.end };
  // تسعة عشر ثمانية وعشرون: 19 | 28
  if (w && !w.ordinal && w.value >= 10 && w.value <= 20) {
    const w2 = sc.numberWords(w.end);
    if (w2 && !w2.ordinal && w2.value < 100) return { y: w.value * 100 + w2.value, end: w2.end };
  }
  return null;
}

export function isYearWord(k: string): boolean {
  return k === 'عام' || k === 'العام' || k === 'سنه' || k === 'السنه' || k === 'عامي' || k === 'سنتي';
}

/** optional era after a year: م / ميلادي (Gregorian) or هـ / هجري (Hijri) */
export function eraAt(sc: Scan, i: number): { end: number; hijri: boolean } | null {
  const k = sc.k(i);
  if (sc.lex.eraH.has(k)) return { end: i + 1, hijri: true };
  if (sc.lex.eraG.has(k)) return { end: i + 1, hijri: false };
  return null;
}

/** year after a date: [،|,|.] [من] [عام|سنة|لعام] YEAR [era] */
export function yearAfter(sc: Scan, i: number): { y: number; end: number; hijriEra: boolean | null } | null {
  let j = i;
  if (sc.isPunct(j, '،,.')) j++;
  if (sc.core(j) === 'من' || sc.core(j) === 'في') j++;
  let strong = true;
  const r = sc.R(j).find((x) => isYearWord(x.k));
  if (r) j++;
  else strong = j === i; // a bare year right after the month
  const y = yearAt(sc, j, strong || !!r, true);
  if (!y) return null;
  const era = eraAt(sc, y.end);
  return { y: y.y, end: era ? era.end : y.end, hijriEra: era ? era.hijri : null };
}

/** a year within the next few tokens (a full date, not a name) */
export function yearAfterAny(sc: Scan, i: number): boolean {
  for (let k = i; k < i + 6 && k < sc.toks.length; k++) if (sc.isNum(k) && sc.k(k).length === 4) return true;
  return false;
}

export function relativeYear(sc: Scan, i: number): { offset: number; end: number } | null {
  let j = i;
  if (sc.core(j) === 'من' || sc.core(j) === 'في') j++;
  if (sc.lex.demonstratives.has(sc.core(j)) && (sc.k(j + 1) === 'العام' || sc.k(j + 1) === 'السنه')) return { offset: 0, end: j + 2 };
  const c = sc.core(j);
  if (c !== 'العام' && c !== 'السنه') return null;
  const offset = sc.relOffset(j + 1);
  return offset === null ? null : { offset, end: j + 2 };
}

/** years: عام 2012، العام 2015، سنة 1990، في 2015، 1436 هـ، عام ألفين وسبعة وعشرين; and 2014-2018, بين عامي 2014 و2018 */
export function yearExpr(sc: Scan, i: number): M | null {
  let j = i;
  let cut = 0;
  let strong = false;
  const r = sc.R(i).find((x) => isYearWord(x.k));
  if (r) {
    strong = true;
    cut = r.cut;
    j++;
  }
  const y = yearAt(sc, j, strong);
  if (!y) return null;
  const rangeNext = sc.isPunct(y.end, '-–') && sc.isNum(y.end + 1) && sc.k(y.end + 1).length === 4 && y.y >= 1900 && y.y <= 2100;
  if (!strong && !rangeNext) {
    const prev = sc.core(i - 1);
    const cue = ['في', 'منذ', 'حتي', 'قبل', 'بعد', 'خلال', 'مطلع', 'بدايه', 'نهايه', 'اواخر', 'اواءل', 'منتصف', 'اواسط', 'عام', 'العام', 'من', 'الي', 'بين', 'موسم', 'ربيع', 'صيف', 'خريف', 'شتاء'].includes(prev);
    const eraNext = !!eraAt(sc, y.end);
    const endNext = sc.atEnd(y.end) || sc.isPunct(y.end, '-|');
    const prevPunct = i === 0 || sc.isPunct(i - 1, '|-،,(') || sc.k(i - 1) === '\n';
    if (!cue && !eraNext && !(endNext && prevPunct)) return null;
    if ((y.y < 1900 || y.y > 2100) && sc.isNum(j)) {
      if (!eraNext) return null;
    }
  }
  let end = y.end;
  const era = eraAt(sc, end);
  if (era) end = era.end;
  // ranges: 2014-2018 · عامي 2014 و2015 · من 2014 إلى 2018
  let y2: { y: number; end: number } | null = null;
  if (sc.isPunct(end, '-–/') && sc.isNum(end + 1) && sc.k(end + 1).length === 4) y2 = { y: sc.num(end + 1), end: end + 2 };
  else if (sc.k(end) === 'و' && sc.isNum(end + 1) && sc.k(end + 1).length === 4) y2 = { y: sc.num(end + 1), end: end + 2 };
  else if (sc.k(end) === 'و' + '' && false) y2 = null;
  if (y2 && y2.y > y.y && y2.y - y.y < 200 && (!era || !era.hijri) && (strong || (y.y >= 1900 && y2.y <= 2100))) {
    return { s: i, e: y2.end, cut, kind: 'range', type: 'range', value: `${fmtYear(y.y)}/${fmtYear(y2.y)}`, timex: `(${fmtYear(y.y)},${fmtYear(y2.y)},P${y2.y - y.y}Y)`, first: dayNumber(y.y, 1, 1), last: dayNumber(y2.y, 12, 31) };
  }
  if (era?.hijri || (strong && eraAt(sc, y.end)?.hijri)) {
    const table = sc.lex.umalqura;
    const f = hijriToDay(y.y, 1, 1, table);
    const l = hijriToDay(y.y + 1, 1, 1, table);
    if (f === null || l === null) return null;
    return { s: i, e: end, cut, kind: 'range', type: 'range', value: `${fmtDay(f)}/${fmtDay(l - 1)}`, first: f, last: l - 1, hijri: true };
  }
  return { s: i, e: end, cut, kind: 'year', type: 'date', value: fmtYear(y.y), timex: fmtYear(y.y), first: dayNumber(y.y, 1, 1), last: dayNumber(y.y, 12, 31) };
}

/** الربع الثالث من عام 2016 / الربع الأول من هذا العام */
export function quarterExpr(sc: Scan, i: number): M | null {
  // هذا الربع · الربع القادم · الربع الماضي: quarters counted from the current one
  const demo = sc.lex.demonstratives.has(sc.core(i)) && sc.k(i + 1) === 'الربع';
  const rq = sc.R(i).find((x) => x.k === 'الربع');
  const relQ = demo ? 0 : rq ? sc.relOffset(i + 1) : null;
  if (relQ !== null && sc.A) {
    const a = fromDayNumber(sc.A.day);
    const qi = a.y * 4 + Math.floor((a.m - 1) / 3) + relQ;
    const y = Math.floor(qi / 4);
    const q = (qi % 4) + 1;
    const f = dayNumber(y, 3 * q - 2, 1);
    const l = dayNumber(y, 3 * q, daysInMonth(y, 3 * q));
    return { s: i, e: i + 2, cut: demo ? 0 : rq!.cut, kind: 'range', type: 'range', value: `${fmtDay(f)}/${fmtDay(l)}`, timex: `${y}-Q${q}`, first: f, last: l };
  }
  if (!rq) return null;
  const o = sc.lex.numbers.ordinals.get(sc.k(i + 1));
  if (!o || o > 4) return null;
  let j = i + 2;
  let y: number | null = null;
  if (sc.core(j) === 'من' || sc.core(j) === 'في') j++;
  const ry = relativeYear(sc, j);
  if (ry && sc.A) {
    y = fromDayNumber(sc.A.day).y + ry.offset;
    j = ry.end;
  } else {
    const yr = sc.R(j).find((x) => isYearWord(x.k));
    const yy = yearAt(sc, yr ? j + 1 : j, !!yr);
    if (yy) {
      y = yy.y;
      j = yy.end;
    } else {
      j = i + 2;
      if (sc.A) y = fromDayNumber(sc.A.day).y;
    }
  }
  if (y === null) return { s: i, e: j, cut: rq.cut, kind: 'range', type: 'range', value: null, timex: `XXXX-Q${o}` };
  const f = dayNumber(y, 3 * o - 2, 1);
  const l = dayNumber(y, 3 * o, daysInMonth(y, 3 * o));
  return { s: i, e: j, cut: rq.cut, kind: 'range', type: 'range', value: `${fmtDay(f)}/${fmtDay(l)}`, timex: `${y}-Q${o}`, first: f, last: l };
}

/** النصف الأول من العام · النصف الثاني من 2016 · النصف الأول من العام المقبل: half-years (TIMEX3 2016-H2) */
export function halfYearExpr(sc: Scan, i: number): M | null {
  const r = sc.R(i).find((x) => x.k === 'النصف');
  if (!r) return null;
  const o = sc.lex.numbers.ordinals.get(sc.k(i + 1));
  if (o !== 1 && o !== 2) return null;
  let j = i + 2;
  if (sc.core(j) === 'من' || sc.core(j) === 'في') j++;
  let y: number | null = null;
  // النصف الثاني من الشهر (المقبل): days 1–15 or 16 to the end
  const rm = relativeMonth(sc, j);
  if (rm) {
    if (!sc.A) return { s: i, e: rm.end, cut: r.cut, kind: 'range', type: 'range', value: null };
    const { y: my, m } = monthFrom(sc.A.day, rm.offset);
    const f = dayNumber(my, m, o === 1 ? 1 : 16);
    const l = o === 1 ? dayNumber(my, m, 15) : dayNumber(my, m, daysInMonth(my, m));
    return { s: i, e: rm.end, cut: r.cut, kind: 'range', type: 'range', value: `${fmtDay(f)}/${fmtDay(l)}`, timex: `(${fmtDay(f)},${fmtDay(l)},P${l - f + 1}D)`, first: f, last: l };
  }
  const ry = relativeYear(sc, j);
  if (ry) {
    if (sc.A) y = fromDayNumber(sc.A.day).y + ry.offset;
    j = ry.end;
  } else {
    const yr = sc.R(j).find((x) => isYearWord(x.k));
    const yy = yearAt(sc, yr ? j + 1 : j, !!yr);
    if (yy) {
      y = yy.y;
      j = yy.end;
    } else if (yr && yr.k.startsWith('ال')) {
      if (sc.A) y = fromDayNumber(sc.A.day).y; // من العام: this year
      j++;
    } else return null;
  }
  if (y === null) return { s: i, e: j, cut: r.cut, kind: 'range', type: 'range', value: null, timex: `XXXX-H${o}` };
  const f = dayNumber(y, o === 1 ? 1 : 7, 1);
  const l = dayNumber(y, o === 1 ? 6 : 12, o === 1 ? 30 : 31);
  return { s: i, e: j, cut: r.cut, kind: 'range', type: 'range', value: `${fmtDay(f)}/${fmtDay(l)}`, timex: `${y}-H${o}`, first: f, last: l };
}

/** القرن التاسع عشر · القرن الحادي والعشرين · القرن 21: the hundred years 1800/1899, 2000/2099 (TIMEX3 18, 20) */
export function centuryExpr(sc: Scan, i: number): M | null {
  const r = sc.R(i).find((x) => x.k === 'القرن');
  if (!r) return null;
  const o = sc.isNum(i + 1) && sc.k(i + 1).length <= 2 ? { value: sc.num(i + 1), end: i + 2, ordinal: true } : sc.numberWords(i + 1);
  if (!o || !o.ordinal || o.value < 1 || o.value > 30) return null;
  const y0 = (o.value - 1) * 100;
  return { s: i, e: o.end, cut: r.cut, kind: 'range', type: 'range', value: `${fmtYear(y0)}/${fmtYear(y0 + 99)}`, timex: String(o.value - 1).padStart(2, '0'), first: dayNumber(y0, 1, 1), last: dayNumber(y0 + 99, 12, 31) };
}

/** decades: التسعينيات، سبعينيات القرن الماضي */
export function decadeExpr(sc: Scan, i: number): M | null {
  for (const r of sc.R(i)) {
    let k = r.k.startsWith('ال') ? r.k.slice(2) : r.k;
    if (k.endsWith('يات')) k = k.slice(0, -3);
    else if (k.endsWith('ات')) k = k.slice(0, -2);
    else continue;
    const t = sc.lex.numbers.tens.get(k);
    if (t === undefined) continue;
    let end = i + 1;
    let century = 1900;
    if (sc.core(end) === 'من' && sc.core(end + 1) === 'القرن') end++; // السبعينيات من القرن العشرين
    if (sc.core(end) === 'القرن') {
      const n = sc.k(end + 1);
      if (sc.lex.relPast.has(n)) end += 2;
      else if (sc.lex.relThis.has(n)) {
        century = 2000;
        end += 2;
      } else {
        const o = sc.numberWords(end + 1);
        if (o && o.ordinal) {
          century = (o.value - 1) * 100;
          end = o.end;
        }
      }
    }
    const y0 = century + t;
    return { s: i, e: end, cut: r.cut, kind: 'range', type: 'range', value: `${y0}/${y0 + 9}`, timex: String(y0 / 10), first: dayNumber(y0, 1, 1), last: dayNumber(y0 + 9, 12, 31) };
  }
  return null;
}

/** seasons: الصيف، صيف 2016، الربيع القادم، هذا الشتاء (TIMEX3 2016-SU; ISO 8601 has no seasons, so value is null) */
export function seasonExpr(sc: Scan, i: number): M | null {
  let j = i;
  let y: number | null = null;
  const demo = sc.lex.demonstratives.has(sc.core(i));
  if (demo) j++;
  const r = sc.R(j).find((x) => sc.lex.seasons.has(x.k));
  if (!r) return null;
  if (sc.lex.seasonNot.has(sc.k(j + 1))) return null; // الربيع العربي
  const code = sc.lex.seasons.get(r.k)!;
  let end = j + 1;
  const ay = sc.A ? fromDayNumber(sc.A.day).y : null;
  const ya = yearAfter(sc, end);
  if (ya) {
    y = ya.y;
    end = ya.end;
  } else if (sc.relOffset(end) !== null) {
    if (ay !== null) y = ay + sc.relOffset(end)!;
    end++;
  } else if (demo) y = ay;
  else if (!r.k.startsWith('ال') && !monthCueBefore(sc, j)) return null;
  const timex = (y !== null ? fmtYear(y) + '-' : '') + code;
  return { s: i, e: end, cut: demo ? sc.R(i)[0]!.cut : r.cut, kind: 'other', type: 'date', value: null, timex };
}
