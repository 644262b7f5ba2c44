/** Opening the store for a CLI command, with errors meant for the user. */
import { existsSync } from 'node:fs';
import { isPostgresUrl, openStore, storeLocation, StoreOpenError } from '../store/open.js';
import type { Store } from '../store/types.js';
import { CliError } from './errors.js';

export const DB_OPTION = { db: { type: 'string' } } as const;
export const DB_HELP = `  --db PATH|URL  the store: an SQLite file or postgres://user:pass@host/db (default: $RASID_DB or ./data/rasid.db)`;

/** Opens the store; `mustExist` (commands that only read) refuses to create an empty SQLite file. */
export async function openCliStore(db: string | undefined, mustExist = false): Promise<Store> {
  const loc = storeLocation(db);
  if (mustExist && !isPostgresUrl(loc) && loc !== ':memory:' && !existsSync(loc))
    throw new CliError(`no store at ${loc}: add articles with rasid ingest first, or name the store with --db or RASID_DB`);
  try {
    return await openStore(db);
  } catch (e) {
    if (e instanceof StoreOpenError) throw new CliError(e.message);
    throw e;
  }
}

/** Runs f with an open store and closes it whatever happens. */
export async function withStore<T>(db: string | undefined, f: (s: Store) => Promise<T>, mustExist = false): Promise<T> {
  const store = await openCliStore(db, mustExist);
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
