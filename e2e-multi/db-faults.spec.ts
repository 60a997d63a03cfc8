import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD } from '../e2e/support/login';
import { httpLogin } from '@/lib/test/http-session';
import { PORT_A } from '../playwright.multi.config';
import { addTraineeUnit, database, importFile, matchCsv } from './support/world';

/**
 * Issue #12 item 5(a): the PostgreSQL connection of an import is killed (pg_terminate_backend)
 * while it writes the rows, ten times. Each time the unit is told 「系统繁忙…」, nothing of that
 * attempt is in the database, and the process keeps serving; then the same file, with the same
 * one-time key (the page keeps it after a failure), imports in full. With postgres.js 3.4.9 as
 * published this crashed: see scripts/patch-deps.mjs.
 */
const A = `http://localhost:${PORT_A}`;
const ROWS = 12_000;

test('an import whose database connection is killed mid-write fails cleanly, ten times; the retry imports it all', async () => {
  test.setTimeout(600_000);
  const sql = database();
  try {
    const unit = await addTraineeUnit(sql, '断连测试');
    const cookie = await httpLogin(A, 'unit', unit.uscc, DEMO_PASSWORD);
    // People no earlier run on this database imported (a rerun would be refused as already in 见习).
    const csv = matchCsv(unit, 2_000_000 + Math.floor(Math.random() * 80) * ROWS, ROWS);
    const key = randomUUID();
    const counts = async () =>
      (
        await sql<{ filings: number; rows: number; persons: number }[]>`
          select (select count(*)::int from filings where unit_id = ${unit.id} and kind = 'match') as filings,
                 (select count(*)::int from report_rows r join filings f on f.id = r.filing_id where f.unit_id = ${unit.id}) as rows,
                 (select count(*)::int from persons) as persons`
      )[0];
    const before = await counts();

    for (let round = 1; round <= 10; round++) {
      const pending = importFile(A, cookie, csv, key);
      let done = false;
      void pending.finally(() => (done = true));
      let killed = 0;
      while (!done && !killed) {
        const [hit] = await sql<{ pid: number }[]>`
          select pid from pg_stat_activity
          where datname = current_database() and state = 'active' and pid <> pg_backend_pid()
            and query like '%insert into report_rows%'`;
        if (hit) killed = (await sql<{ ok: boolean }[]>`select pg_terminate_backend(${hit.pid}) as ok`)[0].ok ? hit.pid : 0;
        else await new Promise((r) => setTimeout(r, 5));
      }
      const { status, body } = await pending;
      expect(killed, `round ${round}: the rows' insert was caught and killed`).toBeGreaterThan(0);
      expect(status, `round ${round}`).toBe(500);
      expect(body.ok).toBe(false);
      expect(body.message).toMatch(/^系统繁忙，导入未成功，本次没有写入任何数据/);
      expect(await counts(), `round ${round}: nothing of the attempt is stored`).toEqual(before);
      // The process keeps serving, on the database, at once: a signed-in page and a public one.
      const page = await fetch(`${A}/unit/interns`, { headers: { cookie }, redirect: 'manual', signal: AbortSignal.timeout(10_000) });
      expect(page.status, `round ${round}: next request`).toBe(200);
      expect((await page.text()).includes('<h1 class="text-xl font-bold text-slate-900 sm:text-2xl">本单位见习人员</h1>'), "the unit's page rendered").toBe(
        true,
      );
      expect((await fetch(`${A}/jobs/1401/140105`, { signal: AbortSignal.timeout(10_000) })).status).toBe(200);
    }

    const retry = await importFile(A, cookie, csv, key);
    expect(retry.status).toBe(201);
    expect(retry.body).toMatchObject({ ok: true, rows: ROWS });
    const after = await counts();
    expect(after).toEqual({ filings: before.filings + 1, rows: before.rows + ROWS, persons: before.persons + ROWS });
  } finally {
    await sql.end();
  }
});
