/**
 * The Arabic time tagger and resolver. It walks the match-key tokens of a text (tokens.ts), tries every
 * rule at each word and keeps the longest match, then joins neighbours (a date and its time, the two
 * ends of a range, a Hijri date and its Gregorian equivalent after الموافق). Every value is resolved
 * against the anchor (the publication date); past or future for bare weekdays comes from tense cues
 * nearby (tense.ts). Spans are exact original offsets.
 */
import type { TimeExpression, TimeType } from '../../analysis.js';
import type { Anchor } from './anchor.js';
import {
  addMonths,
  dayNumber,
  dayToHijri,
  daysInMonth,
  easter,
  fmtDay,
  fmtMonth,
  fmtWeek,
  fmtYear,
  fromDayNumber,
  hijriMonthLength,
  hijriToDay,
  isoWeekday,
  validDate,
  weekStart,
} from './calendar.js';
import type { PartOfDay, TimeLexicon, Unit } from './lexicon.js';
import { parseNumberWords } from './numbers.js';
import { tenseAround, type Tense } from './tense.js';
import { isIgnorableMark } from '../../text/normalize.js';
import { readings, timeTokens, type Reading, type Tok } from './tokens.js';

interface Clock {
  h: number;
  mi: number;
  sec?: number;
  z?: boolean;
}

type Kind = 'day' | 'time' | 'trange' | 'pod' | 'month' | 'year' | 'week' | 'range' | 'dur' | 'set' | 'other';

