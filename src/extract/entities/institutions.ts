/**
 * Names the knowledge base does not hold, found by their shape (rules in data/kb/institutions.tsv):
 * - an institution or association: a head word (وزارة، هيئة، مجلس، لجنة، نادي، حركة …, clitics allowed)
 *   followed by one or two definite nouns and an optional demonym that gives the country:
 *   «وزارة الداخلية الكويتية», «وزارة الكهرباء العراقية», «تجمع المهنيين السودانيين»,
 *   «نادي الأسير الفلسطيني». An indefinite complement («لجنة مشتركة») is not a name;
 * - a person: two or three name-like words right after «يدعى» / «المدعو» or after a title phrase
 *   (الناطق باسم الحكومة الأردنية مهند المبيضين).
 * The linker (link.ts) keeps a phrase only where no knowledge-base match or recogniser mention says
 * otherwise.
 */
import type { Token } from '../../text/analyzer.js';
import { romanize } from '../../text/transliterate.js';
import { matchKey } from '../../text/normalize.js';
import { memoByOwnerAndKey } from '../memo.js';
import { offsetAfterKeyLetters, type GazetteerMatch } from './gazetteer.js';
import { variantsOf, type LinkLexicon } from './lexicon.js';

export interface NamePhrase {
  type: 'ORG' | 'PER';
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  /** match key, clitic of the first word stripped */
  key: string;
  /** the demonym inside the phrase (ORG) or its title (PER), which gives the country */
  demonym: GazetteerMatch | null;
  /** readable English name (ORG); PER names are romanised by the linker */
  nameEn: string | null;
  /** the role a title before a person gives (spokesperson …) */
  role?: string;
  /** the name stops before a noun and its adjective the recogniser may have taken into it («نبيل عبدالله | المليشيا المتمردة») */
  objectCut?: boolean;
  evidence: string;
}

/** Title phrases by their first word's key (longest first), and the set of those first words. */
const titleIndex = new WeakMap<LinkLexicon, Map<string, LinkLexicon['titles']>>();
function titlesByFirst(lex: LinkLexicon): Map<string, LinkLexicon['titles']> {
  let m = titleIndex.get(lex);
  if (!m) {
    m = new Map();
    for (const t of lex.titles) {
      const list = m.get(t.tokens[0]!) ?? [];
      list.push(t);
      m.set(t.tokens[0]!, list);
    }
    titleIndex.set(lex, m);
  }
  return m;
}

/** Only white space between two tokens (no punctuation, no line break). */
/** True when token b is a word that follows token a with only spaces between (same line, no punctuation). */
export const adjacent = (text: string, a: Token, b: Token) => b.kind === 'word' && /^[ \t\u00a0]+$/.test(text.slice(a.end, b.start));

/** A relative adjective (match key): القومي، الإسلاميه، العالميين */
const NISBA = /(ي|يه|يين|يون|يات)$/;

/** A definite word: «ال» written (آلاف "thousands" shares the match key's letters but is no article). */
const definite = (t: Token) => t.norm.startsWith('ال') && t.norm.length >= 4 && !t.text.startsWith('آ');

/** What turns a head and its complement into a name (else «حركة السوق»، «مجلس الجامعة» are ordinary phrases). */
type Qualifier = 'demonym' | 'adjective' | 'coordination' | 'portfolio' | 'place';

/**
 * Organisations named by an institution head and definite complements. The phrase is a name only with a
 * qualifier: a demonym (وزارة الداخلية الكويتية), a relative or listed adjective (لجنة الأمن القومي), a
 * coordinated second complement (جمعية الثقافة والفنون، هيئة التحقيق والادعاء العام), a portfolio that
 * names a ministry or authority (وزارة الصحة), or a place right after it (هيئة الموانئ في مصر). A head that
 * is also a common word (حركة movement, سلطة salad, تجمع gathering) needs more: a complement that names a
 * cause (حركة المقاومة الإسلامية، تجمع المهنيين السودانيين) or, for the «weak» heads, a portfolio
 * (سلطة المياه الفلسطينية), and a second complement or a demonym — «حركة السوق السعودية» (the market's
 * movement), «حركة الرياح السطحية» are no bodies.
 */
