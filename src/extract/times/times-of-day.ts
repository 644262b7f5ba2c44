/**
 * Times of day: clock times in digits or words (الساعة 17:30، الخامسة والنصف مساء، العاشرة إلا ربعا،
 * بتوقيت غرينتش), parts of the day on their own (في الصباح، ليلا) and times named by the day (منتصف الليل).
 */
import { fmtDay } from './calendar.js';
import type { PartOfDay } from './lexicon.js';
import { parseNumberWords } from './numbers.js';
import { POD_TIMEX, applyPod, fmtClock, type Clock, type M } from './match.js';
import type { Scan } from './scan.js';
import { onAnchorDay } from './join.js';
import { monthAt } from './months.js';

/** a part of the day as an adverb: صباحا، مساء، بعد الظهر، في الصباح */
export function podAt(sc: Scan, i: number): { pod: PartOfDay; end: number; cut: number } | null {
  let j = i;
  if (sc.core(j) === 'في' || sc.core(j) === 'من') j++;
  const aft = sc.anyPhrase(j, sc.lex.afternoon);
  if (aft) return { pod: 'AF', end: aft.end, cut: j === i ? aft.cut : 0 };
  const mid = sc.anyPhrase(j, sc.lex.midnight);
  if (mid) return { pod: 'NI', end: mid.end, cut: j === i ? mid.cut : 0 };
  for (const r of sc.R(j)) {
    const p = sc.lex.parts.get(r.k);
    if (p) return { pod: p, end: j + 1, cut: j === i ? r.cut : 0 };
  }
  return null;
}

