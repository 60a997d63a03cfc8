import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, expectNoHorizontalScroll } from './support/a11y';
import { DEMO, loginAs, registerAndLoginUnit, submitSsoLogin } from './support/login';
import { approvePosition } from './support/review';

test.describe.configure({ mode: 'serial' });

const title = `数据标注见习生${Date.now().toString(36).slice(-5)}`;
let code = '';

function inDays(n: number): string {
  const d = new Date(Date.now() + 8 * 3600_000 + n * 86_400_000);
  return d.toISOString().slice(0, 10);
}

async function openJobsSearch(page: Page) {
  await page.goto('/');
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '公共就业' }).click();
  await page
    .getByRole('list', { name: '创业指导事项' })
    .getByRole('link', { name: /见习岗位查询/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: '见习岗位查询' })).toBeVisible();
}

test('a 见习单位 applies for a position; a double click makes one filing', async ({ page }) => {
  await loginAs(page, 'unit', DEMO.unit.login);
  await page.goto('/unit');
  await page
    .getByRole('list', { name: '就业创业事项' })
    .getByRole('link', { name: /^就业见习岗位申请/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: '就业见习岗位申请' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: '提交' }).click();
  await expect(page.getByText('岗位名称至少2个字')).toBeVisible();
  await expect(page.getByText('请选择岗位类别')).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('岗位名称').fill(title);
  await page.getByLabel('岗位类别').selectOption('技术类');
  await page.getByLabel('见习人数').fill('2');
  await page.getByLabel('学历要求').selectOption('大专及以上');
  await page.getByLabel('专业要求').fill('不限');
  await page.getByLabel('见习期限').fill('13');
  await page.getByLabel('工作地点：市').selectOption({ label: '太原市' });
  await page.getByLabel('工作地点：县区').selectOption({ label: '小店区' });
  await page.getByLabel('详细地址').fill('太原市小店区长治路 227 号 5 层');
  await page.getByLabel('见习生活补助').fill('2000');
  await page.getByLabel('岗位职责').fill('对图像与文本数据进行标注、质检，整理标注规范。');
  await expect(page.getByText('见习期限应为3–12个月')).toBeVisible();
  await expect(page.getByText('见习生活补助不得低于 2150 元/月（该县区的最低工资档次尚未核实，暂按山西省一类标准执行）')).toBeVisible();
  await page.getByLabel('见习期限').fill('6');
  await page.getByLabel('见习生活补助').fill('2600');
  await page.getByLabel('任职要求').fill('细心耐心，熟悉电脑操作，能连续专注工作。');
  await page.getByLabel('联系人', { exact: true }).fill('李娜');
  await page.getByLabel('联系电话').fill('0351-7731427');
  await page.getByLabel('招募截止日期').fill(inDays(0));
  await page.getByLabel('岗位名称').click();
  await expect(page.getByText('招募截止日期应晚于今天')).toBeVisible();
  await page.getByLabel('招募截止日期').fill(inDays(40));

  await page.getByRole('button', { name: '提交' }).dblclick();
  const dialog = page.getByRole('dialog', { name: '申报成功' });
  await expect(dialog).toBeVisible();
  code = /GW\d{12}/.exec((await dialog.textContent()) ?? '')![0];
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(page.getByLabel('岗位名称')).toHaveValue('');

  await approvePosition(page.context().browser()!, title, code);
  await page.goto('/unit/posts');
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page.getByRole('row', { name: new RegExp(title) })).toHaveCount(1);
  await expectAccessible(page);
});

