import { expect, test, type Response } from '@playwright/test';
import { DEMO, loginAs } from './support/login';

/**
 * The security headers on every kind of response: cached public pages, SSO pages, a unit's and a
 * reviewer's pages, and a file download. `next start` runs in production mode, so HSTS is on.
 */
function expectCommon(res: Response | null) {
  expect(res, 'no response').not.toBeNull();
  const h = res!.headers();
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['cross-origin-opener-policy']).toBe('same-origin');
  expect(h['strict-transport-security']).toMatch(/max-age=\d{7,}/);
  expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
  return h;
}

/** A page rendered per request: scripts only with this response's nonce, and the page still works. */
function expectNoncePolicy(res: Response | null) {
  const h = expectCommon(res);
  const csp = h['content-security-policy'] ?? '';
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toContain("'unsafe-inline' ");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(h['x-frame-options']).toBe('DENY');
  return csp;
}

test('public pages: framing refused, no plugins, they stay cached and their scripts run', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && /Content Security Policy/.test(m.text()) && errors.push(m.text()));
  for (const path of ['/', '/jobs', '/jobs/1401/140105']) {
    const res = await page.goto(path);
    const h = expectCommon(res);
    expect(h['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(h['content-security-policy'], path).toContain("object-src 'none'");
    expect(h['x-frame-options'], path).toBe('DENY');
  }
  const again = await page.goto('/jobs/1401/140105');
  expect(again!.headers()['x-nextjs-cache']).toBe('HIT');
  await page.getByRole('link', { name: '查看职位' }).first().click();
  const position = await page.reload();
  expectCommon(position);
  expect(position!.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  // The browser reports every script the policy blocks (it blocked Next.js's inline scripts once).
  expect(errors).toEqual([]);
});

test('SSO, unit and reviewer pages carry a fresh nonce each time, and scripts run under it', async ({ page, browser }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && /Content Security Policy/.test(m.text()) && errors.push(m.text()));
  const first = expectNoncePolicy(await page.goto('/sso/help'));
  const second = expectNoncePolicy(await page.goto('/sso/help'));
  expect(first).not.toBe(second);

  await loginAs(page, 'unit', DEMO.unit.login);
  expectNoncePolicy(await page.goto('/unit'));
  // Hydrated: a client-side navigation works under the policy.
  await page.getByRole('list', { name: '就业创业事项' }).getByRole('link', { name: /^就业见习岗位申请/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '就业见习岗位申请' })).toBeVisible();
  await page.getByRole('button', { name: '提交' }).click();
  await expect(page.getByText('岗位名称至少2个字')).toBeVisible();

  const download = await page.request.get('/api/templates/match');
  expect(download.status()).toBe(200);
  expect(download.headers()['x-content-type-options']).toBe('nosniff');
  expect(download.headers()['cross-origin-opener-policy']).toBe('same-origin');
  expect(download.headers()['strict-transport-security']).toMatch(/max-age=\d{7,}/);

  const staff = await browser.newPage();
  await loginAs(staff, 'staff', DEMO.admin.login, undefined, '/login?type=staff&next=/review');
  expectNoncePolicy(await staff.goto('/review'));
  await staff.close();
  expect(errors).toEqual([]);
});
