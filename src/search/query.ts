/**
 * The search query language, parsed by hand so that a user's text never reaches SQL or FTS syntax:
 *
 *   حلب الأسد                  both words (AND is implied)
 *   حلب OR دمشق                either word ( | works too)
 *   حلب NOT موسكو   حلب -موسكو  leaves out articles with موسكو
 *   "وزير الخارجية"             a phrase
 *   فلسطين*                     a prefix
 *   ( … )                       grouping
 *   source:aawsat entity:"بشار الأسد" type:ASSAULT country:SYR from:2015-07-01 to:2015-07-31
 *
 * Parsing yields a tree of words and phrases in their original spelling plus filters; compile.ts
 * turns the words into the analyser's search keys and then into backend syntax.
 */
import type { SearchFilters } from '../store/types.js';

export class QueryError extends Error {
  readonly code = 'bad_query';
  constructor(message: string) {
    super(message);
    this.name = 'QueryError';
  }
}

export type QueryNode =
  | { kind: 'word'; text: string; prefix: boolean }
  | { kind: 'phrase'; text: string }
  | { kind: 'and'; children: QueryNode[] }
  | { kind: 'or'; children: QueryNode[] }
  | { kind: 'not'; child: QueryNode };

export interface ParsedQuery {
  /** null when the query is only filters (every article passing them matches) */
  root: QueryNode | null;
  filters: SearchFilters;
}

export const MAX_QUERY_LENGTH = 1000;
const MAX_DEPTH = 20;

type Tok =
  | { t: 'word'; v: string; at: number }
  | { t: 'phrase'; v: string; at: number }
  | { t: 'field'; name: string; v: string; at: number }
  | { t: 'and' | 'or' | 'not' | 'lp' | 'rp'; at: number };

const FIELDS: Record<string, keyof SearchFilters> = {
  source: 'source',
  entity: 'entity',
  type: 'eventType',
  event: 'eventType',
  country: 'country',
  from: 'from',
  after: 'from',
  to: 'to',
  before: 'to',
};

const SPACE = /\s/u;
const isBreak = (c: string) => SPACE.test(c) || c === '(' || c === ')' || c === '"' || c === '“' || c === '”';

function lex(q: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  const readQuoted = (): string => {
    const open = i;
    i++;
    let s = '';
    while (i < q.length && q[i] !== '"' && q[i] !== '”' && q[i] !== '“') s += q[i++];
    if (i >= q.length) throw new QueryError(`unclosed quotation mark at position ${open + 1}`);
    i++;
    return s;
  };
  while (i < q.length) {
    const c = q[i]!;
    if (SPACE.test(c)) {
      i++;
      continue;
    }
    const at = i;
    if (c === '(') { out.push({ t: 'lp', at }); i++; continue; }
    if (c === ')') { out.push({ t: 'rp', at }); i++; continue; }
    if (c === '"' || c === '“' || c === '”') { out.push({ t: 'phrase', v: readQuoted(), at }); continue; }
    if (c === '-' && i + 1 < q.length && !isBreak(q[i + 1]!) ) {
      // "-word" excludes; "-" alone or inside a word is just text
      if (out.length === 0 || SPACE.test(q[i - 1] ?? ' ') || q[i - 1] === '(') {
        out.push({ t: 'not', at });
        i++;
        continue;
      }
    }
    if (c === '|') { out.push({ t: 'or', at }); i++; continue; }
    if (c === '&') { out.push({ t: 'and', at }); i++; continue; }
    let w = '';
    while (i < q.length && !isBreak(q[i]!)) w += q[i++];
    const colon = w.indexOf(':');
    const field = colon > 0 ? FIELDS[w.slice(0, colon).toLowerCase()] : undefined;
    if (field) {
      let v = w.slice(colon + 1);
      if (v === '' && (q[i] === '"' || q[i] === '“' || q[i] === '”')) v = readQuoted();
      if (v.trim() === '') throw new QueryError(`"${w}" needs a value (e.g. ${w.slice(0, colon)}:…)`);
      out.push({ t: 'field', name: field, v: v.trim(), at });
      continue;
    }
    if (w === 'AND') out.push({ t: 'and', at });
    else if (w === 'OR') out.push({ t: 'or', at });
    else if (w === 'NOT') out.push({ t: 'not', at });
    else out.push({ t: 'word', v: w, at });
  }
  return out;
}

