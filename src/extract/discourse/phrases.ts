/**
 * Noun phrases read off the surface around a verb: Arabic is VSO or SVO, subjects and objects are
 * runs of titles and names (وزير الخارجية الأميركي جون كيري), coordinated with و (قادة فرنسا والمانيا وكندا).
 * The head of each conjunct is its person if it names one, else its organisation, else its last name
 * (الجانب الأميركي → the USA).
 */
import type { Entity } from '../../analysis.js';
import type { DocView, MentionRef } from './view.js';
import { matchKey } from '../../text/normalize.js';
import { isClass, isClassLoose, type WordClasses } from './words.js';

export interface NounPhrase {
  /** token range [first, last) */
  first: number;
  last: number;
  /** head entities of the conjuncts, in order */
  heads: Entity[];
  mentions: MentionRef[];
  /** the first title word (match key) when the phrase is a bare title: وقال الوزير */
  title: string | null;
  /** headed by an anonymous noun: مسؤول أميركي */
  anon: boolean;
  /** a first-person pronoun: نحن */
  firstPerson: boolean;
  /** a pair noun pointing back to two participants: الوزيران */
  pair: boolean;
  /** the clitic preposition on its first token (ب, ل) when it has one */
  prefix: string;
  /** the first title word even when names follow (الرئيس in الرئيس التركي) */
  leadTitle: string | null;
  /** every head was named only by a country adjective (الرئيس الأمريكي, not جو بايدن) */
  adjectival: boolean;
  /** ISO code of a country adjective after a bare title when the article does not name the country (الرئيس الأمريكي) */
  titleCountry: string | null;
}

// adverbs and pronoun-carrying prepositions that may stand between a verb and its subject: اتفق فيه الوزيران
const SKIPPABLE = new Set(['ايضا', 'كذلك', 'بدوره', 'بدورها', 'بدورهم', 'جهته', 'جهتها', 'جانبه', 'جانبها', 'اليوم', 'امس', 'قد', 'مجددا', 'فيه', 'فيها', 'فيهم', 'عليه', 'عليها', 'له', 'لها', 'لهم', 'بذلك', 'بدورهما', 'منه', 'منها', 'الان', 'حاليا', 'مساء', 'صباحا', 'صباح', 'فجر', 'ظهر']);

export function isSkippable(view: DocView, i: number): boolean {
  // (a time word that is a person's name is no adverb: «وقال صباح البزوني»)
  if (view.tokMention[i]?.entity.type === 'PER') return false;
  if (view.tokTime[i]) return true;
  const k = view.keys[i]!;
  // (سيادة before a title is an honorific: وأعلن سيادة الرئيس محمود عباس; سيادة المملكة is "the kingdom's sovereignty")
  if (k === 'سياده' && HONOURED_TITLE.test(view.keys[i + 1] ?? '')) return true;
  return SKIPPABLE.has(k) || SKIPPABLE.has(k.replace(/^[وف]/, ''));
}
const HONOURED_TITLE = /^(الرءيس|الرءيسه|الوزير|الوزيره|الناءب|السفير|اللواء|العميد|الفريق|المشير|المستشار|القاءد|الامين)$/;

/** The conjuncts' head entities: a person over an organisation over the last place (demonyms are modifiers). */
function heads(mentions: MentionRef[], conjunctOf: number[]): Entity[] {
  const groups = new Map<number, MentionRef[]>();
  mentions.forEach((m, k) => {
    const g = groups.get(conjunctOf[k]!) ?? [];
    g.push(m);
    groups.set(conjunctOf[k]!, g);
  });
  const out: Entity[] = [];
  for (const g of groups.values()) {
    const pick = g.find((m) => m.entity.type === 'PER') ?? g.find((m) => m.entity.type === 'ORG') ?? g[g.length - 1]!;
    if (!out.includes(pick.entity)) out.push(pick.entity);
  }
  return out;
}


