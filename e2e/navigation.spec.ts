import { expect, test } from '@playwright/test';
import { expectAccessible, expectNoHorizontalScroll } from './support/a11y';
import { DEMO, loginAs } from './support/login';

const UNIT_ITEMS = [
  '就业见习单位申请',
  '就业见习岗位申请',
  '就业见习岗位查询',
  '见习匹配结果批量上报',
  '见习考勤批量上报',
  '见习人员每月在岗情况上报',
  '就业见习补贴申领',
];

test('the home page shows the platform, the login area and the top menu @phone', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/就业见习服务平台/);
  expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
  const header = page.getByRole('banner');
  await expect(header.getByRole('link', { name: '单位用户登录' })).toBeVisible();
  const menu = page.getByRole('navigation', { name: '主菜单' });
  for (const label of ['首页', '个人办事', '法人办事', '公共就业', '个人中心']) {
    await expect(menu.getByRole('link', { name: label, exact: true })).toBeVisible();
  }
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
});

test('法人办事 → 就业创业 → each 事项, as the manual walks it', async ({ page }) => {
  await loginAs(page, 'unit', DEMO.unit.login);
  await page.goto('/');
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '法人办事' }).click();
  const side = page.getByRole('navigation', { name: '法人办事' });
  await side.getByRole('link', { name: '就业创业' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '就业创业' })).toBeVisible();
  await expectAccessible(page);

  for (const item of UNIT_ITEMS) {
    await page
      .getByRole('list', { name: '就业创业事项' })
      .getByRole('link', { name: new RegExp(`^${item}`) })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: item })).toBeVisible();
    await expect(page.getByRole('region', { name: '单位基本信息' }).getByText(DEMO.unit.name)).toBeVisible();
    await expect(page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '法人办事' })).toHaveAttribute('aria-current', 'page');
    await expect(side.getByRole('link', { name: item })).toHaveAttribute('aria-current', 'page');
    await expectAccessible(page);
    await side.getByRole('link', { name: '就业创业' }).click();
  }
});

test('公共就业 → 创业指导 → 见习岗位查询, with 见习区域 by 市 then 县区 @phone', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '公共就业' }).click();
  await page.getByRole('navigation', { name: '公共就业' }).getByRole('link', { name: '创业指导' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '创业指导' })).toBeVisible();
  await expectAccessible(page);
  await page
    .getByRole('list', { name: '创业指导事项' })
    .getByRole('link', { name: /见习岗位查询/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: '见习岗位查询' })).toBeVisible();
  const cities = page.getByRole('list', { name: '见习区域' }).getByRole('link');
  await expect(cities).toHaveCount(12);
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);

  await page.getByRole('link', { name: '太原市' }).click();
  await expect(page).toHaveURL(/\/jobs\/1401$/);
  await page.getByRole('list', { name: '县区' }).getByRole('link', { name: '小店区' }).click();
  await expect(page).toHaveURL(/\/jobs\/1401\/140105$/);
  await expect(page.getByRole('heading', { name: '太原市 · 小店区见习岗位' })).toBeVisible();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/jobs\/1401\/140105$/);
  await expectAccessible(page);
});

test('个人办事 and 个人中心 send an anonymous visitor to the right login tab', async ({ page }) => {
  await page.goto('/person');
  await expectAccessible(page);
  await page
    .getByRole('list', { name: '个人可办理的就业见习事项' })
    .getByRole('link', { name: /就业见习人员申请/ })
    .click();
  await expect(page).toHaveURL(/\/sso\/login\?.*tab=person/);
  await expect(page.getByRole('heading', { name: '个人登录' })).toBeVisible();
  await expectAccessible(page);
  await page.goto('/');
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '个人中心' }).click();
  await expect(page.getByRole('heading', { name: '单位登录' })).toBeVisible();
});

test('an unknown address answers 404 in Chinese', async ({ page }) => {
  const res = await page.goto('/jobs/9999');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
});

test('robots.txt points to /sitemap.xml, an index of the position sitemaps', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/Sitemap: http:\/\/localhost:\d+\/sitemap\.xml/);
  expect(robots).toContain('Disallow: /review');
  const index = await request.get('/sitemap.xml');
  expect(index.headers()['content-type']).toContain('xml');
  const body = await index.text();
  expect(body).toContain('<sitemapindex');
  const first = /<loc>([^<]+\/sitemap\/0\.xml)<\/loc>/.exec(body)![1];
  const positions = await (await request.get(new URL(first).pathname)).text();
  expect(positions).toMatch(/\/jobs\/p\/GW\d{12}/);
});
