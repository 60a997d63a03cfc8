import { expect, test, type Page } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, loginAs, submitSsoLogin } from '../e2e/support/login';
import { approvePosition } from '../e2e/support/review';
import { PORT_A, PORT_B } from '../playwright.multi.config';
import { pdfBytes } from '../e2e/support/files';

/**
 * Process A takes the writes (baseURL); process B only serves reads. Each check is on B's very
 * next request after the write on A: no waiting, no reload loop.
 */
test.describe.configure({ mode: 'serial' });

const A = `http://localhost:${PORT_A}`;
const B = `http://localhost:${PORT_B}`;
const title = `两进程见习岗${Date.now().toString(36).slice(-5)}`;
let code = '';

function inDays(n: number): string {
  return new Date(Date.now() + 8 * 3600_000 + n * 86_400_000).toISOString().slice(0, 10);
}

async function fileTaiyuanPosition(page: Page): Promise<string> {
  await page.goto('/unit/post-apply');
  await page.getByLabel('岗位名称').fill(title);
  await page.getByLabel('岗位类别').selectOption('技术类');
  await page.getByLabel('见习人数').fill('2');
  await page.getByLabel('学历要求').selectOption('大专及以上');
  await page.getByLabel('专业要求').fill('不限');
  await page.getByLabel('见习期限').fill('6');
  await page.getByLabel('工作地点：市').selectOption({ label: '太原市' });
  await page.getByLabel('工作地点：县区').selectOption({ label: '小店区' });
  await page.getByLabel('详细地址').fill('太原市小店区长治路 227 号 5 层');
  await page.getByLabel('见习生活补助').fill('2600');
  await page.getByLabel('岗位职责').fill('对图像与文本数据进行标注、质检，整理标注规范。');
  await page.getByLabel('任职要求').fill('细心耐心，熟悉电脑操作，能连续专注工作。');
  await page.getByLabel('联系人', { exact: true }).fill('李娜');
  await page.getByLabel('联系电话').fill('0351-7731427');
  await page.getByLabel('招募截止日期').fill(inDays(40));
  await page.getByRole('button', { name: '提交' }).click();
  const dialog = page.getByRole('dialog', { name: '申报成功' });
  await expect(dialog).toBeVisible();
  return /GW\d{12}/.exec((await dialog.textContent()) ?? '')![0];
}

test('a session made on A works on B', async ({ page }) => {
  await loginAs(page, 'unit', DEMO.unit.login);
  await page.goto(`${B}/unit/posts`);
  await expect(page).toHaveURL(`${B}/unit/posts`);
  await expect(page.getByText(DEMO.unit.name).first()).toBeVisible();
});

test('approved on A: B lists it and shows its page on the very next request; closed on A: B drops it', async ({ page, browser }) => {
  await loginAs(page, 'unit', DEMO.unit.login);
  code = await fileTaiyuanPosition(page);

  // B renders and caches the list and the (not yet public) position page before the decision.
  const list = `${B}/jobs/1401/140105`;
  await page.goto(list);
  await expect(page.getByRole('heading', { level: 1, name: '见习岗位查询' })).toBeVisible();
  await expect(page.getByText(title)).toHaveCount(0);
  expect((await page.goto(`${B}/jobs/p/${code}`))?.status()).toBe(404);

  await approvePosition(browser, title, code);

  await page.goto(list);
  await expect(page.getByRole('link', { name: new RegExp(title) })).toBeVisible();
  expect((await page.goto(`${B}/jobs/p/${code}`))?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  await page.goto('/unit/posts');
  await page.getByRole('button', { name: '查询' }).click();
  await page.getByRole('link', { name: new RegExp(`查看详情.*${title}`) }).click();
  await page.getByRole('button', { name: '停止招募' }).click();
  await expect(page.getByText('已停止招募，该岗位不再出现在公开查询中。')).toBeVisible();

  await page.goto(list);
  await expect(page.getByRole('heading', { level: 1, name: '见习岗位查询' })).toBeVisible();
  await expect(page.getByText(title)).toHaveCount(0);
  expect((await page.goto(`${B}/jobs/p/${code}`))?.status()).toBe(410);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('该见习岗位');
});

test('five wrong passwords spread over A and B lock the account on both', async ({ page }) => {
  const origins = [A, B];
  for (let i = 0; i < 5; i++) {
    await page.goto(`${origins[i % 2]}/login?type=unit&next=/unit`);
    await submitSsoLogin(page, 'unit', DEMO.unit2.login, 'Wrong@2026');
    await expect(page.getByRole('alert').filter({ hasText: /./ })).toBeVisible();
  }
  for (const origin of origins) {
    await page.goto(`${origin}/login?type=unit&next=/unit`);
    await submitSsoLogin(page, 'unit', DEMO.unit2.login, DEMO_PASSWORD);
    await expect(page.getByRole('alert').filter({ hasText: /./ })).toContainText('锁定');
    await expect(page).toHaveURL(/\/sso\//);
  }
});

test('an attachment uploaded through A is served by B, byte for byte, to its owner only', async ({ page, browser }) => {
  await loginAs(page, 'unit', DEMO.unit.login);
  const bytes = pdfBytes(`two-processes ${Date.now()}`);
  const up = await page.request.post(`${A}/api/files?slot=license`, { data: bytes, headers: { 'x-file-name': encodeURIComponent('营业执照.pdf') } });
  expect(up.status()).toBe(201);
  const { id } = (await up.json()) as { id: string };
  const got = await page.request.get(`${B}/api/files/${id}`);
  expect(got.status()).toBe(200);
  expect(Buffer.compare(await got.body(), bytes)).toBe(0);
  // Someone else, signed in on B, is refused the same file (the demo's second unit is locked by the test above).
  const other = await browser.newContext();
  try {
    const otherPage = await other.newPage();
    await loginAs(otherPage, 'person', DEMO.person.login, undefined, `${B}/login?type=person&next=/center`);
    expect([401, 403, 404]).toContain((await otherPage.request.get(`${B}/api/files/${id}`)).status());
  } finally {
    await other.close();
  }
});
