/**
 * PLOVER events from Arabic news: triggers from Rasid's lexicon (verbs with their inflections and
 * clitics, light-verb constructions such as أجرى محادثات / شن غارات, licensed verbal nouns), arguments
 * read off the VSO/SVO surface (actor = the subject phrase, recipient = the object or the phrase after
 * the frame's preposition), then place, date, negation, future and a confidence.
 */
import type { Entity, Event, Quote, Span } from '../../analysis.js';
import type { EarlierResults, ExtractContext } from '../context.js';
import { DocView } from '../discourse/view.js';
import { articleView } from '../discourse/article-view.js';
import { statements } from '../discourse/statements.js';
import { isClass, isClassLoose, wordClasses, type WordClasses } from '../discourse/words.js';
import { GROUP_NOUN, isSkippable, readPhrase, readPhraseBefore, sentenceSubject, type NounPhrase } from '../discourse/phrases.js';
import { lastPerson, personBehindTitle, resolveTitle } from '../discourse/refer.js';
import { bareKey, perfectForms, strippings } from '../discourse/forms.js';
import { matchKey } from '../../text/normalize.js';
import { inSet, isNeeded, nounHit, triggerLexicon, verbHit, type TriggerEntry, type TriggerLexicon } from './lexicon.js';
import { eventDate, eventLocation, isCounterfactual, isUnderNegatedVerb, isFuture, isNegated, refineMode, isCountry, isTown } from './attributes.js';
import { cueOf, reportingLexicon, type ReportingLexicon } from '../quotes/lexicon.js';
import { lastAttacker, toldAttackSubject } from './told-attacks.js';
import { skipBodyQualifier, subjectBeforeQad, unmarkedPassiveArrest } from './clause-subjects.js';
import { attackOnPolicy, characterised, headlineAttack, masdarInList, noEventReading, notAnAct, reportOnly, reportedNominal, verbalAttack } from './nominal.js';
import { blameCues, reportedAccusations, type BlameCues } from './reported-accusations.js';
import { answeredRequests, directives, mediations } from './mediated.js';
import { signedFor } from './signed-for.js';

/** أدينوا، أصيبوا: a form أ + stem + وا that no active perfect of the lemma shares (أدانوا، اعتقلوا are active). */
function passivePlural(key: string, pro: string, lemma: string): boolean {
  const core = key.slice(pro.length);
  return /^ا..+وا$/.test(core) && !perfectForms(lemma).includes(core);
}

/** أقدم على "undertook" (match key) */
const UNDERTOOK = matchKey('أقدم');

/** the withdrawal noun انسحاب (match key) */
const WITHDRAWAL = matchKey('انسحاب');

/** استشهد "fell as a martyr", a verb whose subject underwent the attack (match key) */
const MARTYRED = matchKey('استشهد');
/** سقط "fell" (killed) by a force's fire (match key) */
const FELL = matchKey('سقط');

/** participles that assert or announce, after a comma (match keys): …، مؤكدا فرض حظر التجوال */
const SPEECH_PARTICIPLE = /^(مءكدا|مءكده|موكدا|موكده|معلنا|معلنه|مشددا|مشدده)$/;
/** words of time before أن (قبل أن، بعد أن، منذ أن; not إلى أن: أشار إلى أن reports), as match keys: a time clause, not reported speech */
const TIME_BEFORE_THAT = /^[وف]?(قبل|بعد|منذ|ريثما|بمجرد)$/;
/** Counted groups after a plural noun (الدول الثلاث، الأطراف الأربعة), as match keys. */
const COUNT_WORDS: Record<string, number> = { الثلاث: 3, الثلاثه: 3, الاربع: 4, الاربعه: 4, الخمس: 5, الخمسه: 5, الست: 6, السته: 6, السبع: 7, السبعه: 7 };

interface Trigger {
  /** first and last token of the trigger (a light verb spans to its noun) */
  first: number;
  last: number;
  /** the token whose grammar counts (the verb, or the noun) */
  head: number;
  entry: TriggerEntry;
  pro: string;
  enc: string;
  participle?: boolean;
  /** why a verbal noun counts as an event */
  license?: License;
  /** the noun is told as an attack or protest that happened (nominal.ts): kept with nobody named */
  reported?: boolean;
  /** taken back by a later rule of the sentence (another draft tells the act) */
  dropped?: boolean;
}

interface Draft {
  trigger: Trigger;
  actor: Entity[];
  recipient: Entity[];
  actorFrom: 'phrase' | 'svo' | 'inherit' | 'speaker' | 'pair' | 'title' | 'genitive' | 'none';
  sentence: number;
  clause: [number, number];
  quote: Quote | null;
  /** the place a verb of witnessing names as its subject */
  scene?: Entity | null;
  /** triggers in the sentence (the sentence's places are shared only by a lone event) */
  siblings?: number;
  /** who tells it: the speaker of the quote or reported speech it sits in */
  teller?: string | null;
  /** the parties of an agreement named after its verbal noun (not whoever announces or welcomes it) */
  parties?: boolean;
  /** an attack told again by its definite noun (إن الغارات استهدفت …), its doer taken from the first telling */
  retold?: boolean;
}

/** Verbal nouns that make the next noun the content of a plan, not an event: استئناف المحادثات */
const GOVERNORS = new Set(['استئناف', 'اجراء', 'بدء', 'وقف', 'انهاء', 'منع', 'عقد', 'استضافة', 'تنظيم', 'تجنب', 'رفض', 'إلغاء', 'تأجيل', 'إمكانية', 'احتمال'].map(matchKey));

/** Material events worth recording even when their doer is unnamed. */
/** the words that open an armed force's name: القوات الإسرائيلية، الجيش السوري، عناصر الحزب */
const FORCES = /^(القوات|قوات|الجيش|جيش|الجنود|جنود|القطعات|وحدات|الوحدات|المسلحين|مسلحي|مقاتلي|عناصر|الميليشيات|ميليشيات|الفصائل|فصائل)$/;
/** Documents a verb of speech may describe (قرارا يطالب، بيانا يدين): indefinite, so the verb is a relative clause. */
const DOCUMENT_NOUN = /^(قرارا|بيانا|رساله|مذكره|اعلانا|بلاغا)$/;
const SPEECH_TYPES = new Set(['REQUEST', 'ACCUSE', 'REJECT', 'SUPPORT', 'THREATEN']);
/** indefinite nouns of an attack that a following verb may describe (عملية نوعية استهدفت …) */
const EVENT_NOUN = /^(عمليه|عمليات|هجوم|هجوما|هجمات|غاره|غارات|ضربه|ضربات|صاروخ|صواريخ|انفجار|انفجارات|تفجير|عبوه|قذيفه|قذائف|طائره|مسيره)$/;
/** the obligation construction على X أن / على X + verbal noun, said by a speaker: a REQUEST of X */
const OBLIGATION: TriggerEntry = { type: 'REQUEST', mode: null, pos: 'v', lemma: 'علي', frame: [], with: null, needPrep: null, needAlso: [], not: new Set(), order: 1e9, unnamed: null };
/** an accusation read off what a speaker says (reported-accusations.ts) */
const SPOKEN_ALLEGATION: TriggerEntry = { type: 'ACCUSE', mode: 'allege', pos: 'v', lemma: 'spoken-blame', frame: [], with: null, needPrep: null, needAlso: [], not: new Set(), order: 1e9, unnamed: null };
const SPOKEN_DISAPPROVAL: TriggerEntry = { ...SPOKEN_ALLEGATION, mode: 'disapprove' };
/** mediation and answered requests told by their nouns (mediated.ts) */
const MEDIATION: TriggerEntry = { type: 'CONSULT', mode: null, pos: 'n', lemma: 'وساطه', frame: [], with: null, needPrep: null, needAlso: [], not: new Set(), order: 1e9, unnamed: null };
const ANSWERED_REQUEST: TriggerEntry = { ...MEDIATION, type: 'REQUEST', lemma: 'استجابه' };
const DIRECTIVE: TriggerEntry = { ...MEDIATION, type: 'REQUEST', pos: 'v', lemma: 'وجه' };
const MATERIAL = new Set(['ASSAULT', 'PROTEST', 'COERCE', 'MOBILIZE', 'AID', 'RETREAT']);

// (quotation marks are no clause ends: scare quotes sit inside clauses; a direct quote's events are held to its span anyway)
const WEAPON = /^(مسيره|طائره|طائرات|مسيرات|مقاتلات|مقاتله|مروحيه|مروحيات|زوارق|زورق|مدفعيه|بارجه|بوارج|دبابه|دبابات)$/;
function exposedToAttack(view: DocView, w: WordClasses, first: number, from: number): boolean {
  const rel = first - 1;
  if (rel <= from || !isClass(w, 'relative', view.keys[rel]!)) return false;
  // (the antecedent, maybe with an adjective or two: الاعتداءات الهمجية التي)
  for (let k = rel - 1; k >= Math.max(from, rel - 3); k--) if (ATTACK_REFERENT.test(view.keys[k]!)) return true;
  return false;
}
const WAR = /^(ال)?(حرب|مواجهه|قتال|معركه)$/;
function readyForWar(view: DocView, last: number, from: number): boolean {
  const next = view.keys[last + 1] ?? '';
  if (/^لل(حرب|مواجهه|قتال|معركه|رد)$/.test(next)) return true;
  // (… لها: the war named just before)
  if (!/^(لها|له)$/.test(next)) return false;
  for (let k = last - 1; k >= Math.max(from, last - 8); k--) if (WAR.test(view.keys[k]!.replace(/^[وف]/, ''))) return true;
  return false;
}
const PROTEST_NOUN = /^(ب|في|و)?(ال)?(مواكب|مسيرات|مسيره|مظاهرات|مظاهره|تظاهرات|تظاهره|وقفات|وقفه|احتجاجات|اعتصامات|اعتصام)$/;
const PROTEST_BY_STANCE: TriggerEntry = { type: 'PROTEST', mode: 'demo', pos: 'v', lemma: 'protest-stance', frame: [], with: null, needPrep: null, needAlso: [], not: new Set(), order: 1e9, unnamed: null };
const CLAUSE_PUNCT = new Set(['.', '؛', ';', '(', ')', '!', '?', '؟', ':']);

export function extractEvents(ctx: ExtractContext, earlier: EarlierResults): Event[] {
  const a = ctx.article;
  const view = articleView(ctx, earlier.entities, earlier.times);
  const dateline = a.dateline?.entity ? view.entityById.get(a.dateline.entity) ?? null : null;
  return findEvents(view, wordClasses(ctx.res), triggerLexicon(ctx.res), reportingLexicon(ctx.res), earlier.quotes, a.published, dateline, a.headline, blameCues(ctx.res));
}

