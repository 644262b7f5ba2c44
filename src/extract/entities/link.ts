/**
 * Linking and coreference inside one article:
 * 1. candidate spans: the gazetteer's knowledge-base matches (clitics stripped) and the recogniser's
 *    mentions; where they overlap the knowledge-base match wins (its span is the name without clitics);
 *    a recogniser mention the gazetteer missed is looked up as a whole and otherwise stays unlinked;
 * 2. weak name forms (also common words: الباب، القاعدة، العربية) are kept only with support — a fitting
 *    trigger word before them (مدينة، قناة …), the recogniser, the dateline, or a non-weak mention of the
 *    same entry elsewhere in the article;
 * 3. shared name forms (طرابلس: Libya or Lebanon) are resolved from the article's evidence — another
 *    mention that names one candidate unambiguously, a trigger's type, the countries of the article's other
 *    places and demonyms, the dateline — and the evidence is kept;
 * 4. title phrases before a person (وزير الخارجية الأميركي جون كيري، نظيره الروسي) give the role and country;
 * 4b. names the knowledge base lacks, by their shape (institutions.ts): «وزارة الداخلية الكويتية» → an ORG
 *    with country KWT (else the country of a place right after it, else the dateline's); «ويدعى علي كاظم»
 *    and a given name after a title → a PER; a knowledge-base match always wins over such a phrase;
 * 5. mentions merge into entities: one per knowledge-base entry; a lone surname (كيري، الأسد) joins the
 *    person named in full in the same article; unlinked mentions with the same key join.
 * Entity ids are e1, e2 … in order of first mention.
 */
import type { Entity, EntityType, Span } from '../../analysis.js';
import type { Kb } from '../../kb/load.js';
import type { KbEntry } from '../../kb/types.js';
import { nameKey } from '../../kb/compile.js';
import type { Token } from '../../text/analyzer.js';
import { romanize } from '../../text/transliterate.js';
import type { Article } from '../../document/article.js';
import { matchGazetteer, offsetAfterKeyLetters, type GazetteerMatch } from './gazetteer.js';
import { findCourts } from './courts.js';
import { adjacent, findDefiniteBodies, findCountryBodies, findInstitutions, findMunicipalities, findNationalBodies, findOffices, findQuotedNames, findSpeakerNames, findTitledNames, type NamePhrase } from './institutions.js';
import { variantsOf, type LinkLexicon } from './lexicon.js';
import { findBareBodies, loneDescriptors, storyCountry, type BareBodyTable } from './bare-bodies.js';
import type { Mention } from './mention.js';

export interface LinkInput {
  article: Article;
  tokens: Token[];
  mentions: Mention[];
  kb: Kb;
  lexicon: LinkLexicon;
  /** data/kb/bare-bodies.tsv: bodies named by a bare head («الحكومة», «قوات الأمن», «التحالف») */
  bareBodies?: BareBodyTable;
}

/** A span on its way to becoming an entity mention. */
interface Candidate {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  /** match key of the name (clitic stripped) */
  key: string;
  /** knowledge-base candidates still allowed, in priority order; empty when unlinked */
  entries: KbEntry[];
  /** the type when unlinked (from the recogniser) */
  type: EntityType;
  /** chosen entry after disambiguation */
  entry: KbEntry | null;
  fromRecognizer: boolean;
  /** the type the recogniser gave the span, when it marked it */
  recognizedType: EntityType | null;
  /** where the recogniser's mention over this span ends */
  recognizedEnd?: number;
  /** the recogniser's person mention over this span (it stands on its own when every entry here is refused) */
  recognizedPerson?: Mention;
  evidence: string[];
  role: string | null;
  country: string | null;
  /** readable English name of an unlinked institution phrase */
  nameEn?: string;
  /** an institution phrase without a country of its own (the dateline may give one) */
  phrase?: NamePhrase;
  /** the form is also a demonym (الألمانية): the entry needs an agency mark or its full name elsewhere */
  shadowsDemonym?: boolean;
}

const OPEN_QUOTES = new Set(['«', '"', '“', "'"]);
const CLOSE_QUOTES = new Set(['»', '"', '”', "'"]);

