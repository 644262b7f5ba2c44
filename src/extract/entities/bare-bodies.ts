/**
 * Bodies named by a bare or generic head, which wire copy uses constantly once the story's country is clear
 * (rules in data/kb/bare-bodies.tsv):
 * - «وأعلنت الحكومة أنها …» in a story set in Tunisia is the government of Tunisia; «فرقت قوات الأمن» in a
 *   Cairo story Egypt's security forces; «النيابة العامة», «الشرطة», «النقابات المهنية» likewise;
 * - «الحكومة الألمانية»: the form followed by its country's demonym is that country's body (a government is an
 *   organisation of its own, as the knowledge base's «الحكومة السورية» is, not the country);
 * - «التحالف» alone is the Saudi-led coalition in a Yemen story and the US-led one in an Iraq or Syria story;
 * - «الحكومة» after «الحكومة اليمنية» named earlier refers back to it (the nearest earlier body whose name starts
 *   with the form);
 * - «المتحدث باسم القوات المسلحة العميد يحيى سريع»: the body a known spokesman speaks for.
 * The story's country: the dateline's (unless the article never names that country again and names another at least
 * three times), else the country most of the article's places, country names and demonyms belong to (two mentions at
 * least, twice as many as any other country); none → no entity.
 */
import type { EntityType } from '../../analysis.js';
import type { Kb } from '../../kb/load.js';
import type { KbEntry } from '../../kb/types.js';
import { nameKey } from '../../kb/compile.js';
import type { Token } from '../../text/analyzer.js';
import { cached, type Resources } from '../../resources.js';
import { offsetAfterKeyLetters, type GazetteerMatch } from './gazetteer.js';
import { adjacent } from './institutions.js';
import { variantsOf } from './lexicon.js';

export interface BareBodyRule {
  /** match keys of the form's words */
  form: string[];
  /** '*' or an ISO alpha-3 code: the story's country the rule applies in */
  country: string;
  /** a knowledge-base id, `role:R`, or '' */
  target: string;
  /** English name pattern ({} = the country's English name) */
  en: string;
  /** a body only with its country's demonym right after it (kind `named`: «الخارجية الباكستانية», not «الخارجية») */
  needsDemonym?: boolean;
}

export interface BareBodyTable {
  bodies: BareBodyRule[];
  /** match keys of words that make the form part of another name or a title right after them */
  before: Set<string>;
  /** spokesman person id → the body's form and the body's knowledge-base id */
  spokesmen: Map<string, { form: string[]; body: string }>;
  /** adjectives (match keys) that make the form part of another name: العام، الحاكم */
  adjectives: Set<string>;
  /** titles that name their holder alone («ولي العهد»): form, country, holder id, tenure (ISO dates, `to` '' = open) */
  offices: Array<{ form: string[]; country: string; person: string; from: string; to: string }>;
  /** a person's following: the collective words before his name (match keys) and the movement's id, by person id */
  movements: Map<string, { heads: Set<string>; body: string }>;
}

export function bareBodyTable(res: Resources): BareBodyTable {
  return cached(res, 'entities:bare-bodies', (r) => parseBareBodies(r.read('data/kb/bare-bodies.tsv')));
}

export function parseBareBodies(text: string | null): BareBodyTable {
  const t: BareBodyTable = { bodies: [], before: new Set(), spokesmen: new Map(), adjectives: new Set(), offices: [], movements: new Map() };
  for (const line of (text ?? '').split(/\r?\n/)) {
    if (!line.trim() || line.startsWith('#') || line.startsWith('kind\t')) continue;
    const [kind, form = '', country = '*', target = '', en = ''] = line.split('\t').map((c) => c.trim());
    if (kind === 'body') t.bodies.push({ form: nameKey(form).split(' '), country: country || '*', target, en });
    else if (kind === 'named') t.bodies.push({ form: nameKey(form).split(' '), country: country || '*', target, en, needsDemonym: true });
    else if (kind === 'before') t.before.add(nameKey(form));
    else if (kind === 'adjective') t.adjectives.add(nameKey(form));
    else if (kind === 'movement') t.movements.set(target, { heads: new Set(form.split('|').map((w) => nameKey(w.trim())).filter(Boolean)), body: en });
    else if (kind === 'office') {
      const [from = '', to = ''] = en.split('/');
      t.offices.push({ form: nameKey(form).split(' '), country, person: target, from, to });
    }
    else if (kind === 'spokesman') t.spokesmen.set(target, { form: nameKey(form).split(' '), body: en });
  }
  return t;
}

