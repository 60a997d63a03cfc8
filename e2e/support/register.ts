import { expect, type Page } from '@playwright/test';
import { usccCheckChar } from '@/lib/validation';
import { submitSsoLogin } from './login';

/** Registers a new unit (not a 见习单位) through the 统一身份认证 pages and signs it in at `next`. */
export async function registerAndLoginUnit(page: Page, next: string): Promise<{ uscc: string; name: string }> {
  const body = `91140105MA${Math.random().toString(36).slice(2, 9).toUpperCase().replace(/[IOZSV]/g, '1')}`.slice(0, 17).padEnd(17, '0');
  const uscc = body + usccCheckChar(body);
  const name = `小店区新注册测试单位${uscc.slice(10, 14)}有限公司`;
  await page.goto(`/login?type=unit&next=${encodeURIComponent(next)}`);
  await page.getByRole('link', { name: '注册', exact: true }).click();
  await expect(page.getByRole('heading', { name: '单位用户注册' })).toBeVisible();
  // A message shown on leaving the field proves the form is live before it is filled in.
  await page.getByLabel('统一社会信用代码').fill('1');
  await page.getByLabel('单位名称').click();
  await expect(page.getByRole('alert').filter({ hasText: '统一社会信用代码' })).toBeVisible();
  await page.getByLabel('统一社会信用代码').fill(uscc);
  await page.getByLabel('单位名称').fill(name);
  await page.getByLabel('法定代表人').fill('韩立');
  await page.getByLabel('联系人').fill('郭敏');
  await page.getByLabel('手机号码').fill('13912340000');
  await page.getByLabel('密码', { exact: true }).fill('Register#2026');
  await page.getByLabel('确认密码').fill('Register#2026');
  await page.getByRole('button', { name: '注册' }).click();
  await expect(page.getByText('注册成功，请登录。')).toBeVisible();
  await submitSsoLogin(page, 'unit', uscc, 'Register#2026');
  await expect(page).not.toHaveURL(/\/sso\//);
  return { uscc, name };
}
