import { expect, test } from '@playwright/test';
import { DEMO, loginAs, submitUnitRegistration } from './support/login';

test('a NUL in a search or filter is dropped, not a server error', async ({ page }) => {
  const jobs = await page.goto('/jobs/1401?q=%00');
  expect(jobs?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await loginAs(page, 'staff', DEMO.taiyuan.login);
  const review = await page.goto('/review?unit=%00');
  expect(review?.status()).toBe(200);
  await expect(page.getByText('系统繁忙')).toHaveCount(0);
});

test('a NUL in a registration name is refused with a Chinese message on its field', async ({ page }) => {
  await page.goto('/login?type=unit');
  await page.getByRole('link', { name: '注册', exact: true }).click();
  await submitUnitRegistration(page, { uscc: DEMO.unit.login, name: '控制字符\u0000测试单位' });
  await expect(page.getByText('单位名称含有不可见的控制字符，请删除后重新填写')).toBeVisible();
});
