import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible, expectNoHorizontalScroll } from './support/a11y';
import { pdfBytes } from './support/files';
import { DEMO, loginAs } from './support/login';

const ROSTER = '补贴名册（下载后加盖公章上传）';
const PAYROLL = '生活补助发放凭证（银行代发清单）';

async function upload(page: Page, slot: string, name: string) {
  const box = page.getByTestId(/^slot-/).filter({ hasText: slot });
  await box.getByLabel(slot, { exact: true }).setInputFiles({ name, mimeType: 'application/pdf', buffer: pdfBytes(name) });
  await box.getByRole('button', { name: '上传', exact: true }).click();
  await expect(box.getByText(`已上传：${name}`)).toBeVisible();
}

/** A reviewer opens the unit's waiting claim and decides it at their level. */
async function review(browser: Browser, login: string, unitName: string, level: '县区' | '市') {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await loginAs(page, 'staff', login, undefined, '/login?type=staff&next=/review');
  await page.getByLabel('业务类型').selectOption('subsidy');
  await page.getByRole('button', { name: '查询' }).click();
  const row = page.locator('[data-filing]:visible').filter({ hasText: unitName }).first();
  await row.getByRole('link', { name: /查看/ }).click();
  await expect(page.getByRole('heading', { name: '补贴人员' })).toBeVisible();
  await expect(page.getByRole('heading', { name: `${level}审核` })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: '审核通过' }).click();
  await expect(page.getByRole('status').filter({ hasText: `已${level}审核通过` })).toBeVisible();
  await ctx.close();
}

test('就业见习补贴: the demo unit claims, the county then the city approve', async ({ page, browser }) => {
  await loginAs(page, 'unit', DEMO.unit.login);
  await page.goto('/unit');
  await page
    .getByRole('list', { name: '就业创业事项' })
    .getByRole('link', { name: /^就业见习补贴申领/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: '就业见习补贴申领' })).toBeVisible();
  const people = page.getByRole('list', { name: '见习人员补贴核算' });
  const first = people.getByRole('listitem').filter({ hasText: '王晓燕' }).first();
  await expect(first.getByText('系统核算月数', { exact: true })).toBeVisible();
  await expect(first.getByText('1,290.00元').first()).toBeVisible();
  await expect(page.getByText('四舍五入到分')).toBeVisible();
  await expectAccessible(page);

  // 申请补贴月数 can go down, never up.
  const months = page.getByLabel('王晓燕申请补贴月数');
  await expect(months).toHaveValue('3');
  await months.fill('9');
  await expect(months).toHaveValue('3');
  await months.fill('2');
  await expect(first.getByTestId(/^amount-/)).toHaveText('2,580.00元');

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: '下载补贴名册' }).click();
  expect((await download).suggestedFilename()).toMatch(/就业见习补贴名册_\d{4}-\d{2}\.xlsx/);

  await upload(page, ROSTER, '补贴名册（盖章）.pdf');
  await upload(page, PAYROLL, '代发清单.pdf');
  await page.getByRole('button', { name: '提交' }).click();
  const dialog = page.getByRole('dialog', { name: '申报成功' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: '关闭' }).click();
  const mine = page.getByRole('region', { name: '本单位补贴申领记录' });
  await expect(mine.getByText('未审核')).toBeVisible();
  // The months just claimed now show as 已申领.
  await expect(first.getByText(/：已申领/).first()).toBeVisible();

  await review(browser, DEMO.xiaodian.login, DEMO.unit.name, '县区');
  await review(browser, DEMO.taiyuan.login, DEMO.unit.name, '市');

  await page.goto('/unit/subsidy');
  await expect(mine.getByText('市审核通过')).toBeVisible();
  await mine
    .getByRole('link', { name: /查看详情/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: '按月明细' })).toBeVisible();
  await expectAccessible(page);
});

/** Days before today in Asia/Shanghai, as YYYY-MM-DD. */
const daysAgo = (n: number) => new Date(Date.now() + 8 * 3_600_000 - n * 86_400_000).toISOString().slice(0, 10);

