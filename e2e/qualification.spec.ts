import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, expectNoHorizontalScroll } from './support/a11y';
import { exeBytes, jpgBytes, pdfBytes, pngBytes } from './support/files';
import { DEMO, loginAs, logout, registerAndLoginUnit } from './support/login';

const SLOTS = ['营业执照（或法人登记证书）', '就业见习单位申请表（加盖公章）', '基本存款账户信息（或开户许可证）'];

async function openQualificationByMenu(page: Page) {
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '法人办事' }).click();
  await page.getByRole('navigation', { name: '法人办事' }).getByRole('link', { name: '就业创业' }).click();
  await page
    .getByRole('list', { name: '就业创业事项' })
    .getByRole('link', { name: /^就业见习单位申请/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: '就业见习单位申请' })).toBeVisible();
}

async function fillDetails(page: Page, unitName: string) {
  await page.getByLabel('业务办理归属地：市', { exact: true }).selectOption({ label: '太原市' });
  await page.getByLabel('业务办理归属地：市本级或县区').selectOption({ label: '小店区' });
  await page.getByLabel('单位类型').selectOption('企业');
  await page.getByLabel('所属行业').selectOption('I');
  await page.getByLabel('注册地址').fill('山西省太原市小店区长治路100号');
  await page.getByLabel('经营地址').fill('山西省太原市小店区长治路100号A座');
  await page.getByLabel('法定代表人').fill('韩立');
  await page.getByLabel('联系人').fill('郭敏');
  await page.getByLabel('联系电话').fill('0351-7654321');
  await page.getByLabel('职工人数').fill('120');
  await page.getByLabel('单位简介').fill('软件开发与信息技术服务企业，可提供软件测试、运维等见习岗位。');
  await page.getByLabel('开户银行').fill('中国工商银行太原小店支行');
  await page.getByLabel('开户行行号').fill('102161000019');
  await expect(page.getByLabel('账户名称')).toHaveValue(unitName);
  await page.getByLabel('银行账号').fill('0502123409000012345');
}

async function upload(page: Page, slot: string, file: { name: string; mimeType: string; buffer: Buffer }) {
  const box = page.getByTestId(/^slot-/).filter({ hasText: slot });
  await box.getByLabel(slot, { exact: true }).setInputFiles(file);
  await box.getByRole('button', { name: '上传' }).click();
  return box;
}

