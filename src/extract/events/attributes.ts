/** Where and when an event happened, and whether it did: location, date, negation, future, mode. */
import type { Entity, PloverType, TimeExpression } from '../../analysis.js';
import type { DocView } from '../discourse/view.js';
import { isClass, type WordClasses } from '../discourse/words.js';
import { bareKey } from '../discourse/forms.js';
import type { ModeRule } from './lexicon.js';

/** Words before a place that make it the scene: في حلب، على حلب، قرب دمشق، شرق حلب، في أحد فنادق هامبورغ. */
const LOCATIVE = new Set(['في', 'من', 'الي', 'علي', 'قرب', 'شرق', 'غرب', 'شمال', 'جنوب', 'شرقي', 'غربي', 'شمالي', 'جنوبي', 'فنادق', 'مدينه', 'ريف', 'وسط', 'داخل', 'محيط', 'اطراف', 'ضواحي', 'مخيم', 'بلده', 'قريه', 'محافظه', 'ولايه', 'عاصمه', 'العاصمه']);

/** A country (its knowledge-base entry), as against a town or region (an LOC of another kind). */
export const isCountry = (e: Entity) => (e.kb ?? '').startsWith('country:');
export const isTown = (e: Entity) => e.type === 'LOC' && !isCountry(e);
const isPlace = (e: Entity) => e.type === 'LOC';

/**
 * The event's place: a place entity in its clause after في/ب (في حلب، ببروكسل), else one elsewhere in the
 * clause or sentence, never one of its actors or recipients; a country gives way to a city of that country
 * named in the dateline or the same paragraph (في ألمانيا + هامبورغ - → Hamburg).
 */
export function eventLocation(view: DocView, w: WordClasses, trigger: number, from: number, to: number, sentFrom: number, sentTo: number, taken: Set<string>, datelineEntity: Entity | null, opts: { sentenceWide?: boolean; inQuote?: (k: number) => boolean } = {}): Entity | null {
  const candidates = (a: number, b: number, needPrep: boolean): Array<{ e: Entity; k: number }> => {
    const out: Array<{ e: Entity; k: number }> = [];
    for (let k = a; k < b; k++) {
      const m = view.tokMention[k];
      if (!m || k !== m.first || !isPlace(m.entity) || taken.has(m.entity.id)) continue;
      const pre = view.mentionPrefix(k);
      const prevKey = k > 0 ? view.keys[k - 1]! : '';
      const prep = pre.endsWith('ب') || LOCATIVE.has(prevKey);
      if (needPrep && !prep) continue;
      out.push({ e: m.entity, k });
    }
    return out;
  };
  // the nearest place after the trigger under في/ب, then any before it in the clause, then the sentence's
  const byDistance = (list: Array<{ e: Entity; k: number }>) => list.sort((a, b) => Number(a.k < trigger) - Number(b.k < trigger) || Math.abs(a.k - trigger) - Math.abs(b.k - trigger)).map((x) => x.e);
  const pick = (list: Array<{ e: Entity; k: number }>) => byDistance(list)[0] ?? null;
  // (a place in a construct, حليف موسكو، is no location)
  // the rest of the sentence counts only when no other event has its own clause there; a place inside a
  // quote is what the speaker talks about, so the narrative's places come first (في أحد فنادق هامبورغ "… في حلب …")
  const wide = opts.sentenceWide === false ? [] : candidates(sentFrom, sentTo, true);
  const narrative = opts.inQuote ? wide.filter((x) => !opts.inQuote!(x.k)) : wide;
  let loc = pick(candidates(from, to, true)) ?? pick(narrative.length ? narrative : wide) ?? (datelineEntity && isPlace(datelineEntity) && !taken.has(datelineEntity.id) ? datelineEntity : null);
  if (loc && isCountry(loc)) {
    const para = view.paragraphOf(view.tokens[from]!.start);
    const city = [datelineEntity, ...view.mentions.filter((m) => view.paragraphOf(m.start) >= para - 1 && view.paragraphOf(m.start) <= para + 1).map((m) => m.entity)]
      .find((e) => e && isPlace(e) && !isCountry(e) && e.country && e.country === loc!.country && !taken.has(e.id));
    if (city) loc = city;
  }
  return loc;
}