export function findInstitutions(text: string, tokens: Token[], gaz: GazetteerMatch[], lex: LinkLexicon): NamePhrase[] {
  const gazAt = new Map<number, GazetteerMatch>();
  for (const g of gaz) gazAt.set(g.tokenStart, g);
  const excluded = (t: Token) =>
    lex.triggers.has(t.norm) || lex.modifiers.has(t.norm) || titlesByFirst(lex).has(t.norm) || lex.notInstitution.has(t.norm) || lex.stopwords.has(t.norm);
  const out: NamePhrase[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i]!;
    if (head.kind !== 'word') continue;
    const v = variantsOf(head.norm).find((x) => lex.institutionHeads.has(x.key));
    if (!v) continue;
    // «رئيس مجلس الوزراء»: the phrase belongs to a person's title
    const prev = tokens[i - 1];
    if (prev && adjacent(text, prev, head) && variantsOf(prev.norm).some((x) => lex.institutionHolders.has(x.key))) continue;
    // the complement: one definite noun, no title, trigger, modifier, time word or demonym
    const first = tokens[i + 1];
    if (!first || !adjacent(text, head, first) || !definite(first) || excluded(first) || gazAt.get(i + 1)?.kind === 'demonym') continue;
    // «هيئة الدفاع» is a defendant's lawyers, not the Defence Authority
    if (lex.notInstitution.has(`${v.key} ${first.norm}`)) continue;
    const qualifiers = new Set<Qualifier>();
    if (lex.institutionWords.has(first.norm)) qualifiers.add('portfolio');
    let demonym: GazetteerMatch | null = null;
    let k = i + 2;
    while (k < tokens.length && k - i <= 4) {
      const t = tokens[k]!;
      if (!adjacent(text, tokens[k - 1]!, t)) break;
      const g = gazAt.get(k);
      if (g?.kind === 'demonym' && definite(t)) {
        // the demonym closes the name: «وزارة الداخلية الكويتية»
        demonym = g;
        qualifiers.add('demonym');
        k = g.tokenEnd;
        break;
      }
      // «جمعية الثقافة والفنون»: one coordinated definite noun
      const conj = t.norm.startsWith('وال') && t.norm.length >= 5 && !qualifiers.has('coordination') && !qualifiers.has('adjective');
      if (conj) {
        const bare = { ...t, norm: t.norm.slice(1), text: t.text.slice(1) };
        // a list, not a name, when the second noun is a body or a name of its own: «مجلس النواب
        // والحكومة», «حزب النور والجمعية الشرعية», «نادي الشباب والفتح»
        const g = gazAt.get(k);
        if (excluded(bare) || lex.institutionHeads.has(bare.norm.slice(2)) || (g?.kind === 'name' && g.entries.some((e) => !g.weakFor.has(e)))) break;
        qualifiers.add('coordination');
        k++;
        continue;
      }
      if (!definite(t) || excluded(t) || gazAt.get(k)?.kind === 'name') break;
      // after a definite complement only an adjective continues the name, and the relative adjective
      // (nisba, -ي/-ية) is the one that can be told by its form: «لجنة الأمن القومي», «وزارة الشؤون
      // الإسلامية»; «قرر مجلس الوزراء الموافقة» ends before the verbal noun
      const pair = lex.institutionWords.has(`${tokens[k - 1]!.norm} ${t.norm}`);
      if (!NISBA.test(t.norm) && !lex.institutionAdjectives.has(t.norm) && !pair) break;
      if (pair) qualifiers.add('portfolio');
      else qualifiers.add('adjective');
      k++;
    }
    // «هيئة الموانئ في مصر»: a place right after the phrase
    const after = tokens[k];
    if (after && after.norm === 'في' && adjacent(text, tokens[k - 1]!, after) && gazAt.get(k + 1)?.entries.every((e) => e.entityType === 'LOC')) qualifiers.add('place');
    if (!qualifiers.size) continue;
    const weak = lex.weakHeads.get(v.key);
    if (weak) {
      const cause = lex.institutionCauses.has(first.norm) || (weak === 'portfolio' && lex.institutionWords.has(first.norm));
      if (!cause || (k === i + 2 && !demonym)) continue;
    }
    const start = offsetAfterKeyLetters(head.text, head.start, v.consumed);
    const restTokens = tokens.slice(i + 1, demonym ? demonym.tokenStart : k);
    const key = [v.key, ...tokens.slice(i + 1, k).map((t) => t.norm)].join(' ');
    const rest = restTokens.map((t) => t.norm).join(' ');
    // listed adjectives go first in English, a coordinated noun takes «and»: «قوات الأمن العام» → General
    // Security Forces, «جهاز الإسعاف والطوارئ» → Ambulance and Emergency Service
    const wordEn = (t: Token): string => {
      const en = lex.institutionWords.get(t.norm) ?? lex.institutionCauses.get(t.norm);
      if (en) return en;
      if (t.norm.startsWith('وال') && t.norm.length >= 5) {
        const bare = t.norm.slice(1);
        const b = lex.institutionWords.get(bare) ?? lex.institutionCauses.get(bare);
        if (b) return `and ${b}`;
      }
      return romanize(t.text);
    };
    const adjectives = restTokens.filter((t, n) => n > 0 && lex.institutionAdjectives.get(t.norm));
    const restEn =
      lex.institutionWords.get(rest) ??
      [...adjectives.map((t) => lex.institutionAdjectives.get(t.norm)!.replace(/^./, (c) => c.toUpperCase())), ...restTokens.filter((t) => !adjectives.includes(t)).map(wordEn)].join(' ');
    const whole = lex.institutionWords.get(`${v.key} ${rest}`);
    const nameEn = (whole ?? lex.institutionHeads.get(v.key)!.replace('{}', restEn)) + (demonym ? ` (${demonym.entries[0]!.en})` : '');
    out.push({
      type: 'ORG', start, end: tokens[k - 1]!.end, tokenStart: i, tokenEnd: k, key, demonym, nameEn,
      evidence: `institution phrase: «${text.slice(start, tokens[k - 1]!.end)}» (head «${text.slice(start, head.end)}» + definite complement + ${[...qualifiers].join(', ')})`,
    });
    i = k - 1;
  }
  return out;
}

/** The word for an office that speaks for a title's holder: «مكتب رئيس الوزراء». */
const OFFICE = 'مكتب';
/** Roles whose office is a body even without a country: «مكتب الرئيس», «مكتب المرشد». */
const OFFICE_ROLES = new Set(['head-of-state', 'head-of-government', 'prime-minister', 'king', 'queen', 'crown-prince', 'emir', 'sultan', 'supreme-leader', 'secretary-general']);

/**
 * An office named by the title it serves, with the demonym that gives its country: «مكتب رئيس الوزراء
 * الإسرائيلي» → ORG «Office of the Prime Minister (Israel)» (the statement is the office's, not the person's
 * named after it). The title comes from data/kb/titles.tsv; «مكتب» alone or before an ordinary word is no name.
 */
export function findOffices(text: string, tokens: Token[], gaz: GazetteerMatch[], lex: LinkLexicon): NamePhrase[] {
  const demonymAt = new Map<number, GazetteerMatch>();
  for (const g of gaz) if (g.kind === 'demonym') demonymAt.set(g.tokenStart, g);
  const out: NamePhrase[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const head = tokens[i]!;
    if (head.kind !== 'word') continue;
    const v = variantsOf(head.norm).find((x) => x.key === OFFICE);
    if (!v || !adjacent(text, head, tokens[i + 1]!)) continue;
    const title = (titlesByFirst(lex).get(tokens[i + 1]!.norm) ?? []).find((t) =>
      t.role !== 'counterpart' && t.tokens.every((w, k) => tokens[i + 1 + k]?.norm === w && (k === 0 || adjacent(text, tokens[i + k]!, tokens[i + 1 + k]!))),
    );
    if (!title) continue;
    let k = i + 1 + title.tokens.length;
    const d = tokens[k] && adjacent(text, tokens[k - 1]!, tokens[k]!) ? demonymAt.get(k) : undefined;
    if (d) k = d.tokenEnd;
    // «مكتب النائب», «مكتب المبعوث» are somebody's office, not a body: a one-word title needs a demonym
    // unless it names a head of state or government
    if (!d && title.tokens.length === 1 && !OFFICE_ROLES.has(title.role)) continue;
    const start = offsetAfterKeyLetters(head.text, head.start, v.consumed);
    const roleEn = title.role.split('-').map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
    out.push({
      type: 'ORG', start, end: tokens[k - 1]!.end, tokenStart: i, tokenEnd: k,
      key: [v.key, ...tokens.slice(i + 1, k).map((t) => t.norm)].join(' '), demonym: d ?? null,
      nameEn: `Office of the ${roleEn}${d ? ` (${d.entries[0]!.en})` : ''}`,
      evidence: `office phrase: «${text.slice(start, tokens[k - 1]!.end)}» (head «${text.slice(start, head.end)}» + title)`,
    });
    i = k - 1;
  }
  return out;
}

/** Title phrases whose first word is the token (after its clitics), longest first; once per key. */
const titleStarts = memoByOwnerAndKey((lex: LinkLexicon, norm: string): LinkLexicon['titles'] => {
  const byFirst = titlesByFirst(lex);
  return variantsOf(norm).flatMap((v) => byFirst.get(v.key) ?? []).sort((a, b) => b.tokens.length - a.tokens.length);
});

