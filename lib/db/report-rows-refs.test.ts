import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import postgres from 'postgres';
import { filings, persons, positions, reportRows } from '@/lib/db/schema';
import { encryptPii, piiHash } from '@/lib/crypto/pii';
import { createFiling } from '@/lib/filings/commands';
import { seed } from '@/scripts/seed';
import { DEMO_UNITS } from '@/scripts/seed/demo-accounts';
import { validId } from '@/lib/test/batch-files';
import { freshTestDb, rowsOf, type TestDb } from '@/lib/test/db';

/**
 * report_rows' references (filing, person, position) are checked once per statement by the
 * triggers of migration 0017 instead of per-row foreign keys: a row that refers to nothing is
 * refused with the statement it came in, and a referenced row cannot be deleted or re-keyed.
 */
let t: TestDb;
let filingId: string;
let personId: string;
let positionId: string;
const unit = DEMO_UNITS[0];
const actor = { kind: 'unit' as const, id: unit.id, ip: '10.0.0.1' };

function sqlState(e: unknown): string | undefined {
  const err = e as { code?: string; cause?: { code?: string } };
  return err?.cause?.code ?? err?.code;
}

/** Refused by these triggers (not by another table's foreign key): a foreign-key violation naming report_rows. */
async function refused(work: Promise<unknown>): Promise<void> {
  await assert.rejects(work, (e) => {
    const err = e as Error & { cause?: Error };
    return sqlState(e) === '23503' && (err.cause?.message ?? err.message).includes('report_rows');
  });
}

async function newPerson(n: number): Promise<string> {
  const id = validId(9000 + n);
  const [p] = await t.db
    .insert(persons)
    .values({ name: `引用测试${n}`, idCardEnc: encryptPii(id), idCardHash: piiHash(id), gender: '男', birthDate: '2003-01-01', phone: '13800000000' })
    .returning({ id: persons.id });
  return p.id;
}

function row(no: number, refs: { filing?: string; person?: string; position?: string | null } = {}) {
  return {
    filingId: refs.filing ?? filingId,
    rowNo: no,
    personId: refs.person ?? personId,
    idCardHash: 'h',
    name: '引用测试',
    month: '2026-03',
    positionId: refs.position === undefined ? null : refs.position,
    data: {},
  };
}

async function rowsOfFiling(id: string): Promise<number> {
  return (await t.db.select({ id: reportRows.id }).from(reportRows).where(eq(reportRows.filingId, id))).length;
}

before(async () => {
  t = await freshTestDb();
  await seed(t.db, { demo: true });
  filingId = (await createFiling(t.db, { unitId: unit.id, kind: 'attendance', regionCode: '140105', title: '引用测试', submissionKey: randomUUID() }, actor))
    .id;
  personId = await newPerson(1);
  [{ id: positionId }] = await t.db.select({ id: positions.id }).from(positions).where(eq(positions.unitId, unit.id)).limit(1);
});
after(() => t.close());

describe('report_rows references, checked per statement', () => {
  test('rows that refer to an existing filing, person and position (or none) go in', async () => {
    await t.db.insert(reportRows).values([row(1), row(2, { position: positionId })]);
    assert.equal(await rowsOfFiling(filingId), 2);
  });

  test('one row with a missing person, filing or position refuses the whole statement', async () => {
    const other = (
      await createFiling(t.db, { unitId: unit.id, kind: 'attendance', regionCode: '140105', title: '引用测试2', submissionKey: randomUUID() }, actor)
    ).id;
    await refused(t.db.insert(reportRows).values([row(1, { filing: other }), row(2, { filing: other, person: randomUUID() })]));
    await refused(t.db.insert(reportRows).values([row(1, { filing: other }), row(2, { filing: randomUUID() })]));
    await refused(t.db.insert(reportRows).values([row(1, { filing: other }), row(2, { filing: other, position: randomUUID() })]));
    assert.equal(await rowsOfFiling(other), 0);
  });

  test('an update may not point a row at nothing', async () => {
    await refused(t.db.update(reportRows).set({ personId: randomUUID() }).where(eq(reportRows.filingId, filingId)));
    assert.equal((await t.db.select({ id: reportRows.id }).from(reportRows).where(eq(reportRows.personId, personId))).length, 2);
  });

  test('a referenced filing, person or position is neither deleted nor re-keyed; an unreferenced person can be', async () => {
    await refused(t.db.delete(persons).where(eq(persons.id, personId)));
    await refused(t.db.delete(filings).where(eq(filings.id, filingId)));
    await refused(t.db.delete(positions).where(eq(positions.id, positionId)));
    await refused(t.db.update(persons).set({ id: randomUUID() }).where(eq(persons.id, personId)));
    await t.db.update(persons).set({ phone: '13900000000' }).where(eq(persons.id, personId));
    const loose = await newPerson(2);
    await t.db.delete(persons).where(eq(persons.id, loose));
    assert.equal((await t.db.select({ id: persons.id }).from(persons).where(eq(persons.id, loose))).length, 0);
  });

  test(
    'a person deleted by a transaction that commits while the rows wait for it is found missing (PostgreSQL)',
    { skip: !process.env.DATABASE_URL && 'needs DATABASE_URL: PGlite has one connection' },
    async () => {
      const victim = await newPerson(3);
      // A second connection to the same test database deletes the person and holds its lock.
      const [{ db: name }] = rowsOf(await t.db.execute(sql`select current_database() as db`));
      const url = new URL(process.env.DATABASE_URL!);
      url.pathname = `/${String(name)}`;
      const other = postgres(url.toString(), { max: 1, onnotice: () => {} });
      try {
        const reserved = await other.reserve();
        await reserved`begin`;
        await reserved`delete from persons where id = ${victim}`;
        const insert = t.db.insert(reportRows).values([row(7, { person: victim })]);
        const outcome = insert.then(
          () => 'written',
          (e: unknown) => `${sqlState(e)} ${(e as Error & { cause?: Error }).cause?.message}`,
        );
        await new Promise((r) => setTimeout(r, 300));
        await reserved`commit`;
        reserved.release();
        assert.equal(await outcome, '23503 report_rows.person_id refers to a person that does not exist');
        assert.equal((await t.db.select({ id: reportRows.id }).from(reportRows).where(eq(reportRows.personId, victim))).length, 0);
      } finally {
        await other.end();
      }
    },
  );
});
