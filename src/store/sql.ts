/** SQL fragments both backends share; `p(value)` adds a bound parameter and returns its placeholder. */
import type { SearchFilters } from './types.js';
import { matchKey } from '../text/normalize.js';

export type Bind = (value: unknown) => string;

/** WHERE conditions on `a` (articles) for the search filters; values are always bound, never inlined. */
export function filterConditions(f: SearchFilters, p: Bind, collapse: boolean): string[] {
  const where: string[] = [];
  if (f.from) where.push(`a.day >= ${p(f.from)}`);
  if (f.to) where.push(`a.day <= ${p(f.to)}`);
  if (f.source?.length) where.push(`lower(a.source) IN (${f.source.map((s) => p(s.toLowerCase())).join(', ')})`);
  for (const e of f.entity ?? []) {
    where.push(`EXISTS (SELECT 1 FROM entities e WHERE e.seq = a.seq AND (e.key = ${p(e)} OR e.name_key = ${p(matchKey(e))} OR lower(e.name_en) = ${p(e.toLowerCase())}))`);
  }
  if (f.eventType?.length) where.push(`EXISTS (SELECT 1 FROM events v WHERE v.seq = a.seq AND v.type IN (${f.eventType.map((t) => p(t.toUpperCase())).join(', ')}))`);
  if (f.country?.length) where.push(`EXISTS (SELECT 1 FROM entities c WHERE c.seq = a.seq AND c.country IN (${f.country.map((t) => p(t.toUpperCase())).join(', ')}))`);
  if (collapse) where.push('a.duplicate_of IS NULL');
  return where;
}

/** Entity lookup condition on `e` by key, Arabic name (any spelling) or English name. */
export function entityMatch(key: string, p: Bind): string {
  return `(e.key = ${p(key)} OR e.name_key = ${p(matchKey(key))} OR lower(e.name_en) = ${p(key.toLowerCase())})`;
}

export const FACET_LIMIT = 10;