/** A match: tokens [s, e), `cut` characters of the first token's key left out (a proclitic). */
interface M {
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

const POD_TIMEX: Record<PartOfDay, string> = { MO: 'MO', DAWN: 'MO', NOON: 'AF', AF: 'AF', EV: 'EV', NI: 'NI' };
const UNIT_ISO: Record<Unit, [string, number, boolean]> = {
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

const pad2 = (n: number) => String(n).padStart(2, '0');

function fmtClock(c: Clock): string {
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
function addUnits(day: number, unit: Unit, n: number): number {
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

const SENT_END = new Set(['.', '!', '?', '؟', '؛', '\n', '"', '«', '»', '“', '”']);
const RANGE_TO = new Set(['الي', 'حتي', 'لغايه', 'وحتي', 'والي']);
const DASH = new Set(['-', '–', '—']);

export class Tagger {
  private readonly toks: Tok[];
  private readonly keys: string[];
  private readonly starts: Int32Array;
  private tenseCache = new Map<number, Tense>();
  /** number of non-punctuation tokens: a text of one or two words is a query, where bare units and hours count */
  private readonly wordCount: number;
  private readonly rd: Array<Reading[] | undefined> = [];

  constructor(
    private readonly text: string,
    private readonly lex: TimeLexicon,
    private readonly A: Anchor | null,
  ) {
    const t = timeTokens(text);
    this.toks = t.toks;
    this.keys = t.toks.map((x) => x.k);
    this.starts = t.norm.starts;
    this.wordCount = t.toks.filter((x) => x.kind !== 'p').length;
  }

  // ---- token helpers -------------------------------------------------------------------------

  /** the readings of token i (cached) */
  private R(i: number): Reading[] {
    if (i < 0 || i >= this.keys.length) return [];
    return (this.rd[i] ??= readings(this.keys[i]!));
  }
  /** can a time expression start at token i? (a cheap filter before the rules) */
  private candidate(i: number): boolean {
    const t = this.toks[i]!;
    if (t.kind === 'n') return true;
    if (t.kind !== 'w') return false;
    const trig = this.lex.triggers;
    const k = this.keys[i]!;
    if (trig.has(k)) return true;
    const c = k.charCodeAt(0);
    // only words with a proclitic (و ف ب ل ك), the article or a plural ending can hide a trigger
    const clitic = c === 0x0648 || c === 0x0641 || c === 0x0628 || c === 0x0644 || c === 0x0643;
    const al = k.startsWith('ال');
    const plural = k.endsWith('ات');
    if (!clitic && !al && !plural) return false;
    if (al && this.lex.units.get(this.k(i + 1))?.count === null) return true; // الثلاث سنوات الماضية
    if (k === 'الف' && ['في', 'منذ', 'حتي'].includes(this.k(i - 1))) return true; // في ألف وتسعمائة …
    for (const r of this.R(i)) {
      if (trig.has(r.k)) return true;
      if (r.k.startsWith('ال') && (this.lex.units.has(r.k.slice(2)) || this.lex.months.has(r.k.slice(2)))) return true;
      if (plural && r.k.endsWith('ات') && this.lex.numbers.tens.has((r.k.startsWith('ال') ? r.k.slice(2) : r.k).replace(/ي?ات$/, ''))) return true;
    }
    return false;
  }
  private k(i: number): string {
    return i >= 0 && i < this.keys.length ? this.keys[i]! : '';
  }
  private isNum(i: number): boolean {
    return i >= 0 && i < this.toks.length && this.toks[i]!.kind === 'n';
  }
  private num(i: number): number {
    return Number(this.k(i));
  }
  /** token i directly follows token i-1 (no space) */
  private glued(i: number): boolean {
    return i > 0 && i < this.toks.length && this.toks[i - 1]!.e === this.toks[i]!.s;
  }
  private isPunct(i: number, chars: string): boolean {
    return i >= 0 && i < this.toks.length && this.toks[i]!.kind === 'p' && chars.includes(this.k(i));
  }
  private atEnd(i: number): boolean {
    return i >= this.toks.length || SENT_END.has(this.k(i)) || this.isPunct(i, '،,)(:');
  }
  /** the word itself or, failing that, without a conjunction (not prepositions) */
  private core(i: number): string {
    const k = this.k(i);
    return k.length > 2 && (k[0] === 'و' || k[0] === 'ف') ? k.slice(1) : k;
  }
  private is(i: number, ...words: string[]): boolean {
    const k = this.k(i);
    return words.includes(k);
  }
  /** matches a phrase (match-key words): first word through its readings, the others exactly */
  private phrase(i: number, words: string[]): { end: number; cut: number } | null {
    for (const r of this.R(i)) {
      if (r.k !== words[0]) continue;
      let ok = true;
      for (let w = 1; w < words.length; w++) if (this.k(i + w) !== words[w]) ok = false;
      if (ok) return { end: i + words.length, cut: r.cut };
    }
    return null;
  }
  private anyPhrase(i: number, list: string[][]): { end: number; cut: number } | null {
    let best: { end: number; cut: number } | null = null;
    for (const p of list) {
      const m = this.phrase(i, p);
      if (m && (!best || m.end > best.end)) best = m;
    }
    return best;
  }
  private tense(s: number, e: number): Tense {
    const key = s * 100000 + e;
    let t = this.tenseCache.get(key);
    if (t === undefined) {
      t = tenseAround(this.keys, s, e, this.lex);
      this.tenseCache.set(key, t);
    }
    return t;
  }

  // ---- lexical pieces -----------------------------------------------------------------------

  /** a number in words starting at i (the first word may carry a proclitic) */
  private nwCache = new Map<number, { value: number; end: number; ordinal: boolean; cut: number } | null>();
  private numberWords(i: number): { value: number; end: number; ordinal: boolean; cut: number } | null {
    let v = this.nwCache.get(i);
    if (v === undefined) {
      v = this.numberWordsUncached(i);
      this.nwCache.set(i, v);
    }
    return v;
  }
  private numberWordsUncached(i: number): { value: number; end: number; ordinal: boolean; cut: number } | null {
    if (i < 0 || i >= this.toks.length || this.toks[i]!.kind !== 'w') return null;
    const lexN = this.lex.numbers;
    for (const r of this.R(i)) {
      const slice = [r.k, ...this.keys.slice(i + 1, i + 7)];
      const m = parseNumberWords(slice, 0, lexN);
      if (m) return { value: m.value, end: i + m.end, ordinal: m.ordinal, cut: r.cut };
    }
    return null;
  }

  /** a day of the month: 1–31 in digits or words (الثاني، واحد وعشرين، أول) */
  private dayAt(i: number): { d: number; end: number; cut: number; words: boolean } | null {
    if (this.isNum(i)) {
      const k = this.k(i);
      if (this.isPunct(i - 1, '.,') && this.glued(i) && this.isNum(i - 2) && this.glued(i - 1)) return null; // 4.05 في آذار
      if (k.length > 2 || this.isPunct(i + 1, ':') && this.glued(i + 1)) return null;
      const d = Number(k);
      if (d >= 1 && d <= 31) return { d, end: i + 1, cut: 0, words: false };
      return null;
    }
    const w = this.numberWords(i);
    if (w && w.value >= 1 && w.value <= 31) return { d: w.value, end: w.end, cut: w.cut, words: true };
    return null;
  }

  /** a month name (every naming system), شهر + number, الشهر + ordinal; and a paired name after / or ( */
  private monthAt(i: number): { m: number; hijri: boolean; end: number; cut: number; ambiguous: boolean; shahr: boolean } | null {
    let j = i;
    let cut = 0;
    let shahr = false;
    const first = this.R(i).find((r) => r.k === 'شهر' || r.k === 'الشهر');
    if (first) {
      shahr = true;
      cut = first.cut;
      j = i + 1;
      if (first.k === 'شهر' && (this.isNum(j) || this.lex.numbers.units.has(this.k(j)) || this.lex.numbers.ten.has(this.k(j)))) {
        // شهر ثلاثة · شهر 3 · شهر عشرة
        const n = this.isNum(j) ? { value: this.num(j), end: j + 1 } : this.numberWords(j);
        if (n && n.value > 1 && n.value <= 12 && !(this.lex.units.has(this.k(n.end)) && !this.isNum(n.end + 1)) && !(this.isPunct(n.end, '/-.') && this.glued(n.end))) return { m: n.value, hijri: false, end: n.end, cut, ambiguous: false, shahr };
      }
      if (first.k === 'الشهر') {
        const n = this.numberWords(j);
        if (n && n.ordinal && n.value <= 12) return { m: n.value, hijri: false, end: n.end, cut, ambiguous: false, shahr };
      }
    }
    const name = this.monthNameAt(j);
    if (!name) return null;
    if (j === i) cut = name.cut;
    let end = name.end;
    // paired forms: كانون الاول/ديسمبر · سبتمبر/أيلول · ديسمبر (كانون الأول) · يوليو تموز
    const bareOther = this.monthNameAt(end);
    if (bareOther && bareOther.m === name.m && bareOther.hijri === name.hijri) return { m: name.m, hijri: name.hijri, end: bareOther.end, cut, ambiguous: false, shahr };
    if (this.isPunct(end, '/(-')) {
      const other = this.monthNameAt(end + 1);
      if (other && other.m === name.m && other.hijri === name.hijri) {
        end = other.end;
        if (this.isPunct(end, ')')) end++;
        return { m: name.m, hijri: name.hijri, end, cut, ambiguous: false, shahr };
      }
    }
    return { m: name.m, hijri: name.hijri, end, cut, ambiguous: name.ambiguous && !shahr, shahr };
  }

  /** آب written with madda is the month; اب/أب is usually "father" */
  private hasMadda(i: number): boolean {
    const t = this.toks[i];
    return !!t && this.text.slice(t.s, t.e).includes('آ');
  }

  private monthNameAt(i: number): { m: number; hijri: boolean; end: number; cut: number; ambiguous: boolean } | null {
    for (const r of this.R(i)) {
      let list = this.lex.months.get(r.k);
      let extraCut = 0;
      if (!list && r.k.startsWith('ال') && r.k.length > 4) {
        list = this.lex.months.get(r.k.slice(2)); // المارس
        extraCut = 0;
      }
      if (!list) continue;
      for (const name of list) {
        let ok = true;
        for (let w = 1; w < name.words.length; w++) if (this.k(i + w) !== name.words[w]) ok = false;
        if (ok) return { m: name.month, hijri: name.hijri, end: i + name.words.length, cut: r.cut + extraCut, ambiguous: name.ambiguous };
      }
    }
    return null;
  }

  /** a year: 4 digits (3 after عام), or words after عام/سنة; `strong` when a year word or a month precedes */
  private yearAt(i: number, strong: boolean, afterDate = false): { y: number; end: number } | null {
    if (this.isNum(i)) {
      const k = this.k(i);
      const y = Number(k);
      if (this.isPunct(i + 1, ':.,') && this.glued(i + 1) && this.isNum(i + 2)) return null; // 12:30, 2,000
      if (k.length === 4 && y >= 1000 && y <= 2200) return { y, end: i + 1 };
      if (strong && (k.length === 3 || k.length === 4)) return { y, end: i + 1 };
      return null;
    }
    const w = this.numberWords(i);
    if (!strong) {
      // في ألف وتسعمائة وتسعة وثمانين · منذ ألفين وثلاثة: a year in words closing the clause after في/منذ/حتى
      // (في ألف وخمسمائة موقع counts: a noun follows)
      const closing = w && (this.atEnd(w.end) || this.isPunct(w.end, '.،,؛!؟?)')) && ['في', 'منذ', 'حتي'].includes(this.core(i - 1));
      return w && !w.ordinal && w.value >= 1000 && w.value <= 2100 && (afterDate || closing) ? { y: w.value, end: w.end } : null;
    }
    if (w && !w.ordinal && w.value >= 100 && w.value <= 2200) return { y: w.value, end: w.end };
    // تسعة عشر ثمانية وعشرون: 19 | 28
    if (w && !w.ordinal && w.value >= 10 && w.value <= 20) {
      const w2 = this.numberWords(w.end);
      if (w2 && !w2.ordinal && w2.value < 100) return { y: w.value * 100 + w2.value, end: w2.end };
    }
    return null;
  }

  private isYearWord(k: string): boolean {
    return k === 'عام' || k === 'العام' || k === 'سنه' || k === 'السنه' || k === 'عامي' || k === 'سنتي';
  }

  /** optional era after a year: م / ميلادي (Gregorian) or هـ / هجري (Hijri) */
  private eraAt(i: number): { end: number; hijri: boolean } | null {
    const k = this.k(i);
    if (this.lex.eraH.has(k)) return { end: i + 1, hijri: true };
    if (this.lex.eraG.has(k)) return { end: i + 1, hijri: false };
    return null;
  }

  /** year after a date: [،|,|.] [من] [عام|سنة|لعام] YEAR [era] */
  private yearAfter(i: number): { y: number; end: number; hijriEra: boolean | null } | null {
    let j = i;
    if (this.isPunct(j, '،,.')) j++;
    if (this.core(j) === 'من' || this.core(j) === 'في') j++;
    let strong = true;
    const r = this.R(j).find((x) => this.isYearWord(x.k));
    if (r) j++;
    else strong = j === i; // a bare year right after the month
    const y = this.yearAt(j, strong || !!r, true);
    if (!y) return null;
    const era = this.eraAt(y.end);
    return { y: y.y, end: era ? era.end : y.end, hijriEra: era ? era.hijri : null };
  }

  private weekdayAt(i: number, ctx: boolean): { wd: number; end: number; cut: number } | null {
    for (const r of this.R(i)) {
      const w = this.lex.weekdays.get(r.k);
      if (!w) continue;
      if (w.bare && !ctx && !this.isWeekWord(i + 1) && !this.isWeekWord(i + 2)) continue;
      return { wd: w.wd, end: i + 1, cut: r.cut };
    }
    return null;
  }

  private isWeekWord(i: number): boolean {
    const k = this.core(i);
    return k === 'الاسبوع' || k === 'اسبوع';
  }

  /** a part of the day as an adverb: صباحا، مساء، بعد الظهر، في الصباح */
  private podAt(i: number): { pod: PartOfDay; end: number; cut: number } | null {
    let j = i;
    if (this.core(j) === 'في' || this.core(j) === 'من') j++;
    const aft = this.anyPhrase(j, this.lex.afternoon);
    if (aft) return { pod: 'AF', end: aft.end, cut: j === i ? aft.cut : 0 };
    const mid = this.anyPhrase(j, this.lex.midnight);
    if (mid) return { pod: 'NI', end: mid.end, cut: j === i ? mid.cut : 0 };
    for (const r of this.R(j)) {
      const p = this.lex.parts.get(r.k);
      if (p) return { pod: p, end: j + 1, cut: j === i ? r.cut : 0 };
    }
    return null;
  }

  // ---- resolution helpers -------------------------------------------------------------------

  /**
   * The year of a day/month written without one: after a past cue the latest occurrence up to the anchor,
   * after a future cue the next one; with no cue the next one, counting the last month as still current
   * (news reports "the 2nd of December" a few days later).
   */
  private nearestYear(m: number, d: number, s = -1, e = -1, wholeMonth = false): number | null {
    if (!this.A) return null;
    const a = this.A.day;
    const { y } = fromDayNumber(a);
    const tense = s >= 0 ? this.tense(s, e) : null;
    const cands = [y - 1, y, y + 1].map((cy) => {
      const first = wholeMonth ? dayNumber(cy, m, 1) : dayNumber(cy, m, Math.min(d, daysInMonth(cy, m)));
      const last = wholeMonth ? dayNumber(cy, m, daysInMonth(cy, m)) : first;
      return { cy, first, last };
    });
    if (tense === 'past') return [...cands].reverse().find((c) => c.first <= a)!.cy;
    if (tense === 'future') return cands.find((c) => c.last >= a)!.cy;
    return cands.find((c) => c.last >= a - 31)!.cy;
  }

  private weekdayDay(wd: number, mode: 'past' | 'next' | 'this' | 'auto', s: number, e: number): number | null {
    if (!this.A) return null;
    const a = this.A.day;
    const dow = isoWeekday(a);
    switch (mode) {
      case 'past':
        return a - (((dow - wd + 7) % 7) || 7);
      case 'next':
        return a + (((wd - dow + 7) % 7) || 7);
      case 'this':
        return weekStart(a) + wd - 1;
      default:
        if (this.tense(s, e) === 'past') return a - ((dow - wd + 7) % 7);
        return a + ((wd - dow + 7) % 7); // future, present (يزور كيري الخميس باريس) or no cue
    }
  }

  private dayMatch(s: number, e: number, cut: number, day: number | null, timex: string, pod?: PartOfDay): M {
    const m: M = { s, e, cut, kind: 'day', type: 'date', value: day === null ? null : fmtDay(day), day, dayTimex: day === null ? timex : fmtDay(day) };
    m.timex = m.dayTimex! + (pod ? 'T' + POD_TIMEX[pod] : '');
    if (pod) m.pod = pod;
    return m;
  }

  private gregDate(s: number, e: number, cut: number, y: number | null, mo: number, d: number): M | null {
    if (y !== null) {
      if (!validDate(y, mo, d)) return null;
      return this.dayMatch(s, e, cut, dayNumber(y, mo, d), fmtDay(dayNumber(y, mo, d)));
    }
    if (d < 1 || d > 31 || (mo === 2 && d > 29) || ([4, 6, 9, 11].includes(mo) && d > 30)) return null;
    const ny = this.nearestYear(mo, d, s, e);
    const timex = `XXXX-${pad2(mo)}-${pad2(d)}`;
    if (ny === null || !validDate(ny, mo, d)) return this.dayMatch(s, e, cut, null, timex);
    return this.dayMatch(s, e, cut, dayNumber(ny, mo, d), timex);
  }

  private hijriDate(s: number, e: number, cut: number, y: number | null, mo: number, d: number): M | null {
    const table = this.lex.umalqura;
    let hy = y;
    if (hy === null) {
      if (!this.A) return this.dayMatch(s, e, cut, null, 'XXXX-XX-XX');
      const ay = dayToHijri(this.A.day, table).y;
      let best: number | null = null;
      let bestDist = Infinity;
      for (const cy of [ay - 1, ay, ay + 1]) {
        const day = hijriToDay(cy, mo, d, table);
        if (day !== null && Math.abs(day - this.A.day) < bestDist) {
          bestDist = Math.abs(day - this.A.day);
          best = cy;
        }
      }
      hy = best;
      if (hy === null) return null;
    }
    const day = hijriToDay(hy, mo, d, table);
    if (day === null) return null;
    const m = this.dayMatch(s, e, cut, day, fmtDay(day));
    m.hijri = true;
    return m;
  }

  private monthMatch(s: number, e: number, cut: number, y: number | null, mo: number): M {
    let yy = y;
    if (yy === null) yy = this.nearestYear(mo, 15, s, e, true);
    if (yy === null) return { s, e, cut, kind: 'month', type: 'date', value: null, timex: `XXXX-${pad2(mo)}`, first: null, last: null };
    const first = dayNumber(yy, mo, 1);
    return { s, e, cut, kind: 'month', type: 'date', value: fmtMonth(yy, mo), timex: fmtMonth(yy, mo), first, last: first + daysInMonth(yy, mo) - 1 };
  }

  private hijriMonthMatch(s: number, e: number, cut: number, y: number | null, mo: number): M | null {
    const table = this.lex.umalqura;
    let hy = y;
    if (hy !== null && hy > 1700) {
      // رمضان 2019: the Hijri month that begins in that Gregorian year
      const gy = hy;
      hy = null;
      for (const cy of [Math.round((gy - 622) * 1.0307) - 1, Math.round((gy - 622) * 1.0307), Math.round((gy - 622) * 1.0307) + 1]) {
        const d = hijriToDay(cy, mo, 1, table);
        if (d !== null && fromDayNumber(d).y === gy) {
          hy = cy;
          break;
        }
      }
      if (hy === null) return null;
    }
    if (hy === null) {
      if (!this.A) return { s, e, cut, kind: 'range', type: 'range', value: null };
      const ay = dayToHijri(this.A.day, table).y;
      let bestDist = Infinity;
      for (const cy of [ay - 1, ay, ay + 1]) {
        const d = hijriToDay(cy, mo, 15, table);
        if (d !== null && Math.abs(d - this.A.day) < bestDist) {
          bestDist = Math.abs(d - this.A.day);
          hy = cy;
        }
      }
    }
    const first = hijriToDay(hy!, mo, 1, table);
    if (first === null) return null;
    const last = first + hijriMonthLength(hy!, mo, table) - 1;
    return { s, e, cut, kind: 'range', type: 'range', value: `${fmtDay(first)}/${fmtDay(last)}`, first, last, hijri: true };
  }

  // ---- rules ---------------------------------------------------------------------------------

  /** numeric dates: 7/12/2016 (day first), 2016-12-07, 2016/02/22, 3/2015, 2015-3, 22/04 */
  private numericDate(i: number): M | null {
    if (!this.isNum(i)) return null;
    // 8 / 10 / 1436 (spaced slashes, a full date only)
    if (this.isPunct(i + 1, '/') && this.isNum(i + 2) && this.isPunct(i + 3, '/') && this.isNum(i + 4) && this.k(i + 4).length === 4 && !(this.glued(i + 1) && this.glued(i + 2))) {
      const [d, mo, y] = [this.num(i), this.num(i + 2), this.num(i + 4)];
      const era = this.eraAt(i + 5);
      const end = era ? era.end : i + 5;
      if ((y >= 1300 && y <= 1500) || era?.hijri) return this.hijriDate(i, end, 0, y, mo, d);
      return this.gregDate(i, end, 0, y, mo, d);
    }
    const sep = this.k(i + 1);
    if (!this.isPunct(i + 1, '/-.') || !this.glued(i + 1) || !this.isNum(i + 2) || !this.glued(i + 2)) return null;
    const a = this.k(i);
    const b = this.k(i + 2);
    const three = this.k(i + 3) === sep && this.glued(i + 3) && this.isNum(i + 4) && this.glued(i + 4);
    if (three) {
      const c = this.k(i + 4);
      let y: number, mo: number, d: number;
      if (a.length === 4) [y, mo, d] = [Number(a), Number(b), Number(c)];
      else if (c.length === 4 || c.length === 2) {
        y = c.length === 2 ? (Number(c) < 50 ? 2000 + Number(c) : 1900 + Number(c)) : Number(c);
        [d, mo] = [Number(a), Number(b)];
        if (mo > 12 && d <= 12) [d, mo] = [mo, d]; // 4/22/2016 written month first
      } else return null;
      // 2015-1-32: no such day, but the year and month stand (2015-01)
      if (a.length === 4 && mo >= 1 && mo <= 12 && !validDate(y, mo, d)) return this.monthMatch(i, i + 3, 0, y, mo);
      // 29-8-1436هـ: Saudi dates are Hijri; years 1300–1500 cannot be news-time Gregorian years
      const era = this.eraAt(i + 5);
      if ((y >= 1300 && y <= 1500) || era?.hijri) return this.hijriDate(i, era ? era.end : i + 5, 0, y, mo, d);
      return this.gregDate(i, era ? era.end : i + 5, 0, y, mo, d);
    }
    const na = Number(a);
    const nb = Number(b);
    if (sep === '.') {
      // 4.22 is more often a decimal than a date: only a day.month or month.day that cannot be read the other
      // way (one part 13–31) or a year.month (2015.3), alone at the end of a clause (سأعود 4.22، سأخرج 2015.3)
      if (!(this.atEnd(i + 3) || this.isPunct(i + 3, '،,؛')) || this.quantityCueBefore(i) || !(this.wordCount <= 4 || this.dateCueBefore(i))) return null;
      if (a.length === 4 && na >= 1900 && na <= 2100 && b.length <= 2 && nb >= 1 && nb <= 12) return this.monthMatch(i, i + 3, 0, na, nb);
      if (a.length > 2 || b.length > 2) return null;
      const [d, mo] = na > 12 ? [na, nb] : [nb, na];
      if (Math.max(na, nb) < 13 || mo < 1 || mo > 12 || d > 31) return null;
      return this.gregDate(i, i + 3, 0, null, mo, d);
    }
    const hijriYear = (y: number) => (y >= 1300 && y <= 1500) || !!this.eraAt(i + 3)?.hijri;
    if (a.length === 4 && nb >= 1 && nb <= 12 && b.length <= 2) return hijriYear(na) ? this.hijriMonthMatch(i, this.eraAt(i + 3)?.end ?? i + 3, 0, na, nb) : this.monthMatch(i, i + 3, 0, na, nb);
    if (b.length === 4 && na >= 1 && na <= 12 && a.length <= 2) return hijriYear(nb) ? this.hijriMonthMatch(i, this.eraAt(i + 3)?.end ?? i + 3, 0, nb, na) : this.monthMatch(i, i + 3, 0, nb, na);
    // 22/04 · 22-4 (a dash only when one part is 13–31, so that a score such as 2-1 is not a date)
    if ((sep === '/' || (DASH.has(sep) && Math.max(na, nb) >= 13 && !this.isNum(i + 3))) && a.length <= 2 && b.length <= 2) {
      let d = na;
      let mo = nb;
      if (mo > 12 && d <= 12) [d, mo] = [mo, d];
      if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
      if (sep !== '/' && !(this.wordCount <= 4 || this.dateCueBefore(i))) return null; // ارتفع إلى 13-4
      if (sep !== '/' && (this.monthAt(i + 3) || (this.core(i + 3) === 'من' && (this.monthAt(i + 4) || this.core(i + 4) === 'شهر')))) return null; // 12-17 من شهر شوال: days of a month
      const cue = ['في', 'يوم', 'بتاريخ', 'تاريخ', 'منذ', 'حتي', 'قبل', 'بعد', 'الموافق', 'الي', 'من'].includes(this.core(i - 1)) || this.R(i - 1).some((r) => this.lex.weekdays.has(r.k));
      if (!cue && !a.startsWith('0') && !b.startsWith('0') && this.wordCount > 4) return null; // وكسبها الزعيم 2/1
      // a following year: 22/04, 2016. After a Latin comma with both parts ≤ 12 it is the American
      // month/day, year (08/12, 2015 → 2015-08-12; 08/12, 15); an Arabic comma keeps day first.
      const us = this.isPunct(i + 3, ',') && na <= 12 && nb <= 12;
      if (us && this.isNum(i + 4) && this.k(i + 4).length === 2 && this.atEnd(i + 5)) return this.gregDate(i, i + 5, 0, 2000 + this.num(i + 4), na, nb);
      const ya = this.yearAfter(i + 3);
      if (ya && us) return this.gregDate(i, ya.end, 0, ya.y, na, nb);
      if (ya && this.isPunct(i + 3, '،,')) return this.gregDate(i, ya.end, 0, ya.y, mo, d);
      return this.gregDate(i, i + 3, 0, null, mo, d);
    }
    return null;
  }

  /**
   * A day of the current month named by its ordinal alone after a preposition, where nothing else follows
   * or a clock time does: عدت إلى الحادي والعشرين · عدت للثاني · سأعود في الخامس في 4 صباحا. Not before a
   * noun (في الثاني من الشهر goes to the full-date rule; للمرة الثانية، إلى الثاني عشر من … are not bare).
   */
  private ordinalDay(i: number): M | null {
    const w = this.numberWords(i);
    if (!w || !w.ordinal || w.value < 1 || w.value > 31) return null;
    const first = this.R(i).find((r) => r.cut === w.cut)!.k;
    if (!first.startsWith('ال') || first.endsWith('ه')) return null; // الخامسة (feminine) is an hour
    const prep = w.cut > 0 ? this.k(i).startsWith('ل') || this.k(i).startsWith('ول') : ['في', 'الي', 'حتي', 'منذ'].includes(this.core(i - 1));
    if (!prep) return null;
    const clockNext = (this.core(w.end) === 'في' || this.core(w.end) === 'الساعه') && (this.isNum(w.end + 1) || this.core(w.end) === 'الساعه');
    // bare, it is a date only in a short query (عدت للثاني); in running text it needs the clock time
    if (!(this.atEnd(w.end) && this.wordCount <= 4) && !clockNext) return null;
    if (!this.A) return this.dayMatch(i, w.end, w.cut, null, `XXXX-XX-${pad2(w.value)}`);
    const a = fromDayNumber(this.A.day);
    if (!validDate(a.y, a.m, w.value)) return null;
    return this.dayMatch(i, w.end, w.cut, dayNumber(a.y, a.m, w.value), `XXXX-XX-${pad2(w.value)}`);
  }

  /** a word that introduces a date: في، يوم، بتاريخ، الموافق, or a weekday */
  private dateCueBefore(i: number): boolean {
    return ['في', 'يوم', 'بتاريخ', 'تاريخ', 'الموافق', 'منذ'].includes(this.core(i - 1)) || this.R(i - 1).some((r) => this.lex.weekdays.has(r.k));
  }

  /** a number read as a quantity: بنسبة 4.22، بلغ 4.22، نحو، حوالي */
  private quantityCueBefore(i: number): boolean {
    return ['بنسبه', 'نسبه', 'بلغ', 'بلغت', 'نحو', 'حوالي', 'قرابه', 'بمعدل', 'معدل', 'بقيمه', 'قيمه', 'سعر', 'بسعر', 'الي', 'من', 'و'].includes(this.core(i - 1));
  }

  /** [يوم] [weekday [،] [الموافق]] day [من] [شهر] MONTH [year] — or MONTH day [year], MONTH [year] */
  private wordDate(i: number): M | null {
    let j = i;
    let cut = 0;
    let yawm = false;
    const r0 = this.R(i).find((r) => r.k === 'يوم' || r.k === 'اليوم');
    if (r0 && (r0.k === 'يوم' || this.numberWords(i + 1)?.ordinal || this.lex.numbers.last.has(this.k(i + 1)))) {
      yawm = true;
      cut = r0.cut;
      j++;
    }
    // a query like "سأعود في 15": a day of this or next month
    if (!yawm && this.wordCount <= 3 && this.isNum(i) && this.core(i - 1) === 'في' && this.atEnd(i + 1) && this.A) {
      const d = this.num(i);
      const a = fromDayNumber(this.A.day);
      if (d >= 1 && d <= 31) {
        const base = d >= a.d ? dayNumber(a.y, a.m, 1) : addMonths(dayNumber(a.y, a.m, 1), 1);
        const b = fromDayNumber(base);
        if (validDate(b.y, b.m, d)) return this.dayMatch(i, i + 1, 0, dayNumber(b.y, b.m, d), `XXXX-XX-${pad2(d)}`);
      }
    }
    let wd: { wd: number; end: number; cut: number } | null = this.weekdayAt(j, yawm);
    if (wd) {
      if (j === i) cut = wd.cut;
      let k2 = wd.end;
      if (this.isPunct(k2, '،,')) k2++;
      if (this.core(k2) === 'الموافق') k2++;
      if (this.core(k2) === 'في') k2++;
      const inner = this.absDate(k2, true) ?? this.numericDate(k2);
      if (inner) {
        inner.s = i;
        inner.cut = cut;
        // الثلاثاء الثالث من شهر أيلول: the third Tuesday, unless the 3rd is a Tuesday
        if (inner.day != null && isoWeekday(inner.day) !== wd.wd) {
          const b = fromDayNumber(inner.day);
          if (b.d <= 5 && this.numberWords(k2)?.ordinal) {
            const first = dayNumber(b.y, b.m, 1);
            const day = first + ((wd.wd - isoWeekday(first) + 7) % 7) + 7 * (b.d - 1);
            if (fromDayNumber(day).m === b.m) return this.dayMatch(i, inner.e, cut, day, fmtDay(day));
          }
        }
        return inner;
      }
      // الجمعة 15 · الخميس في 21: a day of the current month with that weekday
      const dd = this.dayAt(k2);
      if (dd && this.A && (this.atEnd(dd.end) || this.is(dd.end, 'من'))) {
        const a = fromDayNumber(this.A.day);
        for (const delta of [0, -1, 1]) {
          const mi = a.y * 12 + a.m - 1 + delta;
          const y = Math.floor(mi / 12);
          const mo = (mi % 12) + 1;
          if (validDate(y, mo, dd.d) && isoWeekday(dayNumber(y, mo, dd.d)) === wd.wd) return this.dayMatch(i, dd.end, cut, dayNumber(y, mo, dd.d), '');
        }
      }
      return null;
    }
    const inner = this.absDate(j, yawm);
    if (!inner) return null;
    if (j !== i) {
      inner.s = i;
      inner.cut = cut;
    }
    return inner;
  }

  /** day + month (+ year), month + day (+ year), month + year, a month alone */
  private absDate(i: number, ctx: boolean): M | null {
    // ثورة 25 يناير · فريق 14 آذار · هجمات 11 سبتمبر: names, not dates of this year
    const h = this.isPunct(i - 1, '«"(“') ? i - 2 : i - 1;
    if (this.R(h).some((r) => this.lex.namedDateHeads.has(r.k)) && this.isNum(i) && !this.yearAfterAny(i)) {
      let k = i + 1;
      if (this.core(k) === 'من') k++;
      const mo = this.monthAt(k);
      return mo ? { s: i, e: mo.end, cut: 0, kind: 'other', type: 'date', value: null, skip: true } : null;
    }
    // day first
    let dd = this.dayAt(i);
    let lastDay = false;
    if (!dd && this.lex.numbers.last.has(this.core(i)) && (this.core(i + 1) === 'يوم' || this.core(i - 1) === 'اليوم' || this.core(i - 1) === 'يوم')) {
      dd = { d: 28, end: i + 1, cut: 0, words: true }; // آخر يوم بشهر عشرة · اليوم الأخير من شهر
      lastDay = true;
    }
    // الأيام العشرة الأولى من ديسمبر: a feminine ordinal after a definite noun agrees with that noun, it is no day
    if (dd && dd.words && this.R(i).some((r) => this.lex.numbers.ordinals.has(r.k) && (r.k.endsWith('ه') || r.k.endsWith('اولي'))) && this.k(i - 1).startsWith('ال') && !this.lex.weekdays.has(this.k(i - 1)))
      dd = null;
    if (dd) {
      let j = dd.end;
      if (this.isPunct(j, '-.') && this.glued(j)) j++;
      if (dd.words && this.core(j) === 'يوم') j++; // ثالث يوم من شهر عشرة
      if (this.core(j) === 'من' || this.core(j) === 'في') j++;
      const mo = this.monthAt(j);
      if (mo) {
        const ya = this.yearAfter(mo.end);
        let end = ya ? ya.end : mo.end;
        const era = ya ? null : this.eraAt(end);
        if (era) end = era.end;
        if (lastDay && !mo.hijri) {
          const y = ya ? ya.y : this.nearestYear(mo.m, 28, i, end);
          if (y === null) return this.dayMatch(i, end, 0, null, `XXXX-${pad2(mo.m)}-XX`);
          return this.gregDate(i, end, dd.cut, y, mo.m, daysInMonth(y, mo.m));
        }
        if (mo.hijri || ya?.hijriEra) {
          const h = this.hijriDate(i, end, dd.cut, ya ? ya.y : null, mo.m, dd.d);
          if (h && !ya && this.lex.relThis.has(this.k(end))) h.e = end + 1; // 30 شوال الجاري
          return h;
        }
        // 12 أفريل المقبل · 3 مارس الماضي
        if (!ya && this.A && (this.lex.relNext.has(this.k(end)) || this.lex.relPast.has(this.k(end)))) {
          const next = this.lex.relNext.has(this.k(end));
          const a = fromDayNumber(this.A.day);
          for (const y of next ? [a.y, a.y + 1] : [a.y, a.y - 1]) {
            if (!validDate(y, mo.m, dd.d)) continue;
            const day = dayNumber(y, mo.m, dd.d);
            if (next ? day > this.A.day : day < this.A.day) return this.dayMatch(i, end + 1, dd.cut, day, `XXXX-${pad2(mo.m)}-${pad2(dd.d)}`);
          }
        }
        const g = this.gregDate(i, end, dd.cut, ya ? ya.y : null, mo.m, dd.d);
        if (g && !ya && this.lex.relThis.has(this.k(end))) g.e = end + 1; // 10 يوليو/تموز الجاري
        return g;
      }
      // 20 من الشهر المقبل · التاسع عشر من هذا الشهر
      if (this.core(dd.end) === 'من' || this.core(dd.end) === 'في') {
        const rel = this.relativeMonth(dd.end + 1);
        if (rel && this.A) {
          const base = addMonths(dayNumber(fromDayNumber(this.A.day).y, fromDayNumber(this.A.day).m, 1), rel.offset);
          const { y, m } = fromDayNumber(base);
          return this.gregDate(i, rel.end, dd.cut, y, m, dd.d);
        }
      }
      // يوم 21 · للثاني (a day of this month) only after يوم
      if (ctx && !dd.words && this.atEnd(dd.end)) {
        const timex = `XXXX-XX-${pad2(dd.d)}`;
        if (!this.A) return this.dayMatch(i, dd.end, dd.cut, null, timex);
        const a = fromDayNumber(this.A.day);
        if (!validDate(a.y, a.m, dd.d)) return null;
        return this.dayMatch(i, dd.end, dd.cut, dayNumber(a.y, a.m, dd.d), timex);
      }
      return null;
    }
    // month first
    const mo = this.monthAt(i);
    if (!mo) return null;
    let j = mo.end;
    // يناير الثاني والعشرين · سبتمبر 10 · أكتوبر 14
    let d2 = this.dayAt(j) ?? (this.isPunct(j, '-/') && this.glued(j) ? this.dayAt(j + 1) : null);
    if (d2 && (d2.cut > 0 || (mo.ambiguous && d2.words))) d2 = null; // أب لخمسة أبناء
    if (d2 && !this.lex.units.has(this.k(d2.end)) && !(this.isNum(d2.end - 1) && this.k(d2.end - 1).length === 4)) {
      const ya = this.yearAfter(d2.end);
      if (ya || d2.words || this.atEnd(d2.end) || this.isPunct(d2.end, '،,') || (this.isNum(d2.end) && this.isPunct(d2.end + 1, ':'))) {
        if (mo.hijri) return this.hijriDate(i, ya ? ya.end : d2.end, mo.cut, ya ? ya.y : null, mo.m, d2.d);
        return this.gregDate(i, ya ? ya.end : d2.end, mo.cut, ya ? ya.y : null, mo.m, d2.d);
      }
    }
    const ya = this.yearAfter(j);
    if (ya) {
      if (mo.hijri || ya.hijriEra) return this.hijriMonthMatch(i, ya.end, mo.cut, ya.y, mo.m);
      return this.monthMatch(i, ya.end, mo.cut, ya.y, mo.m);
    }
    // يونيو العام المقبل
    const relY = this.relativeYear(j);
    if (relY !== null && this.A && !mo.hijri) return this.monthMatch(i, relY.end, mo.cut, fromDayNumber(this.A.day).y + relY.offset, mo.m);
    // ديسمبر الماضي · يونيو المقبل · رمضان الجاري
    const rk = this.k(j);
    if (this.A && (this.lex.relPast.has(rk) || this.lex.relNext.has(rk) || this.lex.relThis.has(rk)) && !mo.hijri) {
      const a = fromDayNumber(this.A.day);
      let y = a.y;
      if (this.lex.relPast.has(rk) && mo.m >= a.m) y--;
      if (this.lex.relNext.has(rk) && mo.m <= a.m) y++;
      return this.monthMatch(i, j + 1, mo.cut, y, mo.m);
    }
    // a month alone: ambiguous names need a cue before them (في، شهر، منذ، حتى ...)
    if (mo.ambiguous && !ctx && !this.monthCueBefore(i, false)) return null;
    if (mo.hijri) {
      if (!mo.shahr && !this.monthCueBefore(i)) return null;
      return this.hijriMonthMatch(i, j, mo.cut, null, mo.m);
    }
    return this.monthMatch(i, j, mo.cut, null, mo.m);
  }

  /** a year within the next few tokens (a full date, not a name) */
  private yearAfterAny(i: number): boolean {
    for (let k = i; k < i + 6 && k < this.toks.length; k++) if (this.isNum(k) && this.k(k).length === 4) return true;
    return false;
  }

  private monthCueBefore(i: number, ownClitic = true): boolean {
    const prev = this.core(i - 1);
    const own = ownClitic && this.R(i).some((r) => r.cut > 0 && (this.k(i)[r.cut - 1] === 'ب' || this.k(i)[r.cut - 1] === 'ل'));
    return own || ['في', 'منذ', 'حتي', 'خلال', 'مطلع', 'بدايه', 'نهايه', 'منتصف', 'اواخر', 'اواءل', 'اواسط', 'اخر', 'اول', 'اليوم', 'شهر', 'قبل', 'بعد', 'اثناء', 'اي', 'هذا', 'اواسط'].includes(prev);
  }

  /** هذا الشهر / الشهر المقبل / الشهر الماضي / الشهر الثامن */
  private relativeMonth(i: number): { offset: number; end: number } | null {
    let j = i;
    if (this.lex.demonstratives.has(this.core(j))) {
      if (this.core(j + 1) === 'الشهر') return { offset: 0, end: j + 2 };
      return null;
    }
    if (this.core(j) !== 'الشهر') return null;
    j++;
    if (this.lex.relNext.has(this.k(j))) return { offset: 1, end: j + 1 };
    if (this.lex.relPast.has(this.k(j))) return { offset: -1, end: j + 1 };
    if (this.lex.relThis.has(this.k(j))) return { offset: 0, end: j + 1 };
    return null;
  }

  private relativeYear(i: number): { offset: number; end: number } | null {
    let j = i;
    if (this.core(j) === 'من' || this.core(j) === 'في') j++;
    if (this.lex.demonstratives.has(this.core(j)) && (this.k(j + 1) === 'العام' || this.k(j + 1) === 'السنه')) return { offset: 0, end: j + 2 };
    const c = this.core(j);
    if (c !== 'العام' && c !== 'السنه') return null;
    const k = this.k(j + 1);
    if (this.lex.relNext.has(k)) return { offset: 1, end: j + 2 };
    if (this.lex.relPast.has(k)) return { offset: -1, end: j + 2 };
    if (this.lex.relThis.has(k)) return { offset: 0, end: j + 2 };
    return null;
  }

  /** weekdays: [part of day] [يوم] WEEKDAY [modifier]; هذا الجمعة; الأسبوع المقبل الجمعة; صباحا (الخميس); nth weekday of a month */
  private weekdayExpr(i: number): M | null {
    let j = i;
    let cut = 0;
    let pod: PartOfDay | undefined;
    let mode: 'past' | 'next' | 'this' | 'auto' = 'auto';
    let weekOffset: number | null = null;
    let paren = false;
    // ordinal first: أول يوم جمعة من يوليو · ثالث ثلاثاء بعد كريسماس · آخر اثنين من شهر آذار
    const lead = this.ordinalLead(i);
    if (lead) {
      let k2 = lead.end;
      if (this.core(k2) === 'يوم') k2++;
      const w = this.weekdayAt(k2, true);
      if (w) {
        const nth = this.nthWeekdayOfMonth(w.end, w.wd, lead.n);
        if (nth) return this.dayMatch(i, nth.end, lead.cut, nth.day, nth.timex);
      }
    }
    // part of the day first: مساء الاربعاء · صباح الخميس · بعد ظهر الاثنين · صباحا (الخميس)
    const p = this.podAt(i);
    if (p && p.end > i) {
      let k2 = p.end;
      if (this.isPunct(k2, '(')) {
        k2++;
        paren = true;
      }
      if (this.core(k2) === 'يوم') k2++;
      const w = this.weekdayAt(k2, true);
      if (w && (!paren || this.isPunct(w.end, ')'))) {
        pod = p.pod;
        cut = p.cut;
        j = k2;
      } else if (this.core(i) === 'في' || this.core(i) === 'من') return null;
      else paren = false;
    }
    if (pod === undefined) {
      // الأسبوع المقبل [يوم] الجمعة · هذا الأسبوع الجمعة
      const wk = this.weekRef(j);
      if (!wk && this.lex.demonstratives.has(this.core(j))) {
        mode = 'this';
        j++;
      }
      if (wk) {
        let k2 = wk.end;
        if (this.core(k2) === 'يوم') k2++;
        const w = this.weekdayAt(k2, true);
        if (w) {
          const day = this.A ? weekStart(this.A.day) + 7 * wk.offset + w.wd - 1 : null;
          return this.dayMatch(i, w.end, this.R(i)[0]!.cut, day, `XXXX-WXX-${w.wd}`);
        }
        if (mode === 'this') return null;
      }
    }
    let yawm = false;
    const ry = this.R(j).find((r) => r.k === 'يوم');
    if (ry) {
      if (j === i) cut = ry.cut;
      yawm = true;
      j++;
    }
    const w = this.weekdayAt(j, yawm || pod !== undefined || mode === 'this');
    if (!w) return null;
    if (j === i) cut = w.cut;
    let end = w.end;
    if (paren) end++;
    // modifiers after the weekday
    const next = this.k(end);
    if (this.lex.relPast.has(next)) {
      mode = 'past';
      end++;
    } else if (this.lex.relNext.has(next)) {
      mode = next === 'التالي' || next === 'التاليه' ? 'next' : 'next';
      end++;
    } else {
      // من هذا الأسبوع · من الأسبوع الماضي · الأسبوع الماضي
      let k2 = end;
      if (this.core(k2) === 'من' || this.core(k2) === 'في') k2++;
      const wk = this.weekRef(k2);
      if (wk) {
        weekOffset = wk.offset;
        end = wk.end;
      } else {
        // الثلاثاء الثالث من شهر أيلول · الاثنين الأخير من شهر آذار · الثلاثاء التاسع عشر من هذا الشهر
        const ord = this.numberWords(end);
        const lastWord = this.lex.numbers.last.has(this.k(end));
        if ((ord && ord.ordinal) || lastWord) {
          const n = lastWord ? -1 : ord!.value;
          const after = lastWord ? end + 1 : ord!.end;
          const nth = this.nthWeekdayOfMonth(after, w.wd, n);
          if (nth) return this.dayMatch(i, nth.end, cut, nth.day, nth.timex);
          // الأحد الثاني (nothing after): the second Sunday of the current month; not الجمعة الثانية على التوالي
          if (!lastWord && n >= 1 && n <= 5 && (this.atEnd(after) || this.isVerbalTail(after))) {
            if (!this.A) return this.dayMatch(i, after, cut, null, `XXXX-XX-WXX-${w.wd}-#${n}`);
            const a = fromDayNumber(this.A.day);
            const first = dayNumber(a.y, a.m, 1);
            const day = first + ((w.wd - isoWeekday(first) + 7) % 7) + 7 * (n - 1);
            if (fromDayNumber(day).m === a.m) return this.dayMatch(i, after, cut, day, '');
          }
          if (!lastWord && (this.core(after) === 'من' || this.core(after) === 'في')) {
            const rel = this.relativeMonth(after + 1);
            if (rel && this.A) {
              const a = fromDayNumber(this.A.day);
              const base = fromDayNumber(addMonths(dayNumber(a.y, a.m, 1), rel.offset));
              if (validDate(base.y, base.m, n)) return this.dayMatch(i, rel.end, cut, dayNumber(base.y, base.m, n), '');
            }
          }
        }
      }
    }
    // a part of the day after: الثلاثاء صباحا · الجمعة بعد الظهر
    if (pod === undefined) {
      const p2 = this.podAt(end);
      if (p2 && !this.isNumOrClockAt(p2.end) && (this.core(end) !== 'في' || this.k(end + 1).startsWith('ال'))) {
        pod = p2.pod;
        end = p2.end;
      }
    }
    let day: number | null;
    if (weekOffset !== null) day = this.A ? weekStart(this.A.day) + 7 * weekOffset + w.wd - 1 : null;
    else day = this.weekdayDay(w.wd, mode, i, end);
    return this.dayMatch(i, end, cut, day, `XXXX-WXX-${w.wd}`, pod);
  }

  /** a clause goes on with a verb or a time word, not with a complement of the ordinal (على التوالي، من) */
  private isVerbalTail(i: number): boolean {
    const k = this.core(i);
    return k.startsWith('س') && k.length > 3 && !['سنه', 'ساعه', 'سبت', 'السبت'].includes(k);
  }

  private isNumOrClockAt(i: number): boolean {
    return this.isNum(i) || this.core(i) === 'الساعه';
  }

  /** أول / ثالث / آخر / الأخير before a weekday */
  private ordinalLead(i: number): { n: number; end: number; cut: number } | null {
    const r = this.R(i);
    for (const x of r) {
      if (this.lex.numbers.last.has(x.k)) return { n: -1, end: i + 1, cut: x.cut };
      const o = this.lex.numbers.ordinals.get(x.k);
      if (o !== undefined && o <= 5 && !x.k.startsWith('ال')) return { n: o, end: i + 1, cut: x.cut };
    }
    return null;
  }

  /** after "WEEKDAY nth": من [شهر] MONTH [من عام] [YEAR] | من هذا الشهر | بعد كريسماس YEAR; the nth weekday (or day n when consistent) */
  private nthWeekdayOfMonth(i: number, wd: number, n: number): { day: number | null; end: number; timex: string } | null {
    let j = i;
    // ثالث ثلاثاء بعد كريسماس 2014: counted from the holiday (or any dated day) after بعد / قبل
    if ((this.core(j) === 'بعد' || this.core(j) === 'قبل') && n >= 1) {
      const h = this.holidayExpr(j + 1) ?? this.absDate(j + 1, true);
      if (h && h.kind === 'day') {
        if (h.day == null) return { day: null, end: h.e, timex: '' };
        const after = this.core(j) === 'بعد';
        const step = after ? (wd - isoWeekday(h.day) + 7) % 7 || 7 : -((isoWeekday(h.day) - wd + 7) % 7 || 7);
        return { day: h.day + step + (after ? 7 : -7) * (n - 1), end: h.e, timex: '' };
      }
      return null;
    }
    if (!['من', 'في', 'ب'].includes(this.core(j))) {
      const r = this.R(j).find((x) => x.cut > 0 && this.monthAt(j));
      if (!r) return null;
    } else j++;
    let y: number | null = null;
    let mo: number;
    let end: number;
    const m = this.monthAt(j);
    if (m && !m.hijri) {
      mo = m.m;
      end = m.end;
      const ya = this.yearAfter(end);
      if (ya) {
        y = ya.y;
        end = ya.end;
      } else {
        const ry = this.relativeYear(end);
        if (ry && this.A) {
          y = fromDayNumber(this.A.day).y + ry.offset;
          end = ry.end;
        }
      }
    } else {
      const rel = this.relativeMonth(j);
      if (!rel || !this.A) return null;
      const a = fromDayNumber(this.A.day);
      const b = fromDayNumber(addMonths(dayNumber(a.y, a.m, 1), rel.offset));
      y = b.y;
      mo = b.m;
      end = rel.end;
    }
    if (y === null) {
      if (!this.A) return { day: null, end, timex: `XXXX-${pad2(mo)}-WXX-${wd}-#${n}` };
      y = this.nearestYear(mo, n > 0 ? n : 28, i, end)!;
    }
    // "الجمعة الثاني من كانون الاول" may be the 2nd (a Friday) rather than the second Friday
    if (n > 0 && validDate(y, mo, n) && isoWeekday(dayNumber(y, mo, n)) === wd) return { day: dayNumber(y, mo, n), end, timex: '' };
    if (n > 5) return null;
    let day: number;
    if (n === -1) {
      const lastDay = dayNumber(y, mo, daysInMonth(y, mo));
      day = lastDay - ((isoWeekday(lastDay) - wd + 7) % 7);
    } else {
      const first = dayNumber(y, mo, 1);
      day = first + ((wd - isoWeekday(first) + 7) % 7) + 7 * (n - 1);
      if (fromDayNumber(day).m !== mo) return null;
    }
    return { day, end, timex: '' };
  }

  /** هذا الأسبوع / الأسبوع الحالي (0), الأسبوع الماضي (-1), الأسبوع المقبل (+1), الأسبوع بعد القادم (+2) */
  private weekRef(i: number): { offset: number; end: number } | null {
    let j = i;
    if (this.lex.demonstratives.has(this.core(j))) {
      if (this.isWeekWord(j + 1) && this.k(j + 1).startsWith('ال')) return { offset: 0, end: j + 2 };
      return null;
    }
    if (!this.isWeekWord(j) || !this.core(j).startsWith('ال')) return null;
    j++;
    const k = this.k(j);
    if (k === 'بعد' && this.lex.relNext.has(this.k(j + 1))) return { offset: 2, end: j + 2 };
    if (this.lex.relPast.has(k)) return { offset: -1, end: j + 1 };
    if (this.lex.relNext.has(k)) return { offset: 1, end: j + 1 };
    if (this.lex.relThis.has(k)) return { offset: 0, end: j + 1 };
    return null;
  }

  /** أمس، أمس الأول، اليوم، غدا، بعد غد، الليلة، هذا الصباح، صباح اليوم، مساء أمس, الآن */
  private relativeDay(i: number): M | null {
    let j = i;
    let pod: PartOfDay | undefined;
    let cut = 0;
    const p = this.podAt(i);
    if (p && (this.core(i) !== 'في' && this.core(i) !== 'من')) {
      const rd = this.relDayWord(p.end);
      if (rd) {
        pod = p.pod;
        cut = p.cut;
        j = p.end;
      }
    }
    // هذا الصباح · هذا المساء · هذه الليلة
    if (pod === undefined && this.lex.demonstratives.has(this.core(i))) {
      const p2 = this.lex.parts.get(this.k(i + 1));
      if (p2 && this.k(i + 1).startsWith('ال')) return this.dayMatch(i, i + 2, 0, this.A ? this.A.day : null, 'PRESENT_REF', p2);
      if (this.k(i + 1) === 'اليوم') return this.dayMatch(i, i + 2, 0, this.A ? this.A.day : null, 'PRESENT_REF');
    }
    const rd = this.relDayWord(j);
    if (!rd) {
      // الليلة (tonight), الليلة الماضية
      for (const r of this.R(i)) {
        if (r.k !== 'الليله') continue;
        let off = 0;
        let end = i + 1;
        if (this.lex.relPast.has(this.k(end))) {
          off = -1;
          end++;
        } else if (this.lex.relNext.has(this.k(end))) {
          off = 1;
          end++;
        }
        if (this.isNum(end) || this.core(end) === 'الساعه' || this.core(end) === 'في' || this.core(end) === 'حوالي') {
          // الليلة حوالي الساعة 7: leave it to the date-time join
        }
        return this.dayMatch(i, end, r.cut, this.A ? this.A.day + off : null, off === 0 ? 'PRESENT_REF' : '', 'NI');
      }
      return null;
    }
    if (j === i) cut = rd.cut;
    let end = rd.end;
    if (rd.now) {
      if (!this.A) return { s: i, e: end, cut, kind: 'day', type: 'date', value: null, timex: 'PRESENT_REF', day: null };
      if (this.A.h !== null) {
        const c: Clock = { h: this.A.h, mi: this.A.mi ?? 0, sec: this.A.sec ?? 0 };
        return { s: i, e: end, cut, kind: 'day', type: 'datetime', value: fmtDay(this.A.day) + fmtClock(c), timex: 'PRESENT_REF', day: this.A.day, clock: c };
      }
      return { s: i, e: end, cut, kind: 'day', type: 'date', value: fmtDay(this.A.day), timex: 'PRESENT_REF', day: this.A.day };
    }
    if (pod === undefined) {
      const p2 = this.podAt(end);
      if (p2 && this.core(end) !== 'في' && this.core(end) !== 'من') {
        pod = p2.pod;
        end = p2.end;
      }
    }
    return this.dayMatch(i, end, cut, this.A ? this.A.day + rd.offset : null, '', pod);
  }

  private relDayWord(i: number): { offset: number; end: number; cut: number; now?: boolean } | null {
    const rs = this.R(i);
    for (const r of rs) {
      const k = r.k;
      const n1 = this.k(i + 1);
      const n2 = this.k(i + 2);
      if (k === 'امس' || k === 'الامس' || k === 'البارحه') {
        if (n1 === 'الاول') return { offset: -2, end: i + 2, cut: r.cut };
        return { offset: -1, end: i + 1, cut: r.cut };
      }
      if (k === 'اول' && n1 === 'من' && (n2 === 'امس' || n2 === 'البارحه')) return { offset: -2, end: i + 3, cut: r.cut }; // أول من أمس
      if ((k === 'اول' && (n1 === 'امس' || n1 === 'البارحه')) || (k === 'قبل' && (n1 === 'امس' || n1 === 'البارحه' || n1 === 'الامس'))) return { offset: -2, end: i + 2, cut: r.cut };
      if (k === 'قبل' && n1 === 'يوم' && n2 === 'امس') return { offset: -2, end: i + 3, cut: r.cut };
      if ((k === 'بكره' || k === 'بكرا') && n1.startsWith('ال') && !this.lex.parts.has(n1)) continue; // بكرة القدم is a ball
      if (k === 'غدا' || k === 'غد' || k === 'الغد' || k === 'بكره' || k === 'بكرا') return { offset: 1, end: i + 1, cut: r.cut };
      if (k === 'بعد' && (n1 === 'غد' || n1 === 'الغد' || n1 === 'غدا' || n1 === 'بكره' || n1 === 'بكرا')) return { offset: 2, end: i + 2, cut: r.cut };
      if (k === 'يوم') {
        if (n1 === 'امس' || n1 === 'الامس') return { offset: -1, end: i + 2, cut: r.cut };
        if (n1 === 'غد' || n1 === 'الغد' || n1 === 'غدا') return { offset: 1, end: i + 2, cut: r.cut };
        if (n1 === 'بعد' && (n2 === 'غد' || n2 === 'الغد')) return { offset: 2, end: i + 3, cut: r.cut };
      }
      if (k === 'اليوم') {
        // اليوم القبل البارحة · اليوم الي بعد بكرة (Levantine)
        if (n1 === 'القبل' && (n2 === 'البارحه' || n2 === 'امس')) return { offset: -2, end: i + 3, cut: r.cut };
        if ((n1 === 'الي' || n1 === 'اللي') && n2 === 'بعد' && ['بكره', 'بكرا', 'غد', 'الغد'].includes(this.k(i + 3))) return { offset: 2, end: i + 4, cut: r.cut };
        if (this.lex.relPast.has(n1) && n1 !== 'الاخيره') return { offset: -1, end: i + 2, cut: r.cut };
        if (this.lex.relNext.has(n1)) return { offset: 1, end: i + 2, cut: r.cut };
        if (this.lex.relThis.has(n1)) return { offset: 0, end: i + 2, cut: r.cut };
        // اليوم الأول / اليوم العالمي ... are not "today"
        if (n1.startsWith('ال') && n1 !== 'الاحد' && n1 !== 'الساعه' && !this.lex.weekdays.has(n1) && !this.lex.parts.has(n1)) return null;
        if (this.lex.numbers.ordinals.has(n1)) return null;
        return { offset: 0, end: i + 1, cut: r.cut };
      }
      if (k === 'الان' && this.text.charCodeAt(this.starts[this.toks[i]!.ns + r.cut]!) === 0x0622) continue; // آلان is the name Alan
      if (k === 'الان' || k === 'حاليا' || k === 'حالا' || k === 'الحين') return { offset: 0, end: i + 1, cut: r.cut, now: true };
    }
    return null;
  }

  /** الأسبوع الماضي، الشهر المقبل، العام الحالي، هذا العام، العقد القادم; plural/dual spans: الأسبوعين الماضيين، السنوات الثلاث الماضية */
  private relativePeriod(i: number): M | null {
    let j = i;
    let cut = 0;
    let demo = false;
    if (this.lex.demonstratives.has(this.core(i))) {
      demo = true;
      j++;
    }
    let r = this.R(j).find((x) => x.k.startsWith('ال') && this.lex.units.has(x.k.slice(2)));
    let lastN: number | null = null;
    // آخر 3 سنوات · آخر ثلاثة أيام
    if (!r && !demo) {
      const lr = this.R(i).find((x) => x.k === 'اخر' || x.k === 'خلال');
      if (lr && lr.k === 'اخر') {
        const dual = this.lex.units.get(this.k(i + 1));
        if (dual && dual.count === 2) return this.spanRange(i, i + 2, lr.cut, dual.unit, 2, 'past'); // آخر يومين
        const n = this.isNum(i + 1) ? { value: this.num(i + 1), end: i + 2 } : this.numberWords(i + 1);
        const u = n ? this.lex.units.get(this.core(n.end)) : undefined;
        if (n && u && !('ordinal' in n && n.ordinal)) return this.spanRange(i, n.end + 1, lr.cut, u.unit, n.value, 'past');
      }
      // 3 أيام القادمة
      const n = this.isNum(i) ? { value: this.num(i), end: i + 1, cut: 0 } : null;
      if (n) {
        const u = this.lex.units.get(this.k(n.end));
        const rel = this.k(n.end + 1);
        if (u && u.count === null && (this.lex.relNext.has(rel) || this.lex.relPast.has(rel)))
          return this.spanRange(i, n.end + 2, 0, u.unit, n.value, this.lex.relNext.has(rel) ? 'next' : 'past');
      }
      // الثلاث سنوات الماضية · الستة أشهر المقبلة · الثلاثة عقود القادمة (the number made definite instead of the noun)
      const w = this.k(i).startsWith('ال') ? this.numberWords(i) : null;
      if (w && !w.ordinal && w.end > i) {
        const u = this.lex.units.get(this.k(w.end));
        const rel = this.k(w.end + 1);
        if (u && u.count === null && (this.lex.relNext.has(rel) || this.lex.relPast.has(rel)))
          return this.spanRange(i, w.end + 2, 0, u.unit, w.value, this.lex.relNext.has(rel) ? 'next' : 'past');
      }
      return null;
    }
    if (!r) return null;
    if (j === i) cut = r.cut;
    const u = this.lex.units.get(r.k.slice(2))!;
    let end = j + 1;
    if (u.count === 1) {
      // العام التالي للجوء ... is "the year after X", not next year
      const nk = this.k(end);
      if (u.unit === 'Y' && r.k === 'العام' && this.lex.generalNouns.has(this.core(j - 1))) return null;
      let offset: number | null = null;
      if (demo) offset = 0;
      else if (this.lex.relPast.has(nk) && nk !== 'الاخيره' && nk !== 'الاخيرين') offset = -1;
      else if (this.lex.relNext.has(nk)) offset = 1;
      else if (this.lex.relThis.has(nk)) offset = 0;
      else if (nk === 'بعد' && this.lex.relNext.has(this.k(end + 1))) {
        offset = 2;
        end++;
      }
      if (offset === null) return null;
      if (!demo) end++;
      if ((nk === 'التالي' || nk === 'التاليه') && this.k(end).startsWith('ل')) return null;
      if (u.unit === 'D') return null; // اليوم … is relativeDay's
      // الساعة المقبلة · الدقيقة الماضية: the hour from or to now
      if ((u.unit === 'H' || u.unit === 'MI') && (offset === 1 || offset === -1)) return this.spanRange(i, end, cut, u.unit, 1, offset > 0 ? 'next' : 'past');
      return this.calendarUnit(i, end, cut, u.unit, offset);
    }
    // plural or dual: الأسبوعين الماضيين · الأيام الثلاثة الماضية · السنوات الثلاث الماضية · الأيام القليلة الماضية
    let n: number | null = u.count === 2 ? 2 : null;
    if (n === null) {
      if (this.k(end) === 'ال' && this.isNum(end + 1)) end++; // الساعات الـ24 الماضية
      if (this.isNum(end)) {
        n = this.num(end);
        end++;
      } else {
        const w = this.numberWords(end);
        if (w && !w.ordinal) {
          n = w.value;
          end = w.end;
        } else if (this.lex.numbers.few.has(this.k(end))) {
          end++;
        }
      }
    }
    const rel = this.k(end);
    const dir = this.lex.relPast.has(rel) ? 'past' : this.lex.relNext.has(rel) ? 'next' : null;
    if (!dir) return null;
    end++;
    if (n === null) return { s: i, e: end, cut, kind: 'range', type: 'range', value: null, timex: `P${'X'}${UNIT_ISO[u.unit][0]}` };
    return this.spanRange(i, end, cut, u.unit, n, dir);
  }

  /** a span of n units ending now (past) or starting tomorrow (next) */
  private spanRange(s: number, e: number, cut: number, unit: Unit, n: number, dir: 'past' | 'next'): M {
    const dur = isoDuration([[unit, n]]);
    if (!this.A) return { s, e, cut, kind: 'range', type: 'range', value: null, timex: dur };
    if (unit === 'H' || unit === 'MI' || unit === 'S') {
      // آخر 3 دقائق · الساعات الثلاث الماضية: needs the publication time
      if (this.A.h === null) {
        // without a publication time, whole days still resolve: الساعات الـ48 الماضية → the last two days
        if (unit === 'H' && n >= 24 && n % 24 === 0) return { ...this.spanRange(s, e, cut, 'D', n / 24, dir), timex: dur };
        return { s, e, cut, kind: 'range', type: 'range', value: null, timex: dur };
      }
      const now = this.A.day * 1440 + this.A.h * 60 + (this.A.mi ?? 0);
      const mins = unit === 'H' ? 60 * n : unit === 'MI' ? n : n / 60;
      const [x, y] = dir === 'past' ? [now - mins, now] : [now, now + mins];
      const f = (t: number) => fmtDay(Math.floor(t / 1440)) + fmtClock({ h: Math.floor((t % 1440) / 60), mi: Math.round(t % 60) });
      return { s, e, cut, kind: 'range', type: 'range', value: `${f(x)}/${f(y)}`, timex: `(${f(x)},${f(y)},${dur})` };
    }
    let a: number, b: number;
    if (dir === 'past') {
      a = addUnits(this.A.day, unit, -n);
      b = this.A.day;
    } else if (unit === 'W') {
      a = weekStart(this.A.day) + 7; // الأسابيع الثلاثة القادمة: from next Monday
      b = a + 7 * n - 1;
    } else {
      a = this.A.day + 1;
      b = addUnits(a, unit, n);
    }
    return { s, e, cut, kind: 'range', type: 'range', value: `${fmtDay(a)}/${fmtDay(b)}`, timex: `(${fmtDay(a)},${fmtDay(b)},${dur})`, first: a, last: b };
  }

  private calendarUnit(s: number, e: number, cut: number, unit: Unit, offset: number): M | null {
    if (!this.A) return { s, e, cut, kind: 'other', type: 'date', value: null };
    const a = fromDayNumber(this.A.day);
    switch (unit) {
      case 'W': {
        const ws = weekStart(this.A.day) + 7 * offset;
        return { s, e, cut, kind: 'week', type: 'date', value: fmtWeek(ws), timex: fmtWeek(ws), first: ws, last: ws + 6 };
      }
      case 'M': {
        const f = addMonths(dayNumber(a.y, a.m, 1), offset);
        const b = fromDayNumber(f);
        return { s, e, cut, kind: 'month', type: 'date', value: fmtMonth(b.y, b.m), timex: fmtMonth(b.y, b.m), first: f, last: f + daysInMonth(b.y, b.m) - 1 };
      }
      case 'Y': {
        const y = a.y + offset;
        return { s, e, cut, kind: 'year', type: 'date', value: fmtYear(y), timex: fmtYear(y), first: dayNumber(y, 1, 1), last: dayNumber(y, 12, 31) };
      }
      case 'DE': {
        const d0 = Math.floor(a.y / 10) * 10 + 10 * offset;
        return { s, e, cut, kind: 'range', type: 'range', value: `${d0}/${d0 + 9}`, timex: String(d0 / 10), first: dayNumber(d0, 1, 1), last: dayNumber(d0 + 9, 12, 31) };
      }
      case 'C': {
        const c0 = Math.floor(a.y / 100) * 100 + 100 * offset;
        return { s, e, cut, kind: 'range', type: 'range', value: `${c0}/${c0 + 99}`, timex: String(c0 / 100) };
      }
      default:
        return null;
    }
  }

  /** a quantity of a unit: 3 أيام، خمسة أيام، يومين، ثلاث سنوات، نصف ساعة، ساعة ونصف، بضعة أيام */
  private quantity(i: number, loose: boolean): { parts: Array<[Unit, number]>; end: number; cut: number; vague?: boolean } | null {
    let n: number | null = null;
    let j = i;
    let cut = 0;
    let vague = false;
    if (this.isNum(i)) {
      n = this.num(i);
      j = i + 1;
      if (this.isPunct(j, '.,') && this.glued(j) && this.isNum(j + 1) && this.glued(j + 1)) {
        n = Number(`${this.k(i)}.${this.k(j + 1)}`);
        j += 2;
      }
    } else {
      const frac = this.R(i).find((r) => this.lex.numbers.fractions.has(r.k) && !r.k.startsWith('ال'));
      if (frac) {
        n = this.lex.numbers.fractions.get(frac.k)!;
        cut = frac.cut;
        j = i + 1;
      } else {
        const few = this.R(i).find((r) => this.lex.numbers.few.has(r.k) && !r.k.startsWith('ال'));
        if (few) {
          cut = few.cut;
          j = i + 1;
          vague = true;
          n = few.k === 'بضعه' || few.k === 'بضع' ? 3 : null;
        } else {
          const w = this.numberWords(i);
          if (w && !w.ordinal) {
            n = w.value;
            cut = w.cut;
            j = w.end;
          }
        }
      }
    }
    // 130 ألف عام · 2.5 مليون سنة: a multiplier between the number and the unit
    const scale = n !== null ? this.lex.numbers.scales.get(this.k(j)) : undefined;
    if (scale !== undefined && n !== null) {
      n *= scale;
      j++;
    }
    let u: { unit: Unit; count: 1 | 2 | null } | undefined;
    if (n !== null || vague) {
      u = this.lex.units.get(this.k(j));
      if (!u) return null;
      j++;
      if (vague && n === null) return { parts: [[u.unit, NaN]], end: j, cut, vague: true };
    } else {
      // a unit word alone: يومين، ساعتين (dual) · ساعة، أسبوع كامل (singular, when loose or with كامل)
      const r = this.R(i).find((x) => this.lex.units.has(x.k));
      if (!r) return null;
      u = this.lex.units.get(r.k)!;
      cut = r.cut;
      j = i + 1;
      if (u.count === 2) n = 2;
      else if (u.count === 1) {
        const kamil = this.k(j) === 'كامل' || this.k(j) === 'كامله' || this.k(j) === 'واحد' || this.k(j) === 'واحده';
        if (!kamil && !loose) return null;
        if (kamil) j++;
        n = 1;
      } else return null;
    }
    if (u.count === 1 && n !== null && n > 2 && n <= 10 && !this.isNum(i)) {
      // ثلاثة يوم is no Arabic; 3-10 take the plural. Accept anyway (digits often keep the singular).
    }
    const parts: Array<[Unit, number]> = [[u.unit, n!]];
    // ساعة ونصف · ساعتين ونصف
    if (this.k(j) === 'ونصف' || this.k(j) === 'ونص') {
      parts[0]![1] += 0.5;
      j++;
    } else if (this.k(j) === 'وربع') {
      parts[0]![1] += 0.25;
      j++;
    }
    // chains: 2 عام و شهر و 21 يوم · يوم واحد وساعتين
    for (;;) {
      let k2 = j;
      let conj = false;
      if (this.k(k2) === 'و') {
        k2++;
        conj = true;
      }
      const kk = this.k(k2);
      if (!conj && !(kk.length > 2 && kk[0] === 'و')) break;
      const sub = conj ? this.quantityNoChain(k2, true) : this.quantityNoChain(k2, true);
      if (!sub || sub.unit === parts[parts.length - 1]![0]) break;
      parts.push([sub.unit, sub.n]);
      j = sub.end;
    }
    return { parts, end: j, cut, vague };
  }

  private quantityNoChain(i: number, loose: boolean): { unit: Unit; n: number; end: number } | null {
    const q = this.quantityCore(i, loose);
    return q;
  }

  private quantityCore(i: number, loose: boolean): { unit: Unit; n: number; end: number } | null {
    // one step: [و]NUM UNIT | [و]UNIT(dual) | [و]UNIT (singular, loose)
    const k = this.k(i);
    const bare = k.length > 2 && k[0] === 'و' ? k.slice(1) : k;
    if (this.isNum(i)) {
      const u = this.lex.units.get(this.k(i + 1));
      return u ? { unit: u.unit, n: this.num(i), end: i + 2 } : null;
    }
    const u0 = this.lex.units.get(bare);
    if (u0) {
      if (u0.count === 2) return { unit: u0.unit, n: 2, end: i + 1 };
      if (u0.count === 1 && loose) return { unit: u0.unit, n: 1, end: i + 1 };
      return null;
    }
    const w = parseNumberWords([bare, ...this.keys.slice(i + 1, i + 6)], 0, this.lex.numbers);
    if (w && !w.ordinal) {
      const u = this.lex.units.get(this.k(i + w.end));
      if (u) return { unit: u.unit, n: w.value, end: i + w.end + 1 };
    }
    return null;
  }

  /** durations, and durations anchored to now: قبل يومين، بعد 3 أسابيع، منذ ثلاث سنوات، 2 عام و21 يوما من الآن */
  private durationExpr(i: number): M | null {
    const lead = this.R(i).find((r) => r.k === 'قبل' || r.k === 'بعد' || r.k === 'منذ');
    if (lead && this.lex.units.has(this.core(i - 1)) && this.lex.units.get(this.core(i - 1))?.unit === this.lex.units.get(this.k(i + 1))?.unit) return null; // يوما بعد يوم
    const start = lead ? i + 1 : i;
    const prev = this.core(i - 1);
    const during = ['لمده', 'مده', 'طوال', 'طيله', 'خلال', 'غضون', 'لمدة'].includes(prev) || this.R(i - 1).some((r) => r.k === 'مده');
    // طوال اليوم / طوال الشهر / طوال العام
    if (!lead) {
      const tw = this.R(i).find((r) => r.k === 'طوال' || r.k === 'طيله');
      if (tw) {
        const r = this.R(i + 1).find((x) => x.k.startsWith('ال') && this.lex.units.get(x.k.slice(2))?.count === 1);
        if (r) {
          const u = this.lex.units.get(r.k.slice(2))!;
          const d = isoDuration([[u.unit, 1]]);
          return { s: i, e: i + 2, cut: tw.cut, kind: 'dur', type: 'duration', value: d, timex: d };
        }
      }
    }
    const whole = this.wordCount;
    const q = this.quantity(start, !!lead || during || whole === 1 || (whole === 2 && prev === 'في'));
    if (!q) return null;
    if (this.relDayWord(q.end) && q.parts.length === 1 && q.parts[0]![0] === 'D') return null; // منذ يوم أمس
    let end = q.end;
    // منذ عام 2012: a year follows, not "a year ago"
    if (this.isNum(end) && q.parts.length === 1 && q.parts[0]![1] === 1 && !this.isNum(start)) return null; // شهر 11/1436هـ
    if (q.vague && Number.isNaN(q.parts[0]![1])) {
      const t = `PX${UNIT_ISO[q.parts[0]![0]][0]}`;
      return { s: start, e: end, cut: q.cut, kind: 'dur', type: 'duration', value: null, timex: UNIT_ISO[q.parts[0]![0]][2] ? 'PTX' + UNIT_ISO[q.parts[0]![0]][0] : t };
    }
    const dur = isoDuration(q.parts);
    const fromNow = this.core(end) === 'من' && (this.k(end + 1) === 'الان' || this.k(end + 1) === 'اليوم');
    // Counted from now when what is said is still to come; in a past narrative (قتل 20 في غضون 10 ساعات،
    // تقدم الجيش خلال أسبوعين) it stays a duration:
    // - سيصل في 5 دقائق: a point after the span ("in"); bare في only with minutes and hours (في 10 أيام
    //   usually measures: أنجز في 10 أيام);
    // - ستنسحب القوات في غضون 10 أيام · ستجري الانتخابات خلال أسبوعين: the window from now to then ("within").
    const bareIn = prev === 'في' && !q.parts.every(([u]) => u === 'H' || u === 'MI');
    const withinLead = lead || fromNow ? 0 : prev === 'غضون' ? (this.core(i - 2) === 'في' ? 2 : 1) : prev === 'خلال' || prev === 'في' ? 1 : 0;
    const tenseNow = withinLead ? this.tense(i - withinLead, end) : null;
    // خلال also measures past spans whose verb the lexicon may not know (قتل 700 شخص خلال شهرين): it needs an
    // explicit future; whole units only (خلال شهر ونصف stays a duration)
    // A phrase on its own (في 5 دقائق · خلال أسبوعين) looks ahead too; a request is a future cue (حدد موعدا في 8 دقائق).
    const noVerb = tenseNow === null && this.wordCount <= 3;
    const within = withinLead > 0 && (tenseNow === 'future' || noVerb || (tenseNow === 'present' && prev !== 'خلال' && !bareIn)) && q.parts.every(([, n]) => Number.isInteger(n));
    const leadCut = within ? (this.R(i - withinLead).find((r) => r.k === 'في' || r.k === 'غضون' || r.k === 'خلال')?.cut ?? 0) : 0;
    if (within && prev !== 'في' && this.A) {
      const s0 = i - withinLead;
      if (q.parts.length === 1 && (q.parts[0]![0] === 'H' || q.parts[0]![0] === 'MI')) return this.spanRange(s0, end, leadCut, q.parts[0]![0], q.parts[0]![1], 'next');
      if (q.parts.every(([u]) => u !== 'H' && u !== 'MI' && u !== 'S')) {
        let day = this.A.day;
        for (const [u, n] of q.parts) day = addUnits(day, u, n);
        const a = fmtDay(this.A.day);
        const b = fmtDay(day);
        return { s: s0, e: end, cut: leadCut, kind: 'range', type: 'range', value: `${a}/${b}`, timex: `(${a},${b},${dur})`, first: this.A.day, last: day };
      }
    }
    const sign = lead ? (lead.k === 'بعد' ? 1 : -1) : fromNow || within ? 1 : 0;
    if (fromNow) end += 2;
    let after = end;
    if (this.k(after) === 'تقريبا' || this.k(after) === 'فقط' || this.isPunct(after, '،,')) after++;
    const rel = this.core(after);
    // بعد ساعة من المفاوضات · بعد ثلاث سنوات على إطلاق (not: قبل عام من أجل); in a past narrative "بعد 11 عاما" counts from the story, not from today
    const relational = lead && !fromNow && (((rel === 'من' && this.k(after + 1) !== 'اجل') || rel === 'علي') || (lead.k === 'بعد' && this.wordCount > 3 && this.tense(i, end) !== 'future' && this.tense(i, end) !== 'present'));
    if (sign !== 0 && !relational) {
      const s = lead ? i : within ? i - withinLead : start;
      const cut = lead ? lead.cut : within ? leadCut : q.cut;
      const timeUnits = q.parts.some(([u]) => u === 'H' || u === 'MI' || u === 'S');
      if (!this.A) return { s, e: end, cut, kind: 'day', type: timeUnits ? 'datetime' : 'date', value: null, timex: dur };
      if (timeUnits) {
        if (this.A.h === null) return { s, e: end, cut, kind: 'other', type: 'datetime', value: null, timex: dur };
        let mins = this.A.h * 60 + (this.A.mi ?? 0);
        let day = this.A.day;
        for (const [u, n] of q.parts) {
          if (u === 'H') mins += sign * n * 60;
          else if (u === 'MI') mins += sign * n;
          else if (u !== 'S') day = addUnits(day, u, sign * n);
        }
        day += Math.floor(mins / 1440);
        mins = ((mins % 1440) + 1440) % 1440;
        const c: Clock = { h: Math.floor(mins / 60), mi: Math.round(mins % 60), sec: this.A.sec ?? 0 };
        const v = fmtDay(day) + fmtClock(c);
        return { s, e: end, cut, kind: 'other', type: 'datetime', value: v, timex: v };
      }
      let day = this.A.day;
      for (const [u, n] of q.parts) day = addUnits(day, u, sign * n);
      // منذ 130 ألف عام: before year 1 a calendar date means nothing; the span is the duration
      if (fromDayNumber(day).y >= 1) return this.dayMatch(s, end, cut, day, fmtDay(day));
    }
    return { s: start, e: end, cut: q.cut, kind: 'dur', type: 'duration', value: dur, timex: dur };
  }

  /** a clock time: [الساعة] H[:MM[:SS]] | hour in words [و النصف/الربع/الثلث/N دقيقة] [إلا ربع] [part of day] [بتوقيت غرينتش] */
  private clockExpr(i: number): M | null {
    let j = i;
    let cut = 0;
    let saa = false;
    const r0 = this.R(i).find((r) => r.k === 'الساعه' || r.k === 'ساعه' || r.k === 'تمام');
    if (r0) {
      saa = r0.k !== 'ساعه';
      cut = r0.cut;
      j++;
      if (r0.k === 'تمام' && this.core(j) === 'الساعه') j++;
    }
    // a part of the day before the hour: مساء 7 · بعد الظهر 7:00 · في الصباح في 7
    let podBefore: PartOfDay | undefined;
    if (!r0) {
      const p = this.podAt(i);
      if (p && (this.isNum(p.end) || (this.core(p.end) === 'في' && this.isNum(p.end + 1)) || this.core(p.end) === 'الساعه')) {
        podBefore = p.pod;
        cut = p.cut;
        j = p.end;
        if (this.core(j) === 'في') j++;
        if (this.core(j) === 'الساعه') {
          saa = true;
          j++;
        }
      }
    }
    let h: number;
    let mi = 0;
    let sec: number | undefined;
    let words = false;
    if (podBefore !== undefined && !saa && this.isNum(j) && !this.isPunct(j + 1, ':') && (this.monthAt(j + 1) || this.monthAt(j + 2))) return null; // مساء 9 يونيو is a date
    if (this.isNum(j)) {
      const k = this.k(j);
      if (this.isPunct(j + 1, ':') && this.glued(j + 1) && this.isNum(j + 2) && this.glued(j + 2) && this.k(j + 2).length === 2) {
        h = Number(k);
        mi = this.num(j + 2);
        j += 3;
        if (this.isPunct(j, ':') && this.glued(j) && this.isNum(j + 1) && this.glued(j + 1)) {
          sec = this.num(j + 1);
          j += 2;
        }
        if (h > 24 || mi > 59) return null;
      } else if ((k.length === 3 || k.length === 4) && !saa) {
        // 1140 صباحا · 340 مساء (a part of the day must follow)
        const v = Number(k);
        h = Math.floor(v / 100);
        mi = v % 100;
        if (h > 12 || mi > 59 || !this.podAt(j + 1)) return null;
        j++;
      } else if (k.length <= 2) {
        h = Number(k);
        if (h > 24) return null;
        j++;
      } else return null;
    } else {
      const w = this.hourWord(j);
      if (!w) return null;
      h = w.h;
      if (j === i) cut = w.cut;
      j = w.end;
      words = true;
    }
    // minutes: والنصف · والربع · والثلث · و20 دقيقة · وخمس وأربعون دقيقة · إلا ربعا · إلا 5 دقائق
    const mk = this.k(j);
    let minutesWords = false;
    if (mk === 'والنصف' || mk === 'ونصف' || mk === 'النصف' || mk === 'ونص' || mk === 'والنص') {
      mi = 30;
      j++;
      minutesWords = true;
    } else if (mk === 'والربع' || mk === 'وربع') {
      mi = 15;
      j++;
      minutesWords = true;
    } else if (mk === 'والثلث' || mk === 'وثلث') {
      mi = 20;
      j++;
      minutesWords = true;
    } else if (mk === 'و' && this.isNum(j + 1)) {
      mi = this.num(j + 1);
      j += 2;
      if (this.k(j) === 'دقيقه' || this.k(j) === 'دقاءق') j++;
      minutesWords = true;
    } else if (mk.length > 2 && mk[0] === 'و' && !this.lex.units.has(mk.slice(1))) {
      const w = parseNumberWords([mk.slice(1), ...this.keys.slice(j + 1, j + 5)], 0, this.lex.numbers);
      if (w && !w.ordinal && w.value < 60) {
        const after = j + w.end;
        const hasMin = this.k(after) === 'دقيقه' || this.k(after) === 'دقاءق';
        if (hasMin || words || saa || this.podAt(after)) {
          mi = w.value;
          j = after + (hasMin ? 1 : 0);
          minutesWords = true;
        }
      }
    }
    if (this.k(j) === 'الا' || this.k(j) === 'إلا') {
      const a = this.k(j + 1);
      if (a === 'ربع' || a === 'ربعا' || a === 'الربع') {
        mi -= 15;
        j += 2;
        minutesWords = true;
      } else if (a === 'ثلث' || a === 'الثلث') {
        mi -= 20;
        j += 2;
        minutesWords = true;
      } else {
        const q = this.isNum(j + 1) ? { value: this.num(j + 1), end: j + 2 } : this.numberWords(j + 1);
        if (q && q.value < 60) {
          mi -= q.value;
          j = q.end;
          if (this.k(j) === 'دقيقه' || this.k(j) === 'دقاءق') j++;
          minutesWords = true;
        }
      }
      if (mi < 0) {
        mi += 60;
        h = (h + 23) % 24;
      }
    }
    // a part of the day after
    let pod = podBefore;
    const p = this.podAt(j);
    if (p && !(this.core(j) === 'في' && this.lex.parts.get(this.k(j + 1)) === 'NI' && this.k(j + 1) === 'الليله')) {
      // (a following day name belongs to the date-time join: الساعة 8 مساء يوم الاثنين)
      pod = p.pod;
      j = p.end;
    } else if (mk === 'ونصف' && false) {
      // unreachable
    }
    // مساءً وثلاثة أرباع
    if (this.k(j) === 'وثلاثه' && this.k(j + 1) === 'ارباع') {
      mi = 45;
      j += 2;
    }
    const isClockDigits = this.isNum(i) && this.isPunct(i + 1, ':');
    // للمرة الثانية · الدورة الخامسة: an ordinal agreeing with a feminine noun is no hour
    const prevW = this.R(i - 1).map((r) => r.k);
    if (words && !saa && podBefore === undefined && prevW.some((w) => w.endsWith('ه') && w !== 'الساعه' && w !== 'ساعه' && !this.lex.parts.has(w))) return null;
    if (!saa && pod === undefined && !minutesWords && !isClockDigits) {
      // a bare number or hour word is no time, unless the whole text is a clock reading
      const whole = this.wordCount;
      const prevCue = ['عند', 'في', 'حتي', 'منذ', 'قرابه', 'حوالي', 'نحو'].includes(this.core(i - 1));
      if (!(words && ((whole <= 3 || (prevCue && whole <= 6)) || (prevCue && this.timeContextBefore(i))))) {
        if (!(this.isNum(i) && whole <= 3 && this.core(i - 1) === 'عند')) return null;
      }
    }
    if (words && !saa && pod === undefined && !minutesWords) {
      // hour words alone ("الخامسة") are times only in a time context
    }
    if (pod !== undefined) h = applyPod(h, pod);
    if (h === 24) h = 0;
    const c: Clock = { h, mi, ...(sec !== undefined ? { sec } : {}) };
    // time zone: بتوقيت غرينتش · بتوقيت GMT · بالتوقيت المحلي · بتوقيت مكة المكرمة
    const tz = this.R(j).find((r) => r.k === 'توقيت' || r.k === 'التوقيت');
    if (tz) {
      const zk = this.k(j + 1);
      if (this.lex.gmt.has(zk)) {
        c.z = true;
        j += 2;
      } else {
        const z = this.anyPhrase(j + 1, this.lex.zones);
        if (z) j = z.end;
        else j += 1;
      }
    } else if (this.lex.gmt.has(this.k(j)) && this.toks[j]?.kind === 'l') {
      c.z = true;
      j++;
    }
    const v = fmtClock(c);
    if (podBefore !== undefined && this.R(i).some((r) => r.k === 'الليله') && this.A) {
      // الليلة في 7: tonight at seven
      const dv = fmtDay(this.A.day) + v;
      return { s: i, e: j, cut, kind: 'other', type: 'datetime', value: dv, timex: dv, day: this.A.day, clock: c };
    }
    return { s: i, e: j, cut, kind: 'time', type: 'time', value: this.onAnchorDay(v), timex: v, clock: c, ...(pod ? { pod } : {}) };
  }

  /** an hour in words: الخامسة، الحادية عشرة، الثانية عشر (feminine ordinals), خمسة، احدى عشرة, خمسة عشر (cardinals) */
  private hourWord(i: number): { h: number; end: number; cut: number } | null {
    const lexN = this.lex.numbers;
    for (const r of this.R(i)) {
      const o = lexN.ordinals.get(r.k);
      if (o !== undefined) {
        if (!r.k.endsWith('ه') || o > 10) continue; // الخامس (masculine) names no hour
        if (lexN.ten.has(this.k(i + 1)) && o <= 2) return { h: o + 10, end: i + 2, cut: r.cut };
        return { h: o, end: i + 1, cut: r.cut };
      }
      const k = r.k.startsWith('ال') ? r.k.slice(2) : r.k;
      const u = lexN.units.get(k);
      if (u !== undefined && u > 0) {
        if (lexN.ten.has(this.k(i + 1))) return { h: u + 10, end: i + 2, cut: r.cut };
        return { h: u, end: i + 1, cut: r.cut };
      }
      if (lexN.ten.has(k)) return { h: 10, end: i + 1, cut: r.cut };
    }
    return null;
  }

  private timeContextBefore(i: number): boolean {
    for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
      const c = this.core(k);
      if (c === 'موعد' || c === 'الموعد' || c === 'الساعه' || c === 'المنبه' || c === 'انها' || c === 'إنها') return true;
    }
    return false;
  }

  /** sets: يوميا، أسبوعيا، كل يوم، كل جمعة، كل يوم اثنين، أيام الأحد، كل ثلاثة أسابيع، كل صباح */
  private setExpr(i: number): M | null {
    const k = this.core(i);
    const ADV: Record<string, string> = { يوميا: 'P1D', اسبوعيا: 'P1W', شهريا: 'P1M', سنويا: 'P1Y', ساعيا: 'PT1H' };
    if (ADV[k]) return { s: i, e: i + 1, cut: this.k(i) === k ? 0 : 1, kind: 'set', type: 'set', value: ADV[k]!, timex: ADV[k]! };
    const cut = this.k(i) === k ? 0 : 1;
    if (k === 'كل') {
      let j = i + 1;
      if (this.k(j) === 'يوم') {
        const w = this.weekdayAt(j + 1, true);
        if (w) return this.setWith(i, w.end, cut, `XXXX-WXX-${w.wd}`);
      }
      const w = this.k(j) === 'احد' ? null : this.weekdayAt(j, true); // كل أحد is "everyone"
      if (w) return this.setWith(i, w.end, cut, `XXXX-WXX-${w.wd}`);
      const p = this.lex.parts.get(this.k(j));
      if (p && !this.k(j).startsWith('ال')) return this.setWith(i, j + 1, cut, 'T' + POD_TIMEX[p]);
      const u = this.lex.units.get(this.k(j));
      if (u && u.count === 1) return this.setWith(i, j + 1, cut, isoDuration([[u.unit, 1]]));
      if (u && u.count === 2) return this.setWith(i, j + 1, cut, isoDuration([[u.unit, 2]]));
      const q = this.quantityCore(j, false);
      if (q) return this.setWith(i, q.end, cut, isoDuration([[q.unit, q.n]]));
      return null;
    }
    if (k === 'ايام') {
      const w = this.weekdayAt(i + 1, true);
      if (w && this.k(i + 1).startsWith('ال')) return this.setWith(i, w.end, cut, `XXXX-WXX-${w.wd}`);
    }
    return null;
  }

  private setWith(s: number, e: number, cut: number, timex: string): M {
    return { s, e, cut, kind: 'set', type: 'set', value: timex, timex };
  }

  /** years: عام 2012، العام 2015، سنة 1990، في 2015، 1436 هـ، عام ألفين وسبعة وعشرين; and 2014-2018, بين عامي 2014 و2018 */
  private yearExpr(i: number): M | null {
    let j = i;
    let cut = 0;
    let strong = false;
    const r = this.R(i).find((x) => this.isYearWord(x.k));
    if (r) {
      strong = true;
      cut = r.cut;
      j++;
    }
    const y = this.yearAt(j, strong);
    if (!y) return null;
    const rangeNext = this.isPunct(y.end, '-–') && this.isNum(y.end + 1) && this.k(y.end + 1).length === 4 && y.y >= 1900 && y.y <= 2100;
    if (!strong && !rangeNext) {
      const prev = this.core(i - 1);
      const cue = ['في', 'منذ', 'حتي', 'قبل', 'بعد', 'خلال', 'مطلع', 'بدايه', 'نهايه', 'اواخر', 'اواءل', 'منتصف', 'اواسط', 'عام', 'العام', 'من', 'الي', 'بين', 'موسم', 'ربيع', 'صيف', 'خريف', 'شتاء'].includes(prev);
      const eraNext = !!this.eraAt(y.end);
      const endNext = this.atEnd(y.end) || this.isPunct(y.end, '-|');
      const prevPunct = i === 0 || this.isPunct(i - 1, '|-،,(') || this.k(i - 1) === '\n';
      if (!cue && !eraNext && !(endNext && prevPunct)) return null;
      if ((y.y < 1900 || y.y > 2100) && this.isNum(j)) {
        if (!eraNext) return null;
      }
    }
    let end = y.end;
    const era = this.eraAt(end);
    if (era) end = era.end;
    // ranges: 2014-2018 · عامي 2014 و2015 · من 2014 إلى 2018
    let y2: { y: number; end: number } | null = null;
    if (this.isPunct(end, '-–/') && this.isNum(end + 1) && this.k(end + 1).length === 4) y2 = { y: this.num(end + 1), end: end + 2 };
    else if (this.k(end) === 'و' && this.isNum(end + 1) && this.k(end + 1).length === 4) y2 = { y: this.num(end + 1), end: end + 2 };
    else if (this.k(end) === 'و' + '' && false) y2 = null;
    if (y2 && y2.y > y.y && y2.y - y.y < 200 && (!era || !era.hijri) && (strong || (y.y >= 1900 && y2.y <= 2100))) {
      return { s: i, e: y2.end, cut, kind: 'range', type: 'range', value: `${fmtYear(y.y)}/${fmtYear(y2.y)}`, timex: `(${fmtYear(y.y)},${fmtYear(y2.y)},P${y2.y - y.y}Y)`, first: dayNumber(y.y, 1, 1), last: dayNumber(y2.y, 12, 31) };
    }
    if (era?.hijri || (strong && this.eraAt(y.end)?.hijri)) {
      const table = this.lex.umalqura;
      const f = hijriToDay(y.y, 1, 1, table);
      const l = hijriToDay(y.y + 1, 1, 1, table);
      if (f === null || l === null) return null;
      return { s: i, e: end, cut, kind: 'range', type: 'range', value: `${fmtDay(f)}/${fmtDay(l - 1)}`, first: f, last: l - 1, hijri: true };
    }
    return { s: i, e: end, cut, kind: 'year', type: 'date', value: fmtYear(y.y), timex: fmtYear(y.y), first: dayNumber(y.y, 1, 1), last: dayNumber(y.y, 12, 31) };
  }

  /** عيد الفطر، عيد الأضحى، رأس السنة الهجرية، عيد الميلاد، عيد الفصح … [YEAR] */
  private holidayExpr(i: number): M | null {
    for (const r of this.R(i)) {
      const list = this.lex.holidays.get(r.k);
      if (!list) continue;
      for (const h of list) {
        let ok = true;
        for (let w = 1; w < h.words.length; w++) if (this.k(i + w) !== h.words[w]) ok = false;
        if (!ok) continue;
        let end = i + h.words.length;
        let year: number | null = null;
        const ya = this.yearAfter(end) ?? (this.isNum(end) && this.k(end).length === 4 ? { y: this.num(end), end: end + 1 } : null);
        if (ya) {
          year = ya.y;
          end = ya.end;
        }
        const inYear = (gy: number): number | null => {
          if (h.greg) return validDate(gy, h.greg[0], h.greg[1]) ? dayNumber(gy, h.greg[0], h.greg[1]) : null;
          if (h.easter !== undefined) return easter(gy) + h.easter;
          if (h.nthWeekday) {
            const [mo, wd, n] = h.nthWeekday;
            const first = dayNumber(gy, mo, 1);
            return first + ((wd - isoWeekday(first) + 7) % 7) + 7 * (n - 1);
          }
          if (h.hijri) {
            const base = Math.round((gy - 622) * 1.0307);
            for (const hy of [base - 1, base, base + 1, base + 2]) {
              const d = hijriToDay(hy, h.hijri[0], h.hijri[1], this.lex.umalqura);
              if (d !== null && fromDayNumber(d).y === gy) return d;
            }
          }
          return null;
        };
        let day: number | null = null;
        if (year !== null) day = inYear(year);
        else if (this.A) {
          const ay = fromDayNumber(this.A.day).y;
          const cands = [ay - 1, ay, ay + 1].map(inYear).filter((d): d is number => d !== null);
          const tense = this.lex.demonstratives.has(this.core(end)) || this.k(end) === 'لهذا' ? null : this.tense(i, end);
          const a = this.A.day;
          if (tense === 'past') day = Math.max(...cands.filter((d) => d <= a));
          else if (tense === 'future') day = Math.min(...cands.filter((d) => d >= a));
          else day = Math.min(...cands.filter((d) => d >= a - 31)); // the coming one, or one a report looks back on within a month
          if (!Number.isFinite(day)) day = null;
        }
        if (h.country) return { s: i, e: end, cut: r.cut, kind: 'other', type: 'date', value: year !== null ? fmtYear(year) : null };
        return this.dayMatch(i, end, r.cut, day, h.greg && year === null ? `XXXX-${pad2(h.greg[0])}-${pad2(h.greg[1])}` : '');
      }
    }
    return null;
  }

  /** early/mid/late: مطلع العام المقبل، أواخر آذار، منتصف الشهر، نهاية الأسبوع المقبل، أوائل شهر مارس */
  private partOfPeriod(i: number): M | null {
    const r = this.R(i).find((x) => ['مطلع', 'بدايه', 'اواءل', 'منتصف', 'اواسط', 'اواخر', 'نهايه', 'اخر', 'اول', 'اوسط', 'اخير', 'مستهل', 'اواخر', 'نص', 'نصف'].includes(x.k));
    if (!r) return null;
    // نصف شهر مارس is the middle of March; نصف شهر alone is half a month (a duration)
    if ((r.k === 'نص' || r.k === 'نصف') && !(this.core(i + 1) === 'شهر' && this.monthAt(i + 1))) return null;
    let j = i + 1;
    if (this.core(j) === 'في' || this.core(j) === 'من') j++;
    const which = ['مطلع', 'بدايه', 'اواءل', 'اول', 'مستهل'].includes(r.k) ? 'start' : ['منتصف', 'اواسط', 'اوسط', 'نص', 'نصف'].includes(r.k) ? 'mid' : 'end';
    const inner = this.monthOrPeriodAt(j);
    if (!inner || inner.first === undefined || inner.first === null || inner.last === null || inner.last === undefined) return null;
    const f = inner.first;
    const l = inner.last;
    let a: number, b: number;
    if (inner.kind === 'month') {
      if (which === 'mid') return this.dayMatch(i, inner.e, r.cut, f + 14, fmtDay(f + 14));
      [a, b] = which === 'start' ? [f, f + 9] : [f + 20, l];
    } else if (inner.kind === 'week') {
      [a, b] = which === 'start' ? [f, f + 2] : which === 'mid' ? [f + 1, f + 4] : [f + 3, l];
    } else if (inner.kind === 'year') {
      const y = fromDayNumber(f).y;
      [a, b] = which === 'start' ? [f, dayNumber(y, 6, 30)] : which === 'mid' ? [dayNumber(y, 4, 1), dayNumber(y, 9, 30)] : [dayNumber(y, 7, 1), l];
    } else {
      const half = Math.floor((l - f + 1) / 2);
      [a, b] = which === 'start' ? [f, f + half - 1] : which === 'mid' ? [f + Math.floor(half / 2), l - Math.floor(half / 2)] : [f + half, l];
    }
    const mod = which === 'start' ? 'START' : which === 'mid' ? 'MID' : 'END';
    return { s: i, e: inner.e, cut: r.cut, kind: 'range', type: 'range', value: `${fmtDay(a)}/${fmtDay(b)}`, timex: `${inner.value ?? ''}${inner.value ? '' : ''}`.length ? `${inner.timex ?? inner.value}-${mod}` : undefined, first: a, last: b };
  }

  private monthOrPeriodAt(j: number): M | null {
    const rel = this.relativePeriod(j);
    if (rel && (rel.kind === 'month' || rel.kind === 'week' || rel.kind === 'year')) return rel;
    // الشهر / الأسبوع / العام alone after مطلع = the current one
    const c = this.core(j);
    if (c === 'الشهر' || c === 'الاسبوع' || c === 'العام' || c === 'السنه') {
      const u = this.lex.units.get(c.slice(2))!;
      return this.calendarUnit(j, j + 1, 0, u.unit, 0);
    }
    const d = this.absDate(j, true);
    if (d && (d.kind === 'month' || d.kind === 'year')) return d;
    const y = this.yearExpr(j);
    if (y && y.kind === 'year') return y;
    return null;
  }

  /** الربع الثالث من عام 2016 / الربع الأول من هذا العام */
  private quarterExpr(i: number): M | null {
    const r = this.R(i).find((x) => x.k === 'الربع');
    if (!r) return null;
    const o = this.lex.numbers.ordinals.get(this.k(i + 1));
    if (!o || o > 4) return null;
    let j = i + 2;
    let y: number | null = null;
    if (this.core(j) === 'من' || this.core(j) === 'في') j++;
    const ry = this.relativeYear(j);
    if (ry && this.A) {
      y = fromDayNumber(this.A.day).y + ry.offset;
      j = ry.end;
    } else {
      const yr = this.R(j).find((x) => this.isYearWord(x.k));
      const yy = this.yearAt(yr ? j + 1 : j, !!yr);
      if (yy) {
        y = yy.y;
        j = yy.end;
      } else {
        j = i + 2;
        if (this.A) y = fromDayNumber(this.A.day).y;
      }
    }
    if (y === null) return { s: i, e: j, cut: r.cut, kind: 'range', type: 'range', value: null, timex: `XXXX-Q${o}` };
    const f = dayNumber(y, 3 * o - 2, 1);
    const l = dayNumber(y, 3 * o, daysInMonth(y, 3 * o));
    return { s: i, e: j, cut: r.cut, kind: 'range', type: 'range', value: `${fmtDay(f)}/${fmtDay(l)}`, timex: `${y}-Q${o}`, first: f, last: l };
  }

  /** decades: التسعينيات، سبعينيات القرن الماضي */
  private decadeExpr(i: number): M | null {
    for (const r of this.R(i)) {
      let k = r.k.startsWith('ال') ? r.k.slice(2) : r.k;
      if (k.endsWith('يات')) k = k.slice(0, -3);
      else if (k.endsWith('ات')) k = k.slice(0, -2);
      else continue;
      const t = this.lex.numbers.tens.get(k);
      if (t === undefined) continue;
      let end = i + 1;
      let century = 1900;
      if (this.core(end) === 'القرن') {
        const n = this.k(end + 1);
        if (this.lex.relPast.has(n)) end += 2;
        else if (this.lex.relThis.has(n)) {
          century = 2000;
          end += 2;
        } else {
          const o = this.numberWords(end + 1);
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

  /** من 5 إلى 7 كانون الأول · بين 15 و 19 نوفمبر · 13-15 تموز · يوليو 13-15 · من 4 إلى 22 هذا الشهر */
  private dayRange(i: number): M | null {
    let j = i;
    let cut = 0;
    const r = this.R(i).find((x) => x.k === 'من' || x.k === 'بين' || x.k === 'مابين');
    if (r) {
      cut = r.cut;
      j++;
    } else if (this.k(i) === 'ما' && this.k(i + 1) === 'بين') j += 2;
    // month first: يوليو 13-15 · تموز 13 الى 15
    const mo0 = this.monthAt(j);
    let d1: { d: number; end: number } | null;
    let monthFirst = false;
    if (mo0 && !mo0.hijri) {
      d1 = this.dayAt(mo0.end);
      monthFirst = true;
    } else d1 = this.dayAt(j);
    if (!d1) return null;
    let k2 = d1.end;
    const conn = this.k(k2);
    const bare = conn.length > 1 && conn[0] === 'و' ? conn.slice(1) : conn;
    let d2: { d: number; end: number } | null = null;
    if (this.isPunct(k2, '-–')) d2 = this.dayAt(k2 + 1);
    else if (RANGE_TO.has(conn) || RANGE_TO.has(bare)) d2 = this.dayAt(k2 + 1);
    else if (conn === 'و' && (r?.k === 'بين' || this.k(i + 1) === 'بين')) d2 = this.dayAt(k2 + 1);
    else if (conn.length > 1 && conn[0] === 'و' && (r?.k === 'بين')) {
      // والتاسع عشر
      const w = parseNumberWords([conn.slice(1), ...this.keys.slice(k2 + 1, k2 + 5)], 0, this.lex.numbers);
      if (w && w.value <= 31) d2 = { d: w.value, end: k2 + w.end };
    }
    if (!d2 || d2.d <= d1.d) return null;
    let end = d2.end;
    let y: number | null = null;
    let mo: number;
    if (monthFirst) mo = mo0!.m;
    else {
      let k3 = end;
      if (this.core(k3) === 'من' || this.core(k3) === 'في') k3++;
      const m2 = this.monthAt(k3);
      if (m2 && !m2.hijri) {
        mo = m2.m;
        end = m2.end;
      } else {
        const rel = this.relativeMonth(k3);
        if (!rel || !this.A) return null;
        const a = fromDayNumber(this.A.day);
        const b = fromDayNumber(addMonths(dayNumber(a.y, a.m, 1), rel.offset));
        y = b.y;
        mo = b.m;
        end = rel.end;
      }
    }
    const ya = this.yearAfter(end);
    if (ya) {
      y = ya.y;
      end = ya.end;
    }
    if (!r && !monthFirst && !this.isPunct(d1.end, '-–') && !RANGE_TO.has(conn)) return null;
    const timex0 = `XXXX-${pad2(mo)}`;
    if (y === null) y = this.nearestYear(mo, d2.d, i, end); // a range is current while its last day is to come
    if (y === null) return { s: i, e: end, cut, kind: 'range', type: 'range', value: null, timex: `(${timex0}-${pad2(d1.d)},${timex0}-${pad2(d2.d)},P${d2.d - d1.d}D)` };
    if (!validDate(y, mo, d1.d) || !validDate(y, mo, d2.d)) return null;
    const a = dayNumber(y, mo, d1.d);
    const b = dayNumber(y, mo, d2.d);
    return { s: i, e: end, cut, kind: 'range', type: 'range', value: `${fmtDay(a)}/${fmtDay(b)}`, timex: `(${fmtDay(a)},${fmtDay(b)},P${b - a}D)`, first: a, last: b };
  }

  /** من 5 إلى 6 مساء · بين 5 و 6 مساءً · 4-5 مساءً · من الساعة 3 الى الساعة 4 بعد العصر */
  /** بين 10 إلى 15 في المائة · 5 و7 بالمئة: a number before a percent sign or word is a share, never a time */
  private percentAt(e: number): boolean {
    return this.isNum(e - 1) && (this.k(e) === '%' || this.k(e) === '٪' || ['بالماءه', 'بالمءه'].includes(this.k(e)) || (this.k(e) === 'في' && ['الماءه', 'المءه'].includes(this.k(e + 1))));
  }
  private timeRange(i: number): M | null {
    let j = i;
    let cut = 0;
    const r = this.R(i).find((x) => x.k === 'من' || x.k === 'بين');
    if (r) {
      cut = r.cut;
      j++;
    }
    const h1 = this.hourAt(j);
    if (!h1) return null;
    let k2 = h1.end;
    const conn = this.k(k2);
    let ok = false;
    let glued = false;
    if (this.isPunct(k2, '-–')) ok = true;
    else if (RANGE_TO.has(conn) || conn === 'الي') ok = true;
    else if (conn === 'و' && r?.k === 'بين') ok = true;
    else if (r?.k === 'بين' && conn.length > 2 && conn[0] === 'و') ok = glued = true; // بين الخامسة والسادسة
    if (!ok) return null;
    let h2: ReturnType<Tagger['hourAt']>;
    if (glued) {
      const w = this.hourWord(k2);
      if (!w || !this.R(k2).some((x) => x.cut === 1 && x.k.endsWith('ه') && this.lex.numbers.ordinals.has(x.k))) return null;
      const p2 = this.podAt(w.end);
      h2 = p2 ? { h: w.h, mi: 0, end: p2.end, pod: p2.pod, clock: false, saa: false } : { h: w.h, mi: 0, end: w.end, clock: false, saa: false };
    } else {
      k2++;
      h2 = this.hourAt(k2);
    }
    if (!h2) return null;
    if (!h1.clock && !h2.clock && !h1.saa && !h2.saa && h1.pod === undefined && h2.pod === undefined && !this.podAt(h2.end)) {
      const nk = this.k(h2.end);
      const dayNext = this.R(h2.end).some((x) => this.lex.weekdays.has(x.k)) || !!this.relDayWord(h2.end) || nk === 'من' || nk === 'في' || nk === 'يوم';
      if (!this.atEnd(h2.end) && !dayNext) return null;
    }
    // إلى ستة وعشرين: a bare cardinal word after إلى is no hour without الساعة or a part of the day
    if (!h2.clock && !h2.saa && h2.pod === undefined && !this.isNum(k2) && !this.R(k2).some((r) => r.k.endsWith('ه') && this.lex.numbers.ordinals.has(r.k)) && !this.podAt(h2.end)) return null;
    let end = h2.end;
    let pod = h2.pod;
    if (pod === undefined) {
      const p = this.podAt(end);
      if (p) {
        pod = p.pod;
        end = p.end;
      }
    }
    if (!r && !(h1.pod !== undefined || pod !== undefined || h1.clock || h2.clock || h1.saa)) return null;
    if (!r && !this.isPunct(h1.end, '-–') && !(h1.saa || h1.clock)) return null;
    let a = h1.h;
    let b = h2.h;
    const podA = h1.pod ?? pod;
    if (podA !== undefined) a = applyPod(a, podA);
    if (pod !== undefined) b = applyPod(b, pod);
    if (h1.pod === undefined && pod !== undefined && a > b) a = h1.h; // 11 صباحا … keep
    if (h1.pod !== undefined && pod === undefined && h2.pod === undefined && b < a) b = applyPod(b, h1.pod); // من 1:30 بعد الظهر إلى 4
    const c1 = fmtClock({ h: a % 24, mi: h1.mi });
    const c2 = fmtClock({ h: b % 24, mi: h2.mi });
    return { s: i, e: end, cut, kind: 'trange', type: 'range', value: this.onAnchorDay(c1, c2), timex: `(${c1},${c2})`, clock: { h: a % 24, mi: h1.mi }, clock2: { h: b % 24, mi: h2.mi } };
  }

  private hourAt(i: number): { h: number; mi: number; end: number; pod?: PartOfDay; clock: boolean; saa: boolean } | null {
    let j = i;
    let saa = false;
    if (this.core(j) === 'الساعه') {
      saa = true;
      j++;
    }
    let h: number;
    let mi = 0;
    let clock = false;
    if (this.isNum(j)) {
      h = this.num(j);
      if (this.k(j).length > 2 || h > 24) return null;
      j++;
      if (this.isPunct(j, ':') && this.glued(j) && this.isNum(j + 1)) {
        mi = this.num(j + 1);
        j += 2;
        clock = true;
      }
    } else {
      const w = this.hourWord(j);
      if (!w) return null;
      h = w.h;
      j = w.end;
      const mk = this.k(j);
      if (mk === 'والنصف') {
        mi = 30;
        j++;
      } else if (mk === 'والربع') {
        mi = 15;
        j++;
      }
    }
    const p = this.podAt(j);
    if (p && !(this.core(j) === 'في' && !this.k(j + 1).startsWith('ال'))) return { h, mi, end: p.end, pod: p.pod, clock, saa };
    return { h, mi, end: j, clock, saa };
  }

  /** الأسبوع المقبل من الأربعاء إلى الجمعة · هذا الأسبوع بين الثلاثاء والخميس: days of a given week */
  private weekdaySpan(i: number): M | null {
    const wk = this.weekRef(i);
    if (!wk) return null;
    let j = wk.end;
    const lead = this.core(j);
    if (lead !== 'من' && lead !== 'بين') return null;
    j++;
    const w1 = this.weekdayAt(j, true);
    if (!w1) return null;
    let k2 = w1.end;
    let w2: { wd: number; end: number } | null = null;
    const conn = this.k(k2);
    if (RANGE_TO.has(conn) || (lead === 'بين' && conn === 'و')) w2 = this.weekdayAt(k2 + 1, true);
    else if (lead === 'بين' && conn.length > 2 && conn[0] === 'و') {
      const r = this.R(k2).find((x) => x.cut === 1 && this.lex.weekdays.has(x.k));
      if (r) w2 = { wd: this.lex.weekdays.get(r.k)!.wd, end: k2 + 1 };
    }
    if (!w2 || w2.wd <= w1.wd) return null;
    const cut = this.R(i)[0]!.cut;
    if (!this.A) return { s: i, e: w2.end, cut, kind: 'range', type: 'range', value: null, timex: `(XXXX-WXX-${w1.wd},XXXX-WXX-${w2.wd})` };
    const ws = weekStart(this.A.day) + 7 * wk.offset;
    const a = ws + w1.wd - 1;
    const b = ws + w2.wd - 1;
    return { s: i, e: w2.end, cut, kind: 'range', type: 'range', value: `${fmtDay(a)}/${fmtDay(b)}`, timex: `(${fmtDay(a)},${fmtDay(b)},P${b - a}D)`, first: a, last: b };
  }

  /** هذا سبتمبر: the month of the current year */
  private thisMonth(i: number): M | null {
    if (!this.lex.demonstratives.has(this.core(i))) return null;
    let j = i + 1;
    if (this.k(j) === 'شهر') j++;
    const mo = this.monthNameAt(j);
    if (!mo) return null;
    if (mo.hijri) return this.hijriMonthMatch(i, mo.end, 0, null, mo.m);
    return this.monthMatch(i, mo.end, this.R(i)[0]!.cut, this.A ? fromDayNumber(this.A.day).y : null, mo.m);
  }

  /** بقية الأسبوع، باقي الشهر، بقية هذا العام: from now to the end of the unit */
  private restOf(i: number): M | null {
    const r = this.R(i).find((x) => x.k === 'بقيه' || x.k === 'باقي');
    if (!r) return null;
    let j = i + 1;
    if (this.lex.demonstratives.has(this.core(j))) j++;
    const k = this.k(j);
    // بقية اليوم · بقية هذا الأسبوع · بقية يوم (the singular without the article names the current one too)
    const bare = this.lex.units.get(k);
    const base = k === 'اسبوعي' ? 'W' : k.startsWith('ال') ? this.lex.units.get(k.slice(2))?.unit : bare?.count === 1 ? bare.unit : undefined;
    if (!base || !['W', 'M', 'Y', 'D'].includes(base)) return null;
    let end = j + 1;
    if (this.lex.relThis.has(this.k(end))) end++;
    if (!this.A) return { s: i, e: end, cut: r.cut, kind: 'range', type: 'range', value: null };
    const a = this.A.day;
    if (base === 'D' && this.A.h !== null) {
      const v = `${fmtDay(a)}${fmtClock({ h: this.A.h, mi: this.A.mi ?? 0, sec: this.A.sec ?? 0 })}/${fmtDay(a)}T23:59:59`;
      return { s: i, e: end, cut: r.cut, kind: 'range', type: 'range', value: v, timex: v };
    }
    const ymd = fromDayNumber(a);
    const last = base === 'W' ? weekStart(a) + 6 : base === 'M' ? dayNumber(ymd.y, ymd.m, daysInMonth(ymd.y, ymd.m)) : base === 'Y' ? dayNumber(ymd.y, 12, 31) : a;
    return { s: i, e: end, cut: r.cut, kind: 'range', type: 'range', value: `${fmtDay(a)}/${fmtDay(last)}`, timex: `(${fmtDay(a)},${fmtDay(last)},P${last - a}D)`, first: a, last };
  }

  /**
   * Weeks counted in a month or a year: الأسبوع الأول من شهر عشرة 2014، أول أسبوع بشهر أكتوبر، آخر أسبوع في سبتمبر،
   * الأسبوع الثالث من هذا الشهر، الأسبوع الأول من عام 2015. A month's weeks are the Monday–Sunday weeks inside it;
   * a year's are its ISO weeks.
   */
  private weekOrdinal(i: number): M | null {
    let n: number | null = null;
    let j = i;
    const r0 = this.R(i).find((x) => x.k === 'الاسبوع' || x.k === 'اسبوع');
    if (r0 && r0.k === 'الاسبوع') {
      const k = this.k(i + 1);
      if (this.lex.numbers.last.has(k)) n = -1;
      else {
        const o = this.lex.numbers.ordinals.get(k);
        if (o !== undefined && o <= 5 && k.startsWith('ال')) n = o;
      }
      j = i + 2;
    } else {
      const lead = this.ordinalLead(i);
      if (lead && this.core(i + 1) === 'اسبوع') {
        n = lead.n;
        j = i + 2;
      }
    }
    if (n === null) return null;
    const cut = this.R(i)[0]!.cut;
    let k2 = j;
    if (['من', 'في'].includes(this.core(k2))) k2++;
    // a year: عام 2015 · العام المقبل
    const yr = this.R(k2).find((x) => this.isYearWord(x.k));
    const yy = yr ? this.yearAt(k2 + 1, true) : null;
    const ry = this.relativeYear(k2);
    if (yy || ry) {
      if (!this.A && !yy) return null;
      const y = yy ? yy.y : fromDayNumber(this.A!.day).y + ry!.offset;
      const end = yy ? yy.end : ry!.end;
      const jan4 = dayNumber(y, 1, 4);
      let ws = weekStart(jan4) + 7 * (n - 1);
      if (n === -1) ws = weekStart(dayNumber(y, 12, 28));
      return { s: i, e: end, cut, kind: 'week', type: 'date', value: fmtWeek(ws), timex: fmtWeek(ws), first: ws, last: ws + 6 };
    }
    let y: number | null = null;
    let mo: number;
    let end: number;
    const m = this.monthAt(k2);
    if (m && !m.hijri) {
      mo = m.m;
      end = m.end;
      const ya = this.yearAfter(end);
      if (ya) {
        y = ya.y;
        end = ya.end;
      }
    } else {
      const rel = this.relativeMonth(k2);
      if (!rel || !this.A) return null;
      const a = fromDayNumber(this.A.day);
      const b = fromDayNumber(addMonths(dayNumber(a.y, a.m, 1), rel.offset));
      y = b.y;
      mo = b.m;
      end = rel.end;
    }
    if (y === null) y = this.nearestYear(mo, 15, i, end, true);
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

  /** a part of the day on its own: في الصباح، بعد الظهر، ليلا، في الصباح الباكر، في وقت متأخر من المساء */
  private partOfDayAlone(i: number): M | null {
    let j = i;
    let cut = 0;
    let early: boolean | null = null;
    const lead = this.R(i).find((x) => x.k === 'في' || x.k === 'خلال' || x.k === 'عند');
    if (lead) j++;
    // في وقت متأخر من / في وقت مبكر من / أواخر / أوائل
    if ((this.k(j) === 'وقت' || this.core(j) === 'وقت') && (this.k(j + 1) === 'متاخر' || this.k(j + 1) === 'مبكر')) {
      early = this.k(j + 1) === 'مبكر';
      j += 2;
      if (this.core(j) === 'من') j++;
    } else if (this.core(j) === 'اواخر' || this.core(j) === 'اواءل' || this.core(j) === 'اول' || this.core(j) === 'اخر') {
      early = this.core(j) === 'اواءل' || this.core(j) === 'اول';
      j++;
    }
    const p = this.podAt(j);
    if (!p || p.end <= j || this.core(j) === 'منتصف') return null; // منتصف الليل is a time (namedTime)
    let end = p.end;
    const kk = this.k(end);
    if (this.lex.eraNouns.has(kk)) return null; // في العصر الحديث is "in the modern era"
    if (kk === 'الباكر' || kk === 'الباكره') {
      early = true;
      end++;
    }
    // bare adverbs (صباحا، ليلا) stand alone; definite ones (الصباح) need في or a modifier
    const word = this.k(j).startsWith('ال') || this.core(j) === 'بعد';
    if (!lead && early === null && word && !(this.core(j) === 'بعد')) return null;
    // فجر عناصر داعش: a bare فجر/صباح is a verb or a noun in construct; the adverbs are صباحا، مساء، ليلا، فجرا …
    if (!lead && early === null && !word && !['صباحا', 'مساء', 'مساءا', 'ليلا', 'فجرا', 'ظهرا', 'عصرا', 'ضحي'].includes(this.core(j))) return null;
    if (p.pod === 'NOON' && early === null) return null;
    const RANGES: Record<PartOfDay, [number, number]> = { MO: [8, 12], DAWN: [4, 7], NOON: [12, 14], AF: [12, 16], EV: [16, 20], NI: [20, 24] };
    let [a, b] = RANGES[p.pod];
    if (early === true) b = (a + b) / 2;
    else if (early === false) a = (a + b) / 2;
    const c1 = fmtClock({ h: a, mi: 0 });
    const c2 = b === 24 ? 'T23:59:59' : fmtClock({ h: b, mi: 0 });
    return { s: i, e: end, cut: lead ? lead.cut : cut, kind: 'pod', type: 'range', value: this.onAnchorDay(c1, c2), timex: 'T' + POD_TIMEX[p.pod], pod: p.pod };
  }

  /** seasons: الصيف، صيف 2016، الربيع القادم، هذا الشتاء (TIMEX3 2016-SU; ISO 8601 has no seasons, so value is null) */
  private seasonExpr(i: number): M | null {
    let j = i;
    let y: number | null = null;
    const demo = this.lex.demonstratives.has(this.core(i));
    if (demo) j++;
    const r = this.R(j).find((x) => this.lex.seasons.has(x.k));
    if (!r) return null;
    if (this.lex.seasonNot.has(this.k(j + 1))) return null; // الربيع العربي
    const code = this.lex.seasons.get(r.k)!;
    let end = j + 1;
    const ay = this.A ? fromDayNumber(this.A.day).y : null;
    const ya = this.yearAfter(end);
    if (ya) {
      y = ya.y;
      end = ya.end;
    } else if (this.lex.relNext.has(this.k(end)) || this.lex.relPast.has(this.k(end)) || this.lex.relThis.has(this.k(end))) {
      if (ay !== null) y = ay + (this.lex.relNext.has(this.k(end)) ? 1 : this.lex.relPast.has(this.k(end)) ? -1 : 0);
      end++;
    } else if (demo) y = ay;
    else if (!r.k.startsWith('ال') && !this.monthCueBefore(j)) return null;
    const timex = (y !== null ? fmtYear(y) + '-' : '') + code;
    return { s: i, e: end, cut: demo ? this.R(i)[0]!.cut : r.cut, kind: 'other', type: 'date', value: null, timex };
  }

  /** times named by the day: منتصف الليل، منتصف النهار، الظهيرة، منتصف الصباح، وقت الغداء */
  private namedTime(i: number): M | null {
    let j = i;
    const r0 = this.R(i).find((x) => x.k === 'وقت' || x.k === 'منتصف');
    let h: number | null = null;
    if (r0 && r0.k === 'منتصف') {
      j++;
      if (this.isPunct(j, '-')) j++;
      const k = this.k(j);
      h = k === 'الليل' ? 0 : k === 'النهار' ? 12 : k === 'الصباح' ? 10 : k === 'الظهر' ? 14 : null;
      j++;
    } else {
      if (r0) j++;
      const k = this.k(j);
      if (k === 'الظهيره' || (k === 'الغداء' && r0)) h = 12;
      else if (k === 'الظهر' && (this.wordCount <= 3 || this.core(i - 1) === 'عند')) h = 12;
      j++;
    }
    if (h === null) return null;
    const c = fmtClock({ h, mi: 0 });
    return { s: i, e: j, cut: this.R(i)[0]!.cut, kind: 'time', type: 'time', value: this.onAnchorDay(c), timex: c, clock: { h, mi: 0 } };
  }

  // ---- the walk -----------------------------------------------------------------------------

  run(): TimeExpression[] {
    const found: M[] = [];
    const n = this.toks.length;
    for (let i = 0; i < n; i++) {
      if (!this.candidate(i)) continue;
      let best: M | null = null;
      // frequent function words start only a few kinds of expression
      const k = this.keys[i]!;
      const rules = k === 'في' || k === 'خلال' || k === 'عند' ? POD_RULES : k === 'من' || k === 'بين' || k === 'ما' || k === 'مابين' ? RANGE_RULES : RULES;
      for (const rule of rules) {
        const m = rule.call(this, i);
        if (m && m.e > i && (!best || m.e > best.e)) best = m;
      }
      if (best) {
        // يوم الجمعة → the span starts at the weekday (the gold convention of most sources)
        if (best.e - best.s > 1 && this.R(best.s).some((r) => r.k === 'يوم') && this.R(best.s + 1).some((r) => this.lex.weekdays.has(r.k))) {
          best.s++;
          best.cut = 0;
        }
        if (!best.skip && !this.percentAt(best.e)) found.push(best);
        i = best.e - 1;
      }
    }
    return this.joinDateTimeRanges(this.joinMinutesToHour(this.join(found).map((m) => this.withBareHour(m))))
      .map((m) => this.openRange(m))
      .map((m) => this.toExpression(m));
  }

  static rules(): Array<(this: Tagger, i: number) => M | null> {
    const p = Tagger.prototype as unknown as Record<string, (this: Tagger, i: number) => M | null>;
    return [
      p.dayRange!, p.timeRange!, p.numericDate!, p.wordDate!, p.weekdayExpr!, p.relativeDay!, p.relativePeriod!, p.partOfPeriod!,
      p.quarterExpr!, p.holidayExpr!, p.thisMonth!, p.restOf!, p.seasonExpr!, p.weekdaySpan!, p.weekOrdinal!, p.ordinalDay!, p.partOfDayAlone!, p.namedTime!, p.setExpr!, p.durationExpr!, p.clockExpr!, p.yearExpr!, p.decadeExpr!,
    ];
  }

  /** joins neighbours: date + time, time + date, Hijri الموافق Gregorian, X حتى Y ranges, set + time */
  private join(ms: M[]): M[] {
    const out: M[] = [];
    for (let x = 0; x < ms.length; x++) {
      let m = ms[x]!;
      const nx = ms[x + 1];
      if (nx) {
        const gap = this.gapWords(m.e, nx.s);
        // Hijri … الموافق Gregorian: one expression, the Gregorian value
        if (m.kind === 'day' && m.hijri && nx.kind === 'day' && gap.length <= 2 && gap.includes('الموافق')) {
          out.push({ ...nx, s: m.s, cut: m.cut });
          x++;
          continue;
        }
        // أمس الاثنين · اليوم الثلاثاء · صباح أمس الخميس: one day named twice
        if (m.kind === 'day' && nx.kind === 'day' && gap.length === 0 && this.isRelativeDay(m) && (this.isBareWeekday(nx) || (nx.day != null && nx.day === m.day))) {
          out.push({ ...m, e: nx.e });
          x++;
          continue;
        }
        // يوم أمس (الجمعة) · مساء اليوم (السبت)
        if (m.kind === 'day' && nx.kind === 'day' && gap.length === 1 && gap[0] === '(' && this.k(nx.e) === ')' && this.isRelativeDay(m) && this.isBareWeekday(nx)) {
          out.push({ ...m, e: nx.e + 1 });
          x++;
          continue;
        }
        // 10 أغسطس 2015 الموافق 25 شوال 1436: the Gregorian value, one expression
        if (m.kind === 'day' && !m.hijri && nx.kind === 'day' && nx.hijri && gap.length <= 2 && gap.includes('الموافق')) {
          // (الأحد) الموافق للأول من ذي القعدة: a weekday gives way to the date it names
          out.push(this.isBareWeekday(m) || (m.e - m.s <= 2 && /^XXXX-WXX/.test(m.timex ?? '')) ? { ...nx, s: m.s, cut: m.cut } : { ...m, e: nx.e });
          x++;
          continue;
        }
        // a date and its time: مساء الأربعاء الساعة 8 · غدا الساعة 8:00 صباحا · 21/4/2016، الساعة 8:00
        if (m.kind === 'day' && nx.kind === 'time' && gap.every((g) => ['،', ',', '-', 'في', 'عند', 'حوالي', 'نحو', 'قرابه', 'على', 'علي'].includes(g)) && gap.length <= 2) {
          out.push(this.dateTime(m, nx, m.s, nx.e, m.cut));
          x++;
          continue;
        }
        if (m.kind === 'time' && nx.kind === 'day' && gap.every((g) => ['،', ',', 'من', 'يوم', 'في'].includes(g)) && gap.length <= 3) {
          out.push(this.dateTime(nx, m, m.s, nx.e, m.cut));
          x++;
          continue;
        }
        // من الساعة 3 حتى 4 مساء غدا · غدا بين الساعة 8 صباحا و 2 مساء · من 5 إلى 6 من 22 أبريل
        const dayish = (x: M) => x.kind === 'day' && x.day != null;
        if (m.kind === 'trange' && dayish(nx) && gap.length <= 2 && gap.every((g) => ['من', 'في', 'يوم', '،', ','].includes(g))) {
          out.push(this.dateTimeRange(nx, m, m.s, nx.e, m.cut));
          x++;
          continue;
        }
        if (dayish(m) && nx.kind === 'trange' && gap.length <= 1 && gap.every((g) => ['في', '،', ','].includes(g))) {
          out.push(this.dateTimeRange(m, nx, m.s, nx.e, m.cut));
          x++;
          continue;
        }
        // يوم الثلاثاء ، في الصباح · في الصباح الباكر يوم الثلاثاء · 5 فبراير صباحا
        if (m.kind === 'day' && m.pod === undefined && nx.kind === 'pod' && gap.length <= 1 && gap.every((g) => ['،', ','].includes(g))) {
          out.push({ ...this.dayMatch(m.s, nx.e, m.cut, m.day ?? null, m.dayTimex ?? '', nx.pod), type: m.type });
          x++;
          continue;
        }
        if (m.kind === 'pod' && nx.kind === 'day' && nx.pod === undefined && gap.length <= 2 && gap.every((g) => g === 'من' || g === 'يوم')) {
          out.push(this.dayMatch(m.s, nx.e, m.cut, nx.day ?? null, nx.dayTimex ?? '', m.pod));
          x++;
          continue;
        }
        if (m.kind === 'set' && nx.kind === 'time' && gap.length <= 1 && gap.every((g) => g === 'في' || g === 'عند')) {
          const t = (m.timex!.startsWith('XXXX') ? m.timex! : '') + nx.timex!;
          out.push({ ...m, e: nx.e, value: t, timex: t });
          x++;
          continue;
        }
        if (m.kind === 'time' && nx.kind === 'set' && gap.length === 0) {
          const t = (nx.timex!.startsWith('XXXX') ? nx.timex! : '') + m.timex!;
          out.push({ ...nx, s: m.s, cut: m.cut, value: t, timex: t });
          x++;
          continue;
        }
        // X حتى Y / من X إلى Y / بين X و Y over whole expressions
        const rangeable = (k: Kind) => k === 'day' || k === 'month' || k === 'year';
        if (rangeable(m.kind) && rangeable(nx.kind) && gap.length === 1 && (RANGE_TO.has(gap[0]!) || gap[0] === '-' || gap[0] === '–' || (gap[0] === 'و' && this.core(m.s - 1) === 'بين') || (gap[0] === 'الي' && this.core(m.s - 1) === 'من'))) {
          const a = m.first ?? m.day;
          const b = nx.last ?? nx.day;
          if (a != null && b != null && b >= a) {
            let s = m.s;
            let cut = m.cut;
            const prev = this.R(m.s - 1).find((r) => r.k === 'من' || r.k === 'بين');
            if (prev && m.cut === 0) {
              s = m.s - 1;
              cut = prev.cut;
            }
            const v = `${m.value ?? fmtDay(a)}/${nx.value ?? fmtDay(b)}`;
            out.push({ s, e: nx.e, cut, kind: 'range', type: 'range', value: v, timex: `(${fmtDay(a)},${fmtDay(b)},P${b - a}D)`, first: a, last: b });
            x++;
            continue;
          }
        }
      }
      out.push(m);
      void m;
      m = m;
    }
    return out;
  }

  /**
   * A bare hour next to a day with a part of the day is a clock time: 8 هذا الصباح → 08:00,
   * هذه الليلة في 7 → 19:00, مساء الخميس عند 8 → 20:00. Only in these shapes: before the day only with a
   * demonstrative (قتل 8 صباح اليوم counts people), after it only behind في/عند and closing the clause.
   */
  private withBareHour(m: M): M {
    // نهاية اليوم · بحلول نهاية يوم الخميس: the day's last minute (23:59), as a date-time
    if (m.kind === 'day' && m.day != null && m.pod === undefined && m.cut === 0) {
      const at = this.k(m.s - 1) === 'يوم' ? m.s - 2 : m.s - 1;
      const r = this.R(at).find((x) => x.cut <= 1 && (x.k === 'نهايه' || x.k === 'ختام'));
      if (r && at >= 0) {
        const v = fmtDay(m.day) + 'T23:59';
        return { s: at, e: m.e, cut: r.cut, kind: 'other', type: 'datetime', value: v, timex: v, day: m.day };
      }
    }
    // أسبوع 16 سبتمبر: the (ISO, Monday-first) week that holds the day
    if (m.kind === 'day' && m.day != null && m.pod === undefined && m.cut === 0 && (this.k(m.s - 1) === 'اسبوع' || this.k(m.s - 1) === 'لاسبوع' || this.k(m.s - 1) === 'باسبوع')) {
      const w = fmtWeek(m.day);
      const ws = weekStart(m.day);
      return { s: m.s - 1, e: m.e, cut: this.k(m.s - 1) === 'اسبوع' ? 0 : 1, kind: 'week', type: 'date', value: w, timex: w, first: ws, last: ws + 6 };
    }
    if (m.kind !== 'day' || m.pod === undefined) return m;
    const hourAt = (k: number): number | null => {
      const t = this.toks[k];
      if (!t || t.kind !== 'n' || t.k.length > 2) return null;
      const h = Number(t.k);
      return h >= 1 && h <= 12 ? h : null;
    };
    const closes = (k: number) => k >= this.toks.length || this.toks[k]!.kind === 'p';
    const before = m.cut === 0 && this.lex.demonstratives.has(this.k(m.s)) ? hourAt(m.s - 1) : null;
    // the hour follows a verb of what is to come or a preposition of time (سأعود 8 هذا الصباح); after a past
    // verb the number counts (قتل 8 هذا الصباح)
    let lead = this.R(m.s - 2).some((r) => r.cut <= 1 && ['في', 'عند', 'حوالي', 'نحو'].includes(r.k));
    for (let k = m.s - 2; !lead && k >= Math.max(0, m.s - 4); k--) {
      const t = this.R(k).map((r) => (r.cut <= 1 ? this.lex.verbs.get(r.k) : undefined)).find((v) => v);
      if (t) {
        lead = t !== 'past';
        break;
      }
    }
    if (before !== null && lead) {
      return this.dateTime(m, { ...m, clock: { h: before, mi: 0 }, pod: undefined }, m.s - 1, m.e, 0);
    }
    const after = (this.k(m.e) === 'في' || this.k(m.e) === 'عند') && closes(m.e + 2) ? hourAt(m.e + 1) : null;
    if (after !== null) return this.dateTime(m, { ...m, clock: { h: after, mi: 0 }, pod: undefined }, m.s, m.e + 2, m.cut);
    return m;
  }

  /**
   * قبل الساعة 8 مساءً · بعد الساعة الثامنة: a time of day with قبل/بعد is the range of that day up to it or
   * from it (2016-11-07T00:00/2016-11-07T20:00 · 2016-11-07T20:00/2016-11-07T23:59). Only a clock time on
   * its own; minutes counted from an hour (عشر دقائق قبل الثامنة) were joined before.
   */
  private openRange(m: M): M {
    if (m.kind !== 'time' || m.cut > 0 || !m.clock || m.clock2) return m;
    const r = this.R(m.s - 1).find((x) => x.cut <= 1 && (x.k === 'قبل' || x.k === 'بعد'));
    // a clock time, not a named one: بعد منتصف الليل is the small hours, not the rest of the day
    if (!r || !(this.isNum(m.s) || this.core(m.s) === 'الساعه' || this.hourWord(m.s))) return m;
    const day = m.value?.slice(0, 10);
    const v = m.value == null ? null : r.k === 'قبل' ? `${day}T00:00/${m.value}` : `${m.value}/${day}T23:59`;
    return { ...m, s: m.s - 1, cut: r.cut, kind: 'trange', type: 'range', value: v };
  }

  /** عشرين دقيقة بعد الخامسة صباح الغد → 05:20 · عشر دقائق قبل الثامنة → 07:50: minutes counted from an hour */
  private joinMinutesToHour(ms: M[]): M[] {
    const out: M[] = [];
    for (let x = 0; x < ms.length; x++) {
      const m = ms[x]!;
      const nx = ms[x + 1];
      const mins = m.kind === 'dur' ? /^PT(\d+)M$/.exec(m.value ?? '') : null;
      if (nx && mins && +mins[1]! < 60 && (nx.type === 'time' || nx.type === 'datetime') && nx.s === m.e + 1 && (this.k(m.e) === 'بعد' || this.k(m.e) === 'قبل')) {
        const delta = (this.k(m.e) === 'بعد' ? 1 : -1) * +mins[1]!;
        const shift = (v: string | null | undefined): string | null => {
          if (!v) return null;
          const c = /^(\d{4}-\d{2}-\d{2})?T(\d{2}):(\d{2})(.*)$/.exec(v);
          if (!c || c[4]!.startsWith('/')) return null;
          let t = +c[2]! * 60 + +c[3]! + delta;
          const day0 = c[1] ? dayNumber(+c[1].slice(0, 4), +c[1].slice(5, 7), +c[1].slice(8, 10)) : null;
          let day = day0;
          // a clock time without a day of its own wraps within the day (عشر دقائق قبل منتصف الليل → 23:50)
          if (day !== null && nx.type === 'datetime') day += Math.floor(t / 1440);
          t = ((t % 1440) + 1440) % 1440;
          return (day === null ? '' : fmtDay(day)) + fmtClock({ h: Math.floor(t / 60), mi: t % 60 }) + c[4]!.replace(/^:\d{2}/, '');
        };
        const v = shift(nx.value);
        const tx = shift(nx.timex);
        if (tx || v) {
          out.push({ ...nx, s: m.s, cut: m.cut, value: nx.value ? v : null, timex: tx ?? v ?? undefined, clock: undefined });
          x++;
          continue;
        }
      }
      out.push(m);
    }
    return out;
  }

  /**
   * Ranges between date-times, once date and time are joined: من الساعة 4 مساء اليوم حتى 5 مساء غد,
   * بين السادسة مساء السبت والسادسة صباح الأحد. A bare end time falls on the start's day, or on the next
   * day when it would come before the start (حظر التجول من السادسة مساء السبت حتى السادسة صباحا).
   */
  private joinDateTimeRanges(ms: M[]): M[] {
    const out: M[] = [];
    for (let x = 0; x < ms.length; x++) {
      const m = ms[x]!;
      const nx = ms[x + 1];
      if (nx && m.type === 'datetime' && m.day != null && m.value && ((nx.type === 'datetime' && nx.value) || (nx.type === 'time' && nx.clock))) {
        const gap = this.gapWords(m.e, nx.s);
        const prev = this.R(m.s - 1).find((r) => r.k === 'من' || r.k === 'بين');
        if (gap.length === 1 && (RANGE_TO.has(gap[0]!) || (gap[0] === 'و' && prev?.k === 'بين'))) {
          const a = m.value;
          let b = nx.type === 'datetime' ? nx.value! : fmtDay(m.day) + fmtClock(nx.clock!);
          if (nx.type === 'time' && b <= a) b = fmtDay(m.day + 1) + fmtClock(nx.clock!);
          if (b > a) {
            const withLead = prev && m.cut === 0;
            out.push({ s: withLead ? m.s - 1 : m.s, e: nx.e, cut: withLead ? prev.cut : m.cut, kind: 'range', type: 'range', value: `${a}/${b}`, timex: `(${a},${b})` });
            x++;
            continue;
          }
        }
      }
      out.push(m);
    }
    return out;
  }

  /**
   * A clock time with no day of its own is read on the publication day (as TimeML does with the document
   * date): ISO 8601 values need the date; the bare time stays in the TIMEX3 value (T17:00). Null without an anchor.
   */
  private onAnchorDay(t1: string, t2?: string): string | null {
    if (!this.A) return null;
    const d = fmtDay(this.A.day);
    return t2 === undefined ? d + t1 : `${d}${t1}/${d}${t2}`;
  }

  private isRelativeDay(m: M): boolean {
    return this.R(m.e - 1).some((r) => ['امس', 'الامس', 'البارحه', 'اليوم', 'غدا', 'الغد', 'غد', 'الاول'].includes(r.k)) || this.lex.parts.has(this.k(m.e - 1));
  }
  private isBareWeekday(m: M): boolean {
    return m.e - m.s === 1 && this.R(m.s).some((r) => this.lex.weekdays.has(r.k));
  }

  private dateTime(d: M, t: M, s: number, e: number, cut: number): M {
    const c = t.clock!;
    let clock = c;
    if (t.pod === undefined && d.pod !== undefined && c.h < 12) clock = { ...c, h: applyPod(c.h, d.pod) };
    const timePart = fmtClock(clock);
    const value = d.day != null ? fmtDay(d.day) + timePart : null;
    const timex = (d.dayTimex || (d.day != null ? fmtDay(d.day) : 'XXXX-XX-XX')) + timePart;
    return { s, e, cut, kind: 'other', type: 'datetime', value, timex, day: d.day ?? null };
  }

  private dateTimeRange(d: M, t: M, s: number, e: number, cut: number): M {
    const a = fmtDay(d.day!) + fmtClock(t.clock!);
    const b = fmtDay(d.day!) + fmtClock(t.clock2!);
    return { s, e, cut, kind: 'other', type: 'range', value: `${a}/${b}`, timex: `(${a},${b})` };
  }

  /** the keys of the tokens between two matches */
  private gapWords(a: number, b: number): string[] {
    const g: string[] = [];
    for (let k = a; k < b; k++) g.push(this.core(k) === this.k(k) ? this.k(k) : this.k(k));
    return g;
  }

  private toExpression(m: M): TimeExpression {
    const t0 = this.toks[m.s]!;
    const start = m.cut > 0 ? this.starts[t0.ns + m.cut]! : t0.s;
    let end = this.toks[m.e - 1]!.e;
    while (end < this.text.length && isIgnorableMark(this.text.charCodeAt(end))) end++; // هـ · مساءً
    const out: TimeExpression = { text: this.text.slice(start, end), start, end, type: m.type, value: m.type === 'set' ? setValue(m.timex) : m.value };
    if (m.timex) out.timex = m.timex;
    return out;
  }
}

/**
 * The ISO 8601 value of a recurring set: a repeating interval of its period (ISO 8601:2004 §4.5,
 * "Rn/duration" with n omitted). يوميا → R/P1D, كل ثلاثة أسابيع → R/P3W, كل جمعة → R/P1W, كل مساء → R/P1D.
 * The TIMEX3 (XXXX-WXX-5, TEV) keeps which day or part of the day; without a period the value is null.
 */
function setValue(timex: string | undefined): string | null {
  if (!timex) return null;
  if (/^P(?:\d|T\d)/.test(timex)) return 'R/' + timex;
  if (/^XXXX-WXX-\d/.test(timex)) return 'R/P1W';
  if (/^T(?:MO|AF|EV|NI|\d{2}:\d{2})/.test(timex)) return 'R/P1D';
  return null;
}

const RULES = Tagger.rules();
const POD_RULES = ['partOfDayAlone', 'clockExpr'].map((n) => (Tagger.prototype as unknown as Record<string, (this: Tagger, i: number) => M | null>)[n]!);
const RANGE_RULES = ['dayRange', 'timeRange'].map((n) => (Tagger.prototype as unknown as Record<string, (this: Tagger, i: number) => M | null>)[n]!);

/** 12-hour readings to 24 hours by the part of the day: 7 مساء → 19, 12 ظهرا → 12, 10 ليلا → 22, 2 ليلا → 2. */
function applyPod(h: number, pod: PartOfDay): number {
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
      return h >= 6 && h < 12 ? h + 12 : h === 12 ? 0 : h;
  }
}
