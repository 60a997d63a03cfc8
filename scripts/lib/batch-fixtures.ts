import { deflateRawSync } from 'node:zlib';
import { buildTemplate } from '@/lib/batch/template';
import { reportSpecs, type ReportKind } from '@/lib/reports/specs';
import { attendanceRow, csvOf, encodeGbk, matchRow, onDutyRow, table, validId, xlsxOf, zipOf, type Cell } from '@/lib/test/batch-files';

/**
 * The corpus of bad uploads: each file, the report it is imported into, and what the clerk must be
 * told — either the whole file refused, or at least one row error containing `message`.
 */
export interface Fixture {
  file: string;
  kind: ReportKind;
  expect: 'refusal' | 'row-error';
  message: string;
  about: string;
  bytes: Uint8Array;
}

type Rows = Record<string, Cell>[];

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const csv = (rows: Rows, header?: string[]) => utf8(csvOf(table(rows, header)));
const xlsx = (rows: Rows, header?: string[]) => xlsxOf([{ name: 'Sheet1', rows: table(rows, header) }]);
const headers = (kind: ReportKind) => reportSpecs[kind].columns.map((c) => c.header);

async function fileRefusals(): Promise<Omit<Fixture, 'kind' | 'expect'>[]> {
  const good = await xlsx([matchRow(1)]);
  const mb20 = Buffer.alloc(20 * 1024 * 1024);
  const workbookParts = [
    { name: '[Content_Types].xml', data: utf8('<Types/>') },
    { name: 'xl/workbook.xml', data: utf8('<workbook/>') },
    { name: 'xl/_rels/workbook.xml.rels', data: utf8('<Relationships/>') },
  ];
  return [
    {
      file: 'match-xls-97-2003.xls',
      message: 'Excel 97-2003 格式（.xls）',
      about: 'OLE compound file (.xls)',
      bytes: Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]),
    },
    { file: 'match-report.pdf', message: '这是PDF 文件，不能导入', about: 'a PDF', bytes: utf8('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n') },
    { file: 'match-pdf-renamed.xlsx', message: '这是PDF 文件，不能导入', about: 'a PDF renamed to .xlsx', bytes: utf8('%PDF-1.4\n%%EOF\n') },
    { file: 'match-photo.png', message: '这是图片（PNG），不能导入', about: 'a PNG image', bytes: Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex') },
    { file: 'match-scan.jpg', message: '这是图片（JPG），不能导入', about: 'a JPEG image', bytes: Buffer.from('ffd8ffe000104a464946', 'hex') },
    { file: 'match-setup.exe', message: '可执行程序（.exe）', about: 'a Windows program', bytes: Buffer.concat([utf8('MZ'), Buffer.alloc(62)]) },
    {
      file: 'match-archive.zip',
      message: '这是压缩包（.zip），不是 Excel 工作簿',
      about: 'a zip of a text file',
      bytes: zipOf([{ name: '名单.txt', data: utf8('张三') }]),
    },
    {
      file: 'match-document.docx',
      message: '这是Word 文档（.docx）',
      about: 'a Word document',
      bytes: zipOf([workbookParts[0], { name: 'word/document.xml', data: utf8('<w/>') }]),
    },
    {
      file: 'match-zip-bomb.xlsx',
      message: '文件解压后的内容异常',
      about: '20 MB of zeros in one entry (ratio > 100)',
      bytes: zipOf([...workbookParts, { name: 'xl/worksheets/sheet1.xml', data: mb20 }]),
    },
    {
      file: 'match-zip-lying-size.xlsx',
      message: '解压后的大小与声明不符',
      about: 'an entry that inflates far beyond the size its headers declare',
      bytes: zipOf([
        ...workbookParts,
        { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(2_000_000), declaredSize: 2000, deflated: deflateRawSync(Buffer.alloc(2_000_000)) },
      ]),
    },
    {
      file: 'match-zip-many-entries.xlsx',
      message: '含有2101个文件',
      about: '2,101 entries',
      bytes: zipOf([...workbookParts, ...Array.from({ length: 2098 }, (_, i) => ({ name: `xl/media/x${i}`, data: utf8('x') }))]),
    },
    { file: 'match-truncated.xlsx', message: '文件已损坏', about: 'a workbook cut off half way', bytes: good.subarray(0, Math.floor(good.length / 2)) },
    { file: 'match-empty.csv', message: '文件是空的', about: 'zero bytes', bytes: new Uint8Array() },
    {
      file: 'match-utf16.csv',
      message: 'UTF-16',
      about: 'Excel “Unicode text”',
      bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csvOf(table([matchRow(1)])), 'utf16le')]),
    },
    {
      file: 'match-binary-noise.csv',
      message: '无法识别的文件类型',
      about: 'binary bytes named .csv',
      bytes: Buffer.from([0x01, 0x02, 0x03, 0x00, 0x10, 0x11, 0x12]),
    },
  ];
}

