/**
 * Reading knowledge-base source files into entries: the built-in TSV files (one per type, a header
 * line naming the columns) and users' own files (JSON array, JSON Lines or CSV with the same columns).
 * Pure: callers hand over the text.
 */
import type { KbEntry, KbType } from './types.js';

/** The built-in source files, in priority order for shared name forms (see ambiguous.tsv). */
export const BUILTIN_SOURCES: Array<{ file: string; type: KbType }> = [
  { file: 'data/kb/countries.tsv', type: 'country' },
  { file: 'data/kb/capitals.tsv', type: 'place' },
  { file: 'data/kb/places.tsv', type: 'place' },
  { file: 'data/kb/world-cities.tsv', type: 'place' },
  { file: 'data/kb/provinces.tsv', type: 'place' },
  { file: 'data/kb/people.tsv', type: 'person' },
  { file: 'data/kb/orgs.tsv', type: 'org' },
];

export class KbSourceError extends Error {}

const ENTITY_TYPE: Record<KbType, KbEntry['entityType']> = { country: 'LOC', place: 'LOC', person: 'PER', org: 'ORG' };
const TYPES = new Set<KbType>(['country', 'place', 'person', 'org']);

/** An English name as an id part: `Deir ez-Zor` → `deir-ez-zor`. */
export function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’ʻ.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const list = (v: string | undefined) => (v ? v.split('|').map((s) => s.trim()).filter(Boolean) : []);

/**
 * One entry from named fields. `ar` and `aliases` may mark weak forms with a leading `~`.
 * The id gets its type prefix (`place:` …) when it has none; an empty id is derived from `en`.
 */
export function entryFromFields(f: Record<string, string | undefined>, type: KbType, where: string): KbEntry {
  const t = (f.type?.trim() || type) as KbType;
  if (!TYPES.has(t)) throw new KbSourceError(`${where}: unknown type "${f.type}" (country, place, person or org)`);
  const weak: string[] = [];
  const unmark = (s: string) => {
    if (s.startsWith('~')) {
      weak.push(s.slice(1));
      return s.slice(1);
    }
    return s;
  };
  const ar = unmark((f.ar ?? '').trim());
  const en = (f.en ?? '').trim();
  if (!ar) throw new KbSourceError(`${where}: the Arabic name (ar) is missing`);
  if (!en) throw new KbSourceError(`${where}: the English name (en) is missing`);
  const rawId = (f.id ?? '').trim() || slug(en);
  const id = rawId.includes(':') ? rawId : `${t}:${rawId}`;
  const num = (v: string | undefined, lo: number, hi: number, name: string) => {
    if (v == null || v.trim() === '') return null;
    const x = Number(v);
    if (!Number.isFinite(x) || x < lo || x > hi) throw new KbSourceError(`${where}: ${name} "${v}" is not a number in [${lo}, ${hi}]`);
    return x;
  };
  const country = (f.country ?? '').trim().toUpperCase() || null;
  if (country && !/^[A-Z]{3}$/.test(country)) throw new KbSourceError(`${where}: country "${f.country}" is not an ISO 3166-1 alpha-3 code`);
  const entityType = (f.entityType?.trim() || ENTITY_TYPE[t]) as KbEntry['entityType'];
  const e: KbEntry = {
    id,
    type: t,
    entityType,
    ar,
    aliases: list(f.aliases).map(unmark).filter((a) => a !== ar),
    en,
    country,
    role: (f.role ?? '').trim() || null,
  };
  const lat = num(f.lat, -90, 90, 'lat');
  const lon = num(f.lon, -180, 180, 'lon');
  if ((lat == null) !== (lon == null)) throw new KbSourceError(`${where}: lat and lon go together`);
  if (lat != null) {
    e.lat = lat;
    e.lon = lon;
  }
  if (f.demonyms) e.demonyms = list(f.demonyms);
  if (f.plurals) e.plurals = list(f.plurals);
  if (f.alpha2) e.alpha2 = f.alpha2.trim();
  if (f.numeric) e.numeric = f.numeric.trim();
  if (weak.length) e.weak = weak;
  return e;
}

/** Tab-separated: a header line naming the columns, then one entry per line; `#` lines are comments. */
export function parseTsv(text: string, type: KbType, file: string): KbEntry[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let header: string[] | null = null;
  const out: KbEntry[] = [];
  lines.forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const cells = line.split('\t');
    if (!header) {
      header = cells.map((c) => c.trim());
      if (!header.includes('ar') || !header.includes('en')) throw new KbSourceError(`${file}: the header line must name at least the columns ar and en`);
      return;
    }
    const f: Record<string, string> = {};
    header.forEach((h, k) => (f[h] = cells[k] ?? ''));
    out.push(entryFromFields(f, type, `${file}:${i + 1}`));
  });
  return out;
}

/** RFC 4180 CSV rows (quoted fields, doubled quotes, CRLF or LF). */
export function parseCsvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (quoted) throw new KbSourceError('unterminated quoted field');
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

/**
 * A user's entries: a JSON array of objects, JSON Lines, or CSV with a header line (columns as in the TSV
 * files; `aliases` separated by `|`; a JSON entry may give `aliases` as an array). `type` defaults to place.
 */
export function parseUserEntries(text: string, file: string): KbEntry[] {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed) return [];
  const fromObject = (o: unknown, where: string): KbEntry => {
    if (!o || typeof o !== 'object' || Array.isArray(o)) throw new KbSourceError(`${where}: an entry must be a JSON object`);
    const f: Record<string, string> = {};
    for (const [k, v] of Object.entries(o as Record<string, unknown>)) {
      if (v == null) continue;
      f[k] = Array.isArray(v) ? v.map(String).join('|') : String(v);
    }
    const e = entryFromFields(f, (f.type as KbType) || 'place', where);
    e.source = f.source || file;
    return e;
  };
  if (/\.csv$/i.test(file)) {
    const rows = parseCsvRows(trimmed);
    const header = rows.shift()!.map((h) => h.trim());
    if (!header.includes('ar') || !header.includes('en')) throw new KbSourceError(`${file}: the CSV header must name at least the columns ar and en`);
    return rows.map((r, i) => {
      const f: Record<string, string> = {};
      header.forEach((h, k) => (f[h] = r[k] ?? ''));
      return fromObject(f, `${file}:${i + 2}`);
    });
  }
  if (trimmed.startsWith('[')) {
    let arr: unknown;
    try {
      arr = JSON.parse(trimmed);
    } catch (e) {
      throw new KbSourceError(`${file}: not valid JSON (${(e as Error).message})`);
    }
    return (arr as unknown[]).map((o, i) => fromObject(o, `${file}: entry ${i + 1}`));
  }
  return trimmed.split(/\r?\n/).flatMap((line, i) => {
    if (!line.trim()) return [];
    let o: unknown;
    try {
      o = JSON.parse(line);
    } catch (e) {
      throw new KbSourceError(`${file}:${i + 1}: not valid JSON (${(e as Error).message})`);
    }
    return [fromObject(o, `${file}:${i + 1}`)];
  });
}