function titlesStartingWith(norm: string, lex: LinkLexicon): LinkLexicon['titles'] {
  return titleStarts(lex, norm);
}

/**
 * «المجلس الأعلى للقضاء», «الهيئة العامة للرياضة», «المنظمة الدولية للهجرة»: a definite institution head, one or
 * two adjectives (a relative adjective or a listed one: الأعلى، العامة) and its field with ل (للقضاء; لكرة القدم),
 * relative adjectives after it (المؤسسة العامة للتأمينات الاجتماعية). Heads that are also common words
 * (حركة، سلطة …) and a head inside a person's title (رئيس المجلس الأعلى …: the body is still named) are
 * handled as in findInstitutions; without an adjective the phrase is no name («المجلس للنظر في …»).
 */
const RELATIVES = new Set(['التي', 'الذي', 'اللذين', 'اللتين', 'الذين', 'اللاتي', 'اللواتي']);

export function findDefiniteBodies(text: string, tokens: Token[], gaz: GazetteerMatch[], lex: LinkLexicon): NamePhrase[] {
  const gazAt = new Map<number, GazetteerMatch>();
  for (const g of gaz) gazAt.set(g.tokenStart, g);
  const out: NamePhrase[] = [];
  const adjective = (k: number) => {
    const t = tokens[k];
    if (!t || t.kind !== 'word' || !definite(t) || lex.stopwords.has(t.norm) || RELATIVES.has(t.norm) || !(NISBA.test(t.norm) || lex.institutionAdjectives.has(t.norm))) return false;
    // (a country's name that is also its demonym is the adjective here: «اللجنة السعودية للرقابة على المنشطات»)
    const g = gazAt.get(k);
    return g?.kind !== 'name' || (NISBA.test(t.norm) && g.tokenEnd === k + 1 && g.entries.every((e) => e.id.startsWith('country:')));
  };
  for (let i = 0; i < tokens.length - 2; i++) {
    const head = tokens[i]!;
    if (head.kind !== 'word' || !head.norm.includes('ال')) continue;
    const v = variantsOf(head.norm).find((x) => x.key.startsWith('ال') && ((lex.institutionHeads.has(x.key.slice(2)) && !lex.weakHeads.has(x.key.slice(2))) || lex.definiteHeads.has(x.key.slice(2))));
    if (!v) continue;
    let k = i + 1;
    let adjectives = 0;
    let countryAdjective: GazetteerMatch | null = null;
    while (k < tokens.length && adjectives < 2 && adjacent(text, tokens[k - 1]!, tokens[k]!) && adjective(k)) {
      if (gazAt.get(k)?.kind === 'name') countryAdjective = gazAt.get(k)!;
      k++, adjectives++;
    }
    if (!adjectives || k >= tokens.length || !adjacent(text, tokens[k - 1]!, tokens[k]!)) continue;
    // the country it rules or serves, after في: «المجلس العسكري الحاكم في النيجر» (a country, not a town: «المجلس المحلي في حلب» is no name)
    // (not after a demonym, which already names the country: «الحزب الشيوعي الأميركي | في الولايات المتحدة»)
    const country = tokens[k]!.norm === 'في' && !tokens.slice(i + 1, k).some((_, n) => gazAt.get(i + 1 + n)?.kind === 'demonym') ? gazAt.get(k + 1) : undefined;
    if (country && country.kind === 'name' && country.entries[0]?.id.startsWith('country:') && adjacent(text, tokens[k]!, tokens[k + 1]!)) {
      const start = offsetAfterKeyLetters(head.text, head.start, v.consumed);
      out.push({
        type: 'ORG', start, end: tokens[country.tokenEnd - 1]!.end, tokenStart: i, tokenEnd: country.tokenEnd,
        key: [v.key, ...tokens.slice(i + 1, country.tokenEnd).map((t) => t.norm)].join(' '), demonym: country, nameEn: null,
        evidence: `body named by a head, an adjective and its country: «${text.slice(start, tokens[country.tokenEnd - 1]!.end)}»`,
      });
      i = country.tokenEnd - 1;
      continue;
    }
    // the field: لل + noun (للقضاء), or ل + a noun in construct with a definite one (لكرة القدم)
    const field = tokens[k]!;
    if (field.kind !== 'word' || !field.norm.startsWith('ل')) continue;
    if (field.norm.startsWith('لل') && field.norm.length >= 5) k++;
    else if (field.norm.length >= 4 && !field.norm.startsWith('لال') && tokens[k + 1] && adjacent(text, field, tokens[k + 1]!) && definite(tokens[k + 1]!) && !lex.stopwords.has(tokens[k + 1]!.norm)) k += 2;
    // (ل + a noun in construct with a name: «اللجنة التنفيذية لسوق عكاظ»)
    else if (field.norm.length >= 4 && !field.norm.startsWith('لال') && tokens[k + 1] && adjacent(text, field, tokens[k + 1]!) && gazAt.get(k + 1)?.kind === 'name' && gazAt.get(k + 1)!.tokenStart === k + 1) k = gazAt.get(k + 1)!.tokenEnd;
    else continue;
    if (lex.stopwords.has(field.norm) || lex.triggers.has(field.norm.slice(1))) continue;
    // (a coordinated second field: «الإدارة العامة للعلاقات والإعلام»)
    const conj = tokens[k];
    if (conj && conj.kind === 'word' && adjacent(text, tokens[k - 1]!, conj) && conj.norm.startsWith('وال') && conj.norm.length >= 6 && !lex.stopwords.has(conj.norm.slice(1)) && !gazAt.get(k) && !lex.institutionHeads.has(conj.norm.slice(3)) && !lex.triggers.has(conj.norm.slice(1)) && !titlesByFirst(lex).has(conj.norm.slice(1))) k++;
    let demonym: GazetteerMatch | null = countryAdjective;
    for (let n = 0; n < 2 && k < tokens.length && adjacent(text, tokens[k - 1]!, tokens[k]!); n++) {
      const g = gazAt.get(k);
      if (g?.kind === 'demonym' && definite(tokens[k]!)) {
        demonym = g;
        k = g.tokenEnd;
        break;
      }
      if (!adjective(k)) break;
      k++;
    }
    const start = offsetAfterKeyLetters(head.text, head.start, v.consumed);
    out.push({
      type: 'ORG', start, end: tokens[k - 1]!.end, tokenStart: i, tokenEnd: k,
      key: [v.key, ...tokens.slice(i + 1, k).map((t) => t.norm)].join(' '), demonym, nameEn: null,
      evidence: `body named by a head, an adjective and its field: «${text.slice(start, tokens[k - 1]!.end)}»`,
    });
    i = k - 1;
  }
  return out;
}

