import { expect, type Page } from '@playwright/test';
import { usccCheckChar } from '@/lib/validation';

export const DEMO_PASSWORD = 'Demo@2026';
export const DEMO = {
  unit: { login: '91140105MA0KXD1A0T', name: '山西晋阳示范科技有限公司' },
  unit2: { login: '91140100MA0HJY2B6C', name: '太原市汾河餐饮管理有限公司' },
  person: { login: '140105200303152410', name: '张晓明' },
  personOld: { login: '140102198506123573', name: '李国强' },
  xiaodian: { login: 'xiaodian', name: '刘审核' },
  taiyuan: { login: 'taiyuan', name: '孙审核' },
  admin: { login: 'admin', name: '周管理' },
} as const;

const TAB = { unit: '单位登录', person: '个人登录', staff: '工作人员登录' } as const;

/** On the 统一身份认证 page: choose the tab, fill in, 登录. */
export async function submitSsoLogin(page: Page, kind: keyof typeof TAB, login: string, password: string) {
  await expect(page).toHaveURL(/\/sso\/login/);
  await page.getByRole('navigation', { name: '登录方式' }).getByRole('link', { name: TAB[kind] }).click();
  await expect(page.getByRole('heading', { name: TAB[kind] })).toBeVisible();
  const field = kind === 'unit' ? '统一社会信用代码' : kind === 'person' ? '身份证号' : '用户名';
  await page.getByLabel(field).fill(login);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
}

/** Logs in through the real pages, starting from `path` (default: the unit login link in the header). */
export async function loginAs(page: Page, kind: keyof typeof TAB, login: string, password = DEMO_PASSWORD, path?: string) {
  await page.goto(path ?? `/login?type=${kind}&next=/`);
  await submitSsoLogin(page, kind, login, password);
  await expect(page).not.toHaveURL(/\/sso\//);
}

/** 退出 from the header. */
export async function logout(page: Page) {
  await page.getByRole('banner').getByRole('button', { name: '退出' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: '单位用户登录' })).toBeVisible();
}

let seq = 0;
/** A valid 统一社会信用代码 no other test uses. */
export function freshUscc(): string {
  const tail = `${(seq++).toString(36)}${Math.random().toString(36).slice(2, 8)}${Date.now().toString(36).slice(-3)}`.toUpperCase().replace(/[IOZSV]/g, 'A');
  const body = `9114010${tail}`.padEnd(17, '0').slice(0, 17);
  return body + usccCheckChar(body);
}

/** Fills in the open 单位用户注册 form (password: the demo one) and presses 【注册】. */
export async function submitUnitRegistration(page: Page, { uscc, name }: { uscc: string; name: string }) {
  await expect(page.getByRole('heading', { name: '单位用户注册' })).toBeVisible();
  // A message shown on leaving the field proves the form is live (hydrated) before it is filled in:
  // a value typed earlier can be lost when React takes the form over.
  await page.getByLabel('统一社会信用代码').fill('1');
  await page.getByLabel('单位名称').click();
  await expect(page.getByRole('alert').filter({ hasText: '统一社会信用代码' })).toBeVisible();
  await page.getByLabel('统一社会信用代码').fill(uscc);
  await page.getByLabel('单位名称').fill(name);
  await page.getByLabel('法定代表人').fill('韩立');
  await page.getByLabel('联系人').fill('郭敏');
  await page.getByLabel('手机号码').fill('13912340000');
  await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByLabel('确认密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '注册' }).click();
}

/** Registers a new unit (not yet a 见习单位) through 【注册】 and signs it in at `next`; returns its code and name. */
export async function registerAndLoginUnit(page: Page, opts: { namePrefix?: string; next?: string } = {}): Promise<{ uscc: string; name: string }> {
  const uscc = freshUscc();
  const name = `${opts.namePrefix ?? '测试见习单位'}${uscc.slice(7, 17)}有限公司`;
  await page.goto(`/login?type=unit&next=${encodeURIComponent(opts.next ?? '/')}`);
  await page.getByRole('link', { name: '注册', exact: true }).click();
  await submitUnitRegistration(page, { uscc, name });
  await expect(page.getByText('注册成功，请登录。')).toBeVisible();
  await submitSsoLogin(page, 'unit', uscc, DEMO_PASSWORD);
  await expect(page.getByRole('banner').getByText(name)).toBeVisible();
  return { uscc, name };
}
