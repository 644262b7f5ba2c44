/**
 * Diplomacy told by a noun rather than a verb:
 * - mediation (PLOVER CONSULT, CAMEO 045 "engage in mediation"): «بعد وساطة قطرية»، «نجحت وساطة دولة قطر في إتمام
 *   صفقة تبادل بين الولايات المتحدة وفنزويلا»، «الاتفاق تم بوساطة قوات حفظ السلام الروسية»، «برعاية سعودية أمريكية»
 *   (a deal or talks in the sentence) — the mediator is the actor, the sides named after بين the recipients;
 * - a request answered (REQUEST): «استجابة لطلب تقدم به خان»، «تلبية لدعوة من نظيره السعودي»، «استجابة لطلب البلدين» —
 *   whoever asked or invited is the actor, whoever answers (the clause's subject, found by the caller) the recipient;
 * - a directive (REQUEST): «ووجه رئيس الوزراء محمد شياع السوداني القوات الأمنية بالتصدي …»، «وجه رئيس المجلس الرئاسي
 *   محمد المنفي النائب العام بفتح تحقيق» — the one who directs, the one directed (both named), and what to do after ب.
 */
import type { Entity } from '../../analysis.js';
import type { DocView } from '../discourse/view.js';
import { isClass, type WordClasses } from '../discourse/words.js';
import { readPhrase } from '../discourse/phrases.js';
import { isCountry } from './attributes.js';

export interface NounEvent {
  type: 'CONSULT' | 'REQUEST';
  first: number;
  last: number;
  actor: Entity[];
  recipient: Entity[];
}

/** a state named by its form of government before the name (وساطة دولة قطر، مساعي سلطنة عمان) */
const STATE_WORD = /^(دوله|سلطنه|مملكه|جمهوريه|امير|اماره)$/;
/** words before a mediation that make it offered, asked for, refused or discussed, not done (دعت إلى وساطة، عرض الوساطة) */
const NOT_DONE = /^(الي|لي|عرض|عرضت|يعرض|تعرض|قبول|قبل|قبلت|رفض|رفضت|يرفض|ترفض|طلب|طلبت|اقترح|اقترحت|اقتراح|جهود|لجهود|بجهود|دعم|لدعم|مصدر|تقبل|يقبل)$/;
/** words of a deal or talks: برعاية … counts as mediation only beside one (not «تحت رعاية الأمير افتتح المعرض») */
const DEAL = /^[وبل]?(ال)?(اتفاق|اتفاقا|اتفاقيه|صفقه|هدنه|تسويه|محادثات|مفاوضات|مباحثات|مصالحه|تبادل|وقف)$/;

/** parties that may act: people, bodies, states (not a town: بوساطة من الدوحة is rare, a town is mostly the scene) */
const party = (e: Entity) => e.type !== 'LOC' || isCountry(e);

/**
 * The parties named from token j on: «X»، «X وY»، «X Y» (two adjectives: سعودية أمريكية), past «من», a state word and
 * titles (بوساطة معالي السيد بدر البوسعيدي، لدعوة من نظيره السعودي الأمير فيصل بن فرحان: the person, not the adjective
 * of his title). Returns the parties and the token after the last one.
 */
function partiesAt(view: DocView, w: WordClasses, j: number, to: number): { parties: Entity[]; end: number } {
  const parties: Entity[] = [];
  if (j < to && view.keys[j] === 'من') j++;
  while (j < to && parties.length < 4) {
    const start = j;
    while (j < to && j < start + 4 && !view.tokMention[j] && (STATE_WORD.test(view.keys[j]!.replace(/^و/, '')) || isClass(w, 'title', view.keys[j]!) || view.demonymOf(view.keys[j]!) != null || /^(نظيره|نظيرها|نظيرهم|نظيريه)$/.test(view.keys[j]!))) j++;
    let m = j < to ? view.tokMention[j] : null;
    if (!m || m.first !== j || !party(m.entity)) break;
    // (a mediator is named without a preposition of its own: بوساطة قطرية بين طهران وواشنطن stops at بين)
    const prefix = view.mentionPrefix(j);
    if (prefix && prefix !== 'و') break;
    // (… a title's country adjective right before the person it qualifies: نظيره السعودي الأمير فيصل)
    if (m.entity.type === 'LOC' && j > start) {
      let k = m.last;
      while (k < to && k < m.last + 3 && !view.tokMention[k] && isClass(w, 'title', view.keys[k]!)) k++;
      const p = k < to ? view.tokMention[k] : null;
      if (p && p.first === k && p.entity.type === 'PER') m = p;
    }
    if (!parties.includes(m.entity)) parties.push(m.entity);
    j = m.last;
    if (view.keys[j] === 'و') j++;
    else if (!/^و/.test(view.keys[j] ?? '') && !(view.tokMention[j] && view.tokMention[j]!.entity.type === 'LOC')) break;
  }
  return { parties, end: j };
}