/** Words that may stand between a place and the country that locates it: «طرابلس في شمال لبنان». */
const LINKING_WORDS = new Set(['في', 'ب', 'شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'شمالي', 'جنوبي', 'شرقي', 'غربي', 'بشمال', 'بجنوب', 'بشرق', 'بغرب', 'مدينه', 'المدينه', 'عاصمه', 'العاصمه']);

const enumerate = (es: KbEntry[]) => es.map((e) => `${e.en}${e.country && e.type !== 'country' ? ` (${e.country})` : ''}`).join(' | ');

/** Where each token starts, for mapping recogniser offsets to tokens. */
function tokenRange(tokens: Token[], start: number, end: number): [number, number] {
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  let e = lo;
  while (e < tokens.length && tokens[e]!.start < end) e++;
  return [lo, e];
}

/** The trigger type of a token (with its clitics stripped: بمدينة، لقناة). */
function triggerAt(tokens: Token[], i: number, lex: LinkLexicon): { type: EntityType; word: string } | null {
  const tok = tokens[i];
  if (!tok || tok.kind !== 'word') return null;
  for (const v of variantsOf(tok.norm)) {
    const t = lex.triggers.get(v.key);
    if (t) return { type: t, word: tok.text };
  }
  return null;
}

/** An institution's head word that is no common word (منظمة، هيئة، مجلس; not حركة، سلطة), clitics stripped. */
function institutionHead(tok: Token, lex: LinkLexicon): boolean {
  return variantsOf(tok.norm).some((v) => lex.institutionHeads.has(v.key) && !lex.weakHeads.has(v.key));
}

/** The trigger type of the word right before a token. */
function triggerBefore(tokens: Token[], ts: number, lex: LinkLexicon): { type: EntityType; word: string } | null {
  return triggerAt(tokens, ts - 1, lex);
}

/**
 * «وكيل وزارة الخزانة», «مساعد وزير الخارجية», «مستشار رئيس الحكومة»: a person mention made of title heads
 * (data/kb/institutions.tsv `holder` rows, the first words of data/kb/titles.tsv) followed by a body (an
 * institution head, an organisation of the knowledge base) or by another title is a title, not a name.
 */
function titleHeadBeforeBody(tokens: Token[], ts: number, te: number, lex: LinkLexicon, gazStarts: Map<number, GazetteerMatch>): boolean {
  const isHead = (t: Token | undefined) => !!t && t.kind === 'word' && variantsOf(t.norm).some((v) => lex.institutionHolders.has(v.key));
  let k = ts;
  while (k < te && isHead(tokens[k])) k++;
  if (k === ts || k > ts + 2) return false;
  const next = tokens[k];
  if (!next || next.kind !== 'word') return false;
  if (variantsOf(next.norm).some((v) => lex.institutionHeads.has(v.key) || lex.titles.some((t) => t.tokens.length > 1 && t.tokens[0] === v.key))) return true;
  const g = gazStarts.get(k);
  return !!g && g.kind === 'name' && g.entries.some((e) => e.entityType === 'ORG' && !g.weakFor.has(e));
}

/** Particles that introduce a description (وصفه بأنه «…», اعتبره «…»): «ووصفته بأنه "مسيس"». */
const DESCRIPTION_CUES = new Set(['بانه', 'بانها', 'بانهم', 'بانهما', 'بكونه', 'بكونها', 'انه', 'انها']);

/**
 * A single word alone in quotation marks right after «بأنه» / «بأنها» is the description being quoted
 * («ووصفته بأنه "مسيس"» — politicised), not a name, whatever the recogniser made of it.
 */
function describedInQuotes(text: string, tokens: Token[], ts: number): boolean {
  const t = tokens[ts]!;
  if (!OPEN_QUOTES.has(text[t.start - 1] ?? '') || !CLOSE_QUOTES.has(text[t.end] ?? '')) return false;
  const before = tokens[ts - 2];
  return !!before && before.kind === 'word' && tokens[ts - 1]!.end === t.start && DESCRIPTION_CUES.has(before.norm);
}

/** Looks a span's tokens up as a whole name (first token's clitics stripped). */
function lookupSpan(text: string, tokens: Token[], ts: number, te: number, kb: Kb): { entries: KbEntry[]; key: string; start: number } | null {
  if (ts >= te) return null;
  const rest = tokens.slice(ts + 1, te).map((t) => t.norm);
  for (const v of variantsOf(tokens[ts]!.norm)) {
    const key = [v.key, ...rest].join(' ');
    const entries = kb.names.get(key);
    if (entries) return { entries, key, start: offsetAfterKeyLetters(tokens[ts]!.text, tokens[ts]!.start, v.consumed) };
  }
  void text;
  return null;
}

/**
 * An unlinked recogniser span without its leading conjunction or preposition where that is safe:
 * «والمعارضة» → «المعارضة», «بالأسد» → «الأسد»; a name such as «وليد» keeps its و.
 */
function trimClitic(tokens: Token[], ts: number): { start: number; key0: string } {
  const t = tokens[ts]!;
  for (const v of variantsOf(t.norm)) {
    if (v.consumed > 0 && v.key.startsWith('ال') && v.key.length >= 4) return { start: offsetAfterKeyLetters(t.text, t.start, v.consumed), key0: v.key };
  }
  return { start: t.start, key0: t.norm };
}

export function linkMentions(input: LinkInput): Entity[] {
  const { article, tokens, mentions, kb, lexicon } = input;
  const text = article.text;
  const gaz = matchGazetteer(text, tokens, kb);
  const demonyms = gaz.filter((g) => g.kind === 'demonym');
  const demonymAtEnd = new Map<number, GazetteerMatch>();
  for (const d of demonyms) demonymAtEnd.set(d.tokenEnd - 1, d);
  const dateline = article.dateline?.place ?? null;
  const inDateline = (s: number, e: number) => !!dateline && s < dateline.end && e > dateline.start;
  // the dateline's agency («بيروت - «الشرق الأوسط»:») and a name alone in quotation marks are outlets
  const agency = article.dateline?.agency ?? null;
  const outletContext = (c: Candidate) =>
    (!!agency && c.start >= agency.start && c.end <= agency.end) || (OPEN_QUOTES.has(text[c.start - 1] ?? '') && CLOSE_QUOTES.has(text[c.end] ?? ''));
  // an agency's credit: the dateline's agency or byline, or the name alone in brackets: «برلين - (الألمانية)»
  const byline = article.dateline?.byline ?? null;
  const agencyMark = (c: Candidate) =>
    outletContext(c) || (!!byline && c.start >= byline.start && c.end <= byline.end) ||
    (/\(\s*$/.test(text.slice(Math.max(0, c.start - 3), c.start)) && /^\s*\)/.test(text.slice(c.end, c.end + 3)));

  // ── 1. candidates from the gazetteer ──────────────────────────────────────────────────────────
  const cands: Candidate[] = [];
  /** the name sits in a phrase where it is an ordinary word: «مسقط رأسه», «صلاة المغرب» */
  const inNotName = (g: GazetteerMatch) => {
    const first = tokens[g.tokenStart]!;
    for (const v of variantsOf(first.norm)) {
      for (const { tokens: phrase, at } of lexicon.notNames.get(v.key) ?? []) {
        const s0 = g.tokenStart - at;
        if (s0 < 0 || s0 + phrase.length > tokens.length) continue;
        let ok = true;
        for (let k = 0; ok && k < phrase.length; k++) {
          if (s0 + k === g.tokenStart) continue;
          const tk = tokens[s0 + k]!;
          ok = k === 0 ? variantsOf(tk.norm).some((x) => x.key === phrase[0]) : tk.norm === phrase[k];
        }
        if (ok) return true;
      }
    }
    return false;
  };
  for (const g of gaz) {
    if ((g.kind !== 'name' && !g.shadowed) || inNotName(g)) continue;
    const entries = g.shadowed ?? g.entries;
    cands.push({
      start: g.start, end: g.end, tokenStart: g.tokenStart, tokenEnd: g.tokenEnd, key: g.key,
      entries: entries.slice(), type: entries[0]!.entityType, entry: null, fromRecognizer: false, recognizedType: null,
      evidence: [], role: null, country: null, ...(g.shadowed ? { shadowsDemonym: true } : {}),
    });
  }
  // «مدينة مشهد», «حركة حماس», «قناة الميادين»: where the form is a trigger word plus another form of the
  // same entry, the mention is the name without the descriptor (which then supports it as a trigger).
  // A place descriptor never belongs to the name; an organisation's does when the rest is weak (جبهة النصرة)
  // or when it is an institution's head word (data/kb/institutions.tsv) before a phrase of several words
  // («منظمة العفو الدولية», «منظمة الصحة العالمية» — without منظمة, «world health» —, «منظمة أطباء بلا
  // حدود»); an outlet's or a movement's word stays out («وكالة فرانس برس», «حركة الجهاد الإسلامي»).
  for (const c of cands) {
    if (c.tokenEnd - c.tokenStart < 2) continue;
    const trig = triggerAt(tokens, c.tokenStart, lexicon);
    if (!trig) continue;
    const restKey = tokens.slice(c.tokenStart + 1, c.tokenEnd).map((t) => t.norm).join(' ');
    if (trig.type === 'ORG' && c.tokenEnd - c.tokenStart >= 3 && institutionHead(tokens[c.tokenStart]!, lexicon)) continue;
    const rest = kb.names.get(restKey);
    if (!rest) continue;
    const same = c.entries.filter((e) => rest.includes(e) && e.entityType === trig.type && (trig.type === 'LOC' || !kb.weak.get(restKey)?.has(e)));
    if (!same.length || same.length !== c.entries.length) continue;
    c.tokenStart++;
    c.start = tokens[c.tokenStart]!.start;
    c.key = restKey;
  }
  // «قوات الاحتلال الإسرائيلي»: a body named by a descriptive phrase (several words, the last definite)
  // and followed by the demonym of its own country ends after it, as «الجيش السوري» does in the KB; a
  // proper name keeps the demonym apart («يوفنتوس الإيطالي», «لوموند الفرنسية», «حماس الفلسطينية»)
  const demonymAtStart = new Map<number, GazetteerMatch>();
  for (const d of demonyms) demonymAtStart.set(d.tokenStart, d);
  for (const c of cands) {
    if (c.entries.length !== 1 || c.entries[0]!.entityType !== 'ORG' || !c.entries[0]!.country) continue;
    if (c.tokenEnd - c.tokenStart < 2 || !tokens[c.tokenEnd - 1]!.norm.startsWith('ال')) continue;
    const d = demonymAtStart.get(c.tokenEnd);
    if (!d || d.entries[0]!.country !== c.entries[0]!.country || !/^[ \t\u00a0]+$/.test(text.slice(c.end, d.start))) continue;
    c.end = d.end;
    c.tokenEnd = d.tokenEnd;
  }
  // weak forms need support; an entry named strongly somewhere in the article supports its weak forms
  const strongIds = new Set<string>();
  const weakOf = (g: GazetteerMatch | Candidate, e: KbEntry) => kb.weak.get(g.key)?.has(e) ?? false;
  for (const c of cands) for (const e of c.entries) if (!weakOf(c, e)) strongIds.add(e.id);

  // ── 2. the recogniser's mentions ─────────────────────────────────────────────────────────────
  const recognised: Candidate[] = [];
  const gazStarts = new Map<number, GazetteerMatch>();
  for (const g of gaz) gazStarts.set(g.tokenStart, g);
  for (const m of mentions) {
    if (m.end <= m.start) continue;
    const [ts, te] = tokenRange(tokens, m.start, m.end);
    if (ts >= te) continue;
    if (m.type === 'PER' && titleHeadBeforeBody(tokens, ts, te, lexicon, gazStarts)) continue;
    if (te - ts === 1 && describedInQuotes(text, tokens, ts)) continue;
    // a demonym's shadowed name (الألمانية) inside a longer mention (البحرية الألمانية) is the adjective
    const overlapping = cands.filter((c) => c.start < m.end && c.end > m.start && !(c.shadowsDemonym && (m.start < c.start || m.end > c.end)));
    if (overlapping.length) {
      for (const c of overlapping) {
        c.fromRecognizer = true;
        c.recognizedType = m.type;
        c.recognizedEnd = Math.max(c.recognizedEnd ?? 0, m.end);
        if (m.type === 'PER' && (m.start < c.start || m.end > c.end)) c.recognizedPerson = m;
      }
      continue;
    }
    const found = lookupSpan(text, tokens, ts, te, kb);
    if (found) {
      recognised.push({
        start: found.start, end: tokens[te - 1]!.end, tokenStart: ts, tokenEnd: te, key: found.key,
        entries: found.entries.slice(), type: m.type, entry: null, fromRecognizer: true, recognizedType: m.type, evidence: [], role: null, country: null,
      });
      continue;
    }
    // «وقفاً فورياً»: a word written with the accusative tanween (ـًا، ـاً) is an adverb or an indefinite adjective, no name
    if (te - ts === 1 && /(\u064b\u0627|\u0627\u064b)$/.test(tokens[ts]!.text)) continue;
    const trimmed = trimClitic(tokens, ts);
    // (the recogniser already left the conjunction out of «وخالد الدبل»: the name starts after it, its key too)
    if (m.start > trimmed.start && m.start < tokens[ts]!.end) {
      const cut = variantsOf(tokens[ts]!.norm).find((v) => v.consumed > 0 && offsetAfterKeyLetters(tokens[ts]!.text, tokens[ts]!.start, v.consumed) === m.start);
      if (cut) {
        trimmed.start = m.start;
        trimmed.key0 = cut.key;
      }
    }
    const end = Math.min(m.end, tokens[te - 1]!.end);
    if (end <= trimmed.start) continue;
    const key = [trimmed.key0, ...tokens.slice(ts + 1, te).map((t) => t.norm)].join(' ');
    // «تنسيقية اعتصام الكامور»: a name opening with an institution's head word is a body, whatever type the recogniser gave
    // (not «أمانة», also a woman's name)
    const type = m.type === 'PER' && te - ts >= 2 && trimmed.key0 !== 'امانه' && lexicon.institutionHeads.has(trimmed.key0) ? 'ORG' : m.type;
    recognised.push({
      start: trimmed.start, end, tokenStart: ts, tokenEnd: te, key, entries: [], type, entry: null,
      fromRecognizer: true, recognizedType: m.type, evidence: [], role: null, country: null,
    });
  }
  const all = [...cands, ...recognised].sort((a, b) => a.start - b.start);

  // ── 3. weak forms: keep the entries that have support ─────────────────────────────────────────
  const adjectival = (c: Candidate) => {
    const prev = tokens[c.tokenStart - 1];
    if (!prev || prev.kind !== 'word' || !c.key.startsWith('ال')) return false;
    return variantsOf(prev.norm).some((v) => v.key.startsWith('ال') && v.key.length > 3);
  };
  const otherGivenNameBefore = (c: Candidate, e: KbEntry): boolean => {
    const prev = tokens[c.tokenStart - 1];
    if (!prev || prev.kind !== 'word' || !/^[ \t\u00a0]+$/.test(text.slice(prev.end, c.start))) return false;
    const v = variantsOf(prev.norm).find((x) => lexicon.givenNames.has(x.key));
    if (!v || lexicon.titles.some((t) => t.tokens[0] === v.key) || lexicon.triggers.has(v.key)) return false;
    if ((kb.names.get(`${v.key} ${c.key}`) ?? []).includes(e)) return false;
    // (the person's own given name: «بدر البوسعيدي» for «بدر بن حمد البوسعيدي»; or the father's name after it:
    // «جاسم محمد البديوي» for «جاسم البديوي»)
    const own = (key: string) => [e.ar, ...e.aliases].some((f) => nameKey(f.replace(/^~/, '')).split(' ')[0] === key);
    const prev2 = tokens[c.tokenStart - 2];
    if (prev2 && prev2.kind === 'word' && /^[ \t\u00a0]+$/.test(text.slice(prev2.end, prev.start)) && variantsOf(prev2.norm).some((x) => own(x.key))) return false;
    return !own(v.key);
  };
  // the article's country: the dateline's, or the country most of its unambiguous places are in (two at least)
  const articleCountries = new Set(all.filter((c) => inDateline(c.start, c.end)).flatMap((c) => c.entries.map((e) => e.country ?? '')).filter(Boolean));
  {
    const n = new Map<string, number>();
    for (const c of all) if (c.entries.length === 1 && c.entries[0]!.entityType === 'LOC' && c.entries[0]!.country && !weakOf(c, c.entries[0]!)) n.set(c.entries[0]!.country, (n.get(c.entries[0]!.country) ?? 0) + 1);
    const ranked = [...n].sort((a, b) => b[1] - a[1]);
    if (ranked[0] && ranked[0][1] >= 2 && (!ranked[1] || ranked[1][1] < ranked[0][1])) articleCountries.add(ranked[0][0]);
  }
  const governmentOfDateline = (c: Candidate, e: KbEntry) => e.role === 'government' && !!e.country && articleCountries.has(e.country) && !inDateline(c.start, c.end);
  const kept: Candidate[] = [];
  /** recognised person names whose KB candidates were all refused: kept after the loop where nothing else overlaps */
  const orphans: Candidate[] = [];
  for (const c of all) {
    if (c.entries.length) {
      const trig = triggerBefore(tokens, c.tokenStart, lexicon);
      let personWhy: string | null = null;
      const allowed = c.entries.filter((e) => {
        // «أنطونيو كونتي» is not Giuseppe Conte, «أسماء الأسد» not Bashar: a person's one-word form after another
        // given name is someone else's surname
        if (e.entityType === 'PER' && c.tokenEnd - c.tokenStart === 1 && otherGivenNameBefore(c, e)) return false;
        if (!weakOf(c, e)) return true;
        // a demonym form (الألمانية) is the adjective unless it stands as a source — «(الألمانية)», the
        // dateline's agency or byline — or the entry is named in full elsewhere and the form is no adjective
        if (c.shadowsDemonym) return agencyMark(c) || (strongIds.has(e.id) && !adjectival(c));
        // a person's weak form (بري "land", عون "aid", البرهان "the proof") needs the person's context: a
        // title or honorific right before it («رئيس مجلس النواب بري», «الرئيس عون») or the full name
        // elsewhere in the article; the recogniser alone does not tell «هجوم بري» from Berri
        if (e.entityType === 'PER') {
          // the form starts a longer name: «السفير معصوم مرزوق», «السفير الأميركي جيفري فيلتمان», «الشيخ مكتوم بن محمد»
          // (… unless that longer name is the person's own, with the father's name: «جاسم محمد البديوي» for «جاسم البديوي»)
          const rp = c.recognizedPerson;
          if (rp && rp.end === c.end && rp.start < c.start && c.tokenStart >= 2) {
            const [ts] = tokenRange(tokens, rp.start, rp.end);
            const given = variantsOf(tokens[ts]!.norm).map((x) => x.key);
            if (c.tokenStart - ts === 2 && [e.ar, ...e.aliases].some((f) => given.includes(nameKey(f.replace(/^~/, '')).split(' ')[0]!))) {
              personWhy = `the full name «${rp.text}» with the father's name`;
              return true;
            }
          }
          if (c.recognizedEnd !== undefined && c.recognizedEnd > c.end) return false;
          if (!strongIds.has(e.id) && continuesName(tokens, c.tokenEnd, text, lexicon)) return false;
          const title = trig?.type === 'PER' ? trig.word : titleText(tokens, c.tokenStart, lexicon, demonymAtEnd, text);
          if (title) personWhy = `title «${title}»`;
          else if (strongIds.has(e.id)) personWhy = 'named in full elsewhere in the article';
          return !!personWhy;
        }
        // the recogniser supports a weak form when it saw the same kind of thing (الشرق الأوسط as a
        // region is not the newspaper)
        if (c.recognizedType === e.entityType) return true;
        if (inDateline(c.start, c.end) && e.entityType === 'LOC') return true;
        if (e.entityType === 'ORG' && outletContext(c)) return true;
        if (trig && trig.type === e.entityType) return true;
        // «صنعاء - … وأفرجت الحكومة الشرعية»: a government's weak form in a story datelined or set in its country
        if (governmentOfDateline(c, e)) return true;
        // «المسؤول السوداني»: a definite weak form right after a definite word reads as an adjective
        if (adjectival(c)) return false;
        return strongIds.has(e.id);
      });
      if (!allowed.length) {
        // «جاسم محمد البديوي»… when the KB person is refused for its one-word form inside a longer recognised name,
        // the recogniser's name still stands, unlinked (the merge in groupEntities may still join it)
        const m = c.recognizedPerson;
        if (m && !orphans.some((o) => o.start < m.end && o.end > m.start)) {
          const [ts, te] = tokenRange(tokens, m.start, m.end);
          const trimmed = trimClitic(tokens, ts);
          const start = Math.max(trimmed.start, m.start);
          if (ts < te && start < m.end) {
            orphans.push({
              start, end: Math.min(m.end, tokens[te - 1]!.end), tokenStart: ts, tokenEnd: te, key: tokens.slice(ts, te).map((t) => t.norm).join(' '),
              entries: [], type: 'PER', entry: null, fromRecognizer: true, recognizedType: 'PER', evidence: [`the recogniser's name «${m.text}» (the KB form inside it names someone else)`], role: null, country: null,
            });
          }
        }
        continue;
      }
      if (allowed.some((e) => weakOf(c, e))) {
        const weakOnes = allowed.filter((e) => weakOf(c, e));
        const why = c.shadowsDemonym
          ? agencyMark(c) ? 'it is given as the source' : 'it is named in full elsewhere in the article'
          : personWhy && weakOnes.every((e) => e.entityType === 'PER')
          ? personWhy
          : weakOnes.some((e) => e.entityType === c.recognizedType)
          ? 'the recogniser marked it'
          : inDateline(c.start, c.end)
            ? 'it is the dateline'
            : weakOnes.some((e) => e.entityType === 'ORG') && agencyMark(c)
              ? 'it is quoted or given as the source'
              : trig
                ? `trigger «${trig.word}»`
                : weakOnes.some((e) => governmentOfDateline(c, e))
                ? 'it is the government of the article\'s country'
                : 'named elsewhere in the article';
        c.evidence.push(`«${text.slice(c.start, c.end)}» is also ${c.shadowsDemonym ? 'a demonym' : 'a common word'}; linked because ${why}`);
      }
      c.entries = allowed;
    }
    kept.push(c);
  }

  for (const o of orphans) if (!kept.some((k) => k.start < o.end && k.end > o.start)) kept.push(o);
  kept.sort((a, b) => a.start - b.start);
  // «جامعة الملك خالد»، «مستشفى الملك فهد»، «مطار الأمير نايف»: a name after a royal title inside a place's or a
  // body's name is that name's, not a person mentioned (the recogniser marks «خالد» alone)
  for (let i = kept.length - 1; i >= 0; i--) {
    const c = kept[i]!;
    if (c.entries.length || c.type !== 'PER' || c.tokenStart < 2 || c.tokenEnd - c.tokenStart > 2) continue;
    const royal = tokens[c.tokenStart - 1]!;
    const named = tokens[c.tokenStart - 2]!;
    if (!/^(الملك|الامير|الشيخ|السلطان)$/.test(royal.norm) || !adjacent(text, royal, tokens[c.tokenStart]!) || !adjacent(text, named, royal)) continue;
    if (variantsOf(named.norm).some((v) => NAMED_AFTER.test(v.key))) kept.splice(i, 1);
  }

  // ── 3b. names the knowledge base lacks, by their shape (institutions.ts): a phrase is kept where no
  // knowledge-base match overlaps it; unlinked recogniser mentions inside it give way to it
  for (const p of [...findInstitutions(text, tokens, gaz, lexicon), ...findCourts(text, tokens, gaz, lexicon), ...findOffices(text, tokens, gaz, lexicon), ...findNationalBodies(text, tokens, gaz), ...findMunicipalities(text, tokens, gaz), ...findCountryBodies(text, tokens, gaz, lexicon), ...findQuotedNames(text, tokens, gaz), ...findTitledNames(text, tokens, gaz, lexicon), ...findSpeakerNames(text, tokens, gaz, lexicon), ...findDefiniteBodies(text, tokens, gaz, lexicon)]) {
    // («مدرسة الشيخ سيف العتيقي»: a name after a royal title or «الشيخ» inside a place's name, as above)
    if (p.type === 'PER' && p.tokenStart >= 2 && /^(الملك|الامير|الشيخ|السلطان)$/.test(tokens[p.tokenStart - 1]!.norm) && variantsOf(tokens[p.tokenStart - 2]!.norm).some((v) => NAMED_AFTER.test(v.key))) continue;
    const over = kept.filter((c) => c.start < p.end && c.end > p.start);
    // «المتحدث باسم الخارجية المصرية تميم خلاف»: a person's one-word KB form (تميم → the Emir of Qatar) that
    // only starts a longer titled name is that name's given name, not the KB person
    const givenNameOnly = (c: Candidate) =>
      p.type === 'PER' && c.tokenStart === p.tokenStart && c.tokenEnd === c.tokenStart + 1 && p.tokenEnd > c.tokenEnd && c.entries.every((e) => e.entityType === 'PER');
    // (the country a body is named by is part of its name: «المجلس العسكري الحاكم في النيجر»)
    // (… or the adjective of its country inside it: «اللجنة السعودية للرقابة على المنشطات»)
    // (a body the knowledge base names by the phrase's first words, with no country or another, is a different body: «مجلس
    // الأمن والدفاع السوداني» is Sudan's council, not the UN's «مجلس الأمن»)
    const longerBody = (c: Candidate) =>
      p.type === 'ORG' && p.demonym?.kind === 'demonym' && c.tokenStart === p.tokenStart && c.tokenEnd < p.tokenEnd - 1 && c.entries.length > 0 &&
      c.entries.every((e) => e.entityType === 'ORG' && e.country !== p.demonym!.entries[0]?.country);
    const itsCountry = (c: Candidate) => p.type === 'ORG' && p.demonym?.kind === 'name' && ((c.tokenStart === p.demonym.tokenStart && c.tokenEnd === p.demonym.tokenEnd) || (c.tokenStart > p.tokenStart && c.tokenEnd < p.tokenEnd && c.entries.length > 0 && c.entries.every((e) => e.id.startsWith('country:'))));
    // (the recogniser's person running on into the verb's object gives way: «العميد نبيل عبدالله | المليشيا المتمردة»)
    const ranOn = (c: Candidate) => !!p.objectCut && !c.entries.length && c.recognizedType === 'PER' && c.start >= p.start && c.tokenEnd === p.tokenEnd + 1;
    if (over.some((c) => (c.entries.length && !givenNameOnly(c) && !itsCountry(c) && !longerBody(c)) || c.start < p.start || (c.end > p.end && !ranOn(c)) || (p.type === 'ORG' && c.recognizedType === 'PER'))) continue;
    // a person the recogniser cut short inside a titled name («المتحدث باسم الخارجية تميم | خلاف») takes the whole name
    // (but «الله» closing the name is part of it, not a MISC of its own: «باسم عوض الله»، «محمد حسين فضل الله»)
    const godInName = (c: Candidate) => p.type === 'PER' && c.recognizedType === 'MISC' && c.key === 'الله' && c.tokenEnd === p.tokenEnd && c.tokenStart > p.tokenStart + 1;
    if (p.type === 'PER' && over.some((c) => c.recognizedType !== 'PER' && !givenNameOnly(c) && !godInName(c))) continue;
    for (const c of over) kept.splice(kept.indexOf(c), 1);
    kept.push({
      start: p.start, end: p.end, tokenStart: p.tokenStart, tokenEnd: p.tokenEnd, key: p.key, entries: [], type: p.type, entry: null,
      fromRecognizer: over.length > 0, recognizedType: over[0]?.recognizedType ?? null, evidence: [p.evidence], role: null, country: null,
      ...(p.nameEn ? { nameEn: p.nameEn } : {}), phrase: p,
    });
  }
  kept.sort((a, b) => a.start - b.start);

  // ── 4. shared name forms: resolve from the article's evidence ─────────────────────────────────
  const unambiguous = kept.filter((c) => c.entries.length === 1);
  const unambiguousIds = new Map<string, string>();
  for (const c of unambiguous) if (!unambiguousIds.has(c.entries[0]!.id)) unambiguousIds.set(c.entries[0]!.id, text.slice(c.start, c.end));
  // country evidence: countries and places named unambiguously, demonyms, the dateline
  const countryVotes = new Map<string, string[]>();
  const vote = (country: string | null, what: string) => {
    if (!country) return;
    const list = countryVotes.get(country) ?? [];
    if (!list.includes(what)) list.push(what);
    countryVotes.set(country, list);
  };
  for (const c of unambiguous) {
    const e = c.entries[0]!;
    if (e.entityType === 'LOC') vote(e.country, `«${text.slice(c.start, c.end)}»`);
  }
  for (const d of demonyms) vote(d.entries[0]!.country, `«${text.slice(d.start, d.end)}»`);
  const datelineCand = dateline ? kept.find((c) => c.start >= dateline.start && c.end <= dateline.end && c.entries.length === 1) : undefined;
  const datelineCountry = datelineCand?.entries[0]!.country ?? null;

  // gazetteer matches by their first token, for the words right after a mention
  const gazAt = new Map<number, GazetteerMatch>();
  for (const g of gaz) gazAt.set(g.tokenStart, g);
  const countryRightAfter = (from: number): { country: string; end: number } | null => {
    for (let k = from; k < Math.min(tokens.length, from + 5); k++) {
      const t = tokens[k]!;
      if (t.kind !== 'word') return null;
      const g = gazAt.get(k);
      if (g) {
        const es = g.kind === 'demonym' ? g.entries : g.entries.filter((e) => e.entityType === 'LOC' && !weakOf(g, e));
        if (es.length === 1 && es[0]!.country) return { country: es[0]!.country, end: g.end };
        return null;
      }
      if (!LINKING_WORDS.has(t.norm)) return null;
    }
    return null;
  };
  for (const c of kept) {
    if (c.entries.length <= 1) {
      c.entry = c.entries[0] ?? null;
      continue;
    }
    const options = c.entries;
    const label = `«${text.slice(c.start, c.end)}» could be ${enumerate(options)}`;
    // 0) an outlet's place: the dateline's agency, or a name alone in quotation marks
    if (outletContext(c)) {
      const orgs = options.filter((e) => e.entityType === 'ORG');
      if (orgs.length === 1) {
        c.entry = orgs[0]!;
        c.evidence.push(`${label}; chose ${c.entry.en}: ${agency && c.start >= agency.start && c.end <= agency.end ? 'the dateline names it as the source' : 'quoted as a source'}`);
        continue;
      }
    }
    // 0b) the words right after it name a country: «طرابلس الليبية», «طرابلس في شمال لبنان»
    const local = countryRightAfter(c.tokenEnd);
    if (local) {
      const fit = options.filter((e) => e.country === local.country);
      if (fit.length === 1) {
        c.entry = fit[0]!;
        c.evidence.push(`${label}; chose ${c.entry.en}: followed by «${text.slice(c.start, local.end)}»`);
        continue;
      }
    }
    // a) one candidate is named unambiguously elsewhere in the article
    const named = options.filter((e) => unambiguousIds.has(e.id));
    if (named.length === 1) {
      c.entry = named[0]!;
      c.evidence.push(`${label}; chose ${c.entry.en}: named unambiguously in the article as «${unambiguousIds.get(c.entry.id)}»`);
      continue;
    }
    // b) a trigger word's type
    let pool = options;
    const trig = triggerBefore(tokens, c.tokenStart, lexicon);
    if (trig) {
      const typed = pool.filter((e) => e.entityType === trig.type);
      if (typed.length === 1) {
        c.entry = typed[0]!;
        c.evidence.push(`${label}; chose ${c.entry.en}: trigger «${trig.word}»`);
        continue;
      }
      if (typed.length) pool = typed;
    }
    // b2) the recogniser's type
    if (c.recognizedType) {
      const typed = pool.filter((e) => e.entityType === c.recognizedType);
      if (typed.length === 1) {
        c.entry = typed[0]!;
        c.evidence.push(`${label}; chose ${c.entry.en}: the recogniser marked it ${c.recognizedType}`);
        continue;
      }
      if (typed.length) pool = typed;
    }
    // c) a dateline names a city, not a country
    if (inDateline(c.start, c.end)) {
      const places = pool.filter((e) => e.type === 'place');
      if (places.length) pool = places;
    }
    // d) the countries of the article's other places, its demonyms and its dateline
    let best: KbEntry | null = null, bestScore = 0, tie = false;
    const reasons = new Map<KbEntry, string[]>();
    for (const e of pool) {
      const r = [...(e.country ? countryVotes.get(e.country) ?? [] : [])];
      let score = r.length;
      if (datelineCountry && e.country === datelineCountry && !inDateline(c.start, c.end)) {
        score += 2;
        r.push(`the dateline «${dateline!.text}»`);
      }
      reasons.set(e, r);
      if (score > bestScore) (best = e), (bestScore = score), (tie = false);
      else if (score === bestScore && score > 0) tie = true;
    }
    if (best && !tie) {
      c.entry = best;
      c.evidence.push(`${label}; chose ${best.en}: the article also names ${reasons.get(best)!.slice(0, 5).join(', ')} (${best.country})`);
      continue;
    }
    c.entry = pool[0]!;
    c.evidence.push(`${label}; chose ${c.entry.en}: the default (no evidence in the article${tie ? ' decides between them' : ''})`);
  }

  // ── 5. titles before people: role and country ────────────────────────────────────────────────
  const countryAtEnd = new Map<number, { entry: KbEntry; tokenStart: number }>();
  for (const c of kept) if (c.entry?.type === 'country') countryAtEnd.set(c.tokenEnd - 1, { entry: c.entry, tokenStart: c.tokenStart });
  let lastRole: string | null = null;
  for (const c of kept) {
    const isPerson = c.entry ? c.entry.entityType === 'PER' : c.type === 'PER';
    if (!isPerson) continue;
    const t = titleBefore(tokens, c.tokenStart, lexicon, demonymAtEnd, countryAtEnd);
    if (t) {
      const role: string | null = t.role === 'counterpart' ? lastRole : t.role;
      if (role) c.role = role;
      if (t.country) c.country = t.country.country;
      c.evidence.push(`title «${text.slice(t.start, tokens[c.tokenStart - 1]!.end)}»${role ? ` → ${role}` : ''}${t.country ? `, ${t.country.en}` : ''}`);
    }
    if (c.role) lastRole = c.role;
    else if (c.entry?.role) lastRole = c.entry.role;
  }
  // a demonym inside or right after an unlinked organisation gives its country: «البحرية الأميركية»
  for (const c of kept) {
    if (c.entry || c.type === 'PER') continue;
    const d = demonyms.find((x) => x.start >= c.start && x.start <= c.end + 1 && x.tokenStart <= c.tokenEnd);
    if (d) {
      c.country = d.entries[0]!.country;
      c.evidence.push(`demonym «${text.slice(d.start, d.end)}» → ${d.entries[0]!.en}`);
    }
  }

  // an institution phrase's country: its demonym, a place right after it («في غزة»), else the dateline's
  const resolvedDatelineCountry = dateline ? kept.find((c) => c.entry && c.start >= dateline.start && c.end <= dateline.end)?.entry!.country ?? null : null;
  for (const c of kept) {
    if (c.phrase?.role && !c.role) c.role = c.phrase.role;
    if (c.phrase?.type === 'PER' && c.phrase.demonym && !c.country) {
      c.country = c.phrase.demonym.entries[0]!.country;
      c.evidence.push(`country ${c.country} from the title's «${text.slice(c.phrase.demonym.start, c.phrase.demonym.end)}»`);
    }
    const p = c.phrase;
    if (!p || p.type !== 'ORG') continue;
    if (p.demonym) {
      c.country = p.demonym.entries[0]!.country;
      continue;
    }
    if (c.country) continue;
    const local = countryRightAfter(c.tokenEnd);
    if (local) {
      c.country = local.country;
      c.evidence.push(`country ${local.country} from «${text.slice(c.start, local.end)}»`);
    } else if (resolvedDatelineCountry && !inDateline(c.start, c.end)) {
      c.country = resolvedDatelineCountry;
      c.evidence.push(`country ${resolvedDatelineCountry} from the dateline «${dateline!.text}»`);
    }
  }

  // «أعلنت منظمة التجارة العالمية … فيما قالت المنظمة الدولية ومقرها جنيف»: «المنظمة …» read as a weak form of
  // another body (the UN) that the article never names in full is the organisation named before it
  for (const c of kept) {
    if (!c.entry || !c.key.startsWith('المنظمه') || strongIds.has(c.entry.id) || !weakOf(c, c.entry)) continue;
    const before = kept.filter((o) => o !== c && o.end <= c.start && (o.entry ? o.entry.entityType : o.type) === 'ORG' && /^(ال)?منظمه /.test(o.key)).pop();
    if (!before) continue;
    c.evidence.push(`«${text.slice(c.start, c.end)}» refers back to «${text.slice(before.start, before.end)}» (${c.entry.en} is not named in the article)`);
    c.entry = before.entry;
    c.entries = before.entry ? [before.entry] : [];
    c.key = before.key;
    c.type = 'ORG';
  }
  joinCliticForms(tokens, kept);
  extendCutNames(text, tokens, kept, lexicon);
  extendGivenAli(text, tokens, kept, lexicon);
  addSurnameMentions(text, tokens, kept, lexicon);
  if (input.bareBodies) addBareBodies(text, tokens, kept, gaz, demonyms, kb, lexicon, input.bareBodies, resolvedDatelineCountry, dateline, article.published);
  addBareArmies(text, tokens, kept, kb, lexicon, resolvedDatelineCountry, article.dateline?.place ?? null, article.sentences);
  addAcronyms(text, tokens, kept);
  addHeadNouns(text, tokens, kept, lexicon);
  personOffices(text, tokens, kept);
  addBranches(text, tokens, kept, lexicon);
  return groupEntities(text, kept);
}

/**
 * «قصفت القوة البرية للحرس الثوري الإيراني»: a force's branch (data/kb/institutions.tsv, «branch» rows) named
 * right before a body with ل is part of that body, so the mention starts at the branch and the phrase's verb
 * has the body as its subject («القوة البرية» alone names nothing).
 */
function addBranches(text: string, tokens: Token[], kept: Candidate[], lex: LinkLexicon): void {
  if (!lex.branches.length) return;
  for (const c of kept) {
    const e = c.entry;
    if (!e || e.entityType !== 'ORG') continue;
    const tok = tokens[c.tokenStart]!;
    // the body's first word carries ل (للحرس: the span starts after the preposition)
    if (c.start <= tok.start || !tok.norm.startsWith('ل')) continue;
    for (const b of lex.branches) {
      const s = c.tokenStart - b.length;
      if (s < 0) continue;
      let ok = true;
      for (let k = 0; k < b.length && ok; k++) {
        const t = tokens[s + k]!;
        ok = t.kind === 'word' && variantsOf(t.norm).some((v) => v.key === b[k] && (k === 0 || v.consumed === 0)) && /^[ \t\u00a0]+$/.test(text.slice(t.end, tokens[s + k + 1]!.start));
      }
      if (!ok || kept.some((o) => o !== c && o.tokenEnd > s && o.tokenStart < c.tokenStart)) continue;
      const first = tokens[s]!;
      const v = variantsOf(first.norm).find((x) => x.key === b[0])!;
      c.start = offsetAfterKeyLetters(first.text, first.start, v.consumed);
      c.tokenStart = s;
      c.evidence.push(`«${text.slice(c.start, tokens[s + b.length - 1]!.end)}» is a branch of the body named after it`);
      break;
    }
  }
}

/**
 * An unlinked name written once with a proclitic (لهسبريس، وبوزيد) and once without (هسبريس) is one name:
 * the clitic form loses its letters when the bare form is a mention of the same type in the article.
 */
function joinCliticForms(tokens: Token[], kept: Candidate[]): void {
  const bare = new Set<string>();
  for (const c of kept) if (!c.entry) bare.add(`${c.type}:${c.key}`);
  for (const c of kept) {
    if (c.entry || bare.size < 2) continue;
    const tok = tokens[c.tokenStart]!;
    if (c.start !== tok.start) continue;
    const rest = c.key.split(' ').slice(1);
    const v = variantsOf(tok.norm).find((x) => x.consumed > 0 && bare.has(`${c.type}:${[x.key, ...rest].join(' ')}`));
    if (!v) continue;
    c.key = [v.key, ...rest].join(' ');
    c.start = offsetAfterKeyLetters(tok.text, tok.start, v.consumed);
  }
}

/** Nouns that take a royal's name as their own (جامعة الملك سعود، مستشفى الملك فهد، مطار الملك خالد), match keys. */
const NAMED_AFTER = /^(جامعه|مستشفي|مدينه|مطار|شارع|طريق|مركز|كليه|مءسسه|جاءزه|ميناء|قاعده|مسجد|جسر|حي|برج|قصر|مجمع|معهد|كرسي|ملعب|استاد|صاله|مكتبه|منتزه|حديقه|سد|مشروع|برنامج|صندوق|مدرسه|ثانويه|اكاديميه)$/;

/** True when the token before `k` is a reporting verb, so that token `k` starts its subject: «وأضاف | خلاف». */
function afterReportingVerb(tokens: Token[], k: number, lex: LinkLexicon): boolean {
  const prev = tokens[k - 1];
  return k > 0 && !!prev && prev.kind === 'word' && tokens[k]!.kind === 'word' && lex.isReportingVerb(prev.norm);
}

/**
 * A person's name the recogniser cut short: «نفى المتحدث تميم | خلاف صحة التقارير … وأضاف خلاف، …» — the word
 * right after an unlinked person's mention that the article later uses alone as the subject of a reporting
 * verb is the person's last name, so the mention takes it (every consumer then sees «تميم خلاف», and the later
 * «خلاف» refers back to it). Not for function words, titles, triggers or definite words (adjectives).
 */
function extendCutNames(text: string, tokens: Token[], kept: Candidate[], lex: LinkLexicon): void {
  const covered = new Uint8Array(tokens.length);
  for (const c of kept) for (let k = c.tokenStart; k < c.tokenEnd; k++) covered[k] = 1;
  const subjectAt = new Map<string, number>();
  for (let k = 1; k < tokens.length; k++) {
    if (covered[k] || !afterReportingVerb(tokens, k, lex)) continue;
    if (!subjectAt.has(tokens[k]!.norm)) subjectAt.set(tokens[k]!.norm, k);
  }
  if (!subjectAt.size) return;
  for (const c of kept) {
    if (c.entry || c.type !== 'PER' || c.tokenEnd >= tokens.length) continue;
    const next = tokens[c.tokenEnd]!;
    if (covered[c.tokenEnd] || !adjacent(text, tokens[c.tokenEnd - 1]!, next)) continue;
    const w = next.norm;
    if (w.length < 3 || w.startsWith('ال') || lex.stopwords.has(w) || lex.triggers.has(w) || lex.modifiers.has(w) || lex.institutionHolders.has(w) || lex.titles.some((t) => t.tokens[0] === w)) continue;
    // «وقال سواريز لمحادثه … كما أفاد لمحادثه»: ل/ب/ك + a common word is a prepositional phrase, not a name
    if (variantsOf(w).some((v) => v.consumed > 0 && /^[لبك]/.test(w) && lex.wordCount(v.key) > 0)) continue;
    const later = subjectAt.get(w);
    if (later === undefined || later <= c.tokenEnd) continue;
    c.evidence.push(`«${text.slice(c.start, next.end)}»: «${next.text}» is used alone later as the speaker («${text.slice(tokens[later - 1]!.start, tokens[later]!.end)}»)`);
    c.end = next.end;
    c.tokenEnd++;
    c.key = `${c.key} ${w}`;
    covered[c.tokenEnd - 1] = 1;
  }
}

/**
 * «المتحدث الرسمي للهلال الأحمر بمكة المكرمة علي عبدالله الغامدي»: the recogniser leaves out a first name «علي»
 * (it reads as على "on"), so an unlinked person right after «علي» — itself after a name, a title or a reporting
 * verb, where على cannot stand — starts at it. Written «على» it is the preposition; after a verb or a noun
 * («حصل علي محمد») it is left alone.
 */
function extendGivenAli(text: string, tokens: Token[], kept: Candidate[], lex: LinkLexicon): void {
  const endsAt = new Map<number, Candidate>();
  for (const c of kept) endsAt.set(c.tokenEnd - 1, c);
  for (const c of kept) {
    if (c.entry || c.type !== 'PER' || c.tokenStart < 2) continue;
    const ali = tokens[c.tokenStart - 1]!;
    if (!/^و?علي$/.test(ali.text) || endsAt.has(c.tokenStart - 1) || !adjacent(text, ali, tokens[c.tokenStart]!) || !adjacent(text, tokens[c.tokenStart - 2]!, ali)) continue;
    const prev = tokens[c.tokenStart - 2]!;
    const before = endsAt.get(c.tokenStart - 2);
    const ok = (before && before.type !== 'PER') || lex.titles.some((t) => t.tokens[t.tokens.length - 1] === prev.norm) || lex.isReportingVerb(prev.norm);
    if (!ok) continue;
    const start = ali.text.startsWith('و') ? ali.start + 1 : ali.start;
    c.evidence.push(`«${text.slice(start, c.end)}»: «علي» after ${before ? 'a name' : 'a title or a reporting verb'} is the first name`);
    c.start = start;
    c.tokenStart--;
    c.key = `علي ${c.key}`;
  }
}

const GOD = 'الله';

/** The two-word surname «X الله» whose «الله» is token k (X after its clitics), when the article named its bearer in full. */
function godSurname(text: string, tokens: Token[], k: number, bySurname: Map<string, { full: Candidate; from: number; common: boolean } | null>, lex: LinkLexicon) {
  const first = tokens[k - 1]!;
  const before = tokens[k - 2];
  if (first.kind !== 'word' || !adjacent(text, first, tokens[k]!)) return null;
  // not after a preposition or with one: «وهذا من فضل الله»، «بفضل الله» are God's grace
  if (before && lex.stopwords.has(before.norm)) return null;
  for (const v of variantsOf(first.norm)) {
    if (v.consumed > 0 && !(v.consumed === 1 && first.text.startsWith('و'))) continue;
    const sur = bySurname.get(`${v.key} ${GOD}`);
    if (sur) return { sur, key: `${v.key} ${GOD}`, consumed: v.consumed };
  }
  return null;
}

/** A surname this common in general news (wordfreq.tsv counts; half for a definite one such as المسلم) is too often an ordinary word (حسن، كامل) to be read alone. */
const COMMON_WORD_COUNT = 400;

/**
 * A person's last name alone, later in the article, refers back to the person named in full, for names
 * the knowledge base lacks too: «رئيس السلطة الوطنية المستقلة للانتخابات محمد شرفي … وأوضح شرفي» — the
 * recogniser may have marked the lone name with its clitic («وشرفي») or not at all. Compared on the match
 * key with proclitics stripped; not for a surname two persons of the article share, nor one that is a
 * function word (علي is also على), a title, a trigger or a common word.
 */
function addSurnameMentions(text: string, tokens: Token[], kept: Candidate[], lex: LinkLexicon): void {
  const isPerson = (c: Candidate) => (c.entry ? c.entry.entityType === 'PER' : c.type === 'PER');
  const bySurname = new Map<string, { full: Candidate; from: number; common: boolean } | null>();
  for (const c of kept) {
    if (!isPerson(c) || c.tokenEnd - c.tokenStart < 2) continue;
    const words = c.key.split(' ');
    // a surname written with «الله» is two words: «باسم عوض الله … محامي عوض الله»
    const last = words.length >= 3 && words[words.length - 1] === GOD && words[words.length - 2] !== 'عبد' ? words.slice(-2).join(' ') : words[words.length - 1]!;
    // a dynasty's name (محمد بن راشد آل مكتوم) is the whole family's
    if (words.length < 2 || last.length < 3 || words.slice(0, -1).includes(last) || words[words.length - 2] === 'ال') continue;
    if (lex.stopwords.has(last) || lex.triggers.has(last) || lex.modifiers.has(last) || lex.institutionHolders.has(last)) continue;
    if (lex.titles.some((t) => t.tokens[0] === last)) continue;
    // a common word (خلاف "dispute") refers back only as the subject of a reporting verb: «وأضاف خلاف»
    const common = lex.wordCount(last) > (last.startsWith('ال') ? COMMON_WORD_COUNT / 2 : COMMON_WORD_COUNT);
    const seen = bySurname.get(last);
    const sameReferent = seen && (seen.full.entry ? seen.full.entry === c.entry : seen.full.key === c.key || (!c.entry && sameNasabName(seen.full.key.split(' '), words)));
    if (seen === undefined) bySurname.set(last, { full: c, from: c.end, common });
    else if (seen && !sameReferent) bySurname.set(last, null);
  }
  if (!bySurname.size) return;
  // a recogniser's lone name with its clitic: «وشرفي» → «شرفي»
  const covered = new Uint8Array(tokens.length);
  for (const c of kept) {
    for (let k = c.tokenStart; k < c.tokenEnd; k++) covered[k] = 1;
    // «وأوضح "الغانمي" و"المغربي" أنه»: a surname in quotation marks the recogniser called MISC is the person's
    const sur = !c.entry && c.type === 'MISC' && c.tokenEnd - c.tokenStart === 1 ? bySurname.get(c.key) : undefined;
    if (sur && c.start >= sur.from && (!sur.common || afterReportingVerb(tokens, c.tokenStart, lex))) {
      c.type = 'PER';
      // (a surname that is also a demonym, «المغربي», gives no country)
      c.country = null;
      c.evidence = c.evidence.filter((x) => !x.startsWith('demonym'));
      c.evidence.push(`«${text.slice(c.start, c.end)}» refers back to «${text.slice(sur.full.start, sur.full.end)}» named in full in the article`);
      continue;
    }
    // «محامي عوض الله»: the recogniser's MISC «الله» closing a two-word surname named in full before
    const god = !c.entry && c.key === GOD && c.tokenEnd - c.tokenStart === 1 && c.tokenStart > 0 ? godSurname(text, tokens, c.tokenStart, bySurname, lex) : null;
    if (god && c.start >= god.sur.from) {
      const first = tokens[c.tokenStart - 1]!;
      covered[c.tokenStart - 1] = 1;
      c.start = offsetAfterKeyLetters(first.text, first.start, god.consumed);
      c.tokenStart--;
      c.key = god.key;
      c.type = 'PER';
      c.entries = god.sur.full.entry ? [god.sur.full.entry] : [];
      c.entry = god.sur.full.entry;
      c.evidence = [`«${text.slice(c.start, c.end)}» refers back to «${text.slice(god.sur.full.start, god.sur.full.end)}» named in full in the article`];
      continue;
    }
    if (!isPerson(c) || c.entry || c.tokenEnd - c.tokenStart !== 1 || bySurname.has(c.key)) continue;
    const tok = tokens[c.tokenStart]!;
    const v = variantsOf(tok.norm).find((x) => x.consumed > 0 && bySurname.get(x.key));
    if (!v || tok.start < bySurname.get(v.key)!.from || (bySurname.get(v.key)!.common && !afterReportingVerb(tokens, c.tokenStart, lex))) continue;
    c.key = v.key;
    c.start = offsetAfterKeyLetters(tok.text, tok.start, v.consumed);
  }
  const added: Candidate[] = [];
  const surnames = [...bySurname.keys()];
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k]!;
    // (a two-word surname with «الله» the recogniser left out: «وقال محامي عوض الله»)
    const god = tok.norm === GOD && k > 0 && !covered[k] && !covered[k - 1] ? godSurname(text, tokens, k, bySurname, lex) : null;
    if (god && tokens[k - 1]!.start >= god.sur.from) {
      const start = offsetAfterKeyLetters(tokens[k - 1]!.text, tokens[k - 1]!.start, god.consumed);
      const { full } = god.sur;
      added.push({
        start, end: tok.end, tokenStart: k - 1, tokenEnd: k + 1, key: god.key, entries: full.entry ? [full.entry] : [], type: 'PER',
        entry: full.entry, fromRecognizer: false, recognizedType: null, role: null, country: null,
        evidence: [`«${text.slice(start, tok.end)}» refers back to «${text.slice(full.start, full.end)}» named in full in the article`],
      });
      continue;
    }
    if (covered[k] || tok.kind !== 'word' || !surnames.some((n) => tok.norm.endsWith(n))) continue;
    const v = variantsOf(tok.norm).find((x) => bySurname.get(x.key));
    if (!v) continue;
    const { full, from, common } = bySurname.get(v.key)!;
    if (common && (v.consumed > 0 || !afterReportingVerb(tokens, k, lex))) continue;
    // «الشيخ مكتوم بن محمد»: the word starts another person's name
    if (tok.start < from || NASAB.has(tokens[k + 1]?.norm ?? '') || tokens[k - 1]?.norm === 'ال') continue;
    // a definite surname right after a definite word reads as its adjective: «الجانب العاطفي» after «فهد العاطفي»
    const prev = tokens[k - 1];
    if (v.key.startsWith('ال') && prev?.kind === 'word' && variantsOf(prev.norm).some((x) => x.key.startsWith('ال') && x.key.length > 3)) continue;
    const start = offsetAfterKeyLetters(tok.text, tok.start, v.consumed);
    added.push({
      start, end: tok.end, tokenStart: k, tokenEnd: k + 1, key: v.key, entries: full.entry ? [full.entry] : [], type: 'PER',
      entry: full.entry, fromRecognizer: false, recognizedType: null, role: null, country: null,
      evidence: [`«${text.slice(start, tok.end)}» refers back to «${text.slice(full.start, full.end)}» named in full in the article`],
    });
  }
  if (!added.length) return;
  kept.push(...added);
  kept.sort((a, b) => a.start - b.start);
}

