/**
 * Datelines: the place, agency, byline and date that open an Arabic news story, and the agency
 * mark that may close it. The forms the Arabic press uses (all handled here):
 *
 *   هامبورغ - أجرى وزير…                        place, then the story
 *   القاهرة - أحمد الريدي                       place - byline (own line, or closed by `:`)
 *   فايز الحسيكي – جدة                          byline – place (one word is the place)
 *   دبي ـ العربية.نت  /  الرياض - واس          place - agency or outlet
 *   واشنطن - أ ف ب: قال…  /  باريس - أ.ف.ب:    abbreviations with or without dots
 *   بيروت (رويترز) -                            place (agency) -
 *   (أ ف ب) -                                   agency alone (no place: no dateline, only a credit)
 *   جنيف 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس     SPA: place, Hijri + Gregorian date, agency
 *   سان فرانسيسكو 20 يوليو تموز (رويترز) -        Reuters: place, date, (agency)
 *   لندن: «الشرق الأوسط»                        place: «outlet»
 *   بغداد/ المدى                                place/ outlet (a slash as the dash)
 *   إسلام أباد، طهران - العربي الجديد            places joined by commas - outlet (the first is the dateline)
 *   مسقط في 26 مايو /العُمانية/                 place في date /agency/ (Oman News Agency)
 *   أحمد علي- سبق- القاهرة:                      byline - outlet - place:
 *   خاص - / عين اليوم – متابعات                 generic credits
 *   … (أ ف ب)                                   agency mark at the end of the article
 *
 * It must not fire on an ordinary sentence with a dash (`أدت اتفاقية سايكس - بيكو …`): a lone
 * name before a dash counts only when it is one word or a known multi-word place, every name is
 * checked against function words, and richer forms need an agency, a date or a closing `:`/line end.
 */
import type { Span } from '../analysis.js';
import type { Resources } from '../resources.js';
import { datelineLexicon, looseKey, lookupAgency, matchAgencyAt, type AgencyEntry, type DatelineLexicon } from './agencies.js';

export interface DatelineParse {
  /** null for a credit without a place (`(أ ف ب) -`, `خاص -`) */
  place: Span | null;
  agency: Span | null;
  /** the agency's English name when it is in the lexicon */
  agencyEn: string | null;
  byline: Span | null;
  date: Span | null;
  /** the whole dateline, separators included */
  span: Span;
  /** where the story's own text begins */
  bodyStart: number;
  /** weak: a lone place before a dash (`هامبورغ - `); strong: with an agency, a date, a byline or a closing `:`/line end */
  strength: 'weak' | 'strong';
}

type ItemKind = 'name' | 'agency' | 'date' | 'role';

interface Item {
  kind: ItemKind;
  start: number;
  end: number;
  /** in brackets or quotes */
  bracketed: boolean;
  /** just after the item, past a closing bracket */
  next: number;
  entry: AgencyEntry | null;
  words: number;
  /** a list of places joined by commas (`إسلام أباد، طهران`): where the first one ends */
  listHead?: number;
}

