/**
 * Durations as ISO 8601 (خمسة أيام → P5D، ساعة ونصف → PT1.5H، 130 ألف عام → P130000Y), and durations
 * anchored to now: قبل يومين، بعد 3 أسابيع، منذ ثلاث سنوات، في غضون 10 أيام (future only).
 */
import { fmtDay, fromDayNumber } from './calendar.js';
import type { Unit } from './lexicon.js';
import { parseNumberWords } from './numbers.js';
import { UNIT_ISO, addUnits, fmtClock, isoDuration, type Clock, type M } from './match.js';
import type { Scan } from './scan.js';
import { futureJustBefore } from './tense.js';
import { relDayWord, spanRange } from './relative-dates.js';

/** a quantity of a unit: 3 أيام، خمسة أيام، يومين، ثلاث سنوات، نصف ساعة، ساعة ونصف، بضعة أيام */
export function quantity(sc: Scan, i: number, loose: boolean): { parts: Array<[Unit, number]>; end: number; cut: number; vague?: boolean } | null {
  let n: number | null = null;
  let j = i;
  let cut = 0;
  let vague = false;
  if (sc.isNum(i)) {
    n = sc.num(i);
    j = i + 1;
    if (sc.isPunct(j, '.,') && sc.glued(j) && sc.isNum(j + 1) && sc.glued(j + 1)) {
      n = Number(`${sc.k(i)}.${sc.k(j + 1)}`);
      j += 2;
    }
  } else {
    const frac = sc.R(i).find((r) => sc.lex.numbers.fractions.has(r.k) && !r.k.startsWith('ال'));
    // ثلاثة أرباع الساعة: a fraction of two words
    const frac2 = sc.R(i).find((r) => sc.lex.numbers.fractions.has(`${r.k} ${sc.k(i + 1)}`));
    if (frac2) {
      n = sc.lex.numbers.fractions.get(`${frac2.k} ${sc.k(i + 1)}`)!;
      cut = frac2.cut;
      j = i + 2;
    } else if (frac) {
      n = sc.lex.numbers.fractions.get(frac.k)!;
      cut = frac.cut;
      j = i + 1;
    } else {
      const few = sc.R(i).find((r) => sc.lex.numbers.few.has(r.k) && !r.k.startsWith('ال'));
      if (few) {
        cut = few.cut;
        j = i + 1;
        vague = true;
        n = few.k === 'بضعه' || few.k === 'بضع' ? 3 : null;
      } else {
        const w = sc.numberWords(i);
        if (w && !w.ordinal) {
          n = w.value;
          cut = w.cut;
          j = w.end;
        }
      }
    }
  }
  // 130 ألف عام · 2.5 مليون سنة: a multiplier between the number and the unit
  const scale = n !== null ? sc.lex.numbers.scales.get(sc.k(j)) : undefined;
  if (scale !== undefined && n !== null) {
    n *= scale;
    j++;
  }
  let u: { unit: Unit; count: 1 | 2 | null } | undefined;
  if (n !== null || vague) {
    u = sc.lex.units.get(sc.k(j));
    // نصف الساعة · ربع الساعة: after a fraction the unit may take the article
    if (!u && n !== null && n < 1 && sc.k(j).startsWith('ال')) u = sc.lex.units.get(sc.k(j).slice(2));
    if (!u) return null;
    j++;
    if (vague && n === null) return { parts: [[u.unit, NaN]], end: j, cut, vague: true };
  } else {
    // a unit word alone: يومين، ساعتين (dual) · ساعة، أسبوع كامل (singular, when loose or with كامل)
    const r = sc.R(i).find((x) => sc.lex.units.has(x.k));
    if (!r) return null;
    u = sc.lex.units.get(r.k)!;
    cut = r.cut;
    j = i + 1;
    if (u.count === 2) n = 2;
    else if (u.count === 1) {
      const kamil = sc.k(j) === 'كامل' || sc.k(j) === 'كامله' || sc.k(j) === 'واحد' || sc.k(j) === 'واحده';
      const andHalf = ['ونصف', 'ونص', 'وربع'].includes(sc.k(j)); // سنة ونصف
      if (!kamil && !loose && !andHalf) return null;
      if (kamil) j++;
      n = 1;
    } else return null;
  }
  if (u.count === 1 && n !== null && n > 2 && n <= 10 && !sc.isNum(i)) {
    // ثلاثة يوم is no Arabic; 3-10 take the plural. Accept anyway (digits often keep the singular).
  }
  const parts: Array<[Unit, number]> = [[u.unit, n!]];
  // ساعة ونصف · ساعتين ونصف
  const half = sc.k(j) === 'ونصف' || sc.k(j) === 'ونص' ? 0.5 : sc.k(j) === 'وربع' ? 0.25 : 0;
  if (half) {
    parts[0]![1] += half;
    j++;
    // ست سنوات ونصف السنة: the unit may be repeated with the article
    const again = sc.k(j).startsWith('ال') ? sc.lex.units.get(sc.k(j).slice(2)) : undefined;
    if (again && again.unit === u.unit) j++;
  }
  // chains: 2 عام و شهر و 21 يوم · يوم واحد وساعتين
  for (;;) {
    let k2 = j;
    let conj = false;
    if (sc.k(k2) === 'و') {
      k2++;
      conj = true;
    }
    const kk = sc.k(k2);
    if (!conj && !(kk.length > 2 && kk[0] === 'و')) break;
    const sub = conj ? quantityNoChain(sc, k2, true) : quantityNoChain(sc, k2, true);
    if (!sub || sub.unit === parts[parts.length - 1]![0]) break;
    parts.push([sub.unit, sub.n]);
    j = sub.end;
  }
  return { parts, end: j, cut, vague };
}

