import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, expectNoHorizontalScroll } from './support/a11y';
import { DEMO, loginAs } from './support/login';

/** 【导出】 through the page's button (fetch + progress), then the workbook as ExcelJS reads it. */
async function exportFromPage(page: Page, scope = page.locator('main')): Promise<ExcelJS.Workbook> {
  const [download] = await Promise.all([page.waitForEvent('download'), scope.getByRole('button', { name: '导出', exact: true }).first().click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile((await download.path())!);
  return wb;
}

/** A row of a statistics table on the page, as the texts of its cells. */
async function pageRow(page: Page, table: string, label: string): Promise<string[]> {
  const row = page.locator(`table[data-stats-table="${table}"] tr`).filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
  return (await row.locator('th, td').allInnerTexts()).map((s) => s.trim());
}

function sheetRow(wb: ExcelJS.Workbook, sheet: string, label: string): string[] {
  const ws = wb.getWorksheet(sheet)!;
  for (let r = 3; r <= ws.rowCount; r++) {
    const values = (ws.getRow(r).values as unknown[]).slice(1).map((v) => String(v ?? ''));
    if (values[0] === label) return values;
  }
  throw new Error(`no row ${label} in ${sheet}`);
}

test('a county reviewer (小店区) sees only 小店区, is refused 太原市, exports the numbers the page shows', async ({ page }) => {
  await loginAs(page, 'staff', DEMO.xiaodian.login, undefined, '/login?type=staff&next=/review');
  await page.getByRole('navigation', { name: '审核工作台菜单' }).getByRole('link', { name: '统计分析' }).click();
  // The first 统计分析 of a fresh server loads ECharts; on a busy machine that takes more than the default 5 s.
  await expect(page.getByRole('heading', { level: 1, name: '统计分析' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('stats-scope')).toContainText('太原市 · 小店区');
  await expect(page.locator('[data-indicator="subsidyMonths"]')).toContainText('市级审核通过');
  await expect(page.locator('[data-indicator="subsidyFen"] dd').first()).toHaveText(/^\d+\.\d{2}\s*元$/);
  // One row, the county itself: nothing further to drill into.
  await expect(page.locator('table[data-stats-table="region"] tbody tr')).toHaveCount(1);
  const onPage = await pageRow(page, 'region', '合计');
  await expectAccessible(page);

  const wb = await exportFromPage(page);
  expect(sheetRow(wb, '按地区', '合计')).toEqual(onPage);
  expect(String(wb.getWorksheet('按地区')!.getCell('A1').value)).toMatch(/^就业见习统计 · 范围 太原市 · 小店区 .*导出人 刘审核/);

  await page.goto('/review/stats?region=1401');
  await expect(page.locator('main').getByRole('alert')).toHaveText('地区“太原市”不在您的辖区内，不能查看或导出其数据。');
  await expect(page.locator('table[data-stats-table]')).toHaveCount(0);
  expect((await page.request.get('/review/stats/export?region=1401')).status()).toBe(403);
  await page.goto('/review/stats?from=2026-06&to=2026-01');
  await expect(page.locator('main').getByRole('alert')).toContainText('晚于截止月份');
});

test('a city reviewer (太原市) drills down from 太原市 to 小店区 by clicking the row, and exports it', async ({ page }) => {
  await loginAs(page, 'staff', DEMO.taiyuan.login, undefined, '/login?type=staff&next=/review/stats');
  await expect(page.getByTestId('stats-scope')).toContainText('太原市');
  await expect(page.locator('table[data-stats-table="region"]').getByRole('rowheader', { name: '市本级' })).toBeVisible();
  const cityRow = await pageRow(page, 'region', '小店区');
  await expectAccessible(page);
  const cityBook = await exportFromPage(page);
  expect(sheetRow(cityBook, '按地区', '小店区')).toEqual(cityRow);

  await page.locator('table[data-stats-table="region"]').getByRole('link', { name: '小店区' }).click();
  await expect(page).toHaveURL(/region=140105/);
  await expect(page.getByTestId('stats-scope')).toContainText('太原市 · 小店区');
  // The county's own total equals its row one level up.
  expect((await pageRow(page, 'region', '合计')).slice(1)).toEqual(cityRow.slice(1));
  await page.getByRole('navigation', { name: '地区层级' }).getByRole('link', { name: '太原市' }).click();
  await expect(page).toHaveURL(/region=1401\b/);

  const res = await page.request.get('/review/stats/export?region=1402');
  expect(res.status()).toBe(403);
  expect(await res.text()).toContain('不在您的辖区内');
});

test('the review queue and 见习岗位 export what their filters show', async ({ page }) => {
  await loginAs(page, 'staff', DEMO.taiyuan.login, undefined, '/login?type=staff&next=/review/positions');
  await page.getByLabel('状态').selectOption('open');
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page).toHaveURL(/status=open/);
  const shown = await page.locator('main table tbody tr').count();
  const wb = await exportFromPage(page);
  const ws = wb.getWorksheet('见习岗位')!;
  expect(String(ws.getCell('A1').value)).toMatch(/^见习岗位 · 范围 太原市 · 状态 招募中/);
  expect(ws.rowCount - 2).toBe(shown);
  await expectAccessible(page);

  await page.goto('/review?state=all');
  const queue = await exportFromPage(page);
  expect(String(queue.getWorksheet('申报')!.getCell('A1').value)).toMatch(/^审核申报 · 范围 太原市 · 审核状态 全部/);
});

test('units and persons are refused the statistics and the reviewers’ exports', async ({ page }) => {
  await loginAs(page, 'unit', DEMO.unit.login);
  for (const url of ['/review/stats/export', '/review/export/interns', '/review/export/queue']) {
    const res = await page.request.get(url);
    expect(res.status(), url).toBe(403);
    expect(await res.text()).toBe('仅限人社部门工作人员使用。');
  }
  const own = await page.request.get('/unit/export/positions');
  expect(own.status()).toBe(200);

  await page.context().clearCookies();
  await loginAs(page, 'person', DEMO.person.login);
  for (const url of ['/review/stats/export?region=14', '/review/export/units', '/unit/export/interns']) {
    expect((await page.request.get(url)).status(), url).toBe(403);
  }
  await page.goto('/review/stats');
  await expect(page).toHaveURL(/\/login\?type=staff/);
});

test('统计分析 at 375 px: the page does not scroll sideways, the tables scroll in their box @phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await loginAs(page, 'staff', DEMO.taiyuan.login, undefined, '/login?type=staff&next=/review/stats');
  await expect(page.getByRole('heading', { level: 1, name: '统计分析' })).toBeVisible();
  await expectNoHorizontalScroll(page);
  const box = page.getByRole('region', { name: '按地区统计' });
  expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
});
