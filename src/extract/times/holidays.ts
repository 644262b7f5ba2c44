/**
 * Holidays (عيد الفطر، عيد الأضحى، رأس السنة الهجرية، عيد الميلاد، عيد الفصح …) from the lexicon: fixed
 * Gregorian days, Easter-based days, nth weekdays and Hijri days, in a given year or the nearest one.
 */
import { dayNumber, easter, fmtYear, fromDayNumber, hijriToDay, nthWeekday, validDate } from './calendar.js';
import { pad2, type M } from './match.js';
import type { Scan } from './scan.js';
import { yearAfter } from './years.js';

/** عيد الفطر، عيد الأضحى، رأس السنة الهجرية، عيد الميلاد، عيد الفصح … [YEAR] */
export function holidayExpr(sc: Scan, i: number): M | null {
  for (const r of sc.R(i)) {
    const list = sc.lex.holidays.get(r.k);
    if (!list) continue;
    for (const h of list) {
      let ok = true;
      for (let w = 1; w < h.words.length; w++) if (sc.k(i + w) !== h.words[w]) ok = false;
      if (!ok) continue;
      let end = i + h.words.length;
      let year: number | null = null;
      const ya = yearAfter(sc, end) ?? (sc.isNum(end) && sc.k(end).length === 4 ? { y: sc.num(end), end: end + 1 } : null);
      if (ya) {
        year = ya.y;
        end = ya.end;
      }
      const inYear = (gy: number): number | null => {
        if (h.greg) return validDate(gy, h.greg[0], h.greg[1]) ? dayNumber(gy, h.greg[0], h.greg[1]) : null;
        if (h.easter !== undefined) return easter(gy) + h.easter;
        if (h.nthWeekday) {
          const [mo, wd, n] = h.nthWeekday;
          return nthWeekday(gy, mo, wd, n);
        }
        if (h.hijri) {
          const base = Math.round((gy - 622) * 1.0307);
          for (const hy of [base - 1, base, base + 1, base + 2]) {
            const d = hijriToDay(hy, h.hijri[0], h.hijri[1], sc.lex.umalqura);
            if (d !== null && fromDayNumber(d).y === gy) return d;
          }
        }
        return null;
      };
      let day: number | null = null;
      if (year !== null) day = inYear(year);
      else if (sc.A) {
        const ay = fromDayNumber(sc.A.day).y;
        const cands = [ay - 1, ay, ay + 1].map(inYear).filter((d): d is number => d !== null);
        const tense = sc.lex.demonstratives.has(sc.core(end)) || sc.k(end) === 'لهذا' ? null : sc.tense(i, end);
        const a = sc.A.day;
        if (tense === 'past') day = Math.max(...cands.filter((d) => d <= a));
        else if (tense === 'future') day = Math.min(...cands.filter((d) => d >= a));
        else day = Math.min(...cands.filter((d) => d >= a - 31)); // the coming one, or one a report looks back on within a month
        if (!Number.isFinite(day)) day = null;
      }
      if (h.country) return { s: i, e: end, cut: r.cut, kind: 'other', type: 'date', value: year !== null ? fmtYear(year) : null };
      return sc.dayMatch(i, end, r.cut, day, h.greg && year === null ? `XXXX-${pad2(h.greg[0])}-${pad2(h.greg[1])}` : '');
    }
  }
  return null;
}
