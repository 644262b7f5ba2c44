/**
 * Recurring sets: يوميا، أسبوعيا، كل يوم، كل جمعة، أيام الأحد، كل ثلاثة أسابيع، كل صباح.
 */
import { POD_TIMEX, isoDuration, type M } from './match.js';
import type { Scan } from './scan.js';
import { quantityCore } from './durations.js';
import { weekdayAt } from './weekdays.js';

/** sets: يوميا، أسبوعيا، كل يوم، كل جمعة، كل يوم اثنين، أيام الأحد، كل ثلاثة أسابيع، كل صباح */
export function setExpr(sc: Scan, i: number): M | null {
  const k = sc.core(i);
  const ADV: Record<string, string> = { يوميا: 'P1D', اسبوعيا: 'P1W', شهريا: 'P1M', سنويا: 'P1Y', ساعيا: 'PT1H' };
  if (ADV[k]) return { s: i, e: i + 1, cut: sc.k(i) === k ? 0 : 1, kind: 'set', type: 'set', value: ADV[k]!, timex: ADV[k]! };
  const cut = sc.k(i) === k ? 0 : 1;
  if (k === 'كل') {
    let j = i + 1;
    if (sc.k(j) === 'يوم') {
      const w = weekdayAt(sc, j + 1, true);
      if (w) return setWith(i, w.end, cut, `XXXX-WXX-${w.wd}`);
    }
    const w = sc.k(j) === 'احد' ? null : weekdayAt(sc, j, true); // كل أحد is "everyone"
    if (w) return setWith(i, w.end, cut, `XXXX-WXX-${w.wd}`);
    const p = sc.lex.parts.get(sc.k(j));
    if (p && !sc.k(j).startsWith('ال')) return setWith(i, j + 1, cut, 'T' + POD_TIMEX[p]);
    const u = sc.lex.units.get(sc.k(j));
    if (u && u.count === 1) return setWith(i, j + 1, cut, isoDuration([[u.unit, 1]]));
    if (u && u.count === 2) return setWith(i, j + 1, cut, isoDuration([[u.unit, 2]]));
    const q = quantityCore(sc, j, false);
    if (q) return setWith(i, q.end, cut, isoDuration([[q.unit, q.n]]));
    return null;
  }
  if (k === 'ايام') {
    const w = weekdayAt(sc, i + 1, true);
    if (w && sc.k(i + 1).startsWith('ال')) return setWith(i, w.end, cut, `XXXX-WXX-${w.wd}`);
  }
  return null;
}

export function setWith(s: number, e: number, cut: number, timex: string): M {
  return { s, e, cut, kind: 'set', type: 'set', value: timex, timex };
}