async function tableRefusals(): Promise<Omit<Fixture, 'expect'>[]> {
  const renamed = headers('match').map((h) => (h === '身份证号' ? '身分证号' : h));
  const withoutPhone = headers('match').filter((h) => h !== '手机号码');
  return [
    {
      file: 'match-header-only.xlsx',
      kind: 'match',
      message: '文件中没有数据行',
      about: 'header, no rows',
      bytes: await xlsxOf([{ name: 'S', rows: [headers('match')] }]),
    },
    {
      file: 'match-template-untouched.xlsx',
      kind: 'match',
      message: '只有模板的示例行',
      about: 'the template as downloaded',
      bytes: await buildTemplate(reportSpecs.match),
    },
    {
      file: 'match-renamed-header.xlsx',
      kind: 'match',
      message: '第1行表头“身分证号”不是模板中的列名（B列）',
      about: '身份证号 renamed',
      bytes: await xlsx([matchRow(1)], renamed),
    },
    { file: 'match-missing-column.csv', kind: 'match', message: '缺少列：手机号码', about: 'column deleted', bytes: csv([matchRow(1)], withoutPhone) },
    {
      file: 'match-duplicate-column.xlsx',
      kind: 'match',
      message: '表头“姓名”出现了两次',
      about: 'a column twice',
      bytes: await xlsxOf([
        {
          name: 'S',
          rows: [
            [...headers('match'), '姓名'],
            [...Object.values(matchRow(1)), '王伟'],
          ],
        },
      ]),
    },
    { file: 'match-no-header.csv', kind: 'match', message: '没有找到表头', about: 'some other table', bytes: utf8('单位名称,地址\n某公司,太原市\n') },
    {
      file: 'attendance-given-match-file.xlsx',
      kind: 'attendance',
      message: '缺少列：考勤月份',
      about: 'a match report imported as attendance',
      bytes: await xlsx([matchRow(1)]),
    },
    {
      file: 'attendance-too-many-rows.csv',
      kind: 'attendance',
      message: '数据超过 20000 行的上限',
      about: '20,001 rows',
      bytes: csv(Array.from({ length: 20_001 }, (_, i) => attendanceRow(i))),
    },
  ];
}

