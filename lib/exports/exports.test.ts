import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { desc } from 'drizzle-orm';
import { exportEvents } from '@/lib/db/schema';
import { seed } from '@/scripts/seed';
import { freshTestDb, type TestDb } from '@/lib/test/db';
import { buildStatsWorld } from '@/lib/test/stats-world';
import { parseStatsFilter } from '@/lib/stats/filter';
import { statsView } from '@/lib/stats/queries';
import { refreshStats } from '@/lib/stats/refresh';
import { internsSheet, positionsSheet, statsSheets, unitsSheet } from './catalog';
import { internsAfter } from './lists';
import { streamXlsx } from './xlsx';

let t: TestDb;
let world: Awaited<ReturnType<typeof buildStatsWorld>>;
before(async () => {
  t = await freshTestDb();
  await seed(t.db, { demo: false });
  world = await buildStatsWorld(t.db);
  await refreshStats(t.db);
});
after(() => t.close());

const who = { kind: 'staff' as const, id: '00000000-0000-4000-8000-000000000302', name: '孙审核（太原市人社局）' };

async function read(stream: Readable): Promise<ExcelJS.Workbook> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  return wb;
}
const values = (ws: ExcelJS.Worksheet, row: number) => (ws.getRow(row).values as unknown[]).slice(1);

describe('exports', () => {
  test('见习人员 of 太原市: title row, frozen header, masked ID numbers, only the city’s rows, one audit row', async () => {
    const wb = await read(
      streamXlsx(t.db, { what: '见习人员', filters: '范围 太原市', who, now: new Date('2026-07-01T02:00:00Z') }, [
        internsSheet(t.db, { kind: 'staff', scope: '1401' }, {}, false),
      ]),
    );
    const ws = wb.getWorksheet('见习人员')!;
    assert.equal(String(ws.getCell('A1').value), '见习人员 · 范围 太原市 · 导出时间 2026-07-01 10:00 · 导出人 孙审核（太原市人社局）');
    assert.deepEqual(ws.views[0], { ...ws.views[0], state: 'frozen', ySplit: 2 });
    assert.deepEqual(values(ws, 2).slice(0, 3), ['姓名', '身份证号', '单位名称']);
    assert.equal(ws.rowCount, 2 + 4, 'four internships in 太原市 (丁 戊 己 庚), none of 大同市');
    const ids = Array.from({ length: 4 }, (_, i) => String(ws.getCell(3 + i, 2).value));
    assert.ok(
      ids.every((id) => /^1401\*{10}\d{3}[\dX]$/.test(id)),
      ids.join(' '),
    );
    assert.ok((ws.getColumn(3).width ?? 0) >= 20, 'width fits the longest unit name');
    const [log] = await t.db.select().from(exportEvents).orderBy(desc(exportEvents.id)).limit(1);
    assert.deepEqual([log.what, log.rowCount, log.unmasked, log.actorName], ['见习人员', 4, false, who.name]);
  });

  test('full ID numbers only when asked (reviewers), and the log says so', async () => {
    const wb = await read(
      streamXlsx(t.db, { what: '见习人员', filters: '范围 太原市', who, unmasked: true }, [
        internsSheet(t.db, { kind: 'staff', scope: '1401' }, { q: '见习丁' }, true),
      ]),
    );
    const ws = wb.getWorksheet('见习人员')!;
    assert.match(String(ws.getCell('B3').value), /^\d{17}[\dX]$/);
    assert.match(String(ws.getCell('A1').value), /含完整身份证号\/银行账号/);
    const [log] = await t.db.select().from(exportEvents).orderBy(desc(exportEvents.id)).limit(1);
    assert.equal(log.unmasked, true);
  });

  test('a county reviewer never gets another county’s rows, even asking for them by region', async () => {
    const rows = await internsAfter(t.db, { kind: 'staff', scope: '140105' }, { region: '1402' }, { unmasked: false }, null, 100);
    assert.deepEqual(rows.map((r) => r.name).sort(), ['见习己', '见习丁', '见习戊'].sort());
  });

  test('a unit exports only its own positions and interns; bank accounts masked', async () => {
    const wb = await read(
      streamXlsx(t.db, { what: '本单位', filters: '', who: { kind: 'unit', id: world.U1.id, name: world.U1.name } }, [
        positionsSheet(t.db, { kind: 'unit', unitId: world.U1.id }, { published: true }),
        internsSheet(t.db, { kind: 'unit', unitId: world.U1.id }, {}, false),
      ]),
    );
    assert.deepEqual(wb.getWorksheet('见习岗位')!.getColumn(2).values.slice(3).sort(), ['开发助理', '旧岗位', '行政助理'].sort());
    assert.equal(wb.getWorksheet('见习人员')!.rowCount, 2 + 3);
    const units = await read(streamXlsx(t.db, { what: '见习单位', filters: '', who }, [unitsSheet(t.db, { kind: 'staff', scope: '1401' }, {}, false)]));
    const ws = units.getWorksheet('见习单位')!;
    assert.equal(ws.rowCount, 2 + 3, '小店, 迎泽, 市本级 approved; the pending one left out');
    assert.ok(
      ws
        .getColumn(9)
        .values.slice(3)
        .every((v) => /^\*+\d{4}$/.test(String(v))),
    );
  });

  test('the statistics export carries the numbers of the page', async () => {
    const r = await parseStatsFilter(t.db, '1401', { from: '2026-01', to: '2026-06' });
    assert.ok(r.ok);
    const v = await statsView(t.db, r.filter);
    const wb = await read(streamXlsx(t.db, { what: '就业见习统计', filters: '太原市', who }, statsSheets(v)));
    const ws = wb.getWorksheet('按地区')!;
    const xiaodian = ws.getRows(3, ws.rowCount - 2)!.find((row) => row.getCell(1).value === '小店区')!;
    assert.deepEqual((xiaodian.values as unknown[]).slice(1), ['小店区', 1, 2, 5, 1, 1, 2, 1, 1, 0, '0.0%']);
    const total = ws.getRow(ws.rowCount);
    assert.deepEqual((total.values as unknown[]).slice(1), ['合计', 2, 3, 10, 1, 1, 3, 1, 1, 1, '50.0%']);
    assert.deepEqual(
      wb.worksheets.map((w) => w.name),
      ['按地区', '按月份', '按岗位类别', '按单位类型', '按所属行业', '指标说明'],
    );
  });
});
