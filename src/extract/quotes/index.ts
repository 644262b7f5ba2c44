/**
 * Quotes: direct speech in quotation marks and reported speech (قال إن …), each attributed to the
 * entity that said it through its reporting verb, before or after the quote, across a colon or a
 * paragraph break, through a title (وقال الوزير) or a pronoun (وأضاف) back to the named speaker, and
 * through a relaying outlet (ونقلت قناة الميادين عن الأسد قوله "…" → الأسد via الميادين).
 * Quoted fragments with no speech around them (دعت إلى "وقف فوري لإطلاق النار") are no quotes.
 */
import type { Entity, Quote, Span } from '../../analysis.js';
import type { ExtractContext } from '../context.js';
import { DocView } from '../discourse/view.js';
import { articleView } from '../discourse/article-view.js';
import { isClass, isClassLoose, wordClasses, type WordClasses } from '../discourse/words.js';
import { isSkippable, readPhrase, readPhraseBefore, sentenceSubject, type NounPhrase } from '../discourse/phrases.js';
import { lastPerson, personBehindTitle, resolveTitle } from '../discourse/refer.js';
import { statementBefore } from '../discourse/statements.js';
import { findMarkPairs } from './marks.js';
import { matchKey } from '../../text/normalize.js';
import { cueOf, reportingLexicon, type CueInfo, type ReportingLexicon } from './lexicon.js';

/** Nouns that a quoted title follows: صحيفة "الوطن", عملية "درع الفرات" — names, not speech (as match keys: مؤتمر → مءتمر). */
const NAMING = new Set(['صحيفه', 'قناه', 'وكاله', 'مجله', 'برنامج', 'عمليه', 'حمله', 'حزب', 'حركه', 'جبهه', 'تنظيم', 'كتاب', 'فيلم', 'شعار', 'مبادره', 'مسلسل', 'موقع', 'مؤتمر', 'منتدي', 'جماعه', 'لواء', 'كتيبه', 'فصيل', 'مشروع', 'خطه', 'اسم', 'بعنوان', 'عنوان', 'وسم', 'هاشتاغ',
  // محطة «إن دي تي في إنديا»، مهرجان «سوق عكاظ»، شركة «أرامكو»، مسرحية «شعللنا الدوري»
  'محطه', 'شبكه', 'اذاعه', 'رحله', 'الرحله', 'تقرير', 'جريده', 'دار', 'شركه', 'مجموعه', 'مؤسسه', 'مهرجان', 'جائزه', 'مسابقه', 'معرض', 'منصه', 'تطبيق', 'حساب', 'صفحه', 'مسرحيه', 'روايه', 'قصيده', 'اغنيه', 'ديوان', 'مبادره', 'تحالف', 'ائتلاف', 'قائمه', 'كتله', 'فندق', 'مطعم', 'نادي', 'فريق', 'منتخب', 'ملتقي', 'ندوه', 'دوره', 'ورشه', 'مناوره', 'مناورات', 'تمرين', 'سفينه', 'باخره', 'طائره', 'صاروخ', 'منظومه', 'حي', 'ساحه', 'شارع', 'مخيم', 'سجن', 'معتقل'].map(matchKey));

interface CueLookup {
  at(k: number): CueInfo | null;
}

/** Words before أن that make it no complementizer of speech: على أن، بعد أن، قبل أن، منذ أن، سبق له أن. */
/** Cues whose own preposition is إلى (أشار إلى أن، لفت إلى أن): elsewhere «إلى أن» is "until" (… تجميد الاتصالات إلى أن تلغي إسرائيل إجراءاتها). */
const ILA_CUES = /^(اشار|لفت|نوه|المح|نبه|خلص|ذهب|اوما|دعا|تطرق)$/;

const NOT_SPEECH_THAT = /^(علي|بعد|قبل|منذ|سبق|له|لها|بمجرد|حتي|الي|خصوصا|خاصه|لاسيما|سيما|بما|رغم|برغم)$/;

const BAYYANA: CueInfo = { lemma: 'بين', cls: 'say', participle: false, saying: false };

const SENTENCE_END = new Set(['.', '!', '?', '؟', '…']);

/**
 * Token k ends a sentence: a final mark, but not the dot of an abbreviation glued to a one-letter word
 * (وقال رئيس الجمعية د. هلال الساير إن …، م. أحمد: the sentence splitter does not end there either).
 */
function endsSentence(view: DocView, k: number): boolean {
  const t = view.tokens[k]!;
  if (t.kind !== 'punct' || !SENTENCE_END.has(t.text)) return false;
  if (t.text !== '.') return true;
  const p = view.tokens[k - 1];
  return !(p && p.kind === 'word' && p.end === t.start && p.text.length === 1);
}

interface Attribution {
  speaker: Entity | null;
  speakers: Entity[];
  speakerText: Span | null;
  cue: Span | null;
  via: Entity | null;
}

export function extractQuotes(ctx: ExtractContext, entities: Entity[]): Quote[] {
  const view = articleView(ctx, entities);
  return findQuotes(view, wordClasses(ctx.res), reportingLexicon(ctx.res));
}

