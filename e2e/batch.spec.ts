import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { validId } from '@/lib/test/batch-files';
import { expectAccessible } from './support/a11y';
import { DEMO, loginAs, logout } from './support/login';

test.describe.configure({ mode: 'serial' });

// People no other test uses (born 2004, 小店区): they become this unit's 见习人员.
// The second one's number must be all digits: Excel turns it into a number in one test.
let base = 2000 + Math.floor(Math.random() * 900);
while (validId(base + 1, '2004-01-01').endsWith('X')) base++;
const people = [0, 1].map((i) => ({ id: validId(base + i, '2004-01-01'), name: ['赵一鸣', '钱二妹'][i] }));

async function openItem(page: Page, item: string) {
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '法人办事' }).click();
  await page.getByRole('navigation', { name: '法人办事' }).getByRole('link', { name: '就业创业' }).click();
  await page
    .getByRole('list', { name: '就业创业事项' })
    .getByRole('link', { name: new RegExp(`^${item}`) })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: item })).toBeVisible();
}

/** 【模板下载】, then the workbook as ExcelJS reads it. */
async function downloadTemplate(page: Page): Promise<ExcelJS.Workbook> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '模板下载' }).click()]);
  expect(download.suggestedFilename()).toMatch(/模板\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile((await download.path())!);
  return wb;
}

/** Writes data rows under the header of the template's first sheet, in place of the example row. */
async function fill(wb: ExcelJS.Workbook, rows: (string | number)[][], file: string): Promise<string> {
  const ws = wb.worksheets[0];
  ws.spliceRows(2, 1);
  rows.forEach((r, i) => {
    const row = ws.getRow(2 + i);
    r.forEach((v, j) => (row.getCell(j + 1).value = v));
    row.commit();
  });
  const path = test.info().outputPath(file);
  await wb.xlsx.writeFile(path);
  return path;
}

async function importFile(page: Page, path: string) {
  await page.getByText('选择文件', { exact: true }).click();
  await page.locator('input[type=file]').setInputFiles(path);
  await page.getByRole('button', { name: '导入', exact: true }).click();
}

async function expectSuccessThenCenter(page: Page, count: string) {
  const dialog = page.getByRole('dialog', { name: '申报成功' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: '关闭' }).click();
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '个人中心' }).click();
  await page.getByRole('navigation', { name: '按审核状态查看' }).getByRole('link', { name: '未审核' }).click();
  await expect(page.locator('[data-filing]:visible').filter({ hasText: count }).first()).toContainText('未审核');
}

async function adminApproves(page: Page, kindLabel: string, count: string) {
  await logout(page);
  await loginAs(page, 'staff', DEMO.admin.login, undefined, '/login?type=staff&next=/review');
  const item = page.locator('[data-filing]:visible').filter({ hasText: kindLabel }).filter({ hasText: count }).first();
  await item.getByRole('link', { name: /查看/ }).click();
  await expect(page.getByRole('heading', { name: /上报明细/ })).toBeVisible();
  await expect(page.getByText(people[0].id)).toHaveCount(0);
  await page.getByRole('button', { name: '审核通过' }).click();
  await expect(page.getByRole('status')).toContainText('已审核通过');
  await logout(page);
}

let code = '';