/**
 * «وأعلنت الحكومة», «فرقت قوات الأمن», «التحالف», «الحكومة الألمانية»: bodies named by a bare head (bare-bodies.ts),
 * with the story's country; an unlinked recogniser mention inside such a name gives way to it.
 */
function addBareBodies(text: string, tokens: Token[], kept: Candidate[], gaz: GazetteerMatch[], demonyms: GazetteerMatch[], kb: Kb, lex: LinkLexicon, table: BareBodyTable, datelineCountry: string | null, datelineSpan: Span | null, published: string | null): void {
  const spans = kept.map((c) => ({
    start: c.start, end: c.end, tokenStart: c.tokenStart, tokenEnd: c.tokenEnd, key: c.key, entry: c.entry, type: c.entry ? c.entry.entityType : c.type,
    country: c.country, nameEn: c.nameEn ?? c.phrase?.nameEn ?? undefined, loose: !c.entry && !c.phrase && c.type !== 'PER',
    inDateline: !!datelineSpan && c.start < datelineSpan.end && c.end > datelineSpan.start,
  }));
  // (a place named inside a body's name still tells where the story is: «محكمة جنايات القاهرة»)
  const placesInNames = kept.flatMap((c) => (c.phrase?.demonym?.kind === 'name' && c.phrase.demonym.entries[0]?.entityType === 'LOC' && !c.phrase.demonym.entries[0].id.startsWith('country:') ? [c.phrase.demonym] : []));
  const story = storyCountry(text, datelineCountry, datelineSpan?.text ?? null, spans, [...demonyms, ...placesInNames]);
  const found = findBareBodies({
    text, tokens, spans, gaz, kb, table, story,
    endsName: (k) => lex.notInstitution.has(k) || lex.stopwords.has(k),
    holder: (k) => lex.institutionHolders.has(k) || lex.titles.some((t) => t.tokens[0] === k),
    isAdjective: (k) => lex.institutionAdjectives.has(k),
    published,
  });
  // (a descriptor before a quoted name is a mention of that name's body: «دعت منظمة «هيومن رايتس ووتش»»)
  for (const n of loneDescriptors(text, tokens, spans, (k) => lex.triggers.get(k) === 'ORG')) {
    const c = kept[n]!;
    const named = kept[n + 1]!;
    c.entry = named.entry;
    c.entries = named.entries.slice(0, 1);
    c.key = named.key;
    c.evidence.push(`«${text.slice(c.start, c.end)}» is the descriptor of the name quoted after it («${text.slice(named.start, named.end)}»)`);
  }
  if (!found.length) return;
  const drop = new Set(found.flatMap((f) => f.replaces));
  const rest = kept.filter((_, n) => !drop.has(n));
  kept.length = 0;
  kept.push(...rest);
  for (const f of found) {
    kept.push({
      start: f.start, end: f.end, tokenStart: f.tokenStart, tokenEnd: f.tokenEnd, key: f.key, entries: f.entry ? [f.entry] : [], type: 'ORG', entry: f.entry,
      fromRecognizer: false, recognizedType: null, role: null, country: f.country, evidence: [f.evidence], ...(f.nameEn ? { nameEn: f.nameEn } : {}),
    });
  }
  kept.sort((a, b) => a.start - b.start);
}

