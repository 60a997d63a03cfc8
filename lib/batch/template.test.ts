import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { reportSpecs } from '@/lib/reports/specs';
import { EDUCATION_LEVELS } from '@/lib/reports/options';
import { TODAY, validRow, type Cell } from '@/lib/test/batch-files';
import { parseUpload } from './parse';
import { buildTemplate } from './template';
import { EXAMPLE_MARK, formatRowError } from './validate';

type Validations = { model: Record<string, ExcelJS.DataValidation> };

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

function dateCell(v: Cell): Cell {
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00:00Z`) : v;
}

describe('template', () => {
  test('header bold and frozen; example row grey italic and marked; ID text-formatted, dates date-formatted', async () => {
    const spec = reportSpecs.match;
    const wb = await load(await buildTemplate(spec));
    const ws = wb.worksheets[0];
    assert.equal(ws.name, '见习匹配结果');
    assert.deepEqual(
      (ws.getRow(1).values as unknown[]).slice(1),
      spec.columns.map((c) => c.header),
    );
    assert.equal(ws.getCell('A1').font.bold, true);
    assert.equal(ws.views[0].state, 'frozen');
    assert.equal((ws.views[0] as { ySplit?: number }).ySplit, 1);
    assert.equal(ws.getCell('A2').font.italic, true);
    assert.equal(ws.getCell('A2').font.color?.argb, 'FF808080');
    assert.equal(ws.getCell('M2').value, EXAMPLE_MARK);
    assert.equal(ws.getColumn(2).numFmt, '@');
    assert.equal(ws.getColumn(3).numFmt, '@');
    assert.equal(ws.getColumn(10).numFmt, 'yyyy-mm-dd');
    assert.ok(ws.getCell('J2').value instanceof Date);
  });

  test('drop-downs for 学历, 人员类别 and the 岗位编号 passed in, from a hidden list sheet', async () => {
    const wb = await load(await buildTemplate(reportSpecs.match, { lists: { postCodes: ['GW1', 'GW2', 'GW3'] } }));
    const lists = wb.getWorksheet('下拉选项')!;
    assert.equal(lists.state, 'hidden');
    const validations = (wb.worksheets[0] as unknown as { dataValidations: Validations }).dataValidations.model;
    const formula = (cell: string) => validations[cell]?.formulae[0];
    assert.equal(formula('D2'), `'下拉选项'!$A$1:$A$${EDUCATION_LEVELS.length}`);
    assert.deepEqual(lists.getColumn(1).values.slice(1), [...EDUCATION_LEVELS]);
    assert.equal(formula('H2'), `'下拉选项'!$B$1:$B$2`);
    assert.equal(formula('I2'), `'下拉选项'!$C$1:$C$3`);
    assert.deepEqual(lists.getColumn(3).values.slice(1), ['GW1', 'GW2', 'GW3']);
  });

  test('在岗状态 and 是/否 drop-downs; attendance has none', async () => {
    const onDuty = await load(await buildTemplate(reportSpecs.on_duty));
    // ExcelJS spreads a range into one entry per cell when it loads a file.
    const model = (onDuty.worksheets[0] as unknown as { dataValidations: Validations }).dataValidations.model;
    const columns = new Set(Object.keys(model).map((cell) => cell.replace(/\d+$/, '')));
    assert.deepEqual([...columns].sort(), ['D', 'H']);
    assert.ok(model.D2 && model.H20001 && !model.H20002);
    const attendance = await load(await buildTemplate(reportSpecs.attendance));
    assert.equal(attendance.getWorksheet('下拉选项'), undefined);
  });

  test('填写说明 states every column rule and every other rule', async () => {
    for (const spec of Object.values(reportSpecs)) {
      const wb = await load(await buildTemplate(spec));
      const text = wb.getWorksheet('填写说明')!.getSheetValues().flat().join('\n');
      for (const c of spec.columns) assert.ok(text.includes(c.rule), `${spec.kind}: ${c.header}`);
      for (const note of spec.notes) assert.ok(text.includes(note), `${spec.kind}: ${note}`);
      assert.match(text, /示例，导入时请删除/);
    }
  });

  for (const spec of Object.values(reportSpecs)) {
    test(`round trip (${spec.kind}): template → rows typed into it → parse, no errors, example skipped`, async () => {
      const wb = await load(await buildTemplate(spec));
      const ws = wb.worksheets[0];
      const rows = [3, 4, 5].map((n) => validRow[spec.kind](n));
      rows.forEach((r, i) => (ws.getRow(3 + i).values = spec.columns.map((c) => dateCell(r[c.header]))));
      const bytes = Buffer.from(await wb.xlsx.writeBuffer());
      const result = await parseUpload(spec, { fileName: 't.xlsx', bytes }, { today: TODAY });
      assert.ok(result.ok, result.ok ? '' : result.refusal.message);
      assert.deepEqual(result.errors.map(formatRowError), []);
      assert.deepEqual(
        result.rows.map((r) => r.row),
        [3, 4, 5],
      );
      assert.deepEqual(result.skippedExampleRows, [2]);
    });
  }

  test('an example row that was typed over but still carries the mark is refused as a row error', async () => {
    const wb = await load(await buildTemplate(reportSpecs.attendance));
    const ws = wb.worksheets[0];
    ws.getCell('A2').value = '王伟伟';
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const result = await parseUpload(reportSpecs.attendance, { fileName: 't.xlsx', bytes }, { today: TODAY });
    assert.ok(result.ok);
    assert.match(formatRowError(result.errors[0]), /^第2行 · 整行 · 这一行标有“示例，导入时请删除”，是模板的示例行，但内容已被修改 · /);
  });

  test('a template left as downloaded has no data', async () => {
    const result = await parseUpload(reportSpecs.match, { fileName: 't.xlsx', bytes: await buildTemplate(reportSpecs.match) });
    assert.deepEqual(result.ok ? null : result.refusal.code, 'no-rows');
    assert.match(result.ok ? '' : result.refusal.message, /只有模板的示例行/);
  });
});
