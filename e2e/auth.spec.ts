import { expect, test } from '@playwright/test';
import { idCardCheckChar, usccCheckChar } from '@/lib/validation';
import { expectAccessible } from './support/a11y';
import { DEMO, DEMO_PASSWORD, loginAs, logout, registerAndLoginUnit, submitSsoLogin, submitUnitRegistration } from './support/login';

function freshUscc(): string {
  const body = `91140105MA${Math.random()
    .toString(36)
    .slice(2, 9)
    .toUpperCase()
    .replace(/[IOZSV]/g, '1')}`
    .slice(0, 17)
    .padEnd(17, '0');
  return body + usccCheckChar(body);
}

test('a unit registers, logs in through 单位登录, sees its name, opens a 事项 and logs out', async ({ page }) => {
  const uscc = freshUscc();
  const name = `晋中市测试注册单位${uscc.slice(10, 14)}有限公司`;
  await page.goto('/');
  await page.getByRole('banner').getByRole('link', { name: '单位用户登录' }).click();
  await expect(page).toHaveURL(/\/sso\/login\?.*tab=unit/);
  await expect(page.getByRole('heading', { name: '单位登录' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '联系我们' })).toBeVisible();
  await expect(page.getByText('山西省太原市小店区坞城南路50号')).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: '注册', exact: true }).click();
  await expect(page.getByRole('heading', { name: '单位用户注册' })).toBeVisible();
  await expectAccessible(page);
  // A wrong check character is caught in the browser with a Chinese message.
  await page.getByLabel('统一社会信用代码').fill(uscc.slice(0, 17) + (uscc[17] === '0' ? '1' : '0'));
  await page.getByLabel('单位名称').click();
  await expect(page.getByText('统一社会信用代码校验位不正确，请核对后重新输入')).toBeVisible();
  await page.getByLabel('统一社会信用代码').fill(uscc.toLowerCase());
  await page.getByLabel('单位名称').fill(name);
  await page.getByLabel('法定代表人').fill('韩立');
  await page.getByLabel('联系人').fill('郭敏');
  await page.getByLabel('手机号码').fill('13912340000');
  await page.getByLabel('密码', { exact: true }).fill('short');
  await page.getByLabel('确认密码').fill('short');
  await page.getByRole('button', { name: '注册' }).click();
  await expect(page.getByText('密码至少8位')).toBeVisible();
  await page.getByLabel('密码', { exact: true }).fill('Register#2026');
  await page.getByLabel('确认密码').fill('Register#2026');
  await page.getByRole('button', { name: '注册' }).click();

  await expect(page.getByText('注册成功，请登录。')).toBeVisible();
  await submitSsoLogin(page, 'unit', uscc, 'Register#2026');
  await expect(page).toHaveURL(/localhost:\d+\/$/);
  const header = page.getByRole('banner');
  await expect(header.getByText(name)).toBeVisible();

  await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '法人办事' }).click();
  await page.getByRole('navigation', { name: '法人办事' }).getByRole('link', { name: '就业创业' }).click();
  await page
    .getByRole('list', { name: '就业创业事项' })
    .getByRole('link', { name: /^就业见习单位申请/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: '就业见习单位申请' })).toBeVisible();
  await expect(page.getByRole('region', { name: '单位基本信息' }).getByText(uscc)).toBeVisible();

  await header.getByRole('button', { name: '退出' }).click();
  await expect(header.getByRole('link', { name: '单位用户登录' })).toBeVisible();
  await page.goto('/unit/qualification');
  await expect(page).toHaveURL(/\/sso\/login/);
});

test('registering an already registered 统一社会信用代码 is refused on its field', async ({ page }) => {
  await page.goto('/login?type=unit');
  await page.getByRole('link', { name: '注册', exact: true }).click();
  await submitUnitRegistration(page, { uscc: DEMO.unit.login, name: '重复注册测试单位' });
  await expect(page.getByText('该统一社会信用代码已注册，请直接登录')).toBeVisible();
  await expect(page.getByLabel('单位名称')).toHaveValue('重复注册测试单位');
});

test('five wrong passwords lock the account for 15 minutes', async ({ page }) => {
  // A unit of its own: the demo units must stay usable for the specs that follow (subsidy.spec signs in as 汾河餐饮).
  const { uscc } = await registerAndLoginUnit(page, { namePrefix: '锁定测试单位' });
  await page.context().clearCookies();
  await page.goto('/login?type=unit');
  // The same words as for an unknown account: nothing tells whether the account exists or how many tries are left.
  for (let i = 1; i <= 5; i++) {
    await submitSsoLogin(page, 'unit', uscc, `wrong-password-${i}`);
    await expect(page.getByRole('main').getByRole('alert')).toContainText('账号或密码错误，请重新输入。密码连续输错5次，账号将被锁定15分钟。');
  }
  // Only the right password learns that the account is locked; it is refused, and never appears in the address.
  await submitSsoLogin(page, 'unit', uscc, DEMO_PASSWORD);
  await expect(page.getByRole('main').getByRole('alert')).toContainText('账号已锁定');
  expect(page.url()).not.toContain(DEMO_PASSWORD);
});