async function rowErrors(): Promise<Omit<Fixture, 'expect'>[]> {
  const template = await buildTemplate(reportSpecs.on_duty);
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  wb.worksheets[0].getCell('A2').value = '李娜娜';
  const editedExample = Buffer.from(await wb.xlsx.writeBuffer());
  const youth = { 人员类别: '16–24岁失业青年', 学历: '高中', 专业: null, 毕业院校: null, 毕业时间: null };
  return [
    {
      file: 'match-numeric-id.xlsx',
      kind: 'match',
      message: '已被 Excel 转成数字',
      about: '身份证号 stored as a number',
      bytes: await xlsx([{ ...matchRow(1), 身份证号: 140105200101011000 }]),
    },
    {
      file: 'match-scientific-id.csv',
      kind: 'match',
      message: '已被 Excel 转成数字（科学计数法）',
      about: '1.40105E+17 in a CSV',
      bytes: csv([{ ...matchRow(1), 身份证号: '1.40105E+17' }]),
    },
    {
      file: 'match-bad-check-digit.csv',
      kind: 'match',
      message: '身份证号校验位不正确',
      about: 'wrong last digit',
      bytes: csv([{ ...matchRow(1), 身份证号: validId(1).slice(0, 17) + (validId(1).endsWith('0') ? '1' : '0') }]),
    },
    {
      file: 'match-bad-phone.csv',
      kind: 'match',
      message: '手机号码应为以1开头的11位数字',
      about: 'a landline',
      bytes: csv([{ ...matchRow(1), 手机号码: '0351-7731427' }]),
    },
    {
      file: 'match-impossible-date.xlsx',
      kind: 'match',
      message: '“2026-02-30”不是真实存在的日期',
      about: 'February 30',
      bytes: await xlsx([{ ...matchRow(1), 协议签订日期: '2026-02-30' }]),
    },
    {
      file: 'match-13-months.csv',
      kind: 'match',
      message: '超过12个月',
      about: '2026-03-01 to 2027-03-31',
      bytes: csv([{ ...matchRow(1), 见习结束日期: '2027-03-31' }]),
    },
    {
      file: 'match-2-months.csv',
      kind: 'match',
      message: '不足3个月',
      about: '2026-03-01 to 2026-04-30',
      bytes: csv([{ ...matchRow(1), 见习结束日期: '2026-04-30' }]),
    },
    {
      file: 'match-start-before-agreement.csv',
      kind: 'match',
      message: '早于协议签订日期',
      about: 'start 2026-02-20',
      bytes: csv([{ ...matchRow(1), 见习开始日期: '2026-02-20' }]),
    },
    {
      file: 'match-youth-too-old.csv',
      kind: 'match',
      message: '不在“16–24岁失业青年”的16至24周岁之内',
      about: 'born 1999',
      bytes: csv([{ ...matchRow(1), ...youth, 身份证号: validId(0, '1999-05-01') }]),
    },
    {
      file: 'match-graduated-too-long-ago.csv',
      kind: 'match',
      message: '已超过2年',
      about: 'graduated 2023',
      bytes: csv([{ ...matchRow(1), 毕业时间: '2023-07-01' }]),
    },
    {
      file: 'match-same-person-twice.xlsx',
      kind: 'match',
      message: '与第2行是同一人',
      about: 'one ID on two rows',
      bytes: await xlsx([matchRow(1), matchRow(2), matchRow(1)]),
    },
    {
      file: 'attendance-sum-mismatch-gbk.csv',
      kind: 'attendance',
      message: '与应出勤天数22天不相等',
      about: 'GBK CSV, 20 + 1 + 0 ≠ 22',
      bytes: encodeGbk(csvOf(table([{ ...attendanceRow(1), 旷工天数: 0 }]))),
    },
    {
      file: 'attendance-days-over-month.csv',
      kind: 'attendance',
      message: '超过了2026-02的天数',
      about: '29 days due in February',
      bytes: csv([{ ...attendanceRow(1), 考勤月份: '2026-02', 应出勤天数: 29, 实际出勤天数: 27 }]),
    },
    {
      file: 'attendance-same-month-twice.csv',
      kind: 'attendance',
      message: '同一人同一考勤月份',
      about: 'a person-month twice',
      bytes: csv([attendanceRow(1), { ...attendanceRow(1), 考勤月份: '2026年3月' }]),
    },
    {
      file: 'attendance-half-days.xlsx',
      kind: 'attendance',
      message: '不能有小数',
      about: '19.5 days',
      bytes: await xlsx([{ ...attendanceRow(1), 实际出勤天数: 19.5, 请假天数: 1.5 }]),
    },
    {
      file: 'on-duty-missing-change-date.xlsx',
      kind: 'on_duty',
      message: '状态变动日期不能为空',
      about: '提前终止 without a date',
      bytes: await xlsx([{ ...onDutyRow(1), 在岗状态: '提前终止' }]),
    },
    {
      file: 'on-duty-change-after-month.csv',
      kind: 'on_duty',
      message: '晚于上报月份',
      about: 'change in April reported for March',
      bytes: csv([{ ...onDutyRow(1), 在岗状态: '离岗', 状态变动日期: '2026-04-02' }]),
    },
    {
      file: 'on-duty-three-decimals.csv',
      kind: 'on_duty',
      message: '最多保留两位小数',
      about: '1980.005 元',
      bytes: csv([{ ...onDutyRow(1), '生活补助发放金额（元）': '1980.005' }]),
    },
    {
      file: 'on-duty-unknown-status.csv',
      kind: 'on_duty',
      message: '在岗状态“请假”不是可选的值',
      about: 'status not in the list',
      bytes: csv([{ ...onDutyRow(1), 在岗状态: '请假' }]),
    },
    {
      file: 'on-duty-edited-example.xlsx',
      kind: 'on_duty',
      message: '是模板的示例行，但内容已被修改',
      about: 'example row typed over, mark kept',
      bytes: editedExample,
    },
  ];
}

export async function buildFixtures(): Promise<Fixture[]> {
  return [
    ...(await fileRefusals()).map((f) => ({ ...f, kind: 'match' as const, expect: 'refusal' as const })),
    ...(await tableRefusals()).map((f) => ({ ...f, expect: 'refusal' as const })),
    ...(await rowErrors()).map((f) => ({ ...f, expect: 'row-error' as const })),
  ];
}
