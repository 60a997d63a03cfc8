import assert from 'node:assert/strict';
import { deflateRawSync } from 'node:zlib';
import { describe, test } from 'node:test';
import { encodeGbk, zipOf } from '@/lib/test/batch-files';
import { buildTemplate } from './template';
import { sniff } from './sniff';
import { checkZip } from './zip-guard';
import { matchSpec } from '@/lib/reports/specs';

function refusal(bytes: Uint8Array): string {
  const s = sniff(bytes);
  assert.equal(s.type, 'refused');
  return s.type === 'refused' ? s.refusal.message : '';
}

describe('file type by content', () => {
  test('an .xlsx is a zip with [Content_Types].xml and xl/workbook.xml', async () => {
    assert.equal(sniff(await buildTemplate(matchSpec)).type, 'xlsx');
    assert.match(
      refusal(
        zipOf([
          { name: '[Content_Types].xml', data: Buffer.from('x') },
          { name: 'xl/workbook.xml', data: Buffer.from('x') },
        ]),
      ),
      /缺少工作表目录/,
    );
  });
  test('.xls and other OLE files', () => {
    assert.match(
      refusal(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0])),
      /Excel 97-2003 格式（\.xls）.*另存为 → Excel 工作簿（\*\.xlsx）/,
    );
  });
  test('PDF, images and programs', () => {
    assert.match(refusal(Buffer.from('%PDF-1.7\n...')), /这是PDF 文件，不能导入/);
    assert.match(refusal(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])), /图片（PNG）/);
    assert.match(refusal(Buffer.from([0xff, 0xd8, 0xff, 0xe0])), /图片（JPG）/);
    assert.match(refusal(Buffer.from('MZ\x90\x00\x03')), /可执行程序（\.exe）/);
  });
  test('zips that are not workbooks are named', () => {
    assert.match(refusal(zipOf([{ name: 'a.txt', data: Buffer.from('hi') }])), /这是压缩包（\.zip），不是 Excel 工作簿/);
    assert.match(
      refusal(
        zipOf([
          { name: '[Content_Types].xml', data: Buffer.from('x') },
          { name: 'word/document.xml', data: Buffer.from('x') },
        ]),
      ),
      /Word 文档/,
    );
  });
  test('CSV text in UTF-8 with or without BOM, or GBK', () => {
    const text = '姓名,身份证号\n张三,1\n';
    for (const bytes of [Buffer.from(text), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), encodeGbk(text)]) {
      assert.deepEqual(sniff(bytes), { type: 'csv', text });
    }
  });
  test('UTF-16 text and binary noise', () => {
    assert.match(refusal(Buffer.from([0xff, 0xfe, 0x53, 0x59])), /UTF-16/);
    assert.match(refusal(Buffer.from([0x01, 0x02, 0x03, 0x41, 0x00])), /无法识别的文件类型/);
  });
});

describe('zip guard', () => {
  test('a normal template passes', async () => {
    assert.equal(checkZip(await buildTemplate(matchSpec)).ok, true);
  });
  test('one entry expanding more than 100 times is a bomb', () => {
    const r = checkZip(zipOf([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(20 * 1024 * 1024) }]));
    assert.deepEqual(r.ok ? null : r.problem, 'bomb');
  });
  test('too much in total, too many entries', () => {
    const mb = Buffer.alloc(1024 * 1024);
    const deflated = deflateRawSync(mb);
    const many = Array.from({ length: 210 }, (_, i) => ({ name: `f${i}`, data: mb, deflated }));
    const total = checkZip(zipOf(many));
    assert.match(total.ok ? '' : total.detail, /解压后共 210 MB/);
    const entries = checkZip(zipOf(Array.from({ length: 2001 }, (_, i) => ({ name: `f${i}`, data: Buffer.from('x') }))));
    assert.match(entries.ok ? '' : entries.detail, /含有2001个文件/);
  });
  test('an entry that inflates beyond its declared size', () => {
    const r = checkZip(zipOf([{ name: 'xl/workbook.xml', data: Buffer.alloc(500_000), declaredSize: 1000 }]));
    assert.match(r.ok ? '' : r.detail, /解压后的大小与声明不符/);
  });
  test('bytes hidden between entries', () => {
    const zip = zipOf([{ name: 'a', data: Buffer.from('abc') }]);
    const tampered = Buffer.concat([Buffer.from('PK\x03\x04hidden'), zip]);
    const r = checkZip(tampered);
    assert.equal(r.ok, false);
  });
});