const DAY = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function addFilter(filters: SearchFilters, name: keyof SearchFilters, value: string, at: number): void {
  if (name === 'from' || name === 'to') {
    if (!DAY.test(value) || Number.isNaN(Date.parse(value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value)))
      throw new QueryError(`${name}: expects a date as YYYY, YYYY-MM or YYYY-MM-DD, not "${value}" (position ${at + 1})`);
    // a month or year as an upper bound means its last day
    filters[name] = name === 'to' && value.length < 10 ? (value.length === 4 ? `${value}-12-31` : `${value}-31`) : value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value;
    return;
  }
  const list = (filters[name] as string[] | undefined) ?? [];
  list.push(name === 'eventType' || name === 'country' ? value.toUpperCase() : value);
  (filters as Record<string, string[]>)[name] = list;
}

/** Parses a query; throws QueryError with a message meant for the user. */
export function parseQuery(q: string): ParsedQuery {
  if (typeof q !== 'string') throw new QueryError('the query must be text');
  if (q.length > MAX_QUERY_LENGTH) throw new QueryError(`the query is too long (${q.length} characters; at most ${MAX_QUERY_LENGTH})`);
  const filters: SearchFilters = {};
  const toks = lex(q).filter((t) => {
    if (t.t !== 'field') return true;
    addFilter(filters, t.name as keyof SearchFilters, t.v, t.at);
    return false;
  });
  let pos = 0;
  const peek = () => toks[pos];
  const where = (t: Tok | undefined) => (t ? `position ${t.at + 1}` : 'the end of the query');

  function parseOr(depth: number): QueryNode {
    if (depth > MAX_DEPTH) throw new QueryError('the query nests parentheses too deeply');
    const parts = [parseAnd(depth)];
    while (peek()?.t === 'or') {
      pos++;
      if (!peek() || peek()!.t === 'rp' || peek()!.t === 'or') throw new QueryError(`OR needs a word after it (${where(peek())})`);
      parts.push(parseAnd(depth));
    }
    return parts.length === 1 ? parts[0]! : { kind: 'or', children: parts };
  }
  function parseAnd(depth: number): QueryNode {
    const parts = [parseUnary(depth)];
    for (;;) {
      const t = peek();
      if (!t || t.t === 'or' || t.t === 'rp') break;
      if (t.t === 'and') {
        pos++;
        if (!peek() || peek()!.t === 'rp' || peek()!.t === 'or' || peek()!.t === 'and') throw new QueryError(`AND needs a word after it (${where(peek())})`);
      }
      parts.push(parseUnary(depth));
    }
    return parts.length === 1 ? parts[0]! : { kind: 'and', children: parts };
  }
  function parseUnary(depth: number): QueryNode {
    const t = peek();
    if (t?.t === 'not') {
      pos++;
      if (!peek() || peek()!.t === 'rp' || peek()!.t === 'or' || peek()!.t === 'and') throw new QueryError(`NOT needs a word after it (${where(peek())})`);
      if (depth > MAX_DEPTH) throw new QueryError('the query nests NOT too deeply');
      return { kind: 'not', child: parseUnary(depth + 1) };
    }
    return parsePrimary(depth);
  }
  function parsePrimary(depth: number): QueryNode {
    const t = peek();
    if (!t) throw new QueryError('the query ends where a word was expected');
    pos++;
    switch (t.t) {
      case 'lp': {
        if (peek()?.t === 'rp') throw new QueryError(`empty parentheses at position ${t.at + 1}`);
        const inner = parseOr(depth + 1);
        if (peek()?.t !== 'rp') throw new QueryError(`unclosed parenthesis at position ${t.at + 1}`);
        pos++;
        return inner;
      }
      case 'word': {
        const prefix = t.v.length > 1 && t.v.endsWith('*');
        return { kind: 'word', text: prefix ? t.v.replace(/\*+$/, '') : t.v, prefix };
      }
      case 'phrase':
        return { kind: 'phrase', text: t.v };
      case 'rp':
        throw new QueryError(`unexpected ")" at position ${t.at + 1}`);
      default:
        throw new QueryError(`unexpected ${t.t.toUpperCase()} at position ${t.at + 1}`);
    }
  }

  if (toks.length === 0) return { root: null, filters };
  const root = parseOr(0);
  if (pos < toks.length) {
    const t = toks[pos]!;
    throw new QueryError(t.t === 'rp' ? `unexpected ")" at position ${t.at + 1}` : `unexpected text at position ${t.at + 1}`);
  }
  return { root, filters };
}