async function uploadAll(page: Page) {
  const files = [
    { name: '营业执照.pdf', mimeType: 'application/pdf', buffer: pdfBytes() },
    { name: '申请表.jpg', mimeType: 'image/jpeg', buffer: jpgBytes() },
    { name: '基本存款账户信息.png', mimeType: 'image/png', buffer: pngBytes() },
  ];
  for (const [i, slot] of SLOTS.entries()) {
    const box = await upload(page, slot, files[i]);
    await expect(box.getByText(`已上传：${files[i].name}`)).toBeVisible();
    await expect(box.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
  }
}

async function reviewerDecides(page: Page, unitName: string, decision: '审核通过' | '审核不通过', note?: string) {
  await loginAs(page, 'staff', DEMO.xiaodian.login, undefined, '/login?type=staff&next=/review');
  await expect(page).toHaveURL(/\/review$/);
  await expectAccessible(page);
  const row = page.locator('[data-filing]:visible').filter({ hasText: unitName });
  await expect(row).toContainText('就业见习单位申请');
  await expect(row).toContainText('未审核');
  await row.getByRole('link', { name: /查看/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(unitName);
  await expect(page.getByText('0502123409000012345')).toBeVisible();
  await expect(page.getByRole('img', { name: `${SLOTS[2]}预览` })).toBeVisible();
  await expectAccessible(page);
  if (note) await page.getByLabel('审核意见').fill(note);
  await page.getByRole('button', { name: decision }).click();
  await expect(page.getByRole('status')).toContainText(decision === '审核通过' ? '已审核通过' : '已审核不通过');
  await logout(page);
}

test('就业见习单位申请, word for word: fill, upload three, 提交, 申报成功, 未审核, approved, 审核通过', async ({ page }) => {
  const unit = await registerAndLoginUnit(page);
  await openQualificationByMenu(page);
  await expect(page.getByRole('region', { name: '单位基本信息' })).toContainText(unit.uscc);
  const submit = page.getByRole('button', { name: '提交', exact: true });
  await expect(submit).toBeDisabled();
  await fillDetails(page, unit.name);

  // An .exe renamed .pdf is refused by its content; the bar stays grey and 提交 stays disabled.
  const box = await upload(page, SLOTS[0], { name: '营业执照.pdf', mimeType: 'application/pdf', buffer: exeBytes() });
  await expect(box.getByRole('alert')).toContainText('只能上传 PDF、JPG 或 PNG 文件');
  await uploadAll(page);
  await expect(submit).toBeEnabled();
  await expectAccessible(page);

  await submit.click();
  const dialog = page.getByRole('dialog', { name: '申报成功' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(page.getByText('正在审核中（未审核）')).toBeVisible();

  await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '个人中心' }).click();
  await page.getByRole('navigation', { name: '按审核状态查看' }).getByRole('link', { name: '未审核' }).click();
  await expect(page).toHaveURL(/state=pending/);
  const row = page.locator('[data-filing]:visible').filter({ hasText: `${unit.name} · 见习单位资格` });
  await expect(row).toContainText('未审核');
  await expect(row).toContainText('小店区');
  await expectAccessible(page);
  await row.getByRole('link', { name: /查看/ }).click();
  await expect(page.getByText('***************2345')).toBeVisible();
  await expect(page.getByText('0502123409000012345')).toHaveCount(0);
  await logout(page);

  await reviewerDecides(page, unit.name, '审核通过');

  await loginAs(page, 'unit', unit.uscc, undefined, '/login?type=unit&next=/center');
  await page.getByRole('navigation', { name: '按审核状态查看' }).getByRole('link', { name: '审核通过' }).click();
  await expect(page.locator('[data-filing]:visible').filter({ hasText: unit.name })).toContainText('审核通过');
  await page.getByLabel('审核状态', { exact: true }).selectOption('pending');
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page.getByText('没有符合条件的申报记录。')).toBeVisible();
  await page.goto('/unit/qualification');
  await expect(page.getByText('贵单位已是就业见习单位')).toBeVisible();
});

test('a 市 chosen before the page’s script has run still opens its 县区 (a slow phone)', async ({ page }) => {
  await registerAndLoginUnit(page);
  // Hold the scripts back: the 市 is chosen on the server-rendered form, as on a slow connection.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/chunks/**', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/unit/qualification', { waitUntil: 'commit' });
  const county = page.getByLabel('业务办理归属地：市本级或县区');
  await page.getByLabel('业务办理归属地：市', { exact: true }).selectOption({ label: '太原市' });
  await expect(county).toBeDisabled();
  release();
  await expect(county).toBeEnabled();
  await county.selectOption({ label: '小店区' });
  await expect(page.locator('input[type=hidden][name=regionCode]')).toHaveValue('140105');
  await page.unrouteAll();
});

test('rejected with a reason, corrected and submitted again @phone', async ({ page }) => {
  const unit = await registerAndLoginUnit(page, { namePrefix: '驳回测试单位' });
  await page.goto('/unit/qualification');
  await fillDetails(page, unit.name);
  await uploadAll(page);
  await page.getByRole('button', { name: '提交', exact: true }).click();
  await expect(page.getByRole('dialog', { name: '申报成功' })).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: '关闭' }).click();
  await logout(page);

  await loginAs(page, 'staff', DEMO.xiaodian.login, undefined, '/login?type=staff&next=/review');
  await expect(page).toHaveURL(/\/review$/);
  await page.locator('[data-filing]:visible').filter({ hasText: unit.name }).getByRole('link', { name: /查看/ }).click();
  await expect(page).toHaveURL(/\/review\/[0-9a-f-]{36}$/);
  await page.getByRole('button', { name: '审核不通过' }).click();
  await expect(page.getByText('审核不通过时必须填写审核意见（原因）')).toBeVisible();
  await logout(page);
  await reviewerDecides(page, unit.name, '审核不通过', '申请表未加盖公章，请重新上传。');

  await loginAs(page, 'unit', unit.uscc, undefined, '/login?type=unit&next=/center?state=rejected');
  await expect(page.locator('[data-filing]:visible').filter({ hasText: unit.name })).toContainText('审核不通过');
  await page.goto('/unit/qualification');
  await expect(page.getByRole('alert').filter({ hasText: '审核意见' })).toContainText('申请表未加盖公章');
  await expect(page.getByLabel('注册地址')).toHaveValue('山西省太原市小店区长治路100号');
  await expectNoHorizontalScroll(page);
  await page.getByLabel('银行账号').fill('0502123409000012345');
  const box = await upload(page, SLOTS[1], { name: '申请表（盖章）.pdf', mimeType: 'application/pdf', buffer: pdfBytes('stamped') });
  await expect(box.getByText('已上传：申请表（盖章）.pdf')).toBeVisible();
  await page.getByRole('button', { name: '提交', exact: true }).click();
  await expect(page.getByRole('dialog', { name: '申报成功' })).toBeVisible();
  await page.goto('/center?state=pending');
  await expect(page.locator('[data-filing]:visible').filter({ hasText: unit.name })).toContainText('未审核');
});
