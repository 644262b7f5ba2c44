/**
 * The lexicon of news agencies, outlets and generic credits (data/lexicons/agencies.tsv) and the
 * multi-word dateline places (data/lexicons/dateline-places.txt), compiled once per Resources.
 */
import { cached, type Resources } from '../resources.js';

export type AgencyKind = 'agency' | 'outlet' | 'generic';

export interface AgencyEntry {
  surface: string;
  kind: AgencyKind;
  nameEn: string;
  /** also an ordinary word or given name (فارس، وفا): counts only in brackets, quotes or before a closing colon/line end */
  ambiguous: boolean;
  /** matches the entry at a position (sticky), tolerant of dots/spaces in abbreviations and alef forms */
  re: RegExp;
}

export interface DatelineLexicon {
  /** longest surface first, so `وكالة فرانس برس` wins over `فرانس برس` */
  agencies: AgencyEntry[];
  /** match keys of multi-word place names (`القدس المحتلة`) */
  places: Set<string>;
}

export const AGENCIES_FILE = 'data/lexicons/agencies.tsv';
export const PLACES_FILE = 'data/lexicons/dateline-places.txt';

const ALEFS = '[أإآٱا]';
const ARABIC_LETTER = '\\u0621-\\u063A\\u0641-\\u064A\\u0671-\\u06D3';

/** A loose key for comparing names: harakat and tatweel dropped, alef/ya/ta marbuta unified. */
export function looseKey(s: string): string {
  return s
    .replace(/[\u064B-\u0652\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/\s+/g, ' ')
    .trim();
}

function escape(ch: string): string {
  return ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * `أ ف ب` → /[أإآٱا][\s.]*ف[\s.]*ب\.?/ : an abbreviation spelt letter by letter also matches
 * `أ.ف.ب` and `أفب`; multi-word names allow any run of spaces; `العربية.نت` also `العربية نت`.
 */
export function agencyPattern(surface: string): string {
  const words = surface.split(/\s+/);
  const abbreviation = words.length > 1 && words.every((w) => [...w].length === 1);
  const letter = (ch: string) => (/[أإآٱا]/.test(ch) ? ALEFS : ch === 'ة' || ch === 'ه' ? '[ةه]' : ch === 'ي' || ch === 'ى' ? '[يى]' : ch === '.' ? '[.\\s]?' : escape(ch));
  const body = abbreviation
    ? words.map((w) => letter(w)).join('[\\s.]*') + '\\.?'
    : words.map((w) => [...w].map(letter).join('[\\u0640\\u064B-\\u0652]*')).join('\\s+');
  return `${body}(?![${ARABIC_LETTER}\\w])`;
}

export function parseAgencies(tsv: string): AgencyEntry[] {
  const out: AgencyEntry[] = [];
  for (const line of tsv.split(/\r?\n/)) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [surface, kind, nameEn, flag] = line.split('\t');
    if (!surface || !kind) continue;
    if (kind !== 'agency' && kind !== 'outlet' && kind !== 'generic') throw new Error(`${AGENCIES_FILE}: unknown kind "${kind}" for ${surface}`);
    out.push({ surface, kind, nameEn: nameEn ?? '', ambiguous: flag === 'ambiguous', re: new RegExp(agencyPattern(surface), 'uy') });
  }
  return out.sort((a, b) => b.surface.length - a.surface.length);
}

export function parsePlaces(text: string): Set<string> {
  return new Set(
    text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'))
      .map(looseKey),
  );
}

const EMPTY: DatelineLexicon = { agencies: [], places: new Set() };

/** The dateline lexicon from the package's data files; empty (places and agencies unknown) without Resources. */
export function datelineLexicon(res?: Resources | null): DatelineLexicon {
  if (!res) return EMPTY;
  return cached(res, 'document/dateline-lexicon', (r) => ({
    agencies: parseAgencies(r.read(AGENCIES_FILE) ?? ''),
    places: parsePlaces(r.read(PLACES_FILE) ?? ''),
  }));
}

/** The agency entry matching at `pos` of `text`, longest first, with the matched length. */
export function matchAgencyAt(lex: DatelineLexicon, text: string, pos: number, end = text.length): { entry: AgencyEntry; end: number } | null {
  for (const entry of lex.agencies) {
    entry.re.lastIndex = pos;
    const m = entry.re.exec(text);
    if (m && pos + m[0].length <= end) return { entry, end: pos + m[0].length };
  }
  return null;
}

/** The entry whose whole surface equals `s` (brackets and quotes already removed). */
export function lookupAgency(lex: DatelineLexicon, s: string): AgencyEntry | null {
  const t = s.trim();
  const hit = matchAgencyAt(lex, t, 0);
  return hit && t.slice(hit.end).replace(/[\s.]/g, '') === '' ? hit.entry : null;
}