/** A span of the text with its tokens, its key and its knowledge-base entry. */
interface KeyedSpan {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  key: string;
  entry: KbEntry | null;
}

/** What the linker knows of a span when bare bodies are looked for. */
export interface LinkedSpan extends KeyedSpan {
  type: EntityType;
  country: string | null;
  nameEn?: string;
  /** an unlinked recogniser mention (no knowledge-base entry, no shape rule): a body's name may swallow it */
  loose?: boolean;
  /** the span is the dateline's place (it gives the dateline's country, not a vote of the story's) */
  inDateline?: boolean;
}

/** A new mention of a body; `replaces` lists the spans (indexes into the input) it swallows. */
export interface BodyMention extends KeyedSpan {
  nameEn: string | null;
  country: string | null;
  evidence: string;
  replaces: number[];
}

export interface StoryCountry {
  country: string;
  evidence: string;
}

/**
 * The story's country: the dateline's, unless the article never names that country again and names another at
 * least three times (twice as often as any third); else the country that most of the article's places, country
 * names and demonyms belong to — at least two mentions and at least twice as many as the next country; else null.
 */
export function storyCountry(
  text: string,
  datelineCountry: string | null,
  datelineText: string | null,
  spans: LinkedSpan[],
  demonyms: GazetteerMatch[],
): StoryCountry | null {
  const votes = new Map<string, string[]>();
  const vote = (c: string | null | undefined, what: string) => {
    if (!c) return;
    const l = votes.get(c) ?? [];
    l.push(what);
    votes.set(c, l);
  };
  for (const s of spans) if (s.entry && s.entry.entityType === 'LOC' && !s.inDateline) vote(s.entry.country, `«${text.slice(s.start, s.end)}»`);
  for (const d of demonyms) vote(d.entries[0]?.country, `«${text.slice(d.start, d.end)}»`);
  const ranked = [...votes].sort((a, b) => b[1].length - a[1].length);
  const [top, second] = ranked;
  // the dateline's country, unless the story never names it again and is plainly about another («دبي - … اليمن …
  // عدن … اليمنية»: a correspondent abroad)
  if (datelineCountry) {
    const elsewhere = top && top[0] !== datelineCountry && !votes.has(datelineCountry) && top[1].length >= 3 && (!second || top[1].length >= 2 * second[1].length);
    if (!elsewhere) return { country: datelineCountry, evidence: `the dateline «${datelineText ?? ''}»` };
  }
  if (!top || top[1].length < 2 || (second && top[1].length < 2 * second[1].length)) return null;
  const shown = [...new Set(top[1])].slice(0, 4).join(', ');
  return { country: top[0], evidence: `the story's country, named ${top[1].length} times (${shown})${second ? ` against ${second[1].length} for ${second[0]}` : ''}` };
}

const NISBA = /(ي|يه|يين|يون|يات)$/;
const definite = (t: Token) => t.norm.startsWith('ال') && t.norm.length >= 4 && !t.text.startsWith('آ');

/** The country a definite demonym (or a country name that is its own adjective: السعودية) at token k gives, or null. */
function demonymAt(k: number, tokens: Token[], gazAt: Map<number, GazetteerMatch>, spans: LinkedSpan[]): { country: KbEntry; tokenEnd: number; end: number; span: number } | null {
  const t = tokens[k];
  const g = gazAt.get(k);
  if (!t || !g || !definite(t) || g.tokenEnd !== k + 1) return null;
  if (g.kind === 'demonym' && g.entries[0]) return { country: g.entries[0], tokenEnd: g.tokenEnd, end: g.end, span: spans.findIndex((s) => s.tokenStart === k) };
  const c = g.entries.length === 1 && g.entries[0]!.type === 'country' ? g.entries[0]! : null;
  if (c && NISBA.test(t.norm)) return { country: c, tokenEnd: g.tokenEnd, end: g.end, span: spans.findIndex((s) => s.tokenStart === k && s.tokenEnd === k + 1) };
  return null;
}