test('公示 → 拨付批次 → 已拨付: the city publishes, anyone reads, the city pays, the unit sees 已拨付', async ({ page, browser }) => {
  const city = await browser.newContext();
  const staff = await city.newPage();
  await loginAs(staff, 'staff', DEMO.taiyuan.login, undefined, '/login?type=staff&next=/review/subsidy');
  await expect(staff.getByRole('heading', { level: 1, name: '补贴公示与拨付' })).toBeVisible();
  await expectAccessible(staff);
  // The demo claim of 汾河餐饮 was approved three weeks ago: its 公示 is recorded as held two weeks ago.
  const publish = staff.getByRole('region', { name: '发布公示' });
  for (const box of await publish.getByRole('checkbox').all()) {
    if (!(await box.evaluate((el) => el.parentElement?.textContent ?? '')).includes(DEMO.unit2.name)) await box.uncheck();
  }
  await staff.getByLabel('公示标题').fill('太原市就业见习补贴公示（第一批）');
  await staff.getByLabel('公示开始日期').fill(daysAgo(14));
  await staff.getByRole('button', { name: '发布公示' }).click();
  await expect(staff.getByText('公示已发布。')).toBeVisible();

  const batch = staff.getByRole('region', { name: '拨付批次', exact: true });
  await expect(batch.getByText(DEMO.unit2.name)).toBeVisible();
  await staff.getByLabel('批次号').fill('2026-TY-01');
  await staff.getByRole('button', { name: '生成拨付批次' }).click();
  const row = batch.locator('[data-batch="2026-TY-01"]');
  await expect(row).toContainText('待拨付');
  const bank = staff.waitForEvent('download');
  await row.getByRole('link', { name: /下载代发文件/ }).click();
  expect((await bank).suggestedFilename()).toBe('就业见习补贴代发明细_2026-TY-01.xlsx');
  await row.getByRole('button', { name: '标记已拨付' }).click();
  await expect(row).toContainText('已拨付');
  await staff.getByRole('link', { name: '发放台账' }).click();
  await expect(staff.getByRole('heading', { level: 1, name: '就业见习补贴发放台账' })).toBeVisible();
  await expect(staff.getByRole('table', { name: '按拨付批次' }).getByRole('row', { name: /2026-TY-01/ })).toContainText('已拨付');
  await expectAccessible(staff);
  await city.close();

  // Anyone, not signed in, reads the 公示 and its masked names.
  const anon = await browser.newContext();
  const visitor = await anon.newPage();
  await visitor.goto('/public');
  await visitor
    .getByRole('list', { name: '创业指导事项' })
    .getByRole('link', { name: /就业见习补贴公示/ })
    .click();
  await expect(visitor.getByRole('heading', { level: 1, name: '就业见习补贴公示' })).toBeVisible();
  await expectAccessible(visitor);
  await anon.close();

  await loginAs(page, 'unit', DEMO.unit2.login, undefined, '/login?type=unit&next=/center');
  const progress = page.getByRole('region', { name: '就业见习补贴申领进度' });
  await expect(progress.getByText('已拨付')).toBeVisible();
});

// Runs after the first test of this file (its claim is the one published here).
test('a 公示 in progress is public, names masked; the intern sees the months in 个人中心 @phone', async ({ page, browser }) => {
  const city = await browser.newContext();
  const staff = await city.newPage();
  await loginAs(staff, 'staff', DEMO.taiyuan.login, undefined, '/login?type=staff&next=/review/subsidy');
  const publish = staff.getByRole('region', { name: '发布公示' });
  if (await publish.getByRole('checkbox').count()) {
    await staff.getByLabel('公示标题').fill('太原市就业见习补贴公示（第二批）');
    await staff.getByRole('button', { name: '发布公示' }).click();
    await expect(staff.getByRole('list', { name: '本市公示' }).getByText('太原市就业见习补贴公示（第二批）')).toBeVisible();
  }
  await city.close();

  await page.goto('/public/subsidy');
  await page.getByRole('link', { name: '太原市就业见习补贴公示（第二批）' }).click();
  await expect(page.getByRole('cell', { name: DEMO.unit.name }).first()).toBeVisible();
  await expect(page.getByRole('cell', { name: '王*燕' })).toBeVisible();
  await expect(page.getByText('王晓燕')).toHaveCount(0);
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);

  await loginAs(page, 'person', DEMO.person.login, undefined, '/login?type=person&next=/center');
  await expect(page.getByRole('heading', { level: 1, name: '个人中心' })).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: `${DEMO.unit.name}见习` })
      .getByText(/已申领补贴/)
      .first(),
  ).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
});

test('就业见习补贴申领 works on a phone @phone', async ({ page }) => {
  await loginAs(page, 'unit', DEMO.unit2.login);
  await page.goto('/unit/subsidy');
  await expect(page.getByRole('list', { name: '见习人员补贴核算' }).getByRole('listitem').filter({ hasText: '杨雨桐' }).first()).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectAccessible(page);
});

test('the administrator sees the dated 补贴标准 and a wrong row is refused with the reason', async ({ page }) => {
  await loginAs(page, 'staff', DEMO.admin.login, undefined, '/login?type=staff&next=/review');
  await page.getByRole('link', { name: '补贴标准' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '就业见习补贴标准' })).toBeVisible();
  await expect(page.getByRole('table', { name: '补贴标准' }).getByRole('row', { name: /2023-01-01/ })).toContainText('60%');
  await expectAccessible(page);
  await page.getByLabel('生效日期（某月1日）').fill('2027-01-15');
  await page.getByLabel('依据文件').fill('示例文件');
  await page.getByRole('button', { name: '新增' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '生效日期须为某月1日' })).toBeVisible();
  await expect(page.getByRole('table', { name: '补贴标准' }).getByRole('row')).toHaveCount(2);
});

test('the 公示 list and the city’s 补贴 pages fit a 375 px phone and pass axe @phone', async ({ page, browser }) => {
  await page.goto('/public/subsidy');
  await expect(page.getByRole('heading', { level: 1, name: '就业见习补贴公示' })).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);

  const city = await browser.newContext({ viewport: page.viewportSize() ?? undefined, isMobile: true, hasTouch: true });
  const staff = await city.newPage();
  await loginAs(staff, 'staff', DEMO.taiyuan.login, undefined, '/login?type=staff&next=/review/subsidy');
  await expect(staff.getByRole('heading', { level: 1, name: '补贴公示与拨付' })).toBeVisible();
  await expectAccessible(staff);
  await expectNoHorizontalScroll(staff);
  await staff.goto('/review/subsidy/ledger');
  await expect(staff.getByRole('heading', { level: 1, name: '就业见习补贴发放台账' })).toBeVisible();
  await expectAccessible(staff);
  await expectNoHorizontalScroll(staff);
  await city.close();

  await loginAs(page, 'staff', DEMO.admin.login, undefined, '/login?type=staff&next=/review/admin/subsidy-standards');
  await expect(page.getByRole('heading', { level: 1, name: '就业见习补贴标准' })).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
});
