import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { openDb, type Db } from '@/lib/db/client';
import { runMigrations } from '@/lib/db/migrate';

export type TestDb = { db: Db; kind: 'postgres' | 'pglite'; close: () => Promise<void> };

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or, when DATABASE_URL
 * is set, a new database on that server that is dropped again on close.
 */
export async function freshTestDb(): Promise<TestDb> {
  const base = process.env.DATABASE_URL;
  if (!base) {
    const handle = openDb({ url: '', pgliteDir: null });
    await runMigrations(handle.db, 'pglite');
    return handle;
  }
  const name = `jx_test_${randomBytes(6).toString('hex')}`;
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
