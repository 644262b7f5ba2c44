/**
 * The time-expression lexicon, built once per Resources from data/lexicons/times-ar.json (hand-written)
 * and data/lexicons/months-cldr.json + umalqura.json (generated from ICU by scripts/gen-calendar-data.mjs).
 * Every key is a match key (matchKey), so الاربعاء and الأربعاء, يونيه and يونيو's variants all meet.
 */
import { cached, required, type Resources } from '../../resources.js';
import { matchKey } from '../../text/normalize.js';
import type { UmmAlQura } from './calendar.js';
import { numberLexicon, type NumberLexicon } from './numbers.js';

export type Unit = 'S' | 'MI' | 'H' | 'D' | 'W' | 'M' | 'Y' | 'DE' | 'C';
export type PartOfDay = 'MO' | 'DAWN' | 'NOON' | 'AF' | 'EV' | 'NI';

export interface MonthName {
  /** the words of the name, as match keys: ['كانون', 'الاول'] */
  words: string[];
  month: number;
  hijri: boolean;
  /** a word with another common meaning (مارس "practised", آب/أب "father", رمضان a surname) */
  ambiguous: boolean;
}

export interface UnitWord {
  unit: Unit;
  /** 1 for the singular, 2 for the dual, null for the plural */
  count: 1 | 2 | null;
}

export interface Holiday {
  words: string[];
  hijri?: [number, number];
  greg?: [number, number];
  easter?: number;
  nthWeekday?: [number, number, number];
  /** a national day whose date depends on the country (عيد الاستقلال): tagged, not resolved */
  country?: boolean;
}

export interface TimeLexicon {
  /** month names by their first word, longest first */
  months: Map<string, MonthName[]>;
  weekdays: Map<string, { wd: number; bare: boolean }>;
  units: Map<string, UnitWord>;
  parts: Map<string, PartOfDay>;
  afternoon: string[][];
  midnight: string[][];
  midday: string[][];
  relPast: Set<string>;
  relNext: Set<string>;
  relThis: Set<string>;
  demonstratives: Set<string>;
  eraG: Set<string>;
  eraH: Set<string>;
  gmt: Set<string>;
  zones: string[][];
  holidays: Map<string, Holiday[]>;
  futureCues: Set<string>;
  pastCues: Set<string>;
  /** verb form → tense */
  verbs: Map<string, 'past' | 'pres' | 'fut'>;
  /**
   * Past-tense verbs whose bare form is also a noun (قتل "was killed" / "killing", قصف، وقع): past only where
   * they open their clause, as a report's verb does (قتل ثلاثة أشخاص الأحد).
   */
  openingPast: Set<string>;
  /** casualty nouns: a weekday beside them is the day it happened (مقتل ثلاثة أشخاص الأحد، سقط قتلى الجمعة) */
  pastNouns: Set<string>;
  /** nouns that take العام as the adjective "general" (الأمين العام), so العام السابق after them is no year */
  generalNouns: Set<string>;
  seasons: Map<string, string>;
  /** nouns that turn a day-and-month into a name: ثورة 25 يناير، فريق 14 آذار، هجمات 11 سبتمبر */
  namedDateHeads: Set<string>;
  /** adjectives after العصر that make it "the era" (العصر الحديث), not the afternoon */
  eraNouns: Set<string>;
  seasonNot: Set<string>;
  /** words a time expression can start with (a cheap filter before the rules) */
  triggers: Set<string>;
  numbers: NumberLexicon;
  umalqura: UmmAlQura | null;
}

const words = (s: string) => matchKey(s).split(/\s+/).filter(Boolean);
const setOf = (xs: string[]) => new Set(xs.map((x) => matchKey(x).toLowerCase()));

function addVerbForms(map: Map<string, 'past' | 'pres' | 'fut'>, entry: string): void {
  const [pastRaw, presRaw] = entry.split('|') as [string, string];
  const skipBase = pastRaw.endsWith('*');
  const past = matchKey(skipBase ? pastRaw.slice(0, -1) : pastRaw);
  const set = (k: string, t: 'past' | 'pres' | 'fut') => {
    if (!map.has(k)) map.set(k, t);
  };
  if (!skipBase) set(past, 'past');
  for (const suf of ['ت', 'وا', 'ا', 'تا', 'نا', 'تم', 'ته', 'ها']) set(past + suf, 'past');
  if (past.endsWith('ي') || past.endsWith('ا')) {
    const stem = past.slice(0, -1);
    for (const suf of ['ت', 'وا', 'تا', 'ينا', 'ونا']) set(stem + suf, 'past');
  }
  const pres = matchKey(presRaw);
  const stem = pres.slice(1);
  for (const pre of ['ي', 'ت', 'ن', 'ا']) {
    for (const suf of ['', 'ون', 'ان', 'وا', 'ين']) {
      set(pre + stem + suf, 'pres');
      set('س' + pre + stem + suf, 'fut');
    }
  }
}