export function findQuotes(view: DocView, w: WordClasses, baseLex: ReportingLexicon): Quote[] {
  const text = view.text;
  /** Token k follows only a lead-in at its sentence's start: من جهته، من جانبه، بدوره (a comma may follow it). */
  const afterLeadIn = (k: number): boolean => {
    const first = view.sentFirst[view.tokSentence[k]!]!;
    let j = k - 1;
    if (j >= first && view.tokens[j]!.text === '،') j--;
    if (j === first && /^و?(بدوره|بدورها)$/.test(view.keys[j]!)) return true;
    return j === first + 1 && /^و?من$/.test(view.keys[first]!) && /^(جهته|جهتها|جانبه|جانبها|ناحيته)$/.test(view.keys[j]!);
  };
  // the reporting verb each word is, looked up once per article
  const cues = view.tokens.map((t, k) => {
    // وبيّن الدكتور خالد الشايع أن …: the masculine بيّن is written as «بين» (between), so it is a cue only opening its sentence
    // (… or after a lead-in: «من جهته بين مدير فرع الزراعة … أن»، «بدوره بين»)
    if (t.kind === 'word' && /^و?بين$/.test(view.keys[k]!) && (view.sentFirst[view.tokSentence[k]!] === k || afterLeadIn(k)) && view.tokMention[k + 1]?.entity.type !== 'LOC') return BAYYANA;
    // (a word of a name is no verb: «آري حمه» is no أرى)
    if (view.tokMention[k] && view.tokMention[k]!.entity.type !== 'MISC') return null;
    let c = t.kind === 'word' ? cueOf(baseLex, view.keys[k]!) : null;
    // وهو ما نفته "قسد"، ما أكده الوزير: after ما the verb carries the object pronoun of what was said
    if (!c && t.kind === 'word' && view.keys[k - 1] === 'ما' && /(ه|ها)$/.test(view.keys[k]!)) {
      const bare = cueOf(baseLex, view.keys[k]!.replace(/(ه|ها)$/, ''));
      if (bare && !bare.participle && !bare.saying) c = bare;
    }
    // يُذكر أن … (it is worth mentioning that): an impersonal passive, no speaker
    if (c && /^و?يذكر$/.test(view.keys[k]!) && isClass(w, 'that', view.keys[k + 1] ?? '')) return null;
    // طالبا عدم نشر اسمه، طلب عدم الكشف عن هويته: a source's anonymity, no speech
    if (c && view.keys[k + 1] === 'عدم') return null;
    // ودعت الدائرة الله أن يتقبل …، داعيا المولى أن: a prayer, no speech
    if (c && /^(دعا|سال|ناشد)$/.test(c.lemma)) {
      for (let j = k + 1; j < view.tokens.length && j <= k + 5 && !isClass(w, 'that', view.keys[j]!); j++) if (/^(الله|المولي|ربه|ربها|الباري)$/.test(view.keys[j]!)) return null;
    }
    // جاء reports only a statement: جاء في البيان، جاء فيه
    if (c?.cls === 'statement') {
      const next = view.keys[k + 1] ?? '';
      const ok = next === 'فيه' || next === 'فيها' || (next === 'في' && isClassLoose(w, 'statement', view.keys[k + 2] ?? ''));
      return ok ? c : null;
    }
    return c;
  });
  const lex = { ...baseLex, at: (k: number) => cues[k] ?? null };
  const pairs = findMarkPairs(text, view.paragraphs);
  const quotes: Quote[] = [];
  /** token index ranges covered by quotation marks (cues are never looked for inside them) */
  const pairAt = new Map(pairs.map((p) => [p.open, p]));
  const insideTok = new Uint8Array(view.tokens.length);
  for (const p of pairs) for (let k = Math.max(0, view.tokenAt(p.open)); k < view.tokens.length && view.tokens[k]!.start < p.close; k++) if (view.tokens[k]!.start > p.open) insideTok[k] = 1;
  const inside = (i: number) => insideTok[i] === 1;
  let last: { q: Quote; speaker: Entity | null; speakers: Entity[]; via: Entity | null; sentence: number; gender: CueGender } | null = null;
  /** the gender of the cue at token k (null for no cue) */
  const genderAt = (k: number): CueGender => {
    const info = k >= 0 ? lex.at(k) : null;
    return info ? cueGender(view.keys[k]!, info) : null;
  };

  const span = (s: number, e: number): Span => ({ text: text.slice(s, e), start: s, end: e });

  /** The speaker of the cue at token c; `stop` bounds the noun phrases read after it. */
  const attribute = (c: number, info: CueInfo, stop: number): Attribution => {
    const a = backReference(attributeNamed(c, info, stop), c);
    if (!a.speaker || !neverSpeaks(a.speaker)) return a;
    // ودعا الله عز وجل أن يوفق شبابنا، مؤكدا أن …: God is the one prayed to, never the speaker of a news quote —
    // the speaker is the one who prayed (the subject continued from before), else none; so is the international
    // community, a collective appealed to («نطالب المجتمع الدولي والأمم المتحدة …»), never one that speaks
    const p = pronoun(c, a.cue ?? span(view.tokens[c]!.start, view.tokens[c]!.end), true);
    return p.speaker && !neverSpeaks(p.speaker) ? p : { ...a, speaker: null, speakers: [] };
  };

  /**
   * A speaker phrase that names no entity but points back to one named before: an honorific pronoun (قال فضيلته،
   * وأكد معاليه) to the person speaking, a spokesman's bare title (وأكد المتحدث الأمني) to the body he was named the
   * spokesman of (المتحدث الأمني بوزارة الداخلية), a body's head noun (وقال المعهد، وأوضح النادي) to the last body
   * of that kind (معهد ليبنيز). Anonymous heads (المصادر، مسؤول) stay anonymous.
   */
  const backReference = (a: Attribution, c: number): Attribution => {
    if (a.speaker || !a.speakerText) return a;
    const t0 = view.tokenAt(a.speakerText.start);
    if (t0 < 0) return a;
    const key = view.keys[t0]!.replace(/^[وف](?=ال)/, '');
    const at = view.tokens[c]!.start;
    let e: Entity | null = null;
    // وأوضحت الإحصائيات الصادرة عن «ساما» أن، التقرير الصادر عن البنك الدولي: the issuer named after الصادر عن
    const t1 = view.tokenAt(a.speakerText.end - 1);
    for (let k = t0; k <= t1 + 1 && k + 1 < view.tokens.length; k++) {
      if (!/^ال?صادر(ه)?$/.test(view.keys[k]!) || view.keys[k + 1] !== 'عن') continue;
      let m = k + 2;
      while (m < view.tokens.length && view.tokens[m]!.kind === 'punct' && /["«“]/.test(view.tokens[m]!.text)) m++;
      const issuer = view.tokMention[m];
      if (issuer && issuer.first === m && (issuer.entity.type === 'ORG' || issuer.entity.type === 'PER')) return { ...a, speaker: issuer.entity, speakers: [issuer.entity] };
    }
    if (HONORIFIC_PRONOUN.test(key)) {
      // the last person introduced with that honorific (وأكد جلالته → «جلالة الملك عبدالله الثاني», not the union leader quoted since)
      e = honorificBearer(key, at);
      e ??= priorSpeaker(c)?.a.speaker ?? null;
      if (e && e.type !== 'PER') e = null;
      e ??= lastPerson(view, at);
    } else if (/^ال(متحدث|ناطق)/.test(key)) {
      e = spokesmanBody(at);
    } else if (key.startsWith('ال') && BODY_HEAD.test(key.slice(2)) && onlyModifiers(t0 + 1, view.tokenAt(a.speakerText.end - 1) + 1)) {
      e = lastBodyHeaded(key.slice(2), at);
    }
    // وأوضحت المديرية العامة للجوازات أن … وأوضحت الجوازات أن: a body called by the last word of its name
    if (!e && key.startsWith('ال') && key.length > 4 && t0 === t1) e = bodyEndingWith(key, at);
    // وأوضحت الدراسة التي نشرها معهد ليبنيز أن … وأضافت الدراسة أن: the same head noun, named before with its speaker
    if (!e && key.startsWith('ال') && key.length > 4 && !isClass(w, 'anon', key) && !isClass(w, 'anon', key.slice(2))) e = sameHeadBefore(key, c);
    return e ? { ...a, speaker: e, speakers: [e] } : a;
  };

  /** The speaker of an earlier cue (up to eight sentences back) whose speaker phrase opened with the same definite noun. */
  const sameHeadBefore = (key: string, c: number): Entity | null => {
    const floor = view.sentFirst[Math.max(0, view.tokSentence[c]! - 8)]!;
    for (let k = c - 1; k >= floor; k--) {
      const info = view.tokens[k]!.kind === 'word' && !inside(k) ? lex.at(k) : null;
      if (!info || info.saying || info.participle || info.cls === 'statement') continue;
      const a = priorAttribution(k, info);
      if (!a.speaker || !a.speakerText) continue;
      const t = view.tokenAt(a.speakerText.start);
      if (t >= 0 && view.keys[t]!.replace(/^[وف](?=ال)/, '') === key) return a.speaker;
    }
    return null;
  };

  /** The last person before `at` whose name came right after the same title words as tokens [from, to) (two words at least). */
  const exactTitleBearer = (from: number, to: number, at: number): Entity | null => {
    const words = view.keys.slice(from, to).map((k) => k.replace(/^و(?=ال)/, ''));
    if (words.length < 2 || words.length > 4 || view.tokens.slice(from, to).some((t) => t.kind !== 'word')) return null;
    for (let i = view.mentions.length - 1; i >= 0; i--) {
      const m = view.mentions[i]!;
      if (m.start >= at || m.entity.type !== 'PER' || m.first < words.length) continue;
      if (words.every((wd, n) => view.keys[m.first - words.length + n]!.replace(/^و(?=ال)/, '').replace(/^و(?!ال)/, '') === wd.replace(/^و(?!ال)/, ''))) return m.entity;
    }
    return null;
  };

  /** The last person before `at` with the honorific's word or title just before its name (جلالته → جلالة الملك …). */
  const honorificBearer = (key: string, at: number): Entity | null => {
    const words = HONORIFIC_WORDS.find(([re]) => re.test(key))?.[1];
    if (!words) return null;
    for (let i = view.mentions.length - 1; i >= 0; i--) {
      const m = view.mentions[i]!;
      if (m.start >= at || m.entity.type !== 'PER') continue;
      for (let k = m.first - 1; k >= 0 && k >= m.first - 4; k--) {
        if (view.tokens[k]!.kind !== 'word' || (view.tokMention[k] && view.tokMention[k] !== m)) break;
        if (words.test(view.keys[k]!.replace(/^[وبل]/, ''))) return m.entity;
      }
    }
    return null;
  };

  /** Only adjectives of the head after it (المعهد غير الربحي، النادي الملكي): definite words, غير. */
  const onlyModifiers = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (view.tokens[k]!.kind !== 'word' || view.tokMention[k] || !(view.keys[k]!.startsWith('ال') || view.keys[k] === 'غير') || isClassLoose(w, 'title', view.keys[k]!)) return false;
    return true;
  };

  /** The body a spokesman was named for before `at`: المتحدث (الأمني/الرسمي) بوزارة الداخلية، الناطق باسم الجيش. */
  const spokesmanBody = (at: number): Entity | null => {
    for (let i = view.mentions.length - 1; i >= 0; i--) {
      const m = view.mentions[i]!;
      if (m.start >= at || m.entity.type !== 'ORG') continue;
      for (let k = m.first - 1; k >= 0 && k >= m.first - 4; k--) {
        if (view.tokens[k]!.kind !== 'word' || view.tokMention[k]) break;
        if (/^ال(متحدث|ناطق)/.test(view.keys[k]!)) return m.entity;
      }
    }
    return null;
  };

  /** The last body before `at` whose name of three words or more ends with the definite noun (الجوازات → «المديرية العامة للجوازات»). */
  const bodyEndingWith = (key: string, at: number): Entity | null => {
    for (let i = view.mentions.length - 1; i >= 0; i--) {
      const m = view.mentions[i]!;
      if (m.start >= at || m.entity.type !== 'ORG') continue;
      const words = matchKey(m.entity.name).split(' ');
      if (words.length >= 3 && words[words.length - 1]!.replace(/^لل/, 'ال').replace(/^[وب](?=ال)/, '') === key) return m.entity;
    }
    return null;
  };

  /** The last body before `at` whose name (or the word before its mention) has the head noun: معهد → «معهد ليبنيز». */
  const lastBodyHeaded = (head: string, at: number): Entity | null => {
    const stem = head.replace(/ه$/, '');
    // (the head's own first letter may look like a clitic: وزارة)
    const hasHead = (k: string) => [k, k.replace(/^ال/, ''), k.replace(/^[وبلف]/, ''), k.replace(/^[وبلف]ال/, '')].some((x) => x.replace(/ه$/, '') === stem);
    for (let i = view.mentions.length - 1; i >= 0; i--) {
      const m = view.mentions[i]!;
      if (m.start >= at || m.entity.type !== 'ORG') continue;
      if (matchKey(m.entity.name).split(' ').some(hasHead) || (m.first > 0 && hasHead(view.keys[m.first - 1]!))) return m.entity;
      // (وقال النادي في بيان → the club the article named, ريال مدريد: a club by its knowledge-base role)
      if ((stem === 'نادي' || stem === 'فريق') && m.entity.role === 'sports-club') return m.entity;
    }
    return null;
  };

  const attributeNamed = (c: number, info: CueInfo, stop: number): Attribution => {
    const cue = span(view.tokens[c]!.start, view.tokens[c]!.end);
    const sentStart = view.sentFirst[view.tokSentence[c]!]!;
    if (info.saying) return relayed(c, cue, sentStart);
    // رئيس المجلس رشاد العليمي، الذي قال … إن، الوزارة التي أكدت أن: the relative's antecedent speaks
    if (c - 2 >= sentStart && RELATIVE.has(view.keys[c - 1]!)) {
      const k = /^[،,]$/.test(view.tokens[c - 2]!.text) ? c - 3 : c - 2;
      const m = k >= sentStart ? view.tokMention[k] : undefined;
      if (m && m.last - 1 === k && (m.entity.type === 'PER' || m.entity.type === 'ORG') && !/^[لب]/.test(view.mentionPrefix(m.first))) {
        return { speaker: m.entity, speakers: [m.entity], speakerText: span(view.tokens[m.first]!.start, view.tokens[m.last - 1]!.end), cue, via: null };
      }
      // بحسب ما ذكرت "ذي دايلي مايل" التي رأت أن …: an antecedent the entity layer did not name (a paper in marks)
      // is still the subject — an unnamed speaker, not the one named before
      if (!m && k >= sentStart && view.tokens[k]!.kind === 'punct' && /["»”]/.test(view.tokens[k]!.text)) {
        for (let o = k - 1; o >= sentStart && o >= k - 5; o--) {
          if (quotedName(o) !== k) continue;
          const q = quotedSpeaker(o);
          return { speaker: q, speakers: q ? [q] : [], speakerText: span(view.tokens[o + 1]!.start, view.tokens[k - 1]!.end), cue, via: null };
        }
      }
    }
    if (info.participle) {
      // وهو ما نفته "قسد" في بيان، مؤكدة أن …: the subject of the nearest reporting verb before it in the sentence
      const near = priorSpeaker(c, true);
      if (near && near.at >= view.tokens[sentStart]!.start && near.a.speaker) return agreeing(c, { ...near.a, speakerText: null, cue });
      // وبين مخرج العمل فطيس بقنه أن …، مشيرا إلى أن: an unnamed or anonymous subject of the sentence's own verb
      // stays the participle's, not a name from an earlier sentence
      if (near && near.at >= view.tokens[sentStart]!.start && near.a.speakerText) return { ...near.a, speakerText: null, cue };
      // مؤكدا أنها "…": the participle's subject is the sentence's (في المقابل، دافع الرئيس قيس سعيد …)
      const np = sentenceSubject(view, w, sentStart, c);
      if (np?.heads.length) return { ...fromPhrase(np, cue, c), speakerText: null };
      // وقال مصدر وزاري إن «…»، لافتاً إلى أن «…»: an anonymous subject stays anonymous
      if (np && np.last <= c && (np.anon || np.title)) {
        // (a title chain with the person's name at its end: «بدوره عبر مدير فرع الجمعية … بأبها أحمد السروي عن استنكاره …،
        // قائلاً» — the name, not the last director named before)
        const named = !np.anon ? personAfterComma(np.last, c, true) : null;
        if (named) return { speaker: named.entity, speakers: [named.entity], speakerText: null, cue, via: null };
        return { ...fromPhrase(np, cue, c), speakerText: null };
      }
      // من جهته اكتفى نجم الكرة السعودية ياسر القحطاني بالدعاء له قائلا: a subject the phrase reader does not know
      // (نجم الكرة) — the first person named right after the sentence's verb, not the last speaker of an earlier one
      const first = firstNamedAfterVerb(sentStart, c);
      if (first) return agreeing(c, { speaker: first, speakers: [first], speakerText: null, cue, via: null });
      return agreeing(c, pronoun(c, cue));
    }
    if (info.cls === 'relay') {
      // ونقلت وكالة X عن Y أن …
      const r = relayed(c, cue, sentStart, c);
      if (r.speaker || r.speakerText || info.lemma === 'علمت') return r;
    }
    // وكان الرئيس رجب طيب أردوغان قد حذّر تل أبيب من أنها "…": after كان … قد the subject stands before the verb,
    // and the name after the verb is its object (the country warned), not the speaker
    if (c > sentStart && view.keys[c - 1] === 'قد') {
      const svo = readPhraseBefore(view, w, c, sentStart);
      if (svo && svo.heads.length && svo.first > sentStart && KANA.has(view.keys[svo.first - 1]!) && onlySkippableBetween(svo.last, c)) return fromPhrase(svo, cue, c);
    }
    let j = c + 1;
    while (j < stop && isSkippable(view, j)) j++;
    // وكشف النقاب عن …، أزاح الستار عن: the veil is the verb's object in the idiom, not its subject — the
    // subject is the one continued (or named before the idiom: كشف الوزير النقاب عن)
    if (j + 1 < stop && UNVEILED.has(view.keys[j]!) && view.keys[j + 1] === 'عن') j++;
    // أكد لـ«عكاظ» الرئيس العام للأرصاد … الجاسر أن، أكد ل"الرياض" الشيخ فالح الشبلي بأن: the addressee right after the
    // verb is skipped and the subject read after it
    {
      const close = j + 1 < stop && /^[لب]ـ*$/.test(view.tokens[j]!.text) ? quotedAddressee(j + 1) : view.tokens[j]?.kind === 'punct' ? addresseeAfterVerb(j) : -1;
      const m = close < 0 ? view.tokMention[j] : undefined;
      const next = close > 0 ? close + 1 : m && m.first === j && /^[لب]/.test(view.mentionPrefix(j)) && m.entity.type === 'ORG' ? m.last : -1;
      if (next > j && next < stop && view.tokens[next]!.kind === 'word' && (close > 0 || view.tokMention[next] || isClassLoose(w, 'title', view.keys[next]!))) {
        j = next;
        while (j < stop && isSkippable(view, j)) j++;
      }
    }
    // وأوضح التقرير الـ 51 لمؤسسة النقد أن …، قال تقرير صادر عن الوزارة إن: the statement's issuer speaks
    if (j < stop && view.tokens[j]!.kind === 'word' && !view.tokMention[j] && isClassLoose(w, 'statement', view.keys[j]!)) {
      const st = fromStatement(j, cue, span(view.tokens[j]!.start, view.tokens[j]!.end));
      if (st?.speaker) return st;
    }
    // وأوضح "الغانمي" و"المغربي" أنه، وأضاف الدكتور "الغانمي": إنه — a name in quotation marks (a title may stand before it)
    for (let k = j; k < stop && k <= j + 2; k++) {
      const q = quotedSpeaker(k);
      if (q) {
        const close = quotedName(k);
        const speakers = [q];
        // و"المغربي": a second quoted name joined by و
        if (view.keys[close + 1] === 'و' && quotedSpeaker(close + 2)) speakers.push(quotedSpeaker(close + 2)!);
        return { speaker: q, speakers, speakerText: span(view.tokens[k + 1]!.start, view.tokens[close - 1]!.end), cue, via: null };
      }
      // (a title carrying ل/ب opens the addressee: وقال لصحيفة «الوطن»)
      // (or a naming noun: وقالت شركة «كوميدي سنترال»، وذكرت مجلة «فارايتي» الأميركية)
      if (view.tokens[k]!.kind !== 'word' || !(isClassLoose(w, 'title', view.keys[k]!) || NAMING.has(view.keys[k]!)) || (/^[لب]/.test(view.keys[k]!) && !isClass(w, 'title', view.keys[k]!))) break;
    }
    // أعلنت "المقاومة الإسلامية" في بيان أن: a name in marks the entity layer does not know, its أن soon after, is the
    // subject — an unnamed speaker, not a pronoun continuing somebody else
    if (j < stop && view.tokens[j]!.kind === 'punct' && /["«“]/.test(view.tokens[j]!.text)) {
      const close = quotedName(j) > 0 ? quotedName(j) : longNameInMarks(j);
      if (close > j + 1 && thatSoonAfter(close)) {
        // (a body the entity layer knows by a longer name with a dash inside: "الجبهة الشعبية لتحرير فلسطين - القيادة العامة")
        const m = view.tokMention[j + 1];
        const named = m && m.first === j + 1 && m.last <= close && (m.entity.type === 'ORG' || m.entity.type === 'PER') ? m.entity : null;
        return { speaker: named, speakers: named ? [named] : [], speakerText: span(view.tokens[j + 1]!.start, view.tokens[close - 1]!.end), cue, via: null };
      }
    }
    let np1 = j < stop ? readPhrase(view, w, j, stop) : null;
    // وقال لقناة "ليبيا الأحرار": a title word carrying ل/ب is an addressee, not the subject
    if (np1 && !np1.mentions.length && /^[لب]/.test(view.keys[j]!) && !isClass(w, 'title', view.keys[j]!) && !isClass(w, 'anon', view.keys[j]!)) np1 = null;
    // وقال لصحيفة «الوطن» إن …، قال للرئيس …: a title word with ل/ب opens the addressee, even when a name follows
    if (np1 && np1.mentions.length && /^[لب]/.test(view.keys[j]!) && !isClass(w, 'title', view.keys[j]!) && isClassLoose(w, 'title', view.keys[j]!) && !view.tokMention[j]) np1 = null;
    // قال محامي عوض الله، الأمريكي مايكل سوليفان، إن …: a person in construct with a relational noun (his lawyer,
    // son, adviser) is not the speaker — the one named after the comma is, else an unnamed one
    const rel = view.tokMention[j + 1];
    if (RELATIONAL.test(view.keys[j]!) && !view.tokMention[j] && rel && rel.first === j + 1 && rel.entity.type === 'PER') {
      const named = personAfterComma(rel.last, stop, false, info.cls === 'object');
      if (named && named.entity !== rel.entity) return { speaker: named.entity, speakers: [named.entity], speakerText: span(view.tokens[named.first]!.start, view.tokens[named.last - 1]!.end), cue, via: null };
      return { speaker: null, speakers: [], speakerText: span(view.tokens[j]!.start, view.tokens[rel.last - 1]!.end), cue, via: null };
    }
    if (np1 && !/^[بل]/.test(np1.prefix)) {
      const byName = np1.heads.some((h) => h.type === 'PER' || h.type === 'ORG') || (np1.title != null && !np1.heads.length);
      if (info.cls === 'object' && !byName) {
        // ووصف المدينة بأنها "…": one phrase before ب is the object, the speaker is the last one
        // (but ووصف الرئيس الروسي فلاديمير بوتين ما جرى بأنه "…" names its speaker)
        let k = np1.last;
        while (k < stop && isSkippable(view, k)) k++;
        const np2 = k < stop ? readPhrase(view, w, k, stop) : null;
        if (!np2) return pronoun(c, cue);
      }
      // وقال أحد المتظاهرين، ويدعى علي كاظم: "…": the anonymous subject is named right after
      if (np1.anon && !np1.heads.length) {
        const named = namedAfter(np1.last, stop);
        if (named) return { speaker: named, speakers: [named], speakerText: span(view.tokens[j]!.start, view.tokens[np1.last - 1]!.end), cue, via: null };
      }
      // وقال المستشار بالديوان الملكي المشرف العام على مركز الملك سلمان …، الدكتور عبدالله الربيعة، إن: a title phrase
      // without a person, then the person's name set off by commas (titles such as الدكتور may precede it)
      // (… also a title the phrase reader does not know before a body: «نقيب المهندسين رئيس مجلس النقباء أحمد سمارة الزعبي»)
      if ((np1.title != null || np1.leadTitle != null || (!view.tokMention[np1.first] && !np1.anon)) && !np1.heads.some((h) => h.type === 'PER')) {
        const named = personAfterComma(np1.last, stop, false, info.cls === 'object');
        if (named) return { speaker: named.entity, speakers: [named.entity], speakerText: span(view.tokens[named.first]!.start, view.tokens[named.last - 1]!.end), cue, via: null };
      }
      return fromPhrase(np1, cue, c);
    }
    if (info.cls === 'object' && !np1) return pronoun(c, cue);
    // وقال البيان المشترك إن …، وجاء في البيان "…"، جاء فيه
    const j0 = c + 1;
    if (!np1 && j0 < stop && view.tokens[j0]!.kind === 'word') {
      const k2 = view.keys[j0]!;
      const at = isClassLoose(w, 'statement', k2) ? j0 : (k2 === 'في' || k2 === 'فيه' || k2 === 'فيها') && (k2 !== 'في' || isClassLoose(w, 'statement', view.keys[j0 + 1] ?? '')) ? j0 + (k2 === 'في' ? 1 : 0) : -1;
      if (at >= 0) {
        // وجاء في بيان وزارة الخارجية أن، وجاء في بيان الوزارة أن: the body in construct with the statement word issued it
        if (isClassLoose(w, 'statement', view.keys[at]!) && at + 1 < stop) {
          const m = view.tokMention[at + 1];
          // (بيان للدائرة: ل + the article)
          const key = view.keys[at + 1]!.replace(/^لل/, 'ال');
          const issuer = m && m.first === at + 1 && (m.entity.type === 'ORG' || m.entity.type === 'PER') ? m.entity : key.startsWith('ال') && BODY_HEAD.test(key.slice(2)) ? lastBodyHeaded(key.slice(2), view.tokens[c]!.start) : null;
          if (issuer) return { speaker: issuer, speakers: [issuer], speakerText: span(view.tokens[at]!.start, view.tokens[m && m.first === at + 1 ? m.last - 1 : at + 1]!.end), cue, via: null };
        }
        const st = fromStatement(at, cue, isClassLoose(w, 'statement', view.keys[at]!) ? span(view.tokens[at]!.start, view.tokens[Math.min(at + 1, stop - 1)]!.end) : null);
        if (st) return st;
      }
    }
    // SVO: كيري قال إن … (وكانت منظمة الصحة العالمية قد حذرت الأسبوع الماضي من أن: adverbs such as قد may stand between)
    // لكن مصدرًا قضائيا فرنسيًا قال إن …، وكان مسؤولون أفغان وباكستانيون قد قالوا إن: an anonymous subject before the
    // verb stays anonymous (its demonyms are adjectives)
    const anonAt = anonymousSubjectBefore(c, sentStart);
    if (anonAt >= 0) return { speaker: null, speakers: [], speakerText: span(view.tokens[anonAt]!.start, view.tokens[c - 1]!.end), cue, via: null };
    const svo = readPhraseBefore(view, w, c, sentStart);
    // (not a currency or other thing named before the verb, and not when a definite subject follows the verb:
    // «… 37 مليون ريال وأوضحت الإحصائيات الصادرة عن «ساما» أن» is VSO)
    const vsoAfter = j < stop && j === c + 1 && view.tokens[j]!.kind === 'word' && view.keys[j]!.startsWith('ال') && !view.tokMention[j] && !isClass(w, 'that', view.keys[j]!);
    // (nor a topic after a preposition: «وعن اليمن قال إنهم …» is about Yemen, the speaker is the one named before)
    const topic = svo && svo.first > 0 && view.tokens[svo.first - 1]!.kind === 'word' && isClass(w, 'prep', view.keys[svo.first - 1]!);
    if (svo && svo.heads.length && !vsoAfter && !topic && svo.heads.some((h) => h.type !== 'MISC') && onlySkippableBetween(svo.last, c)) return fromPhrase(svo, cue, c);
    // أما الخبير الدكتور رشاد عبده، رئيس المنتدى …، فيؤكد أن …: the topic after أما is the subject of the verb with ف
    if (/^ف/.test(view.tokens[c]!.text)) {
      for (let k = c - 1; k >= sentStart; k--) {
        if (view.keys[k] !== 'اما' || view.tokens[k]!.text.startsWith('إ')) continue;
        const np = readPhrase(view, w, k + 1, c);
        if (np && (np.heads.length || np.title)) return fromPhrase(np, cue, c);
        // (titles the phrase reader does not know, «الخبير الاقتصادي الدولي الدكتور رشاد عبده»: the first person or body named)
        for (let j = k + 1; j < c; j++) {
          const m = view.tokMention[j];
          if (m && (m.entity.type === 'PER' || m.entity.type === 'ORG') && !/^[لب]/.test(view.mentionPrefix(m.first))) {
            return { speaker: m.entity, speakers: [m.entity], speakerText: span(view.tokens[m.first]!.start, view.tokens[m.last - 1]!.end), cue, via: null };
          }
        }
        // (أما مشعل الرويزن صاحب شركة حج فأكد: a topic the entity layer did not name is still not the last speaker)
        if (k + 1 < c) return { speaker: null, speakers: [], speakerText: span(view.tokens[k + 1]!.start, view.tokens[c - 1]!.end), cue, via: null };
        break;
      }
    }
    // وقال تجمع المهنيين السودانيين …: a subject the entity layer did not name is no pronoun
    if (!np1 && j < stop && view.tokens[j]!.kind === 'word' && !view.tokMention[j]) {
      const key = view.keys[j]!;
      if (!isClass(w, 'prep', key) && !isClass(w, 'that', key) && !lex.at(j) && !/^(ل|ب)/.test(key.replace(/^ال/, 'X'))) {
        // (قالت الناشطة رنا الحلبي لـ«…»: a bare clitic ل/ب ends it, and a person named inside it speaks)
        let k = j;
        let person: Entity | null = null;
        // (a relative clause describes the head, a name inside it is no subject: «وأضاف المدرب الذي قاد النصر لإحراز
        // اللقب» is the coach, not the club)
        while (k < stop && k < j + 4 && view.tokens[k]!.kind === 'word' && !isClass(w, 'prep', view.keys[k]!) && !isClass(w, 'that', view.keys[k]!) && !/^[لب]ـ*$/.test(view.tokens[k]!.text) && !(k > j && RELATIVE_ANY.has(view.keys[k]!) && !agentAfterRelative(k))) {
          const m = view.tokMention[k];
          // (وقالت منظمة أطباء بلا حدود: the organisation named inside it)
          if (m && k > j && (/^[لب]/.test(view.mentionPrefix(m.first)) || (m.start > view.tokens[k]!.start && /^[لب]/.test(view.tokens[k]!.text)))) break;
          // لوكالة فرانس برس، للصحفيين: a ل/ب-phrase after the subject is its addressee
          const kk = view.keys[k]!;
          if (!m && k > j && (/^(لل|بال)/.test(kk) || (/^[لب]/.test(kk) && view.tokMention[k + 1]))) break;
          if (m && (m.entity.type === 'PER' || m.entity.type === 'ORG') && (!person || (person.type === 'ORG' && m.entity.type === 'PER')) && k > j) person = m.entity;
          k = m && k > j ? Math.max(k + 1, m.last) : k + 1;
        }
        person ??= namedAfter(k, stop);
        // وأضاف التنظيم، وأضافت المجلة، وقال الخبير: a definite noun alone points back to the body or person it named
        // (… also with its nisba adjectives before a relative clause: «وأضاف المدرب اليوناني الذي تولى المهمة»)
        const relAfter = k < stop && RELATIVE_ANY.has(view.keys[k]!) && !agentAfterRelative(k) && view.keys.slice(j + 1, k).every((x) => /^ال.+ي$/.test(x));
        if (!person && (k === j + 1 || relAfter) && view.keys[j]!.startsWith('ال') && view.keys[j]!.length > 4) person = resolveTitle(view, w, view.keys[j]!, view.tokens[c]!.start);
        // وأوضح المشرف العام على البرنامج الدكتور رائد بن عبدالرحمن شالوالة، أن: the unnamed title's person after it
        // (… also after a body named inside the title: «نقيب المهندسين رئيس مجلس النقباء أحمد سمارة الزعبي لـ"الدستور" إن»)
        if (!person || person.type !== 'PER') person = personAfterComma(k, stop)?.entity ?? person;
        if (k > j) return { speaker: person, speakers: person ? [person] : [], speakerText: span(view.tokens[j]!.start, view.tokens[k - 1]!.end), cue, via: null };
      }
    }
    return agreeing(c, pronoun(c, cue));
  };

  /**
   * The first token of an anonymous subject standing right before the verb at c (لكن مصدرًا قضائيا فرنسيًا قال،
   * أن مسؤولين أمريكيين أكدوا): an anonymous head and up to three adjectives, after a clause opener or the
   * sentence start; -1 when there is none or a person or body is named in it.
   */
  const anonymousSubjectBefore = (c: number, sentStart: number): number => {
    let k = c - 1;
    while (k > sentStart && isSkippable(view, k)) k--;
    for (let n = 0; n < 4 && k >= sentStart; n++, k--) {
      const m = view.tokMention[k];
      if (m && (m.entity.type === 'PER' || m.entity.type === 'ORG')) return -1;
      if (view.tokens[k]!.kind !== 'word') return -1;
      if (m) k = m.first;
      if (isClass(w, 'anon', view.keys[k]!)) {
        const before = k - 1;
        const opener = before < sentStart || isClass(w, 'boundary', view.keys[before]!) || isClass(w, 'that', view.keys[before]!) || /^(لكن|ولكن|غير|الا|و?كان|و?كانت|و?كانوا)$/.test(view.keys[before]!);
        return opener ? k : -1;
      }
    }
    return -1;
  };

  /**
   * A plural cue (قالوا، مؤكدين، مشيرين) cannot continue one person named before: «وجدد عدد من المواطنين مطالبهم …،
   * مؤكدين أنه» — the group is unnamed, so the speaker is anonymous.
   */
  const agreeing = (c: number, a: Attribution): Attribution => {
    const plural = /(وا|ين)$/.test(view.keys[c]!) && !/^و?بين$/.test(view.keys[c]!);
    if (plural && (a.speaker?.type === 'PER' || a.speaker?.type === 'LOC') && a.speakers.length === 1 && !a.speakerText) return { ...a, speaker: null, speakers: [] };
    if (plural && a.speaker?.type === 'PER' && a.speakers.length === 1) return { ...a, speaker: null, speakers: [] };
    return a;
  };

  /** «…، الدكتور عبدالله الربيعة، …»: a person's mention after a comma at k, past up to two title words (and a body's name after a title), before `stop`. */
  const personAfterComma = (k: number, stop: number, loose = false, object = false) => {
    // the title phrase may run on past the reader's stop (مركز الملك سلمان للإغاثة والأعمال الإنسانية): up to 8 more tokens to the comma
    // (… or its addressee after a bare ل: «نقيب المهندسين رئيس مجلس النقباء أحمد سمارة الزعبي لـ"الدستور" إن»)
    // (loose: the subject of a verb that went before, so its complement may follow: «… أحمد السروي عن استنكاره»)
    // (object: a verb of describing has its object between the name and بأن: «وصف السفير الروسي في واشنطن أناتولي
    // أنطونوف الضربات بأنها»)
    const closes = (m: { last: number; entity: Entity }) => m.last >= stop || view.tokens[m.last]!.text === '،' || isClass(w, 'that', view.keys[m.last]!) || /^[لب]ـ*$/.test(view.tokens[m.last]!.text) || (loose && isClass(w, 'prep', view.keys[m.last]!)) || (object && objectThenBi(m.last)) || (loose && /^(بال|لل)/.test(view.keys[m.last] ?? '')) || objectNamed(m) || placeThenStop(m.last, stop);
    let j = k;
    for (let n = 0; j < stop && n < 24 && view.tokens[j]!.text !== '،'; n++) {
      // (a unit's number belongs to the title: «آمر اللواء 444 محمود حمزة»)
      if (view.tokens[j]!.kind === 'number') {
        j++;
        continue;
      }
      // (a program's or body's name in marks belongs to the title: «المشرف على برنامج "إحالتي" سليمان الشريع، أن»)
      const named = view.tokens[j]!.kind === 'punct' ? quotedName(j) : -1;
      if (named > j) {
        j = named + 1;
        const after = view.tokMention[j];
        if (after && after.first === j && after.entity.type === 'PER' && closes(after)) return after;
        continue;
      }
      if (view.tokens[j]!.kind !== 'word' || isClass(w, 'that', view.keys[j]!) || lex.at(j)) return null;
      // (a partner after مع is no title chain: «وقال الوزير في مؤتمر صحفي مع نظيره عبدالله الربيعة»)
      if ((isClass(w, 'prep', view.keys[j]!) && !/^(علي|عن|في)$/.test(view.keys[j]!)) || /^نظير/.test(view.keys[j]!)) return null;
      // (… المشرف العام على البرنامج الدكتور رائد بن عبدالرحمن شالوالة، أن: a title right before the name, no comma)
      const pm = view.tokMention[j];
      let t = j - 1;
      while (t >= k && t > 0 && view.tokens[t]!.kind === 'number') t--;
      if (pm && pm.first === j && pm.entity.type === 'PER' && t >= k - 1 && t >= 0 && isClassLoose(w, 'title', view.keys[t]!) && !view.tokMention[t] && closes(pm)) return pm;
      // (… القيادية في الحزب بيسي هوزات، التي …: the title's body, then the person closing the apposition)
      // (a person carrying ل/ب is someone else's: «الناطق باسم القوات الموالية لهادي أن» is the spokesman, not Hadi)
      const bare = pm && !/^[لب]/.test(view.mentionPrefix(pm.first));
      if (pm && bare && pm.first === j && pm.entity.type === 'PER' && j >= k && j > 0 && view.tokMention[j - 1] && view.tokMention[j - 1]!.entity.type !== 'PER' && closes(pm)) return pm;
      // (… or a body the entity layer did not name: «رئيس مجلس النقباء أحمد سمارة الزعبي لـ"الدستور"»)
      if (pm && bare && pm.first === j && pm.entity.type === 'PER' && j > k && !view.tokMention[j - 1] && view.keys[j - 1]!.startsWith('ال') && view.tokens[j - 1]!.kind === 'word' && closes(pm)) return pm;
      j = pm ? Math.max(j + 1, pm.last) : j + 1;
    }
    if (j >= stop || view.tokens[j]!.text !== '،') return null;
    j++;
    // (… or a nationality before the name: «محامي عوض الله، الأمريكي مايكل سوليفان،»)
    const demonym = (i: number) =>
      /^ال..+ي$/.test(view.keys[i]!) &&
      (view.tokMention[i] ? view.tokMention[i]!.entity.type === 'LOC' && view.tokMention[i]!.first === i && view.tokMention[i]!.last === i + 1 : view.tokMention[i + 1]?.entity.type === 'PER' && view.tokMention[i + 1]!.first === i + 1);
    for (let n = 0; j < stop && n < 2 && view.tokens[j]!.kind === 'word' && ((!view.tokMention[j] && isClassLoose(w, 'title', view.keys[j]!)) || demonym(j)); n++) j++;
    const m = j < stop ? view.tokMention[j] : undefined;
    if (!m || m.first !== j || m.entity.type !== 'PER') return null;
    // the name closes the apposition: a comma, the that-word or the stop right after it
    return closes(m) ? m : null;
  };

  /** ، ويدعى علي كاظم / واسمه …: the person an anonymous phrase is then named as */
  const namedAfter = (k: number, stop: number): Entity | null => {
    while (k < stop && view.tokens[k]!.kind === 'punct' && view.tokens[k]!.text === '،') k++;
    if (k >= stop || !/^و?(يدعي|تدعي|اسمه|اسمها)$/.test(view.keys[k]!)) return null;
    const m = view.tokMention[k + 1];
    return m && m.entity.type === 'PER' ? m.entity : null;
  };

  /** The words between the marks are a body's name: a person's or body's mention, with only a body's head word before it and relative adjectives after it. */
  const nameInMarks = (openTok: number, closeTok: number): boolean => {
    let named = false;
    for (let k = openTok + 1; k < closeTok; k++) {
      const m = view.tokMention[k];
      if (m && (m.entity.type === 'ORG' || m.entity.type === 'PER')) {
        named = true;
        k = Math.max(k, m.last - 1);
        continue;
      }
      const key = view.keys[k]!;
      if (!named && BODY_HEAD.test(key.replace(/^ال/, ''))) continue;
      if (named && key.startsWith('ال') && /(ي|يه|يين)$/.test(key)) continue;
      return false;
    }
    return named;
  };

  /** «الدراسة التي أعدها معهد إيفو»: the relative's verb carries the antecedent as its object pronoun and a name follows — its author. */
  const agentAfterRelative = (k: number): boolean => k + 2 < view.tokens.length && view.tokens[k + 1]!.kind === 'word' && /..(ه|ها|هم|هما)$/.test(view.keys[k + 1]!) && view.tokMention[k + 2] != null;

  /**
   * The person named among the first words after a sentence's opening verb (past a lead-in such as من جهته، بدوره), with
   * only title words before it — the verb's subject in VSO order; null when another name, a preposition or a
   * clause word comes first.
   */
  const firstNamedAfterVerb = (sentStart: number, c: number): Entity | null => {
    let k = sentStart;
    if (k + 1 < c && /^و?من$/.test(view.keys[k]!) && /^(جانب|جهت|ناحيت)(ه|ها)$/.test(view.keys[k + 1]!)) k += 2;
    else if (k < c && /^و?بدور(ه|ها)$/.test(view.keys[k]!)) k++;
    while (k < c && view.tokens[k]!.kind === 'punct') k++;
    // the verb: a word that is no name, title or noun with the article
    if (k >= c || view.tokens[k]!.kind !== 'word' || view.tokMention[k] || view.keys[k]!.startsWith('ال') || isClassLoose(w, 'title', view.keys[k]!)) return null;
    for (let i = k + 1; i < c && i <= k + 5; i++) {
      const m = view.tokMention[i];
      // (a country adjective of the title is no name: «نجم الكرة السعودية ياسر القحطاني»)
      if (m && m.entity.type === 'LOC' && m.first === i && m.last === i + 1 && /^ال..+(ي|يه)$/.test(view.keys[i]!)) continue;
      if (m) return m.first === i && m.entity.type === 'PER' && !/^[لب]/.test(view.mentionPrefix(i)) && !isGod(m.entity) ? m.entity : null;
      if (view.tokens[i]!.kind !== 'word' || isClass(w, 'prep', view.keys[i]!) || isClass(w, 'that', view.keys[i]!) || lex.at(i) || /^[وفبل]/.test(view.keys[i]!) && !view.keys[i]!.startsWith('ال')) return null;
    }
    return null;
  };

  /** A short prepositional phrase from k to `stop` naming no person or body (… ريكس تيلرسون من سيدني | إن، … في مؤتمر صحفي | إن). */
  const placeThenStop = (k: number, stop: number): boolean => {
    if (k >= stop || stop - k > 5 || view.tokens[k]!.kind !== 'word' || !isClass(w, 'prep', view.keys[k]!) || !isClass(w, 'that', view.keys[stop] ?? '')) return false;
    for (let i = k; i < stop; i++) {
      const m = view.tokMention[i];
      if (view.tokens[i]!.kind !== 'word' || (m && m.entity.type !== 'LOC') || lex.at(i)) return false;
    }
    return true;
  };

  /** Another body or place named right after a person's name: the verb's object (اتهم … مايك بومبيو إيران بالوقوف وراءه). */
  const objectNamed = (m: { last: number; entity: Entity }): boolean => {
    const o = view.tokMention[m.last];
    return o != null && o.first === m.last && o.entity !== m.entity && o.entity.type !== 'PER' && !/^[لب]/.test(view.mentionPrefix(o.first));
  };

  /** A definite noun at k (the object of a verb of describing), then بأن/بـ within three more words: «الضربات بأنها». */
  const objectThenBi = (k: number): boolean => {
    if (k >= view.tokens.length || view.tokens[k]!.kind !== 'word' || view.tokMention[k] || !view.keys[k]!.startsWith('ال')) return false;
    for (let i = k + 1; i < view.tokens.length && i <= k + 3; i++) if (view.tokens[i]!.kind === 'word' && /^ب(ان|انه|انها|انهم|ال|ـ)?$|^بان/.test(view.keys[i]!)) return true;
    return false;
  };

  /** A plain indefinite noun at k (no name, title, anonymous head, cue, adverb, speech noun near): what a fragment after it describes. */
  const describesNoun = (k: number): boolean => {
    if (k < 0 || view.tokens[k]!.kind !== 'word' || view.tokMention[k] || view.tokTime[k] || isSkippable(view, k)) return false;
    const key = view.keys[k]!;
    if (key.startsWith('ال') || /^[وفبلك]ال/.test(key) || lex.at(k) || isClassLoose(w, 'title', key) || isClass(w, 'anon', key) || isClass(w, 'prep', key) || isClass(w, 'that', key) || key.length < 3) return false;
    for (let j = k; j >= 0 && j >= k - 3; j--) if (SPEECH_NOUN.test(view.keys[j]!)) return false;
    // (a place after من/في/عبر is where the speaker spoke from: وقال ديريك عبر الهاتف من انتيجوا "…")
    if (k > 0 && /^(من|في|عبر)$/.test(view.keys[k - 1]!)) return false;
    return true;
  };

  /** True when a that-word or a colon stands between a cue and the mark it introduces (أضاف أن "…"، قال: "…"). */
  const introduces = (cue: number, mark: number): boolean => {
    for (let k = cue + 1; k < mark; k++) if (view.tokens[k]!.text === ':' || (view.tokens[k]!.kind === 'word' && isClass(w, 'that', view.keys[k]!))) return true;
    return false;
  };

  /**
   * The token of the closing mark when token k opens quotation marks holding one to `most` words (with no sentence
   * punctuation inside when `bare`), else -1: the shape of a name in marks.
   */
  const marksOfWords = (k: number, most: number, bare: boolean): number => {
    const p = pairAt.get(view.tokens[k]!.start);
    if (!p || (bare && /[.!?؟،,:؛]/.test(text.slice(p.open + 1, p.close)))) return -1;
    const close = view.tokenAt(p.close);
    let words = 0;
    for (let j = k + 1; j < close; j++) if (view.isWord(j)) words++;
    return words >= 1 && words <= most ? close : -1;
  };

  /** The token of the closing mark when token k opens a short quoted name after a bare ل/ب (لـ"النهار"), else -1. */
  const quotedAddressee = (k: number): number => (k > 0 && /^[لب]ـ*$/.test(view.tokens[k - 1]!.text) ? marksOfWords(k, 3, false) : -1);

  /** The token of the closing mark when token k opens a quoted name of one to three words with no punctuation inside, else -1. */
  const quotedName = (k: number): number => marksOfWords(k, 3, true);

  /** The closing mark's token when a name of up to seven words in marks opens at k, no sentence punctuation inside and a
   * that-word soon after it: أعلنت "الجبهة الشعبية لتحرير فلسطين - القيادة العامة" أن …; else -1. */
  const longNameInMarks = (k: number): number => {
    const close = marksOfWords(k, 7, true);
    return close >= 0 && thatSoonAfter(close) ? close : -1;
  };

  /** The closing mark's token when a one- or two-word name in marks opens at k and a person (or a title) follows within two words: أبلغ "الاقتصادية" الشريف شاكر الحارثي. */
  const addresseeAfterVerb = (k: number): number => {
    const close = quotedName(k);
    if (close < 0) return -1;
    let words = 0;
    for (let j = k + 1; j < close; j++) if (view.isWord(j)) words++;
    if (words > 2) return -1;
    for (let j = close + 1; j <= close + 2 && j < view.tokens.length; j++) {
      if (view.tokens[j]!.kind !== 'word') return -1;
      if (view.tokMention[j]?.entity.type === 'PER' || (j === close + 1 && isClassLoose(w, 'title', view.keys[j]!))) return close;
    }
    return -1;
  };

  /** The person or body whose name alone fills the quotation marks opening at token k (وأوضح "الغانمي" أنه), else null. */
  const quotedSpeaker = (k: number): Entity | null => {
    if (view.tokens[k]?.kind !== 'punct') return null;
    const close = quotedName(k);
    const m = close > k ? view.tokMention[k + 1] : undefined;
    return m && m.first === k + 1 && m.last === close && (m.entity.type === 'PER' || m.entity.type === 'ORG') ? m.entity : null;
  };

  /** Only names, titles and skippable words from `from` to `to` (the verb's subject: كشف اللاعب عبد الله عطيف | على أنه). */
  const onlySubjectBetween = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (!view.tokMention[k] && !isSkippable(view, k) && !(view.tokens[k]!.kind === 'word' && (isClassLoose(w, 'title', view.keys[k]!) || view.keys[k]!.startsWith('ال')))) return false;
    return true;
  };

  const onlySkippableBetween = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (!isSkippable(view, k)) return false;
    return true;
  };

  /** وقال البيان المشترك …، وجاء في البيان: the statement's issuers speak */
  const fromStatement = (k: number, cue: Span, textSpan: Span | null): Attribution | null => {
    const st = statementBefore(view, w, k);
    if (!st) return null;
    return { speaker: st.signers[0] ?? null, speakers: st.signers, speakerText: textSpan, cue, via: null };
  };

  const fromPhrase = (np: NounPhrase, cue: Span, c: number): Attribution => {
    // وقال محافظ مدينة عدن: — a person's title over a place points back to the person named with that title
    // («محافظ عدن نايف البكري» before); the place itself does not speak
    const governor = np.leadTitle != null && np.heads.length > 0 && np.heads.every((h) => h.type === 'LOC') && !BODY_TITLE.test(np.leadTitle)
      ? resolveTitle(view, w, np.leadTitle.startsWith('ال') ? np.leadTitle : 'ال' + np.leadTitle, view.tokens[np.first]!.start)
      : null;
    // وأوضح مدير المرصد أن …: a person's title over a body points back to the person introduced with exactly these
    // title words («مدير المرصد رامي عبد الرحمن»), not to the body
    const bodyTitle = np.leadTitle != null && np.heads.length > 0 && np.heads.every((h) => h.type === 'ORG') && !np.mentions.some((m) => m.entity.type === 'PER') && !BODY_TITLE.test(np.leadTitle)
      ? exactTitleBearer(np.first, np.last, view.tokens[c]!.start)
      : null;
    const person = personBehindTitle(view, w, np) ?? (governor?.type === 'PER' ? governor : null) ?? bodyTitle;
    if (person) {
      const npSpan = span(view.tokens[np.first]!.start, view.tokens[np.last - 1]!.end);
      return { speaker: person, speakers: [person], speakerText: npSpan, cue, via: null };
    }
    // كما أفادت شرطة فاستمانلاند في بيان: a body of a place that is no country (a province's or city's police) is not
    // the place — an unnamed speaker
    if (np.leadTitle != null && np.heads.length > 0 && np.heads.every((h) => h.type === 'LOC' && !(h.kb ?? '').startsWith('country:')) && /^(ال)?(شرطه|قوات|سلطات|بلديه|محكمه)/.test(np.leadTitle)) {
      return { speaker: null, speakers: [], speakerText: span(view.tokens[np.first]!.start, view.tokens[np.last - 1]!.end), cue, via: null };
    }
    if (np.heads.length) {
      const ms = np.mentions.filter((m) => np.heads.includes(m.entity));
      let s = ms[0]!.start;
      let e = ms[ms.length - 1]!.end;
      if (np.leadTitle != null && np.heads.every((h) => h.type !== 'PER')) {
        // الناطق باسم الحكومة الأردنية مهند المبيضين: the body speaks when the person is not named as an entity,
        // but the span is the whole phrase, with the unrecognised name after it
        s = view.tokens[np.first]!.start;
        let k = np.last;
        while (k < view.tokens.length && k < np.last + 3 && view.tokens[k]!.kind === 'word' && view.tokSentence[k] === view.tokSentence[np.first] && !view.tokMention[k] && !view.tokTime[k] && !isSkippable(view, k) && !isClass(w, 'prep', view.keys[k]!) && !isClass(w, 'that', view.keys[k]!) && !isClass(w, 'boundary', view.keys[k]!) && !isClassLoose(w, 'title', view.keys[k]!) && !lex.at(k) && !/^[وفلب]/.test(view.keys[k]!)) k++;
        e = Math.max(e, view.tokens[k - 1]!.end);
      }
      return { speaker: np.heads[0]!, speakers: np.heads, speakerText: span(s, e), cue, via: null };
    }
    let npSpan = span(view.tokens[np.first]!.start, view.tokens[np.last - 1]!.end);
    if (np.title && !np.mentions.length) {
      // وقالت وزارة الكهرباء العراقية: a body the entity layer did not name — the span takes its words up to a
      // preposition, a that-word, a time or punctuation
      let k = np.last;
      while (k < view.tokens.length && k < np.last + 4 && view.tokens[k]!.kind === 'word' && view.tokSentence[k] === view.tokSentence[np.first] && !view.tokMention[k] && !view.tokTime[k] && !isSkippable(view, k) && !isClass(w, 'prep', view.keys[k]!) && !isClass(w, 'that', view.keys[k]!) && !lex.at(k) && view.keys[k]!.startsWith('ال')) k++;
      if (k > np.last) npSpan = span(npSpan.start, view.tokens[k - 1]!.end);
    }
    if (np.title) {
      // المتحدث باسم الوزارة: an unnamed spokesman speaks for the body his title names
      for (let k = np.first; k + 1 < np.last; k++) {
        if (view.keys[k] !== 'باسم') continue;
        const body = resolveTitle(view, w, view.keys[k + 1]!, view.tokens[c]!.start);
        if (body && body.type === 'ORG') return { speaker: body, speakers: [body], speakerText: npSpan, cue, via: null };
      }
      // وأكد سمو ولي العهد، وقال فخامة الرئيس: the last person introduced with that honorific (not any head of state)
      // (ورأى وزير الخارجية أن: the person introduced with exactly these title words — «وزير الخارجية عادل الجبير» —
      // before one introduced with a demonym after them — «وزير الخارجية الألماني فرانك فالتر شتاينماير»)
      const e = (HONORIFIC_NOUN.test(np.title) ? honorificBearer(np.title, view.tokens[c]!.start) : null) ?? exactTitleBearer(np.first, np.last, view.tokens[c]!.start) ?? resolveTitle(view, w, np.title, view.tokens[c]!.start, np.titleCountry);
      return { speaker: e, speakers: e ? [e] : [], speakerText: npSpan, cue, via: null };
    }
    if (np.pair && last?.speakers.length) return { speaker: last.speakers[0]!, speakers: last.speakers, speakerText: npSpan, cue, via: null };
    return { speaker: null, speakers: [], speakerText: npSpan, cue, via: null };
  };

  /** A body's gender by its first word (اللجنة، الوزارة feminine; المجلس، الاتحاد masculine); persons and places unknown. */
  const phraseGender = (np: NounPhrase): CueGender => {
    if (np.heads.length !== 1 || np.heads[0]!.type !== 'ORG') return null;
    const k = view.keys[np.first]!.replace(/^[وفبل]?(ال)?/, '');
    return /ه$/.test(k) ? 'f' : /(ي|ين|ون|ات)$/.test(k) ? null : 'm';
  };

  /** A speaker phrase that is a subject of its own: an anonymous head, a title, or a definite noun (المصادر، الوزير، المعهد). */
  const realSubject = (sp: Span): boolean => {
    const t = view.tokenAt(sp.start);
    if (t < 0 || view.tokens[t]!.kind !== 'word') return false;
    const key = view.keys[t]!.replace(/^[وف](?=ال)/, '');
    // (an anonymous head, a title, a definite noun, or a noun in construct with one — «مخرج العمل» —; not an
    // indefinite accusative or adverb: «يعتبر دليلا»)
    if (isClass(w, 'anon', key) || isClass(w, 'anon', key.replace(/^ال/, '')) || isClassLoose(w, 'title', key) || key.startsWith('ال')) return true;
    // (أحد أصدقاء المبتعث، إحدى الناشطات: one of an anonymous group)
    if (/^(احد|احدي)$/.test(key) && view.tokens[t + 1]?.kind === 'word' && isClass(w, 'anon', view.keys[t + 1]!.replace(/^ال/, ''))) return true;
    return !/ا$/.test(key) && view.tokens[t + 1]?.kind === 'word' && view.keys[t + 1]!.startsWith('ال') && !isClass(w, 'prep', key) && !isSkippable(view, t);
  };

  /** The attribution of the nearest reporting verb before token c (within three sentences) that names its speaker. */
  const priorMemo = new Map<number, Attribution>();
  /** The attribution of the cue at k, its speaker phrase ending at the that-word, a colon or a mark (memoised). */
  const priorAttribution = (k: number, info: CueInfo): Attribution => {
    let a = priorMemo.get(k);
    if (!a) {
      let stop = k + 1;
      const end = view.sentEnd[view.tokSentence[k]!]!;
      // (a name in marks is read: وهو ما نفته "قسد" في بيان)
      while (stop < end && !(view.tokens[stop]!.kind === 'punct' && /[:"«“]/.test(view.tokens[stop]!.text) && !quotedSpeaker(stop)) && !isClass(w, 'that', view.keys[stop]!)) stop = quotedSpeaker(stop) ? quotedName(stop) + 1 : stop + 1;
      a = attribute(k, info, stop);
      priorMemo.set(k, a);
    }
    return a;
  };
  const priorSpeaker = (c: number, unnamed = false): { at: number; a: Attribution } | null => {
    const s = view.tokSentence[c]!;
    const g = genderAt(c);
    const floor = view.sentFirst[Math.max(0, s - 3)]!;
    for (let k = c - 1; k >= floor; k--) {
      if (view.tokens[k]!.kind !== 'word' || inside(k)) continue;
      const info = lex.at(k);
      // (a statement cue counts: وجاء في بيان الوزارة أن …، مشيراً إلى أن — the ministry's)
      if (!info || info.saying) continue;
      const a = priorAttribution(k, info);
      // (a verb of the other gender has another subject: «وأوضحت المصادر أن …، وقالت» skips a man quoted before)
      if (!agrees(g, genderAt(k))) continue;
      if (a.speaker) return { at: view.tokens[k]!.start, a };
      // (an anonymous or unnamed subject of the same agreement is the one continued: وأوضحت المصادر … وطالبت بأن)
      // (a real subject only — an anonymous head, a title, a definite noun —, not what an impersonal يعتبر left: «يعتبر دليلا»)
      if (unnamed && a.speakerText && realSubject(a.speakerText)) return { at: view.tokens[k]!.start, a };
    }
    return null;
  };

  const pronoun = (c: number, cue: Span, noGod = false): Attribution => {
    const s = view.tokSentence[c]!;
    // وأدانت حركة حماس القصف، ووصفته بأنه "…": a verb joined to an earlier one shares its subject
    const first = view.sentFirst[s]!;
    if (c > first + 2) {
      let np = sentenceSubject(view, w, first, c);
      if (noGod && np?.heads.some(isGod)) np = null;
      // (… of the same agreement: «برأت اللجنة … اللاعب … وتأكيده أنه» — his, not the committee's)
      if (np && np.heads.length && np.last < c && !np.anon && agrees(genderAt(c), phraseGender(np))) return { speaker: np.heads[0]!, speakers: np.heads, speakerText: null, cue, via: null };
      // لكن متحدثا باسم هذه المجموعات نفى الاتهام، وقال …: an anonymous subject stays anonymous
      if (np && np.anon && !np.heads.length && np.last < c) return { speaker: null, speakers: [], speakerText: null, cue, via: null };
    }
    // عبرت جامعة ويتشيتا على لسان رئيسها جون باردو عن حزنها، وأضاف "…": the person the body spoke through («on the
    // tongue of») speaks on
    for (let k = c - 2; k > first; k--) {
      if (view.keys[k] !== 'لسان' || view.keys[k - 1] !== 'علي') continue;
      for (let i = k + 1; i < c && i <= k + 4; i++) {
        const m = view.tokMention[i];
        if (m && m.entity.type === 'PER' && agrees(genderAt(c), 'm') && !noGod) return { speaker: m.entity, speakers: [m.entity], speakerText: null, cue, via: null };
        if (m) break;
      }
      break;
    }
    // وقال الوزير المصري إن …\n\nوأضاف «…»: the nearest speaker named before, by a quote or by reported speech
    const at = view.tokens[c]!.start;
    const g = genderAt(c);
    const lastOk = last && last.q.start < at && s - last.sentence <= 3 && (last.speaker || last.speakers.length) && agrees(g, last.gender) ? last : null;
    const prior = priorSpeaker(c, true);
    if (prior && (!lastOk || prior.at > lastOk.q.end)) return { speaker: prior.a.speaker, speakers: prior.a.speakers, speakerText: null, cue, via: prior.a.via };
    if (lastOk) return { speaker: lastOk.speaker, speakers: lastOk.speakers, speakerText: null, cue, via: lastOk.via };
    // (a feminine verb does not continue the last man named: وأصدرت اللجنة بيانا …، وقالت "…")
    if (g === 'f') return { speaker: null, speakers: [], speakerText: null, cue, via: null };
    // أدان الأمير عبدالله بن مساعد العمل الإرهابي. ورفع التعازي لخادم الحرمين الشريفين الملك سلمان … وقال: "…" — the
    // person the story is about (the subject of the nearest sentence before that names one as its subject), not the
    // last person named in passing
    for (let t = s - 1; t >= 0 && t >= s - 3; t--) {
      const np = sentenceSubject(view, w, view.sentFirst[t]!, view.sentEnd[t]!);
      if (np?.heads.length && np.heads[0]!.type === 'PER' && !np.anon) return { speaker: np.heads[0]!, speakers: [np.heads[0]!], speakerText: null, cue, via: null };
    }
    const p = lastPerson(view, at);
    return { speaker: p, speakers: p ? [p] : [], speakerText: null, cue, via: null };
  };

  /** نقل X عن Y قوله: speaker Y, via X. `relayAt` is the نقل token when known. */
  const relayed = (c: number, cue: Span, sentStart: number, relayAt = -1): Attribution => {
    let r = relayAt;
    for (let k = c - 1; r < 0 && k >= sentStart; k--) {
      const info = lex.at(k);
      if (info?.cls === 'relay') r = k;
    }
    const end = relayAt >= 0 ? Math.min(view.sentEnd[view.tokSentence[c]!]!, c + 25) : c;
    let via: Entity | null = null;
    let speakerNp: NounPhrase | null = null;
    if (r >= 0) {
      // the relaying outlet ends at عن (ونقلت وكالة فرانس برس عن الرئيسة …: not a title's body after عن)
      let an = r + 1;
      // (وعلمت «الراي» من مصادر ديبلوماسية أن: «learned from»)
      const from = lex.at(r)?.lemma === 'علمت' ? 'من' : 'عن';
      while (an < end && view.keys[an] !== from) an++;
      const np = readPhrase(view, w, r + 1, an);
      via = np?.heads[0] ?? null;
      if (an < end) speakerNp = readPhrase(view, w, an + 1, end);
    }
    if (speakerNp) {
      const a = fromPhrase(speakerNp, cue, c);
      return { ...a, via };
    }
    // وعلمت "دنيا الرياضة" أنه …: what a paper learned without naming its source has no speaker
    if (r >= 0 && lex.at(r)?.lemma === 'علمت') return { speaker: null, speakers: [], speakerText: null, cue, via };
    const p = pronoun(c, cue);
    return { ...p, via: via ?? p.via };
  };

  /** Only «، وأن» / «، وإنها» (one coordinated that-word, a comma before it) between the last quote's end and the mark at openTok. */
  const coordinatedWithLast = (openTok: number, lastEnd: number): boolean => {
    const k = openTok - 1;
    if (k < 2 || view.tokens[k]!.kind !== 'word' || !COORDINATED_THAT.test(view.keys[k]!)) return false;
    if (!/^[،,]$/.test(view.tokens[k - 1]!.text)) return false;
    const close = view.tokens[k - 2]!;
    return close.kind === 'punct' && /["»”]/.test(close.text) && close.start >= lastEnd && close.start - lastEnd <= 2 && view.tokSentence[k - 2] === view.tokSentence[openTok];
  };

  /** A that-word (أن، إن، بأن) within five tokens after the closing mark at k, in its sentence, no other mark between. */
  const thatSoonAfter = (k: number): boolean => {
    for (let i = k + 1; i < view.tokens.length && i <= k + 5 && view.tokSentence[i] === view.tokSentence[k]; i++) {
      const t = view.tokens[i]!;
      if (t.kind === 'punct' && /["«“»”]/.test(t.text)) return false;
      if (t.kind === 'word' && isClass(w, 'that', view.keys[i]!) && !/^و/.test(view.keys[i]!)) return true;
      // (another verb of saying opens its own clause: فقال "نعم" ثم أضاف أن)
      if (t.kind === 'word' && lex.at(i)) return false;
    }
    return false;
  };

  // ---- direct quotes
  const direct: Quote[] = [];
  /** openings of quoted scripture: no quote, and a reported clause ends before them */
  const scripture: number[] = [];
  for (let pi = 0; pi < pairs.length; pi++) {
    const p = pairs[pi]!;
    let s = p.open + 1;
    let e = p.close;
    while (s < e && /\s/u.test(text[s]!)) s++;
    while (e > s && /\s/u.test(text[e - 1]!)) e--;
    if (e <= s) continue;
    const openTok = view.tokenAt(p.open);
    const closeTok = view.tokenAt(p.close);
    if (openTok < 0 || closeTok < 0) continue;
    let words = 0;
    for (let k = openTok + 1; k < closeTok; k++) if (view.isWord(k)) words++;
    if (!words) continue;
    // scripture is no news quote: a verse (قال تعالى: «…»، بقوله عز وجل «…») or a hadith (قال صلى الله عليه وسلم: «…»،
    // «…» (رواه البخاري)) — its speaker is no party to the story
    if (SCRIPTURE_AFTER.test(text.slice(p.close + 1, p.close + 16)) || SCRIPTURE_BEFORE.test(text.slice(Math.max(0, p.open - 48), p.open))) {
      scripture.push(p.open);
      continue;
    }
    const innerPunct = /[.!?؟،,:]/.test(text.slice(s, e));
    const prev = openTok - 1;
    const prevKey = prev >= 0 && view.tokens[prev]!.kind === 'word' && view.tokSentence[prev] === view.tokSentence[openTok] ? view.keys[prev]! : '';
    const prevText = prev >= 0 ? view.tokens[prev]!.text : '';

    const before = cueBefore(view, lex, direct.length ? direct[direct.length - 1]!.end : -1, openTok);
    const after = before ? null : cueAfter(view, lex, closeTok, baseLex);
    const cueAt = before ?? after;

    // names in quotation marks: صحيفة "الوطن"
    // (an indefinite noun in construct names it: صحيفة "الوطن"; العملية "تبعث الأمل" is speech)
    if (NAMING.has(prevKey.replace(/^(و|ف)?(ب|ل)?/, '')) && words <= 6 && !innerPunct) continue;
    // a name in guillemets (رفض «حزب الله» الخطة): the words inside are one entity's mention
    const m0 = view.tokMention[openTok + 1];
    if (m0 && m0.first === openTok + 1 && m0.last === closeTok && words <= 5) continue;
    // (… also with a body's word and adjectives around the name: واتهمت "منظمة حزب العمال الكردستاني الإرهابية" بتنفيذه)
    if (words <= 6 && !innerPunct && nameInMarks(openTok, closeTok)) continue;
    // أعلنت "المقاومة الإسلامية" في بيانات متلاحقة أن …: a short name in marks right after the verb, its أن/إن a few
    // words on, is the verb's subject (a group the entity layer does not know), not a quotation (قال "نعم" still is)
    // (… or a relative pronoun after it: بحسب ما ذكرت "ذي دايلي مايل" التي رأت أن — the paper, not what it said)
    if (words <= 3 && !innerPunct && before && before.info.cls !== 'object' && openTok - before.index === 1 && (thatSoonAfter(closeTok) || RELATIVE.has(view.keys[closeTok + 1] ?? ''))) continue;
    if (words <= 7 && !innerPunct && before && before.info.cls !== 'object' && openTok - before.index === 1 && longNameInMarks(openTok) === closeTok) continue;
    // a fragment governed by a preposition is no speech: إلى "وقف فوري لإطلاق النار"، أمام "الكارثة الإنسانية"
    // (… or a noun carrying ب/ل: وتوعد بالرد برد "قاس")
    const prepBefore = prevKey && (isClass(w, 'prep', prevKey) || /^(ب|ل)$/.test(prevKey) || (words <= 3 && /^[بل]/.test(prevKey) && prevKey.length >= 3 && !isClass(w, 'that', prevKey) && !COORDINATED_THAT.test(prevKey) && !lex.at(prev)));
    // … except ب after a verb of describing: ما وصفه بـ"الأعمال العدائية"
    if (prepBefore && !(prevKey === 'ب' && before?.info.cls === 'object')) continue;
    if (!before && last && coordinatedWithLast(openTok, last.q.end)) {
      // مؤكدا أن "العدوان يحاول …"، وأن "الرد سيكون موجعا"; قوله إن طهران "ترفض …"، وإنها "ستتخذ …": a quotation
      // after a coordinated that-word right behind the last quote is more of the same statement (a cue after it — ردا
      // على الخطوة — is no speaker of its own)
      const q: Quote = { text: text.slice(s, e), start: s, end: e, direct: true, speaker: last.speaker?.id ?? null, speakerText: null, cue: last.q.cue, via: last.via?.id ?? null };
      if (last.speakers.length > 1) (q as Quote & { speakers?: string[] }).speakers = last.speakers.map((x) => x.id);
      direct.push(q);
      last = { q, speaker: last.speaker, speakers: last.speakers, via: last.via, sentence: view.tokSentence[closeTok]!, gender: last.gender };
      continue;
    }
    if (!cueAt) {
      // a long quote opening a paragraph right after another quote continues that speaker
      const atStart = prev < 0 || view.paragraphOf(view.tokens[prev]!.start) !== view.paragraphOf(p.open) || SENTENCE_END.has(prevText);
      if (!(atStart && words >= 6 && last && view.tokSentence[openTok]! - last.sentence <= 2)) continue;
      const q: Quote = { text: text.slice(s, e), start: s, end: e, direct: true, speaker: last.speaker?.id ?? null, speakerText: null, cue: null, via: last.via?.id ?? null };
      if (last.speakers.length > 1) (q as Quote & { speakers?: string[] }).speakers = last.speakers.map((x) => x.id);
      direct.push(q);
      last = { q, speaker: last.speaker, speakers: last.speakers, via: last.via, sentence: view.tokSentence[closeTok]!, gender: last.gender };
      continue;
    }
    // short fragments count only with the cue right beside them: قال "نعم"، وصف … بأنها "الأمل الأخير"
    // (أن طائراته "أنجزت المهمة": a that-clause's subject may stand between)
    const adjacent = before != null && (openTok - before.index <= 3 || prevText === ':' || isClass(w, 'that', prevKey) || (openTok >= 2 && isClass(w, 'that', view.keys[openTok - 2]!)));
    if (words <= 3 && !adjacent && !after) continue;
    // a fragment right after a plain indefinite noun, its cue far before and nothing introducing it, describes that noun:
    // رافضاً أي دعوة إلى حوار «يُراد منه فرض مرشح الممانعة»، وتوعد … بعمليات "أوسع وأكثر إيلاماً …"، ضبط 25 شخصا "لقيامهم
    // بأعمال شغب" — no speech (وقال الوزير في مؤتمر صحفي مشترك "…" has its speech noun before it)
    if (before && !adjacent && !after && !introduces(before.index, openTok) && describesNoun(prev)) continue;
    // أبلغ "الاقتصادية" الشريف شاكر الحارثي …: a one- or two-word name right after the verb, a person or title after it, is the addressee
    if (before && openTok - before.index === 1 && addresseeAfterVerb(openTok) > 0) continue;
    // الربيعة يطالب «الفني والتقني» بشراكات استراتيجية، دعا «الأونروا» إلى …: a short name right after a verb of
    // asking, the thing asked after it (بـ، إلى), is the one asked, not words said
    if (before && openTok - before.index === 1 && words <= 3 && !innerPunct && /^(طالب|دعا|حث|ناشد)$/.test(before.info.lemma) && /^(ب|الي|علي)/.test(view.keys[closeTok + 1] ?? '')) continue;
    // وعلمت «الراي» من مصادر …، ونقلت «سانا» عن …: the outlet in marks right after a relaying verb
    if (before && before.info.cls === 'relay' && openTok - before.index === 1 && words <= 3 && !innerPunct) continue;
    const stop = before ? openTok : view.sentEnd[view.tokSentence[after!.index]!]!;
    const at = attribute(cueAt.index, cueAt.info, stop);
    const q: Quote = {
      text: text.slice(s, e),
      start: s,
      end: e,
      direct: true,
      speaker: at.speaker?.id ?? null,
      speakerText: at.speakerText,
      cue: at.cue,
      via: at.via?.id ?? null,
    };
    if (at.speakers.length > 1) (q as Quote & { speakers?: string[] }).speakers = at.speakers.map((x) => x.id);
    direct.push(q);
    last = { q, speaker: at.speaker, speakers: at.speakers, via: at.via, sentence: view.tokSentence[closeTok]!, gender: genderAt(cueAt.index) };
  }

  /** The cue at k opens a relaying aside between commas: «، وفق ما نقلته قناة المسيرة،» (the verb before it speaks). */
  const relayAside = (k: number) => k >= 3 && view.keys[k - 1] === 'ما' && ASIDE_RELAY.test(view.keys[k - 2]!) && /^[،,]$/.test(view.tokens[k - 3]!.text) && precededByCue(k - 3);
  /** A reporting verb among the three words before the comma at k (الذي قال، …). */
  const precededByCue = (k: number) => [k - 1, k - 2, k - 3].some((i) => i >= 0 && view.tokens[i]!.kind === 'word' && lex.at(i) !== undefined);

  // ---- reported speech: قال إن …، أكد أنه …
  const reported: Quote[] = [];
  for (let c = 0; c < view.tokens.length; c++) {
    if (view.tokens[c]!.kind !== 'word' || inside(c)) continue;
    const info = lex.at(c);
    if (!info || info.cls === 'object' || relayAside(c)) continue;
    // a verb inside the clause just reported belongs to that clause (its end was cut before «، + verb»): «أكد أن
    // التجارب … في تلبية ونقل هم المواطن أن يكون» — ونقل here is a noun of the clause, no second statement
    // (… a verb after أن — «يريد أن يرى» — or one joined by و to a word of the clause; «لكنه نبه إلى أن» still opens one)
    // («… 37,368 مليون ريال وأوضحت الإحصائيات الصادرة عن «ساما» أن»: a verb with a definite subject after it opens a
    // new statement, and the clause before ends there — a full stop the text left out)
    const prevRep = reported[reported.length - 1];
    if (prevRep && view.tokens[c]!.start >= prevRep.start && view.tokens[c]!.start < prevRep.end) {
      const subjectAfter = view.tokens[c + 1]?.kind === 'word' && !isClass(w, 'prep', view.keys[c + 1]!) && (view.keys[c + 1]!.startsWith('ال') || view.tokMention[c + 1] != null);
      const joined = (view.tokens[c - 1]?.kind === 'word' && isClass(w, 'that', view.keys[c - 1]!)) || (/^و/.test(view.keys[c]!) && view.tokens[c - 1]?.kind === 'word' && !info.participle && !subjectAfter);
      if (joined) continue;
      if (/^و/.test(view.keys[c]!) && subjectAfter && !info.participle) {
        let e = view.tokens[c]!.start;
        while (e > prevRep.start && /[\s.!?؟،,:;؛]/u.test(text[e - 1]!)) e--;
        prevRep.end = e;
        prevRep.text = text.slice(prevRep.start, e);
      }
    }
    const sent = view.tokSentence[c]!;
    const sEnd = view.sentEnd[sent]!;
    // (long title chains stand between: «قال الناطق باسم المجلس العسكري للمقاومة في المنطقة الوسطى منصور سالم العلهي لـ«الشرق الأوسط» إن»)
    let thatAt = -1;
    // (the long reach only for a verb opening its sentence: «… يفيد بالعثور على سيارة … تبين أن» is no speech)
    const lead = c - view.sentFirst[sent]!;
    // (a verb opening its sentence may have a title chain of 25 words and more before أن: «أكد المشرف على كرسي … رئيس
    // جمعية النحالين التعاونية الدكتور أحمد بن عبدالله الخازم أن» — no cue, mark or stop stands between)
    const reach = lead <= 2 ? 32 : lead <= 6 && view.tokens[c - 1]!.text === '،' ? 20 : 14;
    for (let k = c + 1; k < sEnd && k <= c + reach; k++) {
      const t = view.tokens[k]!;
      // وقال دفاع المتهم لـ"النهار" إنه …: a quoted name after ل/ب is the addressee, the search goes on after it
      // (وقال خبراء الذين تحدثت إليهم «عكاظ»، إن …؛ قال تقرير صادر عن مهرجان «سوق عكاظ» … أنه: a short name in marks
      // inside the subject, not right after the verb, is no quote either)
      // (أعلنت "المقاومة الإسلامية" في بيان أن: a short name right after the verb with its أن soon after is the subject)
      const named = t.kind === 'punct' ? Math.max(quotedAddressee(k), k > c + 1 || quotedSpeaker(k) || info.cls === 'relay' || (quotedName(k) > k && thatSoonAfter(quotedName(k))) ? quotedName(k) : addresseeAfterVerb(k), k === c + 1 ? longNameInMarks(k) : -1) : -1;
      if (named > k) {
        k = named;
        continue;
      }
      if (t.kind === 'punct' && /["«“»”]/.test(t.text)) break;
      if (endsSentence(view, k)) break;
      // (past the usual reach only an unbroken title chain: a comma there opens another clause — «وأعرب رئيس المجلس عن
      // خالص التعازي … في هذا التفجير الآثم، سائلا المولى أن»)
      if (k > c + 20 && t.text === '،') break;
      if (t.kind === 'word' && k > c + 1 && lex.at(k) && !relayAside(k)) break;
      // (لأن is "because": متابعا اللقاء عبر بث حي … لأن حضور الجمهور ممنوع)
      // (على أن "provided that", بعد أن "after", قبل أن, منذ أن, سبق له أن "had already": no reported clause; the search goes on)
      // (but أكد على أن، شدد الوزير على أن: على right after the verb or its subject is the verb's own preposition)
      if (t.kind === 'word' && isClass(w, 'that', view.keys[k]!) && NOT_SPEECH_THAT.test(view.keys[k - 1] ?? '') && !((view.keys[k - 1] === 'علي' || view.keys[k - 1] === 'الي') && onlySubjectBetween(c + 1, k - 1)) && !(view.keys[k - 1] === 'الي' && ILA_CUES.test(info.lemma))) continue;
      if (t.kind === 'word' && isClass(w, 'that', view.keys[k]!) && !/^و/.test(view.keys[k]!) && view.keys[k] !== 'لان') {
        thatAt = k;
        break;
      }
    }
    if (thatAt < 0 || thatAt + 1 >= sEnd) continue;
    // a direct quote right after إن is the direct quote's, not a reported clause
    const nextTok = view.tokens[thatAt + 1]!;
    // (… except a name in marks that starts the clause: وقالت وزارة الداخلية إن "قسد" استهدفت حواجز الأمن)
    const quotedSubject = nextTok.kind === 'punct' && quotedName(thatAt + 1) > 0 && !direct.some((q) => q.start > nextTok.start && q.start <= nextTok.start + 2);
    if (nextTok.kind === 'punct' && /["«“']/.test(nextTok.text) && !quotedSubject) continue;
    const s = nextTok.start;
    let e = view.sentences[sent]!.end;
    // أكد أن الحكومة ملتزمة …، وأضاف … أن "…" / مؤكدا أن …: a comma before another reporting verb ends the clause
    for (let k = thatAt + 1; k + 1 < sEnd; k++) {
      // (، وهو ما نفته "قسد": a relative clause about the statement is no part of it)
      if (view.tokens[k]!.text === '،' && /^و(هو|هي)$/.test(view.keys[k + 1] ?? '') && view.keys[k + 2] === 'ما') {
        e = view.tokens[k]!.start;
        break;
      }
      // (… and «، وإن» opens a second clause of the same statement that is quoted on its own: «قال … إن موكله تعرض
      // "للتعذيب"، وإن المحاكمة "افتقرت …"»)
      // (… and «، فيما / بينما / في حين» opens a clause of another subject: «زعمت وسائل إعلام النظام أن الدفاعات الجوية
      // "تصدت لمعظم الصواريخ"، فيما وصف السفير الروسي …»)
      // (only when a quotation of its own follows there; else the contrast may still be reported: «أكد أن 120 أسيرا بدأوا
      // إضرابهم، فيما انضم آخرون»)
      const contrast = (/^[،,]$/.test(view.tokens[k]!.text) && /^(فيما|بينما|وبينما|وفيما)$/.test(view.keys[k + 1] ?? '')) || (view.tokens[k]!.text === '،' && view.keys[k + 1] === 'في' && view.keys[k + 2] === 'حين');
      if (contrast && direct.some((q) => q.start > view.tokens[k]!.start && q.start < view.sentences[sent]!.end)) {
        e = view.tokens[k]!.start;
        break;
      }
      const secondThat = /^و(ان|انه|انها|انهم)$/.test(view.keys[k + 1] ?? '') && direct.some((q) => q.start > view.tokens[k]!.start && q.start < view.sentences[sent]!.end);
      if (/^[،؛]$/.test(view.tokens[k]!.text) && view.tokens[k + 1]!.kind === 'word' && ((lex.at(k + 1) && !inside(k + 1)) || secondThat)) {
        e = view.tokens[k]!.start;
        break;
      }
    }
    // (… and before quoted scripture: «قال إن الاعتداء جريمة، واستشهد بقول الله تعالى: «…»»)
    const verse = scripture.find((o) => o > s && o < e);
    if (verse !== undefined) {
      let k = view.tokenAt(verse);
      while (k > thatAt + 1 && view.tokens[k - 1]!.text !== '،' && view.tokens[k - 1]!.text !== ',') k--;
      e = k > thatAt + 1 ? view.tokens[k - 1]!.start : verse;
    }
    const openInside = pairs.find((p) => p.open > s && p.open < e);
    // أكد أن بلاده لن تعترف بأي اتفاق يبرم "من دون مشاركة أوكرانيا": a fragment closing the clause, cued by a
    // word of the clause itself, is part of the reported clause, not a quote of its own
    const fragment = openInside ? direct.find((q) => q.start > openInside.open && q.start <= openInside.open + 2 && q.cue && q.cue.start >= s && q.cue.start < openInside.open && !introduces(view.tokenAt(q.cue.start), view.tokenAt(openInside.open))) : undefined;
    if (fragment && /^([.!?؟،,]|$)/.test(text.slice(openInside!.close + 1, view.sentences[sent]!.end).trim())) {
      direct.splice(direct.indexOf(fragment), 1);
      e = openInside!.close + 1;
      while (e > s && /[\s.!?؟،,:;؛]/u.test(text[e - 1]!)) e--;
    } else if (openInside && direct.some((q) => q.start > openInside.open && q.start <= openInside.open + 2)) {
      // قال إن الاتفاق "خطوة مهمة …": the direct quote is the statement; a stub before it is no second quote
      const own = direct.find((q) => q.start > openInside.open && q.start <= openInside.open + 2 && q.cue?.start === view.tokens[c]!.start);
      // (… except a fragment of a few words inside the clause, which runs on past it: أعلنت وزارة الدفاع الروسية أنها
      // شنت "ضربات انتقامية" على منشآت عسكرية في أوديسا — the clause is the statement, the fragment no quote of its own)
      const after = view.tokenAt(openInside.close) + 1;
      // (… and a quotation closing a clause that has already said its own: قال … إن بلاده ستبدأ ملء السد في يوليو
      // المقبل "سواء توصلنا إلى اتفاق أم لا" — one reported quote running through the marks, as a coder anchors it;
      // «قالت الوزارة إن قواتها "دمرت …"» — one or two words before the marks — stays the direct quote)
      let before = 0;
      for (let k = thatAt + 1; k < view.tokens.length && view.tokens[k]!.start < openInside.open; k++) if (view.isWord(k)) before++;
      const closesClause = openInside.close < e && /^[\s.!?؟،,]*$/u.test(text.slice(openInside.close + 1, e));
      if (own && own.text.split(/\s+/).length <= 3 && after < sEnd && view.tokens[after]!.kind === 'word' && view.tokens[after]!.start < e && !lex.at(after)) {
        direct.splice(direct.indexOf(own), 1);
      } else if (own && before >= 4 && closesClause) {
        direct.splice(direct.indexOf(own), 1);
        e = openInside.close + 1;
      } else if (own) continue;
      else e = openInside.open;
    }
    // (marks that made no quote of their own — a name, a short fragment: قال عراقجي إن اللقاء كان "بداية جيدة" — stay in the clause)
    while (e > s && /[\s.!?؟،,:;؛]/u.test(text[e - 1]!)) e--;
    if (e <= s) continue;
    if (direct.some((q) => q.start < e && s < q.end)) continue;
    const at = attribute(c, info, thatAt);
    const q: Quote = { text: text.slice(s, e), start: s, end: e, direct: false, speaker: at.speaker?.id ?? null, speakerText: at.speakerText, cue: at.cue, via: at.via?.id ?? null };
    if (at.speakers.length > 1) (q as Quote & { speakers?: string[] }).speakers = at.speakers.map((x) => x.id);
    reported.push(q);
    c = thatAt;
  }
  // ---- speech after a colon without quotation marks: وقال السيد ماساكي أوبو: إقامة احتفالية … (to the sentence's end)
  const unmarked: Quote[] = [];
  for (let c = 0; c < view.tokens.length; c++) {
    const info = lex.at(c);
    if (!info || info.cls === 'object' || info.saying || info.cls === 'relay' || view.tokens[c]!.kind !== 'word' || inside(c)) continue;
    const sent = view.tokSentence[c]!;
    const sEnd = view.sentEnd[sent]!;
    let colon = -1;
    for (let k = c + 1; k < sEnd && k <= c + 16; k++) {
      const t = view.tokens[k]!;
      if (t.kind === 'punct' && t.text === ':') {
        // (… في معارض متخصصة، منها: a list, not speech)
        if (!/^(منها|منهم|يلي|التالي|التاليه|كالتالي|وهي|وهم|ابرزها|اهمها)$/.test(view.keys[k - 1] ?? '')) colon = k;
        break;
      }
      // (a comma before the colon: the colon closes something else than the speaker's phrase)
      if (endsSentence(view, k) || (t.kind === 'punct' && /["«“»”،]/.test(t.text)) || (t.kind === 'word' && (isClass(w, 'that', view.keys[k]!) || (k > c + 1 && lex.at(k))))) break;
    }
    // the words after the colon: a clause of its own (not إن/أن, not a mark, not a list of names)
    const first = colon + 1;
    if (colon < 0 || first >= sEnd || view.tokens[first]!.kind !== 'word' || isClass(w, 'that', view.keys[first]!) || view.tokMention[first]) continue;
    const s = view.tokens[first]!.start;
    let e = view.sentences[sent]!.end;
    while (e > s && /[\s.!?؟،,:;؛]/u.test(text[e - 1]!)) e--;
    let words = 0;
    for (let k = first; k < sEnd; k++) if (view.isWord(k)) words++;
    if (words < 4 || e <= s || [...direct, ...reported].some((q) => q.start < e && s < q.end) || pairs.some((p) => p.open >= s && p.open < e)) continue;
    const at = attribute(c, info, colon);
    const q: Quote = { text: text.slice(s, e), start: s, end: e, direct: true, speaker: at.speaker?.id ?? null, speakerText: at.speakerText, cue: at.cue, via: at.via?.id ?? null };
    unmarked.push(q);
    c = sEnd - 1;
  }
  quotes.push(...direct, ...reported, ...unmarked);
  quotes.sort((x, y) => x.start - y.start);
  return quotes;
}

/**
 * The reporting verb before an opening mark: the nearest cue within the sentence (a colon lets the
 * search go back over a sentence or paragraph break: وأضاف:\n"…"), never inside an earlier quote.
 */
function cueBefore(view: DocView, lex: CueLookup, prevClose: number, openTok: number): { index: number; info: CueInfo } | null {
  // a quoted name before it (لـ"المصري اليوم": "…") does not stop the search; an earlier quote does
  const para = view.paragraphOf(view.tokens[openTok]!.start);
  // وأضاف:\n"…" — a colon before the mark lets the search reach the paragraph before
  const colonBridge = openTok > 0 && view.tokens[openTok - 1]!.text === ':';
  let aside: { index: number; info: CueInfo } | null = null;
  for (let k = openTok - 1; k >= 0 && k >= openTok - 30; k--) {
    const t = view.tokens[k]!;
    if (t.start <= prevClose) return aside;
    const tp = view.paragraphOf(t.start);
    if (tp !== para && !(colonBridge && tp === para - 1)) return aside;
    if (t.kind === 'punct') {
      if (endsSentence(view, k)) return aside;
      continue;
    }
    if (t.kind !== 'word') continue;
    const info = lex.at(k);
    if (!info) continue;
    // الذي قال، وفق ما نقلته قناة المسيرة، إن …: a relaying aside between commas is not the cue; the verb before it is
    if (!aside && view.keys[k - 1] === 'ما' && ASIDE_RELAY.test(view.keys[k - 2] ?? '') && /^[،,]$/.test(view.tokens[k - 3]?.text ?? '')) {
      aside = { index: k, info };
      k -= 3;
      continue;
    }
    return { index: k, info };
  }
  return aside;
}

/** The preposition of a relaying aside (match keys): وفق ما نقلته، بحسب ما نقله، حسب ما أوردته. */
const ASIDE_RELAY = /^(وفق|وفقا|بحسب|حسب|طبقا)$/;

/** The agreement a cue shows: masculine or feminine singular, plural, or unknown. */
export type CueGender = 'm' | 'f' | 'pl' | null;

/**
 * The gender and number of a reporting verb's subject, read off its form: وقالت، أضافت، مؤكدة، تقول، قولها are
 * feminine (a ministry, sources, a woman), وقال، مؤكدا، يقول masculine, قالوا، مؤكدين plural. A continuing verb agrees
 * with the subject it continues: «وأوضحت المصادر أن …، وقالت "…"» is the sources', not a man named before.
 */
export function cueGender(key: string, info: CueInfo): CueGender {
  const cands = /^[وف]/.test(key) && key !== info.lemma ? [key, key.slice(1)] : [key];
  // (ما أوضحه العنزي، ما أكدته الوزارة: the object pronoun of what was said comes off)
  if (!info.saying) for (const c of [...cands]) if (/[^ه](ه|ها)$/.test(c)) cands.push(c.replace(/(ه|ها)$/, ''));
  for (let c of cands) {
    if (info.saying) return /ها$/.test(c) ? 'f' : /(هم|هما)$/.test(c) ? 'pl' : /ه$/.test(c) ? 'm' : null;
    if (info.participle) return /(ين|ون)$/.test(c) ? 'pl' : /ه$/.test(c) ? 'f' : 'm';
    const lemma = info.lemma;
    if (c === lemma) return 'm';
    if (c === lemma + 'ت' || (c.endsWith('ت') && c.length >= 3 && lemma.startsWith(c.slice(0, -1)) && lemma.length - c.length <= 0)) return 'f';
    if (c === lemma + 'وا' || (c.endsWith('وا') && lemma.startsWith(c.slice(0, -2)) && lemma.length - c.length <= 0)) return 'pl';
    if (/^س[يت]/.test(c)) c = c.slice(1);
    if (c.startsWith('ي')) return /(ون|وا)$/.test(c) ? 'pl' : 'm';
    if (c.startsWith('ت') && !lemma.startsWith('ت')) return 'f';
  }
  return null;
}

/** Whether a continuing cue of gender `g` can take the subject of an earlier cue of gender `h`. */
function agrees(g: CueGender, h: CueGender): boolean {
  if (!g || !h || g === 'pl' || h === 'pl') return true;
  return g === h;
}

/** Honorific pronouns that stand for the person spoken of: فضيلته، سموه، معاليه، سماحته، فخامته، جلالته. */
const HONORIFIC_PRONOUN = /^(فضيلت|سمو|معالي|سماحت|فخامت|جلالت|سعادت)(ه|ها)$/;

/** Nouns of speaking before a quotation (في بيان، في تصريح صحفي، في كلمة، خلال مؤتمر صحفي مشترك). */
const SPEECH_NOUN = /(بيان|تصريح|كلم|حديث|مقابل|مءتمر|لقاء|خطاب|تغريد|رسال|اتصال|مداخل|ندوه|تعليق|قول)/;

/** Honorific nouns before a title (سمو ولي العهد، فخامة الرئيس، معالي الوزير), match keys. */
const HONORIFIC_NOUN = /^(ال)?(سمو|جلاله|فخامه|معالي|سماحه|فضيله|سعاده)$/;

/** The honorific noun and titles each honorific pronoun points back through (match keys). */
const HONORIFIC_WORDS: Array<[RegExp, RegExp]> = [
  [/^(ال)?جلال/, /^(جلاله|الجلاله|الملك|ملك|العاهل)$/],
  [/^(ال)?سمو/, /^(سمو|السمو|الامير|امير|الشيخ|ولي)$/],
  [/^(ال)?فخام/, /^(فخامه|الفخامه|الرءيس|رءيس)$/],
  [/^(ال)?معالي/, /^(معالي|المعالي|الوزير|وزير)$/],
  [/^سماح/, /^(سماحه|الشيخ|السيد|المفتي|الامام)$/],
  [/^فضيل/, /^(فضيله|الشيخ|الامام|المفتي)$/],
  [/^سعاد/, /^(سعاده|السفير|الدكتور)$/],
];

/** A coordinated that-word, with its pronoun (match keys): وأن، وإن، وأنه، وإنها، وأنهم — and a contrast with its
 * pronoun continuing the same statement (أكد أن الحكومة "منفتحة على الحوار"، لكنها "لا تملك الموارد"). */
const COORDINATED_THAT = /^(و(ان|انه|انها|انهم|اننا)|و?لكن(ه|ها|هم|نا))$/;

/** Relational nouns whose genitive person is someone else's (match keys): محامي عوض الله is his lawyer, not him. */
const RELATIONAL = /^(محامي|محاميه|نجل|ابن|ابنه|شقيق|شقيقه|والد|والده|زوج|زوجه|ارمله|مستشار|مستشاره|مساعد|مساعده|صديق)$/;

/** Relative pronouns whose verb's subject is their antecedent (match keys). */
const RELATIVE = new Set(['الذي', 'التي']);
/** A hadith's source after the quotation: «…» (رواه البخاري ومسلم)، «…» أخرجه مسلم. */
const SCRIPTURE_AFTER = /^[\s»”"]*\(?\s*(رواه|أخرجه|اخرجه|متفق عليه)/;
/** God or the Prophet right before the quotation: قال تعالى:، بقوله عز وجل، قال صلى الله عليه وسلم:، عليه السلام قال. */
const SCRIPTURE_BEFORE = /(تعالى|تعالي|عز وجل|جل وعلا|سبحانه|صلى الله عليه وسلم|عليه الصلاة والسلام|عليه السلام)\s*[-–]?\s*(قال|يقول|قوله)?\s*:?\s*$/;

/** Lead words of a body's name (match keys), not a person's title: وزارة الداخلية، شرطة فاستمانلاند. */
const BODY_TITLE = /^(ال)?(وزاره|حكومه|رءاسه|قياده|سلطات|شرطه|جيش|قوات)/;

/** Relative pronouns opening a clause about the noun before them (match keys). */
const RELATIVE_ANY = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان', 'اللاتي', 'اللواتي']);

/** God (الله، المولى) is prayed to or quoted from scripture, never the speaker of a news quote. */
function isGod(e: Entity): boolean {
  return /^(الله|اللهم|المولي|الباري)( |$)/.test(matchKey(e.name));
}

/** God, or the international community (data/kb/orgs.tsv role `international-community`): appealed to, never a speaker. */
function neverSpeaks(e: Entity): boolean {
  return isGod(e) || e.role === 'international-community';
}

/** The veil of «كشف النقاب/الستار/اللثام/الغطاء عن» (match keys): an object, never a speaker. */
const UNVEILED = new Set(['النقاب', 'الستار', 'اللثام', 'الغطاء']);

/** Head nouns of bodies a definite noun alone may point back to (وقال المعهد → معهد ليبنيز), as match keys without ال. */
const BODY_HEAD = /^(فريق|معهد|مركز|نادي|اتحاد|جمعيه|هيءه|لجنه|مجلس|مءسسه|شركه|بنك|مصرف|جامعه|منظمه|صندوق|امانه|بلديه|مرصد|مكتب|وكاله|صحيفه|قناه|محكمه|نيابه|مستشفي|حركه|حزب|تنظيم|جماعه|ديوان|رءاسه|وزاره|برنامج|منتدي|اكاديميه|غرفه|نقابه)$/;

/** كان and its forms (match keys) opening a clause whose subject comes before قد and the verb */
const KANA = new Set(['كان', 'وكان', 'فكان', 'كانت', 'وكانت', 'فكانت', 'كانوا', 'وكانوا']);

/** Attribution words after a quote: «…»، بحسب المتحدث …، بحسب ما قاله المدير … */
const ACCORDING = new Set(['بحسب', 'حسب', 'وفق', 'وفقا', 'بحسبما', 'حسبما', 'وفقما']);
/** كما قال، مثلما أكد: «as» before a verb after the quote */
const AS = new Set(['كما', 'مثلما', 'وكما']);
const ACCORDING_CUE: CueInfo = { lemma: 'بحسب', cls: 'say', participle: false, saying: false };

/** The reporting verb after a closing mark: "…"، قال كيري / "…"، بحسب … */
function cueAfter(view: DocView, lex: CueLookup, closeTok: number, base: ReportingLexicon): { index: number; info: CueInfo } | null {
  for (let k = closeTok + 1, words = 0; k < view.tokens.length && words < 2; k++) {
    const t = view.tokens[k]!;
    if (t.kind === 'punct') {
      if (endsSentence(view, k) || /["«“]/.test(t.text)) return null;
      continue;
    }
    if (view.tokSentence[k] !== view.tokSentence[closeTok] && view.paragraphOf(t.start) !== view.paragraphOf(view.tokens[closeTok]!.start)) return null;
    words++;
    const info = lex.at(k);
    if (info && !info.saying) return { index: k, info };
    // أدانت حكومة الإقليم "بشدة" القصف، واصفة …: a word of the clause right after the mark (no comma between) keeps
    // the fragment inside its sentence; the verb further on is no speaker-after cue (كما قال، بحسب … still are)
    if (words === 1 && k === closeTok + 1 && !ACCORDING.has(view.keys[k]!) && !AS.has(view.keys[k]!)) return null;
    if (words === 1 && ACCORDING.has(view.keys[k]!)) {
      // بحسب ما قاله / وفق ما أكده: the verb after ما, its object pronoun being the quote
      const v = view.keys[k]!.endsWith('ما') && view.keys[k] !== 'وفقا' ? k + 1 : view.keys[k + 1] === 'ما' ? k + 2 : -1;
      if (v > 0 && v < view.tokens.length && view.tokens[v]!.kind === 'word') {
        const bare = view.keys[v]!.replace(/(ه|ها)$/, '');
        const vi = cueOf(base, bare) ?? cueOf(base, view.keys[v]!);
        if (vi && !vi.saying && !vi.participle) return { index: v, info: vi };
        return null;
      }
      // بحسب المتحدث باسم الجيش: the phrase after it speaks
      return { index: k, info: ACCORDING_CUE };
    }
  }
  return null;
}
