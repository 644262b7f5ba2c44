/** Opening the store for a CLI command, with errors meant for the user. */
import { openStore, StoreOpenError } from '../store/open.js';
import type { Store } from '../store/types.js';
import { CliError } from './errors.js';

export const DB_OPTION = { db: { type: 'string' } } as const;
export const DB_HELP = `  --db PATH|URL  the store: an SQLite file or postgres://user:pass@host/db (default: $RASID_DB or ./data/rasid.db)`;

export async function openCliStore(db: string | undefined): Promise<Store> {
  try {
    return await openStore(db);
  } catch (e) {
    if (e instanceof StoreOpenError) throw new CliError(e.message);
    throw e;
  }
}

/** Runs f with an open store and closes it whatever happens. */
export async function withStore<T>(db: string | undefined, f: (s: Store) => Promise<T>): Promise<T> {
  const store = await openCliStore(db);
  try {
    return await f(store);
  } finally {
    await store.close();
  }
}

export function positiveInt(name: string, v: string | undefined, dflt: number, max = Number.MAX_SAFE_INTEGER): number {
  if (v == null) return dflt;
  if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > max) throw new CliError(`${name} must be a whole number from 1 to ${max}, not "${v}"`, 2);
  return Number(v);
}
