import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, loginAs } from '../e2e/support/login';
import { httpLogin } from '@/lib/test/http-session';
import { PORT_A, PORT_B } from '../playwright.multi.config';
import { addTraineeUnit, database, importFile, matchCsv, type TraineeUnit } from './support/world';

/**
 * Issue #12 item 6, load while working: public visitors on both processes (autocannon) while 5 units
 * import 见习匹配结果 files through the real route and 2 reviewers approve them in the dashboard.
 * Every response under 500, and the database holds exactly what the answers said: no write lost,
 * none doubled (each unit's 2nd, 5th, 8th… file is sent to A and B at once with one key, as a double
 * press would). Short in CI; `npm run bench:load` runs it for 60 s with 200 connections.
 */
const SECONDS = Number(process.env.LOAD_SECONDS || 10);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS || 50);
const ROWS = Number(process.env.LOAD_IMPORT_ROWS || 200);
const ORIGINS = [`http://localhost:${PORT_A}`, `http://localhost:${PORT_B}`];

type Import = { filingId: string; rows: number };

test('public load on both processes while 5 units import and 2 reviewers decide: no 5xx, no lost or doubled write', async ({ browser }) => {
  test.setTimeout(SECONDS * 1000 + 300_000);
  const sql = database();
  try {
    const units: TraineeUnit[] = [];
    for (let i = 0; i < 5; i++) units.push(await addTraineeUnit(sql, `压测单位${i + 1}`));
    const cookies = await Promise.all(units.map((u, i) => httpLogin(ORIGINS[i % 2], 'unit', u.uscc, DEMO_PASSWORD)));
    const codes = (await sql<{ code: string }[]>`select code from positions where status = 'open' and deadline >= current_date order by code limit 20`).map(
      (r) => r.code,
    );
    const paths = ['/jobs', '/jobs/1401', '/jobs/1401/140105', '/jobs/1402', ...codes.map((c) => `/jobs/p/${c}`)];
    for (const origin of ORIGINS) for (const p of paths) expect((await fetch(origin + p)).status, origin + p).toBe(200);

    const totals = async () =>
      (
        await sql<{ filings: number; rows: number; persons: number; internships: number; approvals: number }[]>`
          select (select count(*)::int from filings where kind = 'match') as filings,
                 (select count(*)::int from report_rows) as rows,
                 (select count(*)::int from persons) as persons,
                 (select count(*)::int from internships) as internships,
                 (select count(*)::int from filing_events where action = 'approve') as approvals`
      )[0];
    const before = await totals();

    const serverErrors: string[] = [];
    const refused: string[] = [];
    const imports = new Map<string, Import>();
    let doublePresses = 0;
    let deadline = 0;
    // People no earlier run on this database imported: 20,000 numbers per unit from a random block.
    const people = 600_000 + Math.floor(Math.random() * 13) * 100_000;

    // The unit's k-th file (its 2nd, 5th, 8th… sent to A and B at once with one key: a double press).
    const importOne = async (unit: TraineeUnit, u: number, k: number) => {
      const csv = matchCsv(unit, people + u * 20_000 + k * ROWS, ROWS);
      const key = randomUUID();
      const targets = k % 3 === 1 ? ORIGINS : [ORIGINS[(u + k) % 2]];
      const answers = await Promise.all(targets.map((o) => importFile(o, cookies[u], csv, key)));
      for (const a of answers) {
        if (a.status >= 500) serverErrors.push(`导入 ${a.status} ${a.body.message}`);
        else if (a.status !== 201) refused.push(`导入 ${a.status} ${a.body.message}`);
      }
      const ok = answers.filter((a) => a.status === 201);
      if (ok.length === 0) return false;
      if (targets.length === 2) doublePresses++;
      expect(new Set(ok.map((a) => a.body.filingId)).size, 'one key, one filing').toBe(1);
      imports.set(ok[0].body.filingId!, { filingId: ok[0].body.filingId!, rows: ok[0].body.rows! });
      return true;
    };
    let importsUnderLoad = 0;
    const importer = async (unit: TraineeUnit, u: number) => {
      for (let k = 1; Date.now() < deadline && (k + 1) * ROWS <= 20_000; k++) if (await importOne(unit, u, k)) importsUnderLoad++;
    };
    // Each unit's first file goes in before the clock starts, so that the reviewers have filings to
    // decide under load even when the machine is so busy that no import made under load ends in time.
    await Promise.all(units.map((u, i) => importOne(u, i, 0)));

    const decided: string[] = [];
    // The reviewers sign in (in a browser, one on each process) before the load starts.
    const desks = await Promise.all(
      [DEMO.xiaodian, DEMO.taiyuan].map(async (who, r) => {
        const ctx = await browser.newContext({ baseURL: ORIGINS[r] });
        const page = await ctx.newPage();
        await loginAs(page, 'staff', who.login, undefined, '/login?type=staff&next=/review');
        return { ctx, page };
      }),
    );
    const reviewer = async ({ ctx, page }: { ctx: BrowserContext; page: Page }, r: number) => {
      try {
        const mine = units.filter((_, i) => i % 2 === r).map((u) => u.id);
        while (Date.now() < deadline) {
          const [next] = await sql<{ id: string }[]>`
            select id from filings where unit_id in ${sql(mine)} and kind = 'match' and state = 'pending' order by submitted_at limit 1`;
          if (!next) {
            await new Promise((res) => setTimeout(res, 200));
            continue;
          }
          const res = await page.goto(`/review/${next.id}`);
          if (res && res.status() >= 500) serverErrors.push(`审核页 ${res.status()}`);
          await page.getByRole('button', { name: '审核通过' }).click();
          await expect(page.getByRole('status').filter({ hasText: '已审核通过' })).toBeVisible({ timeout: 30_000 });
          decided.push(next.id);
        }
      } finally {
        await ctx.close();
      }
    };

    const latencies: number[] = [];
    let publicRequests = 0;
    let public5xx = 0;
    let publicOther = 0;
    const cannon = (origin: string) =>
      new Promise<autocannon.Result>((resolve, reject) => {
        const instance = autocannon(
          { url: origin, connections: Math.ceil(CONNECTIONS / 2), duration: SECONDS, requests: paths.map((p) => ({ method: 'GET', path: p })) },
          (err, result) => (err ? reject(err) : resolve(result)),
        );
        instance.on('response', (_c, status, _bytes, ms) => {
          publicRequests++;
          latencies.push(ms);
          if (status >= 500) public5xx++;
          else if (status !== 200) publicOther++;
        });
      });

    deadline = Date.now() + SECONDS * 1000;
    const started = performance.now();
    const [loadA, loadB] = await Promise.all([
      cannon(ORIGINS[0]),
      cannon(ORIGINS[1]),
      ...units.map((u, i) => importer(u, i)),
      ...desks.map((d, r) => reviewer(d, r)),
    ]);
    const elapsed = (performance.now() - started) / 1000;

    const after = await totals();
    const made = [...imports.values()];
    const importedRows = made.reduce((s, m) => s + m.rows, 0);
    const approvedRows = made.filter((m) => decided.includes(m.filingId)).reduce((s, m) => s + m.rows, 0);
    const stored = await sql<{ id: string; title: string; state: string; rows: number }[]>`
      select f.id, f.title, f.state, (select count(*)::int from report_rows r where r.filing_id = f.id) as rows
      from filings f where f.unit_id in ${sql(units.map((u) => u.id))} and f.kind = 'match'`;
    const storedIds = new Set(stored.map((s) => s.id));
    const expected = {
      filings: before.filings + made.length,
      rows: before.rows + importedRows,
      persons: before.persons + importedRows,
      internships: before.internships + approvedRows,
      approvals: before.approvals + decided.length,
    };
    const diff = (Object.keys(expected) as (keyof typeof expected)[]).map((k) => ({ k, d: after[k] - expected[k] }));
    const lost =
      diff.filter((x) => x.d < 0).reduce((s, x) => s - x.d, 0) +
      made.filter((m) => !storedIds.has(m.filingId)).length +
      stored.filter((s) => imports.has(s.id) && s.rows !== imports.get(s.id)!.rows).length +
      decided.filter((id) => stored.find((s) => s.id === id)?.state !== 'approved').length;
    const doubled = diff.filter((x) => x.d > 0).reduce((s, x) => s + x.d, 0) + stored.filter((s) => !imports.has(s.id)).length;

    latencies.sort((a, b) => a - b);
    const pct = (q: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN);
    const socketErrors = loadA.errors + loadB.errors;
    const timeouts = loadA.timeouts + loadB.timeouts;
    console.log(
      [
        `负载：两个 next start 进程（A ${ORIGINS[0]}、B ${ORIGINS[1]}），${CONNECTIONS} 个公开连接 × ${SECONDS} s（实测 ${elapsed.toFixed(1)} s），${paths.length} 个公开地址轮流访问`,
        `公开页面：${publicRequests} 个请求，${(publicRequests / SECONDS).toFixed(0)} req/s，p50 ${pct(0.5)} ms / p95 ${pct(0.95)} ms / p99 ${pct(0.99)} ms；5xx ${public5xx}，其他非 200 ${publicOther}，连接错误 ${socketErrors}，超时 ${timeouts}`,
        `导入（5 个单位，每个文件 ${ROWS} 行，A/B 轮流）：成功 ${made.length} 次共 ${importedRows} 行（负载开始前每个单位 1 次，负载中 ${importsUnderLoad} 次），其中同一提交编号同时发往 A 与 B ${doublePresses} 次；被拒 ${refused.length}`,
        `审核（2 名审核人，各在一个进程上）：审核通过 ${decided.length} 件（${approvedRows} 名见习人员）`,
        `所有请求中的 5xx：${public5xx + serverErrors.length}；丢失的写入 ${lost}，重复的写入 ${doubled}（行数前后对比：${diff.map((x) => `${x.k} ${x.d >= 0 ? '+' : ''}${x.d}`).join('，')}）`,
      ].join('\n'),
    );
    expect(serverErrors).toEqual([]);
    expect(public5xx).toBe(0);
    expect(refused).toEqual([]);
    expect({ lost, doubled }).toEqual({ lost: 0, doubled: 0 });
    expect(importsUnderLoad, 'imports were done under load').toBeGreaterThan(0);
    expect(decided.length, 'decisions were made under load').toBeGreaterThan(0);
  } finally {
    await sql.end();
  }
});
