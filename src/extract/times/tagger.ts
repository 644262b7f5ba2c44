/**
 * The Arabic time tagger and resolver. It walks the match-key tokens of a text (tokens.ts), tries every
 * rule at each word and keeps the longest match, then joins neighbours (a date and its time, the two
 * ends of a range, a Hijri date and its Gregorian equivalent after الموافق). Every value is resolved
 * against the anchor (the publication date); past or future for bare weekdays comes from tense cues
 * nearby (tense.ts). Spans are exact original offsets.
 *
 * The rules live by concern: absolute-dates (numeric and written dates), months, years (years, decades,
 * quarters, seasons), weekdays, relative-dates (أمس، الأسبوع المقبل، مطلع الشهر), holidays, durations,
 * times-of-day, sets, ranges; join.ts puts neighbouring matches together. scan.ts is the shared view of
 * the text, match.ts the shape of a match.
 */
import type { TimeExpression } from '../../analysis.js';
import type { Anchor } from './anchor.js';
import type { TimeLexicon } from './lexicon.js';
import { numericDate, ordinalDay, wordDate } from './absolute-dates.js';
import { durationExpr } from './durations.js';
import { holidayExpr } from './holidays.js';
import { join, joinDateTimeRanges, joinMinutesToHour, openRange, withBareHour } from './join.js';
import { setValue, type M } from './match.js';
import { thisMonth } from './months.js';
import { dayRange, percentAt, timeRange } from './ranges.js';
import { partOfPeriod, relativeDay, relativePeriod, restOf } from './relative-dates.js';
import { Scan } from './scan.js';
import { setExpr } from './sets.js';
import { clockExpr, namedTime, partOfDayAlone } from './times-of-day.js';
import { weekdayExpr, weekdaySpan, weekOrdinal } from './weekdays.js';
import { centuryExpr, decadeExpr, halfYearExpr, quarterExpr, seasonExpr, yearExpr } from './years.js';
import { isIgnorableMark } from '../../text/normalize.js';

type Rule = (t: Scan, i: number) => M | null;

const RULES: Rule[] = [
  dayRange, timeRange, numericDate, wordDate, weekdayExpr, relativeDay, relativePeriod, partOfPeriod, quarterExpr, holidayExpr, thisMonth, restOf,
  seasonExpr, weekdaySpan, weekOrdinal, ordinalDay, partOfDayAlone, namedTime, setExpr, durationExpr, clockExpr, yearExpr, decadeExpr, centuryExpr, halfYearExpr,
];
// frequent function words start only a few kinds of expression
const POD_RULES: Rule[] = [partOfDayAlone, clockExpr];
const RANGE_RULES: Rule[] = [dayRange, timeRange];

/** Tags the time expressions of a text and resolves them against the anchor. */
export function tagText(text: string, lex: TimeLexicon, anchor: Anchor | null): TimeExpression[] {
  const t = new Scan(text, lex, anchor);
  const found: M[] = [];
  const n = t.toks.length;
  for (let i = 0; i < n; i++) {
    if (!t.candidate(i)) continue;
    let best: M | null = null;
    const k = t.keys[i]!;
    const rules = k === 'في' || k === 'خلال' || k === 'عند' ? POD_RULES : k === 'من' || k === 'بين' || k === 'ما' || k === 'مابين' ? RANGE_RULES : RULES;
    for (const rule of rules) {
      const m = rule(t, i);
      if (m && m.e > i && (!best || m.e > best.e)) best = m;
    }
    if (best) {
      // يوم الجمعة → the span starts at the weekday (the gold convention of most sources)
      if (best.e - best.s > 1 && t.R(best.s).some((r) => r.k === 'يوم') && t.R(best.s + 1).some((r) => t.lex.weekdays.has(r.k))) {
        best.s++;
        best.cut = 0;
      }
      if (!best.skip && !percentAt(t, best.e)) found.push(best);
      i = best.e - 1;
    }
  }
  return joinDateTimeRanges(t, joinMinutesToHour(t, join(t, found).map((m) => withBareHour(t, m))))
    .map((m) => openRange(t, m))
    .map((m) => toExpression(t, m));
}

function toExpression(t: Scan, m: M): TimeExpression {
  const t0 = t.toks[m.s]!;
  const start = m.cut > 0 ? t.starts[t0.ns + m.cut]! : t0.s;
  let end = t.toks[m.e - 1]!.e;
  while (end < t.text.length && isIgnorableMark(t.text.charCodeAt(end))) end++; // هـ · مساءً
  const out: TimeExpression = { text: t.text.slice(start, end), start, end, type: m.type, value: m.type === 'set' ? setValue(m.timex) : m.value };
  if (m.timex) out.timex = m.timex;
  return out;
}