/** Reporting verbs and the like that may follow a title without a name: «الناطق باسم الحكومة قال». */
function nameLike(t: Token | undefined, lex: LinkLexicon, gazAt: Map<number, GazetteerMatch>, index: number): boolean {
  if (!t || t.kind !== 'word' || t.norm.length < 2) return false;
  if (lex.stopwords.has(t.norm) || lex.notInstitution.has(t.norm) || lex.introducers.has(t.norm)) return false;
  if (lex.triggers.has(t.norm) || lex.institutionHeads.has(t.norm) || lex.modifiers.has(t.norm)) return false;
  if (titlesByFirst(lex).has(t.norm)) return false;
  const g = gazAt.get(index);
  if (g && (g.kind === 'demonym' || g.entries.every((e) => e.entityType !== 'PER'))) return false;
  return true;
}

/** The role of «الشيخ», an honorific that also stands before a verb's object: «التقى الشيخ أحمد السالم | الوفد». */
const HONORIFIC = 'sheikh';

/** Time words after a name (match keys): «العميد علي كاظم الموسوي الأربعاء» keeps its family name. */
const DAY_WORDS = new Set(['الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت', 'الاحد', 'اليوم', 'الليله', 'الماضي', 'الحالي']);

const NAME_LINKS = new Set(['بن', 'ابن', 'ابو', 'عبد', 'بنت', 'ام']);
const NASAB_LINKS = new Set(['بن', 'ابن', 'بنت']);

/** After a reporting verb and a given name, a second word this rare (a family name with the article: four times as common) is the name's. */
const VERB_SUBJECT_RARE = 150;

/** Words this rare in general news (data/lexicons/wordfreq.tsv) right after «المتحدث باسم X» read as a name. */
const RARE_NAME_COUNT = 30;

/**
 * Persons named right after «يدعى» / «المدعو» or after a title phrase, with the words that may sit between
 * a title and a name skipped: a modifier (السابق), a demonym or place (الأردنية), and after «باسم» the
 * body spoken for (الحكومة، وزارة الخارجية). The first name word is indefinite (a given name);
 * a third word is taken when it is a family name with the article (علي كاظم الموسوي) or follows بن/أبو.
 */