export function timeLexicon(res: Resources): TimeLexicon {
  return cached(res, 'times/lexicon', (r) => {
    const j = JSON.parse(required(r, 'data/lexicons/times-ar.json'));
    const cldr = JSON.parse(required(r, 'data/lexicons/months-cldr.json'));
    const uq = r.read('data/lexicons/umalqura.json');
    const ambiguousG = setOf(j.ambiguousMonths);
    const ambiguousH = setOf(j.ambiguousHijriMonths);

    const months = new Map<string, MonthName[]>();
    const seen = new Set<string>();
    const addMonth = (name: string, month: number, hijri: boolean) => {
      const w = words(name);
      const key = w.join(' ') + (hijri ? '/h' : '/g');
      if (!w.length || seen.has(key)) return;
      seen.add(key);
      const amb = (hijri ? ambiguousH : ambiguousG).has(w.join(' '));
      const list = months.get(w[0]!) ?? [];
      list.push({ words: w, month, hijri, ambiguous: amb });
      list.sort((a, b) => b.words.length - a.words.length);
      months.set(w[0]!, list);
    };
    for (const names of Object.values(cldr.gregorian as Record<string, string[]>)) names.forEach((n, i) => addMonth(n, i + 1, false));
    for (const [m, names] of Object.entries(j.monthVariants as Record<string, string[]>)) for (const n of names) addMonth(n, Number(m), false);
    (cldr.hijri as string[]).forEach((n, i) => addMonth(n, i + 1, true));
    for (const [m, names] of Object.entries(j.hijriVariants as Record<string, string[]>)) for (const n of names) addMonth(n, Number(m), true);

    const weekdays = new Map<string, { wd: number; bare: boolean }>();
    for (const [wd, names] of Object.entries(j.weekdays as Record<string, string[]>))
      for (const n of names) {
        const k = matchKey(n);
        weekdays.set(k, { wd: Number(wd), bare: !k.startsWith('ال') });
      }

    const units = new Map<string, UnitWord>();
    for (const [u, forms] of Object.entries(j.units as Record<string, { one: string[]; two: string[]; many: string[] }>)) {
      for (const f of forms.one) units.set(matchKey(f), { unit: u as Unit, count: 1 });
      for (const f of forms.two) units.set(matchKey(f), { unit: u as Unit, count: 2 });
      for (const f of forms.many) units.set(matchKey(f), { unit: u as Unit, count: null });
    }

    const parts = new Map<string, PartOfDay>();
    for (const [p, names] of Object.entries(j.partsOfDay as Record<string, string[]>)) for (const n of names) parts.set(matchKey(n), p as PartOfDay);

    const holidays = new Map<string, Holiday[]>();
    for (const h of j.holidays as Array<{ names: string[]; hijri?: [number, number]; greg?: [number, number]; easter?: number; nthWeekday?: [number, number, number]; country?: boolean }>) {
      for (const n of h.names) {
        const w = words(n);
        const entry: Holiday = { words: w, ...(h.hijri ? { hijri: h.hijri } : {}), ...(h.greg ? { greg: h.greg } : {}), ...(h.easter !== undefined ? { easter: h.easter } : {}), ...(h.nthWeekday ? { nthWeekday: h.nthWeekday } : {}), ...(h.country ? { country: true } : {}) };
        const list = holidays.get(w[0]!) ?? [];
        list.push(entry);
        list.sort((a, b) => b.words.length - a.words.length);
        holidays.set(w[0]!, list);
      }
    }

    const verbs = new Map<string, 'past' | 'pres' | 'fut'>();
    for (const v of j.verbs as string[]) addVerbForms(verbs, v);
    for (const v of j.neutralVerbs as string[]) verbs.delete(matchKey(v));
    const openingPast = new Set((j.verbs as string[]).filter((v) => v.split('|')[0]!.endsWith('*')).map((v) => matchKey(v.split('|')[0]!.slice(0, -1))));

    const numbers = numberLexicon(r);
    const triggers = setOf(j.startWords as string[]);
    for (const m of [months, weekdays, units, parts, holidays, numbers.units, numbers.tens, numbers.hundreds, numbers.ordinals, numbers.ordinalTens, numbers.fractions])
      for (const k of m.keys()) triggers.add(k);
    for (const s of [numbers.ten, numbers.thousand, numbers.twoThousand, numbers.last, numbers.few]) for (const k of s) triggers.add(k);
    for (const ph of [...(j.afternoon as string[]), ...(j.midnight as string[]), ...(j.midday as string[])]) triggers.add(words(ph)[0]!);
    const seasons = new Map<string, string>();
    for (const [code, names] of Object.entries(j.seasons as Record<string, string[]>)) for (const n of names) seasons.set(matchKey(n), code);
    return {
      seasons,
      namedDateHeads: setOf(j.namedDateHeads),
      eraNouns: setOf(j.eraNouns),
      seasonNot: setOf(j.seasonNot),
      triggers,
      months,
      weekdays,
      units,
      parts,
      afternoon: (j.afternoon as string[]).map(words),
      midnight: (j.midnight as string[]).map(words),
      midday: (j.midday as string[]).map(words),
      relPast: setOf(j.relPast),
      relNext: setOf(j.relNext),
      relThis: setOf(j.relThis),
      demonstratives: setOf(j.demonstratives),
      eraG: setOf(j.eraGregorian),
      eraH: setOf(j.eraHijri),
      gmt: setOf(j.gmt),
      zones: (j.timezoneWords as string[]).map(words),
      holidays,
      futureCues: setOf(j.futureCues),
      pastCues: setOf(j.pastCues),
      verbs,
      openingPast,
      pastNouns: setOf(j.pastNouns),
      generalNouns: setOf(j.generalAdjectiveNouns),
      numbers,
      umalqura: uq ? (JSON.parse(uq) as UmmAlQura) : null,
    };
  });
}
