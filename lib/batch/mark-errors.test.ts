import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { attendanceSpec, matchSpec } from '@/lib/reports/specs';
import { attendanceRow, csvOf, encodeGbk, matchRow, table, TODAY, xlsxOf } from '@/lib/test/batch-files';
import { ERROR_COLUMN, ERROR_FILL, markErrors } from './mark-errors';
import { parseUpload } from './parse';
import type { UploadFile } from './types';

async function load(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets[0];
}

function noteText(cell: ExcelJS.Cell): string {
  const note = cell.note;
  return typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join('');
}

const fillOf = (cell: ExcelJS.Cell) => (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;

describe('markErrors', () => {
  test('xlsx: wrong cells red with a note, a 错误说明 column, rows where they were', async () => {
    const rows = [matchRow(1), { ...matchRow(2), 身份证号: 140105200101011000, 手机号码: '12345' }, { ...matchRow(3), 见习结束日期: '2026-04-15' }];
    const file: UploadFile = { fileName: 'm.xlsx', bytes: await xlsxOf([{ name: '数据', rows: [['标题行'], ...table(rows)] }]) };
    const parsed = await parseUpload(matchSpec, file, { today: TODAY, maxErrors: Infinity });
    assert.ok(parsed.ok);
    assert.deepEqual(
      parsed.errors.map((e) => [e.row, e.column]),
      [
        [4, '身份证号'],
        [4, '手机号码'],
        [5, '见习结束日期'],
      ],
    );

    const ws = await load(await markErrors(matchSpec, file, parsed.errors));
    assert.equal(ws.getCell('A2').value, '姓名');
    assert.equal(ws.getCell('M2').value, ERROR_COLUMN);
    assert.equal(ws.getCell('A3').value, matchRow(1).姓名);
    assert.equal(fillOf(ws.getCell('A3')), undefined);
    assert.equal(ws.getCell('B4').value, 140105200101011000);
    assert.equal(fillOf(ws.getCell('B4')), (ERROR_FILL as ExcelJS.FillPattern).fgColor?.argb);
    assert.match(noteText(ws.getCell('B4')), /已被 Excel 转成数字[\s\S]*\n修改方法：请核对身份证号/);
    assert.equal(fillOf(ws.getCell('C4')), 'FFFF8080');
    assert.match(noteText(ws.getCell('L5')), /不足3个月/);
    assert.match(String(ws.getCell('M4').value), /^身份证号：.*\n手机号码：手机号码应为以1开头的11位数字/);
    assert.equal(ws.getCell('M3').value, null);
    assert.equal(ws.getColumn(2).numFmt, '@');
  });

  test('a GBK CSV comes back as an xlsx of its rows', async () => {
    const csv = csvOf(table([attendanceRow(1), { ...attendanceRow(2), 实际出勤天数: 30 }]));
    const file: UploadFile = { fileName: 'a.csv', bytes: encodeGbk(csv) };
    const parsed = await parseUpload(attendanceSpec, file, { today: TODAY });
    assert.ok(parsed.ok);
    const ws = await load(await markErrors(attendanceSpec, file, parsed.errors));
    assert.equal(ws.getCell('A1').value, '姓名');
    assert.equal(ws.getCell('B3').value, attendanceRow(2).身份证号);
    assert.equal(fillOf(ws.getCell('D3')), 'FFFF8080');
    assert.match(noteText(ws.getCell('D3')), /实际出勤30天 \+ 请假1天 \+ 旷工1天 = 32天，与应出勤天数22天不相等/);
    assert.equal(ws.getCell('I1').value, ERROR_COLUMN);
  });

  test('a file that cannot be read is an exception, not a blank copy', async () => {
    await assert.rejects(markErrors(matchSpec, { fileName: 'x.pdf', bytes: Buffer.from('%PDF-1.4') }, []), /PDF/);
  });
});
