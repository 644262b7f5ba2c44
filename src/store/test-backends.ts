/**
 * For tests: the backends the shared store suite runs against. SQLite always (a temporary file);
 * PostgreSQL when RASID_TEST_PG names a server (postgres://…), each store in a schema of its own
 * that is dropped afterwards. Without it the PostgreSQL half is skipped, saying so.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore } from './open.js';
import type { Store } from './types.js';

export interface TestBackend {
  name: 'sqlite' | 'postgres';
  /** why the backend is skipped, or null */
  skip: string | null;
  /** a fresh, empty store and its location (for the CLI's --db) */
  fresh(): Promise<{ store: Store; db: string; cleanup(): Promise<void> }>;
  /** a fresh, empty location without opening it */
  location(): Promise<{ db: string; cleanup(): Promise<void> }>;
}

export const PG_SKIP = 'PostgreSQL half skipped: set RASID_TEST_PG=postgres://… (.ci/run does) to run it against a server';

async function sqliteLocation() {
  const dir = mkdtempSync(join(tmpdir(), 'rasid-store-'));
  return { db: join(dir, 'rasid.db'), cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
}

async function pgLocation(url: string) {
  const schema = `t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const sep = url.includes('?') ? '&' : '?';
  return {
    db: `${url}${sep}options=${encodeURIComponent(`-c search_path=${schema}`)}`,
    cleanup: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await c.end();
    },
  };
}

export function testBackends(): TestBackend[] {
  const pgUrl = process.env.RASID_TEST_PG;
  const mk = (name: 'sqlite' | 'postgres', skip: string | null, location: () => Promise<{ db: string; cleanup(): Promise<void> }>): TestBackend => ({
    name,
    skip,
    location,
    async fresh() {
      const loc = await location();
      const store = await openStore(loc.db);
      return { store, db: loc.db, cleanup: async () => (await store.close().catch(() => {}), await loc.cleanup()) };
    },
  });
  return [mk('sqlite', null, sqliteLocation), mk('postgres', pgUrl ? null : PG_SKIP, () => pgLocation(pgUrl!))];
}
