/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, proleptic Gregorian), ISO weeks,
 * Easter, and the Umm al-Qura Hijri calendar from a table (data/lexicons/umalqura.json,
 * generated from ICU by scripts/gen-calendar-data.mjs) with the tabular Islamic calendar outside it.
 */

/** Day number of a Gregorian date (month 1–12). Works for any year (Howard Hinnant's algorithm). */
export function dayNumber(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function fromDayNumber(z: number): Ymd {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1; // 1970-01-01 was a Thursday
}

export function daysInMonth(y: number, m: number): number {
  return dayNumber(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - dayNumber(y, m, 1);
}

export function validDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

const pad = (n: number, w = 2) => (n < 0 ? '-' : '') + String(Math.abs(n)).padStart(w, '0');

export function fmtDay(day: number): string {
  const { y, m, d } = fromDayNumber(day);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function fmtMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

export function fmtYear(y: number): string {
  return pad(y, 4);
}

/** ISO week (year, week) containing a day. */
export function isoWeek(day: number): { y: number; w: number } {
  const thursday = day - isoWeekday(day) + 4;
  const y = fromDayNumber(thursday).y;
  const w = Math.floor((thursday - dayNumber(y, 1, 1)) / 7) + 1;
  return { y, w };
}

export function fmtWeek(day: number): string {
  const { y, w } = isoWeek(day);
  return `${pad(y, 4)}-W${pad(w)}`;
}

/** Monday of the ISO week containing a day. */
export function weekStart(day: number): number {
  return day - isoWeekday(day) + 1;
}

/** Adds months to a day, clamping the day of month (31 Jan + 1 month = 28/29 Feb). */
/** The nth weekday (1 = Monday … 7) of a month (n = 1–5, or -1 for the last); null when the month has no nth one. */
export function nthWeekday(y: number, m: number, wd: number, n: number): number | null {
  if (n === -1) {
    const last = dayNumber(y, m, daysInMonth(y, m));
    return last - ((isoWeekday(last) - wd + 7) % 7);
  }
  const first = dayNumber(y, m, 1);
  const day = first + ((wd - isoWeekday(first) + 7) % 7) + 7 * (n - 1);
  return fromDayNumber(day).m === m ? day : null;
}

/** The year and month `offset` months from the month of a day (0 = that month). */
export function monthFrom(day: number, offset: number): Ymd {
  const a = fromDayNumber(day);
  return fromDayNumber(addMonths(dayNumber(a.y, a.m, 1), offset));
}

export function addMonths(day: number, n: number): number {
  const { y, m, d } = fromDayNumber(day);
  const mi = y * 12 + (m - 1) + n;
  const ny = Math.floor(mi / 12);
  const nm = (mi % 12 + 12) % 12 + 1;
  return dayNumber(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/** Western (Gregorian) Easter Sunday (Anonymous Gregorian algorithm). */
export function easter(y: number): number {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const mm = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * mm + 114) / 31);
  const day = ((h + l - 7 * mm + 114) % 31) + 1;
  return dayNumber(y, month, day);
}

/** The Umm al-Qura table: 1 Muharram of each year from `firstYear`, and 30-day-month bitmasks. */
export interface UmmAlQura {
  firstYear: number;
  /** yearStart[i] = day number of 1 Muharram of firstYear+i; one extra entry closes the last year */
  yearStart: number[];
  monthMask: number[];
}

/** Tabular (arithmetic) Islamic calendar, civil epoch: the fallback outside the table. */
function tabularToDay(y: number, m: number, d: number): number {
  const jd = d + Math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + Math.floor((3 + 11 * y) / 30) + 1948439.5 - 1;
  return Math.round(jd - 2440587.5);
}

/** Day number of a Hijri (Umm al-Qura) date; null when the day does not exist in that month. */
export function hijriToDay(y: number, m: number, d: number, table: UmmAlQura | null): number | null {
  if (m < 1 || m > 12 || d < 1 || d > 30) return null;
  if (table) {
    const i = y - table.firstYear;
    if (i >= 0 && i < table.monthMask.length) {
      let day = table.yearStart[i]!;
      const mask = table.monthMask[i]!;
      for (let k = 1; k < m; k++) day += mask & (1 << (k - 1)) ? 30 : 29;
      const len = mask & (1 << (m - 1)) ? 30 : 29;
      if (d > len) return null;
      return day + d - 1;
    }
  }
  return tabularToDay(y, m, d);
}

/** Length of a Hijri month (29 or 30). */
export function hijriMonthLength(y: number, m: number, table: UmmAlQura | null): number {
  return hijriToDay(y, m, 30, table) == null ? 29 : 30;
}

/** The Hijri date of a day number (table where it covers the day, arithmetic otherwise). */
export function dayToHijri(day: number, table: UmmAlQura | null): Ymd {
  if (table && day >= table.yearStart[0]! && day < table.yearStart[table.yearStart.length - 1]!) {
    let i = 0;
    while (table.yearStart[i + 1]! <= day) i++;
    let rest = day - table.yearStart[i]!;
    const mask = table.monthMask[i]!;
    let m = 1;
    for (; m < 12; m++) {
      const len = mask & (1 << (m - 1)) ? 30 : 29;
      if (rest < len) break;
      rest -= len;
    }
    return { y: table.firstYear + i, m, d: rest + 1 };
  }
  // arithmetic: estimate the year, then walk
  let y = Math.floor(((day + 2440587.5 - 1948439.5) * 30) / 10631) + 1;
  while (tabularToDay(y + 1, 1, 1) <= day) y++;
  while (tabularToDay(y, 1, 1) > day) y--;
  let m = 1;
  while (m < 12 && tabularToDay(y, m + 1, 1) <= day) m++;
  return { y, m, d: day - tabularToDay(y, m, 1) + 1 };
}