export interface BareBodyInput {
  text: string;
  tokens: Token[];
  spans: LinkedSpan[];
  gaz: GazetteerMatch[];
  kb: Kb;
  table: BareBodyTable;
  story: StoryCountry | null;
  /** true for words after which a definite word does not continue a name (time words: اليوم، الخميس) */
  endsName: (key: string) => boolean;
  /** true for a title's or an office holder's word (رئيس، وزير) */
  holder: (key: string) => boolean;
  /** true for an adjective an institution's name may end with (العامة، الأعلى) */
  isAdjective: (key: string) => boolean;
  /** the article's publication date (ISO), for a title's holder at that date */
  published?: string | null;
}

export function findBareBodies(input: BareBodyInput): BodyMention[] {
  const { text, tokens, spans, gaz, kb, table, story, endsName, holder, isAdjective, published } = input;
  const gazAt = new Map<number, GazetteerMatch>();
  for (const g of gaz) gazAt.set(g.tokenStart, g);
  const coveredBy = new Int32Array(tokens.length).fill(-1);
  spans.forEach((s, n) => { for (let k = s.tokenStart; k < s.tokenEnd; k++) coveredBy[k] = n; });
  const out: BodyMention[] = [];
  /** the words (match keys) each body found here was named by, by its start */
  const formOf = new Map<number, string>();
  /** the spans over tokens [a, b) when each is a loose mention inside them, else null (something else is there) */
  const inside = (a: number, b: number): number[] | null => {
    const found = new Set<number>();
    for (let k = a; k < b; k++) {
      const n = coveredBy[k]!;
      if (n < 0) continue;
      const s = spans[n];
      if (!s || !s.loose || s.tokenStart < a || s.tokenEnd > b) return null;
      found.add(n);
    }
    return [...found];
  };
  const countryName = (c: string) => kb.byId.get(`country:${c}`)?.en ?? c;
  const bodyFor = (rule: BareBodyRule, country: string): { entry: KbEntry | null; nameEn: string | null } | null => {
    if (rule.target.startsWith('role:')) {
      const role = rule.target.slice(5);
      const formKey = rule.form.join(' ');
      const e = kb.entries.find((x) => x.country === country && x.role === role && nameKey(x.ar).startsWith(formKey));
      if (e) return { entry: e, nameEn: null };
    } else if (rule.target) {
      const e = kb.byId.get(rule.target);
      return e ? { entry: e, nameEn: null } : null;
    }
    return rule.en ? { entry: null, nameEn: rule.en.replace('{}', countryName(country)) } : null;
  };

  // «المتحدث باسم القوات المسلحة العميد يحيى سريع»: a known spokesman's body
  for (const s of spans) {
    const sp = s.entry ? table.spokesmen.get(s.entry.id) : undefined;
    if (!sp) continue;
    const body = kb.byId.get(sp.body);
    if (!body) continue;
    // the form ends at most three words (a rank, a title) before the person
    for (let end = s.tokenStart; end >= Math.max(0, s.tokenStart - 3) && end >= sp.form.length; end--) {
      const i = end - sp.form.length;
      const swallowed = matchForm(tokens, i, sp.form, text) ? inside(i, end) : null;
      if (!swallowed) continue;
      const between = tokens.slice(end, s.tokenStart);
      if (between.some((t) => t.kind !== 'word') || (i > 0 && !/^(باسم|اسم)$/.test(tokens[i - 1]!.norm))) continue;
      const start = offsetAfterKeyLetters(tokens[i]!.text, tokens[i]!.start, formConsumed(tokens[i]!, sp.form[0]!));
      out.push({
        start, end: tokens[end - 1]!.end, tokenStart: i, tokenEnd: end, key: nameKey(body.ar), entry: body, nameEn: null, country: body.country, replaces: swallowed,
        evidence: `«${text.slice(start, tokens[end - 1]!.end)}» is the body «${text.slice(s.start, s.end)}» speaks for (${body.en})`,
      });
      for (let k = i; k < end; k++) coveredBy[k] = spans.length;
      break;
    }
  }

  // «أتباع غولن», «منظمة فتح الله غولن»: a collective word before a person's name is his movement
  for (let n = 0; n < spans.length; n++) {
    const s = spans[n]!;
    const mv = s.entry ? table.movements.get(s.entry.id) : undefined;
    const body = mv && kb.byId.get(mv.body);
    const head = tokens[s.tokenStart - 1];
    if (!mv || !body || !head || head.kind !== 'word' || coveredBy[s.tokenStart - 1]! >= 0 || !adjacent(text, head, tokens[s.tokenStart]!)) continue;
    const v = variantsOf(head.norm).find((x) => mv.heads.has(x.key));
    if (!v) continue;
    const start = offsetAfterKeyLetters(head.text, head.start, v.consumed);
    out.push({
      start, end: s.end, tokenStart: s.tokenStart - 1, tokenEnd: s.tokenEnd, key: nameKey(body.ar), entry: body, nameEn: null, country: body.country, replaces: [n],
      evidence: `«${text.slice(start, s.end)}»: ${s.entry!.en}'s following is ${body.en}, not the person`,
    });
    for (let k = s.tokenStart - 1; k < s.tokenEnd; k++) coveredBy[k] = spans.length;
  }

  // «وأكد سمو ولي العهد أن …»: the title alone names its holder in the story's country at the article's date
  const day = published?.slice(0, 10) ?? '';
  const holders = story && day ? table.offices.filter((o) => o.country === story.country && o.from <= day && (!o.to || day < o.to)) : [];
  for (const o of holders) {
    const person = kb.byId.get(o.person);
    if (!person) continue;
    for (let i = 0; i < tokens.length; i++) {
      if (!matchForm(tokens, i, o.form, text)) continue;
      const end = i + o.form.length;
      const swallowed = inside(i, end);
      const prev = tokens[i - 1];
      const next = tokens[end];
      // («نائب ولي العهد», «ولي ولي العهد»: another office; «ولي العهد الأمير …», «ولي العهد السعودي»: named or placed by what follows)
      if (!swallowed || (prev && prev.kind === 'word' && adjacent(text, prev, tokens[i]!) && variantsOf(prev.norm).some((v) => table.before.has(v.key)))) continue;
      if (next && next.kind === 'word' && adjacent(text, tokens[end - 1]!, next) && (definite(next) || coveredBy[end]! >= 0)) continue;
      const start = offsetAfterKeyLetters(tokens[i]!.text, tokens[i]!.start, formConsumed(tokens[i]!, o.form[0]!));
      out.push({
        start, end: tokens[end - 1]!.end, tokenStart: i, tokenEnd: end, key: nameKey(person.ar), entry: person, nameEn: null, country: person.country, replaces: swallowed,
        evidence: `«${text.slice(start, tokens[end - 1]!.end)}» alone: ${person.en}, holder on ${day} in ${story!.evidence}`,
      });
      for (let k = i; k < end; k++) coveredBy[k] = spans.length;
    }
  }

  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.kind !== 'word' || (coveredBy[i]! >= 0 && !spans[coveredBy[i]!]?.loose)) continue;
    const matching = table.bodies.filter((r) => matchForm(tokens, i, r.form, text));
    if (!matching.length) continue;
    // the longest form wins: «المجلس العسكري الانتقالي» over «المجلس العسكري»
    const form = matching.reduce((a, r) => (r.form.length > a.length ? r.form : a), matching[0]!.form);
    const rules = matching.filter((r) => r.form.length === form.length);
    const end = i + form.length;
    const swallowed = inside(i, end);
    if (!swallowed) continue;
    // «رئيس الحكومة», «رئاسة الحكومة», «عناصر الشرطة»: part of a title or of another name
    const prev = tokens[i - 1];
    if (prev && prev.kind === 'word' && adjacent(text, prev, tok) && formConsumed(tok, form[0]!) === 0) {
      if (variantsOf(prev.norm).some((v) => table.before.has(v.key) || holder(v.key))) continue;
    }
    // a form that is itself a relative adjective right after a definite noun agrees with it: «السياسة الخارجية
    // الأميركية» is a policy, not the ministry («الخارجية الأميركية»)
    if (prev && prev.kind === 'word' && adjacent(text, prev, tok) && formConsumed(tok, form[0]!) === 0 && form.length === 1 && NISBA.test(form[0]!) && definite(prev)) continue;
    const start = offsetAfterKeyLetters(tok.text, tok.start, formConsumed(tok, form[0]!));
    const next = tokens[end];
    const nextAdjacent = !!next && next.kind === 'word' && adjacent(text, tokens[end - 1]!, next);
    // «الحكومة الألمانية», «النيابة العامة السعودية»: the country's own body
    const dem = nextAdjacent ? demonymAt(end, tokens, gazAt, spans) : null;
    if (dem) {
      const alsoSwallowed = coveredBy[end] === dem.span ? [] : inside(end, dem.tokenEnd);
      if (!alsoSwallowed) continue;
      const country = dem.country.country!;
      const rule = rules.find((r) => r.country === '*' || r.country === country);
      const body = rule && bodyFor(rule, country);
      if (!body) continue;
      out.push({
        start, end: dem.end, tokenStart: i, tokenEnd: dem.tokenEnd, key: body.entry ? nameKey(body.entry.ar) : `body ${body.nameEn}`, ...body, country,
        replaces: [...swallowed, ...alsoSwallowed, ...(dem.span >= 0 ? [dem.span] : [])],
        evidence: `«${text.slice(start, dem.end)}»: the body of ${dem.country.en} named by its demonym${body.entry ? ` (${body.entry.en})` : ''}`,
      });
      formOf.set(start, [...form, tokens[dem.tokenEnd - 1]!.norm].join(' '));
      i = dem.tokenEnd - 1;
      continue;
    }
    // «الحكومة الانتقالية في مالي», «السلطات في باماكو»: the body of the country (or its capital) named right after في
    const inPlace = next && nextAdjacent && next.norm === 'في' ? countryAfterFi(end + 1, tokens, gazAt) : null;
    if (inPlace) {
      const rule = rules.find((r) => r.country === '*' || r.country === inPlace.country);
      const body = rule && bodyFor(rule, inPlace.country);
      if (body) {
        // (the place stays a mention of its own)
        const stop = tokens[end - 1]!.end;
        out.push({
          start, end: stop, tokenStart: i, tokenEnd: end, key: body.entry ? nameKey(body.entry.ar) : `body ${body.nameEn}`, ...body, country: inPlace.country,
          replaces: swallowed,
          evidence: `«${text.slice(start, stop)}»: the body of ${countryName(inPlace.country)} named by the place after «في» («${text.slice(tokens[end + 1]!.start, tokens[inPlace.tokenEnd - 1]!.end)}»)`,
        });
        formOf.set(start, form.join(' '));
        i = end - 1;
        continue;
      }
    }
    // an adjective right after it makes another name («الحكومة الموازية», «قوات الأمن العام», «التحالف الدولي»): a
    // relative adjective, a listed one, or — after a feminine form — a word that agrees with it; a time word does not
    // («أعلنت الحكومة الخميس»), nor a definite object («وقّع المجلس العسكري الانتقالي الاتفاق»)
    // (a name of the knowledge base is no adjective: «اتهمت الحكومة الحوثيين»)
    const nextNamed = coveredBy[end]! >= 0 && !!spans[coveredBy[end]!]?.entry;
    if (nextAdjacent && definite(next!) && !endsName(next!.norm) && !nextNamed) {
      const w = next!.norm;
      const feminine = form[form.length - 1]!.endsWith('ه') && w.endsWith('ه');
      if (NISBA.test(w) || table.adjectives.has(w) || isAdjective(w) || feminine) continue;
    }
    // the nearest earlier body whose name starts with the form: «الحكومة اليمنية … الحكومة»
    const formKey = form.join(' ');
    // (a definite head also takes back a name that opens with the same head in construct: «حركة أمل … الحركة»,
    // «وزارة الخارجية … الوزارة»)
    const construct = formKey.startsWith('ال') && !formKey.includes(' ') ? `${formKey.slice(2)} ` : null;
    const named = (key: string) => key === formKey || key.startsWith(`${formKey} `) || (!!construct && key.startsWith(construct));
    const earlier = [
      ...spans.map((s, n) => ({ s, n })).filter(({ s }) => named(s.key)),
      ...out.map((o) => ({ s: { ...o, type: 'ORG' as EntityType }, n: -1 })).filter(({ s }) => named(formOf.get(s.start) ?? '')),
    ]
      .filter(({ s }) => (s.entry ? s.entry.entityType : s.type) === 'ORG' && s.end <= start)
      .sort((a, b) => a.s.start - b.s.start)
      .pop();
    if (earlier) {
      const s = earlier.s;
      out.push({
        start, end: tokens[end - 1]!.end, tokenStart: i, tokenEnd: end, key: s.key, entry: s.entry, nameEn: s.nameEn ?? null, country: s.entry?.country ?? s.country, replaces: swallowed,
        evidence: `«${text.slice(start, tokens[end - 1]!.end)}» alone refers back to «${text.slice(s.start, s.end)}»`,
      });
      i = end - 1;
      continue;
    }
    if (!story) continue;
    const alone = rules.filter((r) => !r.needsDemonym);
    const rule = alone.find((r) => r.country === story.country) ?? alone.find((r) => r.country === '*');
    const body = rule && bodyFor(rule, story.country);
    if (!body) continue;
    out.push({
      start, end: tokens[end - 1]!.end, tokenStart: i, tokenEnd: end, key: body.entry ? nameKey(body.entry.ar) : `body ${body.nameEn}`, ...body,
      country: body.entry?.country ?? story.country, replaces: swallowed,
      evidence: `«${text.slice(start, tokens[end - 1]!.end)}» alone: ${body.entry?.en ?? body.nameEn}, from ${story.evidence}`,
    });
    formOf.set(start, form.join(' '));
    i = end - 1;
  }
  return out;
}