test('an anonymous visitor of a 事项 comes back to it after 单位登录', async ({ page }) => {
  await page.goto('/unit/match');
  await submitSsoLogin(page, 'unit', DEMO.unit.login, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/unit\/match$/);
  await expect(page.getByRole('heading', { level: 1, name: '见习匹配结果批量上报' })).toBeVisible();
  await expect(page.getByRole('banner').getByText(DEMO.unit.name)).toBeVisible();
});

test('a person cannot open a 法人办事 事项 @phone', async ({ page }) => {
  await loginAs(page, 'person', DEMO.person.login);
  await expect(page.getByRole('banner').getByText(DEMO.person.name)).toBeVisible();
  await page.goto('/unit/qualification');
  await expect(page.getByRole('heading', { name: '需要单位用户登录' })).toBeVisible();
  await expect(page.getByText(`您当前以个人用户「${DEMO.person.name}」登录`)).toBeVisible();
  await expect(page.getByRole('heading', { name: '就业见习单位申请' })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole('button', { name: '退出并以单位用户登录' }).click();
  await submitSsoLogin(page, 'unit', DEMO.unit.login, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/unit\/qualification$/);
});

test('a unit cannot open the reviewers’ area; a reviewer can', async ({ page }) => {
  await loginAs(page, 'unit', DEMO.unit.login);
  await page.goto('/review');
  await expect(page.getByRole('heading', { name: '需要工作人员登录' })).toBeVisible();
  await expect(page.getByText('审核工作台')).toHaveCount(0);

  await page.getByRole('button', { name: '退出并以工作人员登录' }).click();
  await submitSsoLogin(page, 'staff', DEMO.xiaodian.login, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/review$/);
  await expect(page.getByText('太原市小店区人力资源和社会保障局 · 刘审核')).toBeVisible();
  await expectAccessible(page);
});

test('退出 ends the session: a copy of its cookie no longer opens pages or /api/auth/session', async ({ page, browser }) => {
  const unit = await registerAndLoginUnit(page);
  const copied = await page.context().cookies();
  const other = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  try {
    await other.addCookies(copied);
    const thief = await other.newPage();
    // The copy works while the session lives …
    await thief.goto('/center');
    await expect(thief.getByRole('banner').getByText(unit.name)).toBeVisible();
    expect((await (await thief.request.get('/api/auth/session')).json())?.p?.name).toBe(unit.name);

    await logout(page);
    // … and not after 退出, on pages and on next-auth's own session endpoint.
    await thief.goto('/center');
    // To the end of the sign-in chain (/login → /login/start → authorize → /sso/login): a page closed
    // while it still moves on by itself could hang in chromium (CI, after /login matched half way).
    await expect(thief).toHaveURL(/\/sso\/login\?/);
    await expect(thief.getByRole('navigation', { name: '登录方式' })).toBeVisible();
    const res = await other.request.fetch('/api/auth/session', { headers: { cookie: copied.map((c) => `${c.name}=${c.value}`).join('; ') } });
    expect(await res.json()).toBeNull();
  } finally {
    // Pages first: closing the context with a page still open sometimes never returned when this
    // ran inside the whole spec (Debian chromium 156).
    for (const p of other.pages()) await p.close({ runBeforeUnload: false });
    await other.close();
  }
});

test('a person registers through 个人登录 → 注册 (the same form action as units) and signs in', async ({ page }) => {
  const seq = String(Date.now() % 1000).padStart(3, '0');
  const first17 = `14010520030415${seq}`;
  const idCard = first17 + idCardCheckChar(first17);
  await page.goto('/login?type=person&next=/center');
  await expect(page).toHaveURL(/\/sso\/login/);
  await page.getByRole('navigation', { name: '登录方式' }).getByRole('link', { name: '个人登录' }).click();
  await page.getByRole('link', { name: '注册', exact: true }).click();
  await expect(page.getByRole('heading', { name: '个人用户注册' })).toBeVisible();
  await page.getByLabel('姓名').fill('赵新注');
  await page.getByLabel('身份证号').fill(idCard.toLowerCase());
  await page.getByLabel('手机号码').fill('13912345678');
  await page.getByLabel('密码', { exact: true }).fill('Person#2026');
  await page.getByLabel('确认密码').fill('Person#2026');
  await page.getByRole('button', { name: '注册' }).click();
  await expect(page.getByText('注册成功，请登录。')).toBeVisible();
  await submitSsoLogin(page, 'person', idCard, 'Person#2026');
  await expect(page).toHaveURL(/\/center/);
  await expect(page.getByRole('banner').getByText('赵新注')).toBeVisible();
});
