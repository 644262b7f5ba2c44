/** Opening the store a user names: `--db PATH|postgres://…`, else RASID_DB, else ./data/rasid.db. */
import { resolve } from 'node:path';
import type { Store } from './types.js';

export const DEFAULT_DB = './data/rasid.db';

export function storeLocation(db?: string | null): string {
  return db || process.env.RASID_DB || DEFAULT_DB;
}

export const isPostgresUrl = (s: string) => /^postgres(ql)?:\/\//i.test(s);

/** Opens (and migrates) a store. Errors carry a message meant for the user. */
export async function openStore(db?: string | null): Promise<Store> {
  const loc = storeLocation(db);
  if (isPostgresUrl(loc)) {
    const { PostgresStore } = await import('./postgres.js');
    try {
      return await PostgresStore.open(loc);
    } catch (e) {
      throw new StoreOpenError(`cannot open the PostgreSQL store ${redact(loc)}: ${(e as Error).message}`);
    }
  }
  const { SqliteStore } = await import('./sqlite.js');
  try {
    return new SqliteStore(loc === ':memory:' ? loc : resolve(loc));
  } catch (e) {
    throw new StoreOpenError(`cannot open the SQLite store ${loc}: ${(e as Error).message}`);
  }
}

export class StoreOpenError extends Error {}

/** A URL without its password, for messages. */
export function redact(url: string): string {
  return url.replace(/(\/\/[^:/@]+):[^@]*@/, '$1:***@');
}
