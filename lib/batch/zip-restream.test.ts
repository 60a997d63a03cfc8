import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import { crc32, inflateRawSync } from 'node:zlib';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { matchSpec } from '@/lib/reports/specs';
import { matchRow, table, TODAY, zipOf } from '@/lib/test/batch-files';
import { parseUpload } from './parse';
import { checkZip, dataStart } from './zip-guard';
import { EMPTY_SST_CRC, restreamXlsx } from './zip-restream';

const tempFiles = () => fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('tmp-')).length;

describe('re-laying an xlsx for streaming', () => {
  test('an empty shared-strings part is added, with the CRC it claims', () => {
    const zip = checkZip(restreamXlsx(Buffer.alloc(0), []));
    assert.ok(zip.ok);
    assert.deepEqual(
      zip.entries.map((e) => [e.name, e.method, e.crc]),
      [['xl/sharedStrings.xml', 0, EMPTY_SST_CRC]],
    );
    const sst =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>';
    assert.equal(EMPTY_SST_CRC, crc32(Buffer.from(sst)));
  });
  test('workbook parts come first and the result is still a sound zip', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('S').addRows(table([matchRow(1)]));
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const before = checkZip(bytes);
    assert.ok(before.ok);
    const after = checkZip(restreamXlsx(bytes, before.entries));
    assert.ok(after.ok);
    assert.deepEqual(
      after.entries.slice(0, 4).map((e) => e.name),
      ['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/workbook.xml'],
    );
  });
  test('a workbook with inline strings only is read, and no temporary file is left, even when reading stops early', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('S').addRows(table(Array.from({ length: 5 }, (_, i) => matchRow(i))));
    wb.addWorksheet('T').addRow(['x']);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer({ useSharedStrings: false } as ExcelJS.XlsxWriteOptions));
    const count = tempFiles();
    const r = await parseUpload(matchSpec, { fileName: 'a.xlsx', bytes }, { today: TODAY });
    assert.ok(r.ok && r.rows.length === 5 && r.errorCount === 0);
    const stopped = await parseUpload(matchSpec, { fileName: 'a.xlsx', bytes }, { today: TODAY, maxRows: 2 });
    assert.equal(stopped.ok, false);
    assert.equal(tempFiles(), count);
  });
  test('a workbook written with data descriptors (sizes after the data) is read', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('S').addRows(table([matchRow(1), matchRow(2)]));
    const plain = Buffer.from(await wb.xlsx.writeBuffer());
    const zip = checkZip(plain);
    assert.ok(zip.ok);
    const entries = zip.entries.map((e) => {
      const start = dataStart(plain, e);
      const packed = plain.subarray(start, start + e.packed);
      return { name: e.name, data: e.method === 8 ? inflateRawSync(packed) : packed, descriptor: true };
    });
    const bytes = zipOf(entries);
    assert.equal(bytes.readUInt16LE(6) & 0x08, 0x08);
    const r = await parseUpload(matchSpec, { fileName: 'a.xlsx', bytes }, { today: TODAY });
    assert.ok(r.ok && r.rows.length === 2 && r.errorCount === 0);
  });
});
