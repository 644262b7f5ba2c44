/**
 * Month names of every naming system (Gregorian transliterated, Levantine/Syriac, Maghrebi, Hijri) with
 * their paired forms (كانون الأول/ديسمبر، سبتمبر (أيلول)), شهر + number, and months named relative to now
 * (هذا الشهر، الشهر المقبل، هذا سبتمبر).
 */
import { fromDayNumber } from './calendar.js';
import { type M } from './match.js';
import type { Scan } from './scan.js';

/** a month name (every naming system), شهر + number, الشهر + ordinal; and a paired name after / or ( */
export function monthAt(sc: Scan, i: number): { m: number; hijri: boolean; end: number; cut: number; ambiguous: boolean; shahr: boolean } | null {
  let j = i;
  let cut = 0;
  let shahr = false;
  const first = sc.R(i).find((r) => r.k === 'شهر' || r.k === 'الشهر');
  if (first) {
    shahr = true;
    cut = first.cut;
    j = i + 1;
    if (first.k === 'شهر' && (sc.isNum(j) || sc.lex.numbers.units.has(sc.k(j)) || sc.lex.numbers.ten.has(sc.k(j)))) {
      // شهر ثلاثة · شهر 3 · شهر عشرة
      const n = sc.isNum(j) ? { value: sc.num(j), end: j + 1 } : sc.numberWords(j);
      if (n && n.value > 1 && n.value <= 12 && !(sc.lex.units.has(sc.k(n.end)) && !sc.isNum(n.end + 1)) && !(sc.isPunct(n.end, '/-.') && sc.glued(n.end))) return { m: n.value, hijri: false, end: n.end, cut, ambiguous: false, shahr };
    }
    if (first.k === 'الشهر') {
      const n = sc.numberWords(j);
      if (n && n.ordinal && n.value <= 12) return { m: n.value, hijri: false, end: n.end, cut, ambiguous: false, shahr };
    }
  }
  const name = monthNameAt(sc, j);
  if (!name) return null;
  if (j === i) cut = name.cut;
  let end = name.end;
  // paired forms: كانون الاول/ديسمبر · سبتمبر/أيلول · ديسمبر (كانون الأول) · يوليو تموز
  const bareOther = monthNameAt(sc, end);
  if (bareOther && bareOther.m === name.m && bareOther.hijri === name.hijri) return { m: name.m, hijri: name.hijri, end: bareOther.end, cut, ambiguous: false, shahr };
  if (sc.isPunct(end, '/(-')) {
    const other = monthNameAt(sc, end + 1);
    if (other && other.m === name.m && other.hijri === name.hijri) {
      end = other.end;
      if (sc.isPunct(end, ')')) end++;
      return { m: name.m, hijri: name.hijri, end, cut, ambiguous: false, shahr };
    }
  }
  return { m: name.m, hijri: name.hijri, end, cut, ambiguous: name.ambiguous && !shahr, shahr };
}

/** آب written with madda is the month; اب/أب is usually "father" */
export function hasMadda(sc: Scan, i: number): boolean {
  const t = sc.toks[i];
  return !!t && sc.text.slice(t.s, t.e).includes('آ');
}

export function monthNameAt(sc: Scan, i: number): { m: number; hijri: boolean; end: number; cut: number; ambiguous: boolean } | null {
  for (const r of sc.R(i)) {
    let list = sc.lex.months.get(r.k);
    let extraCut = 0;
    if (!list && r.k.startsWith('ال') && r.k.length > 4) {
      list = sc.lex.months.get(r.k.slice(2)); // المارس
      extraCut = 0;
    }
    if (!list) continue;
    for (const name of list) {
      let ok = true;
      for (let w = 1; w < name.words.length; w++) if (sc.k(i + w) !== name.words[w]) ok = false;
      if (ok) return { m: name.month, hijri: name.hijri, end: i + name.words.length, cut: r.cut + extraCut, ambiguous: name.ambiguous };
    }
  }
  return null;
}

export function monthCueBefore(sc: Scan, i: number, ownClitic = true): boolean {
  const prev = sc.core(i - 1);
  const own = ownClitic && sc.R(i).some((r) => r.cut > 0 && (sc.k(i)[r.cut - 1] === 'ب' || sc.k(i)[r.cut - 1] === 'ل'));
  return own || ['في', 'منذ', 'حتي', 'خلال', 'مطلع', 'بدايه', 'نهايه', 'منتصف', 'اواخر', 'اواءل', 'اواسط', 'اخر', 'اول', 'اليوم', 'شهر', 'قبل', 'بعد', 'اثناء', 'اي', 'هذا', 'اواسط'].includes(prev);
}

/** هذا الشهر / الشهر المقبل / الشهر الماضي / الشهر الثامن */
export function relativeMonth(sc: Scan, i: number): { offset: number; end: number } | null {
  let j = i;
  if (sc.lex.demonstratives.has(sc.core(j))) {
    if (sc.core(j + 1) === 'الشهر') return { offset: 0, end: j + 2 };
    return null;
  }
  if (sc.core(j) !== 'الشهر') return null;
  j++;
  const offset = sc.relOffset(j);
  if (offset !== null) return { offset, end: j + 1 };
  // من الشهر (after من/في, where every caller reads it): this month — not الشهر الثامن, which names August
  // nor الشهر الفضيل / الكريم (Ramadan)
  if (sc.numberWords(j) || sc.isNum(j) || sc.lex.months.has(sc.core(j)) || sc.k(j).startsWith('ال')) return null;
  return { offset: 0, end: j };
}

/** هذا سبتمبر: the month of the current year */
export function thisMonth(sc: Scan, i: number): M | null {
  if (!sc.lex.demonstratives.has(sc.core(i))) return null;
  let j = i + 1;
  if (sc.k(j) === 'شهر') j++;
  const mo = monthNameAt(sc, j);
  if (!mo) return null;
  if (mo.hijri) return sc.hijriMonthMatch(i, mo.end, 0, null, mo.m);
  return sc.monthMatch(i, mo.end, sc.R(i)[0]!.cut, sc.A ? fromDayNumber(sc.A.day).y : null, mo.m);
}