const DAY = /^\d{4}-\d{2}-\d{2}/;
const MONTH = /^\d{4}(-\d{2})?$/;

function dateValue(t: TimeExpression): string | null {
  const v = t.value;
  if (!v || v.includes('/') || v.startsWith('P')) return null;
  if (DAY.test(v)) return v.slice(0, 10);
  if (MONTH.test(v)) return v;
  return null;
}

/**
 * The event's date: the time expression of its own clause nearest to the trigger (a date that follows an
 * attributive participle belongs to its noun: للمقترح المقدم في الثاني من كانون الأول), else the
 * sentence's nearest date before the trigger, else after it, else the publication date.
 */
export function eventDate(view: DocView, w: WordClasses, trigger: number, from: number, to: number, sentFrom: number, sentTo: number, inQuote: (k: number) => boolean, published: string | null): { date: string | null; own: boolean; text?: string } {
  const seen = new Set<TimeExpression>();
  const scored: Array<{ t: TimeExpression; d: number; clause: boolean; first: number }> = [];
  for (let k = sentFrom; k < sentTo; k++) {
    const t = view.tokTime[k];
    if (!t || seen.has(t)) continue;
    seen.add(t);
    if (!dateValue(t)) continue;
    if (inQuote(k) !== inQuote(trigger)) continue;
    let attributive = false;
    for (let b = k - 1; b >= Math.max(sentFrom, k - 3); b--) if (isClass(w, 'attributive', view.keys[b]!)) attributive = true;
    if (attributive) continue;
    scored.push({ t, d: Math.abs(k - trigger) + (k > trigger ? 0.5 : 0), clause: k >= from && k < to, first: k });
  }
  scored.sort((a, b) => Number(b.clause) - Number(a.clause) || (a.clause ? a.d - b.d : Number(a.first > trigger) - Number(b.first > trigger) || a.d - b.d));
  const best = scored[0];
  if (best) return { date: dateValue(best.t), own: true, text: best.t.text };
  return { date: published ? published.slice(0, 10) : null, own: false };
}

/** لم يلتق، لن يزور، ما زار؛ but "وهو ما نفاه" is a relative ما. */
export function isNegated(view: DocView, w: WordClasses, trigger: number, from: number): boolean {
  for (let k = trigger - 1; k >= Math.max(from, trigger - 2); k--) {
    const key = view.keys[k]!;
    if (view.tokens[k]!.kind !== 'word') break;
    if (key === 'ما') {
      const before = k > 0 ? view.keys[k - 1]! : '';
      if (['وهو', 'هو', 'وهي', 'هي', 'وهذا', 'هذا', 'وهذا', 'علي', 'عن', 'كل', 'بعد', 'مثل', 'وهم', 'هم'].includes(before)) return false;
      // ما يجري هو عقاب جماعي: a ما with a verb between it and the copula هو/هي is the copula's subject ("what happens")
      if (k < trigger - 1 && /^(هو|هي)$/.test(view.keys[trigger]!)) return false;
      return true;
    }
    // وهذه الرصاصات لم تقتل فقط أربعة من المواطنين، بل …: "not only" negates the limit, not the act
    if (isClass(w, 'neg', key)) return !notOnly(view, trigger);
  }
  return false;
}

/** فقط / فحسب right after the negated word (لم تقتل فقط، لا يستهدف فحسب): "not only …, but". */
function notOnly(view: DocView, trigger: number): boolean {
  for (let k = trigger + 1; k <= Math.min(view.keys.length - 1, trigger + 3); k++) {
    if (view.tokens[k]!.kind !== 'word') return false;
    if (/^(فقط|فحسب)$/.test(view.keys[k]!)) return true;
  }
  return false;
}