export function findTitledNames(text: string, tokens: Token[], gaz: GazetteerMatch[], lex: LinkLexicon): NamePhrase[] {
  const gazAt = new Map<number, GazetteerMatch>();
  for (const g of gaz) gazAt.set(g.tokenStart, g);
  const out: NamePhrase[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    let after = -1;
    let what = '';
    let bodyFollows = false;
    let role: string | undefined;
    let introduced = false;
    /** where the words after the title start (after «باسم», the body spoken for) */
    let bodyStart = -1;
    /** the title is an indefinite head in construct with a definite noun (رئيس المجلس): a common word after the name is no family name */
    let construct = false;
    let afterVerb = false;
    /** a demonym in the title phrase gives the person's country: «الناطق باسم الحكومة الأردنية» */
    let demonym: GazetteerMatch | null = null;
    // «يدعى» (is called), not «يدعي» (claims): the two share a match key, so the written ى decides
    if (variantsOf(t.norm).some((v) => lex.introducers.has(v.key)) && /(ى|ُ?دعو|ُ?دعوة)[\u064b-\u0652]*$/.test(t.text)) {
      after = i + 1;
      what = t.text;
      introduced = true;
    } else if (lex.isReportingVerb(t.norm)) {
      // «ويقول محمد البدري …»: a reporting verb's subject, a known given name and a rare or family word after it
      // (not a name the knowledge base holds — «نفاه كيري اثناء» —, nor «ونفى رامي خلاف ذلك»: see below)
      after = i + 1;
      what = t.text;
      afterVerb = true;
    } else {
      // title phrases, longest first; the title must be definite or end with «باسم»
      const candidates = titlesStartingWith(t.norm, lex);
      for (const title of candidates) {
        const n = title.tokens.length;
        if (i + n > tokens.length) continue;
        let ok = true;
        for (let k = 1; k < n && ok; k++) ok = tokens[i + k]!.norm === title.tokens[k] && adjacent(text, tokens[i + k - 1]!, tokens[i + k]!);
        if (!ok) continue;
        const last = title.tokens[n - 1]!;
        bodyFollows = last === 'باسم';
        // an indefinite title is in construct with a definite noun: «رئيس الديوان الملكي الأسبق باسم عوض الله»
        // (the noun then reads as the title's own definite end: adjectives and a known given name follow)
        const complement = tokens[i + n];
        const inConstruct = !!complement && adjacent(text, tokens[i + n - 1]!, complement) && definite(complement) && !lex.stopwords.has(complement.norm) && !titlesByFirst(lex).has(complement.norm) && !gazAt.get(i + n);
        if (!bodyFollows && !title.tokens[0]!.startsWith('ال') && !last.startsWith('ال') && !inConstruct) break;
        construct = !bodyFollows && !title.tokens[0]!.startsWith('ال') && !last.startsWith('ال');
        after = i + n + (construct ? 1 : 0);
        if (title.role !== 'counterpart') role = title.role;
        what = text.slice(t.start, tokens[i + n - 1]!.end);
        break;
      }
      if (after < 0) continue;
      bodyStart = after;
      // skip what may stand between the title and the name
      let skipped = 0;
      let adjectives = 0;
      let bodyRead = false;
      const rareWord = (t: Token | undefined) => !!t && t.kind === 'word' && !lex.stopwords.has(t.norm) && lex.wordCount(t.norm) < RARE_NAME_COUNT;
      const titleDefinite = definite(tokens[after - 1]!);
      while (after < tokens.length && skipped < 5 && adjacent(text, tokens[after - 1]!, tokens[after]!)) {
        const w = tokens[after]!;
        const g = gazAt.get(after);
        if (lex.modifiers.has(w.norm)) after++;
        else if (g && (g.kind === 'demonym' || g.entries.every((e) => e.entityType !== 'PER'))) {
          if (g.kind === 'demonym') demonym = g;
          if (bodyFollows) bodyRead = true;
          after = g.tokenEnd;
        }
        // (a rare definite word and a rare word after the body are the name: «لقائد الدعم السريع الباشا طبيق»)
        else if (bodyFollows && bodyRead && definite(w) && rareWord(w) && !titlesByFirst(lex).has(w.norm) && rareWord(tokens[after + 1]) && !definite(tokens[after + 1]!) && !titlesByFirst(lex).has(tokens[after + 1]!.norm) && adjacent(text, w, tokens[after + 1]!) && !g) break;
        else if (bodyFollows && (definite(w) || lex.institutionHeads.has(w.norm))) after++, (bodyRead = true);
        // (an indefinite head's complement in construct: «الناطق باسم تنسيقية اعتصام الكامور طارق الحداد»)
        else if (bodyFollows && bodyRead && variantsOf(tokens[after - 1]!.norm).some((v) => lex.institutionHeads.has(v.key)) && !definite(w) && !lex.givenNames.has(w.norm) && !g) after++;
        // «المستشار الإعلامي لقائد الدعم السريع»: ل + a title after a definite title opens the body its holder leads
        else if (!bodyFollows && titleDefinite && w.norm.length > 3 && w.norm.startsWith('ل') && titlesByFirst(lex).has(w.norm.slice(1)) && tokens[after + 1] && (definite(tokens[after + 1]!) || gazAt.get(after + 1)?.kind === 'name')) after++, (bodyFollows = true);
        // «رئيس الوفد الحكومي المفاوض هادي هيج»: after a title ending in a definite noun, up to two definite
        // adjectives describe it (the name after them must still start with a known given name)
        else if (!bodyFollows && titleDefinite && adjectives < 2 && definite(w) && !g && !lex.stopwords.has(w.norm) && !lex.institutionHeads.has(w.norm) && !titlesByFirst(lex).has(w.norm)) after++, adjectives++;
        // «القيادية في الحزب بيسي هوزات»: the title's body after في, then the name (as after «باسم»)
        else if (w.norm === 'في' && skipped === 0 && tokens[after + 1] && (definite(tokens[after + 1]!) || gazAt.get(after + 1)?.kind === 'name')) {
          bodyFollows = true;
          after = gazAt.get(after + 1)?.kind === 'name' ? gazAt.get(after + 1)!.tokenEnd : after + 2;
        }
        else break;
        skipped++;
      }
    }
    if (after <= i || after >= tokens.length || !adjacent(text, tokens[after - 1]!, tokens[after]!)) continue;
    const first = tokens[after]!;
    const second = tokens[after + 1];
    const rare = (t: Token | undefined) => !!t && t.kind === 'word' && lex.wordCount(t.norm) < RARE_NAME_COUNT;
    // (a name may open with a rare definite word after a body: «الباشا طبيق»)
    if ((first.norm.startsWith('ال') && !(bodyFollows && rare(first) && rare(second) && !!second && !definite(second) && i < after - 2)) || !nameLike(first, lex, gazAt, after)) continue;
    // after a title, the name must start with a known given name (a title is often followed by a verb) —
    // except after «المتحدث باسم X» or a title with its country's demonym, where two rare indefinite words are the
    // name: «دوغ الدر», «وزير الأمن الداخلي الإسرائيلي جلعاد أردان» (a foreign name the lists cannot hold)
    const foreign = !!second && rare(first) && rare(second) && adjacent(text, first, second) && (bodyFollows || (demonym !== null && !afterVerb && !/^[وف]/.test(first.text) && !definite(second)));
    if (!introduced && !lex.givenNames.has(first.norm) && !foreign) continue;
    // «على» (on) shares its match key with the name «علي»
    if (first.text.replace(/[\u064b-\u0652\u0640]/g, '').endsWith('على')) continue;
    if (!second || !adjacent(text, first, second) || !nameLike(second, lex, gazAt, after + 1)) continue;
    // («قال لقمان لابنه»: a common word behind a preposition is no name word)
    if (afterVerb && variantsOf(second.norm).some((v) => v.consumed > 0 && lex.wordCount(v.key) >= VERB_SUBJECT_RARE)) continue;
    if (afterVerb && (gazAt.get(after)?.kind === 'name' || first.norm.length < 3 || lex.stopwords.has(first.norm) || SPEECH_OPENERS.has(first.norm) || !(lex.wordCount(second.norm) < VERB_SUBJECT_RARE || (definite(second) && second.norm.length >= 5 && lex.wordCount(second.norm) < VERB_SUBJECT_RARE * 4)))) continue;
    // (a common definite noun with a definite adjective agreeing with it starts the verb's object: «العميد نبيل عبدالله |
    // المليشيا المتمردة»; not «… الراشد الحكومة»)
    const nounThenAdjective = (w: Token, next: Token | undefined): boolean =>
      !NAME_LINKS.has(second.norm) && !!next && adjacent(text, w, next) && definite(next) && (/[اه]$/.test(w.norm) ? /ه$/.test(next.norm) : /(ي|ين|ون)$/.test(next.norm)) && !lex.stopwords.has(next.norm) && !DAY_WORDS.has(next.norm) && lex.wordCount(w.norm) >= RARE_NAME_COUNT && !gazAt.has(after + 2);
    // after the honorific «الشيخ» (a word of many uses) the second word is a father's name or a family name with the
    // article: «الشيخ حكمت الهجري», not «ابتدأ الشيخ عبدالله مباشرة»; a third word only after a father's name
    if (role === HONORIFIC && !lex.givenNames.has(second.norm) && !(definite(second) && second.norm.length >= 5)) continue;
    let end = after + 2;
    const third = role === HONORIFIC && !lex.givenNames.has(second.norm) ? undefined : tokens[end];
    // (after a verb, a common definite word is the person's description, not the name: «أوضح هاني الحسيني الخبير الاقتصادي»;
    // so after a title in construct, «الشيخ», or a family name already: «رئيس المجلس محمد الناصر | التصويت»; «الله» closes
    // a compound name: «باسم عوض الله»)
    const objectCut = !!third && nounThenAdjective(third, tokens[end + 1]);
    if (third && adjacent(text, second, third) && nameLike(third, lex, gazAt, end) && (NAME_LINKS.has(second.norm) || definite(third)) && !((afterVerb || foreign || construct || role === HONORIFIC || definite(second)) && lex.wordCount(third.norm) >= VERB_SUBJECT_RARE && third.norm !== 'الله') && !objectCut) end++;
    // «الدكتور إبراهيم بن عبدالعزيز العساف», «عادل بن أحمد الجبير»: a nasab goes on (بن + a name) and ends with the family name
    // (a family name is a rarer word with no adjective after it: «متعب بن عبدالله الحرس الوطني», a list of tags, ends before الحرس)
    if (end === after + 3 && NAME_LINKS.has(second.norm)) {
      while (end + 1 < tokens.length && end - after < 6 && NASAB_LINKS.has(tokens[end]!.norm) && adjacent(text, tokens[end - 1]!, tokens[end]!) && adjacent(text, tokens[end]!, tokens[end + 1]!) && nameLike(tokens[end + 1], lex, gazAt, end + 1)) end += 2;
      const family = tokens[end];
      if (family && adjacent(text, tokens[end - 1]!, family) && definite(family) && nameLike(family, lex, gazAt, end) && lex.wordCount(family.norm) < 1000 && !(tokens[end + 1] && adjacent(text, family, tokens[end + 1]!) && definite(tokens[end + 1]!))) end++;
    }
    const key = tokens.slice(after, end).map((x) => x.norm).join(' ');
    out.push({
      type: 'PER', start: first.start, end: tokens[end - 1]!.end, tokenStart: after, tokenEnd: end, key, demonym, nameEn: null,
      evidence: `a name after «${what}»`,
      ...(role ? { role } : {}),
      ...(objectCut && end === after + 2 ? { objectCut: true } : {}),
    });
    // the body a spokesman speaks for, opening with an institution's head and with no known name inside, is a body of its
    // own: «الناطق الرسمي باسم تنسيقية اعتصام الكامور طارق الحداد»
    // (a rank or title before the name is not the body's: «باسم هيئة الأركان العامة | العميد علي حسين»)
    let bodyEnd = after;
    while (bodyEnd > bodyStart + 1 && (titlesByFirst(lex).has(tokens[bodyEnd - 1]!.norm) || lex.modifiers.has(tokens[bodyEnd - 1]!.norm))) bodyEnd--;
    const bodyHead = bodyFollows && bodyStart >= 0 && bodyEnd - bodyStart >= 2 ? variantsOf(tokens[bodyStart]!.norm).find((v) => lex.institutionHeads.has(v.key)) : undefined;
    if (bodyHead && !tokens.slice(bodyStart, bodyEnd).some((_, n) => gazAt.has(bodyStart + n)) && tokens.slice(bodyStart + 1, bodyEnd).every((t) => t.kind === 'word' && !lex.stopwords.has(t.norm))) {
      const start = offsetAfterKeyLetters(tokens[bodyStart]!.text, tokens[bodyStart]!.start, bodyHead.consumed);
      out.push({
        type: 'ORG', start, end: tokens[bodyEnd - 1]!.end, tokenStart: bodyStart, tokenEnd: bodyEnd,
        key: [bodyHead.key, ...tokens.slice(bodyStart + 1, bodyEnd).map((t) => t.norm)].join(' '), demonym: null,
        nameEn: lex.institutionHeads.get(bodyHead.key)!.replace('{}', tokens.slice(bodyStart + 1, bodyEnd).map((t) => romanize(t.text)).join(' ')),
        evidence: `the body «${what}» speaks for: «${text.slice(start, tokens[bodyEnd - 1]!.end)}»`,
      });
    }
    i = end - 1;
  }
  return out;
}

