/**
 * The time tagger's view of one text: its match-key tokens and their readings, small token tests, the
 * tense around a span, numbers in words, and the constructors of date matches that every rule shares.
 */
import type { Anchor } from './anchor.js';
import { dayNumber, dayToHijri, daysInMonth, fmtDay, fmtMonth, fromDayNumber, hijriMonthLength, hijriToDay, validDate } from './calendar.js';
import type { PartOfDay, TimeLexicon } from './lexicon.js';
import { parseNumberWords } from './numbers.js';
import { tenseAround, type Tense } from './tense.js';
import { readings, timeTokens, type Reading, type Tok } from './tokens.js';
import { POD_TIMEX, SENT_END, pad2, type M } from './match.js';

export class Scan {
  readonly toks: Tok[];
  readonly keys: string[];
  readonly starts: Int32Array;
  private readonly tenseCache = new Map<number, Tense>();

  /** number of non-punctuation tokens: a text of one or two words is a query, where bare units and hours count */
  readonly wordCount: number;

  private readonly rd: Array<Reading[] | undefined> = [];

  constructor(
    readonly text: string,
    readonly lex: TimeLexicon,
    readonly A: Anchor | null,
  ) {
    const t = timeTokens(text);
    this.toks = t.toks;
    this.keys = t.toks.map((x) => x.k);
    this.starts = t.norm.starts;
    // 2.5 is one word, not two
    this.wordCount = t.toks.filter((x, k) => x.kind !== 'p' && !(x.kind === 'n' && k >= 2 && t.toks[k - 2]!.kind === 'n' && t.toks[k - 1]!.e === x.s && '.,'.includes(t.toks[k - 1]!.k))).length;
  }

  /** a relative word after a unit: المقبل/القادم → 1, الماضي/السابق → -1, الحالي/الجاري → 0; null for any other word */
  relOffset(i: number): 1 | -1 | 0 | null {
    const k = this.k(i);
    return this.lex.relNext.has(k) ? 1 : this.lex.relPast.has(k) ? -1 : this.lex.relThis.has(k) ? 0 : null;
  }

  /** the readings of token i (cached) */
  R(i: number): Reading[] {
    if (i < 0 || i >= this.keys.length) return [];
    return (this.rd[i] ??= readings(this.keys[i]!));
  }

  /** can a time expression start at token i? (a cheap filter before the rules) */
  candidate(i: number): boolean {
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

  k(i: number): string {
    return i >= 0 && i < this.keys.length ? this.keys[i]! : '';
  }

  isNum(i: number): boolean {
    return i >= 0 && i < this.toks.length && this.toks[i]!.kind === 'n';
  }

  num(i: number): number {
    return Number(this.k(i));
  }

  /** token i directly follows token i-1 (no space) */
  glued(i: number): boolean {
    return i > 0 && i < this.toks.length && this.toks[i - 1]!.e === this.toks[i]!.s;
  }

  isPunct(i: number, chars: string): boolean {
    return i >= 0 && i < this.toks.length && this.toks[i]!.kind === 'p' && chars.includes(this.k(i));
  }

  atEnd(i: number): boolean {
    return i >= this.toks.length || SENT_END.has(this.k(i)) || this.isPunct(i, '،,)(:');
  }

  /** the word itself or, failing that, without a conjunction (not prepositions) */
  core(i: number): string {
    const k = this.k(i);
    return k.length > 2 && (k[0] === 'و' || k[0] === 'ف') ? k.slice(1) : k;
  }

  is(i: number, ...words: string[]): boolean {
    const k = this.k(i);
    return words.includes(k);
  }

  /** matches a phrase (match-key words): first word through its readings, the others exactly */
  phrase(i: number, words: string[]): { end: number; cut: number } | null {
    for (const r of this.R(i)) {
      if (r.k !== words[0]) continue;
      let ok = true;
      for (let w = 1; w < words.length; w++) if (this.k(i + w) !== words[w]) ok = false;
      if (ok) return { end: i + words.length, cut: r.cut };
    }
    return null;
  }

  anyPhrase(i: number, list: string[][]): { end: number; cut: number } | null {
    let best: { end: number; cut: number } | null = null;
    for (const p of list) {
      const m = this.phrase(i, p);
      if (m && (!best || m.end > best.end)) best = m;
    }
    return best;
  }

  tense(s: number, e: number): Tense {
    const key = s * 100000 + e;
    let t = this.tenseCache.get(key);
    if (t === undefined) {
      t = tenseAround(this.keys, s, e, this.lex);
      this.tenseCache.set(key, t);
    }
    return t;
  }

  /** a number in words starting at i (the first word may carry a proclitic) */
  private readonly nwCache = new Map<number, { value: number; end: number; ordinal: boolean; cut: number } | null>();

  numberWords(i: number): { value: number; end: number; ordinal: boolean; cut: number } | null {
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

  /**
   * The year of a day/month written without one: after a past cue the latest occurrence up to the anchor,
   * after a future cue the next one; with no cue the next one, counting the last month as still current
   * (news reports "the 2nd of December" a few days later).
   */
  nearestYear(m: number, d: number, s = -1, e = -1, wholeMonth = false): number | null {
    if (!this.A) return null;
    const a = this.A.day;
    const { y } = fromDayNumber(a);
    // عقود سبتمبر · لتسليم أغسطس: a futures contract names its delivery month, whatever the tense of the report
    const delivery = s >= 0 && this.R(s - 1).some((r) => r.k === 'تسليم' || r.k === 'عقود');
    const tense = s >= 0 && !delivery ? this.tense(s, e) : null;
    const cands = [y - 1, y, y + 1].map((cy) => {
      const first = wholeMonth ? dayNumber(cy, m, 1) : dayNumber(cy, m, Math.min(d, daysInMonth(cy, m)));
      const last = wholeMonth ? dayNumber(cy, m, daysInMonth(cy, m)) : first;
      return { cy, first, last };
    });
    if (tense === 'past') return [...cands].reverse().find((c) => c.first <= a)!.cy;
    if (tense === 'future') return cands.find((c) => c.last >= a)!.cy;
    return cands.find((c) => c.last >= a - 31)!.cy;
  }

  dayMatch(s: number, e: number, cut: number, day: number | null, timex: string, pod?: PartOfDay): M {
    const m: M = { s, e, cut, kind: 'day', type: 'date', value: day === null ? null : fmtDay(day), day, dayTimex: day === null ? timex : fmtDay(day) };
    m.timex = m.dayTimex! + (pod ? 'T' + POD_TIMEX[pod] : '');
    if (pod) m.pod = pod;
    return m;
  }

  gregDate(s: number, e: number, cut: number, y: number | null, mo: number, d: number): M | null {
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

  hijriDate(s: number, e: number, cut: number, y: number | null, mo: number, d: number): M | null {
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

  monthMatch(s: number, e: number, cut: number, y: number | null, mo: number): M {
    let yy = y;
    if (yy === null) yy = this.nearestYear(mo, 15, s, e, true);
    if (yy === null) return { s, e, cut, kind: 'month', type: 'date', value: null, timex: `XXXX-${pad2(mo)}`, first: null, last: null };
    const first = dayNumber(yy, mo, 1);
    return { s, e, cut, kind: 'month', type: 'date', value: fmtMonth(yy, mo), timex: fmtMonth(yy, mo), first, last: first + daysInMonth(yy, mo) - 1 };
  }

  hijriMonthMatch(s: number, e: number, cut: number, y: number | null, mo: number): M | null {
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
}