/** كان يفترض أن تجري مشاورات … لكنها ألغيت: the event did not take place. */
export function isCounterfactual(view: DocView, w: WordClasses, trigger: number, sentFrom: number, sentTo: number): boolean {
  // يفترض / لو before the trigger, with no لكن between
  for (let k = trigger - 1; k >= Math.max(sentFrom, trigger - 8); k--) {
    const key = view.keys[k]!;
    if (/^و?لكن/.test(key)) break;
    if (isClass(w, 'counterfactual', key)) return true;
  }
  // ألغيت / أرجئت right after it
  for (let k = trigger + 1; k < Math.min(sentTo, trigger + 10); k++) {
    const key = view.keys[k]!;
    if (isClass(w, 'cancelled', key)) return true;
    if (view.tokens[k]!.text === '.' ) break;
  }
  return false;
}


/** سيزور، سوف يلتقي، من المتوقع أن يزور، يعتزم، عازمون على، الأسبوع المقبل. */
export function isFuture(view: DocView, w: WordClasses, trigger: number, from: number, to: number, proclitics: string, date: string | null, published: string | null): boolean {
  if (proclitics.includes('س')) return true;
  for (let k = Math.max(from, trigger - 6); k < to; k++) {
    if (k === trigger) continue;
    const key = view.keys[k]!;
    if (k < trigger && isClass(w, 'future', key)) return true;
    if (k > trigger && (key === 'المقبل' || key === 'المقبله' || key === 'القادم' || key === 'القادمه')) return true;
  }
  if (date && published && date.length >= 10 && date > published.slice(0, 10)) return true;
  return false;
}

/** A mode from the clause's words when the trigger has none (قصف + طائرات → aerial). */
export function refineMode(view: DocView, type: PloverType, mode: string | null, rules: ModeRule[], from: number, to: number): string | null {
  if (mode) return mode;
  const rs = rules.filter((r) => r.type === type);
  if (!rs.length) return null;
  const bare: string[] = [];
  for (let k = from; k < to; k++) bare.push(bareKey(view.keys[k]!));
  for (const r of rs) {
    for (const p of r.phrases) {
      for (let k = 0; k + p.length <= bare.length; k++) {
        let ok = true;
        for (let q = 0; q < p.length && ok; q++) ok = bare[k + q] === p[q];
        if (ok) return r.mode;
      }
    }
  }
  return null;
}

/**
 * لن تسمح بأن تكون الأراضي العراقية منطلقاً للهجمات: an event inside the that-clause of a negated verb (won't allow,
 * doesn't want that …) is only spoken of, not told as happening; so is one its teller denies (نفى أن …), unless the
 * denial is itself negated (لم ينف أن …).
 */
export function isUnderNegatedVerb(view: DocView, w: WordClasses, trigger: number, from: number): boolean {
  for (let k = trigger - 1; k >= Math.max(from + 2, trigger - 10); k--) {
    if (view.tokens[k]!.kind !== 'word') return false;
    const key = view.keys[k]!;
    if (!/^(ب|ل)?[اأ]ن$/.test(key)) continue;
    const verb = view.keys[k - 1]!.replace(/^[وف]/, '');
    const neg = view.keys[k - 2]!;
    const negatedVerb = /^(لن|لا|لم)$/.test(neg) && isClass(w, 'neg', neg);
    // نفت أن تكون قوات الأمن قد اعتقلت أياً من المتظاهرين: what is denied did not happen (as the denier tells it)
    // (ونفت الوزارة أن …: the denier may stand between)
    for (let d = k - 1; d >= Math.max(from, k - 4); d--) {
      if (view.tokens[d]!.kind !== 'word') break;
      if (!/^(نفي|نفت|نفوا|نفيا|ينفي|تنفي|ينفون)$/.test(view.keys[d]!.replace(/^[وف]/, ''))) continue;
      return !(d > from && /^(لن|لا|لم)$/.test(view.keys[d - 1]!));
    }
    // (لا يفوتني أن أثني، لا يسعني إلا أن: idioms that affirm)
    return negatedVerb && !/^(يزال|تزال|زال|يفوتني|يفوتنا|يسعني|يسعنا)$/.test(verb);
  }
  return false;
}