/** A country's army named without its country: «القوات المسلحة», «الجيش» (match keys). */
const BARE_ARMY = [nameKey('القوات المسلحة').split(' '), nameKey('الجيش').split(' ')];

/** Each country's main army in the knowledge base: the armed-forces entry named «الجيش …» (else the first). */
const mainArmies = new WeakMap<Kb, Map<string, KbEntry>>();
function mainArmy(kb: Kb, country: string): KbEntry | null {
  let m = mainArmies.get(kb);
  if (!m) {
    m = new Map();
    for (const e of kb.entries) {
      if (e.role !== 'armed-forces' || !e.country) continue;
      const cur = m.get(e.country);
      if (!cur || (!cur.ar.startsWith('الجيش') && e.ar.startsWith('الجيش'))) m.set(e.country, e);
    }
    mainArmies.set(kb, m);
  }
  return m.get(country) ?? null;
}

/**
 * «القوات المسلحة» / «الجيش» alone is the army the article is about: «شنه الجيش السوداني … أن القوات
 * المسلحة كبدت الميليشيا خسائر» — the nearest country's armed force named before it, else the country of
 * the armed groups or forces in its sentence («تبادل الجيش وقوات الدعم السريع الاتهامات»), else the army
 * of the dateline's country («الخرطوم -»). Not where a definite word continues the name («الجيش الحر»,
 * «القوات المسلحة الملكية»), and not without a country to give.
 */
