import { createHash } from 'node:crypto';
import { expect, test, type ConsoleMessage, type Page, type Response } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { pdfBytes } from './support/files';
import { DEMO, loginAs } from './support/login';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

/** Headers every HTML page carries, whatever its kind. */
function expectCommonHeaders(res: Response | null) {
  expect(res, 'no response').not.toBeNull();
  const h = res!.headers();
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['cross-origin-opener-policy']).toBe('same-origin');
  // `next start` runs in production mode, where HSTS is on.
  expect(h['strict-transport-security']).toMatch(/max-age=\d{7,}/);
  const csp = h['content-security-policy'] ?? '';
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  return csp;
}

/** Signed-in pages: the scripts run under a per-request nonce and nothing was refused by the policy. */
async function expectNoncePage(page: Page, path: string) {
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
  });
  const res = await page.goto(path);
  await page.waitForLoadState('networkidle');
  const csp = expectCommonHeaders(res);
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce, `${path} has no nonce policy: ${csp}`).toBeTruthy();
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  // Inline scripts must carry the nonce; chunks that Next's loader adds later are trusted through 'strict-dynamic'.
  const unsigned = await page.evaluate(() => [...document.scripts].filter((s) => !s.src && !s.type.includes('json') && !s.nonce).length);
  expect(unsigned, `${path}: inline scripts without the nonce`).toBe(0);
  expect(refused, `${path}: refused by the policy`).toEqual([]);
}

/**
 * Cached public pages: the policy names the hash of each inline script the page has (no nonce, no
 * 'unsafe-inline'), the browser refuses nothing and Next.js's client starts. Visited twice, so that
 * both the freshly rendered page and the copy served from the cache are checked.
 */
async function expectHashPage(page: Page, path: string, status = 200) {
  const refused: string[] = [];
  const onConsole = (m: ConsoleMessage) => {
    if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
  };
  page.on('console', onConsole);
  for (let visit = 0; visit < 2; visit++) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(status);
    const csp = expectCommonHeaders(res);
    const policies = (await res!.headersArray()).filter((h) => h.name.toLowerCase() === 'content-security-policy');
    expect(policies.length, `${path}: one policy`).toBe(1);
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc, path).not.toContain("'unsafe-inline'");
    expect(scriptSrc, path).not.toContain("'nonce-");
    const inline = await page.evaluate(() => [...document.scripts].filter((s) => !s.src && !s.type.includes('json')).map((s) => s.textContent ?? ''));
    expect(inline.length, `${path}: Next.js writes inline scripts into the page`).toBeGreaterThan(0);
    for (const text of inline) expect(scriptSrc, `${path}: an inline script without its hash`).toContain(`'sha256-${sha256(text)}'`);
    await page.waitForFunction(() => 'next' in window, undefined, { timeout: 10_000 });
  }
  page.off('console', onConsole);
  expect(refused, `${path}: refused by the policy`).toEqual([]);
}

test('cached public pages run under the hashes of their own inline scripts, fresh and from the cache', async ({ page }) => {
  for (const path of ['/', '/public', '/jobs', '/jobs/1401', '/jobs/1401/140105', `/jobs?q=${encodeURIComponent('软件')}`]) await expectHashPage(page, path);
  await page.goto('/jobs/1401');
  const position = await page.locator('a[href^="/jobs/p/"]').first().getAttribute('href');
  await expectHashPage(page, position!);
  // Unknown addresses answer with the 404 page, which is cached too.
  await expectHashPage(page, '/jobs/p/GW000000000000', 404);
  await expectHashPage(page, '/no-such-page', 404);
  // 补贴公示 is rendered per request: nonce policy.
  await expectNoncePage(page, '/public/subsidy');
});

test('public, sign-in, unit and reviewer pages carry the security headers; signed-in pages run under a nonce', async ({ page, browser }) => {
  // The sign-in page as a visitor reaches it: /login/start redirects (server side) through the
  // authorize endpoint to it. A bare /sso/login goes on by itself, from the browser, to /login and
  // back into that flow, which could cut the next goto short (net::ERR_ABORTED).
  await expectNoncePage(page, '/login/start?type=unit');
  await expect(page.getByRole('navigation', { name: '登录方式' })).toBeVisible();
  await expectNoncePage(page, '/sso/help');

  await loginAs(page, 'unit', DEMO.unit.login);
  await expectNoncePage(page, '/unit');
  await expectNoncePage(page, '/unit/qualification');
  await expectNoncePage(page, '/center');

  // A stored attachment is served as a download in a sandbox of its own.
  const upload = await page.request.post('/api/files?slot=license', {
    headers: { 'content-type': 'application/pdf', 'x-file-name': encodeURIComponent('营业执照.pdf') },
    data: pdfBytes('headers'),
  });
  expect(upload.status(), await upload.text()).toBe(201);
  const { id } = (await upload.json()) as { id: string };
  const file = await page.request.get(`/api/files/${id}`);
  expect(file.status()).toBe(200);
  expect(file.headers()['x-content-type-options']).toBe('nosniff');
  expect(file.headers()['content-security-policy']).toContain('sandbox');

  const ctx = await browser.newContext();
  const staff = await ctx.newPage();
  await loginAs(staff, 'staff', DEMO.xiaodian.login);
  await expectNoncePage(staff, '/review');
  await ctx.close();
});

test('/favicon.ico is an icon', async ({ request }) => {
  const res = await request.get('/favicon.ico');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toMatch(/image\//);
});

test('a position the unit stopped answers 410 Gone with a page pointing to open positions nearby', async ({ page, browser }) => {
  await loginAs(page, 'unit', DEMO.unit.login);
  await page.goto('/unit/posts');
  const row = page.getByRole('row').filter({ hasText: '招募中' }).last();
  const code = (await row.getByRole('cell').first().innerText()).trim();
  await row.getByRole('link', { name: /查看详情/ }).click();
  await page.getByRole('button', { name: '停止招募' }).click();
  await expect(page.getByText('已停止招募，该岗位不再出现在公开查询中。')).toBeVisible();

  const ctx = await browser.newContext();
  const visitor = await ctx.newPage();
  const res = await visitor.goto(`/jobs/p/${code}`);
  expect(res?.status()).toBe(410);
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('该见习岗位已停止招募');
  await expect(visitor.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expectAccessible(visitor);
  await visitor.getByRole('link', { name: '全省见习岗位查询' }).click();
  await expect(visitor.getByRole('heading', { name: '见习岗位查询' }).first()).toBeVisible();
  await ctx.close();

  // An unknown code is not a page at all.
  const unknown = await page.request.get('/jobs/p/GW140105999999');
  expect(unknown.status()).toBe(404);
});
