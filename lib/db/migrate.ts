import path from 'node:path';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { Db } from './client';

const migrationsFolder = path.resolve(process.cwd(), 'drizzle');

export async function runMigrations(db: Db, kind: 'postgres' | 'pglite'): Promise<void> {
  if (kind === 'pglite') await migratePglite(db as unknown as PgliteDatabase<Record<string, never>>, { migrationsFolder });
  else await migratePostgres(db, { migrationsFolder });
}