function addBareArmies(text: string, tokens: Token[], kept: Candidate[], kb: Kb, lex: LinkLexicon, datelineCountry: string | null, dateline: Span | null, sentences: ReadonlyArray<{ start: number; end: number }>): void {
  const covered = new Uint8Array(tokens.length);
  for (const c of kept) for (let k = c.tokenStart; k < c.tokenEnd; k++) covered[k] = 1;
  const armies = kept.filter((c) => c.entry?.role === 'armed-forces' && c.entry.country);
  const added: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || tokens[i]!.kind !== 'word' || !BARE_ARMY.some((f) => tokens[i]!.norm.endsWith(f[0]!))) continue;
    for (const form of BARE_ARMY) {
      const v = variantsOf(tokens[i]!.norm).find((x) => x.key === form[0]);
      if (!v) continue;
      let ok = true;
      for (let k = 1; k < form.length && ok; k++) ok = tokens[i + k]?.norm === form[k] && !covered[i + k];
      if (!ok) continue;
      const end = i + form.length;
      const next = tokens[end];
      // (a rank or title after it starts a person: «المتحدث باسم الجيش العميد نبيل عبد الله»)
      const rank = next && (lex.titles.some((t) => t.tokens[0] === next.norm) || lex.notInstitution.has(next.norm));
      if (next && adjacent(text, tokens[end - 1]!, next) && next.norm.startsWith('ال') && !rank) break;
      const start = offsetAfterKeyLetters(tokens[i]!.text, tokens[i]!.start, v.consumed);
      if (dateline && start < dateline.end && tokens[end - 1]!.end > dateline.start) break;
      const before = armies.filter((c) => c.end <= start).pop();
      // «تبادل الجيش وقوات الدعم السريع الاتهامات»: an armed group of one country in the same sentence
      const sent = sentences.find((x) => x.start <= start && start < x.end);
      const sideCountries = new Set(sent ? kept.filter((c) => c.start >= sent.start && c.end <= sent.end && c.entry?.country && (c.entry.role === 'armed-group' || c.entry.role === 'armed-forces')).map((c) => c.entry!.country!) : []);
      const side = sideCountries.size === 1 ? kept.find((c) => c.start >= sent!.start && c.end <= sent!.end && c.entry?.country === [...sideCountries][0] && (c.entry!.role === 'armed-group' || c.entry!.role === 'armed-forces')) : undefined;
      const country = before?.entry!.country ?? side?.entry!.country ?? datelineCountry;
      const army = country ? mainArmy(kb, country) : null;
      if (!army) break;
      const why = before ? `the army named before it («${text.slice(before.start, before.end)}»)` : side ? `the force of ${country} it stands with («${text.slice(side.start, side.end)}»)` : `the army of the dateline's country (${country})`;
      added.push({
        start, end: tokens[end - 1]!.end, tokenStart: i, tokenEnd: end, key: form.join(' '), entries: [army], type: 'ORG', entry: army,
        fromRecognizer: false, recognizedType: null, role: null, country: null,
        evidence: [`«${text.slice(start, tokens[end - 1]!.end)}» alone: ${why}`],
      });
      i = end - 1;
      break;
    }
  }
  if (!added.length) return;
  kept.push(...added);
  kept.sort((a, b) => a.start - b.start);
}