/** The country a country name or a capital at token k gives («في مالي», «في باماكو»), with the name's end. */
function countryAfterFi(k: number, tokens: Token[], gazAt: Map<number, GazetteerMatch>): { country: string; tokenEnd: number } | null {
  const g = gazAt.get(k);
  if (!g || g.kind !== 'name' || !tokens[k] || g.entries.length !== 1) return null;
  const e = g.entries[0]!;
  if (!e.country || (e.type !== 'country' && e.role !== 'capital')) return null;
  return { country: e.country, tokenEnd: g.tokenEnd };
}

/** How many match-key letters of clitics precede the form's first word in the token (-1: no match). */
function formConsumed(tok: Token, first: string): number {
  return variantsOf(tok.norm).find((v) => v.key === first)?.consumed ?? -1;
}

/** The form's words at token i (the first with its clitics, the others adjacent and exact). */
function matchForm(tokens: Token[], i: number, form: string[], text: string): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || formConsumed(t, form[0]!) < 0) return false;
  for (let k = 1; k < form.length; k++) {
    const n = tokens[i + k];
    if (!n || n.norm !== form[k] || !adjacent(text, tokens[i + k - 1]!, n)) return false;
  }
  return true;
}

/**
 * «اتهم رئيس حزب «القوات اللبنانية» سمير جعجع»: an organisation's descriptor word (حزب، حركة، قناة) marked alone as
 * a body right before the same kind of body named in quotation marks is that name's descriptor, not a body of its
 * own: a mention of the quoted body. Indexes of such spans (the body is the span after each).
 */
export function loneDescriptors(text: string, tokens: Token[], spans: LinkedSpan[], isOrgTrigger: (key: string) => boolean): number[] {
  const out: number[] = [];
  spans.forEach((s, n) => {
    if (!s.loose || s.type !== 'ORG' || s.tokenEnd - s.tokenStart !== 1) return;
    const t = tokens[s.tokenStart]!;
    if (!variantsOf(t.norm).some((v) => isOrgTrigger(v.key))) return;
    const next = spans[n + 1];
    if (!next || !next.entry || next.entry.entityType !== 'ORG' || next.tokenStart > s.tokenEnd + 1) return;
    if (!/^\s*[«"“]\s*$/.test(text.slice(s.end, next.start))) return;
    out.push(n);
  });
  return out;
}
