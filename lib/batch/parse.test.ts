import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { attendanceSpec, matchSpec } from '@/lib/reports/specs';
import { attendanceRow, csvOf, encodeGbk, matchRow, personName, table, TODAY, xlsxOf, type Cell } from '@/lib/test/batch-files';
import { formatRowError } from './validate';
import { headerOf, withDbRules } from './define';
import { checkUpload, parseUpload, streamUpload } from './parse';
import type { ParseOptions, ParseResult, ReportSpec } from './types';

const MATCH_HEADERS = matchSpec.columns.map((c) => c.header);
const ID_COLUMN = MATCH_HEADERS.indexOf('身份证号') + 1;

async function parseXlsx<Row>(spec: ReportSpec<Row, never>, sheets: Parameters<typeof xlsxOf>[0], options: ParseOptions = {}) {
  return parseUpload(spec, { fileName: 'upload.xlsx', bytes: await xlsxOf(sheets) }, { today: TODAY, ...options });
}

function ok<Row>(r: ParseResult<Row>) {
  if (!r.ok) assert.fail(`refused: ${r.refusal.message}`);
  return r;
}

function refused<Row>(r: ParseResult<Row>): string {
  if (r.ok) assert.fail(`not refused; errors: ${r.errors.map(formatRowError).join('\n')}`);
  return r.refusal.message;
}

describe('xlsx', () => {
  test('valid rows parse to canonical values, with Excel row numbers', async () => {
    const r = ok(await parseXlsx(matchSpec, [{ name: 'S', rows: table([matchRow(1), matchRow(2)]), textColumns: [ID_COLUMN] }]));
    assert.deepEqual(r.errors, []);
    assert.deepEqual(
      r.rows.map((x) => x.row),
      [2, 3],
    );
    assert.equal(r.rows[0].values.agreementDate, '2026-03-01');
    assert.equal(r.format, 'xlsx');
  });
  test('dates as text in every form, as date cells and as serials; full-width digits', async () => {
    const rows = [
      { ...matchRow(1), 协议签订日期: '2026/3/1', 见习开始日期: '2026.03.01', 见习结束日期: '2026年8月31日' },
      { ...matchRow(2), 协议签订日期: new Date(Date.UTC(2026, 2, 1)), 见习开始日期: 46082, 见习结束日期: '2026-8-31' },
      {
        ...matchRow(3),
        身份证号: matchRow(3)
          .身份证号!.toString()
          .replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
        手机号码: '１３８００００００１０',
      },
    ];
    const r = ok(await parseXlsx(matchSpec, [{ name: 'S', rows: table(rows) }]));
    assert.deepEqual(r.errors, []);
    assert.deepEqual(
      r.rows.map((x) => [x.values.agreementDate, x.values.startDate, x.values.endDate]),
      Array(3).fill(['2026-03-01', '2026-03-01', '2026-08-31']),
    );
    assert.equal(r.rows[2].values.idCard, matchRow(3).身份证号);
  });
  test('a numeric 身份证号 cell is a row error saying Excel lost digits', async () => {
    const row = { ...matchRow(1), 身份证号: 140105200101011000 };
    const r = ok(await parseXlsx(matchSpec, [{ name: 'S', rows: table([row]) }]));
    assert.equal(r.errors.length, 1);
    assert.match(formatRowError(r.errors[0]), /^第2行 · 身份证号 · 身份证号已被 Excel 转成数字（科学计数法），后几位已丢失，无法还原/);
  });
  test('trailing and inner blank rows are skipped', async () => {
    const rows: Cell[][] = [...table([matchRow(1)]), [null, '', '  '], [], ...table([matchRow(2)]).slice(1), ['', null], [' ']];
    const r = ok(await parseXlsx(matchSpec, [{ name: 'S', rows }]));
    assert.deepEqual(
      r.rows.map((x) => x.row),
      [2, 5],
    );
    assert.equal(r.dataRows, 2);
  });
  test('the data sheet is found by its header wherever it is, with a title row above and columns reordered', async () => {
    const reordered = [...MATCH_HEADERS].reverse();
    const r = ok(
      await parseXlsx(matchSpec, [
        { name: '填写说明', rows: [['见习匹配结果批量上报模板填写说明'], ['1. 姓名、身份证号……']] },
        { name: '下拉选项', rows: [['博士研究生', '离校2年内未就业高校毕业生']] },
        { name: '数据', rows: [['2026年3月见习匹配结果'], ...table([matchRow(1)], reordered)] },
      ]),
    );
    assert.deepEqual(r.errors, []);
    assert.deepEqual(
      r.rows.map((x) => x.row),
      [3],
    );
  });
  test('renamed, missing and doubled headers refuse the file, naming each', async () => {
    const renamed = MATCH_HEADERS.map((h) => (h === '身份证号' ? '身分证号' : h));
    const message = refused(await parseXlsx(matchSpec, [{ name: 'S', rows: table([matchRow(1)], renamed) }]));
    assert.match(message, /缺少列：身份证号/);
    assert.match(message, /第1行表头“身分证号”不是模板中的列名（B列）/);
    const doubled = refused(await parseXlsx(matchSpec, [{ name: 'S', rows: [[...MATCH_HEADERS, '姓名']] }]));
    assert.match(doubled, /表头“姓名”出现了两次（A列和M列）/);
  });
  test('extra columns such as 序号 are ignored when every template column is there', async () => {
    const header = ['序号', ...MATCH_HEADERS];
    const r = ok(await parseXlsx(matchSpec, [{ name: 'S', rows: table([{ ...matchRow(1), 序号: 1 }], header) }]));
    assert.deepEqual(r.errors, []);
  });
  test('a sheet of another report is no header', async () => {
    const message = refused(await parseXlsx(matchSpec, [{ name: 'S', rows: [['单位名称', '地址']] }]));
    assert.match(message, /^没有找到表头：第一行应为模板中的列名（姓名、身份证号、手机号码/);
    const other = refused(await parseXlsx(attendanceSpec, [{ name: 'S', rows: table([matchRow(1)]) }]));
    assert.match(other, /缺少列：考勤月份、应出勤天数、实际出勤天数、请假天数、旷工天数、备注/);
  });
  test('header only, and more rows than allowed', async () => {
    assert.match(refused(await parseXlsx(matchSpec, [{ name: 'S', rows: [MATCH_HEADERS, [], []] }])), /没有数据行/);
    const rows = table(Array.from({ length: 6 }, (_, i) => matchRow(i)));
    const r = await parseXlsx(matchSpec, [{ name: 'S', rows }], { maxRows: 5 });
    assert.equal(refused(r), '数据超过 5 行的上限；请分成多个文件，每个不超过 5 行，分别导入');
  });
});

