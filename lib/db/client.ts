import { createHash } from 'node:crypto';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema';
import { acquireDataDirLock } from './lock';
import { env } from '@/lib/env';

/** Both drivers expose the same query builder; we type them as one. */
export type Db = PostgresJsDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

type Handle = { db: Db; kind: 'postgres' | 'pglite'; close: () => Promise<void> };

export function pgliteDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), env().PGLITE_DIR);
}

/** Opens a new connection. Prefer `getDb()`; this is for scripts and tests that own their lifecycle. */
export function openDb(opts: { url?: string; pgliteDir?: string | null } = {}): Handle {
  const url = opts.url ?? env().DATABASE_URL;
  if (url) {
    const sql = postgres(url, { max: env().DB_POOL_MAX, onnotice: () => {} });
    return { db: drizzlePostgres(sql, { schema, casing: 'snake_case' }), kind: 'postgres', close: () => sql.end() };
  }
  // `pgliteDir: null` opens an in-memory database (unit tests).
  const dir = opts.pgliteDir === undefined ? pgliteDir() : opts.pgliteDir;
  const release = dir ? acquireDataDirLock(dir) : () => {};
  const client = dir ? new PGlite(dir) : new PGlite();
  const db = drizzlePglite(client, { schema, casing: 'snake_case' }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    close: async () => {
      await client.close();
      release();
    },
  };
}

const globalForDb = globalThis as unknown as { __jxDb?: Handle };

/** The process-wide connection (one per process, survives dev-server module reloads). */
export function getDb(): Db {
  globalForDb.__jxDb ??= openDb();
  return globalForDb.__jxDb.db;
}

export function dbKind(): Handle['kind'] {
  return env().DATABASE_URL ? 'postgres' : 'pglite';
}

/**
 * A short name for the database this process uses (a hash of DATABASE_URL, or of the PGlite
 * folder): cached query results carry it in their keys, because Next.js keeps its data cache in
 * .next/cache across builds and restarts, and a build started on another database (a benchmark,
 * the second CI pass, a restored copy) must not be served the first one's results.
 */
export function databaseScope(): string {
  const e = env();
  // Without the password: the scope is written into cache keys and a file beside the cached pages.
  const url = e.DATABASE_URL && new URL(e.DATABASE_URL);
  if (url) url.password = '';
  return createHash('sha256')
    .update(url ? url.href : `pglite:${pgliteDir()}`)
    .digest('base64url')
    .slice(0, 12);
}