/** a clock time: [الساعة] H[:MM[:SS]] | hour in words [و النصف/الربع/الثلث/N دقيقة] [إلا ربع] [part of day] [بتوقيت غرينتش] */
export function clockExpr(sc: Scan, i: number): M | null {
  let j = i;
  let cut = 0;
  let saa = false;
  const r0 = sc.R(i).find((r) => r.k === 'الساعه' || r.k === 'ساعه' || r.k === 'تمام');
  if (r0) {
    saa = r0.k !== 'ساعه';
    cut = r0.cut;
    j++;
    if (r0.k === 'تمام' && sc.core(j) === 'الساعه') j++;
  }
  // a part of the day before the hour: مساء 7 · بعد الظهر 7:00 · في الصباح في 7
  let podBefore: PartOfDay | undefined;
  if (!r0) {
    const p = podAt(sc, i);
    if (p && (sc.isNum(p.end) || (sc.core(p.end) === 'في' && sc.isNum(p.end + 1)) || sc.core(p.end) === 'الساعه')) {
      podBefore = p.pod;
      cut = p.cut;
      j = p.end;
      if (sc.core(j) === 'في') j++;
      if (sc.core(j) === 'الساعه') {
        saa = true;
        j++;
      }
    }
  }
  let h: number;
  let mi = 0;
  let sec: number | undefined;
  let words = false;
  if (podBefore !== undefined && !saa && sc.isNum(j) && !sc.isPunct(j + 1, ':') && (monthAt(sc, j + 1) || monthAt(sc, j + 2))) return null; // مساء 9 يونيو is a date
  if (sc.isNum(j)) {
    const k = sc.k(j);
    if (sc.isPunct(j + 1, ':') && sc.glued(j + 1) && sc.isNum(j + 2) && sc.glued(j + 2) && sc.k(j + 2).length === 2) {
      h = Number(k);
      mi = sc.num(j + 2);
      j += 3;
      if (sc.isPunct(j, ':') && sc.glued(j) && sc.isNum(j + 1) && sc.glued(j + 1)) {
        sec = sc.num(j + 1);
        j += 2;
      }
      if (h > 24 || mi > 59) return null;
    } else if (sc.isPunct(j + 1, '.') && sc.glued(j + 1) && sc.isNum(j + 2) && sc.glued(j + 2) && sc.k(j + 2).length === 2 && Number(k) <= 12 && (saa || podAt(sc, j + 3))) {
      // 7.30 مساء · الساعة 8.15: a dot between hour and minutes, with a part of the day or الساعة
      h = Number(k);
      mi = sc.num(j + 2);
      if (mi > 59) return null;
      j += 3;
    } else if ((k.length === 3 || k.length === 4) && !saa) {
      // 1140 صباحا · 340 مساء (a part of the day must follow)
      const v = Number(k);
      h = Math.floor(v / 100);
      mi = v % 100;
      if (h > 12 || mi > 59 || !podAt(sc, j + 1)) return null;
      j++;
    } else if (k.length <= 2) {
      h = Number(k);
      if (h > 24) return null;
      j++;
    } else return null;
  } else {
    const w = hourWord(sc, j);
    if (!w) return null;
    h = w.h;
    if (j === i) cut = w.cut;
    j = w.end;
    words = true;
  }
  // minutes: والنصف · والربع · والثلث · و20 دقيقة · وخمس وأربعون دقيقة · إلا ربعا · إلا 5 دقائق
  let mk = sc.k(j);
  // و الربع · و النصف written apart
  if (mk === 'و' && ['الربع', 'ربع', 'النصف', 'نصف', 'الثلث', 'ثلث'].includes(sc.k(j + 1))) {
    j++;
    mk = 'و' + sc.k(j);
  }
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
  } else if (mk === 'و' && sc.isNum(j + 1)) {
    mi = sc.num(j + 1);
    j += 2;
    if (sc.k(j) === 'دقيقه' || sc.k(j) === 'دقاءق') j++;
    minutesWords = true;
  } else if (mk.length > 2 && mk[0] === 'و' && !sc.lex.units.has(mk.slice(1))) {
    const w = parseNumberWords([mk.slice(1), ...sc.keys.slice(j + 1, j + 5)], 0, sc.lex.numbers);
    if (w && !w.ordinal && w.value < 60) {
      const after = j + w.end;
      const hasMin = sc.k(after) === 'دقيقه' || sc.k(after) === 'دقاءق';
      if (hasMin || words || saa || podAt(sc, after)) {
        mi = w.value;
        j = after + (hasMin ? 1 : 0);
        minutesWords = true;
      }
    }
  }
  if (sc.k(j) === 'الا' || sc.k(j) === 'إلا') {
    const a = sc.k(j + 1);
    if (a === 'ربع' || a === 'ربعا' || a === 'الربع') {
      mi -= 15;
      j += 2;
      minutesWords = true;
    } else if (a === 'ثلث' || a === 'الثلث') {
      mi -= 20;
      j += 2;
      minutesWords = true;
    } else {
      const q = sc.isNum(j + 1) ? { value: sc.num(j + 1), end: j + 2 } : sc.numberWords(j + 1);
      if (q && q.value < 60) {
        mi -= q.value;
        j = q.end;
        if (sc.k(j) === 'دقيقه' || sc.k(j) === 'دقاءق') j++;
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
  const p = podAt(sc, j);
  if (p && !(sc.core(j) === 'في' && sc.lex.parts.get(sc.k(j + 1)) === 'NI' && sc.k(j + 1) === 'الليله')) {
    // (a following day name belongs to the date-time join: الساعة 8 مساء يوم الاثنين)
    pod = p.pod;
    j = p.end;
  } else if (mk === 'ونصف' && false) {
    // unreachable
  }
  // مساءً وثلاثة أرباع
  if (sc.k(j) === 'وثلاثه' && sc.k(j + 1) === 'ارباع') {
    mi = 45;
    j += 2;
  }
  const isClockDigits = sc.isNum(i) && sc.isPunct(i + 1, ':');
  // للمرة الثانية · الدورة الخامسة: an ordinal agreeing with a feminine noun is no hour
  const prevW = sc.R(i - 1).map((r) => r.k);
  if (words && !saa && podBefore === undefined && prevW.some((w) => w.endsWith('ه') && w !== 'الساعه' && w !== 'ساعه' && !sc.lex.parts.has(w))) return null;
  if (!saa && pod === undefined && !minutesWords && !isClockDigits) {
    // a bare number or hour word is no time, unless the whole text is a clock reading
    const whole = sc.wordCount;
    const prevCue = ['عند', 'في', 'حتي', 'منذ', 'قرابه', 'حوالي', 'نحو'].includes(sc.core(i - 1));
    // a cardinal word alone (واحد بالغ، اثنان ثلاثة، لا أحد) counts a thing; only the hour ordinals (الخامسة) stand alone
    const ordinalWord = sc.R(i).some((r) => r.k.startsWith('ال') && sc.lex.numbers.ordinals.has(r.k));
    if (!(words && (((whole <= 3 && (ordinalWord || prevCue)) || (prevCue && whole <= 6)) || (prevCue && timeContextBefore(sc, i))))) {
      if (!(sc.isNum(i) && whole <= 3 && sc.core(i - 1) === 'عند')) return null;
    }
  }
  if (words && !saa && pod === undefined && !minutesWords) {
    // hour words alone ("الخامسة") are times only in a time context
  }
  if (pod !== undefined) h = applyPod(h, pod);
  if (h === 24) h = 0;
  const c: Clock = { h, mi, ...(sec !== undefined ? { sec } : {}) };
  // time zone: بتوقيت غرينتش · بتوقيت GMT · بالتوقيت المحلي · بتوقيت مكة المكرمة
  const tz = sc.R(j).find((r) => r.k === 'توقيت' || r.k === 'التوقيت');
  if (tz) {
    const zk = sc.k(j + 1);
    if (sc.lex.gmt.has(zk)) {
      c.z = true;
      j += 2;
    } else {
      const z = sc.anyPhrase(j + 1, sc.lex.zones);
      if (z) j = z.end;
      else j += 1;
    }
  } else if (sc.lex.gmt.has(sc.k(j)) && sc.toks[j]?.kind === 'l') {
    c.z = true;
    j++;
  }
  const v = fmtClock(c);
  if (podBefore !== undefined && sc.R(i).some((r) => r.k === 'الليله') && sc.A) {
    // الليلة في 7: tonight at seven
    const dv = fmtDay(sc.A.day) + v;
    return { s: i, e: j, cut, kind: 'other', type: 'datetime', value: dv, timex: dv, day: sc.A.day, clock: c };
  }
  return { s: i, e: j, cut, kind: 'time', type: 'time', value: onAnchorDay(sc, v), timex: v, clock: c, ...(pod ? { pod } : {}) };
}

/** an hour in words: الخامسة، الحادية عشرة، الثانية عشر (feminine ordinals), خمسة، احدى عشرة, خمسة عشر (cardinals) */
export function hourWord(sc: Scan, i: number): { h: number; end: number; cut: number } | null {
  const lexN = sc.lex.numbers;
  for (const r of sc.R(i)) {
    const o = lexN.ordinals.get(r.k);
    if (o !== undefined) {
      if (!r.k.endsWith('ه') || o > 10) continue; // الخامس (masculine) names no hour
      // الحادية عشرة … السابعة عشرة (a 24-hour clock, as in «الساعة السابعة عشرة»)
      if (lexN.ten.has(sc.k(i + 1)) && (o <= 2 || sc.core(i - 1) === 'الساعه')) return { h: o + 10, end: i + 2, cut: r.cut };
      return { h: o, end: i + 1, cut: r.cut };
    }
    const k = r.k.startsWith('ال') ? r.k.slice(2) : r.k;
    const u = lexN.units.get(k);
    if (u !== undefined && u > 0) {
      if (lexN.ten.has(sc.k(i + 1))) return { h: u + 10, end: i + 2, cut: r.cut };
      return { h: u, end: i + 1, cut: r.cut };
    }
    if (lexN.ten.has(k)) return { h: 10, end: i + 1, cut: r.cut };
  }
  return null;
}

export function timeContextBefore(sc: Scan, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const c = sc.core(k);
    if (c === 'موعد' || c === 'الموعد' || c === 'الساعه' || c === 'المنبه' || c === 'انها' || c === 'إنها') return true;
  }
  return false;
}

export function hourAt(sc: Scan, i: number): { h: number; mi: number; end: number; pod?: PartOfDay; clock: boolean; saa: boolean } | null {
  let j = i;
  let saa = false;
  if (sc.core(j) === 'الساعه') {
    saa = true;
    j++;
  }
  let h: number;
  let mi = 0;
  let clock = false;
  if (sc.isNum(j)) {
    h = sc.num(j);
    if (sc.k(j).length > 2 || h > 24) return null;
    j++;
    if (sc.isPunct(j, ':') && sc.glued(j) && sc.isNum(j + 1)) {
      mi = sc.num(j + 1);
      j += 2;
      clock = true;
    }
  } else {
    const w = hourWord(sc, j);
    if (!w) return null;
    h = w.h;
    j = w.end;
    const mk = sc.k(j);
    if (mk === 'والنصف') {
      mi = 30;
      j++;
    } else if (mk === 'والربع') {
      mi = 15;
      j++;
    }
  }
  const p = podAt(sc, j);
  if (p && !(sc.core(j) === 'في' && !sc.k(j + 1).startsWith('ال'))) return { h, mi, end: p.end, pod: p.pod, clock, saa };
  return { h, mi, end: j, clock, saa };
}

/** a part of the day on its own: في الصباح، بعد الظهر، ليلا، في الصباح الباكر، في وقت متأخر من المساء */
export function partOfDayAlone(sc: Scan, i: number): M | null {
  let j = i;
  let cut = 0;
  let early: boolean | null = null;
  const lead = sc.R(i).find((x) => x.k === 'في' || x.k === 'خلال' || x.k === 'عند');
  if (lead) j++;
  // في وقت متأخر من / في وقت مبكر من / أواخر / أوائل
  if ((sc.k(j) === 'وقت' || sc.core(j) === 'وقت') && (sc.k(j + 1) === 'متاخر' || sc.k(j + 1) === 'مبكر')) {
    early = sc.k(j + 1) === 'مبكر';
    j += 2;
    if (sc.core(j) === 'من') j++;
  } else if (sc.core(j) === 'اواخر' || sc.core(j) === 'اواءل' || sc.core(j) === 'اول' || sc.core(j) === 'اخر') {
    early = sc.core(j) === 'اواءل' || sc.core(j) === 'اول';
    j++;
  }
  const p = podAt(sc, j);
  if (!p || p.end <= j || sc.core(j) === 'منتصف') return null; // منتصف الليل is a time (namedTime)
  let end = p.end;
  const kk = sc.k(end);
  if (sc.lex.eraNouns.has(kk)) return null; // في العصر الحديث is "in the modern era"
  if (kk === 'الباكر' || kk === 'الباكره') {
    early = true;
    end++;
  }
  // bare adverbs (صباحا، ليلا) stand alone; definite ones (الصباح) need في or a modifier
  const word = sc.k(j).startsWith('ال') || sc.core(j) === 'بعد';
  if (!lead && early === null && word && !(sc.core(j) === 'بعد')) return null;
  // فجر عناصر داعش: a bare فجر/صباح is a verb or a noun in construct; the adverbs are صباحا، مساء، ليلا، فجرا …
  if (!lead && early === null && !word && !['صباحا', 'مساء', 'مساءا', 'ليلا', 'فجرا', 'ظهرا', 'عصرا', 'ضحي'].includes(sc.core(j))) return null;
  if (p.pod === 'NOON' && early === null) return null;
  const RANGES: Record<PartOfDay, [number, number]> = { MO: [8, 12], DAWN: [4, 7], NOON: [12, 14], AF: [12, 16], EV: [16, 20], NI: [20, 24] };
  let [a, b] = RANGES[p.pod];
  if (early === true) b = (a + b) / 2;
  else if (early === false) a = (a + b) / 2;
  const c1 = fmtClock({ h: a, mi: 0 });
  const c2 = b === 24 ? 'T23:59:59' : fmtClock({ h: b, mi: 0 });
  return { s: i, e: end, cut: lead ? lead.cut : cut, kind: 'pod', type: 'range', value: onAnchorDay(sc, c1, c2), timex: 'T' + POD_TIMEX[p.pod], pod: p.pod };
}

/** times named by the day: منتصف الليل، منتصف النهار، الظهيرة، منتصف الصباح، وقت الغداء */
export function namedTime(sc: Scan, i: number): M | null {
  let j = i;
  const r0 = sc.R(i).find((x) => x.k === 'وقت' || x.k === 'منتصف');
  let h: number | null = null;
  if (r0 && r0.k === 'منتصف') {
    j++;
    if (sc.isPunct(j, '-')) j++;
    const k = sc.k(j);
    h = k === 'الليل' ? 0 : k === 'النهار' ? 12 : k === 'الصباح' ? 10 : k === 'الظهر' ? 14 : null;
    j++;
  } else {
    if (r0) j++;
    const k = sc.k(j);
    if (k === 'الظهيره' || (k === 'الغداء' && r0)) h = 12;
    else if ((k === 'الظهر' || (k === 'ظهرا' && !r0)) && (sc.wordCount <= 3 || sc.core(i - 1) === 'عند')) h = 12;
    j++;
  }
  if (h === null) return null;
  const c = fmtClock({ h, mi: 0 });
  return { s: i, e: j, cut: sc.R(i)[0]!.cut, kind: 'time', type: 'time', value: onAnchorDay(sc, c), timex: c, clock: { h, mi: 0 } };
}
