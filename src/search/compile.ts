/**
 * From a parsed query to backend syntax. Every word goes through the text core's analyser, so a query
 * and the indexed articles share one tokenizer and one set of keys (hamza, ta marbuta, alef maqsura,
 * diacritics and clitics are handled there). The emitted FTS5 and tsquery strings quote every key,
 * so nothing a user types is ever read as syntax.
 */
import type { Resources } from '../resources.js';
import { tokenize, type Token } from '../text/analyzer.js';
import type { SearchFilters } from '../store/types.js';
import { parseQuery, QueryError, type QueryNode } from './query.js';

/** Keys longer than this are cut (PostgreSQL's lexeme limit; no real word comes close). */
export const MAX_KEY = 100;

export type KeyNode =
  | { t: 'key'; key: string; prefix: boolean }
  | { t: 'phrase'; keys: string[] }
  | { t: 'and'; pos: KeyNode[]; neg: KeyNode[] }
  | { t: 'or'; c: KeyNode[] };

export interface CompiledQuery {
  /** null: no words, only filters */
  tree: KeyNode | null;
  /** FTS5 MATCH expression ('' when tree is null) */
  fts5: string;
  /** PostgreSQL tsquery text, cast with ::tsquery ('' when tree is null) */
  tsquery: string;
  /** keys of the positive words (for ranking and highlighting) */
  positives: { key: string; prefix: boolean }[];
  filters: SearchFilters;
}

const MAX_KEYS = 64;
const HAS_CHAR = /[\p{L}\p{N}]/u;

export const isIndexed = (t: Token) => t.kind === 'word' || t.kind === 'number' || t.kind === 'latin';

/** The search key of a token as the index stores it. */
export function indexKey(t: Token): string {
  const k = t.stem || t.norm;
  return k.length > MAX_KEY ? k.slice(0, MAX_KEY) : k;
}

function keysOf(text: string, res: Resources): string[] {
  return tokenize(text, res)
    .filter(isIndexed)
    .map(indexKey)
    .filter((k) => HAS_CHAR.test(k));
}

function toKeys(n: QueryNode, res: Resources, count: { n: number }): KeyNode | null {
  switch (n.kind) {
    case 'word':
    case 'phrase': {
      const keys = keysOf(n.text, res);
      count.n += keys.length;
      if (count.n > MAX_KEYS) throw new QueryError(`the query has too many words (at most ${MAX_KEYS})`);
      if (keys.length === 0) return null;
      if (n.kind === 'word' && n.prefix) {
        if (keys.length === 1) return { t: 'key', key: keys[0]!, prefix: true };
        return { t: 'phrase', keys }; // "U.S*": a prefix over several tokens is read as the phrase
      }
      return keys.length === 1 ? { t: 'key', key: keys[0]!, prefix: false } : { t: 'phrase', keys };
    }
    case 'not':
      throw new QueryError('a query needs at least one word to look for besides the excluded ones (e.g. حلب NOT موسكو)');
    case 'and': {
      const pos: KeyNode[] = [];
      const neg: KeyNode[] = [];
      for (const c of n.children) {
        if (c.kind === 'not') {
          if (c.child.kind === 'not') {
            const k = toKeys(c.child.child, res, count);
            if (k) pos.push(k);
            continue;
          }
          const k = toKeys(c.child, res, count);
          if (k) neg.push(k);
        } else {
          const k = toKeys(c, res, count);
          if (k) pos.push(k);
        }
      }
      if (pos.length === 0) {
        if (neg.length) throw new QueryError('a query needs at least one word to look for besides the excluded ones');
        return null;
      }
      if (neg.length === 0 && pos.length === 1) return pos[0]!;
      return { t: 'and', pos, neg };
    }
    case 'or': {
      const c: KeyNode[] = [];
      for (const child of n.children) {
        if (child.kind === 'not') throw new QueryError('NOT cannot be an alternative of OR; write (a OR b) NOT c');
        const k = toKeys(child, res, count);
        if (k) c.push(k);
      }
      if (c.length === 0) return null;
      return c.length === 1 ? c[0]! : { t: 'or', c };
    }
  }
}

const ftsString = (s: string) => `"${s.replace(/"/g, '""')}"`;

function toFts5(n: KeyNode): string {
  switch (n.t) {
    case 'key':
      return n.prefix ? `${ftsString(n.key)} *` : ftsString(n.key);
    case 'phrase':
      return ftsString(n.keys.join(' '));
    case 'or':
      return `(${n.c.map(toFts5).join(' OR ')})`;
    case 'and': {
      let s = `(${n.pos.map(toFts5).join(' AND ')})`;
      for (const x of n.neg) s = `(${s} NOT ${toFts5(x)})`;
      return s;
    }
  }
}

/** A tsquery lexeme: single-quoted, quotes doubled and backslashes escaped. */
const tsLexeme = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

function toTsquery(n: KeyNode): string {
  switch (n.t) {
    case 'key':
      return n.prefix ? `${tsLexeme(n.key)}:*` : tsLexeme(n.key);
    case 'phrase':
      return `(${n.keys.map(tsLexeme).join(' <-> ')})`;
    case 'or':
      return `(${n.c.map(toTsquery).join(' | ')})`;
    case 'and':
      return `(${[...n.pos.map(toTsquery), ...n.neg.map((x) => `!${toTsquery(x)}`)].join(' & ')})`;
  }
}

function positives(n: KeyNode, out: { key: string; prefix: boolean }[]): void {
  if (n.t === 'key') out.push({ key: n.key, prefix: n.prefix });
  else if (n.t === 'phrase') for (const k of n.keys) out.push({ key: k, prefix: false });
  else if (n.t === 'or') n.c.forEach((c) => positives(c, out));
  else n.pos.forEach((c) => positives(c, out));
}

/** Parses and compiles a user's query; throws QueryError (only) on bad input. */
export function compileQuery(q: string, res: Resources, extra: SearchFilters = {}): CompiledQuery {
  const parsed = parseQuery(q);
  const tree = parsed.root ? toKeys(parsed.root, res, { n: 0 }) : null;
  if (parsed.root && !tree && !hasFilter(parsed.filters) && !hasFilter(extra)) throw new QueryError('the query has no word to search for');
  const pos: { key: string; prefix: boolean }[] = [];
  if (tree) positives(tree, pos);
  const seen = new Set<string>();
  return {
    tree,
    fts5: tree ? toFts5(tree) : '',
    tsquery: tree ? toTsquery(tree) : '',
    positives: pos.filter((p) => (seen.has(p.key + p.prefix) ? false : (seen.add(p.key + p.prefix), true))),
    filters: mergeFilters(parsed.filters, extra),
  };
}

export function hasFilter(f: SearchFilters): boolean {
  return Object.values(f).some((v) => (Array.isArray(v) ? v.length > 0 : v != null && v !== ''));
}

function mergeFilters(a: SearchFilters, b: SearchFilters): SearchFilters {
  const out: SearchFilters = { ...a };
  for (const k of ['source', 'entity', 'eventType', 'country'] as const) {
    const v = [...(a[k] ?? []), ...(b[k] ?? [])];
    if (v.length) out[k] = v;
  }
  if (b.from) out.from = b.from;
  if (b.to) out.to = b.to;
  return out;
}