/** Bodies every state has, named by a definite noun and the state's demonym (match keys → English). */
const NATIONAL_BODIES = new Map<string, string>([
  ['الشرطه', 'Police'],
  ['النيابه العامه', 'Public Prosecution'],
  ['قوات الامن', 'Security Forces'],
  ['الاجهزه الامنيه', 'Security Services'],
  ['خفر السواحل', 'Coast Guard'],
  // a state's branches and contingents: «القوات الجوية المصرية», «قوات حفظ السلام الروسية»
  ['القوات الجويه', 'Air Force'],
  ['القوات البحريه', 'Navy'],
  ['القوات البريه', 'Land Forces'],
  ['قوات حفظ السلام', 'Peacekeeping Forces'],
]);

/**
 * «وقالت الشرطة البريطانية إنها …», «النيابة العامة المصرية»: a body every state has, named by a definite noun
 * and a demonym, is that state's body (an ORG with the country), not the country itself; «وذكرت الشرطة» later
 * refers back to it through its head word.
 */
const NATIONAL_BY_FIRST = new Map<string, Array<{ words: string[]; en: string }>>();
for (const [name, en] of NATIONAL_BODIES) {
  const words = name.split(' ');
  const list = NATIONAL_BY_FIRST.get(words[0]!) ?? [];
  list.push({ words, en });
  NATIONAL_BY_FIRST.set(words[0]!, list);
}
const NATIONAL_FIRSTS = [...NATIONAL_BY_FIRST.keys()];

export function findNationalBodies(text: string, tokens: Token[], gaz: GazetteerMatch[]): NamePhrase[] {
  const demonymAt = new Map<number, GazetteerMatch>();
  for (const g of gaz) if (g.kind === 'demonym') demonymAt.set(g.tokenStart, g);
  const out: NamePhrase[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i]!;
    if (head.kind !== 'word' || !NATIONAL_FIRSTS.some((f) => head.norm.endsWith(f))) continue;
    for (const v of variantsOf(head.norm)) {
      for (const { words, en } of NATIONAL_BY_FIRST.get(v.key) ?? []) {
        let ok = true;
        for (let k = 1; k < words.length && ok; k++) ok = tokens[i + k]?.norm === words[k] && adjacent(text, tokens[i + k - 1]!, tokens[i + k]!);
        const at = i + words.length;
        const d = ok && tokens[at] && adjacent(text, tokens[at - 1]!, tokens[at]!) ? demonymAt.get(at) : undefined;
        if (!d || !definite(tokens[at]!)) continue;
        const start = offsetAfterKeyLetters(head.text, head.start, v.consumed);
        out.push({
          type: 'ORG', start, end: d.end, tokenStart: i, tokenEnd: d.tokenEnd, key: [v.key, ...tokens.slice(i + 1, d.tokenEnd).map((t) => t.norm)].join(' '),
          demonym: d, nameEn: `${en} (${d.entries[0]!.en})`,
          evidence: `national body: «${text.slice(start, d.end)}» (a state's ${en.toLowerCase()} + demonym)`,
        });
        i = d.tokenEnd - 1;
      }
    }
  }
  return out;
}

/**
 * A body named by its members and its country: an institution head, one indefinite plural noun, a country's name and
 * up to two relative adjectives — «لجنة أطباء السودان المركزية», «نقابة أطباء مصر», «اتحاد كتاب المغرب» → ORG with that
 * country. The noun must be indefinite and no listed word («وزارة خارجية مصر» is the KB's), the country a known
 * country name right after it; «مجلس إدارة الشركة» or «لجنة من أطباء السودان» are none.
 */
