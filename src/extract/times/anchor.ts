/** The reference time that relative expressions resolve against: the article's publication date. */
import { dayNumber, validDate } from './calendar.js';

export interface Anchor {
  /** day number of the publication date */
  day: number;
  /** clock time when the publication date carries one */
  h: number | null;
  mi: number | null;
  sec: number | null;
}

/** Parses an ISO 8601 date or date-time (2016-12-07, 2016-12-07T10:30, 2016-12-07T10:30:00Z); null when absent or unreadable. */
export function parseAnchor(published: string | null | undefined): Anchor | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(published.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (!validDate(y, mo, d)) return null;
  return {
    day: dayNumber(y, mo, d),
    h: m[4] ? Number(m[4]) : null,
    mi: m[5] ? Number(m[5]) : null,
    sec: m[6] ? Number(m[6]) : null,
  };
}
