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
  await page.getByRole('list', { name: '就业创业事项' }).getByRole('link', { name: /^就业见习补贴申领/ }).click();
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
  await mine.getByRole('link', { name: /查看详情/ }).first().click();
  await expect(page.getByRole('heading', { name: '按月明细' })).toBeVisible();
  await expectAccessible(page);
});

test('就业见习补贴申领 works on a phone @phone', async ({ page }) => {
  await loginAs(page, 'unit', DEMO.unit2.login);
  await page.goto('/unit/subsidy');
  await expect(page.getByRole('list', { name: '见习人员补贴核算' }).getByRole('listitem').filter({ hasText: '杨雨桐' }).first()).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectAccessible(page);
});
