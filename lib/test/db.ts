import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { openDb, type Db } from '@/lib/db/client';
import { runMigrations } from '@/lib/db/migrate';

export type TestDb = { db: Db; kind: 'postgres' | 'pglite'; close: () => Promise<void> };

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or, when DATABASE_URL
 * is set, a new database on that server that is dropped again on close (named TEST_DB_PREFIX +
 * random hex; the prefix defaults to `jx_test_`, so that workers sharing a server can keep to their own names).
 */
export async function freshTestDb(): Promise<TestDb> {
  testEnv();
  const base = process.env.DATABASE_URL;
  if (!base) {
    const handle = openDb({ url: '', pgliteDir: null });
    await runMigrations(handle.db, 'pglite');
    return handle;
  }
  const prefix = process.env.TEST_DB_PREFIX || 'jx_test_';
  if (!/^[a-z_][a-z0-9_]*$/.test(prefix)) throw new Error(`TEST_DB_PREFIX must be a plain lower-case identifier: ${prefix}`);
  const name = `${prefix}${randomBytes(6).toString('hex')}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const handle = openDb({ url: url.toString() });
  await runMigrations(handle.db, 'postgres');
  return {
    db: handle.db,
    kind: 'postgres',
    close: async () => {
      await handle.close();
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** Makes `getDb()` (what pages, actions and route handlers use) return this test database. */
export function installAsAppDb(t: TestDb): void {
  (globalThis as unknown as { __jxDb?: { db: Db; kind: string; close: () => Promise<void> } }).__jxDb = t;
}

/** Keys and settings that the demo keeps in .data/secrets.json; tests make their own. */
export function testEnv(): void {
  process.env.PII_KEY ??= randomBytes(32).toString('base64');
  process.env.AUTH_SECRET ??= randomBytes(32).toString('base64');
  process.env.OIDC_CLIENT_SECRET ??= randomBytes(24).toString('base64url');
  process.env.AUTH_URL ??= 'http://portal.test';
}

/** Rows of a raw `db.execute()`: postgres.js returns an array, PGlite an object with `rows`. */
export function rowsOf(result: unknown): Record<string, unknown>[] {
  return Array.isArray(result) ? (result as Record<string, unknown>[]) : ((result as { rows: Record<string, unknown>[] }).rows ?? []);
}
