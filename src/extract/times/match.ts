/**
 * What the time rules produce: a match over tokens (M) with its resolved value, and the small shared
 * helpers that format clock times and ISO 8601 durations.
 */
import type { TimeType } from '../../analysis.js';
import { addMonths } from './calendar.js';
import type { PartOfDay, Unit } from './lexicon.js';

export interface Clock {
  h: number;
  mi: number;
  sec?: number;
  z?: boolean;
}

export type Kind = 'day' | 'time' | 'trange' | 'pod' | 'month' | 'year' | 'week' | 'range' | 'dur' | 'set' | 'other';

/** A match: tokens [s, e), `cut` characters of the first token's key left out (a proclitic). */
export interface M {
  s: number;
  e: number;
  cut: number;
  kind: Kind;
  type: TimeType;
  value: string | null;
  timex?: string;
  /** day-grain dates: the resolved day (null without an anchor) and its TIMEX date part */
  day?: number | null;
  dayTimex?: string;
  /** times of day (and the end of a time range) */
  clock?: Clock;
  clock2?: Clock;
  pod?: PartOfDay;
  /** partial absolute date (for ranges that share a month or year) */
  hijri?: boolean;
  /** months and years: first and last day, for ranges */
  first?: number | null;
  last?: number | null;
  /** words consumed without an expression (a name such as ثورة 25 يناير) */
  skip?: boolean;
}

export const POD_TIMEX: Record<PartOfDay, string> = { MO: 'MO', DAWN: 'MO', NOON: 'AF', AF: 'AF', EV: 'EV', NI: 'NI' };
export const UNIT_ISO: Record<Unit, [string, number, boolean]> = {
  S: ['S', 1, true],
  MI: ['M', 1, true],
  H: ['H', 1, true],
  D: ['D', 1, false],
  W: ['W', 1, false],
  M: ['M', 1, false],
  Y: ['Y', 1, false],
  DE: ['Y', 10, false],
  C: ['Y', 100, false],
};

export const pad2 = (n: number) => String(n).padStart(2, '0');

export function fmtClock(c: Clock): string {
  let s = `T${pad2(c.h)}:${pad2(c.mi)}`;
  if (c.sec !== undefined && c.sec > 0) s += `:${pad2(c.sec)}`;
  if (c.z) s += 'Z';
  return s;
}

/** ISO 8601 duration from unit amounts: {Y:2, M:1, D:21} → P2Y1M21D. */
export function isoDuration(parts: Array<[Unit, number]>): string {
  const date: Record<string, number> = {};
  const time: Record<string, number> = {};
  for (const [u, n] of parts) {
    const [letter, mult, isTime] = UNIT_ISO[u];
    const bag = isTime ? time : date;
    bag[letter] = (bag[letter] ?? 0) + n * mult;
  }
  const num = (n: number) => String(Math.round(n * 1000) / 1000);
  let s = 'P';
  for (const l of ['Y', 'M', 'W', 'D']) if (date[l] !== undefined) s += num(date[l]!) + l;
  const t = ['H', 'M', 'S'].filter((l) => time[l] !== undefined);
  if (t.length) s += 'T' + t.map((l) => num(time[l]!) + l).join('');
  return s;
}

/** Adds n units to a day (whole units; fractions of days and below are ignored for dates). */
export function addUnits(day: number, unit: Unit, n: number): number {
  switch (unit) {
    case 'D':
      return day + Math.round(n);
    case 'W':
      return day + Math.round(7 * n);
    case 'M':
      return addMonths(day, Math.round(n));
    case 'Y':
      return addMonths(day, Math.round(12 * n));
    case 'DE':
      return addMonths(day, Math.round(120 * n));
    case 'C':
      return addMonths(day, Math.round(1200 * n));
    default:
      return day;
  }
}

export const SENT_END = new Set(['.', '!', '?', '؟', '؛', '\n', '"', '«', '»', '“', '”']);
export const RANGE_TO = new Set(['الي', 'حتي', 'لغايه', 'وحتي', 'والي']);
export const DASH = new Set(['-', '–', '—']);

/**
 * The ISO 8601 value of a recurring set: a repeating interval of its period (ISO 8601:2004 §4.5,
 * "Rn/duration" with n omitted). يوميا → R/P1D, كل ثلاثة أسابيع → R/P3W, كل جمعة → R/P1W, كل مساء → R/P1D.
 * The TIMEX3 (XXXX-WXX-5, TEV) keeps which day or part of the day; without a period the value is null.
 */
export function setValue(timex: string | undefined): string | null {
  if (!timex) return null;
  if (/^P(?:\d|T\d)/.test(timex)) return 'R/' + timex;
  if (/^XXXX-WXX-\d/.test(timex)) return 'R/P1W';
  if (/^T(?:MO|AF|EV|NI|\d{2}:\d{2})/.test(timex)) return 'R/P1D';
  return null;
}

/** 12-hour readings to 24 hours by the part of the day: 7 مساء → 19, 12 ظهرا → 12, 10 ليلا → 22, 2 ليلا → 2 (after midnight), 5 ليلا → 17. */
export function applyPod(h: number, pod: PartOfDay): number {
  switch (pod) {
    case 'MO':
    case 'DAWN':
      return h === 12 ? 0 : h;
    case 'NOON':
      return h >= 1 && h <= 6 ? h + 12 : h;
    case 'AF':
    case 'EV':
      return h < 12 ? h + 12 : h;
    case 'NI':
      return h >= 5 && h < 12 ? h + 12 : h === 12 ? 0 : h;
  }
}