test('见习匹配结果批量上报: 模板下载 → fill → 选择文件 → 导入 → errors → fix → 导入 → 个人中心', async ({ page }) => {
  await loginAs(page, 'unit', DEMO.unit.login);
  await openItem(page, '见习匹配结果批量上报');
  await expectAccessible(page);
  const wb = await downloadTemplate(page);
  const header = (wb.worksheets[0].getRow(1).values as string[]).slice(1);
  expect(header).toEqual([
    '姓名',
    '身份证号',
    '手机号码',
    '学历',
    '专业',
    '毕业院校',
    '毕业时间',
    '人员类别',
    '岗位编号',
    '协议签订日期',
    '见习开始日期',
    '见习结束日期',
  ]);
  expect(wb.getWorksheet('填写说明')).toBeTruthy();
  const codes: string[] = [];
  wb.getWorksheet('下拉选项')!.eachRow((r) => r.eachCell((c) => /^GW\d{12}$/.test(String(c.value)) && codes.push(String(c.value))));
  expect(codes.length).toBeGreaterThan(0);
  code = codes[0];

  const row = (p: { id: string; name: string }, idCell: string | number, phone = '13912345678') => [
    p.name,
    idCell,
    phone,
    '大学本科',
    '会计学',
    '山西财经大学',
    '2025-07-01',
    '离校2年内未就业高校毕业生',
    code,
    '2026-08-25',
    '2026-09-01',
    '2027-02-28',
  ];
  // Row 3: Excel turned the ID into a number; its phone is short too. All errors come back at once.
  const bad = await fill(wb, [row(people[0], people[0].id), row(people[1], Number(people[1].id), '1391234')], 'match-bad.xlsx');
  await importFile(page, bad);
  const alert = page.getByRole('alert').filter({ hasText: '处错误' });
  await expect(alert).toContainText('发现 2 处错误，本次未导入任何数据');
  const errors = page.getByRole('table', { name: /错误明细/ });
  await expect(errors.getByRole('row').filter({ hasText: '第3行' }).filter({ hasText: '身份证号' })).toContainText('Excel');
  await expect(errors.getByRole('row').filter({ hasText: '第3行' }).filter({ hasText: '手机号码' })).toBeVisible();
  const [marked] = await Promise.all([page.waitForEvent('download'), alert.getByRole('link', { name: /下载标注了错误的文件/ }).click()]);
  const mwb = new ExcelJS.Workbook();
  await mwb.xlsx.readFile((await marked.path())!);
  expect(JSON.stringify(mwb.worksheets[0].getRow(3).getCell(2).note ?? '')).toContain('Excel');

  const good = await fill(await downloadTemplate(page), [row(people[0], people[0].id), row(people[1], people[1].id)], 'match-good.xlsx');
  await importFile(page, good);
  await expectSuccessThenCenter(page, '2人');
  await adminApproves(page, '见习匹配结果批量上报', '2人');

  await loginAs(page, 'unit', DEMO.unit.login, undefined, '/login?type=unit&next=/unit/interns');
  for (const p of people) await expect(page.getByRole('row').filter({ hasText: p.name })).toContainText('在岗');
  await expectAccessible(page);
});

test('见习考勤批量上报: a month outside the internship is refused, then the fixed file goes in', async ({ page }) => {
  await loginAs(page, 'unit', DEMO.unit.login);
  await openItem(page, '见习考勤批量上报');
  const line = (p: { id: string; name: string }, month: string) => [p.name, p.id, month, 22, 20, 1, 1, ''];
  const bad = await fill(await downloadTemplate(page), [line(people[0], '2026-08'), line(people[1], '2026-10')], 'att-bad.xlsx');
  await importFile(page, bad);
  await expect(
    page
      .getByRole('table', { name: /错误明细/ })
      .getByRole('row')
      .filter({ hasText: '第2行' }),
  ).toContainText('没有本单位审核通过的见习');
  const good = await fill(await downloadTemplate(page), [line(people[0], '2026-10'), line(people[1], '2026-10')], 'att-good.xlsx');
  await importFile(page, good);
  await expectSuccessThenCenter(page, '2条考勤');
});

test('见习人员每月在岗情况上报 from a .csv with BOM: an early end, approved, ends the internship', async ({ page }) => {
  await loginAs(page, 'unit', DEMO.unit.login);
  await openItem(page, '见习人员每月在岗情况上报');
  const header = '姓名,身份证号,上报月份,在岗状态,状态变动日期,生活补助发放金额（元）,发放日期,是否已参加意外伤害保险,备注';
  const lines = [
    header,
    `${people[0].name},${people[0].id},2026-10,在岗,,2150,2026-10-31,是,`,
    `${people[1].name},${people[1].id},2026-10,提前终止,2026-10-20,1500,2026-10-31,是,个人原因`,
  ];
  const path = test.info().outputPath('on-duty.csv');
  fs.writeFileSync(path, new TextEncoder().encode(`\ufeff${lines.join('\r\n')}\r\n`));
  await importFile(page, path);
  await expectSuccessThenCenter(page, '2条在岗情况');
  await adminApproves(page, '见习人员每月在岗情况上报', '2条在岗情况');
  await loginAs(page, 'unit', DEMO.unit.login, undefined, '/login?type=unit&next=/unit/interns');
  await expect(page.getByRole('row').filter({ hasText: people[1].name })).toContainText('提前终止');
  await expect(page.getByRole('row').filter({ hasText: people[0].name })).toContainText('在岗');
});