/** a group's noun before its name in quotation marks: تنظيم "داعش"، حركة "حماس"، لائحة «كلنا وطني» */
export const GROUP_NOUN = /^و?(تنظيم|حركه|حزب|جماعه|لائحه|قائمه|ائتلاف|تحالف|منظمه|جبهه|كتائب|ميليشيا|مليشيا|تيار|كتله|جمعيه)$/;
/**
 * Reads a noun phrase starting at token i (not beyond `limit`): titles, names, anonymous heads, pronouns,
 * coordinated with و. With `loose`, a phrase may start with up to two plain words before its name
 * (للمقترح الأميركي → the USA): used for objects of prepositions, never for subjects.
 */
export function readPhrase(view: DocView, w: WordClasses, i: number, limit: number, loose = false): NounPhrase | null {
  let j = i;
  const mentions: MentionRef[] = [];
  const conjunctOf: number[] = [];
  let conj = 0;
  let title: string | null = null;
  let leadTitle: string | null = null;
  let titleCountry: string | null = null;
  let anon = false;
  let firstPerson = false;
  let pair = false;
  let plain = 0;
  let started = false;
  // ودانت كل من السعودية وقطر وروسيا الهجوم: «كل من» (both … and …) opens a coordination
  if (view.keys[j] === 'كل' && view.keys[j + 1] === 'من' && view.tokMention[j + 2]) j += 2;
  const prefix = view.tokMention[j] ? view.mentionPrefix(j) : '';
  while (j < limit && j - i < 20) {
    const tok = view.tokens[j]!;
    // رفض «حزب الله» الخطة: guillemets around a name
    // (… or after a group's noun: وأعلنت حركة "حماس" دعمها، وأعلن تنظيم "داعش" مسؤوليته — not a paper's or a
    // weapon's: صحيفة «الشرق الأوسط» حوارا، مقاتلات "اف-16" are read as before)
    if (tok.kind === 'punct' && /^[«»"]$/.test(tok.text) && ((!started && view.tokMention[j + 1]) || (started && j > i && view.tokMention[j - 1] && view.tokMention[j - 1]!.last === j && mentions.length) || (started && !mentions.length && tok.text !== '»' && j > i && GROUP_NOUN.test(view.keys[j - 1]!) && view.tokMention[j + 1]?.first === j + 1))) {
      j++;
      continue;
    }
    if (tok.kind === 'punct' || tok.kind === 'number') {
      // a hyphen inside a name run is fine (روسية-أميركية); anything else ends the phrase
      if (tok.text === '-' && started) {
        j++;
        continue;
      }
      break;
    }
    const key = view.keys[j]!;
    // an abbreviated title, one letter and its dot (رئيس الجمعية د. هلال الساير، المهندس م. أحمد): a title word
    const dot = view.tokens[j + 1];
    if (tok.text.length === 1 && !view.tokMention[j] && dot && dot.text === '.' && dot.start === tok.end && j + 2 < limit && view.tokMention[j + 2]?.entity.type === 'PER') {
      title ??= key;
      started = true;
      j += 2;
      continue;
    }
    const m = view.tokMention[j];
    const coordinated = started && (key.startsWith('و') && key.length > 2);
    if (m) {
      if (j === m.first) {
        const pre = view.mentionPrefix(j);
        // واتهم الجيش قوات الدعم السريع: a definite title is no construct state, so a name of another body after it starts the object
        const prevKey = j > i ? view.keys[j - 1]! : '';
        if (started && !mentions.length && title != null && prevKey.startsWith('ال') && isClassLoose(w, 'title', prevKey) && m.entity.type !== 'PER' && !isNisba(view, m) && !pre) break;
        // اتهم مصدر عسكري قوى العدوان: after an anonymous head and its adjective, a name that is no adjective starts the object
        // (… past its country adjective too: مصدر أمني عراقي قوى العدوان; a body only — مسؤول النادي عبدالرحمن رشوان is
        // the official himself, سكان مدينة بن قردان the town's people)
        if (anon && mentions.every((x) => isNisba(view, x)) && title == null && j > i + 1 && m.entity.type === 'ORG' && !pre) break;
        // والمانيا، وبريطانية (a mention that kept its و)
        const keptWaw = !pre && key.startsWith('و') && !matchKey(m.entity.name).startsWith('و');
        if (started && (pre.startsWith('و') || keptWaw)) conj++;
        // ببروكسل after a name is a new prepositional phrase; after bare titles it is their genitive (الأمين العام للأمم المتحدة)
        else if (started && /^[بل]/.test(pre) && (mentions.length || title == null)) break;
        else if (mentions.length && conjunctOf[conjunctOf.length - 1] === conj && !isNisba(view, mentions[mentions.length - 1]!)) {
          // واتهمت موسكو الاتحاد الأوروبي: two phrases; but المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي is one
          // (… but after a body's word — حركة حماس نتنياهو — the name is the body's and the person starts the object)
          const chain = title != null && !BODY_WORD.test(title) && m.entity.type === 'PER' && !mentions.some((x) => x.entity.type === 'PER' && conjunctOf[mentions.indexOf(x)] === conj);
          if (!chain) break;
        }
        mentions.push(m);
        conjunctOf.push(conj);
      }
      started = true;
      j = Math.max(j + 1, m.last);
      continue;
    }
    if (view.tokTime[j] && started) break;
    // أشاد الرئيس الأمريكي بـ…: a country adjective after a bare title, the country not being an entity of the article
    // (the adjective ends the title: only a name or another title may follow it)
    if (titleCountry != null && !isClassLoose(w, 'title', key)) break;
    if (title != null && !mentions.length && titleCountry == null && !anon) {
      const kb = view.demonymOf(key);
      if (kb?.startsWith('country:')) {
        titleCountry = kb.slice('country:'.length);
        j++;
        continue;
      }
    }
    const conjHasName = mentions.length > 0 && conjunctOf[conjunctOf.length - 1] === conj;
    // وحدات من الجيش العربي السوري: a partitive من after a title
    if (title != null && !conjHasName && key === 'من' && view.tokMention[j + 1]) {
      j++;
      continue;
    }
    // … رئيس بعثة الصليب الأحمر في اليمن دافني ماريت: a place after في inside a title chain
    const lastName = mentions[mentions.length - 1];
    if (leadTitle != null && conjHasName && lastName && lastName.entity.type !== 'PER' && key === 'في' && view.tokMention[j + 1] && personAfterBody(view, w, j + 1, limit)) {
      // (the place is the body's, not a conjunct of the phrase: go on to the person after it)
      const place = view.tokMention[j + 1]!;
      j = place.entity.type === 'LOC' ? Math.max(j + 2, place.last) : j + 1;
      continue;
    }
    // النائب عن الحزب حسن فضل الله، المتحدث العسكري في الجماعة يحيى سريع: a title's body after عن/في, then the person
    if (leadTitle != null && !mentions.some((x) => x.entity.type === 'PER') && (key === 'عن' || key === 'في' || key === 'علي') && personAfterBody(view, w, j + 1, limit)) {
      j++;
      continue;
    }
    // الوكيل العام للملك لدى محكمة الاستئناف بالدار البيضاء: an office held at a named body, no person named, speaks for
    // that body (not «السفير لدى واشنطن», a place, nor «السفير لدى الأمم المتحدة», accredited to it; not «المندوب الدائم لدى الأمم المتحدة عبدالله المعلمي», a person after it)
    if (leadTitle != null && !mentions.length && key === 'لدي' && !/^(ال)?(سفير|سفيره|مندوب|مندوبه|ممثل|ممثله|مبعوث|مبعوثه|ملحق)$/.test(leadTitle)) {
      const body = view.tokMention[j + 1];
      const after = body ? view.tokMention[body.last] : undefined;
      if (body && body.first === j + 1 && body.entity.type === 'ORG' && after?.entity.type !== 'PER') {
        j++;
        continue;
      }
    }
    if (isClass(w, 'prep', key) || isClass(w, 'boundary', key) || isClass(w, 'relative', key) || isClass(w, 'that', key)) break;
    // وتتهم منظمات حقوقية الرئيس قيس سعيد: after an anonymous head and its adjective, a definite title starts the object
    if (anon && !mentions.length && j - i >= 2 && key.startsWith('ال') && isClassLoose(w, 'title', key)) break;
    // وقال مصدر أمني لوكالة شفق نيوز: a title carrying ل/ب after an anonymous head is its addressee
    if (anon && !mentions.length && /^[لب]/.test(key) && !isClass(w, 'title', key) && isClassLoose(w, 'title', key)) break;
    if (isClassLoose(w, 'title', key)) {
      // اتهم لافروف الجانب الأميركي: a title after a name starts the next phrase (the object), unless it
      // leads on to a person's name: أمير البلاد الشيخ مشعل الأحمد
      if (!coordinated && mentions.length && conjunctOf[conjunctOf.length - 1] === conj) {
        const prev = mentions[mentions.length - 1]!;
        // (a title word after the title's country adjective goes on when a title chain reaches a person: المبعوث
        // الأمريكي الخاص للمصالحة في أفغانستان زلماي خليل زاد)
        const chainOn = mentions.every((x) => isNisba(view, x)) && personAfterTitleChain(view, w, j + 1, limit);
        if (prev.entity.type === 'PER' || (!personWithin(view, w, j + 1, limit, 2) && !chainOn)) break;
      }
      if (coordinated) conj++;
      if (!started && title == null) title = w.sets.get('title')?.has(key) ? key : key.replace(/^[وف]/, '');
      if (leadTitle == null && !mentions.length) leadTitle = w.sets.get('title')?.has(key) ? key : key.replace(/^[وف]/, '');
      started = true;
      j++;
      continue;
    }
    if (!started && isClass(w, 'anon', key)) {
      anon = true;
      started = true;
      j++;
      continue;
    }
    if (!started && isClass(w, 'first', key)) {
      firstPerson = true;
      j++;
      return finish();
    }
    if (!started && isClassLoose(w, 'pair', key)) {
      pair = true;
      j++;
      return finish();
    }
    // المبعوث الأمريكي الخاص للمصالحة في أفغانستان زلماي خليل زاد: after a title and its country adjective, a title
    // chain (adjectives, a remit, a place after في) that runs on to a person
    if (title != null && !anon && mentions.length && mentions.every((x) => isNisba(view, x)) && !BODY_TITLE.test(leadTitle ?? '') && personAfterTitleChain(view, w, j, limit)) {
      j++;
      continue;
    }
    // وحدات من الجيش العربي السوري: a partitive من after a title
    // وكيل وزارة الخزانة لشؤون الإرهاب بريان نيلسون: a title's institution, its remit, then the person
    const lastM = mentions[mentions.length - 1];
    if (leadTitle != null && conjHasName && lastM && lastM.entity.type !== 'PER' && !mentions.some((x) => x.entity.type === 'PER') && personWithin(view, w, j, limit, 2)) {
      j++;
      continue;
    }
    // رئيس لجنة العفو الرئاسي طارق العوضي: a title's unnamed body, up to three words, then the person
    // (not after an honorific, which needs no body: وأكد سمو ولي العهد حرص المملكة — حرص is the object's)
    // (no person is read through a body's name-word: محكمة سيدي امحمد … المدير العام … هامل is the court and its defendant)
    if (title != null && !conjHasName && !anon && !HONORIFICS.has(leadTitle ?? '') && (nameWithin(view, w, j, limit, 2) || (!mentions.length && !BODY_TITLE.test(leadTitle ?? '') && (personWithin(view, w, j, limit, 3) || personAfterUnnamedBody(view, w, j, limit) || personAfterTitleChain(view, w, j, limit))))) {
      // وزير الخارجية الأردني أيمن الصفدي، الأمين العام للأمم المتحدة أنطونيو غوتيريش: modifiers before the name
      j++;
      continue;
    }
    if (anon && !mentions.length && j - i < 3) {
      // مسؤول أميركي رفيع: adjectives after an anonymous head — not an addressee (مسؤول أمريكي لشبكة CNN)
      if (/^(لل|بال)/.test(key) || (/^[لب]/.test(key) && (view.tokMention[j + 1] != null || isClassLoose(w, 'title', key)))) break;
      j++;
      continue;
    }
    if (loose && !mentions.length && plain < 2) {
      plain++;
      j++;
      continue;
    }
    break;
  }
  return finish();

  function finish(): NounPhrase | null {
    if (j === i) return null;
    if (loose && !mentions.length && !firstPerson && !pair) return null;
    if (!mentions.length && !title && !anon && !firstPerson && !pair) return null;
    const hs = anon && !mentions.some((m) => m.entity.type === 'PER' || m.entity.type === 'ORG') ? [] : heads(mentions, conjunctOf);
    return {
      first: i,
      last: j,
      leadTitle,
      adjectival: hs.length > 0 && hs.every((h) => mentions.filter((m) => m.entity === h).every((m) => isNisba(view, m))),
      heads: hs,
      mentions,
      titleCountry: mentions.length ? null : titleCountry,
      title: mentions.length ? null : title,
      anon,
      firstPerson,
      pair,
      prefix,
    };
  }
}

/** Title words that name a body, not a person's office: no person's name is read through them. */
const BODY_TITLE = /^(ال)?(محكمه|وزاره|قياده|سلطات|شرطه|جيش|قوات|برلمان|حكومه|رءاسه|منظمه|وكاله|هيءه|لجنه)$/;

/** Honorifics that stand before a ruler's title and name (صاحب السمو، جلالة، فخامة، معالي). */
const HONORIFICS = new Set(['صاحب', 'سمو', 'السمو', 'سموه', 'جلاله', 'الجلاله', 'جلالته', 'فخامه', 'الفخامه', 'فخامته', 'معالي', 'المعالي', 'معاليه', 'سعاده', 'سماحه', 'سماحته']);

/** Words that head a body's name (حركة حماس، حزب الله): the name after them is the body, not a person's office. */
const BODY_WORD = /^(ال)?(حركه|حزب|جماعه|تنظيم|منظمه|وزاره|هيءه|لجنه|قياده|حكومه|جبهه|كتاءب|فصيل|محكمه|وكاله|قناه|صحيفه)$/;

/** A relative adjective (الأميركي، الروسية) modifies the name after it: وزير الخارجية الأميركي جون كيري. */
function isNisba(view: DocView, m: MentionRef): boolean {
  const k = matchKey(view.text.slice(m.start, m.end)).replace(/^و/, '');
  return m.entity.type === 'LOC' && !k.includes(' ') && /(ي|يه|يين|يون)$/.test(k) && !matchKey(m.entity.name).split(' ').includes(k);
}

/** True when a name starts within `n` words from i with no preposition, boundary or punctuation before it. */
function nameWithin(view: DocView, w: WordClasses, i: number, limit: number, n: number): boolean {
  let plain = 0;
  for (let k = i; k < Math.min(limit, i + n + 4); k++) {
    if (view.tokMention[k]) return true;
    const t = view.tokens[k]!;
    if (t.kind !== 'word') return false;
    const key = view.keys[k]!;
    if (isClass(w, 'prep', key) || isClass(w, 'boundary', key) || isClass(w, 'that', key) || isClass(w, 'relative', key)) return false;
    if (isClassLoose(w, 'title', key)) continue;
    if (++plain > n) return false;
  }
  return false;
}

/** A person's name after a body named by a mention or up to two plain words (عن الحزب حسن فضل الله). */
function personAfterBody(view: DocView, w: WordClasses, i: number, limit: number): boolean {
  let plain = 0;
  for (let k = i; k < Math.min(limit, i + 6); ) {
    const m = view.tokMention[k];
    if (m) {
      if (m.entity.type === 'PER') return k > i;
      k = Math.max(k + 1, m.last);
      continue;
    }
    if (view.tokens[k]!.kind !== 'word') return false;
    const key = view.keys[k]!;
    if (isClass(w, 'prep', key) || isClass(w, 'that', key) || isClass(w, 'boundary', key)) return false;
    if (++plain > 2) return false;
    k++;
  }
  return false;
}

/** رئيس المجلس التنفيذي في الحزب هاشم صفي الدين: up to three words of an unnamed body, في/عن, a body, then the person. */
function personAfterUnnamedBody(view: DocView, w: WordClasses, i: number, limit: number): boolean {
  for (let k = i; k < Math.min(limit, i + 4); k++) {
    if (view.tokMention[k] || view.tokens[k]!.kind !== 'word') return false;
    const key = view.keys[k]!;
    if (k > i && (key === 'في' || key === 'عن')) return personAfterBody(view, w, k + 1, limit);
    if (isClass(w, 'prep', key) || isClass(w, 'that', key) || isClass(w, 'boundary', key)) return false;
  }
  return false;
}

/**
 * المستشار بالديوان الملكي المشرف العام على المركز عبدالله الربيعة: a long title chain — titles, up to four other
 * words, bodies after على/في/عن or a clitic ب/ل — ending in a person. Never across مع، خلال، أمام، إلى, punctuation,
 * a time, a that-word or a verb of speech (قال الوزير في مؤتمر صحفي مع نظيره … is no chain).
 */
function personAfterTitleChain(view: DocView, w: WordClasses, i: number, limit: number): boolean {
  let plain = 0;
  for (let k = i; k < Math.min(limit, i + 10); ) {
    const m = view.tokMention[k];
    if (m) {
      if (m.entity.type === 'PER') return k > i;
      k = Math.max(k + 1, m.last);
      continue;
    }
    const t = view.tokens[k]!;
    if (t.kind !== 'word' || view.tokTime[k]) return false;
    const key = view.keys[k]!;
    if (isClass(w, 'that', key) || isClass(w, 'boundary', key) || isClass(w, 'relative', key)) return false;
    if (isClass(w, 'prep', key) && !/^(علي|في|عن)$/.test(key)) return false;
    if (!isClass(w, 'prep', key) && !isClassLoose(w, 'title', key) && ++plain > 4) return false;
    k++;
  }
  return false;
}

/** True when a person's name starts within n words, titles aside. */
function personWithin(view: DocView, w: WordClasses, i: number, limit: number, n: number): boolean {
  let plain = 0;
  for (let k = i; k < Math.min(limit, i + n + 3); k++) {
    const m = view.tokMention[k];
    if (m) return m.entity.type === 'PER';
    if (view.tokens[k]!.kind !== 'word') return false;
    if (isClassLoose(w, 'title', view.keys[k]!)) continue;
    if (++plain > n) return false;
  }
  return false;
}

/**
 * Lead-ins before a comma that precede the clause proper: من جهته، في المقابل، بدوره، وفي سياق آخر، (match keys).
 * Not على nor إلى (their keys end in ي, so the list held them dead until 2026-11-30): read as lead-ins, «وعلى سبيل
 * المثال،» and «إلى ذلك،» let a later verb take the next noun as its subject, which on 1,500 SaudiNewsNet articles
 * gave 5 wrong actors or speakers of 6 (إلى ذلك، دشن الأهلي تدريباته … طالب اللاعبين → a REQUEST by the club).
 */
const LEAD_INS = new Set(['من', 'في', 'وفي', 'ومن', 'بدوره', 'بدورها', 'بدورهم'].map(matchKey));

/**
 * The subject of a sentence's first verb (وبذل كيري … → كيري), or the phrase it opens with (SVO), after a
 * dateline (غزة - ، طهران (رويترز) -) and a lead-in up to a comma (من جهته، …).
 */
export function sentenceSubject(view: DocView, w: WordClasses, from: number, to: number): NounPhrase | null {
  let i = from;
  while (i < to && view.tokens[i]!.start < view.bodyStart) i++;
  if (i > from) while (i < to && view.tokens[i]!.kind === 'punct') i++;
  else {
    // a dateline the layout did not mark: the place, an agency in brackets, a date, then dashes
    let dash = -1;
    for (let k = from; k < Math.min(to, from + 12); k++) {
      const t = view.tokens[k]!;
      if (t.kind === 'punct' && /^[-–—]+$/.test(t.text)) dash = k;
      else if (t.kind === 'word' && !view.tokMention[k] && dash >= 0) break;
    }
    if (dash >= 0) i = dash + 1;
  }
  // من جانبه يتفق المستشار …، ومن جهتها أكدت …: the lead-in needs no comma
  if (i + 1 < to && /^و?من$/.test(view.keys[i]!) && /^(جانب|جهت|ناحيت)(ه|ها|هم|هما)$/.test(view.keys[i + 1]!)) {
    i += 2;
    if (i < to && view.tokens[i]!.text === '،') i++;
  } else if (i < to && LEAD_INS.has(view.keys[i]!)) {
    for (let k = i + 1; k < Math.min(to, i + 5); k++) {
      // (a place is part of the lead-in: «وفي الرباط، رحبت وزارة الخارجية المغربية …، واعتبرته» — the ministry, not Rabat)
      if (view.tokMention[k] && view.tokMention[k]!.entity.type !== 'LOC') break;
      if (view.tokens[k]!.text === '،' || view.tokens[k]!.text === ',') {
        i = k + 1;
        break;
      }
    }
  }
  // (a negation before the verb: «ولم يعلق مدير الوكالة رافائيل غروسي»)
  while (i < to && (view.tokens[i]!.kind !== 'word' || isSkippable(view, i) || ['كما', 'وكان', 'كان', 'وقد', 'قد', 'ومن', 'المتوقع', 'المقرر', 'المرتقب', 'لم', 'ولم', 'لن', 'ولن', 'لا', 'ولا'].includes(view.keys[i]!))) i++;
  // غير أن المرشح … طعن، لكن الوزير …: a contrast opens an SVO clause
  let svo = false;
  if (i + 1 < to && /^و?(غير|الا|بيد)$/.test(view.keys[i]!) && isClass(w, 'that', view.keys[i + 1]!)) (i += 2), (svo = true);
  else if (i + 1 < to && /^و?لكن$/.test(view.keys[i]!)) i++;
  if (i >= to) return null;
  const start = svo || view.tokMention[i] || isClassLoose(w, 'title', view.keys[i]!) || isClass(w, 'anon', view.keys[i]!) ? i : i + 1;
  let j = start;
  while (j < to && isSkippable(view, j)) j++;
  const np = readPhrase(view, w, j, to);
  return np && !/^[بل]/.test(np.prefix) ? np : null;
}

/** Reads a phrase backwards, ending just before token `end` (not before `floor`): the subject of an SVO clause. */
export function readPhraseBefore(view: DocView, w: WordClasses, end: number, floor: number): NounPhrase | null {
  let i = end - 1;
  while (i >= floor && isSkippable(view, i)) i--;
  if (i < floor) return null;
  // walk back over names, titles and و-conjuncts
  let start = -1;
  for (let k = i; k >= floor && i - k < 12; k--) {
    const key = view.keys[k]!;
    const m = view.tokMention[k];
    if (m) {
      start = Math.max(floor, m.first);
      k = m.first;
      if (/^[بل]/.test(view.mentionPrefix(m.first))) break;
      continue;
    }
    if (isClassLoose(w, 'title', key) && start >= 0) {
      start = k;
      continue;
    }
    break;
  }
  // a pair noun before the verb: أن الجانبين اتفقا (the two sides of the talks told before)
  if (start < 0 && isClassLoose(w, 'pair', view.keys[i]!)) return readPhrase(view, w, i, i + 1);
  if (start < 0) {
    // a bare title before the verb: قواتها شنت، الطائرات استهدفت
    let k = i;
    while (k >= floor && i - k < 4 && !view.tokMention[k] && isClassLoose(w, 'title', view.keys[k]!)) k--;
    if (k === i) return null;
    start = k + 1;
  }
  return readPhrase(view, w, start, i + 1);
}