/**
 * «وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين (الأونروا) … وقالت الأونروا»: a body followed by a
 * one- to three-word name in brackets is defined by that short form; the bracketed form and its later uses
 * are mentions of the body (a recogniser's unlinked mention there gives way).
 */
function addAcronyms(text: string, tokens: Token[], kept: Candidate[]): void {
  const isOrg = (c: Candidate) => (c.entry ? c.entry.entityType : c.type) === 'ORG';
  const defined = new Map<string, { body: Candidate; from: number }>();
  for (const c of kept) {
    if (!isOrg(c) || c.tokenEnd + 2 >= tokens.length || tokens[c.tokenEnd]!.text !== '(') continue;
    let close = c.tokenEnd + 1;
    while (close < tokens.length && close <= c.tokenEnd + 4 && (tokens[close]!.kind === 'word' || tokens[close]!.kind === 'latin')) close++;
    if (close === c.tokenEnd + 1 || tokens[close]?.text !== ')') continue;
    const short = tokens.slice(c.tokenEnd + 1, close);
    // the short form must not be a word of the name itself or a date: «(2015)», «(بيروت)»
    if (short.some((t) => /^\d/.test(t.text)) || kept.some((o) => o !== c && isOrg(o) === false && o.tokenStart === c.tokenEnd + 1 && o.tokenEnd === close)) continue;
    const key = short.map((t) => t.norm.toLowerCase()).join(' ');
    if (key.length < 2 || defined.has(key)) continue;
    defined.set(key, { body: c, from: c.tokenEnd + 1 });
  }
  if (!defined.size) return;
  const added: Candidate[] = [];
  for (const [key, { body, from }] of defined) {
    const words = key.split(' ');
    for (let k = from; k + words.length <= tokens.length; k++) {
      if (!tokens[k]!.norm.toLowerCase().endsWith(words[0]!)) continue;
      const first = variantsOf(tokens[k]!.norm.toLowerCase()).find((v) => v.key === words[0]);
      if (!first || (tokens[k]!.kind !== 'word' && tokens[k]!.kind !== 'latin')) continue;
      let ok = true;
      for (let n = 1; n < words.length && ok; n++) ok = tokens[k + n]!.norm.toLowerCase() === words[n];
      if (!ok) continue;
      const end = k + words.length;
      const over = kept.filter((c) => c.tokenStart < end && c.tokenEnd > k);
      if (over.some((c) => c.entry || c.tokenStart < k || c.tokenEnd > end)) continue;
      for (const c of over) kept.splice(kept.indexOf(c), 1);
      const start = offsetAfterKeyLetters(tokens[k]!.text, tokens[k]!.start, first.consumed);
      added.push({
        start, end: tokens[end - 1]!.end, tokenStart: k, tokenEnd: end, key: body.key, entries: body.entry ? [body.entry] : [], type: body.entry ? body.entry.entityType : body.type,
        entry: body.entry, fromRecognizer: over.length > 0, recognizedType: over[0]?.recognizedType ?? null, role: null, country: null,
        evidence: [`«${text.slice(start, tokens[end - 1]!.end)}» is the short form defined in brackets after «${text.slice(body.start, body.end)}»`],
      });
      k = end - 1;
    }
  }
  if (!added.length) return;
  kept.push(...added);
  kept.sort((a, b) => a.start - b.start);
}