describe('csv', () => {
  const rows = [attendanceRow(1), attendanceRow(2)];
  const text = csvOf(table(rows));
  const parse = (bytes: Uint8Array, options: ParseOptions = {}) => parseUpload(attendanceSpec, { fileName: 'a.csv', bytes }, { today: TODAY, ...options });

  test('UTF-8 without and with BOM, and GBK', async () => {
    for (const bytes of [Buffer.from(text), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), encodeGbk(text)]) {
      const r = ok(await parse(bytes));
      assert.deepEqual(r.errors, []);
      assert.equal(r.format, 'csv');
      assert.deepEqual(
        r.rows.map((x) => x.values.name),
        [personName(1), personName(2)],
      );
    }
  });
  test('an ID that Excel saved as 1.40105E+17 is a row error; CRLF and trailing blank lines are fine', async () => {
    const crlf = csvOf(table([{ ...attendanceRow(1), 身份证号: '1.40105E+17' }])).replace(/\n/g, '\r\n') + '\r\n,,,,,,,\r\n\r\n';
    const r = ok(await parse(Buffer.from(crlf)));
    assert.equal(r.errorCount, 1);
    assert.match(r.errors[0].message, /已被 Excel 转成数字/);
  });
  test('every error is listed in reading order, the list capped with a count of the rest', async () => {
    const bad = Array.from({ length: 30 }, (_, i) => ({ ...attendanceRow(i), 应出勤天数: 'x', 旷工天数: -1 }));
    const r = ok(await parse(Buffer.from(csvOf(table(bad))), { maxErrors: 25 }));
    assert.equal(r.errorCount, 60);
    assert.equal(r.errors.length, 25);
    assert.deepEqual(
      r.errors.slice(0, 2).map((e) => [e.row, e.column]),
      [
        [2, '应出勤天数'],
        [2, '旷工天数'],
      ],
    );
    assert.deepEqual(r.rows, []);
  });
  test('empty and oversized files', async () => {
    assert.match(refused(await parse(new Uint8Array())), /文件是空的/);
    assert.match(refused(await parse(Buffer.from(text), { maxBytes: 100 })), /超过 0 MB 的上限|超过 .* MB 的上限/);
  });
});