export function findCountryBodies(text: string, tokens: Token[], gaz: GazetteerMatch[], lex: LinkLexicon): NamePhrase[] {
  const countryAt = new Map<number, GazetteerMatch>();
  for (const g of gaz) if (g.kind === 'name' && g.entries.length && g.entries.every((e) => e.id.startsWith('country:'))) countryAt.set(g.tokenStart, g);
  const out: NamePhrase[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const head = tokens[i]!;
    if (head.kind !== 'word') continue;
    const v = variantsOf(head.norm).find((x) => lex.institutionHeads.has(x.key) && !lex.weakHeads.has(x.key));
    if (!v) continue;
    const noun = tokens[i + 1]!;
    // (a plural of people: أطباء، كتاب، علماء، معلمي — an indefinite word, not a function word, trigger or title)
    if (noun.kind !== 'word' || !adjacent(text, head, noun) || definite(noun) || lex.stopwords.has(noun.norm) || lex.triggers.has(noun.norm) || lex.institutionWords.has(noun.norm) || titlesByFirst(lex).has(noun.norm) || /^[وفبلك]/.test(noun.text) || noun.norm.length < 4) continue;
    const country = countryAt.get(i + 2);
    if (!country || !adjacent(text, noun, tokens[i + 2]!)) continue;
    let k = country.tokenEnd;
    while (k < tokens.length && k - country.tokenEnd < 2 && adjacent(text, tokens[k - 1]!, tokens[k]!) && definite(tokens[k]!) && NISBA.test(tokens[k]!.norm) && !gaz.some((g) => g.tokenStart === k)) k++;
    const start = offsetAfterKeyLetters(head.text, head.start, v.consumed);
    out.push({
      type: 'ORG', start, end: tokens[k - 1]!.end, tokenStart: i, tokenEnd: k,
      key: [v.key, ...tokens.slice(i + 1, k).map((t) => t.norm)].join(' '), demonym: country,
      nameEn: `${lex.institutionHeads.get(v.key)!.replace('{}', romanize(noun.text))} (${country.entries[0]!.en})`,
      evidence: `body of a country: «${text.slice(start, tokens[k - 1]!.end)}» (head «${text.slice(start, head.end)}» + indefinite noun + country)`,
    });
    i = k - 1;
  }
  return out;
}

/** The words for a town's municipality (match keys): أمانة (a Saudi region's or city's), بلدية. */
const MUNICIPALITY_HEADS = new Set(['امانه', 'بلديه']);
/** An administrative word between the head and the place: «أمانة منطقة الرياض», «بلدية محافظة الخبر». */
const AREA_WORDS = new Set(['منطقه', 'محافظه', 'مدينه']);

/**
 * A municipality named by its town: «أمانة الطائف», «أمانة منطقة الرياض», «بلدية محافظة الخبر» → ORG
 * «Taif Municipality», with the town's country (Saudi copy quotes them: «وكشفت أمانة الطائف أن …»). The place
 * must be a known place right after (adjacent); «أداء الأمانة» or «بأمانة» before an ordinary word is no body.
 */
export function findMunicipalities(text: string, tokens: Token[], gaz: GazetteerMatch[]): NamePhrase[] {
  const placeAt = new Map<number, GazetteerMatch>();
  for (const g of gaz) if (g.kind === 'name' && g.entries.length && g.entries.every((e) => e.entityType === 'LOC' && !e.id.startsWith('country:'))) placeAt.set(g.tokenStart, g);
  const out: NamePhrase[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const head = tokens[i]!;
    if (head.kind !== 'word') continue;
    const v = variantsOf(head.norm).find((x) => MUNICIPALITY_HEADS.has(x.key));
    if (!v || !adjacent(text, head, tokens[i + 1]!)) continue;
    // («منطقة الرياض» may itself be the known place)
    let place = placeAt.get(i + 1);
    if (!place && AREA_WORDS.has(tokens[i + 1]!.norm) && tokens[i + 2] && adjacent(text, tokens[i + 1]!, tokens[i + 2]!)) place = placeAt.get(i + 2);
    if (!place) continue;
    const start = offsetAfterKeyLetters(head.text, head.start, v.consumed);
    out.push({
      type: 'ORG', start, end: place.end, tokenStart: i, tokenEnd: place.tokenEnd,
      key: [v.key, ...tokens.slice(i + 1, place.tokenEnd).map((t) => t.norm)].join(' '), demonym: place,
      nameEn: `${place.entries[0]!.en} Municipality`,
      evidence: `municipality: «${text.slice(start, place.end)}» (head «${text.slice(start, head.end)}» + a known place)`,
    });
    i = place.tokenEnd - 1;
  }
  return out;
}

/** Trigger words after which a name in quotation marks is an outlet, a company or a group: صحيفة «الوطن». */
const QUOTED_NAME_HEADS = new Set(['قناه', 'وكاله', 'صحيفه', 'جريده', 'مجله', 'شبكه', 'موقع', 'تلفزيون', 'اذاعه', 'حركه', 'تنظيم', 'جماعه', 'حزب', 'جبهه', 'جمعيه', 'منظمه', 'شركه', 'نادي', 'مجموعه', 'مؤسسه', 'ائتلاف', 'تحالف'].map(matchKey));
const OPEN_MARKS = new Set(['«', '"', '“']);
/** A group's, party's or agency's word that may open its own name inside quotation marks (match keys). */
const INNER_HEADS = new Set(['تنظيم', 'حركه', 'حزب', 'جبهه', 'جماعه', 'جمعيه', 'منظمه', 'ائتلاف', 'تحالف', 'وكاله'].map(matchKey));
const CLOSE_MARKS = new Set(['»', '"', '”']);

/**
 * «وكشفت صحيفة "gsp" الرومانية»، «قال لصحيفة «الوطن»»: a name in quotation marks right after an outlet's, a
 * company's or a group's word is that body's name (an ORG; a demonym right after the marks gives its country).
 * One to five words, no punctuation inside.
 */