/**
 * «قال المرصد السوري لحقوق الإنسان إن … وقال المرصد إن …»: a body named in full by a phrase of three words or more
 * whose first word is a definite noun is referred to later by that noun alone, when no other body of the
 * article starts with it and it is not a title, trigger or function word (المرصد، المنظمة، الهيئة).
 */
function addHeadNouns(text: string, tokens: Token[], kept: Candidate[], lex: LinkLexicon): void {
  const byHead = new Map<string, Candidate | null>();
  for (const c of kept) {
    if ((c.entry ? c.entry.entityType : c.type) !== 'ORG' || c.tokenEnd - c.tokenStart < 3) continue;
    const head = tokens[c.tokenStart]!;
    const v = variantsOf(head.norm).find((x) => x.key.startsWith('ال') && x.key.length >= 5);
    if (!v || lex.stopwords.has(v.key) || lex.titles.some((t) => t.tokens[0] === v.key) || lex.institutionHolders.has(v.key)) continue;
    const seen = byHead.get(v.key);
    const same = seen && (seen.entry ? seen.entry === c.entry : seen.key === c.key);
    byHead.set(v.key, seen === undefined || same ? (seen ?? c) : null);
  }
  const heads = [...byHead.keys()].filter((h) => byHead.get(h));
  if (!heads.length) return;
  const covered = new Uint8Array(tokens.length);
  for (const c of kept) for (let k = c.tokenStart; k < c.tokenEnd; k++) covered[k] = 1;
  const added: Candidate[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (covered[k] || t.kind !== 'word' || !heads.some((h) => t.norm.endsWith(h))) continue;
    const v = variantsOf(t.norm).find((x) => byHead.get(x.key));
    if (!v) continue;
    const body = byHead.get(v.key)!;
    // only after the full name, and only alone: «المرصد الوطني» (a definite word after it) is another body
    const next = tokens[k + 1];
    if (t.start < body.end || (next && adjacent(text, t, next) && next.norm.startsWith('ال'))) continue;
    const start = offsetAfterKeyLetters(t.text, t.start, v.consumed);
    added.push({
      start, end: t.end, tokenStart: k, tokenEnd: k + 1, key: body.key, entries: body.entry ? [body.entry] : [], type: body.entry ? body.entry.entityType : body.type,
      entry: body.entry, fromRecognizer: false, recognizedType: null, role: null, country: null,
      evidence: [`«${text.slice(start, t.end)}» alone refers back to «${text.slice(body.start, body.end)}»`],
    });
  }
  if (!added.length) return;
  kept.push(...added);
  kept.sort((a, b) => a.start - b.start);
}

