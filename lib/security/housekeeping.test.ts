import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { eq, sql } from 'drizzle-orm';
import { markedUploads } from '@/lib/db/schema';
import { seed } from '@/lib/db/seed';
import { DEMO_UNITS, seedDemoAccounts } from '@/lib/db/seed-demo';
import { LocalStore, fileStore, newStorageKey, setFileStore } from '@/lib/storage';
import { freshTestDb, type TestDb } from '@/lib/test/db';
import { startHousekeeping } from './housekeeping';

let t: TestDb;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jx-housekeeping-'));
before(async () => {
  t = await freshTestDb();
  await seed(t.db, { demo: false });
  await seedDemoAccounts(t.db);
  setFileStore(new LocalStore(tmp));
});
after(async () => {
  setFileStore(null);
  fs.rmSync(tmp, { recursive: true, force: true });
  await t.close();
});

/** A marked copy (clear 身份证号 inside) made `age` ago. */
async function markedCopy(age: string) {
  const storageKey = newStorageKey();
  await fileStore().put(storageKey, Buffer.from('110105194912310021'));
  const [m] = await t.db
    .insert(markedUploads)
    .values({ unitId: DEMO_UNITS[0].id, kind: 'attendance', fileName: 'x-错误标注.xlsx', storageKey, createdAt: sql`now() - ${age}::interval` })
    .returning({ id: markedUploads.id });
  return { id: m.id, storageKey };
}

const exists = async (id: string) => (await t.db.select().from(markedUploads).where(eq(markedUploads.id, id))).length === 1;

test('marked copies older than a day go at start and then on a schedule, with no import needed', async () => {
  const old = await markedCopy('25 hours');
  const fresh = await markedCopy('1 hour');
  const stop = startHousekeeping(t.db, { everyMs: 200 });
  try {
    await sleep(150);
    assert.equal(await exists(old.id), false, 'removed at start');
    assert.equal(await fileStore().get(old.storageKey), null, 'its file too');
    assert.equal(await exists(fresh.id), true, 'a copy younger than a day stays');
    const later = await markedCopy('2 days');
    await sleep(400);
    assert.equal(await exists(later.id), false, 'removed by the schedule');
  } finally {
    stop();
  }
});