export function quantityNoChain(sc: Scan, i: number, loose: boolean): { unit: Unit; n: number; end: number } | null {
  const q = quantityCore(sc, i, loose);
  return q;
}

export function quantityCore(sc: Scan, i: number, loose: boolean): { unit: Unit; n: number; end: number } | null {
  // one step: [و]NUM UNIT | [و]UNIT(dual) | [و]UNIT (singular, loose)
  const k = sc.k(i);
  const bare = k.length > 2 && k[0] === 'و' ? k.slice(1) : k;
  if (sc.isNum(i)) {
    const u = sc.lex.units.get(sc.k(i + 1));
    return u ? { unit: u.unit, n: sc.num(i), end: i + 2 } : null;
  }
  const u0 = sc.lex.units.get(bare);
  if (u0) {
    if (u0.count === 2) return { unit: u0.unit, n: 2, end: i + 1 };
    if (u0.count === 1 && loose) return { unit: u0.unit, n: 1, end: i + 1 };
    return null;
  }
  const w = parseNumberWords([bare, ...sc.keys.slice(i + 1, i + 6)], 0, sc.lex.numbers);
  if (w && !w.ordinal) {
    const u = sc.lex.units.get(sc.k(i + w.end));
    if (u) return { unit: u.unit, n: w.value, end: i + w.end + 1 };
  }
  return null;
}