export function findEvents(view: DocView, w: WordClasses, lex: TriggerLexicon, rep: ReportingLexicon, quotes: Quote[], published: string | null, dateline: Entity | null, headline: Span | null = null, blame: BlameCues | null = null): Event[] {
  const direct = quotes.filter((q) => q.direct);
  const quoteAt = (k: number): Quote | null => {
    const s = view.tokens[k]!.start;
    return direct.find((q) => s >= q.start && s < q.end) ?? null;
  };
  const drafts: Draft[] = [];
  for (let s = 0; s < view.sentences.length; s++) {
    const from = view.sentFirst[s]!;
    const to = view.sentEnd[s]!;
    if (to <= from) continue;
    const triggers = findTriggers(view, w, lex, from, to);
    const triggerHeads = new Set(triggers.map((t) => t.head));
    // clause boundaries of the sentence, computed once: punctuation, boundary words, و + another trigger or reporting verb
    const bound = new Uint8Array(to - from);
    for (let k = from; k < to; k++) {
      const t = view.tokens[k]!;
      let b = false;
      // (brackets around a time, اليوم (الخميس), are no clause end)
      // (… nor around a short name: القيادة الأميركية في أفريقيا (أفريكوم) مؤقتا وحدة من قواتها)
      if (t.kind === 'punct') b = (CLAUSE_PUNCT.has(t.text) && !((t.text === '(' && (view.tokTime[k + 1] || shortBracket(view, k, 1))) || (t.text === ')' && (view.tokTime[k - 1] || shortBracket(view, k, -1))))) || (t.text === '،' && /^[وف]/.test(view.keys[k + 1] ?? ''));
      else if (t.kind === 'word') {
        const key = view.keys[k]!;
        b = isClass(w, 'boundary', key) || isClass(w, 'that', key) || isClass(w, 'relative', key) || (/^[وف]/.test(key) && (triggerHeads.has(k) || cueOf(rep, key) != null));
      }
      bound[k - from] = b ? 1 : 0;
    }
    const isBoundary = (k: number, self: number) => k !== self && bound[k - from] === 1;
    const subjectNp = sentenceSubject(view, w, from, to);
    let sentenceActor: Entity[] = subjectNp?.heads ?? [];
    const sentenceDrafts: Draft[] = [];
    for (const tr of triggers) {
      let cs = tr.first;
      while (cs - 1 >= from && !isBoundary(cs - 1, tr.head)) cs--;
      let ce = tr.last + 1;
      while (ce < to && !isBoundary(ce, tr.head)) ce++;
      const q = quoteAt(tr.head);
      if (q) {
        cs = Math.max(cs, view.tokenAt(q.start));
        ce = Math.min(ce, Math.max(view.tokenAt(q.end - 1) + 1, cs + 1));
      }
      const d = argumentsOf(view, w, tr, cs, ce, from, q, sentenceActor, sentenceDrafts, [...drafts, ...sentenceDrafts], subjectNp != null, quoteBefore(view, quotes, s, tr.first, 'speaker'), quoteBefore(view, quotes, s, tr.first, 'via'));
      // a verbal noun with nobody doing it is a topic, not an event (وجاء اللقاء … with no names known)
      // … and so is a statement-like event with nobody named (مطالبين بتنحي … by an unnamed crowd); attacks and
      // protests by unnamed people stay (قتل خمسة في انفجار)
      // (God, named in a formula — حفظه الله، لا سمح الله — is no party to an event)
      if (d) {
        d.actor = d.actor.filter((x) => !DIVINE.test(x.name ?? ''));
        d.recipient = d.recipient.filter((x) => !DIVINE.test(x.name ?? ''));
      }
      // خلال مواكب رافضة للانقلاب، مسيرات منددة بالمجزرة: a participle of stance right after a protest noun describes
      // that protest — the protest is the event (by whoever marched; the participle's object is what it is against);
      // a protest verb in the sentence tells it already (وخرج آلاف بتظاهرة منددة بالهجمات)
      if (d && tr.participle && !triggers.some((o) => o.entry.type === 'PROTEST') && PROTEST_NOUN.test(view.keys[tr.first - 1] ?? '') && !view.tokMention[tr.first - 1] && /^(REJECT|ACCUSE|REQUEST)$/.test(tr.entry.type)) {
        d.trigger = { ...tr, first: tr.first - 1, entry: PROTEST_BY_STANCE };
        d.actor = [];
        d.actorFrom = 'none';
      }
      // الاعتداءات التي تعرضت لها السفارة: "exposed to it" is an attack only with the attack as the antecedent
      if (tr.entry.lemma === 'تعرض' && /^(لها|له|لهم|لهما)$/.test(view.keys[tr.last]!) && !exposedToAttack(view, w, tr.first, from)) continue;
      // لا نريد الحرب، لكننا مستعدون لها؛ مستعدون للمواجهة: readiness for war is a threat, not an agreement
      if (d && tr.entry.type === 'AGREE' && /^مستعد/.test(tr.entry.lemma) && readyForWar(view, tr.last, from)) d.trigger = { ...tr, entry: { ...tr.entry, type: 'THREATEN' } };
      const strongNoun = tr.license === 'possessive' || tr.license === 'count' || tr.license === 'instrument' || tr.license === 'patient' || tr.license === 'report' || tr.reported === true;
      if (!d || ((!MATERIAL.has(d.trigger.entry.type) || (tr.entry.pos === 'n' && !strongNoun)) && !d.actor.length && !d.recipient.length)) continue;
      // (an entry may keep its unnamed events only beside a word of force: مخططات تستهدف الوحدة الوطنية is no attack)
      if (tr.entry.unnamed && !d.actor.length && !d.recipient.length && !clauseHasAny(view, tr.entry.unnamed, Math.max(from, cs - 6), Math.min(to, ce + 6))) continue;
      // … and so does an attack verb in the imperfect: من يستهدف أماكن العبادة ويقتل الأبرياء is a generic statement
      // (… but a headline tells what happened in the present: شاب يقتل شقيقيه وابن عمه, nominal.ts)
      const inHeadline = headline != null && view.tokens[tr.head]!.start < headline.end && headlineAttack(view, lex, tr.head, cs, ce);
      if (tr.entry.type === 'ASSAULT' && tr.entry.pos === 'v' && !tr.participle && imperfect(view, tr) && !d.actor.length && !d.recipient.length && !inHeadline && !clauseHasAny(view, lex.violence, Math.max(from, cs - 6), Math.min(to, ce + 6))) continue;
      if (!plausibleVisit(d)) continue;
      // خلال لقائه ممثلين عن وسائل الإعلام، في لقاء مع ممثلي فئات المجتمع: a meeting noun with nobody named beside its one
      // side is an occasion for words, not talks to code
      if (tr.entry.type === 'CONSULT' && tr.entry.pos === 'n' && !d.recipient.length && d.actor.length === 1 && d.actorFrom !== 'phrase' && MEETING_NOUN.test(view.keys[tr.head]!) && genericPartner(view, tr.last, ce)) continue;
      // مواجهات عنيفة اندلعت مع قوات الاحتلال: in fighting every side is an actor (towns stay the scene)
      if (tr.entry.type === 'ASSAULT' && /^(اندلع|اشتبك)$/.test(tr.entry.lemma) && d.recipient.some((x) => !isTown(x))) {
        d.actor = [...d.actor, ...d.recipient.filter((x) => !isTown(x) && !d.actor.includes(x))];
        d.recipient = d.recipient.filter(isTown);
      }
      // وحمل حزب العمال الكردستاني مسؤولية الهجوم: with one party between حمّل and مسؤولية, that party is the one blamed
      // (its subject left unsaid, as in a sentence continuing someone's words); حمّل الرئيس إسرائيل المسؤولية has two
      if (tr.entry.type === 'ACCUSE' && tr.entry.lemma === 'حمل' && d.actor.length === 1 && !d.recipient.length) {
        const blamed = d.actor[0]!;
        let k = tr.head + 1;
        const seen = new Set<string>();
        let lastMention = -1;
        while (k < ce && !/^(ال)?مس[ءؤئو]?وليه$/.test(view.keys[k]!)) {
          const m = view.tokMention[k];
          if (m) {
            seen.add(m.entity.id);
            lastMention = k;
          }
          k++;
        }
        // (… right before مسؤولية: وحمل الجيش مسلحين أكرادا مسؤولية الانفجار has the army as subject, the blamed unnamed)
        if (k < ce && seen.size === 1 && seen.has(blamed.id) && lastMention === k - 1) {
          d.recipient = [blamed];
          d.actor = [];
        }
      }
      // (… not a verb carrying its object pronoun: المساعدات التي يقدمها مركز الملك سلمان has its subject after it)
      if (tr.entry.pos === 'v' && !tr.participle && !tr.enc && !/(اه|ها|هم|هما)$/.test(view.keys[tr.head]!) && tr.entry.lemma !== 'تعرض' && d.actor.length) {
        // بأن المقاومة الشعبية تحاصر الحوثيين، الغارات الثلاث التي استهدفت تنظيم داعش: the verb's subject stands before it
        // (a noun phrase no entity names, or a relative's antecedent), so the party named after it is its object
        if (d.actorFrom === 'phrase' && (unnamedSubjectBefore(view, w, tr.first, from) || (isClass(w, 'relative', view.keys[tr.first - 1] ?? '') && !resumptive(view, tr.last, ce)))) {
          if (!d.recipient.length && tr.entry.frame.includes('obj')) d.recipient = d.actor;
          d.actor = [];
        }
        // قوات الأمن التركية التي قتل نحو عشرين من أفرادها: the antecedent's members were killed, it did not kill
        else if (tr.entry.type === 'ASSAULT' && isClass(w, 'relative', view.keys[tr.first - 1] ?? '') && membersOf(view, tr.last, ce)) {
          d.recipient = [...d.recipient, ...d.actor.filter((x) => !d.recipient.includes(x))];
          d.actor = [];
        }
      }
      // خلال زيارة الرئيس الفرنسي إيمانويل ماكرون إلى الجزائر: the visitor is the noun's genitive (the person, not the
      // adjective of his title), where it went the place after إلى
      if (d && tr.entry.type === 'CONSULT' && tr.entry.mode === 'visit' && tr.entry.pos === 'n' && !tr.enc && tr.license === 'partner') {
        let visitor: Entity | null = null;
        for (let j = tr.last + 1; j < ce && view.keys[j] !== 'الي' && view.keys[j] !== 'لي'; j++) {
          const m = view.tokMention[j];
          if (!m || m.first !== j) continue;
          if (m.entity.type === 'PER') {
            visitor = m.entity;
            break;
          }
          visitor ??= m.entity.type === 'ORG' || isCountry(m.entity) ? m.entity : null;
        }
        if (visitor) {
          d.actor = [visitor];
          d.recipient = d.recipient.filter((x) => x !== visitor);
          d.actorFrom = 'genitive';
        }
      }
      // الرئيس الإيراني إبراهيم رئيسي، الذي يزور المملكة: a verb of talks or words in a relative clause set off by a comma
      // after a person is that person's (the party after the verb its object)
      // (not a verb carrying its object, nor one with its own subject after it: علي بونغو، الذي تستضيف بلاده البطولة)
      if (d && !d.actor.length && tr.entry.pos === 'v' && !tr.participle && !tr.enc && !/(اه|ها|هم|هما)$/.test(view.keys[tr.head]!) && !/^(بلاده|بلادها|حكومته|حكومتها|دولته|دولتها|قواته|قواتها)$/.test(view.keys[tr.last + 1] ?? '') && (tr.entry.type === 'CONSULT' || SPEECH_TYPES.has(tr.entry.type) || tr.entry.type === 'AGREE') && tr.first - 3 >= from && isClass(w, 'relative', view.keys[tr.first - 1]!) && view.tokens[tr.first - 2]!.text === '،') {
        const m = view.tokMention[tr.first - 3];
        if (m && m.last === tr.first - 2 && m.entity.type === 'PER' && !d.recipient.includes(m.entity)) {
          d.actor = [m.entity];
          d.actorFrom = 'phrase';
        }
      }
      // سيزور بيروت، يزور صنعاء برفقة وفد من المملكة: a town right after زار is where the visit goes, not who visits (a
      // town after استضاف/استقبل is the host: تستضيف باريس المؤتمر); a party named after برفقة/بصحبة goes along
      if (d && tr.entry.type === 'CONSULT' && tr.entry.mode === 'visit' && tr.entry.pos === 'v') {
        if (tr.entry.lemma === 'زار' && d.actor.length && d.actor.every(isTown) && view.tokMention[tr.last + 1]?.entity === d.actor[0]) {
          d.recipient = [...d.actor, ...d.recipient.filter((x) => !d.actor.includes(x))];
          d.actor = [];
          d.actorFrom = 'none';
        }
        for (let k = tr.last + 1; k < ce - 1; k++) {
          if (!/^(برفقه|بصحبه|يرافقه|ترافقه|يرافقها|ترافقها)$/.test(view.keys[k]!)) continue;
          let j = k + 1;
          if (/^(وفد|وفدا|وفود)$/.test(view.keys[j] ?? '') && view.keys[j + 1] === 'من') j += 2;
          const m = view.tokMention[j];
          if (m && m.first === j && !isTown(m.entity)) {
            d.recipient = d.recipient.filter((x) => x !== m.entity);
            if (!d.actor.includes(m.entity)) d.actor = [...d.actor, m.entity];
          }
          break;
        }
      }
      // إن حزب العمال الكردستاني واصل شن هجمات: the subject of an aspectual verb (واصل، استأنف، باشر) does the act
      // (… or named right after it: وواصلت إسرائيل قصف قطاع غزة — the party after the act is then its object)
      if ((!d.actor.length || d.actorFrom === 'phrase') && tr.first > from + 1) {
        const before = ASPECTUAL.test(view.keys[tr.first - 1]!) ? view.tokMention[tr.first - 2] : ASPECTUAL.test(view.keys[tr.first - 2]!) ? view.tokMention[tr.first - 1] : null;
        if (before && (before.entity.type !== 'LOC' || isCountry(before.entity)) && !d.actor.includes(before.entity)) {
          d.recipient = [...d.recipient, ...d.actor.filter((x) => !d.recipient.includes(x))];
          d.actor = [before.entity];
        }
      }
      // قال جيش الاحتلال إنه …، فيما واصلت طائراته قصف مناطق متفرقة، وقصفت مدفعيته القرى: its own forces' attack is the
      // armed side named as the sentence's subject
      // (… or its speaker: قال جيش الاحتلال إنه "لن يسمح …"، فيما واصلت طائراته قصف …)
      const side = sentenceActor.length === 1 ? sentenceActor[0]! : quoteBefore(view, quotes, s, tr.first, 'speaker');
      if (tr.entry.type === 'ASSAULT' && !d.actor.length && side && armedSide(view, side)) {
        const own = (k: number) => k >= from && k < to && !view.tokMention[k] && OWN_FORCE.test(view.keys[k]!);
        const aspectual = tr.first - 2 >= from && ASPECTUAL.test(view.keys[tr.first - 2]!) && own(tr.first - 1);
        if (aspectual || (tr.entry.pos === 'v' && !tr.participle && own(tr.head + 1))) {
          d.actor = [side];
          d.actorFrom = 'inherit';
        }
      }
      // (a town does not fight, march or arrest — it is the scene: القدس - القدس دوت كوم - … مواجهات اندلعت مع قوات
      // الاحتلال; a capital standing alone may stand for its state: شنت موسكو غارات)
      if (FORCEFUL.has(tr.entry.type) && d.actor.some(isTown)) {
        const others = d.actor.some((x) => !isTown(x));
        d.actor = d.actor.filter((x) => !isTown(x) || (!others && x.role === 'capital'));
      }
      // جولة من المفاوضات بين وفدي الحكومة وجماعة الحوثي: talks between two sides have both as actors
      if (tr.entry.type === 'CONSULT' && tr.entry.pos === 'n' && d.actor.length && d.recipient.length && betweenSides(view, tr.last, ce)) {
        d.actor = [...d.actor, ...d.recipient.filter((x) => !d.actor.includes(x))];
        d.recipient = [];
      }
      if (tr.entry.type === 'REQUEST' && tr.entry.lemma === 'دعا' && praying(view, tr, ce, !d.actor.length)) continue;
      if (tr.entry.type === 'THREATEN' && tr.entry.lemma === matchKey('حذر') && !coerciveWarning(view, w, tr, s, d.actor)) continue;
      // خرج آلاف المواطنين في مظاهرات حاشدة، وأغلق محتجون مقار حزب البعث: a crowd right after the protest verb is its
      // subject — not the body named in the clause before (واستدعت مقديشو سفيرها، دعا تجمع المهنيين), and a body named
      // after the crowd is what it turned against
      if (tr.entry.type === 'PROTEST' && tr.entry.pos === 'v' && !tr.participle && d.actor.length && crowdAfter(view, tr.head + 1, Math.max(ce, tr.last + 1))) {
        if (d.actorFrom === 'phrase') d.recipient = [...d.recipient, ...d.actor.filter((x) => !d.recipient.includes(x) && !isTown(x))];
        d.actor = [];
        d.actorFrom = 'none';
      }
      // أنت تخوض حربا على الإرهاب، التنظيم الذي يخوض تحالف دولي حربا عليه: a war «on» someone is a campaign, not a battle
      if (tr.entry.lemma === WAGED && warOn(view, cs, ce)) continue;
      // هجوم صاروخي وبطائرات مسيّرة نفذه الحرس الثوري: a drone (طائرة مسيّرة), not a march
      if (tr.entry.type === 'PROTEST' && droneNotMarch(view, tr)) continue;
      // الساسة الذين يتظاهرون أنهم في خدمة البلد: pretending, not demonstrating
      if (tr.entry.type === 'PROTEST' && tr.entry.lemma === 'تظاهر' && /^(ب)?(ان|انه|انها|انهم|انهن|انني|اننا)$/.test(view.keys[tr.last + 1] ?? '')) continue;
      // سيكون مرحبًا ببايدن: a participle after كان is a predicate ("welcome"), not the manner of a verb told
      if (tr.participle && /^(كان|كانت|يكون|تكون|سيكون|ستكون|وسيكون|وستكون|بات|باتت|اصبح|اصبحت)$/.test(view.keys[tr.first - 1] ?? '')) continue;
      // قد تشن هجمات is a possibility, هجوم إلكتروني no act of force (nominal.ts)
      if ((tr.entry.type === 'ASSAULT' || tr.entry.type === 'PROTEST') && notAnAct(view, lex, tr.head, tr.last, tr.entry.pos === 'v' && imperfect(view, tr), Math.max(from, cs - 4), Math.min(to, ce + 4), tr.entry.type)) continue;
      // التفجير -وهو أسوأ هجوم تشهده الكويت- كان يهدف …: a superlative in apposition describes an attack named before
      if ((tr.entry.type === 'ASSAULT' || tr.entry.type === 'PROTEST') && characterised(view, tr.first, from)) continue;
      // احتجت الخارجية الإيرانية على …: a state's protest is a formal complaint (ACCUSE), not civilian dissent
      if (tr.entry.type === 'PROTEST' && tr.entry.lemma === 'احتج' && d.actor.length && d.actor.every(isState)) d.trigger = { ...tr, entry: { ...tr.entry, type: 'ACCUSE', mode: 'allege' } };
      // هاجم ترامب المرشحة كلينتون: a person's attack is verbal
      if (tr.entry.type === 'ASSAULT' && (verbalAttack(tr.entry.lemma, d.actor.map((a) => a.type), d.actorFrom) || attackOnPolicy(view, tr.last, Math.min(to, ce + 4)))) d.trigger = { ...tr, entry: { ...tr.entry, type: 'ACCUSE', mode: 'disapprove' } };
      // وتوقفت الاشتباكات بعد إعلان الاتفاق: the sides of the fighting told last observe the halt
      if (tr.entry.type === 'RETREAT' && tr.entry.mode === 'ceasefire' && !d.actor.length && !d.recipient.length) {
        const fight = [...drafts, ...sentenceDrafts].reverse().find((x) => x.trigger.entry.type === 'ASSAULT' && x.actor.length + x.recipient.length >= 2);
        if (fight) d.actor = [...fight.actor, ...fight.recipient.filter((x) => !isTown(x) && !fight.actor.includes(x))];
      }
      d.sentence = s;
      d.siblings = triggers.length;
      const at = view.tokens[tr.head]!.start;
      d.teller = quotes.find((x) => at >= x.start && at < x.end)?.speaker ?? null;
      // (an attack told again by its noun — إن الغارات استهدفت — is another side's account only when another armed side
      // tells it; an unnamed source, a monitor or the doer's own side tells the same attack again, left unnamed: told-attacks.ts)
      if (d.retold) {
        const who = d.teller ? view.entityById.get(d.teller) : undefined;
        // (… and a monitor or a reporter retelling it is no side: only an armed side's account is one of its own)
        if (!who || d.actor.includes(who) || (who.type === 'PER' && d.actor.some((x) => x === spokesBody(view, who))) || !armedSide(view, who)) {
          d.actor = [];
          d.actorFrom = 'none';
          d.retold = false;
        }
      }
      // (what a speaker reports, إن بلاده "مستعدة …", does not make its doer the sentence's subject)
      if (d.actor.length && d.actorFrom !== 'speaker' && !d.quote && !isAfterThat(view, w, from, tr.first)) sentenceActor = d.actor;
      sentenceDrafts.push(d);
    }
    // إن "على الحكومة اللبنانية الإسراع في …": "X must …" said by someone is that speaker's demand on X
    for (let k = from; k < to - 2; k++) {
      if (view.keys[k] !== 'علي' || triggerHeads.has(k)) continue;
      let b = k - 1;
      if (b >= from && /^["«“]$/.test(view.tokens[b]!.text)) b--;
      if (b < from || !isClass(w, 'that', view.keys[b]!)) continue;
      const np = readPhrase(view, w, k + 1, to);
      if (!np || !np.heads.length || /^[بل]/.test(np.prefix) || np.last >= to) continue;
      const next = view.keys[np.last]!;
      const masdar = next.startsWith('ال') && view.tokens[np.last]!.kind === 'word' && !view.tokMention[np.last];
      if (next !== 'ان' && !masdar) continue;
      const speaker = quoteBefore(view, quotes, s, k, 'speaker');
      if (!speaker || np.heads.includes(speaker)) continue;
      sentenceDrafts.push({ trigger: { first: k, last: k, head: k, entry: OBLIGATION, pro: '', enc: '' }, actor: [speaker], recipient: np.heads, actorFrom: 'speaker', sentence: s, clause: [k, Math.min(to, np.last + 8)], quote: quoteAt(k), siblings: triggers.length, teller: null });
    }
    agreementParties(view, lex, from, to, s, sentenceDrafts, quoteAt);
    // بعد وساطة قطرية، استجابة لطلب تقدم به خان: the mediator's and the asker's acts, told by a noun (mediated.ts);
    // who answered a request is the doer of the act told before it in the sentence
    for (const n of [...mediations(view, w, from, to), ...answeredRequests(view, w, from, to)]) {
      let recipient = n.recipient;
      if (n.type === 'REQUEST') {
        const before = sentenceDrafts.filter((d) => d.trigger.last < n.first && d.actor.length && !d.actor.some((a) => n.actor.includes(a))).pop();
        recipient = before ? [...before.actor] : [];
      }
      sentenceDrafts.push({ trigger: { first: n.first, last: n.last, head: n.first, entry: n.type === 'CONSULT' ? MEDIATION : ANSWERED_REQUEST, pro: '', enc: '' }, actor: n.actor, recipient, actorFrom: 'genitive', sentence: s, clause: [n.first, n.last + 1], quote: quoteAt(n.first), siblings: triggers.length, teller: null });
    }
    // ووجه رئيس الوزراء القوات الأمنية بالتصدي …: a directive to a named party (mediated.ts); a verb trigger at the same
    // word (وجه نداء …) tells it already
    for (const n of directives(view, w, from, to)) {
      if (sentenceDrafts.some((d) => d.trigger.first === n.first)) continue;
      sentenceDrafts.push({ trigger: { first: n.first, last: n.last, head: n.first, entry: DIRECTIVE, pro: '', enc: '' }, actor: n.actor, recipient: n.recipient, actorFrom: 'phrase', sentence: s, clause: [n.first, n.last + 1], quote: quoteAt(n.first), siblings: triggers.length, teller: null });
    }
    // ووقع الاتفاق عن الجانب السعودي …، وعن الجانب الإيراني …: the signers named side by side sign together (signed-for.ts)
    const signed = signedFor(view, from, to);
    const signing = signed ? lex.verbs.get('وقع')?.find((e) => e.type === 'SUPPORT') : undefined;
    if (signed && signing) {
      for (const d of sentenceDrafts) if (d.trigger.first === signed.first) d.trigger.dropped = true;
      sentenceDrafts.push({ trigger: { first: signed.first, last: signed.first, head: signed.first, entry: signing, pro: '', enc: '' }, actor: signed.signers, recipient: [], actorFrom: 'phrase', sentence: s, clause: [signed.first, signed.last + 1], quote: quoteAt(signed.first), siblings: triggers.length, teller: null });
    }
    accusedAttacks(view, from, to, s, sentenceDrafts, quoteAt);
    // قال الكاظمي إن "القوات التركية ارتكبت … انتهاكاً": blame told as what a speaker says (reported-accusations.ts)
    if (blame) {
      const accused = (speaker: string, first: number, last: number) => sentenceDrafts.some((d) => d.trigger.entry.type === 'ACCUSE' && (d.actor.some((a) => a.id === speaker) || (d.trigger.head >= first && d.trigger.head < last)));
      for (const r of reportedAccusations(view, w, blame, rep, quotes, from, to, accused)) {
        const entry = r.mode === 'allege' ? SPOKEN_ALLEGATION : SPOKEN_DISAPPROVAL;
        sentenceDrafts.push({ trigger: { first: r.first, last: r.last, head: r.first, entry, pro: '', enc: '' }, actor: [r.speaker], recipient: r.recipient, actorFrom: 'speaker', sentence: s, clause: [r.first, r.last + 1], quote: r.quote.direct ? r.quote : null, siblings: triggers.length, teller: r.speaker.id });
      }
    }
    // protesters' demands (خرجوا … مطالبين بتنحي البشير) are what the protest is about, not a separate request
    const protest = sentenceDrafts.find((d) => d.trigger.entry.type === 'PROTEST');
    if (protest) {
      for (const d of sentenceDrafts) {
        // (… and so are their slogans: بتظاهرة منددة بالهجمات التركية)
        // (… and their rejection, the verbal noun رفضاً لـ: خرج آلاف المواطنين في مظاهرات حاشدة رفضا للاتفاق)
        const rejection = d.trigger.entry.type === 'REJECT' && d.trigger.first > protest.trigger.last && view.keys[d.trigger.head] === 'رفضا' && /^ل/.test(view.keys[d.trigger.head + 1] ?? '');
        if ((d.trigger.entry.type !== 'REQUEST' && d.trigger.entry.type !== 'ACCUSE' && !rejection) || (!d.trigger.participle && !rejection) || (d.actorFrom !== 'none' && d.actorFrom !== 'inherit')) continue;
        for (const r of d.recipient) if (!protest.recipient.includes(r)) protest.recipient.push(r);
        d.trigger = { ...d.trigger, dropped: true };
      }
      // نفّذ الموظفون إضراباً عاماً بدعوة من الاتحاد العام التونسي للشغل: who called the protest organises it
      if (!protest.actor.length) {
        for (let k = from; k < to - 2; k++) {
          if (!/^و?بدعوه$/.test(view.keys[k]!) || view.keys[k + 1] !== 'من') continue;
          const m = view.tokMention[k + 2];
          if (m && m.entity.type !== 'LOC') protest.actor = [m.entity];
          break;
        }
      }
    }
    // قتل قائد قوة القدس … قاسم سليماني … في غارة أميركية: a killing verb whose phrase is followed by the attack it
    // died in (في غارة، بقصف) is passive — the phrase names the killed, the attack's doer is the actor
    for (const d of sentenceDrafts) {
      if (d.trigger.entry.type !== 'ASSAULT' || d.trigger.entry.pos !== 'v' || !/^(قتل|اغتال|اصاب)$/.test(d.trigger.entry.lemma) || d.actorFrom !== 'phrase') continue;
      const attack = sentenceDrafts.find((o) => o !== d && o.trigger.entry.type === 'ASSAULT' && o.trigger.entry.pos === 'n' && o.trigger.first > d.trigger.last && (view.keys[o.trigger.first - 1] === 'في' || o.trigger.pro.endsWith('ب')));
      if (!attack) continue;
      for (const x of d.actor) if (!attack.recipient.includes(x) && !attack.actor.includes(x)) attack.recipient.push(x);
      d.trigger = { ...d.trigger, dropped: true };
    }
    // استقبل … الرئيس اللبناني الذي يقوم بزيارة رسمية إلى البلاد: a visit told in a relative clause about a guest
    // of a meeting told before it in the sentence is that meeting
    for (const d of sentenceDrafts) {
      if (d.trigger.entry.type !== 'CONSULT' || !isClass(w, 'relative', view.keys[d.trigger.first - 1] ?? '')) continue;
      if (sentenceDrafts.some((o) => o !== d && o.trigger.entry.type === 'CONSULT' && o.trigger.first < d.trigger.first)) d.trigger = { ...d.trigger, dropped: true };
    }
    // مواجهات عنيفة اندلعت مع …: a fighting noun that is the subject of the attack verb right after it is that attack
    for (const d of sentenceDrafts) {
      if (d.trigger.entry.type !== 'ASSAULT' || d.trigger.entry.pos !== 'n') continue;
      if (sentenceDrafts.some((o) => o !== d && o.trigger.entry.type === 'ASSAULT' && o.trigger.entry.pos === 'v' && o.trigger.first > d.trigger.last && o.trigger.first <= d.trigger.last + 2)) d.trigger = { ...d.trigger, dropped: true };
    }
    // one attack told twice in a sentence (قتلوا في غارات إسرائيلية): keep the telling that names the attacker
    const named = (d: Draft) => d.actorFrom === 'phrase' || d.actorFrom === 'svo' || d.actorFrom === 'genitive';
    for (const d of sentenceDrafts) {
      // (… not an attack by another side told with its own inherited subject: اعترضت قوات الدفاع الجوي ودمرت طائرتين
      // أطلقتهما الميليشيا الحوثية is two attacks — a force or a state only: a person inherited is mostly the source
      // who tells it, a town the scene, as SaudiNewsNet showed)
      const twin = sentenceDrafts.find((o) => o !== d && o.trigger.entry.type === d.trigger.entry.type && named(o) && !named(d) && d.trigger.entry.type === 'ASSAULT' && (d.actorFrom !== 'inherit' || !d.actor.length || d.actor.some((a) => o.actor.includes(a) || a.type === 'PER' || isTown(a))));
      if (!twin && !d.trigger.dropped) drafts.push(d);
    }
  }
  jointSignatories(view, w, drafts);
  return finish(view, w, lex, drafts, published, dateline, headline);
}

/** an attack's verbal noun after ب (بقصف، باستهداف، بالهجوم) as the content of an accusation; a light verb needs its noun */
const ACCUSED_ATTACK = /^(ب|بال)(قصف|استهداف|هجوم|هجمات|قتل|اغتيال|تفجير|مهاجمه|اقتحام|خطف|اختطاف|شن|اطلاق|ارتكاب|تنفيذ)$/;
const ACCUSED_LIGHT: Record<string, RegExp> = {
  شن: /^(غارات|غاره|هجوم|هجوما|هجمات|ضربات|عدوان|قصف)/,
  اطلاق: /^(صاروخ|صواريخ|النار|نار|الرصاص|قذائف|قذيفه|مسيرات|طائرات)/,
  ارتكاب: /^(مجزره|مجازر|جرائم|جريمه|مذبحه|مذابح|انتهاكات)/,
  تنفيذ: /^(هجوم|هجوما|هجمات|الهجوم|الهجمات|تفجير|التفجير|عمليه|العمليه|غارات|ضربات|اغتيال)/,
};
const ACCUSE_ATTACK_ENTRY: TriggerEntry = { type: 'ASSAULT', mode: null, pos: 'n', lemma: 'accused-attack', frame: ['علي', 'ضد'], with: null, needPrep: null, needAlso: [], not: new Set(), order: 1e9, unnamed: null };
const ACCUSED_REJECT_ENTRY: TriggerEntry = { ...ACCUSE_ATTACK_ENTRY, type: 'REJECT', lemma: 'accused-refusal', frame: [] };
const ACCUSED_AID_ENTRY: TriggerEntry = { ...ACCUSE_ATTACK_ENTRY, type: 'AID', mode: 'military', lemma: 'accused-arming', frame: [] };
/** an attack a pronoun or وراء/عن may point back to */
const ATTACK_REFERENT = /^(ال)?(هجوم|هجمات|هجومين|تفجير|تفجيرات|قصف|غاره|غارات|ضربه|ضربات|اعتداء|اعتداءات|اغتيال|انفجار)$/;

/**
 * اتهمت روسيا الولايات المتحدة بقصف مستشفى في حلب: an attack a source asserts, even as an accusation, is coded —
 * ACCUSE Russia→US and ASSAULT US→the target; one the speaker denies (نفى أن تكون قواته قصفت) is negated elsewhere.
 * The accused is the attack's actor; whom it hit is named right after the noun (or after على/ضد).
 */
function accusedAttacks(view: DocView, from: number, to: number, s: number, sentenceDrafts: Draft[], quoteAt: (k: number) => Quote | null): void {
  // (an attack the sentence names, for a pronoun to point back to: نفت مسؤولية أنقرة عن الهجوم، واتهمت المنظمة بتنفيذه)
  let attackNamed = false;
  for (let k = from; k < to && !attackNamed; k++) attackNamed = ATTACK_REFERENT.test(view.keys[k]!);
  const nextMention = (j0: number, acc: Draft): Entity[] => {
    for (let j = j0; j < Math.min(to, j0 + 3); j++) {
      const mention = view.tokMention[j];
      if (mention) return acc.recipient.includes(mention.entity) || acc.actor.includes(mention.entity) ? [] : [mention.entity];
      if (view.tokens[j]!.kind === 'punct' && !/["«“]/.test(view.tokens[j]!.text)) break;
    }
    return [];
  };
  for (const acc of [...sentenceDrafts]) {
    const e = acc.trigger.entry;
    if (e.type !== 'ACCUSE' || e.mode !== 'allege' || !/^(اتهم|حمل)$/.test(e.lemma) || !acc.recipient.length) continue;
    const end = Math.min(to, acc.trigger.last + 14);
    const push = (entry: TriggerEntry, k: number, last: number, recipient: Entity[]) =>
      sentenceDrafts.push({ trigger: { first: k, last, head: k, entry, pro: 'ب', enc: '' }, actor: [...acc.recipient], recipient, actorFrom: 'pair', sentence: s, clause: [k, end], quote: quoteAt(k), siblings: 2, teller: null });
    // (حمّل … مسؤولية: the light verb's noun is the trigger's last word)
    for (let k = e.lemma === 'حمل' ? acc.trigger.last : acc.trigger.last + 1; k < end; k++) {
      const t = view.tokens[k]!;
      if (t.kind === 'punct' && !/["«“]/.test(t.text)) break;
      if (t.kind !== 'word') continue;
      // (بـ"تزويد الميليشيات بالسلاح": the preposition may stand alone before a quotation mark)
      let key = view.keys[k]!;
      if (/^بـ?$/.test(key)) continue;
      // حمّل الجيش مسلحين أكرادا مسؤولية ذلك الانفجار، وحمل حزب العمال مسؤولية الهجوم: the attack blamed on them
      if (e.lemma === 'حمل' && /^(ال)?مس[ءؤئو]?وليه$/.test(key)) {
        let j = k + 1;
        if (/^(عن|ذلك|هذا|هذه|تلك)$/.test(view.keys[j] ?? '')) j++;
        if (ATTACK_REFERENT.test(view.keys[j] ?? '') && !sentenceDrafts.some((d) => d.trigger.entry.type === 'ASSAULT' && d.actor.some((x) => acc.recipient.includes(x)))) push(ACCUSE_ATTACK_ENTRY, j, j, nextMention(j + 1, acc));
        break;
      }
      let b = k - 1;
      while (b > acc.trigger.last && /["«“]/.test(view.tokens[b]!.text)) b--;
      if (!key.startsWith('ب') && /^بـ?$/.test(view.keys[b] ?? '')) key = 'ب' + key;
      // اتهم الحوثيين برفض كل المقترحات: the refusal is the accused's
      if (/^ب(ال)?رفض$/.test(key)) {
        push(ACCUSED_REJECT_ENTRY, k, k, nextMention(k + 1, acc));
        break;
      }
      // متهما تركيا وقطر بتزويد الميليشيات بالسلاح: arming someone is military aid to them
      if (/^ب(ال)?(تزويد|تسليح|امداد)$/.test(key)) {
        let armed = false;
        for (let j = k + 1; j < Math.min(to, k + 5); j++) armed ||= /^(بالسلاح|بالاسلحه|باسلحه|بالذخاءر|بالصواريخ|بالمسيرات|السلاح|الاسلحه)$/.test(view.keys[j]!);
        if (armed || /تسليح/.test(key)) push(ACCUSED_AID_ENTRY, k, k, nextMention(k + 1, acc));
        break;
      }
      // متهماً إيران بالوقوف وراءه، واتهمت المنظمة بتنفيذه: the attack the sentence names
      if (/^(بالوقوف|بالمسءوليه)$/.test(key) || /^ب(تنفيذ|شن)(ه|ها|هما)$/.test(key)) {
        const pointer = /^(وراءه|وراءها|وراء|عنه|عنها|عن)$/.test(view.keys[k + 1] ?? '') ? view.keys[k + 1]! : '';
        const named = /^(وراء|عن)$/.test(pointer) ? ATTACK_REFERENT.test(view.keys[k + 2] ?? '') : attackNamed && (pointer !== '' || !/^بال/.test(key));
        if (named && !sentenceDrafts.some((d) => d.trigger.entry.type === 'ASSAULT' && d.actor.some((x) => acc.recipient.includes(x)))) push(ACCUSE_ATTACK_ENTRY, k, k, []);
        break;
      }
      const m = ACCUSED_ATTACK.exec(key);
      if (!m) continue;
      const light = ACCUSED_LIGHT[m[2]!];
      let last = k;
      if (light) {
        if (!light.test(bareKey(view.keys[k + 1] ?? ''))) break;
        last = k + 1;
      }
      // (already an attack there, read from the noun: it only needs its doer)
      const told = sentenceDrafts.find((d) => d.trigger.entry.type === 'ASSAULT' && d.trigger.first >= k && d.trigger.first <= last + 1);
      if (told) {
        if (!told.actor.length) told.actor = [...acc.recipient];
        break;
      }
      push(ACCUSE_ATTACK_ENTRY, k, last, nextMention(last + 1, acc));
      break;
    }
  }
}

/**
 * رحبت مصر وقطر … بتوصل إسرائيل وحركة حماس إلى اتفاق لوقف إطلاق النار، أعلنت السعودية والولايات المتحدة توقيع
 * ممثلي القوات المسلحة السودانية وقوات الدعم السريع في جدة اتفاقاً لوقف إطلاق النار: the agreement reached (AGREE) or
 * signed (SUPPORT, as توقيع … بين) is its parties', named in the genitive after the noun; a ceasefire agreement is
 * also their ceasefire (RETREAT), and what the agreement includes (وتبادل الأسرى) is theirs too. The announcer's or
 * welcomer's own act stays theirs (رحبت → SUPPORT), but the light verb reading the agreement as its noun (أعلنت … وقف)
 * is dropped. Two named parties at least (توقيع الوزير اتفاقا is one signer and says nothing about a partner).
 */
function agreementParties(view: DocView, lex: TriggerLexicon, from: number, to: number, s: number, sentenceDrafts: Draft[], quoteAt: (k: number) => Quote | null): void {
  for (let i = from; i < to - 3; i++) {
    const noun = view.keys[i]!.replace(/^و?ب?/, '');
    if (!/^(توصل|توقيع|ابرام)$/.test(noun) || view.tokMention[i]) continue;
    const parties: Entity[] = [];
    let j = i + 1;
    while (j < to) {
      // (ممثلي القوات …، وفدي الحكومة والمعارضة: the sides through their delegates)
      if (!view.tokMention[j] && /^و?(ممثلي|ممثلو|ممثلين|وفدي|وفود|وفد|طرفي)$/.test(view.keys[j]!)) j++;
      const m = j < to ? view.tokMention[j] : null;
      if (!m || m.first !== j || (parties.length && !/^و$/.test(view.mentionPrefix(j) ?? '') && view.keys[j - 1] !== 'و') || (!parties.length && view.mentionPrefix(j))) break;
      if (m.entity.kb && isTown(m.entity)) break;
      if (!parties.includes(m.entity)) parties.push(m.entity);
      j = m.last;
      if (view.keys[j] === 'و' || /^و/.test(view.keys[j] ?? '')) {
        if (view.keys[j] === 'و') j++;
        continue;
      }
      break;
    }
    if (parties.length < 2) continue;
    // the agreement word after the parties, past a place or إلى (في جدة اتفاقاً، إلى اتفاق)
    let k = j;
    let deal = -1;
    for (; k < Math.min(to, j + 4); k++) {
      if (view.tokens[k]!.kind === 'punct') break;
      if (/^(ال)?(اتفاق|اتفاقا|اتفاقيه|صفقه|تسويه|هدنه|تفاهم)$/.test(view.keys[k]!)) {
        deal = k;
        break;
      }
    }
    if (deal < 0) continue;
    const ceasefire = /هدنه$/.test(view.keys[deal]!) || [1, 2].some((d) => /^[لب]?وقف$/.test(view.keys[deal + d] ?? '') && /^(اطلاق|القتال|الاعمال|العمليات)$/.test(view.keys[deal + d + 1] ?? ''));
    const kind = noun === 'توقيع' ? lex.nouns.get('توقيع')?.find((e) => e.type === 'SUPPORT') : lex.verbs.get('توصل')?.find((e) => e.type === 'AGREE');
    const halt = lex.verbs.get('التزم')?.find((e) => e.type === 'RETREAT' && e.mode === 'ceasefire');
    if (!kind) continue;
    // what another trigger read as the agreement (أعلنت … وقف، وتبادل الأسرى after it) is the parties' act, not the announcer's
    const end = deal + 3;
    for (const d of sentenceDrafts) {
      const t = d.trigger;
      if (t.first < i && t.last >= i && t.last <= end && t.entry.type !== 'SUPPORT') d.trigger.dropped = true;
      else if (t.first > deal && t.first <= deal + 12 && t.entry.type === 'RETREAT' && !view.tokens.slice(deal, t.first).some((x) => x.kind === 'punct')) {
        d.actor = [...parties];
        d.recipient = d.recipient.filter((r) => !parties.includes(r));
        d.actorFrom = 'genitive';
        d.parties = true;
      }
    }
    const add = (entry: TriggerEntry) => {
      sentenceDrafts.push({ trigger: { first: i, last: deal, head: i, entry, pro: '', enc: '' }, actor: [...parties], recipient: [], actorFrom: 'genitive', sentence: s, clause: [i, Math.min(to, deal + 1)], quote: quoteAt(i), siblings: 1, teller: null, parties: true });
    };
    add(kind);
    if (ceasefire && halt) add(halt);
    i = deal;
  }
}

/**
 * ورفضت الجماعة العقوبات after «جماعة الحوثي»: a body's generic head alone (الجماعة، الحركة، التنظيم، الاتحاد …)
 * refers back to the last organisation named with that head word.
 */
function bodyNamedBefore(view: DocView, title: string, before: number): Entity | null {
  const head = bareKey(title.replace(/^[وف]/, ''));
  if (!/^(جماعه|حركه|حزب|تنظيم|اتحاد|مجلس|هيءه|منظمه|جبهه)$/.test(head)) return null;
  for (let k = view.mentions.length - 1; k >= 0; k--) {
    const m = view.mentions[k]!;
    if (m.first >= before || m.entity.type !== 'ORG') continue;
    if (bareKey(view.keys[m.first]!) === head || matchKey(m.entity.name).split(' ').some((x) => bareKey(x) === head)) return m.entity;
  }
  return null;
}

/** وحث المتحدث …: a bare «the spokesman» after «متحدث باسم وزارة التجارة» earlier is that body speaking. */
function spokesmanBefore(view: DocView, title: string, before: number): Entity | null {
  if (!/^(المتحدث|المتحدثه|الناطق)$/.test(title.replace(/^[وف]/, ''))) return null;
  for (let k = before - 1; k >= 1; k--) {
    if (view.keys[k - 1] !== 'باسم') continue;
    const m = view.tokMention[k];
    if (m && m.first === k && (m.entity.type === 'ORG' || m.entity.type === 'LOC')) return m.entity;
  }
  return null;
}

/** بين عناصر من الأمن العام و"الأسايش": a second side in quotation marks after و, right after the first phrase. */
function quotedConjunct(view: DocView, from: number, to: number): Entity | null {
  let j = from;
  while (j < to && j < from + 3 && !view.tokMention[j] && (view.keys[j] === 'و' || /^["«“»”]$/.test(view.tokens[j]!.text))) j++;
  return j > from && j < to ? view.tokMention[j]?.entity ?? null : null;
}

/** زلماي خليل زاد، ورئيس المكتب السياسي للحركة الملا عبد الغني برادر: «، و» + a title, then the person it names (within eight words, before the next comma). */
function titledConjunct(view: DocView, w: WordClasses, first: Entity, from: number, to: number): Entity | null {
  let k = from;
  while (k < to && view.tokMention[k]?.entity !== first) k++;
  if (k >= to) return null;
  k = view.tokMention[k]!.last;
  if (view.tokens[k]?.text !== '،' || !view.keys[k + 1]?.startsWith('و') || view.tokMention[k + 1] || !isClassLoose(w, 'title', view.keys[k + 1]!.slice(1))) return null;
  for (let j = k + 2; j < Math.min(to, k + 10); j++) {
    if (view.tokens[j]!.kind === 'punct') return null;
    const m = view.tokMention[j];
    if (m && m.first === j && m.entity.type === 'PER' && m.entity !== first) return m.entity;
  }
  return null;
}

/** فيما زعم …، بينما قال …، في حين قالت …: the token after the verb of the last such clause before `to` in the sentence (-1 if none). */
function whileClauseSubject(view: DocView, w: WordClasses, sentFrom: number, to: number): number {
  for (let k = to - 1; k > sentFrom; k--) {
    // (… and في حين: ورحب حزب X بالمقترح، في حين قالت حركة Y إن …، داعية إلى …)
    const inWhile = view.keys[k] === 'حين' && view.keys[k - 1] === 'في';
    if (!/^(فيما|بينما)$/.test(view.keys[k]!) && !inWhile) continue;
    const verb = k + 1;
    const plainVerb = verb + 1 < to && view.tokens[verb]!.kind === 'word' && !view.tokMention[verb] && !isClassLoose(w, 'title', view.keys[verb]!);
    const named = view.tokMention[verb + 1]?.first === verb + 1 || isClassLoose(w, 'title', view.keys[verb + 1] ?? '');
    return plainVerb && named ? verb + 1 : -1;
  }
  return -1;
}

/** «حزب الله» وحركة «أمل»: after a closing mark, و (alone or on a body word: وحركة، وحزب) and a name in marks. */
function quotedBodyConjunct(view: DocView, from: number, to: number): { entity: Entity; last: number } | null {
  const opening = (k: number) => /^[«“"]$/.test(view.tokens[k]?.text ?? '');
  const closing = (k: number) => /^[»”"]$/.test(view.tokens[k]?.text ?? '');
  const and = (k: number) => /^و(حركه|حزب|جماعه|تيار|جبهه|منظمه)?$/.test(view.keys[k] ?? '');
  // (the phrase read may stop before the و, on it, or on the next opening mark)
  let open = -1;
  for (let j = from; j <= from + 2 && open < 0; j++) if (opening(j) && and(j - 1) && closing(j - 2)) open = j;
  if (open < 0) return null;
  const m = view.tokMention[open + 1];
  if (!m || m.first !== open + 1 || m.last > to || m.entity.type !== 'ORG') return null;
  return { entity: m.entity, last: closing(m.last) ? m.last + 1 : m.last };
}

/** نقلت الوكالة عن مصدر مسؤول في قيادة التحالف: the first name after عن past the relaying outlet, within a few words. */
function relayedSource(view: DocView, from: number, to: number, relayer: Entity): Entity | null {
  for (let k = from; k < to; k++) {
    if (view.keys[k] !== 'عن' || !view.tokMention.slice(from, k).some((m) => m?.entity === relayer)) continue;
    for (let j = k + 1; j < Math.min(to, k + 7); j++) {
      const m = view.tokMention[j];
      if (m && m.entity !== relayer) return isTown(m.entity) ? null : m.entity;
      if (view.tokens[j]!.kind === 'punct') return null;
    }
    return null;
  }
  return null;
}

/**
 * Of the first quote or reported speech that starts in sentence s before token k: its speaker (وأوضح في بيان أن
 * "…"، متوعداً) or the outlet that relays it (`via`: ونقلت الوكالة عن مصدر قوله إن …).
 */
function quoteBefore(view: DocView, quotes: Quote[], s: number, k: number, role: 'speaker' | 'via'): Entity | null {
  const from = view.sentences[s]!.start;
  const at = view.tokens[k]!.start;
  const id = quotes.find((x) => x[role] && x.start >= from && x.start <= at)?.[role];
  return id ? view.entityById.get(id) ?? null : null;
}

/** A state or its government: a country, or a ministry or government named as such. */
function isState(e: Entity): boolean {
  return isCountry(e) || (e.type === 'ORG' && /^(وزار|حكوم|الحكوم|الخارجي|الرئاس|رئاس)/.test(e.name ?? ''));
}

const DIVINE = /^(الله|المولى|المولي)$/;

/**
 * داعياً المولى عز وجل أن يتغمده بواسع رحمته، وتدعو له بالمغفرة: a prayer, not a request (… but -حفظه الله- or
 * لا سمح الله inside a real call, داعيًا المواطنين إلى الالتزام, keeps it).
 */
function praying(view: DocView, tr: Trigger, ce: number, actorless = false): boolean {
  for (let k = tr.last + 1; k < Math.min(ce, tr.last + 8); k++) {
    const key = view.keys[k]!;
    if (view.tokens[k]!.kind !== 'word') continue;
    // (دعا … إلى مخافة الله: what one is called to is a request's content)
    if (key === 'الي') return false;
    // (… not God's name inside a person's: دعا رئيس الوزراء عبد الله حمدوك الدول الثلاث إلى …)
    // (a name that starts before it; «الله العلي القدير» read as a name is still God; a call with nobody named as its
    // caller stays doubtful: الذي سبق ودعا إليه الملك عبد الله)
    if (/^(الله|المولي)$/.test(key) && ((view.tokMention[k] && view.tokMention[k]!.first < k) || /^(عبد|ابو|ابي|بن)$/.test(view.keys[k - 1] ?? ''))) {
      if (actorless) return true;
      continue;
    }
    if (/^(الله|المولي|ربه|ربها|ربنا|الباري)$/.test(key)) return !/^(حفظه|حفظها|حفظهما|حفظهم|سمح|شاء|رحمه|رحمها|باذن|بعون|بحمد|رعاه|رعاها|ايده|ايدهم)$/.test(view.keys[k - 1] ?? '');
    if (/^(له|لها|لهم|لهما|لكم)$/.test(key) && /^بال(مغفره|رحمه|شفاء|توفيق|نجاح|سداد|صحه)/.test(view.keys[k + 1] ?? '')) return true;
  }
  return false;
}

/**
 * A warning that is a threat: it names the party warned (حذر إسرائيل من، محذرا واشنطن من أن) or its words in the
 * sentence promise consequences (argument-words.tsv, class coercive: حذر من أن "كل من يؤذينا سنؤذيه"). A danger warned
 * of (تحذر من الألعاب النارية، حذر من خطر حدوث هجوم) is no threat.
 */
function coerciveWarning(view: DocView, w: WordClasses, tr: Trigger, sentence: number, actor: readonly Entity[]): boolean {
  const end = view.sentEnd[sentence]!;
  // the party warned stands before من, after the subject when the verb leads (حذرت الحكومة إسرائيل من …; not a
  // demonym of the subject's title: حذر المرشد الإيراني علي خامنئي من)
  const to = Math.min(end, tr.last + 10);
  let from = tr.last + 1;
  for (let k = from; k < to && view.keys[k] !== 'من'; k++) {
    const m = view.tokMention[k];
    if (m && actor.includes(m.entity)) from = Math.max(from, m.last);
  }
  for (let k = from; k < to && view.keys[k] !== 'من'; k++) {
    const m = view.tokMention[k];
    if (m && m.first === k && !actor.includes(m.entity) && (m.entity.type !== 'LOC' || isCountry(m.entity))) return true;
  }
  const next = tr.last + 1;
  for (let k = next; k < Math.min(end, next + 25); k++) if (view.tokens[k]!.kind === 'word' && isClass(w, 'coercive', view.keys[k]!)) return true;
  return false;
}

/** a meeting or a visit (not talks: تواصل مباحثاتها مع ممثلي الدائنين is a negotiation) */
const MEETING_NOUN = /^(ال)?(لقاء|لقاءه|لقاءها|لقاءهم|اجتماع|اجتماعه|اجتماعها|زياره|زيارته|زيارتها)$/;

/** ممثلين عن وسائل الإعلام، ممثلي فئات المجتمع، وفدا من رجال الأعمال: an unnamed group met (after مع or right after the noun) */
function genericPartner(view: DocView, last: number, ce: number): boolean {
  for (let j = last + 1; j < Math.min(ce, last + 4); j++) {
    const key = view.keys[j]!;
    if (key === 'مع') continue;
    return /^(ممثلين|ممثلي|ممثلو|وفدا|وفد|عددا|عدد|مجموعه|جمعا|الصحفيين|صحفيين|الاعلاميين|اعلاميين|وساءل|رجال|المواطنين|مواطنين|اهالي|ابناء|شيوخ|وجهاء|فءات|طلاب|الطلاب|نخبه)$/.test(key);
  }
  return false;
}

/** بين right after a noun (up to two words between): المفاوضات بين وفدي … */
function betweenSides(view: DocView, last: number, ce: number): boolean {
  for (let j = last + 1; j < Math.min(ce, last + 3); j++) if (view.keys[j] === 'بين') return true;
  return false;
}

/** brackets holding one to three words, a name or an abbreviation (أفريكوم، د ب أ), with no verb of the lexicon */
function shortBracket(view: DocView, k: number, dir: 1 | -1): boolean {
  const close = dir === 1 ? ')' : '(';
  for (let j = k + dir, n = 0; j >= 0 && j < view.tokens.length && n <= 3; j += dir) {
    const t = view.tokens[j]!;
    if (t.text === close) return n > 0;
    if (t.kind === 'punct') return false;
    n++;
  }
  return false;
}

const THREATENING = new Set(['ASSAULT', 'PROTEST', 'SANCTION', 'COERCE']);
/** a force with a pronoun pointing back at its side (طائراته، قواتها، مدفعيته), as match keys */
const OWN_FORCE = /^(طاءراته|طاءراتها|قواته|قواتها|مدفعيته|مدفعيتها|جنوده|جنودها|مقاتلاته|مقاتلاتها|دباباته|دباباتها|وحداته|وحداتها|بوارجه|بوارجها|مسيراته|مسيراتها|صواريخه|صواريخها)$/;
/** verbs of going on or starting again, whose subject does the act named after them (واصل شن هجمات، استأنفت قصف …) */
const ASPECTUAL = /^و?(واصل|واصلت|يواصل|تواصل|استانف|استانفت|يستانف|تستانف|باشر|باشرت|يباشر|تباشر|عاود|عاودت|يعاود|تعاود)$/;
const FORCEFUL = new Set(['ASSAULT', 'PROTEST', 'COERCE', 'MOBILIZE']);

/** ما لم، إذا لم، في حال لم، إن لم: a condition on what is announced */
function conditioned(view: DocView, from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) {
    const key = view.keys[k]!.replace(/^[وف]/, '');
    if ((key === 'ما' || key === 'اذا' || key === 'ان' || key === 'حال') && view.keys[k + 1] === 'لم') return true;
  }
  return false;
}

/** ستبدأ ملء السد "سواء توصلنا إلى اتفاق أم لا": what follows سواء is a case considered, not an event */
function hypothetical(view: DocView, trigger: number, from: number): boolean {
  // (… and so does كلما: كلما حققت تقدما ضد قوات النظام — "whenever" tells a habit, no one act)
  for (let k = trigger - 1; k >= Math.max(from, trigger - 3); k--) if (/^و?(سواء|كلما)$/.test(view.keys[k]!)) return true;
  // حتى وإن احتججنا على …، حتى لو هاجموا: "even if" supposes the act
  if (trigger - 2 >= from && /^(وان|لو|ولو|اذا)$/.test(view.keys[trigger - 1]!) && /^و?حتي$/.test(view.keys[trigger - 2]!)) return true;
  // يزيد احتمالات أن تشن إسرائيل هجوما: a likelihood weighed, not an act
  if (trigger - 2 >= from && view.keys[trigger - 1] === 'ان' && /^[وبل]?(ال)?(احتمال|احتمالات|احتماليه|امكانيه|امكان)$/.test(view.keys[trigger - 2]!)) return true;
  // (… and so is "any" X: ما في أي دعم للمواهب، يدين أي هجوم — no particular event)
  return trigger > from && /^(اي|لاي|باي)$/.test(view.keys[trigger - 1]!);
}

/**
 * A sentence that ends in a question mark asks, it does not tell: «من وراء تفجيرات سيناء؟»، «هل منع تطبيق العقوبات …؟»،
 * «وهل قرأتم عن إرهابي يقتل مواطنيه؟» (on 3,400 SaudiNewsNet articles 13 of 16 such events were no event told).
 */
function asked(view: DocView, from: number, to: number): boolean {
  for (let k = to - 1; k >= from && k >= to - 3; k--) {
    const t = view.tokens[k]!.text;
    if (t === '؟' || t === '?') return true;
    if (!/^[»”"')\].!]+$/.test(t)) return false;
  }
  return false;
}

/** a weekday named alone (الأحد، يوم الخميس), no المقبل/الماضي */
const BARE_WEEKDAY = /^(يوم )?(ال)?(احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت)$/;

/** A finite verb read in the perfect (قتل، استهدفت), with no future particle (سيزور). */
function pastVerb(view: DocView, tr: Trigger): boolean {
  return tr.entry.pos === 'v' && !tr.participle && !tr.pro.includes('س') && !imperfect(view, tr);
}

/** A day up to a week after publication, for a past event: the same weekday a week earlier. */
function lastWeekdayBefore(date: string | null, published: string | null): string | null {
  if (!date || !published || date.length !== 10 || published.length < 10) return date;
  const d = Date.parse(`${date}T00:00:00Z`);
  const p = Date.parse(`${published.slice(0, 10)}T00:00:00Z`);
  if (!(d > p) || d - p > 7 * 86400000) return date;
  return new Date(d - 7 * 86400000).toISOString().slice(0, 10);
}

/** True when the trigger verb is read in the imperfect (يقتل، تستهدف), not the perfect (قتل، استهدفت). */
function imperfect(view: DocView, tr: Trigger): boolean {
  const core = bareKey(view.keys[tr.head]!).replace(/^س/, '');
  const lemma = tr.entry.lemma;
  return !!lemma && /^[يتنا]/.test(core) && !core.startsWith(lemma.slice(0, 2));
}

function clauseHasAny(view: DocView, set: Set<string>, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (view.tokens[k]!.kind === 'word' && isNeeded(set, view.keys[k]!)) return true;
  return false;
}

/**
 * وصل/يصل إلى as a visit: a person arriving at a place (وصل الرئيس الشيشاني إلى المدينة المنورة), not amounts
 * reaching a sum (تحويلات تصل إلى خمسة آلاف يورو) or a matter reaching a point (الأمر الذي وصل إلى حد …).
 */
function plausibleVisit(d: Draft): boolean {
  const e = d.trigger.entry;
  if (e.type !== 'CONSULT' || e.mode !== 'visit' || e.lemma !== 'وصل') return true;
  // (… or a state's delegation: ووصل وفد سعودي إلى صنعاء)
  return d.actor.some((a) => a.type === 'PER' || isCountry(a)) && d.recipient.length > 0 && d.recipient.every((r) => r.type === 'LOC');
}

/** Verb, light-verb and licensed-noun triggers of a sentence, at most one per word. */
function findTriggers(view: DocView, w: WordClasses, lex: TriggerLexicon, from: number, to: number): Trigger[] {
  const out: Trigger[] = [];
  const used = new Set<number>();
  const withNouns = new Set<number>();
  const clauseHas = (k: number, pred: (key: string) => boolean, span = 12) => {
    for (let j = Math.max(from, k - span); j < Math.min(to, k + span); j++) if (j !== k && pred(view.keys[j]!)) return true;
    return false;
  };
  const clauseHasAfter = (k: number, pred: (key: string) => boolean, span = 12) => {
    for (let j = k + 1; j < Math.min(to, k + span); j++) if (pred(view.keys[j]!)) return true;
    return false;
  };
  for (let i = from; i < to; i++) {
    if (used.has(i) || view.tokens[i]!.kind !== 'word' || view.tokMention[i] || view.tokTime[i]) continue;
    // فجرًا (at dawn) is an adverb, not «they two blew up»
    if (view.keys[i] === 'فجرا') continue;
    const key = view.keys[i]!;
    // a word written with ة is a noun (استعادة), never a verb with the pronoun ه
    // …, and a word right after a preposition is a verbal noun (على دعم الجهود), not a verb
    // (… also إلى past an opening quotation mark: دعا المجتمع الدولي إلى "رفض هذا القرار" — a noun, the call's content;
    // not على: أقدموا على "قطع الطريق"، مشددا على «تضامن مصر» read their verbal nouns as the act itself)
    const afterPrep = i > from && (isClass(w, 'prep', view.keys[i - 1]!) || (i - 1 > from && /^["«“]$/.test(view.tokens[i - 1]!.text) && /^(الي|لي)$/.test(view.keys[i - 2]!)));
    // … and a bare word right after an indefinite noun of a force or group is its genitive (عناصر دعم، وحدات حماية)
    const prevKey = i > from ? view.keys[i - 1]! : '';
    // (a bare stem only: قواتها شنت، مقاتليه استهدفوا are subject and verb)
    // (… or a light verb's noun: ووقع البلدان وثائق تعاون)
    const afterBareNoun = i > from && !view.tokMention[i - 1] && !prevKey.startsWith('ال') && (isClass(w, 'title', prevKey) || withNouns.has(i - 1)) && !isClass(w, 'title', key);
    let vh = afterPrep ? null : verbHit(lex, key);
    // (a feminine participle of manner keeps its ة: محذرة من)
    if (vh && view.tokens[i]!.text.endsWith('ة') && !vh.participle) vh = null;
    // هنأ counts only as written with its hamza: هنا is "here"
    const written = vh ? lex.hamza.get(vh.reading.core) : undefined;
    if (written && !view.tokens[i]!.text.replace(/[\u064B-\u0652\u0640]/g, '').includes(written)) vh = null;
    if (vh && afterBareNoun && !vh.reading.pro && !vh.reading.enc && vh.entries.some((e) => e.lemma === vh!.reading.core)) vh = null;
    // جريمة قتل، محاولة اغتيال، بتهمة قتل: the bare form after a noun of kind is its verbal noun
    // (… and after تم/جرى, the passive light verbs: جرى خلاله بحث العلاقات، تم اعتقال)
    const prev2 = i - 2 >= from ? view.keys[i - 2]! : '';
    // (… and so is a bare form in a list of harms: قتل واقتتال، مخالب قتل وتدمير)
    if (vh && !vh.reading.pro && !vh.reading.enc && masdarInList(view, lex, i, to)) vh = null;
    // وقتل النفس التي حرم الله إلا بالحق، تحرم قتل النفس: «killing a soul», the verbal noun of a rule or a sermon
    // (وقتلوا الأنفس التي حرم الله دماءها is an act told)
    if (vh && !vh.reading.enc && /^[وف]?$/.test(vh.reading.pro) && vh.reading.core === 'قتل' && view.keys[i + 1] === 'النفس') vh = null;
    // بسجن 21 متهما، أحد عشر متهما: a participle counted by a number is a noun (defendants), not a manner clause
    // (the accused only: «… 1436 داعيًا الإخوة» is a participle of manner after a date)
    if (vh?.participle && i > from && /^متهم/.test(key) && (/^[0-9٠-٩]+$/.test(view.tokens[i - 1]!.text) || isClass(w, 'count', prevKey))) vh = null;
    if (vh && !vh.reading.pro && !vh.reading.enc && (/^(جريمه|بجريمه|جراءم|وجراءم|بجراءم|محاوله|تهمه|بتهمه|قضيه|حادثه|عمليه|عمليات|فتاوي|فتوي|لفتاوي|بفتاوي|وفتاوي|واقعه|تم|وتم|جري|وجري|يتم|سيتم|يجري|سيجري)$/.test(prevKey) || /^و?(جري|تم)$/.test(prev2) && /^(خلاله|خلالها|فيه|فيها)$/.test(prevKey)) && vh.entries.some((e) => e.lemma === vh!.reading.core)) vh = null;
    if (vh) {
      let chosen: Trigger | null = null;
      // a light verb's noun first, then entries needing a word of the clause, then plain ones
      const conditioned = (x: TriggerEntry) => (x.with != null ? 2 : x.needPrep != null ? 1 : 0);
      // among light-verb entries the nearest noun decides (أكد ولي العهد حرص المملكة على دعم: حرص, not دعم)
      let nearest: { e: TriggerEntry; found: number } | null = null;
      for (const e of [...vh.entries].sort((x, y) => conditioned(y) - conditioned(x) || x.order - y.order)) {
        if (nearest && !e.with) break;
        if (e.not.size && clauseHas(i, (k) => inSet(e.not, k))) continue;
        // (a verb with no object slot takes no object pronoun: تقدّمها نحو … is "its progress towards")
        if (vh.reading.enc && !e.with && !e.frame.includes('obj') && !vh.participle) continue;
        // تظاهر بأنه نائم، يتظاهر بالنوم: to feign, not to demonstrate
        // (… and احتج بتصريحات is "cited", not "protested"; احتج بشدة على is a protest)
        if ((e.lemma === 'تظاهر' || e.lemma === 'احتج') && /^ب(?!شد)/.test(view.keys[i + 1] ?? '')) continue;
        // لن تقبل، لا نعترف: a refusal only after لن/لا (لم يعترف بهذه النقطة is mostly «has not admitted»)
        if (e.mode === 'refuse' && !/^(لن|لا)$/.test(view.keys[i - 1] ?? '')) continue;
        // خرج آلاف المواطنين في مظاهرات رفضا للاتفاق: «رفضا لـ» is the purpose of another act (a protest's), not «the two
        // refused» (the dual verb takes its object directly: رفضا الاتفاق)
        if (e.type === 'REJECT' && e.lemma === 'رفض' && /^رفضا$/.test(key) && /^ل/.test(view.keys[i + 1] ?? '')) continue;
        // (… or close a long sentence after it: سيطرت قوات X التابعة لـY، اليوم، على معسكرات Z في مديرية W، عقب اشتباكات)
        if (e.needPrep && !clauseHas(i, (k) => isNeeded(e.needPrep!, k), 18) && !(e.type === 'ASSAULT' && clauseHas(i + 12, (k) => isNeeded(e.needPrep!, k), 18))) continue;
        // (… and every further group of needed words: أعلن … انطلاق عملية "النصر الذهبي" لتحرير الحديدة needs both)
        if (e.needAlso.some((g) => !clauseHas(i, (k) => isNeeded(g, k), 18))) continue;
        // (أقدم على قتل زوجته: the act follows the verb — جرائم قتل بشعة يقدم عليها الرجل tells a habit)
        if (e.lemma === UNDERTOOK && e.needPrep && !clauseHasAfter(i, (k) => isNeeded(e.needPrep!, k), 18)) continue;
        // بيان صادر عن الوزارة: a transitive act of force right before عن is no verb (صادر "issued")
        if ((e.type === 'COERCE' || e.type === 'ASSAULT') && e.frame.length === 1 && e.frame[0] === 'obj' && view.keys[i + 1] === 'عن') continue;
        if (e.with) {
          const found = withNoun(view, w, e.with, i, to, e.frame.includes('ان'));
          // (an entry's vetoes hold around its noun too, past a long subject: وأعلن الرئيس، عقب اجتماع طارئ للقيادة في
          // رام الله، وقف التنسيق الأمني is no ceasefire)
          if (found >= 0 && e.not.size && clauseHas(found, (k) => inSet(e.not, k), 4)) continue;
          // or the noun just before it: أن الضربة نفذت بأمر من …
          // (… or with a possessive: أن وحداته انتشرت في البلدات)
          // (… or indefinite: بعد اشتباكات اندلعت مساء الاثنين بين …)
          // (an indefinite one only for a fight or a deployment breaking out: اتفاق يبرم is a relative clause, the deal its object)
          const before = view.keys[i - 1] ?? '';
          const occurs = e.type === 'ASSAULT' || e.type === 'PROTEST' || e.type === 'MOBILIZE';
          if (found < 0 && i > from && !view.tokMention[i - 1] && (before.startsWith('ال') || /(ه|ها|هم)$/.test(before) || occurs) && inSet(e.with, before)) {
            chosen = { first: i - 1, last: i, head: i, entry: e, pro: vh.reading.pro, enc: vh.reading.enc, participle: vh.participle };
            used.add(i - 1);
            break;
          }
          if (found < 0) continue;
          if (!nearest || found < nearest.found) nearest = { e, found };
          continue;
        }
        chosen = { first: i, last: i, head: i, entry: e, pro: vh.reading.pro, enc: vh.reading.enc, participle: vh.participle };
        break;
      }
      if (!chosen && nearest) {
        chosen = { first: i, last: nearest.found, head: i, entry: nearest.e, pro: vh.reading.pro, enc: vh.reading.enc, participle: vh.participle };
        used.add(nearest.found);
        withNouns.add(nearest.found);
      }
      if (chosen) {
        out.push(chosen);
        used.add(i);
        continue;
      }
    }
    const nh = nounHit(lex, key);
    if (!nh) continue;
    const e = nh.entries[0]!;
    // أضرابه (his peers, with the hamza above) is no إضرابه (his strike)
    if (e.type === 'PROTEST' && view.tokens[i]!.text.includes('أضراب')) continue;
    // (لقتال داعش is a purpose, تدريب قتالي an adjective)
    if (noEventReading(key, e, nh.reading.pro, nh.reading.enc, i > from ? view.keys[i - 1]! : '')) continue;
    // (a noun's vetoes hold as a verb's do: مقتل 16 شخصا في حادث سير is no attack)
    // (… a withdrawal's only after it, from what it leaves: انسحب من البطولة; وينص الاتفاق على انسحاب القوات is one)
    if (e.not.size && (e.lemma === WITHDRAWAL ? clauseHasAfter(i, (k) => inSet(e.not, k)) : clauseHas(i, (k) => inSet(e.not, k)))) continue;
    // the content of a call is no event: دعا إلى استئناف المحادثات
    const governed = i > from && (GOVERNORS.has(bareKey(view.keys[i - 1]!)) || strippings(view.keys[i - 1]!).some((x) => GOVERNORS.has(x.core)));
    // what is called for, denied or blamed is no event of its own: نفى … أي علاقة له بتفجير إسطنبول
    // (… but not one told as the time of something, which happened: مطالبا الحكومة بالاعتذار عن الإساءة للمعلمين خلال
    // الاعتصام الذي نفذوه)
    const occasion = i > from && (lex.lists.get('@after-event')?.has(view.keys[i - 1]!.replace(/^[وف]/, '')) ?? false);
    const called = !occasion && out.some((t) => (t.entry.type === 'REQUEST' || t.entry.type === 'THREATEN' || t.entry.type === 'REJECT' || t.entry.type === 'ACCUSE') && i - t.last <= 8 && i > t.last);
    // (… or told in passing as one that happened: بعد احتجاجات حاشدة على حكمه, nominal.ts)
    const reported = !governed && !called && reportedNominal(view, w, lex, i, e, to);
    const why = governed || called ? null : reportOnly(e) ? (reported ? 'report' : null) : licensed(view, w, i, nh.reading.pro, nh.reading.enc, e, to) ?? (reported ? 'report' : null);
    if (why) {
      out.push({ first: i, last: i, head: i, entry: e, pro: nh.reading.pro, enc: nh.reading.enc, license: why, reported });
      used.add(i);
    }
  }
  return out.sort((a, b) => a.first - b.first);
}

/**
 * The light verb's noun (أجرى … محادثات، شن … غارات): the first of its words after the verb, with only the
 * subject (names, titles), times, a comma-enclosed aside (، في ندوة صحافية مشتركة،) and at most three other
 * words between: أكد ولي العهد خلال اللقاء حرص المملكة على دعم … is no "أكد دعم".
 */
function withNoun(view: DocView, w: WordClasses, set: Set<string>, i: number, to: number, throughThat = false): number {
  let other = 0;
  let aside = false;
  let that = false;
  // (a long coordinated subject and an aside may stand between: أعرب وزراء خارجية مصر والأردن والسعودية …، في بيان
  // مشترك عقب اجتماعهم بالقاهرة، عن رفضهم; two signatories with their long titles: وقّع صاحب السمو الملكي الأمير سلمان
  // بن حمد آل خليفة ولي العهد رئيس مجلس الوزراء، ووزير الخارجية الأمريكي أنتوني بلينكن، في واشنطن أمس، اتفاقية …;
  // the count of other words still bounds it)
  for (let j = i + 1; j < Math.min(to, i + 34); j++) {
    const t = view.tokens[j]!;
    if (t.kind === 'punct') {
      if (t.text === '،' || t.text === ',') {
        aside = !aside;
        continue;
      }
      if (t.text === '-') continue;
      // (a name's abbreviation in brackets: القيادة الأميركية في أفريقيا (أفريكوم) مؤقتا وحدة)
      if (t.text === '(' && shortBracket(view, j, 1)) {
        while (j + 1 < to && view.tokens[j]!.text !== ')') j++;
        continue;
      }
      // (an opening quotation mark before the noun: إلى "قائمة الكيانات غير الموثوق بها")
      if (/^["«“]$/.test(t.text) && j + 1 < to && inSet(set, view.keys[j + 1]!)) continue;
      // أكد أن الإمارات "شريك موثوق": a that-clause entry reads into the quote it opens
      if (that && /^["«“]$/.test(t.text)) continue;
      // (a short quoted formula closing a comma-enclosed aside is part of it: تلقى الشيخ محمد بن زايد، رئيس الدولة
      // "حفظه الله"، اتصالاً — not a quote that opens speech: وفي «كلاريدجز» يكون …، قال إن «…»)
      if (aside && /^["«“]$/.test(t.text)) {
        let k = j + 1;
        while (k < Math.min(to, j + 5) && view.tokens[k]!.kind !== 'punct') k++;
        if (k > j + 1 && k + 1 < to && /^["»”]$/.test(view.tokens[k]!.text) && /^[،,]$/.test(view.tokens[k + 1]!.text)) {
          j = k;
          continue;
        }
      }
      // (a group's name in quotation marks in the subject: وأعلن تنظيم "داعش" مسؤوليته، وطعنت لائحة «كلنا وطني» بنتائج —
      // one to four words right after the group's noun, then the noun)
      if (/^["«“]$/.test(t.text)) {
        const k = quotedName(view, j, to);
        if (k > 0) {
          j = k;
          if (++other > 3) return -1;
          continue;
        }
      }
      return -1;
    }
    // (… not a past one the clause dates by: وتشهد المحافظة صيفا ساخنا منذ احتجاجات 2018)
    // (a person's name is never the noun: وجهه وزير الخارجية سامح شكري is no «الشكر»)
    if (inSet(set, view.keys[j]!) && view.tokMention[j]?.entity.type !== 'PER') return view.keys[j - 1] === 'منذ' ? -1 : j;
    // (an aside is no new clause: وأحرقوا العجلات، فيما أضرم مجهولون النار في مقر — the noun after فيما is another verb's)
    if (aside && /^(فيما|بينما|حيث|لكن|ولكن|لكنه|لكنها|عندما|بعدما|حين|حينما)$/.test(view.keys[j]!)) return -1;
    if (aside || view.tokMention[j] || view.tokTime[j] || isSkippable(view, j)) continue;
    const key = view.keys[j]!;
    if (isClassLoose(w, 'title', key) || isClass(w, 'anon', key) || isClassLoose(w, 'pair', key)) continue;
    // (a quantifier of an unnamed group subject is part of it: أعربت دول عربية عدة، بينها السعودية …، عن دعمها)
    if (/^(عده|عديده|كثيره|اخري)$/.test(key)) continue;
    // (the that-word of an entry whose frame is ان, once: أكد ترامب أن الإمارات شريك)
    if (throughThat && !that && !aside && isClass(w, 'that', key)) {
      that = true;
      continue;
    }
    if (isClass(w, 'boundary', key) || isClass(w, 'that', key)) return -1;
    if (++other > 3) return -1;
  }
  return -1;
}

/**
 * The closing quotation mark of a name in quotation marks opening at token j (one to four words right after a group's
 * noun: تنظيم "داعش"، لائحة «كلنا وطني»; not a paper's or a weapon's: أجرت صحيفة «الشرق الأوسط» حوارا), or -1.
 */
function quotedName(view: DocView, j: number, to: number): number {
  let k = j + 1;
  while (k < Math.min(to, j + 5) && view.tokens[k]!.kind === 'word') k++;
  if (k === j + 1 || k >= to || !/^["»”]$/.test(view.tokens[k]!.text)) return -1;
  return GROUP_NOUN.test(view.keys[j - 1] ?? '') ? k : -1;
}

/** The doer named right after an attack noun: a person or group (هجمات الحوثيين) or a relative adjective (غارات إسرائيلية). */
/**
 * أفاد بأن المقاومة الشعبية تحاصر الحوثيين: right before the verb (قد aside), one to three words no entity covers — a
 * definite noun first — after a that-word or at the sentence's start: the verb's own subject, unnamed.
 */
function unnamedSubjectBefore(view: DocView, w: WordClasses, first: number, from: number): boolean {
  let k = first - 1;
  if (k >= from && view.keys[k] === 'قد') k--;
  let n = 0;
  while (k >= from && n < 3 && view.tokens[k]!.kind === 'word' && !view.tokMention[k] && !view.tokTime[k] && view.keys[k]!.startsWith('ال') && !isClass(w, 'that', view.keys[k]!)) {
    k--;
    n++;
  }
  if (!n) return false;
  return k >= from && (isClass(w, 'that', view.keys[k]!) || /^(ب|و)?[اأإ]ن$/.test(view.keys[k]!));
}

/**
 * المركز الذي وافق مجلس الوزراء على إنشائه، الغرف التي تستقبل فيها الملكة ضيوفها: a pronoun in the relative clause
 * points back to the antecedent, which is then not the subject — the party after the verb is.
 */
function resumptive(view: DocView, last: number, ce: number): boolean {
  for (let j = last + 1; j < Math.min(ce, last + 8); j++) {
    const key = view.keys[j]!;
    if (/^(فيه|فيها|عليه|عليها|له|لها|منه|منها|به|بها|اليه|اليها|عنه|عنها|معه|معها|فيهم|عليهم|لهم|منهم|بهم)$/.test(key)) return true;
    if (/^(علي|في|ب|ل|الي|عن)$/.test(view.keys[j - 1] ?? '') && /(ه|ها|هم)$/.test(key) && key.length > 4) return true;
    if (/^(بال|ال|لل|ب|ل)?[^ ]{2,}(ه|ها|هم)$/.test(key) && /^(ب|ل)/.test(key) && key.length > 5) return true;
  }
  return false;
}

/** … نحو عشرين من أفرادها، ثلاثة من عناصره: the victims are the antecedent's members */
function membersOf(view: DocView, last: number, ce: number): boolean {
  for (let j = last + 1; j < Math.min(ce, last + 6); j++) if (view.keys[j] === 'من' && /^(افراد|عناصر|جنود|منتسبي|ضباط|مقاتلي)/.test(view.keys[j + 1] ?? '')) return true;
  return false;
}

/** الغارات التركية، القصف الإسرائيلي: a definite attack noun and its doer's definite adjective */
function definiteAgent(view: DocView, i: number, to: number): Entity | null {
  let j = i + 1;
  if (j < to && !view.tokMention[j] && /^(الجويه|الجوي|الصاروخيه|المكثفه|العنيفه|الجديده|المدفعي|المدفعيه)$/.test(view.keys[j]!)) j++;
  const m = j < to ? view.tokMention[j] : null;
  if (!m || j !== m.first || view.mentionPrefix(j) || m.entity.type !== 'LOC') return null;
  const k = view.keys[j]!;
  return k.startsWith('ال') && (k.endsWith('يه') || k.endsWith('ي')) ? m.entity : null;
}

function genitiveAgent(view: DocView, i: number, to: number): Entity | null {
  let j = i + 1;
  if (j < to && !view.tokMention[j] && /^(جويه|جوي|صاروخيه|مكثفه|عنيفه|جديده)$/.test(view.keys[j]!)) j++;
  const m = j < to ? view.tokMention[j] : null;
  if (!m || j !== m.first || view.mentionPrefix(j)) return null;
  if (m.entity.type === 'PER' || m.entity.type === 'ORG') return m.entity;
  const k = view.keys[j]!;
  return !k.startsWith('ال') && (k.endsWith('يه') || k.endsWith('ي')) ? m.entity : null;
}

/**
 * مقابل إطلاق واشنطن سراح رجل الأعمال، مقابل إطلاق بلجيكا سراح الدبلوماسي: the release noun إطلاق with its releaser
 * between it and سراح (a state, its capital, a body or a person); `i` is the noun.
 */
function releaserBeforeSarah(view: DocView, i: number, to: number): Entity | null {
  if (!/^[وف]?(ب|ل)?(ال)?اطلاق$/.test(view.keys[i] ?? '')) return null;
  const m = i + 1 < to ? view.tokMention[i + 1] : null;
  if (!m || m.first !== i + 1 || view.mentionPrefix(i + 1) || m.last >= to || view.keys[m.last] !== 'سراح') return null;
  return m.entity.type !== 'LOC' || isCountry(m.entity) || m.entity.role === 'capital' ? m.entity : null;
}

// وأصيب 20 شخصا برصاص قوات الاحتلال: a wounding verb whose trigger ends in the weapon takes the force named after it
const FIRE_INSTRUMENT = /^(ب|بال)(رصاص|نيران|قذائف|قذيفه|قصف|غارات|غاره|صواريخ|صاروخ)$/;
// (… and an attack verb whose subject is a weapon with its country adjective: غارة شنتها مسيرة إسرائيلية، قصفت مدفعية تركية)
function firedBy(view: DocView, tr: Trigger, ce: number): Entity | null {
  if (tr.entry.type !== 'ASSAULT' || tr.entry.pos !== 'v') return null;
  if (tr.last === tr.head && WEAPON.test(view.keys[tr.last + 1] ?? '')) return genitiveAgent(view, tr.last + 1, ce);
  if (tr.last === tr.head || !FIRE_INSTRUMENT.test(view.keys[tr.last]!)) return null;
  // (… through its members: برصاص مسلحي حزب العمال الكردستاني، بنيران عناصر التنظيم)
  return genitiveAgent(view, tr.last, ce) ?? (/^(مسلحي|عناصر|مقاتلي|جنود|افراد|قناصه|قناصي)$/.test(view.keys[tr.last + 1] ?? '') ? genitiveAgent(view, tr.last + 1, ce) : null);
}

// بعد/عقب/إثر اعتقال …، بعد ساعات من اعتقال …: the words of time that make an arrest one that happened
const AFTER_TIME = /^[وف]?(بعد|عقب|اثر|اعقاب|غداه|بعيد)$/;
const SPAN_OF_TIME = /^(ساعات|ساعه|ساعتين|ايام|يوم|يومين|اسابيع|اسبوع|اسبوعين|دقائق|اشهر|شهر|شهرين)$/;
function afterTime(view: DocView, i: number): boolean {
  if (i > 0 && AFTER_TIME.test(view.keys[i - 1]!)) return true;
  return i > 2 && view.keys[i - 1] === 'من' && SPAN_OF_TIME.test(view.keys[i - 2]!) && AFTER_TIME.test(view.keys[i - 3]!);
}
/** the person (a name, or a title heading one) right after an arrest noun */
function arrestedNamed(view: DocView, w: WordClasses, j: number): boolean {
  const m = view.tokMention[j];
  if (m && m.first === j && (m.entity.type === 'PER' || m.entity.type === 'ORG')) return true;
  return isClassLoose(w, 'title', view.keys[j]!) && [1, 2, 3].some((d) => view.tokMention[j + d]?.entity.type === 'PER');
}

/** A verbal noun is an event only where its construction says so (see event-triggers.tsv). */
type License = 'possessive' | 'instrument' | 'agent' | 'count' | 'patient' | 'partner' | 'intent' | 'report' | null;

function licensed(view: DocView, w: WordClasses, i: number, pro: string, enc: string, e: TriggerEntry, to: number): License {
  // بعد انسحاب القوات الإسرائيلية منها: a withdrawal noun only with the armed force named after it (not a club or a
  // party leaving a tournament or a deal; قبل انسحابها منه is history told in passing)
  // استدعاء سفيرها، سحب سفير المملكة لدى إسرائيل: a recall of one's own envoy (not استدعاء السفير الإيراني, a summons)
  if (e.type === 'SANCTION' && e.pos === 'n') return ownEnvoy(view, i + 1) ? 'agent' : null;
  if (e.type === 'RETREAT') return (FORCES.test(view.keys[i + 1] ?? '') && genitiveAgent(view, i, to)) || releaserBeforeSarah(view, i, to) ? 'agent' : null;
  // (fire as a noun, برصاص قوات الأمن، لرصاص الشرطة, only as the means of a casualty: ضرب أول رصاصة ضد … is a figure)
  if (e.mode === 'firearms') return /[بل]$/.test(pro) && genitiveAgent(view, i, to) ? 'agent' : null;
  // (… not an attack told with يتم, habitual or planned: عجلات يتم تفجيرها ضد أبناء شعبنا)
  if (enc) return e.type === 'ASSAULT' && /^و?(يتم|سيتم|يجري|سيجري)$/.test(view.keys[i - 1] ?? '') ? null : 'possessive'; // دعمي، لقاءه، اعتصامهم
  // تم قصف معسكري …، جرى اعتقال …: a material act told in the passive with تم/جرى happened
  // (… with تم or جرى only for an attack: يتم قصفها is habitual or planned)
  if (MATERIAL.has(e.type) && i > 0 && (e.type === 'ASSAULT' ? /^و?(تم|جري)$/ : /^و?(تم|جري|يتم|سيتم|يجري|سيجري)$/).test(view.keys[i - 1]!)) return 'patient';
  if (pro.endsWith('ب') && e.type === 'ASSAULT') return 'instrument'; // بغارات جوية
  if (e.type === 'ASSAULT' && genitiveAgent(view, i, to)) return 'agent'; // غارات إسرائيلية، هجمات الحوثيين
  // قتلوا في الغارات التركية، جراء القصف الإسرائيلي: a definite attack with its doer's adjective, as the cause of deaths
  if (e.type === 'ASSAULT' && i > 0 && /^(في|جراء|اثر|بسبب|خلال|من|بفعل)$/.test(view.keys[i - 1]!) && view.keys[i]!.startsWith('ال') && definiteAgent(view, i, to)) return 'agent';
  // مقتل 32 شخصا، استشهاد ثمانية فلسطينيين
  if (e.type === 'ASSAULT' && i + 1 < to && (view.tokens[i + 1]!.kind === 'number' || isClass(w, 'count', view.keys[i + 1]!))) return 'count';
  // أعلنت الوزارة القبض على خلية: an arrest noun with whom it took (the announcing authority made the arrest,
  // unlike a casualty count, whose announcer is no attacker)
  // … or how many it took: أعلنت وزارة الداخلية توقيف 107 أشخاص
  // أعلنت وزارة الدفاع «تحييد» 15 إرهابيا: a neutralisation is told by its doer (mode neutralize), like an arrest
  if (e.mode === 'neutralize' && i + 1 < to && (view.tokens[i + 1]!.kind === 'number' || isClass(w, 'count', view.keys[i + 1]!) || (/["«“»”]/.test(view.tokens[i + 1]!.text) && view.tokens[i + 2]?.kind === 'number'))) return 'patient';
  if (e.type === 'COERCE' && (view.keys[i + 1] === 'علي' || (i + 1 < to && (view.tokens[i + 1]!.kind === 'number' || isClass(w, 'count', view.keys[i + 1]!))))) return 'patient';
  // بعد ساعات من اعتقال رئيس الوزراء، عقب توقيف الناشط فلان: an arrest told as the time of something else happened —
  // with the person taken named right after it (not بعد اعتقالات واسعة, not مكافحة … : the noun's own not-happened words)
  // (told in passing: the clause's subject is not the arrester — أعلن البرهان حل المجلس بعد ساعات من اعتقال رئيس الوزراء)
  if (e.mode === 'arrest' && i + 1 < to && arrestedNamed(view, w, i + 1) && afterTime(view, i)) return 'report';
  if (!e.frame.length) return null;
  if (e.type === 'ASSAULT') {
    // ضربات جوية على معسكرات للحوثيين: an attack noun with its target named after على/ضد
    for (let j = i + 1; j < Math.min(to, i + 4); j++) {
      if (view.keys[j] !== 'علي' && view.keys[j] !== 'ضد') continue;
      // the target: right after على, or a group after one noun (على معسكرات للحوثيين); not a conditional (إذا استمرت الهجمات)
      const m1 = view.tokMention[j + 1];
      const m2 = view.tokMention[j + 2];
      const conditional = [i - 1, i - 2].some((b) => b >= 0 && /^(اذا|لو|ان)$/.test(view.keys[b]!));
      if (!conditional && (m1 || (m2 && (m2.entity.type === 'ORG' || m2.entity.type === 'PER')))) return 'partner';
      break;
    }
  }
  for (let j = i + 1; j < Math.min(to, i + 4); j++) {
    const k = view.keys[j]!;
    if (k === 'مع' || k === 'بين') return 'partner';
    if (view.tokMention[j] && e.frame.some((f) => f === 'ل' || f === 'علي' || f === 'ضد') && /^(ل|ضد|علي)$/.test(view.keys[j - 1] ?? '')) return 'partner';
    if (view.tokens[j]!.kind === 'punct') break;
  }
  // مستعد للعمل مع …: an adjective of readiness with what it is ready for
  // (… or committed to a deal or a resolution: ملتزمة بتطبيق القرار; not a policy: ملتزمة بمرونة سعر الصرف)
  if (e.type === 'AGREE' && (/^ل/.test(view.keys[i + 1] ?? '') || (/^ملتزم/.test(view.keys[i]!) && /^(بتطبيق|بتنفيذ|بالاتفاق|باتفاق|بالقرار|بقرار|بالقرارات|بالتعهدات|بتعهداته|بتعهداتها|بوقف|بالهدنه|بالاتفاقيه|بالاتفاقيات)$/.test(view.keys[i + 1] ?? '')))) return 'intent';
  // عقب محادثات استمرت أربع ساعات مع نظيره: talks after a preposition of time, their partner a little later
  if (e.type === 'CONSULT' && i > 0 && /^(عقب|بعد|اثر|خلال|اعقاب)$/.test(view.keys[i - 1]!.replace(/^[وف]/, ''))) {
    for (let j = i + 1; j < Math.min(to, i + 10); j++) {
      if (view.tokens[j]!.kind === 'punct') break;
      // (مع نظيره الروسي سيرغي لافروف: a name within a title or two)
      if (view.keys[j] === 'مع') return [1, 2, 3].some((d) => j + d < to && view.tokMention[j + d]) ? 'partner' : null;
    }
  }
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) if (isClass(w, 'future', view.keys[j]!)) return 'intent';
  // خلال زيارة صاحب السمو الملكي الأمير محمد بن سلمان … إلى إسلام آباد: a visit told as the occasion of something, with
  // its visitor named after it and where it went after إلى
  if (e.mode === 'visit' && i > 0 && /^(خلال|اثناء|ابان|عقب|بعد|في)$/.test(view.keys[i - 1]!.replace(/^[وف]/, ''))) {
    let visitor = false;
    for (let j = i + 1; j < Math.min(to, i + 22); j++) {
      if (view.tokens[j]!.kind === 'punct') break;
      const m = view.tokMention[j];
      if (view.keys[j] === 'الي' || view.keys[j] === 'لي') {
        const place = view.tokMention[j + 1];
        return visitor && place && place.first === j + 1 && place.entity.type === 'LOC' ? 'partner' : null;
      }
      if (m && m.first === j && (m.entity.type === 'PER' || isCountry(m.entity) || m.entity.type === 'ORG')) visitor = true;
    }
  }
  // بعد اجتماع في قصر بعبدا ضم رئيس مجلس النواب نبيه بري ورئيس الحكومة نجيب ميقاتي: a meeting that brought together
  // two or more named parties
  if (e.type === 'CONSULT' && gatheredAt(view, w, i, to) >= 0) return 'partner';
  return null;
}

// ضم، جمع: the verb of a meeting that brought parties together (اجتماع ضم …، لقاء جمع …)
const GATHERED = /^(ضم|ضمت|جمع|جمعت)$/;
/** The token after which the parties a meeting noun at i brought together are named (at most 6 words on), or -1. */
function gatheredAt(view: DocView, w: WordClasses, i: number, to: number): number {
  for (let j = i + 1; j < Math.min(to, i + 7); j++) {
    if (view.tokens[j]!.kind === 'punct') return -1;
    if (!GATHERED.test(view.keys[j]!)) continue;
    const np = readPhrase(view, w, j + 1, to);
    return np && np.mentions.filter((m) => m.entity.type === 'PER' || m.entity.type === 'ORG' || m.entity.kb?.startsWith('country:')).length >= 2 ? j : -1;
  }
  return -1;
}

function argumentsOf(view: DocView, w: WordClasses, tr: Trigger, cs: number, ce: number, sentFrom: number, q: Quote | null, sentenceActor: Entity[], sentenceDrafts: Draft[], all: Draft[], hasSubject = false, reporter: Entity | null = null, relayer: Entity | null = null): Draft | null {
  // وأغلقت قوات الأمن …، ومنعت رئيس المجلس راشد الغنوشي من دخوله: a و-verb inside the sentence continues its subject
  let midSentence = false;
  for (let k = sentFrom; k < tr.first; k++) if (view.tokens[k]!.kind === 'word' && !isSkippable(view, k)) midSentence = k < tr.first - 1 || midSentence;
  // inside reported speech (… إن الطائرات استهدفت …) the sentence's subject is the speaker, not the doer
  let afterThat = false;
  for (let k = cs - 1; k >= sentFrom; k--) {
    if (view.tokens[k]!.kind === 'punct' && /["«“]/.test(view.tokens[k]!.text)) continue;
    // (قبل أن تفرج عنهم، بعد أن: أن after a word of time opens no reported speech — the clause goes on with the
    // sentence's subject: واعتقلت قوات الدرك عددا منهم قبل أن تفرج عنهم)
    // (… only with no subject after the verb: قبل أن يستقيل الأخير has its own)
    // (… and only for the time clause's own verb, right after أن: بعد أن يتولوا مهمة …، يأتي دعمهم is another clause)
    afterThat = isClass(w, 'that', view.keys[k]!) && !(k > sentFrom && view.keys[k] === 'ان' && tr.first === k + 1 && TIME_BEFORE_THAT.test(view.keys[k - 1]!) && noSubjectAfter(view, w, tr, sentenceActor));
    break;
  }
  // وقال الشمري إن الوضع مستقر، مؤكدا فرض حظر التجوال: a verbal noun after a participle of speech is what the subject
  // states it does (the participle's object), not part of the words reported before it
  // (a light verb's form right after the participle is its verbal noun too: مؤكدا فرض حظر)
  if (afterThat && !q && !tr.participle) {
    // (right after the participle only: مشيرا إلى اعتقال 5 أشخاص reports someone else's arrests)
    const k = tr.first - 1;
    if (k - 1 > cs && SPEECH_PARTICIPLE.test(view.keys[k]!) && view.tokens[k - 1]!.text === '،') afterThat = false;
  }
  const e = tr.entry;
  let actor: Entity[] = [];
  let recipient: Entity[] = [];
  let actorFrom: Draft['actorFrom'] = 'none';
  const speaker = q?.speaker ? view.entityById.get(q.speaker) ?? null : null;
  let after = tr.head + 1;
  const fromPhrase = (np: NounPhrase): Entity[] | null => {
    const person = personBehindTitle(view, w, np);
    if (person) return [person];
    if (np.heads.length > 1) {
      // مجلس الأمن والدفاع السوداني: a country adjective right after a body's name qualifies it; it is no second actor
      const qualifying = new Set<Entity>();
      for (let k = np.first + 1; k < np.last; k++) {
        const m = view.tokMention[k];
        const prev = view.tokMention[k - 1];
        if (m && m.first === k && m.entity.type === 'LOC' && prev && prev.entity !== m.entity && prev.entity.type === 'ORG' && /^ال.*(ي|يه)$/.test(view.keys[k]!)) qualifying.add(m.entity);
      }
      const heads = np.heads.filter((h) => !qualifying.has(h));
      if (heads.length) return heads;
    }
    if (np.heads.length) return np.heads;
    if (np.firstPerson) return speaker ? [speaker] : null;
    // كما نفى الجانبان التونسي والبريطاني: two country adjectives right after the pair noun name its sides
    if (np.pair) return pairAdjectives(view, np.last) ?? lastParticipants(all);
    // أعلن وزير الدفاع السوري، مرهف أبو قصرة، التوصل …: a bare title with the person's name in apposition
    // (… past a second title in apposition, the name with a rank of its own: دعا نائب وزير الدفاع الوطني، رئيس أركان
    // الجيش الوطني الشعبي، الفريق أحمد قايد صالح، أمس، إلى …)
    // (… and the rest of the title the phrase left out: نائب وزير الدفاع الوطني، أمين المجلس الأعلى للأمن القومي،)
    let titleEnd = np.last;
    while (np.title && titleEnd < np.last + 4 && view.tokens[titleEnd]?.kind === 'word' && !view.tokMention[titleEnd] && !view.tokTime[titleEnd] && !isClass(w, 'that', view.keys[titleEnd]!) && !isClass(w, 'boundary', view.keys[titleEnd]!)) titleEnd++;
    if (np.title && view.tokens[titleEnd]?.text === '،') {
      let at = titleEnd;
      for (let hop = 0; hop < 2; hop++) {
        const m = view.tokMention[at + 1];
        if (m && m.first === at + 1 && m.entity.type === 'PER' && (m.last >= view.tokens.length || view.tokens[m.last]!.kind === 'punct')) return [m.entity];
        const next = readPhrase(view, w, at + 1, Math.min(view.tokens.length, at + 14));
        if (next && (next.title ?? next.leadTitle) && next.heads.length === 1 && next.heads[0]!.type === 'PER' && view.tokens[next.last]?.text === '،') return next.heads;
        // (a title of a body or a role, رئيس أركان الجيش الوطني الشعبي، كبير المفاوضين في الملف النووي, names no one yet:
        // on to the next comma)
        if (!isClassLoose(w, 'title', view.keys[at + 1] ?? '')) break;
        let c = at + 1;
        while (c < Math.min(view.tokens.length, at + 12) && view.tokens[c]!.kind !== 'punct' && view.tokMention[c]?.entity.type !== 'PER' && !isClass(w, 'that', view.keys[c]!) && !isClass(w, 'boundary', view.keys[c]!)) c++;
        if (view.tokens[c]?.text !== '،') break;
        at = c;
      }
    }
    // ودعا الوزراء …: a plural title alone is the group last named together (وزراء خارجية مصر والأردن والسعودية …)
    if (np.title && /^(الوزراء|الزعماء|القاده)$/.test(np.title.replace(/^[وف]/, ''))) {
      const group = [...all].reverse().find((d) => d.actor.length >= 2);
      if (group) return group.actor;
    }
    if (np.title) {
      // قواتها، حكومته: a title with a possessive belongs to the sentence's subject
      if (/(ها|ه|هم|هما)$/.test(np.title) && !(w.sets.get('title')?.has(np.title))) {
        // the nearest name before it in the sentence that is not a country adjective: وزارة الدفاع الروسية أن قواتها …
        for (let k = np.first - 1; k >= sentFrom; k--) {
          const m = view.tokMention[k];
          if (!m || (m.last - m.first === 1 && /^ال.*(ي|يه)$/.test(view.keys[m.first]!))) continue;
          // (a town owns no country or government: مقر السفارة في طرابلس، معلنا تضامن بلاده)
          if (/^(بلاد|دول|حكوم)/.test(np.title) && isTown(m.entity)) continue;
          // بلاده، دولته: the country of the person it belongs to (أعلن شولتس أن بلاده سترسل …)
          if (/^(بلاد|دول)/.test(np.title) && m.entity.type === 'PER' && m.entity.country) {
            const c = [...view.entityById.values()].find((e) => e.kb === `country:${m.entity.country}`);
            if (c) return [c];
          }
          return [m.entity];
        }
        if (sentenceActor.length) return sentenceActor;
        // وحذر جلالته …: the person last named with that honorific (جلالة الملك عبدالله), else the last person
        const hon = resolveTitle(view, w, np.title.replace(/(ها|ه|هم|هما)$/, '') + (np.title.endsWith('ته') ? '' : ''), view.tokens[np.first]!.start);
        if (hon) return [hon];
        // an honorific (جلالته، سموه، فخامته) names a ruler: no guessing from the last person named
        if (/^(جلال|سمو|فخام|معالي|سماح)/.test(np.title)) return null;
        const p = lastPerson(view, view.tokens[np.first]!.start);
        if (p) return [p];
      }
      const t = resolveTitle(view, w, np.title, view.tokens[np.first]!.start, np.titleCountry) ?? bodyNamedBefore(view, np.title, np.first) ?? spokesmanBefore(view, np.title, np.first);
      return t ? [t] : null;
    }
    return null;
  };
  /** The direct object right after the verb (not a ب/ل phrase) is the recipient: اتهم لافروف الجانب الاميركي. */
  const readObjectAfterVerb = (): void => {
    let j = tr.head + 1;
    while (j < ce && isSkippable(view, j)) j++;
    const obj = e.frame.includes('obj') && j < ce ? readPhrase(view, w, j, ce) : null;
    if (obj && !/^[بل]/.test(obj.prefix)) {
      recipient = fromPhrase(obj) ?? [];
      after = obj.last;
    }
  };
  const firstPersonVerb = q != null && (tr.enc === 'ي' || tr.enc === 'نا' || /^(ا|ن)/.test(view.keys[tr.head]!.replace(/^[وف]/, '')) || /(نا|ت)$/.test(view.keys[tr.head]!));
  // ندعو البرلمان التركي إلى …، نرفض: a verb in the first person plural inside a quote is the speaker's; the phrase after
  // it is the object, not the subject
  if (q && speaker && e.pos === 'v' && !tr.participle && /^ن/.test(bareKey(view.keys[tr.head]!).replace(/^س/, '')) && !e.lemma.startsWith('ن') && imperfect(view, tr)) {
    actor = [speaker];
    actorFrom = 'speaker';
    readObjectAfterVerb();
  }

  // "هذا الاعتداء الإجرامي يشكل انتهاكاً صارخاً …"، قال الأنصاري: calling an act a violation or a crime accuses whoever
  // did it — the speaker (or reporter) accuses the doer of the last attack told
  if (e.lemma === 'يشكل' && e.type === 'ACCUSE') {
    const teller = speaker ?? reporter;
    // (… else of the last arrests or raids: «ما يجري هو عقاب جماعي» after a campaign of arrests)
    const attack = [...all].reverse().find((d) => d.trigger.entry.type === 'ASSAULT' && d.actor.length) ?? [...all].reverse().find((d) => d.trigger.entry.type === 'COERCE' && d.actor.length);
    if (!teller || !attack) return null;
    return { trigger: tr, actor: [teller], recipient: attack.actor.filter((a) => a !== teller), actorFrom: 'speaker', sentence: 0, clause: [cs, ce], quote: q };
  }
  // تلقى X اتصالا من Y أعرب خلاله عن …: what is said "during it" is said by the caller (or by nobody named), not the receiver
  let callerTold = false;
  if (e.pos === 'v' && /^(خلاله|خلالها|فيه|فيها)$/.test(view.keys[tr.head + 1] ?? '')) {
    const call = [...sentenceDrafts].reverse().find((d) => d.trigger.entry.type === 'CONSULT' && d.trigger.entry.lemma === 'تلقي');
    if (call) {
      callerTold = true;
      actor = [...call.actor];
      actorFrom = actor.length ? 'svo' : 'none';
    }
  }
  // روسيا التي تدعم الأسد: after a relative pronoun the subject is the phrase before it, the phrase after is the object
  let relAt = tr.first - 1;
  while (relAt >= sentFrom && (isClass(w, 'neg', view.keys[relAt]!) || isSkippable(view, relAt))) relAt--;
  const afterRelative = e.pos === 'v' && relAt >= sentFrom && isClass(w, 'relative', view.keys[relAt]!);
  // الهجوم الإرهابي الذي استهدف …: an unnamed antecedent is the doer; nobody is inherited
  let unnamedAntecedent = false;
  if (afterRelative) {
    const m = relAt > sentFrom ? view.tokMention[relAt - 1] : null;
    unnamedAntecedent = !m && !isClassLoose(w, 'title', view.keys[relAt - 1] ?? '');
  }
  // أدانت قطر الهجوم الإسرائيلي الجبان الذي استهدف …: an attack named with its country adjective is that country's
  if (afterRelative && unnamedAntecedent && e.type === 'ASSAULT') {
    for (let k = relAt - 1; k >= Math.max(sentFrom, relAt - 5); k--) {
      const m = view.tokMention[k];
      if (!m || m.entity.type !== 'LOC' || !/(ي|يه)$/.test(view.keys[m.first]!)) continue;
      const noun = m.first - 1 >= sentFrom ? bareKey(view.keys[m.first - 1]!) : '';
      if (/^(هجوم|هجمات|غاره|غارات|قصف|عدوان|اعتداء|اعتداءات|ضربه|ضربات|عمليه|توغل|اقتحام)$/.test(noun)) {
        actor = [m.entity];
        actorFrom = 'svo';
        readObjectAfterVerb();
      }
      break;
    }
  }
  if (afterRelative && !actor.length) {
    const np = readPhraseBefore(view, w, relAt, sentFrom);
    const p = np && !np.anon ? fromPhrase(np) : null;
    if (p?.length) {
      // التي agrees with the nearest conjunct: سوريا وروسيا التي تدعم → روسيا
      actor = p.slice(-1);
      actorFrom = 'svo';
      readObjectAfterVerb();
    }
  }
  if (e.pos === 'v' && !actor.length && tr.participle) {
    // متهما الولايات المتحدة: the participle's subject is the clause's, the phrase after it its object
    // (وأوضح في بيان أن "…"، متوعداً العدو: with the subject only a pronoun, the one whose words the sentence reports)
    actor = sentenceActor.length ? sentenceActor : reporter ? [reporter] : [];
    // اعترف النظام السعودي …، فيما زعم وزير الخارجية الأمريكي مايك بومبيو أن …، متهماً إيران: a participle after a
    // clause opened by فيما/بينما goes with that clause's subject, the nearer one
    const nearer = whileClauseSubject(view, w, sentFrom, tr.first);
    if (nearer > 0) {
      const np = readPhrase(view, w, nearer, tr.first);
      const p = np && !np.anon && !/^[بل]/.test(np.prefix) ? fromPhrase(np) : null;
      if (p?.length) actor = p;
    }
    // ونقلت وكالة الأنباء السعودية عن مصدر في قيادة التحالف قوله إن …، داعيا الطرفين: in a relayed quote the one
    // quoted speaks, not the outlet relaying him
    // (… a source named only by its body, عن مصدر مسؤول في قيادة التحالف, speaks for that body)
    if (relayer && sentenceActor.length && sentenceActor.every((x) => x === relayer)) {
      const source = reporter && reporter !== relayer ? reporter : relayedSource(view, sentFrom, tr.first, relayer);
      if (source) actor = [source];
    }
    actorFrom = actor.length ? 'inherit' : 'none';
    readObjectAfterVerb();
  }
  // تصريحات للرئيس دونالد ترمب هدد فيها إيران: a verb with a resumptive pronoun right after it describes the
  // noun before it; its subject is the name that ends that noun phrase, its object follows the pronoun
  if (e.pos === 'v' && !actor.length && !tr.participle && tr.first > sentFrom && view.tokMention[tr.first - 1] && /^(فيها|فيه|فيهم|بها|به)$/.test(view.keys[tr.head + 1] ?? '')) {
    const np = readPhraseBefore(view, w, tr.first, sentFrom);
    const p = np && !np.anon ? fromPhrase(np) : null;
    if (p?.length) {
      actor = p;
      actorFrom = 'svo';
      const obj = e.frame.includes('obj') && tr.head + 2 < ce ? readPhrase(view, w, tr.head + 2, ce) : null;
      if (obj && !/^[بل]/.test(obj.prefix)) {
        recipient = fromPhrase(obj) ?? [];
        after = obj.last;
      }
    }
  }
  if (e.pos === 'v' && !actor.length && !tr.participle && tr.first > sentFrom && /^(قد|لقد)$/.test(view.keys[tr.first - 1]!)) {
    // وكان الأمير سلمان قد زار بكين: the subject stands before قد
    const np = readPhraseBefore(view, w, tr.first - 1, sentFrom);
    const p = np && !np.anon ? fromPhrase(np) : null;
    if (p?.length) {
      actor = p;
      actorFrom = 'svo';
      readObjectAfterVerb();
    }
  }
  let thatSubject = false;
  if (e.pos === 'v' && tr.first < tr.head && !tr.participle) {
    // أن وحداته انتشرت، أن الضربة نفذت: the light verb's noun before it is its subject (قواته: the subject's forces)
    const np = readPhrase(view, w, tr.first, tr.head);
    const p = np && !np.anon ? fromPhrase(np) : null;
    if (p?.length) {
      actor = p;
      actorFrom = 'svo';
      thatSubject = true;
      readObjectAfterVerb();
    }
  }
  if (e.pos === 'v' && !actor.length && !tr.participle && e.frame.includes('obj') && tr.first > sentFrom + 1 && tr.first === tr.head) {
    // أعلن المتحدث أن القوات المسلحة "كبدت الميليشيا خسائر": a named subject between a that-word and the verb
    // (a quote mark may stand between) is the doer; the phrase after the verb is its object
    let b = tr.first - 1;
    if (/^["«“»”]$/.test(view.tokens[b]!.text)) b--;
    // (… past a short qualifier of a named body: أن وحدات الدفاع الجوي عن الإقليم أسقطت)
    b = skipBodyQualifier(view.keys, b, (k) => view.tokMention[k]?.last === k + 1 && view.tokMention[k]!.entity.type === 'ORG', (k) => view.tokMention[k] != null);
    const np = b >= sentFrom ? readPhraseBefore(view, w, b + 1, sentFrom) : null;
    // (… or in quotation marks of its own: إن "قسد" استهدفت حواجز الأمن)
    let tw = np ? np.first - 1 : -1;
    if (np && tw > sentFrom && /^["«“]$/.test(view.tokens[tw]!.text)) tw--;
    if (np && (np.heads.length || np.title) && !np.anon && tw >= sentFrom && isClass(w, 'that', view.keys[tw]!) && !/^[بل]/.test(np.prefix)) {
      const p = fromPhrase(np);
      actor = p ?? [];
      actorFrom = p?.length ? 'svo' : 'none';
      thatSubject = true;
      readObjectAfterVerb();
    }
  }
  // أعلن … تنفيذ عملية عسكرية نوعية استهدفت مطار اللد: a verb right after an indefinite event noun describes it (a
  // relative clause without الذي); the phrase after it is the target, and the doer is not read off the surface
  let describesNoun = false;
  if (e.pos === 'v' && !actor.length && !tr.participle && !thatSubject && !/^[وف]/.test(tr.pro) && e.frame.includes('obj') && tr.first > sentFrom) {
    let k = tr.first - 1;
    for (let n = 0; n < 3 && k > sentFrom && view.tokens[k]!.kind === 'word' && !view.tokMention[k] && !view.keys[k]!.startsWith('ال') && !EVENT_NOUN.test(bareKey(view.keys[k]!)); n++) k--;
    if (view.tokens[k]?.kind === 'word' && !view.tokMention[k] && !view.keys[k]!.startsWith('ال') && EVENT_NOUN.test(bareKey(view.keys[k]!))) {
      describesNoun = true;
      readObjectAfterVerb();
    }
  }
  // وكان مجلس الأمن قد تبنى قرارا يطالب قوات الدعم السريع بإنهاء الحصار: a verb of speech right after an indefinite
  // resolution or statement describes it; the one who adopted or issued it (the name before it in the sentence) speaks,
  // and the phrase after the verb is its object
  if (e.pos === 'v' && !actor.length && !tr.participle && !thatSubject && !describesNoun && !tr.pro && tr.first - 1 > sentFrom && SPEECH_TYPES.has(e.type) && DOCUMENT_NOUN.test(view.keys[tr.first - 1]!) && !view.tokMention[tr.first - 1] && imperfect(view, tr)) {
    for (let k = tr.first - 2; k >= sentFrom; k--) {
      const m = view.tokMention[k];
      if (!m || (m.last - m.first === 1 && /^ال.*(ي|يه)$/.test(view.keys[m.first]!))) continue;
      if (!isTown(m.entity)) {
        actor = [m.entity];
        actorFrom = 'phrase';
      }
      break;
    }
    describesNoun = true;
    readObjectAfterVerb();
  }
  if (e.pos === 'v' && !actor.length && !tr.participle && !thatSubject && !describesNoun) {
    let j = tr.head + 1;
    while (j < ce && (isSkippable(view, j) || (j > tr.head && j <= tr.last && !view.tokMention[j] && !isClassLoose(w, 'title', view.keys[j]!)))) {
      // a light verb's noun may stand between verb and subject only rarely; skip adverbs and times
      if (!isSkippable(view, j)) break;
      j++;
    }
    // أفرجت عنهم الجمهورية الإسلامية الإيرانية: the frame's عن carrying a pronoun may stand before the subject
    if (j < ce && e.frame.includes('عن') && /^(عنه|عنها|عنهم|عنهما)$/.test(view.keys[j]!)) j++;
    // صفقة تبادل أفرجت بموجبها واشنطن عن خمسة إيرانيين: "under it" (the deal just named) may stand there too
    if (j < ce && /^(بموجبها|بموجبه|بمقتضاها|بمقتضاه)$/.test(view.keys[j]!)) j++;
    let np1 = j < ce ? readPhrase(view, w, j, ce) : null;
    // وحث المتحدث الجانب الأمريكي على …: a title read together with «الجانب/الطرف X» is a subject and an object
    if (np1 && e.frame.includes('obj') && !/^[بل]/.test(np1.prefix)) {
      for (let k = np1.first + 1; k < np1.last; k++) {
        if (!/^(الجانب|الطرف)$/.test(view.keys[k]!)) continue;
        const subject = readPhrase(view, w, np1.first, k);
        if (subject && (subject.title || subject.heads.length)) np1 = subject;
        break;
      }
    }
    if (np1) np1 = personAfterQuotedBody(view, np1);
    if (np1 && !/^[بل]/.test(np1.prefix)) {
      let k = np1.last;
      while (k < ce && (isSkippable(view, k) || k === tr.last)) k++;
      let np2 = k < ce ? readPhrase(view, w, k, ce) : null;
      // استقبل أردوغان في أنقرة الثلاثاء رئيسي: the object may follow a place or time phrase
      for (let hop = 0; !np2 && hop < 2 && k < ce && e.frame.includes('obj') && isClass(w, 'prep', view.keys[k]!); hop++) {
        const pp = readPhrase(view, w, k + 1, ce, true);
        k = pp ? pp.last : k + 2;
        while (k < ce && isSkippable(view, k)) k++;
        np2 = k < ce ? readPhrase(view, w, k, ce) : null;
        if (np2 && !np2.heads.length) np2 = null; // only a named object counts past a prepositional phrase
      }
      const np2ok = np2 && !/^[بل]/.test(np2.prefix) ? np2 : null;
      const p1 = fromPhrase(np1);
      if (e.frame.includes('obj')) {
        if (np2ok) {
          actor = p1 ?? [];
          recipient = fromPhrase(np2ok) ?? [];
          actorFrom = 'phrase';
          after = np2ok.last;
          // «حزب الله» وحركة «أمل»: a second body in quotation marks joined by و is an object too
          const more = recipient.length ? quotedBodyConjunct(view, np2ok.last, ce) : null;
          if (more && !recipient.includes(more.entity) && !(p1 ?? []).includes(more.entity)) {
            recipient = [...recipient, more.entity];
            after = more.last;
          }
        } else if (/^[وف]/.test(tr.pro) && ((sentenceDrafts.some((d) => d.actorFrom === 'phrase' || d.actorFrom === 'svo') && sentenceActor.length) || (midSentence && hasSubject && framePrepAt(view, w, e.frame, np1.last))) && !np1.firstPerson && !np1.pair) {
          // وحثت روسيا وإيران على …: the subject continues from the clause before, the phrase is the object
          actor = sentenceActor;
          recipient = p1 ?? [];
          actorFrom = 'inherit';
          after = np1.last;
        } else {
          actor = p1 ?? [];
          actorFrom = np1.title && !np1.heads.length ? 'title' : 'phrase';
          after = np1.last;
        }
      } else {
        actor = p1 ?? [];
        actorFrom = np1.pair ? 'pair' : np1.title && !np1.heads.length ? 'title' : 'phrase';
        after = np1.last;
      }
      if (!actor.length && np1.anon) actorFrom = 'none';
      // وقع ولي العهد رئيس مجلس الوزراء، ووزير الخارجية الأمريكي أنتوني بلينكن، اتفاقية …: a light verb's subject
      // coordinated after a comma, set off before its noun, is one more actor (between verb and noun is only the subject)
      if (actor.length && actorFrom === 'phrase' && tr.last > np1.last) addCommaConjuncts(view, w, np1.last, tr.last, actor, fromPhrase);
    }
    // وقع المبعوث الأمريكي … زلماي خليل زاد، ورئيس المكتب السياسي لحركة طالبان الملا عبدالغني برادر، أمس، … اتفاق:
    // inside a light verb's span, a second titled person after «، و» signs (meets, agrees) with the first
    if (actorFrom === 'phrase' && actor.length === 1 && actor[0]!.type === 'PER' && tr.last > tr.head) {
      const second = titledConjunct(view, w, actor[0]!, tr.head + 1, tr.last);
      if (second) actor = [...actor, second];
    }
    // وحثّ البيان الطرفين على …: «the statement» as the subject is the last statement named with its signers, a
    // sentence or three before (أعلنت السعودية والولايات المتحدة، في بيان مشترك، …); its object after it
    if (!actor.length && e.pos === 'v' && !tr.participle && view.keys[tr.head + 1] === 'البيان') {
      const here = view.tokSentence[tr.head]!;
      const st = statements(view, w).filter((x) => x.signers.length && x.sentence < here && x.sentence >= here - 3).pop();
      if (st) {
        actor = [...st.signers];
        actorFrom = 'inherit';
        const obj = e.frame.includes('obj') && tr.head + 2 < ce ? readPhrase(view, w, tr.head + 2, ce) : null;
        if (obj && !/^[بل]/.test(obj.prefix)) {
          recipient = obj.heads.length ? obj.heads.filter((h) => !actor.includes(h)) : obj.pair ? (lastParticipants(all) ?? []).filter((h) => !actor.includes(h)) : [];
          after = obj.last;
        }
      }
    }
    // وأكدت الدول الثلاث التزامها: a counted group of states or sides is the last group of that many named together
    const counted = e.pos === 'v' && !tr.participle ? /^(الدول|البلدان|العواصم|الاطراف|الحكومات|الاحزاب|الفصاءل|الحركات)$/.test(view.keys[tr.head + 1] ?? '') ? COUNT_WORDS[view.keys[tr.head + 2] ?? ''] : undefined : undefined;
    if (!actor.length && counted) {
      const group = [...all].reverse().find((d) => d.actor.length === counted);
      if (group) {
        actor = [...group.actor];
        actorFrom = 'inherit';
      }
    }
    if (!actor.length && actorFrom === 'none') {
      // ست عواصم غربية بينها الولايات المتحدة: a named member of an unnamed group
      // (أحرق 30 مقاتلاً من حزب العمال الكردستاني أسلحتهم: fighters or members of a named group hand in their arms
      // or protest as that group — only for acts that are never told in the passive)
      for (let k = tr.head + 1; k < Math.min(ce, tr.head + 7); k++) {
        if ((e.type === 'RETREAT' || e.type === 'PROTEST') && view.keys[k] === 'من' && /^(مقاتل|عنصر|عناصر|اعضاء|عضو|مسلح|انصار|انتحاري)/.test(bareKey(view.keys[k - 1] ?? ''))) {
          const m = view.tokMention[k + 1];
          if (m && m.first === k + 1 && m.entity.type === 'ORG') {
            actor = [m.entity];
            actorFrom = 'phrase';
          }
          break;
        }
        if (!/^و?(بينها|بينهم|منها|منهم)$/.test(view.keys[k]!)) continue;
        const np = readPhrase(view, w, k + 1, ce);
        if (np?.heads.length) {
          actor = np.heads;
          actorFrom = 'phrase';
        }
        break;
      }
    }
    if (!actor.length && actorFrom === 'none' && !/^[وف]/.test(tr.pro)) {
      // SVO: كيري التقى …؛ a و-verb opens a new clause whose subject, if unnamed, continues
      let b = tr.first - 1;
      while (b >= sentFrom && (isSkippable(view, b) || isClass(w, 'neg', view.keys[b]!) || isClass(w, 'future', view.keys[b]!) || isClass(w, 'that', view.keys[b]!))) b--;
      let floor = cs - 1;
      // قال إن الصين "مستعدة للعمل …": a quote opening on the verb has its subject just outside the mark
      if (q && b >= sentFrom && b === view.tokenAt(q.start) - 1 && /["«“]/.test(view.tokens[b]!.text)) {
        b--;
        floor = b;
        while (floor > sentFrom && !isClass(w, 'that', view.keys[floor - 1]!) && b - floor < 12) floor--;
      }
      const np = b >= floor ? readPhraseBefore(view, w, b + 1, Math.max(sentFrom, floor)) : null;
      const prevKey = np && np.first > 0 ? view.keys[np.first - 1]! : '';
      if (np && !np.anon && !isClass(w, 'prep', prevKey) && !/^[بل]/.test(np.prefix)) {
        const p = fromPhrase(np);
        if (p?.length) {
          actor = p;
          actorFrom = 'svo';
        }
      }
    }
    if (!actor.length && actorFrom === 'none' && tr.last > tr.head && view.keys[tr.last]!.replace(/^[وف]/, '').startsWith('ال')) {
      // ووقع الاتفاق في بكين مستشار الأمن الوطني …: the subject after the light verb's noun and a place
      let k = tr.last + 1;
      for (let hop = 0; hop < 3 && k < ce; hop++) {
        while (k < ce && isSkippable(view, k)) k++;
        if (k < ce && isClass(w, 'prep', view.keys[k]!)) {
          const pp = readPhrase(view, w, k + 1, ce, true);
          k = pp ? pp.last : k + 2;
          continue;
        }
        const np = k < ce ? readPhrase(view, w, k, ce) : null;
        if (np && !/^[بل]/.test(np.prefix) && np.heads.length) {
          actor = np.heads;
          actorFrom = 'phrase';
          after = np.last;
        }
        break;
      }
    }
  } else {
    // verbal nouns: بين X و Y; a possessive; the sentence's subject
    for (let j = tr.head + 1; j < Math.min(ce, tr.head + 4); j++) {
      if (view.keys[j] === 'بين') {
        const np = readPhrase(view, w, j + 1, ce);
        if (np?.heads.length) {
          actor = [np.heads[0]!];
          recipient = np.heads.slice(1);
          const second = quotedConjunct(view, np.last, ce);
          if (second && !actor.includes(second) && !recipient.includes(second)) recipient.push(second);
          actorFrom = 'phrase';
          after = np.last;
        } else if (np?.pair) {
          // تجددت الاشتباكات بين الجانبين: the two sides told last (the signers of a truce, the parties of talks)
          // (sides are states, bodies or people, never towns: اجتماع بين الطرفين after a clash near إدلب وجسر الشغور)
          const p = lastParticipants(all);
          if (p && p.length >= 2 && p.every((x) => !isTown(x))) {
            actor = [p[0]!];
            recipient = p.slice(1);
            actorFrom = 'pair';
            after = np.last;
          }
        }
        break;
      }
    }
    // (a noun's genitive or adjective only: after a verb, هاجموا قوات الأمن, the party is its object)
    const agent = ((e.type === 'ASSAULT' && (e.pos === 'n' || tr.license === 'agent')) || (e.type === 'RETREAT' && tr.license === 'agent')) && !actor.length ? releaserBeforeSarah(view, tr.head, ce) ?? genitiveAgent(view, tr.head, ce) ?? (e.type === 'ASSAULT' && tr.license === 'agent' ? definiteAgent(view, tr.head, ce) : null) : null;
    if (agent) {
      actor = [agent];
      actorFrom = 'genitive';
    }
    // (fire is the force's named after it, not the speaker's: يقتلون بنيران الجنود said by an MP)
    const shooter = e.mode === 'firearms' && e.pos === 'n' ? genitiveAgent(view, tr.head, ce) : null;
    if (shooter) {
      actor = [shooter];
      actorFrom = 'genitive';
    }
    if (!actor.length && q && (tr.enc === 'ي' || tr.enc === 'نا' || clauseHasFirst(view, w, cs, tr.head)) && speaker) {
      actor = [speaker];
      actorFrom = 'speaker';
    }
  }
  if (!actor.length && e.pos === 'v') {
    const fire = firedBy(view, tr, ce);
    if (fire) {
      actor = [fire];
      actorFrom = 'genitive';
    }
  }
  if (!actor.length && q && speaker && firstPersonVerb) {
    actor = [speaker];
    actorFrom = 'speaker';
  }
  // إن الصين "مستعدة للعمل مع مصر": an adjective of readiness is said of the name before it (outside a quote's mark)
  if (!actor.length && e.pos === 'n' && e.type === 'AGREE') {
    let b = tr.first - 1;
    if (b >= sentFrom && view.tokens[b]!.kind === 'punct' && /["«“]/.test(view.tokens[b]!.text)) b--;
    const np = b >= sentFrom ? readPhraseBefore(view, w, b + 1, sentFrom) : null;
    const p = np && !np.anon ? fromPhrase(np) : null;
    if (p?.length) {
      actor = p;
      actorFrom = 'svo';
    }
  }
  // اجتماع … ضم X وY وZ: the parties the meeting brought together are its actors
  if (!actor.length && e.pos === 'n' && e.type === 'CONSULT' && tr.license === 'partner') {
    const g = gatheredAt(view, w, tr.head, ce);
    const np = g >= 0 ? readPhrase(view, w, g + 1, ce) : null;
    if (np?.heads.length) {
      actor = np.heads.filter((h) => h.type !== 'LOC' || h.kb?.startsWith('country:'));
      // (told as the occasion of the clause's act, its subject was there too: أعلن عون الموافقة … بعد اجتماع في قصر
      // بعبدا ضم بري وميقاتي)
      if (tr.head > sentFrom && /^[وف]?(بعد|عقب|اثر|خلال|اعقاب)$/.test(view.keys[tr.head - 1]!)) for (const a of sentenceActor) if (!actor.includes(a)) actor.unshift(a);
      actorFrom = 'phrase';
      after = np.last;
    }
  }
  // وهو ما دفع إسلام أباد إلى استدعاء سفيرها: the one pushed (or forced) to the act does it
  if (!actor.length && e.pos === 'n' && tr.first >= sentFrom + 3 && /^(الي)$/.test(view.keys[tr.first - 1]!)) {
    const m = view.tokMention[tr.first - 2];
    if (m && m.last === tr.first - 1 && m.first > sentFrom && /^[وف]?(دفع|دفعت|اضطر|اضطرت|اجبر|اجبرت|قاد|قادت|حمل|حملت)$/.test(view.keys[m.first - 1]!)) {
      actor = [m.entity];
      actorFrom = 'phrase';
    }
  }
  if (!actor.length && e.pos === 'n') {
    // تدخل لإنقاذ الأسد … بغارات جوية: the noun's doer is the subject of the relative clause it sits in
    for (let k = tr.head - 1; k >= Math.max(sentFrom, tr.head - 14); k--) {
      if (!isClass(w, 'relative', view.keys[k]!)) continue;
      const np = readPhraseBefore(view, w, k, sentFrom);
      const p = np && !np.anon ? fromPhrase(np) : null;
      if (p?.length) {
        actor = p;
        actorFrom = 'svo';
      }
      break;
    }
  }
  // أعلن حزب الله أنه استهدف …، قالت الوزارة إنها "تدين …": the pronoun on أن is the sentence's subject
  if (!actor.length && afterThat && sentenceActor.length) {
    let b = tr.first - 1;
    while (b >= sentFrom && (view.tokens[b]!.kind === 'punct' || isSkippable(view, b) || isClass(w, 'neg', view.keys[b]!) || isClass(w, 'future', view.keys[b]!))) b--;
    // (أعلن الجيش أنه بدأ تعزيز انتشاره: a possessive noun a verb or two after the pronoun)
    for (let k = b, plain = 0; tr.license === 'possessive' && k > sentFrom && plain < 3 && view.tokens[k]!.kind === 'word' && !view.tokMention[k] && !/^(ب)?[اإأ]?ن(ه|ها|هم|هما)$/.test(view.keys[k]!); k--, plain++) b = k - 1;
    if (b >= sentFrom && /^(ب)?[اإأ]?ن(ه|ها|هم|هما)$/.test(view.keys[b]!)) {
      actor = sentenceActor;
      actorFrom = 'inherit';
    }
    // أعلنت المقاومة الإسلامية أن مجاهديها استهدفوا …: its fighters (forces, units, drones) right after أن are the
    // announcer's, and their attack is the announcer's claim
    else if (b > sentFrom && !view.tokMention[b] && /^(مجاهدي|مقاتلي|عناصر|قوات|وحدات|جنود|مسلحي|طاءرات|صواريخ|دفاعات|مدفعيه|كتاءب|سرايا)(ه|ها|هم)$/.test(view.keys[b]!) && isClass(w, 'that', view.keys[b - 1]!)) {
      actor = sentenceActor;
      actorFrom = 'inherit';
    }
    // أعلن المتحدث باسم الجيش أن سلاح الجو نفذ غارة، أعلنت وزارة الدفاع أن الطيران استهدف …: a force named with no
    // side (no name, no country adjective) right after أن is the announcer's own, when the announcer is an armed side
    else if (ownForceAfterThat(view, w, b, sentFrom) && sentenceActor.length === 1 && armedSide(view, sentenceActor[0]!)) {
      actor = sentenceActor;
      actorFrom = 'inherit';
    }
  }
  const speechStarted = unnamedAntecedent || (afterThat && !sentenceDrafts.some((d) => d.trigger.first > sentFrom && isAfterThat(view, w, sentFrom, d.trigger.first)));
  // a casualty count (أعلنت الوزارة مقتل 32 شخصا) names no attacker: the announcer is not one
  // (… nor is whoever tells of an attack or protest in passing: رأى لاشينار أن تفجيرات سروج أتت …)
  if (!actor.length && actorFrom === 'none' && sentenceActor.length && !speechStarted && !describesNoun && !callerTold && tr.license !== 'count' && tr.license !== 'report') {
    actor = sentenceActor;
    actorFrom = 'inherit';
  }
  // وكانت قوات الدرك قد منعت …، واعتقلت عددا منهم: a و-verb goes on with the subject of كان X قد before it (clause-subjects.ts)
  if (!actor.length && actorFrom === 'none' && e.pos === 'v' && !tr.participle && /^[وف]/.test(tr.pro)) {
    const span = subjectBeforeQad(view.keys, (k) => view.tokens[k]!.kind === 'word', tr.first, sentFrom);
    const np = span ? readPhrase(view, w, span[0], span[1]) : null;
    const p = np && !np.anon && np.last === span![1] ? fromPhrase(np) : null;
    if (p?.length) {
      actor = p;
      actorFrom = 'inherit';
    }
  }
  // شهدت مدينة السويداء احتجاجات: the subject of "witnessed" is the scene, not the doer
  let scene: Entity | null = null;
  if (e.frame.includes('loc') && actor.length && actor.every((a) => a.type === 'LOC')) {
    scene = actor[0]!;
    actor = [];
  }
  // أكد ترامب … أن الإمارات "شريك موثوق": whom the that-clause is said of
  if (!recipient.length && e.frame.includes('ان')) {
    for (let k = tr.head + 1; k < tr.last; k++) {
      if (!isClass(w, 'that', view.keys[k]!)) continue;
      const np = readPhrase(view, w, k + 1, tr.last);
      recipient = (np && !/^[بل]/.test(np.prefix) ? fromPhrase(np) ?? [] : []).filter((r) => !actor.includes(r));
      break;
    }
    // (… and only of someone named: أكد المدير أن التعليم شريك أساسي is no praise of anyone)
    if (!recipient.length) return null;
  }
  if (!recipient.length) recipient = recipientFromFrame(view, w, e.frame, Math.max(after, tr.last + 1), ce, actor);
  // بعد ساعات من اعتقال رئيس الوزراء عبد الله حمدوك: the one arrested, named right after the arrest noun
  if (!recipient.length && e.pos === 'n' && e.mode === 'arrest' && tr.head + 1 < ce && view.keys[tr.head + 1] !== 'علي') {
    const np = readPhrase(view, w, tr.head + 1, ce);
    if (np && !np.prefix) recipient = (fromPhrase(np) ?? []).filter((r) => !actor.includes(r));
  }
  // وهو ما نفاه كيري: the denial answers the accusation before it
  if (e.type === 'REJECT' && !recipient.length && tr.head > 0 && view.keys[tr.head - 1] === 'ما') {
    const prev = [...all].reverse().find((d) => d.actor.length && !d.actor.some((x) => actor.includes(x)));
    if (prev) recipient = prev.actor;
  }
  // a stated plan to meet by "we" inside a quote meets the partner of the speaker's last talks
  if (e.type === 'CONSULT' && !recipient.length && actorFrom === 'speaker') {
    const prev = [...all].reverse().find((d) => d.trigger.entry.type === 'CONSULT' && d.actor.some((x) => actor.includes(x)) && d.recipient.length);
    if (prev) recipient = prev.recipient;
  }
  // استقبل معالي السيد بدر البوسعيدي وزير الخارجية بديوان عام الوزارة اليوم وزير خارجية إيران علي باقري كني:
  // the guest is the first person named later in the clause, past the host's titles and the place
  if (e.type === 'CONSULT' && e.pos === 'v' && e.frame.includes('obj') && actor.length && !recipient.length) {
    for (let k = Math.max(after, tr.last + 1); k < Math.min(ce, tr.head + 30); k++) {
      const key = view.keys[k]!;
      if (view.tokens[k]!.kind === 'word' && (isClass(w, 'that', key) || isClass(w, 'relative', key) || isClass(w, 'boundary', key))) break;
      const m = view.tokMention[k];
      if (m && m.entity.type === 'PER' && !actor.includes(m.entity)) {
        recipient = [m.entity];
        break;
      }
    }
  }
  // تلقى ولي العهد اتصالا هاتفيا من الرئيس الإيراني: the caller is the actor, the one called the recipient
  // (… and with the caller unnamed, من عدد من قادة الدول, the receiver is still the recipient)
  if (e.type === 'AID' ? e.lemma === 'تلقي' || e.lemma === 'حصل' : e.lemma === 'تلقي' && actor.length) [actor, recipient] = [recipient, actor];
  // تعرضت السفارة لهجوم: the subject of "was exposed to" is the target; the doer, if any, is told after it
  if (e.lemma === 'تعرض') {
    recipient = [...actor, ...recipient.filter((r) => !actor.includes(r))];
    actor = [];
    actorFrom = 'none';
  }
  // دخل وقف إطلاق النار بين إسرائيل وحزب الله حيز التنفيذ: with nobody else named, the sides after بين are the actors
  if (!actor.length && e.type !== 'ASSAULT' && e.frame.includes('بين') && recipient.length >= 2) {
    actor = recipient;
    recipient = [];
    actorFrom = 'phrase';
  }
  // نظم المئات من أنصار جبهة الخلاص الوطني وقفة: a protest by a group's supporters is the group's
  if (e.type === 'PROTEST' && (!actor.length || actorFrom === 'inherit')) {
    // (… or before it in the sentence: فيما نظم أنصار الحشد تشييعا رددوا خلاله هتافات)
    const sTo = view.sentEnd[view.tokSentence[tr.head]!]!;
    let from = tr.head + 1;
    for (let k = tr.head - 1; k >= sentFrom && k >= tr.head - 8; k--) if (/^(انصار|مءيدي|مناصري)$/.test(bareKey(view.keys[k]!))) from = k;
    for (let k = from; k < Math.min(from < tr.head ? sTo : ce, from + 6); k++) {
      if (!/^(انصار|مءيدي|اعضاء|انصاره|مناصري)$/.test(bareKey(view.keys[k]!))) continue;
      const np = readPhrase(view, w, k + 1, ce);
      const g = np?.heads.filter((h) => h.type === 'ORG' || h.type === 'PER') ?? [];
      if (g.length) {
        actor = g;
        actorFrom = 'phrase';
      }
      break;
    }
  }
  // two-sided fighting: every side is an actor
  // (the fight's noun may stand before its verb: اشتباكات اندلعت بين …)
  if (e.type === 'ASSAULT' && (e.frame.includes('مع') || e.frame.includes('بين')) && recipient.length && /اشتب|اشتباك|معارك|مواجه|قتال|تبادل/.test(view.keys[tr.first]! + view.keys[tr.head]! + view.keys[tr.last]!)) {
    actor = [...actor, ...recipient.filter((r) => !actor.includes(r))];
    recipient = [];
  }
  // قتل تسعة فلسطينيين في غارات وعمليات اقتحام نفذها الجيش الإسرائيلي: the doer named after "carried out by"
  // (صدت هجوماً واسعاً شنه الجيش السوداني: a repelled attack named right before its doer is the doer's; the one
  // who repelled it is its target)
  const repel = e.pos === 'v' && /^(صد|تصد[يى])(:|$)/.test(e.lemma);
  if (e.type === 'ASSAULT' && (!actor.length || repel)) {
    const sTo = view.sentEnd[view.tokSentence[tr.head]!]!;
    // (a trigger may end on the carrying verb itself: غارة شنتها مسيرة إسرائيلية)
    const carriedLast = /^(نفذها|نفذه|نفذتها|نفذته|نفذوها|شنها|شنه|شنتها|شنته|شنوها)$/.test(view.keys[tr.last]!) && tr.last > tr.first;
    for (let k = carriedLast ? tr.last : tr.last + 1; k < Math.min(sTo, tr.last + (actor.length ? 4 : 14)); k++) {
      const key = view.keys[k]!;
      const carried = /^(نفذها|نفذه|نفذتها|نفذته|نفذوها|شنها|شنه|شنتها|شنته|شنوها)$/.test(key);
      const byHand = key === 'يد' && view.keys[k - 1] === 'علي';
      if (!carried && !byHand) continue;
      const np = readPhrase(view, w, k + 1, sTo);
      let p = np && !np.anon && !/^[بل]/.test(np.prefix) ? fromPhrase(np) : null;
      // (في غارة شنتها مسيرة إسرائيلية: a weapon carried out the attack — the state of its adjective did)
      if (!p?.length && WEAPON.test(view.keys[k + 1] ?? '')) {
        const nisba = genitiveAgent(view, k + 1, sTo);
        if (nisba) p = [nisba];
      }
      if (p?.length) {
        const repeller = actor.filter((a) => !p.includes(a));
        actor = p;
        actorFrom = 'phrase';
        recipient = [...repeller, ...recipient.filter((r) => !actor.includes(r) && !repeller.includes(r))];
      }
      break;
    }
  }
  // 41 متهمًا بتفجير المسجد، المتهمين باغتيال: the act is the defendants', not the subject's of the sentence
  if (e.pos === 'n' && /^(متهما|متهمين|متهمون|المتهمين|المتهمون|متهم|المتهم|المدانين|مدانين)$/.test(view.keys[tr.first - 1] ?? '')) return { trigger: tr, actor: [], recipient: [], actorFrom: 'none', sentence: 0, clause: [cs, ce], quote: q };
  // الاتهامات التي أدينوا بها، أصيبوا بجراح: أُفعِلوا, the passive perfect (an imperfect stem after أ with the plural وا,
  // no active form of the verb), names who underwent the act — neither the speaker nor the sentence's subject did it
  if (e.pos === 'v' && !tr.participle && actorFrom !== 'phrase' && passivePlural(view.keys[tr.head]!, tr.pro, e.lemma)) return { trigger: tr, actor: [], recipient, actorFrom: 'none', sentence: 0, clause: [cs, ce], quote: q };
  // استشهد ثلاثة جنود سعوديين، استشهدت فتاة برصاص الاحتلال: the subject fell — who did it is told elsewhere, if at all
  // (… and so did whoever fell by a force's fire: سقط القتلى برصاص قوات الأمن — the force named after the fire did it)
  if (e.pos === 'v' && (e.lemma === MARTYRED || (e.lemma === FELL && e.mode === 'firearms'))) {
    const fire = firedBy(view, tr, ce);
    const fallen = actorFrom === 'phrase' || actorFrom === 'svo' ? actor.filter((x) => x !== fire) : [];
    return { trigger: tr, actor: fire ? [fire] : [], recipient: [...fallen, ...recipient.filter((x) => !fallen.includes(x) && x !== fire)], actorFrom: fire ? 'genitive' : 'none', sentence: 0, clause: [cs, ce], quote: q };
  }
  // اعتقل جيفري ويب في فندق: an arrest verb whose one named person has no object after it is a passive (clause-subjects.ts)
  if (e.type === 'COERCE' && e.pos === 'v' && !tr.participle && tr.last === tr.head && actor.length === 1 && actor[0]!.type === 'PER' && (actorFrom === 'phrase' || actorFrom === 'svo') && !recipient.length) {
    let n = tr.head + 1;
    if (actorFrom === 'phrase') for (let k = tr.head + 1; k < ce; k++) if (view.tokMention[k]?.entity === actor[0]) n = view.tokMention[k]!.last;
    const next = n < ce ? view.keys[n]! : null;
    const opensObject = next != null && view.tokens[n]!.kind === 'word' && !isClass(w, 'prep', next) && !/^[بل]/.test(next) && !isSkippable(view, n) && !/^(منذ|امس|اليوم|عقب|بعد|قبل|خلال|اثناء|لدي)$/.test(next);
    if (unmarkedPassiveArrest(bareKey(view.keys[tr.head]!), tr.enc, next, opensObject)) {
      recipient = actor;
      actor = [];
      actorFrom = 'none';
    }
  }
  let retold = false;
  // قال شامي إن الغارات استهدفت قرى مأهولة: the raids told before are the doer of those raids (told-attacks.ts)
  if (!actor.length && e.type === 'ASSAULT' && e.pos === 'v' && !tr.participle && toldAttackSubject(view.keys, tr.first, sentFrom, (k) => isClass(w, 'that', k))) {
    const doer = lastAttacker(all.map((d) => ({ type: d.trigger.entry.type, actor: d.actor, sentence: d.sentence })), view.tokSentence[tr.head]!);
    if (doer) {
      actor = doer;
      actorFrom = 'inherit';
      retold = true;
    }
  }
  // إن قواتهم "استهدفت سفينة" told by المتحدث العسكري باسم الجماعة يحيى سريع: a spokesman does not fight, the body he speaks for does
  if (MATERIAL.has(e.type) && e.type !== 'PROTEST' && actor.length === 1 && actor[0]!.type === 'PER') {
    const body = spokesBody(view, actor[0]!);
    if (body) actor = [body];
  }
  recipient = recipient.filter((r) => !actor.includes(r));
  return { trigger: tr, actor, recipient, actorFrom: scene ? 'none' : actorFrom, sentence: 0, clause: [cs, ce], quote: q, scene, ...(retold ? { retold } : {}) };
}

/**
 * اتهم رئيس حزب «القوات اللبنانية» سمير جعجع …: a title over a body named in quotation marks, then a person — the
 * person holds the title and is the phrase's head; the body only says what he heads.
 */
function personAfterQuotedBody(view: DocView, np: NounPhrase): NounPhrase {
  if (!np.leadTitle || np.heads.length !== 1 || np.heads[0]!.type !== 'ORG') return np;
  // (the phrase may stop at the opening mark: رئيس حزب « — the body's name runs on inside the marks)
  let k = np.last;
  if (/^[«“"]$/.test(view.tokens[k - 1]?.text ?? '') || /^[«“"]$/.test(view.tokens[k]?.text ?? '')) {
    if (/^[«“"]$/.test(view.tokens[k]?.text ?? '')) k++;
    while (view.tokMention[k]?.entity === np.heads[0]) k = view.tokMention[k]!.last;
  } else if (/^[»”"]$/.test(view.tokens[k - 1]?.text ?? '')) k--;
  if (!/^[»”"]$/.test(view.tokens[k]?.text ?? '')) return np;
  const m = view.tokMention[k + 1];
  if (!m || m.first !== k + 1 || m.entity.type !== 'PER') return np;
  return { ...np, heads: [m.entity], last: m.last, adjectival: false };
}

/** the words of a force named with no side: سلاح الجو، الطيران الحربي، القوات الجوية، وحدات الجيش (match keys) */
const BARE_FORCE = /^(سلاح|الجو|الطيران|القوات|وحدات|الوحدات|الجيش|الدفاعات|البحريه|المدفعيه|الجويه|الحربي|البريه|الخاصه|الطائرات|المقاتلات|المروحيات|الحربيه)$/;

/** سلاح الجو نفذ: up to three words of a bare force right before the verb at b + 1, with أن before them (not قبل أن). */
function ownForceAfterThat(view: DocView, w: WordClasses, b: number, sentFrom: number): boolean {
  let k = b;
  while (k > sentFrom && b - k < 3 && view.tokens[k]!.kind === 'word' && !view.tokMention[k] && BARE_FORCE.test(view.keys[k]!)) k--;
  if (k === b || !/^(القوات|وحدات|الجيش|سلاح|الطيران|الدفاعات|البحريه|المدفعيه|الطاءرات|المقاتلات|المروحيات)$/.test(view.keys[k + 1]!)) return false;
  return k >= sentFrom && isClass(w, 'that', view.keys[k]!) && !(k > sentFrom && TIME_BEFORE_THAT.test(view.keys[k - 1]!));
}

/** تفرج عنهم، أفرجت عنهم لاحقا: the verb carries its object or goes on with a preposition — no subject stands after it. */
function noSubjectAfter(view: DocView, w: WordClasses, tr: Trigger, sentenceActor: Entity[]): boolean {
  if (tr.entry.pos !== 'v' || tr.participle) return false;
  // (a plural verb does not continue one body's clause: لمنع الحوثيين من السيطرة … بعد أن سيطروا على صنعاء)
  if (/(وا|ون|ين)$/.test(view.keys[tr.head]!) && sentenceActor.length < 2) return false;
  // (the word after the verb itself, not after a light verb's noun: منذ أن فرضت بعض الولايات حظرا has its subject inside)
  const next = view.keys[tr.head + 1];
  return tr.enc !== '' || next == null || view.tokens[tr.head + 1]!.kind === 'punct' || isClass(w, 'prep', next) || /^(عن|عنه|عنها|عنهم|منه|منها|منهم|عليه|عليها|عليهم|لاحقا|مجددا)$/.test(next);
}

/** A side that has forces of its own: a state, a ministry or army, an armed group, or a person speaking for one. */
function armedSide(view: DocView, e: Entity): boolean {
  const side = e.type === 'PER' ? spokesBody(view, e) : e;
  if (!side) return false;
  return isState(side) || /^(armed-forces|armed-group|ministry|military)/.test(side.role ?? '') || /(^| )(ال)?(جيش|قوات|دفاع|اركان|قياده|حرس|حركه|كتاءب|سرايا)( |$)/.test(matchKey(side.name ?? ''));
}

/**
 * The side of a fight that tells it, as an id ('' when the teller is a third party): the speaker itself, or the body
 * a spokesman speaks for (المتحدث باسم الجيش العميد نبيل عبد الله → the army named الجيش السوداني).
 */
function sideTelling(view: DocView, w: WordClasses, speakerId: string, sides: Entity[]): string {
  if (sides.some((x) => x.id === speakerId)) return speakerId;
  const person = view.entityById.get(speakerId);
  if (!person || person.type !== 'PER') return '';
  const body = spokesBody(view, person);
  if (body) return sides.includes(body) ? body.id : '';
  for (const m of view.mentions) {
    if (m.entity !== person) continue;
    for (let k = m.first - 1; k >= 1 && k >= m.first - 6; k--) {
      if (view.keys[k - 1] !== 'باسم') continue;
      const b = resolveTitle(view, w, view.keys[k]!, view.tokens[k]!.start);
      return b && sides.includes(b) ? b.id : '';
    }
  }
  return '';
}

/** True when token k is one of the frame's prepositions (حث X على، منع X من) or a complementizer: X is then the object. */
/** The body a person speaks for, named right before one of the person's mentions: المتحدث باسم الجماعة يحيى سريع. */
function spokesBody(view: DocView, person: Entity): Entity | null {
  for (const m of view.mentions) {
    if (m.entity !== person) continue;
    // (a long body's name counts as one word: المتحدث باسم القيادة العامة للقوات المسلحة العربية الليبية اللواء أحمد المسماري)
    for (let k = m.first - 1, words = 0; k >= 0 && words < 6; k--, words++) {
      if (view.tokens[k]!.kind !== 'word') break;
      const inside = view.tokMention[k];
      if (inside && inside.entity !== person && inside.first < k && view.keys[inside.first - 1] === 'باسم') k = inside.first;
      if (view.keys[k] !== 'باسم') continue;
      const b = spokenFor(view, k, person);
      if (b) return b;
      break;
    }
    // يحيى سريع، المتحدث الرسمي باسم القوات المسلحة: the title in apposition after the name
    if (view.tokens[m.last]?.text !== '،') continue;
    for (let k = m.last + 1; k < Math.min(view.tokens.length, m.last + 5) && view.tokens[k]!.kind === 'word' && !view.tokMention[k]; k++) {
      if (view.keys[k] !== 'باسم') continue;
      const b = spokenFor(view, k, person);
      if (b) return b;
      break;
    }
  }
  return null;
}

/** The body named after «باسم» at k, also past a word of forces: المتحدث باسم قوات حكومة الوفاق → the government. */
function spokenFor(view: DocView, k: number, person: Entity): Entity | null {
  const b = view.tokMention[k + 1] ?? (FORCES.test(view.keys[k + 1] ?? '') && view.tokMention[k + 2]?.first === k + 2 ? view.tokMention[k + 2] : undefined);
  return b && b.entity !== person && (b.entity.type === 'ORG' || b.entity.type === 'LOC') ? b.entity : null;
}

function framePrepAt(view: DocView, w: WordClasses, frame: string[], k: number): boolean {
  if (k >= view.tokens.length) return false;
  const key = view.keys[k]!;
  if (frame.includes(key) || isClass(w, 'that', key)) return true;
  return frame.some((f) => f.length === 1 && key.startsWith(f) && key.length > 3);
}

function isAfterThat(view: DocView, w: WordClasses, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isClass(w, 'that', view.keys[k]!)) return true;
  return false;
}

function clauseHasFirst(view: DocView, w: WordClasses, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isClass(w, 'first', view.keys[k]!)) return true;
  return false;
}

/** الجانبان التونسي والبريطاني: the two states named by the adjectives from token k on (X and وY), else null */
function pairAdjectives(view: DocView, k: number): Entity[] | null {
  const a = view.tokMention[k];
  if (!a || a.first !== k || !isCountry(a.entity) || view.mentionPrefix(k)) return null;
  const b = view.tokMention[a.last];
  if (!b || b.first !== a.last || !isCountry(b.entity) || b.entity === a.entity || view.mentionPrefix(a.last) !== 'و') return null;
  return [a.entity, b.entity];
}

/**
 * Who الوزيران / البلدان / الجانبان are: the sides of the last meeting told, else of the last event between two
 * of a kind (not a person praising a country: أعرب السيسي عن تقدير بلاده لدعم الصين).
 */
function lastParticipants(all: Draft[]): Entity[] | null {
  // (a town visited is the scene, not a side: وصل المقداد إلى جدة … وعقد الوزيران جلسة مباحثات)
  // (… and a mediation's sides are the parties, not its mediator: برعاية سعودية أمريكية … وقال إن الطرفين تعهدا)
  const sides = (d: Draft) => (d.trigger.entry === MEDIATION ? d.recipient : [...d.actor, ...d.recipient]).filter((x) => !isTown(x));
  for (let k = all.length - 1; k >= 0; k--) if (all[k]!.trigger.entry.type === 'CONSULT' && sides(all[k]!).length >= 2) return sides(all[k]!);
  for (let k = all.length - 1; k >= 0; k--) {
    const p = sides(all[k]!);
    if (p.length >= 2 && p.every((x) => x.type === p[0]!.type)) return p;
  }
  return null;
}

/**
 * «X، وY، V-noun»: after the subject phrase ending at `at`, conjuncts opened by «، و» that close before the light verb's
 * noun (token `noun`) join the actors (at most three).
 */
function addCommaConjuncts(view: DocView, w: WordClasses, at: number, noun: number, actor: Entity[], resolve: (np: NounPhrase) => Entity[] | null): void {
  for (let n = 0; n < 3 && at < noun && view.tokens[at]?.text === '،' && view.keys[at + 1]?.startsWith('و'); n++) {
    const np = readPhrase(view, w, at + 1, noun);
    if (!np?.heads.length || np.last >= noun || view.tokens[np.last]?.text !== '،') return;
    const heads = resolve(np) ?? [];
    // (only people, bodies and states: «، وفي واشنطن،» is no signatory)
    if (!heads.length || heads.some((h) => h.type === 'LOC' && !h.kb?.startsWith('country:'))) return;
    for (const h of heads) if (!actor.includes(h)) actor.push(h);
    at = np.last;
  }
}

/** The recipient: the phrase after the first of the frame's prepositions found after the subject. */
function recipientFromFrame(view: DocView, w: WordClasses, frame: string[], from: number, to: number, actor: Entity[]): Entity[] {
  const preps = frame.filter((f) => f !== 'obj');
  if (!preps.length) return [];
  for (let k = from; k < to; k++) {
    const key = view.keys[k]!;
    const t = view.tokens[k]!;
    if (t.kind !== 'word') continue;
    let np: NounPhrase | null = null;
    if (preps.includes(key) || preps.includes(key.replace(/^[وف]/, ''))) np = readPhrase(view, w, k + 1, to, true);
    else if (view.tokMention[k] && k === view.tokMention[k]!.first) {
      const pre = view.mentionPrefix(k);
      if (pre && preps.some((p) => p.length === 1 && pre.endsWith(p))) np = readPhrase(view, w, k, to, true);
    } else if (!view.tokMention[k]) {
      const s = strippings(key).find((x) => x.pro && preps.some((p) => p.length === 1 && x.pro.replace(/ال$/, '').endsWith(p)));
      if (s) np = readPhrase(view, w, k, to, true);
    }
    if (np?.heads.length) {
      const heads = np.heads.filter((h) => !actor.includes(h));
      // بين عناصر من الأمن العام و"الأسايش": a second side in quotation marks after و
      if (preps.includes('بين') && (key === 'بين' || key.endsWith('بين'))) {
        const second = quotedConjunct(view, np.last, to);
        if (second && !heads.includes(second) && !actor.includes(second)) heads.push(second);
      }
      if (heads.length) return heads;
    }
  }
  return [];
}

/** A joint statement's signatories join the actors of the events told near it (وهذا البيان وقعه أيضا قادة فرنسا …). */
function jointSignatories(view: DocView, w: WordClasses, drafts: Draft[]): void {
  const joint = statements(view, w).filter((x) => x.joint && x.signers.length);
  for (const d of drafts) {
    const [cs, ce] = d.clause;
    const st = joint.find((x) => x.sentence === d.sentence && x.token >= cs - 6 && x.token < ce + 6);
    if (!st || !d.actor.length || d.parties) continue;
    // (a city named beside the signatories is where they met, not one of them: عقب اجتماعهم بالقاهرة)
    const venue = (h: Entity) => isTown(h) && view.mentions.some((m) => m.entity === h && (/ب|في/.test(view.mentionPrefix(m.first) ?? '') || view.keys[m.first - 1] === 'في'));
    for (const h of st.signers) if (!d.actor.includes(h) && !venue(h)) d.actor.push(h);
    d.recipient = d.recipient.filter((r) => !d.actor.includes(r));
  }
}

/**
 * Whether a trigger points back at an attack already told: a definite noun (الهجوم، الضربة، التفجير) or a verb whose
 * subject is one (أن الضربة نفذت بأمر من …). An indefinite telling (شنوا هجوماً، وقتل مسلح 38 سائحاً) is a new attack.
 */
/** an unnamed crowd of protesters (آلاف المواطنين، محتجون، عشرات الطلاب), as match keys; not أنصار X (X's supporters) */
const CROWD = /^(الاف|الالاف|عشرات|العشرات|مءات|مئات|المءات|المئات|حشود|الحشود|جموع|الجموع|محتجون|محتجين|المحتجون|المحتجين|متظاهرون|متظاهرين|المتظاهرون|المتظاهرين|مواطنون|مواطنين|المواطنون|المواطنين|طلاب|الطلاب|طلبه|الطلبه|عمال|العمال|سكان|السكان|اهالي|الاهالي|معلمون|المعلمون|المعلمين|موظفون|الموظفون|الموظفين|ناشطون|الناشطون|ناشطين|الناشطين|شبان|الشبان)$/;
/** the first word after a protest verb (past times and asides, خرج، اليوم الجمعة، آلاف) is a crowd */
function crowdAfter(view: DocView, k: number, end: number): boolean {
  while (k < end && ((view.tokens[k]!.kind === 'punct' && view.tokens[k]!.text === '،') || isSkippable(view, k))) k++;
  if (!(k < end && view.tokens[k]!.kind === 'word' && !view.tokMention[k] && CROWD.test(view.keys[k]!))) return false;
  // (… a crowd of a group's members or supporters is that group's: نظم المئات من أنصار جبهة الخلاص، آلاف من مؤيدي المعارضة)
  for (let j = k + 1; j < Math.min(end, k + 4); j++) {
    if (view.tokMention[j]) return false;
    if (/^(من|المواطنين|المواطنون|المحتجين|المتظاهرين)$/.test(view.keys[j]!)) continue;
    return !/^(انصار|مءيدي|مءيدو|مناصري|مناصرو|اعضاء|عناصر|منتسبي|كوادر)$/.test(view.keys[j]!);
  }
  return true;
}

/** خاض "waged" (match key) */
const WAGED = matchKey('خاض');
/** حرباً على …: a war on someone or something, within [from, to) */
function warOn(view: DocView, from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++) if (/^(حربا|حرب|الحرب)$/.test(view.keys[k]!) && /^علي(ه|ها|هم)?$/.test(view.keys[k + 1]!)) return true;
  return false;
}

/** مسيّرة right after طائرة/طائرات in the trigger: the drone, not a march */
function droneNotMarch(view: DocView, tr: Trigger): boolean {
  for (let k = Math.max(1, tr.first); k <= tr.last; k++) if (/^[وب]*(ال)?مسير(ه|ات|تين|تان)$/.test(view.keys[k]!) && /^[وب]*(ال)?طاءر(ه|ات|تين|تان)$/.test(view.keys[k - 1]!)) return true;
  return false;
}

/** the envoy after a recall noun is the recaller's own: سفيرها، سفراءه، سفير المملكة، سفير بلاده (match keys) */
function ownEnvoy(view: DocView, k: number): boolean {
  const key = view.keys[k] ?? '';
  if (/^(سفيره|سفيرها|سفيرهم|سفيرنا|سفيريها|سفراءه|سفراءها|سفراءهم|سفراءنا|بعثته|بعثتها|دبلوماسييه|دبلوماسييها)$/.test(key)) return true;
  return /^(سفير|سفراء)$/.test(key) && /^(المملكه|بلاده|بلادها|بلادنا|الدوله|البلاد)$/.test(view.keys[k + 1] ?? '');
}

/** نفذت القوات أيضاً 17 ضربة، شنت كذلك غارات: «also» right after the verb tells a further attack, not the same again */
function toldAsAnother(view: DocView, tr: Trigger): boolean {
  for (let k = tr.head + 1; k <= Math.min(tr.last + 1, tr.head + 3, view.keys.length - 1); k++) if (/^(ايضا|كذلك)$/.test(view.keys[k]!)) return true;
  return false;
}

/** a definite noun naming an attack told before: الهجوم، الضربة، التفجير، العملية، الحادث (match keys) */
const ATTACK_ANAPHOR = /^(و|ف)?(ب|ل|ك)?(ال|لل)(هجوم|هجمات|هجمه|هجومين|ضربه|ضربات|ضربتين|غاره|غارات|غارتين|قصف|تفجير|تفجيرات|تفجيرين|انفجار|انفجارين|اعتداء|اعتداءات|عمليه|عمليات|حادث|حادثه|اشتباكات|معارك|مواجهات|جريمه|مجزره|اغتيال|كمين|عدوان)$/;

function anaphoric(view: DocView, tr: Trigger): boolean {
  // (the definite word must name the attack itself, أن الضربة نفذت بأمر من، التفجير وقع: a definite subject or
  // scene, أن القوات نفذت أيضاً 17 ضربة، وفي السياق دارت اشتباكات، points back at nothing)
  const definite = (k: number) => k !== tr.head && ATTACK_ANAPHOR.test(view.keys[k] ?? '');
  // (a verbal noun is mostly a consequence or a mention of the attack told: أسفر عن مقتل، في أعقاب تفجير; but fighting
  // named indefinite where people fell, وسقط قتلى في معارك عنيفة، قتلوا في اشتباكات, is a fight of its own)
  if (tr.entry.pos === 'n') return !(/^(في|خلال)?(معارك|اشتباكات|مواجهات|غارات|غاره|قصف|هجوم|هجمات)$/.test(view.keys[tr.head]!.replace(/^و/, '')) && /^(في|خلال)$/.test(view.keys[tr.head - 1] ?? ''));
  // أطلق خلالها الجنود الرصاص، أصيب خلالها: "during it" is the attack just told
  for (let k = tr.first; k <= Math.min(tr.last + 1, view.keys.length - 1); k++) if (/^(فيه|فيها|خلاله|خلالها|اثناءه|اثناءها)$/.test(view.keys[k] ?? '')) return true;
  return definite(tr.first) || definite(tr.first - 1) || definite(tr.first - 2);
}

function finish(view: DocView, w: WordClasses, lex: TriggerLexicon, drafts: Draft[], published: string | null, dateline: Entity | null, headline: Span | null): Event[] {
  const seen = new Set<string>();
  const seenBase = new Set<string>();
  // the towns each side's attacks of a day struck so far (type|participants|date|negated → place ids)
  const townsOf = new Map<string, string[]>();
  const quoteSpans = [...new Set(drafts.map((d) => d.quote).filter((q): q is Quote => q != null))];
  const inQuote = (k: number) => quoteSpans.some((q) => view.tokens[k]!.start >= q.start && view.tokens[k]!.start < q.end);
  // a headline's event is usually told again in the body: let the body's telling win the de-duplication
  const headlineEnd = headline ? headline.end : -1;
  const order = [...drafts.filter((d) => view.tokens[d.trigger.first]!.start >= headlineEnd), ...drafts.filter((d) => view.tokens[d.trigger.first]!.start < headlineEnd)];
  const kept: Array<{ d: Draft; ev: Omit<Event, 'id'> }> = [];
  for (const d of order) {
    const tr = d.trigger;
    const [cs, ce] = d.clause;
    const sFrom = view.sentFirst[d.sentence]!;
    const sTo = view.sentEnd[d.sentence]!;
    const taken = new Set([...d.actor, ...d.recipient].map((x) => x.id));
    let loc = d.scene ?? eventLocation(view, w, tr.head, cs, ce, sFrom, sTo, taken, view.paragraphOf(view.tokens[tr.first]!.start) <= 2 ? dateline : null, { sentenceWide: (d.siblings ?? 1) <= 1 || d.quote != null, inQuote });
    // … ببروكسل حيث شارك في …: "where" is the place of the clause before
    if (!loc && cs > sFrom && /^و?حيث$/.test(view.keys[cs - 1]!)) {
      const prev = kept.filter((k) => k.ev.sentence === d.sentence && k.ev.location).pop();
      if (prev) loc = view.entityById.get(prev.ev.location!) ?? null;
    }
    // اتفق فيه الوزيران: "in it" is the meeting just told, and its place
    if (/^(فيه|فيها)$/.test(view.keys[tr.head + 1] ?? '')) {
      const prev = kept.filter((k) => k.ev.sentence === d.sentence && k.ev.location).pop();
      if (prev) loc = view.entityById.get(prev.ev.location!) ?? loc;
    }
    const quoteCheck = (k: number) => (d.quote ? view.tokens[k]!.start >= d.quote.start && view.tokens[k]!.start < d.quote.end : inQuote(k));
    const told = eventDate(view, w, tr.head, cs, ce, sFrom, sTo, quoteCheck, published);
    const own = told.own;
    // قتل الجيش الإسرائيلي الأحد فلسطينيا (published on a Monday): a verb in the perfect tells a past event, so a
    // weekday read as the coming one is the one just gone (a week earlier), and no future
    const date = own && pastVerb(view, tr) && BARE_WEEKDAY.test(matchKey(told.text ?? '')) ? lastWeekdayBefore(told.date, published) : told.date;
    // (a refusal is its own event: لن تقبل is REJECT, not a negated acceptance)
    const refusal = tr.entry.mode === 'refuse';
    const negated = !refusal && (isNegated(view, w, tr.first, cs) || hypothetical(view, tr.first, sFrom) || asked(view, sFrom, sTo) || isCounterfactual(view, w, tr.head, sFrom, sTo) || isUnderNegatedVerb(view, w, tr.first, sFrom));
    const future = !negated && isFuture(view, w, tr.head, cs, ce, tr.pro, own ? date : null, published);
    // النقابات ستنفذ إضراباً جديداً "ما لم يتم سحب مشروع القانون"، بلاده "ستنفذ عملية برية": a protest, an attack or a
    // sanction announced for later on a condition, or an attack announced in someone's words, is a threat
    let type = tr.entry.type;
    // (the trigger itself in the future — ستنفذ، سوف يكون — not a later word of the clause: أصيب … وستكون المعارك القادمة)
    const ownFuture = tr.pro.includes('س') || /^(سوف|وسوف)$/.test(view.keys[tr.first - 1] ?? '') || /^(سوف|وسوف)$/.test(view.keys[tr.first - 2] ?? '');
    if (future && ownFuture && THREATENING.has(type) && (conditioned(view, sFrom, sTo) || (type === 'ASSAULT' && (d.quote != null || isAfterThat(view, w, sFrom, tr.first))))) type = 'THREATEN';
    let mode = refusal ? null : refineMode(view, type, tr.entry.mode, lex.modes, cs, ce);
    if (type === 'CONSULT' && !mode && loc && d.actor.length && d.recipient.length) {
      // talks in a country neither side comes from: a third-party meeting (Kerry and Lavrov in Hamburg)
      const cs2 = new Set([...d.actor, ...d.recipient].map((x) => x.country).filter(Boolean));
      if (loc.country && cs2.size && !cs2.has(loc.country)) mode = 'third-party';
    }
    // شنت غارات على قطاع غزة: a city or region attacked (or visited) is where the event happened
    const placeRecipient = d.recipient.find(isTown);
    if (placeRecipient && (!loc || isCountry(loc))) loc = placeRecipient;
    if (type === 'CONSULT' && mode === 'visit') {
      // زار باريس: the place visited is where the event happens and whom it concerns
      const place = d.recipient.find((r) => r.type === 'LOC');
      if (place) loc = place;
      else if (!d.recipient.length && loc) d.recipient = [loc];
    }
    let confidence = tr.entry.pos === 'n' ? 0.55 : tr.entry.with ? 0.8 : 0.7;
    if (d.actorFrom === 'phrase' || d.actorFrom === 'svo') confidence += 0.15;
    else if (d.actorFrom === 'inherit' || d.actorFrom === 'speaker' || d.actorFrom === 'pair' || d.actorFrom === 'title') confidence += 0.05;
    else confidence -= 0.2;
    for (let k = Math.max(sFrom, tr.head - 6); k < Math.min(sTo, tr.head + 8); k++) if (isClass(w, 'hedge', view.keys[k]!)) confidence -= 0.1;
    if (d.quote) confidence -= 0.05;
    confidence = Math.round(Math.min(0.99, Math.max(0.05, confidence)) * 100) / 100;
    const participants = [...new Set([...d.actor, ...d.recipient].map((x) => x.id))].sort().join(',');
    // (each side's own account of the fighting is its own report: قالت قوات الدعم السريع إنها صدت هجوماً شنه الجيش
    // … أعلن المتحدث باسم الجيش أن القوات المسلحة "كبدت الميليشيا خسائر": a side that tells it is part of the key)
    // (only a side telling its own fight marks its account: a third party retelling it is the same attack)
    // (an attack told again by its noun in another side's words, إن الغارات استهدفت قرى, is that side's account)
    const teller = type === 'ASSAULT' && d.teller ? (d.retold ? d.teller : sideTelling(view, w, d.teller, [...d.actor, ...d.recipient])) : '';
    const base = `${type}|${participants}|${date}|${negated}`;
    const key = `${base}|${teller}`;
    // (a side's account is new only beside the other side's; a neutral telling repeats any earlier one)
    // (… unless told as another one: نفذت القوات أيضاً 17 ضربة في العراق after 41 in Syria; or in another town —
    // اقتحم مسلحو المقاومة قرية حدنان after their advance on Aden is a fight of its own)
    const another = type === 'ASSAULT' && (toldAsAnother(view, tr) || (loc != null && isTown(loc) && (townsOf.get(base) ?? []).some((t) => t !== loc!.id)));
    const elsewhere = (k: { ev: Omit<Event, 'id'> }) => type === 'ASSAULT' && loc != null && isTown(loc) && k.ev.location != null && k.ev.location !== loc.id && isTown(view.entityById.get(k.ev.location)!);
    if (participants && !another && (seen.has(key) || seen.has(`${base}|`) || (!teller && seenBase.has(base)))) continue;
    seenBase.add(base);
    if (loc && isTown(loc)) townsOf.set(base, [...(townsOf.get(base) ?? []), loc.id]);
    // an attack told again without names right after its first telling (أن الضربة نفذت بأمر من …) is the same attack
    // (other events only within their sentence: وأغلق المحتجون الطرق وأحرقوا الإطارات is one protest, but the next
    // sentence's وأغلق المتظاهرون طريقا is a step of its own)
    const window = type === 'ASSAULT' ? 2 : 0;
    // (an attack told in passing, في أعقاب تفجير انتحاري, is no first telling of one in a later sentence)
    // (in the next sentences only when it points back at it: a wire round-up's شنوا هجوماً … وقتل مسلح 38 سائحاً are
    // attacks of their own)
    if (!participants && kept.some((k) => k.ev.type === type && k.ev.date === date && d.sentence - k.ev.sentence >= 0 && d.sentence - k.ev.sentence <= window && k.d !== d && (k.ev.sentence === d.sentence || (anaphoric(view, d.trigger) && !toldAsAnother(view, tr) && !elsewhere(k))) && (k.d.trigger.license !== 'report' || k.ev.sentence === d.sentence))) continue;
    // قطع العلاقات مع الإمارات وسحب السفارة: a second step of the same kind by the same side in the same sentence,
    // with nobody else named, is the same event
    const actorKey = d.actor.map((x) => x.id).sort().join(',');
    const sameStep = actorKey ? kept.find((k) => k.ev.sentence === d.sentence && k.ev.type === type && k.ev.negated === negated && [...k.ev.actor].sort().join(',') === actorKey && (!k.ev.recipient.length || !d.recipient.length)) : undefined;
    if (sameStep) {
      if (!sameStep.ev.recipient.length) sameStep.ev.recipient = d.recipient.map((x) => x.id);
      continue;
    }
    seen.add(key);
    const s = view.tokens[tr.first]!.start;
    const e = view.tokens[tr.last]!.end;
    const trigger: Span = { text: view.text.slice(s, e), start: s, end: e };
    kept.push({ d, ev: {
      type: type,
      mode,
      actor: d.actor.map((x) => x.id),
      recipient: d.recipient.map((x) => x.id),
      location: loc?.id ?? null,
      date,
      trigger,
      sentence: d.sentence,
      negated,
      future,
      confidence,
    } });
  }
  // an unnamed telling beside a named one of the same kind in the same sentence adds nothing (اعترضت ودمرت … told twice)
  const named = (k: { ev: Omit<Event, 'id'> }) => k.ev.actor.length > 0 || k.ev.recipient.length > 0;
  for (let n = kept.length - 1; n >= 0; n--) {
    const k = kept[n]!;
    if (!named(k) && kept.some((o) => o !== k && named(o) && o.ev.type === k.ev.type && o.ev.sentence === k.ev.sentence && o.ev.negated === k.ev.negated)) kept.splice(n, 1);
  }
  kept.sort((x, y) => x.ev.trigger.start - y.ev.trigger.start);
  return kept.map((k, n) => ({ id: `ev${n + 1}`, ...k.ev }));
}

