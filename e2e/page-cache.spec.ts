import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';

/**
 * #14 item 4: the server's page cache (on disk under .next) keeps only addresses that can be
 * enumerated; anonymous visitors inventing search words or position codes must not grow it.
 */
function bytesUnder(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  let n = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) n += fs.statSync(path.join(e.parentPath, e.name)).size;
  }
  return n;
}
// Pages are kept under .next/server (route-cache), data-cache entries under .next/cache/fetch-cache.
const cacheBytes = () => bytesUnder(path.resolve('.next/server')) + bytesUnder(path.resolve('.next/cache/fetch-cache'));

const word = () => randomBytes(5).toString('hex');

async function getAll(request: APIRequestContext, urls: string[], expected: number) {
  for (let i = 0; i < urls.length; i += 20) {
    const statuses = await Promise.all(urls.slice(i, i + 20).map(async (u) => (await request.get(u, { maxRedirects: 0 })).status()));
    expect(
      statuses.every((s) => s === expected),
      `${urls[i]}…: ${statuses.join(',')}`,
    ).toBe(true);
  }
}

test('1,000 random searches, unknown position codes and pages past the last leave the page cache as it was', async ({ request }) => {
  test.setTimeout(240_000);
  // What every such request reads once (the 市 and 县区 names) is cached before measuring.
  await getAll(request, [`/jobs/1401?q=${word()}`, `/jobs/1401/140105?q=${word()}`], 200);
  await getAll(request, ['/jobs/p/GW140105999999', '/jobs/1401/140105?page=499', '/jobs/1401?page=499'], 404);
  const before = cacheBytes();

  await getAll(
    request,
    Array.from({ length: 1000 }, (_, i) => (i % 2 ? `/jobs/1401?q=${word()}` : `/jobs/1401/140105?q=${word()}`)),
    200,
  );
  await getAll(
    request,
    Array.from({ length: 50 }, (_, i) => `/jobs/p/GW140105${String(900000 + i)}`),
    404,
  );
  await getAll(
    request,
    Array.from({ length: 20 }, (_, i) => `/jobs/1401?page=${480 + i}`),
    404,
  );

  expect(cacheBytes()).toBe(before);
});

test('a search is still answered: its results are rendered, only not stored', async ({ page }) => {
  await page.goto(`/jobs?q=${encodeURIComponent('助理')}`);
  await expect(page.getByRole('heading', { level: 1, name: '见习岗位查询' })).toBeVisible();
  await expect(page.getByRole('status')).toContainText('个正在招募的岗位');
  await expect(page.getByRole('link', { name: /查看职位/ }).first()).toBeVisible();
});