const L = '\\u0621-\\u063A\\u0641-\\u064A\\u0671-\\u06D3';
const WORD = `[${L}][${L}\\u0640\\u064B-\\u0652]*`;
const NAME_RE = new RegExp(`${WORD}(?:[ \\t\\u00A0]*/[ \\t\\u00A0]*${WORD}|[ \\t\\u00A0]+${WORD}){0,3}`, 'uy');
const DIGITS = '[0-9\\u0660-\\u0669]';
// (`كانون الأول/ديسمبر`; not `مايو /العمانية/` nor `فبراير /أ ش أ/`, an agency between slashes)
const MONTH = `${WORD}(?:\\s+${WORD})?(?:\\s*/\\s*[${L}][${L}\\u0640\\u064B-\\u0652]{2,}(?![${L}\\u0640\\u064B-\\u0652])(?!\\s*/))?`;
// 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م  |  20 يوليو تموز  |  7 كانون الأول/ديسمبر 2016
const DATE_RE = new RegExp(
  `(?:${DIGITS}{1,2}|أول)\\s+${MONTH}(?:\\s+${DIGITS}{4})?(?:\\s*هـ?(?![${L}]))?(?:\\s+الموافق\\s+${DIGITS}{1,2}\\s+${MONTH}(?:\\s+${DIGITS}{4})?(?:\\s*م(?![${L}]))?)?`,
  'uy',
);
/** Day and month in figures right before an agency in brackets: `5 - 3 (كونا)`. */
const NUMERIC_DATE_RE = new RegExp(`${DIGITS}{1,2}[ \\t]*[-/][ \\t]*${DIGITS}{1,2}(?=[ \\t]*\\()`, 'uy');
const BRACKETS: Record<string, string> = { '(': ')', '«': '»', '"': '"', '“': '”', '”': '“' };
const SPACE = /[ \t\u00A0\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const DASHES = /[-–—‐‒]/;

/** Words that never make up a place or a byline: a name containing one is an ordinary sentence. */
const FUNCTION_WORDS = new Set(
  [
    'في', 'من', 'على', 'الى', 'إلى', 'عن', 'مع', 'قبل', 'بعد', 'منذ', 'حتى', 'هذا', 'هذه', 'ذلك', 'تلك', 'التي', 'الذي', 'الذين',
    'قال', 'وقال', 'قالت', 'أن', 'إن', 'ان', 'لا', 'لم', 'لن', 'ما', 'كما', 'أو', 'او', 'ثم', 'قد', 'كان', 'كانت', 'بين', 'عند',
    'لدى', 'حول', 'هو', 'هي', 'هم', 'نحن', 'أنا', 'كل', 'بعض', 'غير', 'عاجل', 'تحديث', 'ملاحظة', 'الخبر', 'تقرير', 'خلال',
    'يوم', 'اليوم', 'أمس', 'امس', 'غدا', 'الآن', 'عام', 'سنة', 'ضد', 'بل', 'لكن', 'لقد', 'حيث', 'إذا', 'اذا', 'أي', 'اي', 'و', 'ف',
  ].map(wordKey),
);
/** A credit that names a role, not a place: `تصوير : عبد الملك سرور` (photos by …). */
const ROLE_WORDS = new Set(['تصوير', 'تحرير', 'اعداد', 'كتب', 'كتبت', 'ترجمه', 'متابعه', 'رصد', 'تغطيه'].map(looseKey));

/** Harakat and tatweel dropped, alef forms unified; ى and ي stay apart (على the preposition, علي the name). */
function wordKey(w: string): string {
  return w.replace(/[\u064B-\u0652\u0670\u0640]/g, '').replace(/[أإآٱ]/g, 'ا');
}

const isSpace = (ch: string | undefined) => ch !== undefined && SPACE.test(ch);
const isLineEnd = (ch: string | undefined) => ch === undefined || ch === '\n' || ch === '\r';

function skipSpaces(text: string, i: number, limit: number): number {
  while (i < limit && isSpace(text[i])) i++;
  return i;
}

function wordsOf(s: string): string[] {
  return s.split(/[\s/]+/).filter(Boolean);
}

/** A dateline at text[start, limit) (the first line of the story's first paragraph), or null. */
export function parseDateline(text: string, start: number, limit: number, lexOrRes?: DatelineLexicon | Resources | null): DatelineParse | null {
  const lex = lexOrRes && 'agencies' in lexOrRes ? lexOrRes : datelineLexicon(lexOrRes as Resources | null | undefined);
  const found = parseAt(text, start, limit, lex);
  if (found) return found;
  // left-over page furniture before the credit (`Next Previous عين اليوم – جدة`): only a credit with an agency or a date
  const junk = /(?:[A-Za-z]+[ \t]+){1,3}(?=[\u0621-\u064A])/y;
  junk.lastIndex = skipSpaces(text, start, limit);
  const m = junk.exec(text);
  if (!m) return null;
  const d = parseAt(text, junk.lastIndex, limit, lex);
  return d && (d.agency || d.date) ? d : null;
}

function parseAt(text: string, start: number, limit: number, lex: DatelineLexicon): DatelineParse | null {
  limit = Math.min(limit, start + 240);
  let i = skipSpaces(text, start, limit);
  // a bulleted dateline in Asharq Al-Awsat: `* واشنطن - «الشرق الأوسط»:`
  if ((text[i] === '*' || text[i] === '•') && isSpace(text[i + 1])) i = skipSpaces(text, i + 1, limit);
  const first = i;

  const items: Item[] = [];
  /** separator after items[k]: dash, colon or none (a bracket or a date following directly) */
  const seps: ('dash' | 'colon' | 'none')[] = [];
  let closed: 'line' | 'colon' | 'agency' | null = null;
  let bodyStart = -1;
  let endOfDateline = -1;

  for (let guard = 0; guard < 7; guard++) {
    i = skipSpaces(text, i, limit);
    const prev = items[items.length - 1];
    const item = readItem(text, i, limit, lex, prev && seps[seps.length - 1] === 'none' ? prev : null, items.length === 0);
    if (!item) {
      // nothing readable here: the previous separator led into the story (`هامبورغ - 25 …` is not expected)
      if (items.length && seps[seps.length - 1] !== 'none') {
        bodyStart = i;
      }
      break;
    }
    items.push(item);
    i = item.next;
    const j = skipSpaces(text, i, limit);
    if (j >= limit || isLineEnd(text[j])) {
      closed = 'line';
      endOfDateline = item.next;
      bodyStart = j;
      break;
    }
    const sep = readSeparator(text, i, limit, lex);
    if (sep) {
      seps.push(sep.type);
      i = sep.end;
      const k = skipSpaces(text, i, limit);
      if (sep.type === 'colon') {
        const next = readItem(text, k, limit, lex, null);
        const continues = item.kind === 'role' || (next && (next.bracketed || (next.kind === 'agency' && !next.entry?.ambiguous)));
        if (!continues) {
          closed = 'colon';
          endOfDateline = sep.colonAt + 1;
          bodyStart = k;
          break;
        }
      } else if (k >= limit || isLineEnd(text[k])) {
        closed = 'line';
        endOfDateline = sep.dashAt + 1;
        bodyStart = k;
        break;
      }
      continue;
    }
    const ch = text[j]!;
    // an agency in brackets, a date or a known agency may follow without a separator: `بيروت (رويترز)`,
    // `جنيف 25 شوال … م واس` (after the date); a quoted name may not (`بثت قناة "الإخبارية"` is a sentence),
    // nor an agency after a name (`سوق عكاظ`, `وكالة انباء الاناضول`)
    if (ch === '(' || (/[0-9\u0660-\u0669]/.test(ch) && item.kind === 'name') || (item.kind === 'date' && matchAgencyAt(lex, text, j, limit)) || (ch === '/' && item.kind === 'date' && slashAgency(text, j, limit, lex))) {
      seps.push('none');
      continue;
    }
    // `مسقط في 26 مايو`: the place, then في and the date
    if (item.kind === 'name' && IN_DATE.test(text.slice(j, j + 8))) {
      seps.push('none');
      i = j + 2;
      continue;
    }
    if (item.kind === 'agency' && (item.bracketed || !item.entry?.ambiguous) && items.length > 1) {
      // `الرياض - واس أعلن …`, `بيروت (رويترز) أعلن …`: the credit ends and the story begins
      closed = 'agency';
      endOfDateline = item.next;
      bodyStart = j;
      break;
    }
    // this item runs on into the story: it is not part of the dateline
    items.pop();
    bodyStart = item.start;
    break;
  }
  if (!items.length || bodyStart < 0) return null;
  if (!closed) {
    // the story began after a dash: the last separator must be a dash
    if (seps[items.length - 1] !== 'dash') return null;
    endOfDateline = lastSeparatorEnd(text, items[items.length - 1]!.next, bodyStart);
  }
  const whole = interpret(text, items, closed, first, endOfDateline, bodyStart, lex);
  if (whole || closed !== 'line' || items.length < 2) return whole;
  // a short one-line paragraph: its last words may be the story itself (`(أ ف ب) - قال مسؤول`)
  const last = items[items.length - 1]!;
  if (last.kind !== 'name' || seps[items.length - 2] !== 'dash') return null;
  const rest = items.slice(0, -1);
  return interpret(text, rest, null, first, lastSeparatorEnd(text, rest[rest.length - 1]!.next, last.start), last.start, lex);
}

function lastSeparatorEnd(text: string, from: number, to: number): number {
  let e = from;
  for (let k = from; k < to; k++) if (!isSpace(text[k])) e = k + 1;
  return e;
}

function readSeparator(text: string, i: number, limit: number, lex: DatelineLexicon): { type: 'dash' | 'colon'; end: number; dashAt: number; colonAt: number } | null {
  const j = skipSpaces(text, i, limit);
  const ch = text[j];
  if (ch === undefined || j >= limit) return null;
  // a tatweel is a separator only between spaces (`دبي ـ العربية.نت`); inside a word it is decoration
  const isDash = DASHES.test(ch) || (ch === 'ـ' && j > i && isSpace(text[j + 1]));
  if (isDash) {
    if (/[0-9\u0660-\u0669]/.test(text[j + 1] ?? '') && j === i) return null; // a score or a range: 1-0
    // (`(كونا) --`: a doubled dash is one separator)
    let e = j + 1;
    while (e < limit && DASHES.test(text[e]!)) e++;
    return { type: 'dash', end: e, dashAt: e - 1, colonAt: -1 };
  }
  if (ch === ':' || ch === '：') return { type: 'colon', end: j + 1, dashAt: -1, colonAt: j };
  // `بغداد/ المدى`: a slash before an agency or outlet is the dash (readItem cut the place before it)
  if (ch === '/' && !slashAgency(text, j, limit, lex) && matchAgencyAt(lex, text, skipSpaces(text, j + 1, limit), limit)) return { type: 'dash', end: j + 1, dashAt: j, colonAt: -1 };
  return null;
}

/** في and a day number after a place: `مسقط في 26 مايو` (at the separator; IN_DATE_AFTER finds it after a name). */
const IN_DATE_WORDS = 'في\\s+(?:[0-9\\u0660-\\u0669]|أول\\s)';
const IN_DATE = new RegExp(`^${IN_DATE_WORDS}`, 'u');
const IN_DATE_AFTER = new RegExp(`\\s+${IN_DATE_WORDS}`, 'u');

/** A known agency between slashes at i: `/العُمانية/`. */
function slashAgency(text: string, i: number, limit: number, lex: DatelineLexicon): boolean {
  const e = text.indexOf('/', i + 1);
  return e > i && e < limit && e - i <= 40 && !!lookupAgency(lex, text.slice(i + 1, e));
}

function readItem(text: string, i: number, limit: number, lex: DatelineLexicon, after: Item | null, opening = false): Item | null {
  if (i >= limit) return null;
  const ch = text[i]!;
  const close = BRACKETS[ch] ?? (ch === '/' && after?.kind === 'date' ? '/' : undefined);
  if (close) {
    const e = text.indexOf(close, i + 1);
    if (e < 0 || e >= limit || e - i > 40) return null;
    const inner = text.slice(i + 1, e);
    if (/[\r\n]/.test(inner)) return null;
    const cs = i + 1 + (inner.length - inner.trimStart().length);
    const ce = e - (inner.length - inner.trimEnd().length);
    const entry = lookupAgency(lex, inner);
    // a parenthesis holds an agency only when it is a known one; quotes name an outlet («الشرق الأوسط»)
    if ((ch === '(' || ch === '/') && !entry) return null;
    if (ch !== '(' && wordsOf(inner).length > 4) return null;
    return { kind: 'agency', start: cs, end: ce, bracketed: true, next: e + 1, entry, words: wordsOf(inner).length };
  }
  // KUNA's `الكويت - 5 - 3 (كونا) --`: day - month, then the agency in brackets
  if (/[0-9\u0660-\u0669]/.test(ch) && !after) {
    NUMERIC_DATE_RE.lastIndex = i;
    const m = NUMERIC_DATE_RE.exec(text);
    if (m && i + m[0].length <= limit) return { kind: 'date', start: i, end: i + m[0].length, bracketed: false, next: i + m[0].length, entry: null, words: 0 };
  }
  if (/[0-9\u0660-\u0669]/.test(ch) || (after?.kind === 'name' && text.startsWith('أول ', i))) {
    if (!after || after.kind !== 'name') return null;
    DATE_RE.lastIndex = i;
    const m = DATE_RE.exec(text);
    if (!m || i + m[0].length > limit) return null;
    return { kind: 'date', start: i, end: i + m[0].length, bracketed: false, next: i + m[0].length, entry: null, words: 0 };
  }
  const hit = matchAgencyAt(lex, text, i, limit);
  // an ambiguous name (فارس) is an agency only where the dateline ends with it: `الرياض - فارس:`
  const standsAlone = (e: number) => {
    const k = skipSpaces(text, e, limit);
    return k >= limit || isLineEnd(text[k]) || text[k] === ':' || DASHES.test(text[k]!) || (text[k] === 'ـ' && isSpace(text[k + 1]));
  };
  if (hit && (!hit.entry.ambiguous || standsAlone(hit.end))) {
    return { kind: 'agency', start: i, end: hit.end, bracketed: false, next: hit.end, entry: hit.entry, words: wordsOf(text.slice(i, hit.end)).length };
  }
  NAME_RE.lastIndex = i;
  const m = NAME_RE.exec(text);
  if (!m || i + m[0].length > limit) return null;
  let end = i + m[0].length;
  // `بغداد/ المدى`: the name ends at a slash an agency follows
  for (let k = text.indexOf('/', i); k >= 0 && k < end; k = text.indexOf('/', k + 1)) {
    if (!matchAgencyAt(lex, text, skipSpaces(text, k + 1, limit), limit)) continue;
    end = k;
    while (end > i && isSpace(text[end - 1])) end--;
    break;
  }
  // `مسقط في 26 مايو`: the name ends before في and a day number
  const inDate = IN_DATE_AFTER.exec(text.slice(i, end + 5));
  if (inDate && inDate.index > 0) end = i + inDate.index;
  // `إسلام أباد، طهران - العربي الجديد`: places joined by commas, the list closed by a dash (only the line's opening
  // words: `- قطع عشرات المحتجين، مساء السبت، طريق البصرة - بغداد` is the story)
  let listHead: number | undefined;
  for (let k = end; opening; ) {
    const c = skipSpaces(text, k, limit);
    if (text[c] !== '،' && text[c] !== ',') break;
    NAME_RE.lastIndex = skipSpaces(text, c + 1, limit);
    const n = NAME_RE.exec(text);
    if (!n || n.index + n[0].length > limit || wordsOf(n[0]).length > 3) break;
    const after = skipSpaces(text, n.index + n[0].length, limit);
    const closes = after < limit && (DASHES.test(text[after]!) || text[after] === '،' || text[after] === ',' || text[after] === '(');
    if (!closes) break;
    listHead ??= end;
    end = k = n.index + n[0].length;
  }
  if (listHead !== undefined && !DASHES.test(text[skipSpaces(text, end, limit)] ?? '') && text[skipSpaces(text, end, limit)] !== '(') {
    end = listHead;
    listHead = undefined;
  }
  const words = [...text.slice(i, end).matchAll(new RegExp(WORD, 'gu'))];
  const first = looseKey(words[0]![0]);
  return { kind: ROLE_WORDS.has(first) ? 'role' : 'name', start: i, end, bracketed: false, next: end, entry: null, words: wordsOf(text.slice(i, end)).length, ...(listHead !== undefined ? { listHead } : {}) };
}

function interpret(text: string, raw: Item[], closed: 'line' | 'colon' | 'agency' | null, first: number, endOfDateline: number, bodyStart: number, lex: DatelineLexicon): DatelineParse | null {
  // (an ambiguous agency such as فارس was read as one only before a separator or the line end: readItem)
  const items = raw;
  // drop a role credit and the person after it (`تصوير : عبد الملك سرور`)
  const kept: Item[] = [];
  for (let k = 0; k < items.length; k++) {
    if (items[k]!.kind === 'role') {
      k++;
      continue;
    }
    kept.push(items[k]!);
  }
  const names = kept.filter((it) => it.kind === 'name');
  const agencies = kept.filter((it) => it.kind === 'agency');
  const dates = kept.filter((it) => it.kind === 'date');
  if (names.length > 2 || dates.length > 1 || agencies.length > 3) return null;
  // a quoted name opening the paragraph is a quotation or a title (`«الشؤون البلدية»: …`), not a credit
  if (raw[0]!.bracketed && text[raw[0]!.start - 1] !== '(') return null;
  // (a list of places gives its first as the dateline's place: `إسلام أباد، طهران`)
  const s = (it: Item | null | undefined): Span | null => {
    if (!it) return null;
    const end = it.listHead ?? it.end;
    return { text: text.slice(it.start, end), start: it.start, end };
  };

  // a date belongs right after the place and needs an agency (SPA, Reuters): `جنيف 25 شوال … واس`
  if (dates.length) {
    const d = kept.indexOf(dates[0]!);
    if (d !== 1 || kept[0]!.kind !== 'name' || !agencies.length) return null;
  }
  let place: Item | null = null;
  let byline: Item | null = null;
  if (!agencies.length) {
    if (names.length === 1) {
      // the weak form `هامبورغ - أجرى …`: one word, or a known multi-word place
      if (closed !== null || raw.length !== 1) return null;
      const n = names[0]!;
      if (!(n.words === 1 || lex.places.has(looseKey(text.slice(n.start, n.end))))) return null;
      place = n;
    } else if (names.length === 2) {
      // `القاهرة - أحمد الريدي` must end its line or close with a colon; dashes inside a sentence
      // set off a parenthesis (`تمكنت – بفضل الله تعالى – عشر فرق`)
      if (closed !== 'line' && closed !== 'colon') return null;
      [place, byline] = pickPlace(text, names[0]!, names[1]!, lex);
    } else return null;
  } else if (names.length === 1) {
    const n = names[0]!;
    const before = kept.indexOf(n) < kept.indexOf(agencies[0]!);
    const multi = n.words > 1 && n.listHead === undefined && !lex.places.has(looseKey(text.slice(n.start, n.end)));
    // `لجين الأحمدي – عين اليوم`: a two-word name before an outlet is the reporter
    if (before && multi && agencies[0]!.entry?.kind === 'outlet' && !dates.length) byline = n;
    else place = n;
  } else if (names.length === 2) {
    const a = kept.indexOf(names[0]!);
    const b = kept.indexOf(names[1]!);
    const between = agencies.some((ag) => kept.indexOf(ag) > a && kept.indexOf(ag) < b);
    // `أحمد علي- سبق- القاهرة:` reporter, outlet, place
    if (between) [byline, place] = [names[0]!, names[1]!];
    else [place, byline] = pickPlace(text, names[0]!, names[1]!, lex);
  }
  if (place && !okName(text, place, 3, lex)) return null;
  if (byline && !okName(text, byline, 4, lex)) return null;
  if (!place && !agencies.length) return null;
  // the agency reported: a news agency before an outlet before a generic credit (`عين اليوم – متابعات`)
  const rank = (it: Item) => (it.entry?.kind === 'agency' ? 0 : it.entry?.kind === 'outlet' || !it.entry ? 1 : 2);
  const agency = agencies.length ? [...agencies].sort((x, y) => rank(x) - rank(y))[0]! : null;
  return {
    place: s(place),
    agency: s(agency),
    agencyEn: agency?.entry?.nameEn || null,
    byline: s(byline),
    date: s(dates[0]),
    span: { text: text.slice(first, endOfDateline), start: first, end: endOfDateline },
    bodyStart,
    strength: !agencies.length && !byline && !dates.length ? 'weak' : 'strong',
  };
}

/** Of two names around a dash, the place: the one-word one (`فايز الحسيكي – جدة`), a known place, else the first. */
function pickPlace(text: string, a: Item, b: Item, lex: DatelineLexicon): [Item, Item] {
  const known = (it: Item) => lex.places.has(looseKey(text.slice(it.start, it.end)));
  if (a.words === 1 && b.words > 1) return [a, b];
  if (b.words === 1 && a.words > 1) return [b, a];
  if (known(a)) return [a, b];
  if (known(b)) return [b, a];
  return [a, b];
}

function okName(text: string, it: Item, maxWords: number, lex: DatelineLexicon): boolean {
  const s = text.slice(it.start, it.listHead ?? it.end);
  const words = wordsOf(s);
  if (words.length > maxWords && !lex.places.has(looseKey(s))) return false;
  return !words.some((w) => FUNCTION_WORDS.has(wordKey(w)));
}

/**
 * The agency mark closing a story: `… وقال إنه سيعود. (أ ف ب)` → the span of `أ ف ب`.
 * Only a known agency in brackets at the very end of the paragraph counts.
 */
export function parseAgencyMark(text: string, start: number, end: number, lexOrRes?: DatelineLexicon | Resources | null): { agency: Span; agencyEn: string | null } | null {
  const lex = lexOrRes && 'agencies' in lexOrRes ? lexOrRes : datelineLexicon(lexOrRes as Resources | null | undefined);
  const from = Math.max(start, end - 60);
  const tail = text.slice(from, end);
  const m = /\(\s*([^()\r\n]{1,30}?)\s*\)[\s.\u060C]*$/u.exec(tail);
  if (!m) return null;
  const entry = lookupAgency(lex, m[1]!);
  if (!entry) return null;
  const s = from + m.index + m[0].indexOf(m[1]!);
  return { agency: { text: m[1]!, start: s, end: s + m[1]!.length }, agencyEn: entry.nameEn || null };
}
