/**
 * Joins neighbouring matches after the walk: a date and its time, a Hijri date and its Gregorian twin after
 * الموافق, the two ends of a range, a day and its part of the day, minutes counted from an hour, and a
 * clock time after قبل/بعد as the day's range up to or from it.
 */
import { dayNumber, fmtDay, fmtWeek, isoWeekday, weekStart } from './calendar.js';
import { RANGE_TO, applyPod, fmtClock, type Kind, type M } from './match.js';
import type { Scan } from './scan.js';
import { hourWord } from './times-of-day.js';

/** joins neighbours: date + time, time + date, Hijri الموافق Gregorian, X حتى Y ranges, set + time */
export function join(sc: Scan, ms: M[]): M[] {
  const out: M[] = [];
  for (let x = 0; x < ms.length; x++) {
    let m = ms[x]!;
    const nx = ms[x + 1];
    if (nx) {
      const gap = gapWords(sc, m.e, nx.s);
      // Hijri … الموافق Gregorian: one expression, the Gregorian value
      if (m.kind === 'day' && m.hijri && nx.kind === 'day' && gap.length <= 2 && gap.includes('الموافق')) {
        out.push({ ...nx, s: m.s, cut: m.cut });
        x++;
        continue;
      }
      // أمس الاثنين · اليوم الثلاثاء · صباح أمس الخميس: one day named twice
      if (m.kind === 'day' && nx.kind === 'day' && gap.length === 0 && isRelativeDay(sc, m) && (isBareWeekday(sc, nx) || (nx.day != null && nx.day === m.day))) {
        out.push({ ...m, e: nx.e });
        x++;
        continue;
      }
      // صباح الاثنين 18 شباط: a part of the day and its weekday, then the date that weekday names
      if (m.kind === 'day' && m.pod !== undefined && nx.kind === 'day' && nx.pod === undefined && gap.length === 0 && nx.day != null) {
        const w = sc.R(m.e - 1).find((r) => sc.lex.weekdays.has(r.k));
        if (w && isoWeekday(nx.day) === sc.lex.weekdays.get(w.k)!.wd) {
          out.push(sc.dayMatch(m.s, nx.e, m.cut, nx.day, nx.dayTimex ?? '', m.pod));
          x++;
          continue;
        }
      }
      // يوم أمس (الجمعة) · مساء اليوم (السبت)
      if (m.kind === 'day' && nx.kind === 'day' && gap.length === 1 && gap[0] === '(' && sc.k(nx.e) === ')' && isRelativeDay(sc, m) && isBareWeekday(sc, nx)) {
        out.push({ ...m, e: nx.e + 1 });
        x++;
        continue;
      }
      // 10 أغسطس 2015 الموافق 25 شوال 1436: the Gregorian value, one expression
      if (m.kind === 'day' && !m.hijri && nx.kind === 'day' && nx.hijri && gap.length <= 2 && gap.includes('الموافق')) {
        // (الأحد) الموافق للأول من ذي القعدة: a weekday gives way to the date it names
        out.push(isBareWeekday(sc, m) || (m.e - m.s <= 2 && /^XXXX-WXX/.test(m.timex ?? '')) ? { ...nx, s: m.s, cut: m.cut } : { ...m, e: nx.e });
        x++;
        continue;
      }
      // a date and its time: مساء الأربعاء الساعة 8 · غدا الساعة 8:00 صباحا · 21/4/2016، الساعة 8:00
      if (m.kind === 'day' && nx.kind === 'time' && gap.every((g) => ['،', ',', '-', 'في', 'عند', 'حوالي', 'نحو', 'قرابه', 'على', 'علي'].includes(g)) && gap.length <= 2) {
        out.push(dateTime(m, nx, m.s, nx.e, m.cut));
        x++;
        continue;
      }
      if (m.kind === 'time' && nx.kind === 'day' && gap.every((g) => ['،', ',', 'من', 'يوم', 'في'].includes(g)) && gap.length <= 3) {
        out.push(dateTime(nx, m, m.s, nx.e, m.cut));
        x++;
        continue;
      }
      // من الساعة 3 حتى 4 مساء غدا · غدا بين الساعة 8 صباحا و 2 مساء · من 5 إلى 6 من 22 أبريل
      const dayish = (x: M) => x.kind === 'day' && x.day != null;
      if (m.kind === 'trange' && dayish(nx) && gap.length <= 2 && gap.every((g) => ['من', 'في', 'يوم', '،', ','].includes(g))) {
        out.push(dateTimeRange(nx, m, m.s, nx.e, m.cut));
        x++;
        continue;
      }
      if (dayish(m) && nx.kind === 'trange' && gap.length <= 1 && gap.every((g) => ['في', '،', ','].includes(g))) {
        out.push(dateTimeRange(m, nx, m.s, nx.e, m.cut));
        x++;
        continue;
      }
      // يوم الثلاثاء ، في الصباح · في الصباح الباكر يوم الثلاثاء · 5 فبراير صباحا
      if (m.kind === 'day' && m.pod === undefined && nx.kind === 'pod' && gap.length <= 1 && gap.every((g) => ['،', ','].includes(g))) {
        out.push({ ...sc.dayMatch(m.s, nx.e, m.cut, m.day ?? null, m.dayTimex ?? '', nx.pod), type: m.type });
        x++;
        continue;
      }
      // في الليلة الخامسة والنصف · صباحا الساعة 8: a part of the day before a bare clock time sets its half of the day
      if (m.kind === 'pod' && m.pod !== undefined && nx.kind === 'time' && nx.clock && !nx.clock2 && nx.pod === undefined && gap.length === 0 && nx.clock.h < 12) {
        const c = { ...nx.clock, h: applyPod(nx.clock.h, m.pod) };
        const tx = fmtClock(c);
        out.push({ ...nx, s: m.s, cut: m.cut, clock: c, pod: m.pod, value: onAnchorDay(sc, tx), timex: tx });
        x++;
        continue;
      }
      if (m.kind === 'pod' && nx.kind === 'day' && nx.pod === undefined && gap.length <= 2 && gap.every((g) => g === 'من' || g === 'يوم')) {
        out.push(sc.dayMatch(m.s, nx.e, m.cut, nx.day ?? null, nx.dayTimex ?? '', m.pod));
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
      // بين يناير وأبريل: the conjunction may be the clitic of the second end
      const betweenWa = (m.kind === 'month' || m.kind === 'year') && (nx.kind === 'month' || nx.kind === 'year') && gap.length === 0 && nx.cut === 1 && sc.k(nx.s).startsWith('و') && sc.core(m.s - 1) === 'بين';
      if (rangeable(m.kind) && rangeable(nx.kind) && (betweenWa || (gap.length === 1 && (RANGE_TO.has(gap[0]!) || gap[0] === '-' || gap[0] === '–' || (gap[0] === 'و' && sc.core(m.s - 1) === 'بين') || (gap[0] === 'الي' && sc.core(m.s - 1) === 'من'))))) {
        const a = m.first ?? m.day;
        const b = nx.last ?? nx.day;
        if (a != null && b != null && b >= a) {
          let s = m.s;
          let cut = m.cut;
          const prev = sc.R(m.s - 1).find((r) => r.k === 'من' || r.k === 'بين');
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
export function withBareHour(sc: Scan, m: M): M {
  // نهاية اليوم · بحلول نهاية يوم الخميس: the day's last minute (23:59), as a date-time
  if (m.kind === 'day' && m.day != null && m.pod === undefined && m.cut === 0) {
    const at = sc.k(m.s - 1) === 'يوم' ? m.s - 2 : m.s - 1;
    const r = sc.R(at).find((x) => x.cut <= 1 && (x.k === 'نهايه' || x.k === 'ختام'));
    if (r && at >= 0) {
      const v = fmtDay(m.day) + 'T23:59';
      return { s: at, e: m.e, cut: r.cut, kind: 'other', type: 'datetime', value: v, timex: v, day: m.day };
    }
  }
  // أسبوع 16 سبتمبر: the (ISO, Monday-first) week that holds the day
  if (m.kind === 'day' && m.day != null && m.pod === undefined && m.cut === 0 && (sc.k(m.s - 1) === 'اسبوع' || sc.k(m.s - 1) === 'لاسبوع' || sc.k(m.s - 1) === 'باسبوع')) {
    const w = fmtWeek(m.day);
    const ws = weekStart(m.day);
    return { s: m.s - 1, e: m.e, cut: sc.k(m.s - 1) === 'اسبوع' ? 0 : 1, kind: 'week', type: 'date', value: w, timex: w, first: ws, last: ws + 6 };
  }
  if (m.kind !== 'day' || m.pod === undefined) return m;
  const hourAt = (k: number): number | null => {
    const t = sc.toks[k];
    if (!t || t.kind !== 'n' || t.k.length > 2) return null;
    const h = Number(t.k);
    return h >= 1 && h <= 12 ? h : null;
  };
  const closes = (k: number) => k >= sc.toks.length || sc.toks[k]!.kind === 'p';
  const before = m.cut === 0 && sc.lex.demonstratives.has(sc.k(m.s)) ? hourAt(m.s - 1) : null;
  // the hour follows a verb of what is to come or a preposition of time (سأعود 8 هذا الصباح); after a past
  // verb the number counts (قتل 8 هذا الصباح)
  let lead = sc.R(m.s - 2).some((r) => r.cut <= 1 && ['في', 'عند', 'حوالي', 'نحو'].includes(r.k));
  for (let k = m.s - 2; !lead && k >= Math.max(0, m.s - 4); k--) {
    const t = sc.R(k).map((r) => (r.cut <= 1 ? sc.lex.verbs.get(r.k) : undefined)).find((v) => v);
    if (t) {
      lead = t !== 'past';
      break;
    }
  }
  if (before !== null && lead) {
    return dateTime(m, { ...m, clock: { h: before, mi: 0 }, pod: undefined }, m.s - 1, m.e, 0);
  }
  const after = (sc.k(m.e) === 'في' || sc.k(m.e) === 'عند') && closes(m.e + 2) ? hourAt(m.e + 1) : null;
  if (after !== null) return dateTime(m, { ...m, clock: { h: after, mi: 0 }, pod: undefined }, m.s, m.e + 2, m.cut);
  return m;
}

/**
 * قبل الساعة 8 مساءً · بعد الساعة الثامنة: a time of day with قبل/بعد is the range of that day up to it or
 * from it (2016-11-07T00:00/2016-11-07T20:00 · 2016-11-07T20:00/2016-11-07T23:59). Only a clock time on
 * its own; minutes counted from an hour (عشر دقائق قبل الثامنة) were joined before.
 */
export function openRange(sc: Scan, m: M): M {
  if (m.kind !== 'time' || m.cut > 0 || !m.clock || m.clock2) return m;
  // حتى الساعة 2 ظهرا · بحلول الساعة 2: up to it, like قبل
  const r = sc.R(m.s - 1).find((x) => x.cut <= 1 && (x.k === 'قبل' || x.k === 'بعد' || x.k === 'حتي' || x.k === 'بحلول' || x.k === 'لغايه'));
  // a clock time, not a named one: بعد منتصف الليل is the small hours, not the rest of the day
  if (!r || !(sc.isNum(m.s) || sc.core(m.s) === 'الساعه' || hourWord(sc, m.s))) return m;
  const day = m.value?.slice(0, 10);
  const v = m.value == null ? null : r.k !== 'بعد' ? `${day}T00:00/${m.value}` : `${m.value}/${day}T23:59`;
  return { ...m, s: m.s - 1, cut: r.cut, kind: 'trange', type: 'range', value: v };
}

/** عشرين دقيقة بعد الخامسة صباح الغد → 05:20 · عشر دقائق قبل الثامنة → 07:50: minutes counted from an hour */
export function joinMinutesToHour(sc: Scan, ms: M[]): M[] {
  const out: M[] = [];
  for (let x = 0; x < ms.length; x++) {
    const m = ms[x]!;
    const nx = ms[x + 1];
    const mins = m.kind === 'dur' ? /^PT(\d+)M$/.exec(m.value ?? '') : null;
    if (nx && mins && +mins[1]! < 60 && (nx.type === 'time' || nx.type === 'datetime') && nx.s === m.e + 1 && (sc.k(m.e) === 'بعد' || sc.k(m.e) === 'قبل' || sc.k(m.e) === 'حتي')) {
      // ثلاث دقائق حتى الثامنة: «to» the hour, like قبل
      const delta = (sc.k(m.e) === 'بعد' ? 1 : -1) * +mins[1]!;
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
export function joinDateTimeRanges(sc: Scan, ms: M[]): M[] {
  const out: M[] = [];
  for (let x = 0; x < ms.length; x++) {
    const m = ms[x]!;
    const nx = ms[x + 1];
    if (nx && m.type === 'datetime' && m.day != null && m.value && ((nx.type === 'datetime' && nx.value) || (nx.type === 'time' && nx.clock))) {
      const gap = gapWords(sc, m.e, nx.s);
      const prev = sc.R(m.s - 1).find((r) => r.k === 'من' || r.k === 'بين');
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
export function onAnchorDay(sc: Scan, t1: string, t2?: string): string | null {
  if (!sc.A) return null;
  const d = fmtDay(sc.A.day);
  return t2 === undefined ? d + t1 : `${d}${t1}/${d}${t2}`;
}

export function isRelativeDay(sc: Scan, m: M): boolean {
  return sc.R(m.e - 1).some((r) => ['امس', 'الامس', 'البارحه', 'اليوم', 'غدا', 'الغد', 'غد', 'الاول'].includes(r.k)) || sc.lex.parts.has(sc.k(m.e - 1));
}

export function isBareWeekday(sc: Scan, m: M): boolean {
  return m.e - m.s === 1 && sc.R(m.s).some((r) => sc.lex.weekdays.has(r.k));
}

export function dateTime(d: M, t: M, s: number, e: number, cut: number): M {
  const c = t.clock!;
  let clock = c;
  if (t.pod === undefined && d.pod !== undefined && c.h < 12) clock = { ...c, h: applyPod(c.h, d.pod) };
  const timePart = fmtClock(clock);
  const value = d.day != null ? fmtDay(d.day) + timePart : null;
  const timex = (d.dayTimex || (d.day != null ? fmtDay(d.day) : 'XXXX-XX-XX')) + timePart;
  return { s, e, cut, kind: 'other', type: 'datetime', value, timex, day: d.day ?? null };
}

export function dateTimeRange(d: M, t: M, s: number, e: number, cut: number): M {
  const a = fmtDay(d.day!) + fmtClock(t.clock!);
  const b = fmtDay(d.day!) + fmtClock(t.clock2!);
  return { s, e, cut, kind: 'other', type: 'range', value: `${a}/${b}`, timex: `(${a},${b})` };
}

/** the keys of the tokens between two matches */
export function gapWords(sc: Scan, a: number, b: number): string[] {
  const g: string[] = [];
  for (let k = a; k < b; k++) g.push(sc.core(k) === sc.k(k) ? sc.k(k) : sc.k(k));
  return g;
}