export function findQuotedNames(text: string, tokens: Token[], gaz: GazetteerMatch[]): NamePhrase[] {
  const demonymAt = new Map<number, GazetteerMatch>();
  for (const g of gaz) if (g.kind === 'demonym') demonymAt.set(g.tokenStart, g);
  const out: NamePhrase[] = [];
  for (let i = 0; i + 3 < tokens.length; i++) {
    // the body's word inside the marks with its name: «أعضاء «تنظيم العدالة والكرامة» الإرهابي» — the whole is the name
    // (a group's, party's or agency's word, and definite words after it: not «"شركة التعليم الرائدة في العالم"», a
    // slogan, nor «مجموعة الطاقة الثالثة», a package)
    if (OPEN_MARKS.has(tokens[i]!.text) && tokens[i + 1]!.kind === 'word' && INNER_HEADS.has(tokens[i + 1]!.norm)) {
      let close = i + 2;
      while (close < tokens.length && close <= i + 6 && tokens[close]!.kind === 'word') close++;
      const next = tokens[i + 2]!;
      // (two words after the head at least: «حركة الشارع» in marks may be a phrase quoted, not a body)
      if (close > i + 3 && CLOSE_MARKS.has(tokens[close]?.text ?? '') && tokens.slice(i + 2, close).every((t) => /^و?ال/.test(t.norm)) && next.norm.startsWith('ال')) {
        const inner = tokens.slice(i + 1, close);
        const start = inner[0]!.start;
        const end = inner[inner.length - 1]!.end;
        out.push({
          type: 'ORG', start, end, tokenStart: i + 1, tokenEnd: close, key: inner.map((t) => t.norm).join(' '), demonym: null, nameEn: null,
          evidence: `a body's name in quotation marks, its head word inside: «${text.slice(start, end)}»`,
        });
        i = close;
        continue;
      }
    }
    const head = tokens[i]!;
    if (head.kind !== 'word' || !OPEN_MARKS.has(tokens[i + 1]!.text) || !variantsOf(head.norm).some((v) => QUOTED_NAME_HEADS.has(v.key))) continue;
    let close = i + 2;
    while (close < tokens.length && close <= i + 6 && (tokens[close]!.kind === 'word' || tokens[close]!.kind === 'latin' || tokens[close]!.kind === 'number')) close++;
    if (close === i + 2 || !CLOSE_MARKS.has(tokens[close]?.text ?? '')) continue;
    const inner = tokens.slice(i + 2, close);
    const start = inner[0]!.start;
    const end = inner[inner.length - 1]!.end;
    const d = tokens[close + 1] && /^[ \t\u00a0]+$/.test(text.slice(tokens[close]!.end, tokens[close + 1]!.start)) ? demonymAt.get(close + 1) : undefined;
    out.push({
      type: 'ORG', start, end, tokenStart: i + 2, tokenEnd: close, key: inner.map((t) => t.norm.toLowerCase()).join(' '), demonym: d ?? null,
      nameEn: inner.every((t) => t.kind === 'latin') ? text.slice(start, end) : null,
      evidence: `a name in quotation marks after «${head.text}»: «${text.slice(start, end)}»${d ? ` (${d.entries[0]!.en})` : ''}`,
    });
    i = close;
  }
  return out;
}

/**
 * Where an addressee written with «لـ» right before token k starts (an outlet or a person spoken to, up to four words,
 * numbers or Latin words, in quotation marks or not: «لـ"عرب ٤٨"», «لـNRT عربية»), else k.
 */
function addresseeBefore(tokens: Token[], k: number): number {
  for (let j = k - 1; j >= Math.max(0, k - 7); j--) {
    const t = tokens[j]!;
    if (t.kind === 'word' && t.norm === 'ل' && t.text.includes('ـ')) return j < k - 1 ? j : k;
    if (!(t.kind === 'word' || t.kind === 'latin' || t.kind === 'number' || OPEN_MARKS.has(t.text) || CLOSE_MARKS.has(t.text))) return k;
  }
  return k;
}

/** Month and weekday names that are also given names (رمضان، جمعة): no speaker's name right before أن. */
const TIME_NAMES = new Set(['رمضان', 'شعبان', 'رجب', 'جمعه', 'خميس', 'صفر']);

/** The words that open reported speech (match keys) and the colon: a name right before them is a speaker's. */
const SPEECH_OPENERS = new Set(['ان', 'بان', 'انه', 'بانه', 'انها', 'بانها', ':']);

/**
 * «وقالت المشرفة على الفرقة سلمى التميمي إن …», «وقال رجل الأعمال العراقي صبيح الهاشمي: …»: a known given name
 * and one or two name words standing right before إن/أن or a colon (a comma may stand between) is the person
 * who speaks. The name words must be rare in general news or a family name with the article (wordfreq.tsv), and
 * no knowledge-base name may start there.
 */
export function findSpeakerNames(text: string, tokens: Token[], gaz: GazetteerMatch[], lex: LinkLexicon): NamePhrase[] {
  const gazAt = new Map<number, GazetteerMatch>();
  for (const g of gaz) gazAt.set(g.tokenStart, g);
  const nameWord = (t: Token | undefined, index: number) =>
    !!t && nameLike(t, lex, gazAt, index) && (lex.wordCount(t.norm) < VERB_SUBJECT_RARE || (definite(t) && t.norm.length >= 5 && lex.wordCount(t.norm) < VERB_SUBJECT_RARE * 4));
  const out: NamePhrase[] = [];
  for (let k = 2; k < tokens.length; k++) {
    if (!SPEECH_OPENERS.has(tokens[k]!.norm)) continue;
    // (an addressee may stand between the name and إن: «عطية الأعسم، لـ"عرب ٤٨" إن», «آري حمه لـNRT عربية إن»)
    const to = addresseeBefore(tokens, k);
    const end = tokens[to - 1]?.text === '،' ? to - 1 : to;
    // the name's last word, then one or two words before it, the first a given name
    for (const len of [2, 3]) {
      const s0 = end - len;
      if (s0 < 1) continue;
      const first = tokens[s0]!;
      const prev = tokens[s0 - 1]!;
      // (no function word, month or weekday: «من رمضان تلاحظ ان», «رفضاً غير منطقي لمجرد أن»; nothing after a preposition)
      if (!lex.givenNames.has(first.norm) || first.norm.length < 3 || lex.stopwords.has(first.norm) || lex.stopwords.has(prev.norm) || TIME_NAMES.has(first.norm)) continue;
      if (first.text.replace(/[\u064b-\u0652\u0640]/g, '').endsWith('على') || gazAt.get(s0)?.kind === 'name') continue;
      // the last word a family name with the article, or very rare
      const last = tokens[end - 1]!;
      if (!(definite(last) && last.norm.length >= 5) && lex.wordCount(last.norm) >= RARE_NAME_COUNT) continue;
      let ok = true;
      for (let j = s0 + 1; j < end && ok; j++) ok = adjacent(text, tokens[j - 1]!, tokens[j]!) && (nameWord(tokens[j], j) || (len === 3 && j === s0 + 1 && NAME_LINKS.has(tokens[j]!.norm)));
      // (a name set off by commas after its title: «رئيس المجلس الإقليمي …، عطية الأعسم، لـ"عرب ٤٨" إن»)
      const appositive = tokens[s0 - 1]!.text === '،' && end < to;
      if (!ok || (tokens[s0 - 1]!.kind !== 'word' && !appositive)) continue;
      // «وقال أمين النقابة، إن»: a body's word with the article (النقابة، اللجنة) is the title's complement, not a family name
      if (tokens.slice(s0 + 1, end).some((x) => definite(x) && (lex.institutionHeads.has(x.norm.slice(2)) || lex.definiteHeads.has(x.norm.slice(2))))) continue;
      out.push({
        type: 'PER', start: first.start, end: tokens[end - 1]!.end, tokenStart: s0, tokenEnd: end,
        key: tokens.slice(s0, end).map((x) => x.norm).join(' '), demonym: null, nameEn: null,
        evidence: `a name right before «${tokens[k]!.text}»`,
      });
      break;
    }
  }
  return out;
}