describe('database rules hook', () => {
  test('checkUpload passes the caller’s context to dbRules with the rows that passed the pure checks', async () => {
    const seen: { rows: number[]; ctx: { unitId: string } }[] = [];
    const spec = withDbRules(attendanceSpec, async (rows, ctx: { unitId: string }) => {
      seen.push({ rows: rows.map((r) => r.row), ctx });
      return rows
        .filter((r) => r.values.idCard.endsWith('X') || r.row === 3)
        .map((r) => ({ row: r.row, column: headerOf(attendanceSpec, 'idCard'), message: '该人员不是本单位的见习人员', fix: '请核对' }));
    });
    const text = csvOf(table([attendanceRow(1), attendanceRow(2), { ...attendanceRow(3), 应出勤天数: 40 }]));
    const r = ok(await checkUpload(spec, { fileName: 'a.csv', bytes: Buffer.from(text) }, { unitId: 'u1' }, { today: TODAY }));
    assert.deepEqual(seen, [{ rows: [2, 3], ctx: { unitId: 'u1' } }]);
    assert.deepEqual(
      r.errors.map((e) => [e.row, e.column, e.message]),
      [
        [3, '身份证号', '该人员不是本单位的见习人员'],
        [4, '应出勤天数', '应出勤天数不能大于31'],
      ],
    );
    assert.deepEqual(
      r.rows.map((x) => x.row),
      [2],
    );
    assert.equal(r.errorCount, r.errors.length);
  });
});

describe('streaming rows to a sink (the PostgreSQL import path)', () => {
  const rows = Array.from({ length: 30 }, (_, i) => attendanceRow(i + 1));
  const files = async () => [
    { fileName: 'a.csv', bytes: Buffer.from(csvOf(table(rows))) },
    {
      fileName: 'a.xlsx',
      bytes: await xlsxOf([{ name: 'S', rows: table(rows), textColumns: [attendanceSpec.columns.findIndex((c) => c.header === '身份证号') + 1] }]),
    },
  ];

  test('a sink that sometimes waits gets every row in file order, the reading paused while it waits', async () => {
    for (const file of await files()) {
      const got: number[] = [];
      let waiting = false;
      const r = await streamUpload(attendanceSpec, file, { today: TODAY }, (row) => {
        assert.equal(waiting, false, `${file.fileName}: row ${row.row} arrived while the sink was waiting`);
        got.push(row.row);
        if (row.row % 7 !== 0) return;
        waiting = true;
        return new Promise<void>((resolve) => setTimeout(() => ((waiting = false), resolve()), 5));
      });
      assert.ok(r.ok, file.fileName);
      assert.deepEqual(
        got,
        Array.from({ length: 30 }, (_, i) => i + 2),
        file.fileName,
      );
    }
  });

  test('a sink failing (the database, say), at once or after waiting, is thrown as itself, never called a corrupt file', async () => {
    for (const file of await files()) {
      const now = (row: { row: number }) => {
        if (row.row === 5) throw new Error('connection lost');
      };
      const later = (row: { row: number }) => (row.row === 5 ? Promise.reject(new Error('connection lost')) : undefined);
      for (const sink of [now, later])
        await assert.rejects(streamUpload(attendanceSpec, file, { today: TODAY }, sink), /^Error: connection lost$/, file.fileName);
    }
  });
});
