import { expect, type Browser } from '@playwright/test';
import { DEMO, loginAs } from './login';

/**
 * A reviewer approves a position filing. Until the review dashboard (/review/<id>, 「审核通过」) is on
 * this branch, the provincial admin approves through the e2e-only hook, which runs the same
 * decideFiling + onApprove as the dashboard.
 */
export async function approvePosition(browser: Browser, code: string): Promise<void> {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await loginAs(page, 'staff', DEMO.admin.login);
  const res = await page.request.post('/api/test/approve-position', { data: { code } });
  expect(res.status(), await res.text()).toBe(200);
  await ctx.close();
}