test('anyone finds it under its 市 and 县区; 查看职位 then 返回 keeps the filters', async ({ page }) => {
  await openJobsSearch(page);
  await page.getByRole('list', { name: '见习区域' }).getByRole('link', { name: '太原市' }).click();
  await page.getByRole('list', { name: '县区' }).getByRole('link', { name: '小店区' }).click();
  await expect(page).toHaveURL(/\/jobs\/1401\/140105$/);
  await page.getByLabel('学历要求').selectOption('大专及以上');
  await page.getByLabel('关键字').fill(title);
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page).toHaveURL(/\/jobs\/1401\/140105\?edu=.+&q=.+/);
  const listUrl = page.url();
  await expect(page.getByText('共 1 个正在招募的岗位')).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: new RegExp(`查看职位.*${title}`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/jobs/p/${code}$`));
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(ld).toMatchObject({ '@type': 'JobPosting', title, employmentType: 'INTERN', hiringOrganization: { name: DEMO.unit.name } });
  await expectAccessible(page);
  await page.getByRole('link', { name: '返回' }).click();
  await expect(page).toHaveURL(listUrl);
  await expect(page.getByLabel('关键字')).toHaveValue(title);
  await expect(page.getByLabel('学历要求')).toHaveValue('大专及以上');

  // 返回 also restores the page number; opened directly, it leads to the position's 县区.
  await page.goto('/jobs?page=2');
  await page
    .getByRole('list', { name: '岗位列表' })
    .getByRole('link', { name: /^查看职位/ })
    .first()
    .click();
  await page.getByRole('link', { name: '返回' }).click();
  await expect(page).toHaveURL(/\/jobs\?page=2$/);
  await expect(page.getByText(/第 2 \/ \d+ 页/).first()).toBeVisible();
  await page.goto(`/jobs/p/${code}`);
  await page.getByRole('link', { name: '返回' }).click();
  await expect(page).toHaveURL(/\/jobs\/1401\/140105$/);
});

test('a person registers interest once; the unit sees them among 意向人员, another unit cannot', async ({ page, browser }) => {
  await loginAs(page, 'person', DEMO.person.login);
  await page.goto(`/jobs/p/${code}`);
  await page.getByRole('button', { name: '我要报名' }).click();
  await expect(page.getByRole('status').filter({ hasText: '报名成功' })).toBeVisible();
  await page.getByRole('button', { name: '我要报名' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '您已报名该岗位，无需重复报名。' })).toBeVisible();
  await page.goto('/person/apply');
  await expect(page.getByRole('region', { name: /我的意向岗位/ }).getByRole('link', { name: title })).toBeVisible();
  await expect(page.getByText('您目前符合就业见习人员条件')).toBeVisible();
  await expectAccessible(page);

  const unitCtx = await browser.newContext();
  const unit = await unitCtx.newPage();
  await loginAs(unit, 'unit', DEMO.unit.login);
  await unit.goto('/unit/posts');
  const row = unit.getByRole('row', { name: new RegExp(title) });
  await expect(row.getByRole('cell').nth(3)).toHaveText('1');
  await row.getByRole('link', { name: /查看详情/ }).click();
  const people = unit.getByRole('region', { name: /意向人员/ });
  await expect(people.getByRole('cell', { name: DEMO.person.name })).toBeVisible();
  await expect(people.getByRole('cell', { name: '1401**********2410' })).toBeVisible();
  await expect(people.getByText('140105200303152410')).toHaveCount(0);
  await expectAccessible(unit);
  const detailUrl = unit.url();
  await unitCtx.close();

  // Another unit (newly registered, not yet a 见习单位) is told why it cannot apply, and cannot
  // open the first unit's position by its id.
  const otherCtx = await browser.newContext();
  const other = await otherCtx.newPage();
  await registerAndLoginUnit(other, { next: '/unit/post-apply' });
  await expect(other.getByRole('status')).toContainText('贵单位尚未成为就业见习单位');
  await other.getByRole('link', { name: '办理就业见习单位申请' }).click();
  await expect(other.getByRole('heading', { level: 1, name: '就业见习单位申请' })).toBeVisible();
  const res = await other.goto(new URL(detailUrl).pathname);
  expect(res?.status()).toBe(404);
  await expect(other.getByText(DEMO.person.name)).toHaveCount(0);
  await otherCtx.close();
});

test('an anonymous visitor is sent to log in; an ineligible person (李国强) is refused with the reason', async ({ page }) => {
  await page.goto(`/jobs/p/${code}`);
  await page.getByRole('button', { name: '我要报名' }).click();
  const reply = page.getByRole('alert').filter({ hasText: /\S/ });
  await expect(reply).toContainText('报名需要以个人用户登录');
  await page.getByRole('link', { name: '以个人用户登录' }).click();
  await submitSsoLogin(page, 'person', DEMO.personOld.login, 'Demo@2026');
  await expect(page).toHaveURL(new RegExp(`/jobs/p/${code}$`));
  await page.getByRole('button', { name: '我要报名' }).click();
  await expect(reply).toContainText('您不符合就业见习人员条件');
  await expect(reply).toContainText('毕业时间为2007-07-01，离校已超过2年');
});

test('public search and position pages on a 375 px phone @phone', async ({ page }) => {
  await page.goto('/jobs/1401/140105');
  await expect(page.getByRole('list', { name: '岗位列表' }).getByRole('listitem').first()).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
  await page
    .getByRole('list', { name: '岗位列表' })
    .getByRole('link', { name: /^查看职位/ })
    .first()
    .click();
  await expect(page.getByRole('button', { name: '我要报名' })).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
});

test('the administrator confirms a county’s minimum-wage tier', async ({ page }) => {
  await loginAs(page, 'staff', DEMO.admin.login);
  await page.goto('/review/admin/min-wage?city=1402');
  await expect(page.getByRole('heading', { name: /现行标准/ })).toBeVisible();
  await expectAccessible(page);
  const row = page.getByRole('listitem').filter({ hasText: '平城区' });
  await row.getByLabel('档次').selectOption({ label: '二类（2050 元）' });
  await row.getByLabel(/依据/).fill('山西省最低工资标准表（附件）');
  await row.getByLabel('已核实').check();
  await row.getByRole('button', { name: /保存/ }).click();
  await expect(page.getByRole('status')).toContainText('已保存 平城区 的档次');
  await expect(page.getByRole('listitem').filter({ hasText: '平城区' })).toContainText('已核实');
});