/** «بين A وB» anywhere in the sentence: the sides brought together */
function sidesBetween(view: DocView, w: WordClasses, from: number, to: number, not: Entity[]): Entity[] {
  for (let k = from; k < to - 1; k++) {
    if (!/^و?بين$/.test(view.keys[k]!)) continue;
    let j = k + 1;
    if (/^(ال)?(طرفين|جانبين|بلدين)$/.test(view.keys[j] ?? '')) return [];
    if (!view.tokMention[j] && /^(وفدي|ممثلي|حكومتي)$/.test(view.keys[j]!)) j++;
    const sides = partiesAt(view, w, j, to).parties.filter((x) => !not.includes(x));
    if (sides.length >= 2) return sides;
  }
  return [];
}

export function mediations(view: DocView, w: WordClasses, from: number, to: number): NounEvent[] {
  const out: NounEvent[] = [];
  let deal: boolean | null = null;
  for (let i = from; i < to - 1; i++) {
    const key = view.keys[i]!;
    const sponsor = /^و?برعايه$/.test(key);
    // (not الوساطة: the definite noun points back to a mediation told before — إن الوساطة الكويتية تحظى بقبول)
    if (!sponsor && !/^[وف]?(ب)?وساطه$/.test(key)) continue;
    if (view.tokMention[i] || NOT_DONE.test(view.keys[i - 1] ?? '') || (i - 2 >= from && /^(الي|عرض|عرضت)$/.test(view.keys[i - 2]!))) continue;
    if (sponsor) {
      if (deal === null) deal = view.keys.slice(from, to).some((k) => DEAL.test(k));
      if (!deal) continue;
    }
    const { parties, end } = partiesAt(view, w, i + 1, to);
    if (!parties.length) continue;
    out.push({ type: 'CONSULT', first: i, last: end - 1, actor: parties, recipient: sidesBetween(view, w, from, to, parties) });
    i = end - 1;
  }
  return out;
}

/** استجابة لطلب …، تلبية لدعوة … (match keys, with their clitics; the ل is needed: «عاجزة عن تلبية مطالب البنك» is none) */
const ANSWER = /^[و]?(استجابه|تلبيه|تجاوبا|استجابتها|استجابته)$/;
const ASKING = /^(ل|لل)(طلب|دعوه|نداء|مناشده|مطالب|مطالبه|طلبات)$/;

/** Requests answered: the asker is the actor (the caller adds the answering party as the recipient). */
export function answeredRequests(view: DocView, w: WordClasses, from: number, to: number): NounEvent[] {
  const out: NounEvent[] = [];
  for (let i = from; i < to - 2; i++) {
    if (!ANSWER.test(view.keys[i]!) || !ASKING.test(view.keys[i + 1]!) || view.tokMention[i + 1]) continue;
    let j = i + 2;
    // (… the asker after a relative or a light verb: لطلب تقدم به خان، لدعوة وجهها الرئيس)
    if (/^(تقدم|تقدمت|قدمه|قدمها|وجهها|وجهه|وجهتها|وجهته|رسمي|رسميه|رسميا|كريمه|الكريمه)$/.test(view.keys[j] ?? '')) j++;
    if (/^(به|بها)$/.test(view.keys[j] ?? '')) j++;
    // (لطلب البلدين الصديقين: the two sides named after بين in the sentence)
    const pair = /^(ال)?(بلدين|طرفين|جانبين)$/.test(view.keys[j] ?? '');
    const asked = pair ? { parties: sidesBetween(view, w, from, to, []), end: j + 1 } : partiesAt(view, w, j, to);
    if (!asked.parties.length) continue;
    out.push({ type: 'REQUEST', first: i, last: asked.end - 1, actor: asked.parties, recipient: [] });
    i = asked.end - 1;
  }
  return out;
}

/** وجّه (match keys): directed */
const DIRECT = /^[وف]?(وجه|وجهت)$/;

/** Directives: «وجه X Y بـ<verbal noun>» with X and Y named (not «وجه الشكر»، «وجه الدعوة»: no party then). */
export function directives(view: DocView, w: WordClasses, from: number, to: number): NounEvent[] {
  const out: NounEvent[] = [];
  for (let i = from; i < to - 3; i++) {
    if (!DIRECT.test(view.keys[i]!) || view.tokMention[i]) continue;
    const subject = readPhrase(view, w, i + 1, to);
    if (!subject?.heads.length || subject.last >= to || subject.prefix) continue;
    const object = readPhrase(view, w, subject.last, to);
    if (!object?.heads.length || object.last >= to || object.prefix || object.heads.some((h) => subject.heads.includes(h))) continue;
    // (what to do: ب on a verbal noun, بـ"التصدي" with its quotation mark)
    let k = object.last;
    if (view.tokens[k]!.text === 'بـ' || view.keys[k] === 'ب') k++;
    if (/^["«“]$/.test(view.tokens[k]?.text ?? '')) k++;
    const what = view.keys[k] ?? '';
    const viaBa = /^ب/.test(view.keys[object.last]!) || k > object.last;
    if (!viaBa || view.tokMention[k] || view.tokens[k]?.kind !== 'word' || /^(بان|بانه|بانها|به|بها|بهم)$/.test(what) || what.length < 3) continue;
    if (subject.heads.some((h) => h.type === 'LOC' && !isCountry(h)) || object.heads.some((h) => h.type === 'LOC' && !isCountry(h))) continue;
    out.push({ type: 'REQUEST', first: i, last: i, actor: subject.heads, recipient: object.heads });
    i = k;
  }
  return out;
}
