import { expect, type Browser } from '@playwright/test';
import { DEMO, loginAs } from './login';

/** The provincial admin opens the waiting position filing in the review dashboard and presses 「审核通过」. */
export async function approvePosition(browser: Browser, title: string, code: string): Promise<void> {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await loginAs(page, 'staff', DEMO.admin.login, undefined, '/login?type=staff&next=/review');
  await page.getByLabel('业务类型').selectOption('position');
  await page.getByRole('button', { name: '查询' }).click();
  await page.locator('[data-filing]:visible').filter({ hasText: title }).getByRole('link', { name: /查看/ }).click();
  await expect(page.getByText(code)).toBeVisible();
  await page.getByRole('button', { name: '审核通过' }).click();
  await expect(page.getByRole('status')).toContainText('已审核通过');
  await ctx.close();
}