/** durations, and durations anchored to now: قبل يومين، بعد 3 أسابيع، منذ ثلاث سنوات، 2 عام و21 يوما من الآن */
export function durationExpr(sc: Scan, i: number): M | null {
  const lead = sc.R(i).find((r) => r.k === 'قبل' || r.k === 'بعد' || r.k === 'منذ');
  if (lead && sc.lex.units.has(sc.core(i - 1)) && sc.lex.units.get(sc.core(i - 1))?.unit === sc.lex.units.get(sc.k(i + 1))?.unit) return null; // يوما بعد يوم
  const start = lead ? i + 1 : i;
  const prev = sc.core(i - 1);
  const during = ['لمده', 'مده', 'طوال', 'طيله', 'خلال', 'غضون', 'لمدة'].includes(prev) || sc.R(i - 1).some((r) => r.k === 'مده');
  // طوال اليوم / طوال الشهر / طوال العام
  if (!lead) {
    const tw = sc.R(i).find((r) => r.k === 'طوال' || r.k === 'طيله');
    if (tw) {
      const r = sc.R(i + 1).find((x) => x.k.startsWith('ال') && sc.lex.units.get(x.k.slice(2))?.count === 1);
      if (r) {
        const u = sc.lex.units.get(r.k.slice(2))!;
        const d = isoDuration([[u.unit, 1]]);
        return { s: i, e: i + 2, cut: tw.cut, kind: 'dur', type: 'duration', value: d, timex: d };
      }
    }
  }
  const whole = sc.wordCount;
  const q = quantity(sc, start, !!lead || during || whole === 1 || (whole === 2 && prev === 'في'));
  if (!q) return null;
  if (relDayWord(sc, q.end) && q.parts.length === 1 && q.parts[0]![0] === 'D') return null; // منذ يوم أمس
  let end = q.end;
  // منذ عام 2012: a year follows, not "a year ago"
  if (sc.isNum(end) && q.parts.length === 1 && q.parts[0]![1] === 1 && !sc.isNum(start)) return null; // شهر 11/1436هـ
  if (q.vague && Number.isNaN(q.parts[0]![1])) {
    const t = `PX${UNIT_ISO[q.parts[0]![0]][0]}`;
    return { s: start, e: end, cut: q.cut, kind: 'dur', type: 'duration', value: null, timex: UNIT_ISO[q.parts[0]![0]][2] ? 'PTX' + UNIT_ISO[q.parts[0]![0]][0] : t };
  }
  const dur = isoDuration(q.parts);
  const fromNow = sc.core(end) === 'من' && (sc.k(end + 1) === 'الان' || sc.k(end + 1) === 'اليوم');
  // Counted from now when what is said is still to come; in a past narrative (قتل 20 في غضون 10 ساعات،
  // تقدم الجيش خلال أسبوعين) it stays a duration:
  // - سيصل في 5 دقائق: a point after the span ("in"); bare في only with minutes and hours (في 10 أيام
  //   usually measures: أنجز في 10 أيام);
  // - ستنسحب القوات في غضون 10 أيام · ستجري الانتخابات خلال أسبوعين: the window from now to then ("within").
  const bareIn = prev === 'في' && !q.parts.every(([u]) => u === 'H' || u === 'MI');
  const withinLead = lead || fromNow ? 0 : prev === 'غضون' ? (sc.core(i - 2) === 'في' ? 2 : 1) : prev === 'خلال' || prev === 'في' ? 1 : 0;
  const tenseNow = withinLead ? sc.tense(i - withinLead, end) : null;
  // خلال also measures past spans whose verb the lexicon may not know (قتل 700 شخص خلال شهرين): it needs an
  // explicit future; whole units only (خلال شهر ونصف stays a duration)
  // A phrase on its own (في 5 دقائق · خلال أسبوعين) looks ahead too; a request is a future cue (حدد موعدا في 8 دقائق).
  const noVerb = tenseNow === null && sc.wordCount <= 3;
  // في 10 أيام also measures (أعلى مستوى في شهرين): it looks ahead only with a future cue right before it
  const bareFuture = !bareIn || noVerb || futureJustBefore(sc.keys, i - 1, sc.lex);
  const within = withinLead > 0 && bareFuture && (tenseNow === 'future' || noVerb || (tenseNow === 'present' && prev !== 'خلال' && !bareIn)) && q.parts.every(([, n]) => Number.isInteger(n));
  const leadCut = within ? (sc.R(i - withinLead).find((r) => r.k === 'في' || r.k === 'غضون' || r.k === 'خلال')?.cut ?? 0) : 0;
  if (within && prev !== 'في' && sc.A) {
    const s0 = i - withinLead;
    if (q.parts.length === 1 && (q.parts[0]![0] === 'H' || q.parts[0]![0] === 'MI')) return spanRange(sc, s0, end, leadCut, q.parts[0]![0], q.parts[0]![1], 'next');
    if (q.parts.every(([u]) => u !== 'H' && u !== 'MI' && u !== 'S')) {
      let day = sc.A.day;
      for (const [u, n] of q.parts) day = addUnits(day, u, n);
      const a = fmtDay(sc.A.day);
      const b = fmtDay(day);
      return { s: s0, e: end, cut: leadCut, kind: 'range', type: 'range', value: `${a}/${b}`, timex: `(${a},${b},${dur})`, first: sc.A.day, last: day };
    }
  }
  const sign = lead ? (lead.k === 'بعد' ? 1 : -1) : fromNow || within ? 1 : 0;
  if (fromNow) end += 2;
  let after = end;
  if (sc.k(after) === 'تقريبا' || sc.k(after) === 'فقط' || sc.isPunct(after, '،,')) after++;
  const rel = sc.core(after);
  // بعد ساعة من المفاوضات · بعد ثلاث سنوات على إطلاق (not: قبل عام من أجل); in a past narrative "بعد 11 عاما" counts from the story, not from today
  const relational = lead && !fromNow && (((rel === 'من' && sc.k(after + 1) !== 'اجل') || rel === 'علي') || (lead.k === 'بعد' && sc.wordCount - (end - i) > 1 && sc.tense(i, end) !== 'future' && sc.tense(i, end) !== 'present'));
  if (sign !== 0 && !relational) {
    const s = lead ? i : within ? i - withinLead : start;
    const cut = lead ? lead.cut : within ? leadCut : q.cut;
    const timeUnits = q.parts.some(([u]) => u === 'H' || u === 'MI' || u === 'S');
    if (!sc.A) return { s, e: end, cut, kind: 'day', type: timeUnits ? 'datetime' : 'date', value: null, timex: dur };
    if (timeUnits) {
      if (sc.A.h === null) return { s, e: end, cut, kind: 'other', type: 'datetime', value: null, timex: dur };
      let mins = sc.A.h * 60 + (sc.A.mi ?? 0);
      let day = sc.A.day;
      for (const [u, n] of q.parts) {
        if (u === 'H') mins += sign * n * 60;
        else if (u === 'MI') mins += sign * n;
        else if (u !== 'S') day = addUnits(day, u, sign * n);
      }
      day += Math.floor(mins / 1440);
      mins = ((mins % 1440) + 1440) % 1440;
      const c: Clock = { h: Math.floor(mins / 60), mi: Math.round(mins % 60), sec: sc.A.sec ?? 0 };
      const v = fmtDay(day) + fmtClock(c);
      return { s, e: end, cut, kind: 'other', type: 'datetime', value: v, timex: v };
    }
    let day = sc.A.day;
    for (const [u, n] of q.parts) day = addUnits(day, u, sign * n);
    // منذ 130 ألف عام: before year 1 a calendar date means nothing; the span is the duration
    if (fromDayNumber(day).y >= 1) return sc.dayMatch(s, end, cut, day, fmtDay(day));
  }
  return { s: start, e: end, cut: q.cut, kind: 'dur', type: 'duration', value: dur, timex: dur };
}