/**
 * «وذكر بيان لمكتب السوداني أن …»: «مكتب» before a person is that person's office, an organisation of the
 * person's country that speaks for them (the person's mention gives way to it, as «مكتب رئيس الوزراء» is
 * one name).
 */
function personOffices(text: string, tokens: Token[], kept: Candidate[]): void {
  for (let n = 0; n < kept.length; n++) {
    const c = kept[n]!;
    if ((c.entry ? c.entry.entityType : c.type) !== 'PER' || c.tokenStart === 0) continue;
    const t = tokens[c.tokenStart - 1]!;
    if (t.kind !== 'word' || !/^[ \t\u00a0]+$/.test(text.slice(t.end, c.start))) continue;
    const v = variantsOf(t.norm).find((x) => x.key === 'مكتب');
    if (!v || kept.some((o) => o !== c && o.tokenStart <= c.tokenStart - 1 && o.tokenEnd > c.tokenStart - 1)) continue;
    const start = offsetAfterKeyLetters(t.text, t.start, v.consumed);
    const person = c.entry ? c.entry.en : romanize(text.slice(c.start, c.end));
    kept[n] = {
      start, end: c.end, tokenStart: c.tokenStart - 1, tokenEnd: c.tokenEnd, key: `مكتب ${c.key}`, entries: [], type: 'ORG', entry: null,
      fromRecognizer: false, recognizedType: null, role: 'office', country: c.entry?.country ?? c.country,
      nameEn: `Office of ${person}`, evidence: [`office of a person: «${text.slice(start, c.end)}»${c.entry ? ` (${c.entry.en})` : ''}`],
    };
  }
}

/** Words that continue a person's name: «بن» / «ابن» / «بنت» (son/daughter of). */
const NASAB = new Set(['بن', 'ابن', 'بنت']);
/** A word this rare in general news right after a lone name is more likely the next part of the name. */
const RARE_WORD_COUNT = 150;

/**
 * The word after a lone name continues it: «بن محمد», or a rare indefinite word that is no function word
 * («معصوم مرزوق», «جيفري فيلتمان»), with only a space between.
 */
function continuesName(tokens: Token[], next: number, text: string, lex: LinkLexicon): boolean {
  const t = tokens[next];
  if (!t || !adjacent(text, tokens[next - 1]!, t)) return false;
  if (NASAB.has(t.norm)) return true;
  if (t.norm.startsWith('ال') || lex.stopwords.has(t.norm)) return false;
  return lex.wordCount(t.norm) < RARE_WORD_COUNT;
}

/** The text of a title phrase (titles.tsv) right before token `ts`, or null. */
function titleText(tokens: Token[], ts: number, lex: LinkLexicon, demonymAtEnd: Map<number, GazetteerMatch>, text: string): string | null {
  const t = titleBefore(tokens, ts, lex, demonymAtEnd, new Map());
  return t ? text.slice(t.start, tokens[ts - 1]!.end) : null;
}

/** The title phrase that ends right before token `ts`, with an optional demonym or country name and modifier. */
function titleBefore(
  tokens: Token[],
  ts: number,
  lex: LinkLexicon,
  demonymAtEnd: Map<number, GazetteerMatch>,
  countryAtEnd: Map<number, { entry: KbEntry; tokenStart: number }>,
): { role: string; country: KbEntry | null; start: number } | null {
  let j = ts - 1;
  let country: KbEntry | null = null;
  const adjacent = (a: number) => a >= 0 && tokens[a]!.kind === 'word';
  if (!adjacent(j)) return null;
  if (lex.modifiers.has(tokens[j]!.norm)) j--;
  const d = demonymAtEnd.get(j);
  if (d) {
    country = d.entries[0]!;
    j = d.tokenStart - 1;
  } else {
    // «وزير خارجية روسيا», «وزير خارجية الولايات المتحدة»: the title ends right before the country's name
    // (not somewhere before it: «رئيس بعثة الصليب الأحمر في اليمن دافني ماريت» is no head of state)
    const cn = countryAtEnd.get(j);
    if (cn) {
      country = cn.entry;
      j = cn.tokenStart - 1;
    }
  }
  if (j >= 0 && lex.modifiers.has(tokens[j]!.norm)) j--;
  if (!adjacent(j)) return null;
  for (const t of lex.titles) {
    const n = t.tokens.length;
    const s = j - n + 1;
    if (s < 0) continue;
    let ok = true;
    for (let k = 1; k < n; k++) if (tokens[s + k]!.norm !== t.tokens[k]) ok = false;
    if (!ok) continue;
    const first = variantsOf(tokens[s]!.norm).find((v) => v.key === t.tokens[0]);
    if (!first) continue;
    return { role: t.role, country, start: offsetAfterKeyLetters(tokens[s]!.text, tokens[s]!.start, first.consumed) };
  }
  return null;
}

/** True when `short` is `long` with one or more «بن/ابن/بنت X» links left out (same words in the same order). */
function withinNasab(short: string[], long: string[]): boolean {
  if (short.length >= long.length) return false;
  let i = 0;
  for (let j = 0; j < long.length; j++) {
    if (i < short.length && long[j] === short[i]) i++;
    else if (!NASAB.has(long[j]!) && !NASAB.has(long[j - 1] ?? '')) return false;
  }
  return i === short.length;
}

/** «فهد بن حميد الغانمي» and «فهد الغانمي»: the same given name and surname, one with links of the nasab left out. */
function sameNasabName(a: string[], b: string[]): boolean {
  return a.length >= 2 && b.length >= 2 && a[0] === b[0] && a[a.length - 1] === b[b.length - 1] && (withinNasab(a, b) || withinNasab(b, a));
}

/** Merges candidates into entities: by KB entry, lone surnames into full names, unlinked by key. */
function groupEntities(text: string, cands: Candidate[]): Entity[] {
  interface Group {
    entry: KbEntry | null;
    type: EntityType;
    key: string;
    tokens: string[];
    mentions: Candidate[];
  }
  const groups: Group[] = [];
  const byEntry = new Map<string, Group>();
  const byKey = new Map<string, Group>();
  const persons: Group[] = [];
  for (const c of cands) {
    const type = c.entry ? c.entry.entityType : c.type;
    const keyTokens = c.key.split(' ');
    let g: Group | undefined;
    // a lone name (كيري، الأسد; «عوض الله», a surname written with «الله») joins the person named in full earlier in the article
    // («عبد الله» is a given name of its own)
    const surnameWithGod = keyTokens.length === 2 && keyTokens[1] === GOD && keyTokens[0] !== 'عبد';
    if (type === 'PER' && (keyTokens.length === 1 || surnameWithGod)) {
      let full: Group | undefined;
      for (let k = persons.length - 1; k >= 0 && !full; k--) {
        const p = persons[k]!;
        if (p.tokens.length > keyTokens.length && p.tokens.slice(-keyTokens.length).join(' ') === c.key) full = p;
      }
      if (full && (!c.entry || !full.entry || full.entry.id !== c.entry.id)) {
        if (c.entry && full.entry && full.entry.id !== c.entry.id) c.evidence.push(`«${text.slice(c.start, c.end)}» refers back to «${full.mentions[0]!.key}» named in full in the article`);
        g = full;
      } else if (full) g = full;
    }
    if (!g && c.entry) g = byEntry.get(c.entry.id);
    if (!g && !c.entry) g = byKey.get(`${type}:${c.key}`);
    // «الدكتور فهد بن حميد الغانمي … الدكتور فهد الغانمي»: the same given name and surname with the nasab left out
    if (!g && !c.entry && type === 'PER' && keyTokens.length >= 2) {
      g = persons.find((p) => !p.entry && sameNasabName(p.tokens, keyTokens));
      if (g) c.evidence.push(`«${text.slice(c.start, c.end)}» is «${g.mentions[0]!.key}» without the whole nasab`);
    }
    // «الشيخ أحمد ناصر المحمد الصباح … الشيخ أحمد الناصر»: the given name and the father's name with the article,
    // the short form Gulf news gives a person named in full before (three words at least; the same given name)
    if (!g && !c.entry && type === 'PER' && keyTokens.length === 2 && keyTokens[1]!.startsWith('ال') && keyTokens[1]!.length > 4) {
      g = persons.find((p) => p.tokens.length >= 3 && p.tokens[0] === keyTokens[0] && p.tokens[1] === keyTokens[1]!.slice(2));
      if (g) c.evidence.push(`«${text.slice(c.start, c.end)}» is «${g.mentions[0]!.key}» by the given name and the father's name`);
    }
    if (!g) {
      g = { entry: c.entry, type, key: c.key, tokens: keyTokens, mentions: [] };
      groups.push(g);
      if (c.entry) byEntry.set(c.entry.id, g);
      else byKey.set(`${type}:${c.key}`, g);
      if (type === 'PER') persons.push(g);
    }
    g.mentions.push(c);
    // a later full form gives an unlinked person its longer name tokens
    if (keyTokens.length > g.tokens.length && !g.entry) g.tokens = keyTokens;
  }
  return groups.map((g, i) => {
    const e = g.entry;
    const spans: Span[] = g.mentions.map((m) => ({ text: text.slice(m.start, m.end), start: m.start, end: m.end })).sort((a, b) => a.start - b.start);
    const evidence = [...new Set(g.mentions.flatMap((m) => m.evidence))];
    const role: string | null = g.mentions.find((m) => m.role)?.role ?? e?.role ?? null;
    const titleCountry = g.mentions.find((m) => m.country)?.country ?? null;
    const longest = spans.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a), spans[0]!);
    const name = e ? e.ar : longest.text;
    const entity: Entity = {
      id: `e${i + 1}`,
      type: e ? e.entityType : g.type,
      name,
      nameEn: e ? e.en : (g.mentions.find((m) => m.nameEn)?.nameEn ?? romanize(name)),
      kb: e ? e.id : null,
      country: e ? e.country : titleCountry,
      lat: e?.lat ?? null,
      lon: e?.lon ?? null,
      mentions: spans,
      role,
    };
    if (evidence.length) entity.evidence = evidence;
    return entity;
  });
}

/** The entity whose mention covers the dateline's place, or null. */
export function datelineEntityId(entities: Entity[], place: Span | null | undefined): string | null {
  if (!place) return null;
  for (const e of entities) for (const m of e.mentions) if (m.start < place.end && m.end > place.start) return e.id;
  return null;
}

export { nameKey };
