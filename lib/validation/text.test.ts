import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { personRegistrationSchema, unitRegistrationSchema } from '@/lib/sso/schemas';
import { positionSchema, profileSchema } from '@/lib/posts/schema';
import { parseJobsQuery } from '@/lib/posts/urls';
import { parseReviewFilter } from '@/lib/filings/queries';
import { qualificationSchema } from '@/lib/units/qualification-schema';
import { cleanFileName } from '@/lib/units/attachments';

const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }, field: string) =>
  (r.error?.issues ?? []).filter((i) => i.path[0] === field).map((i) => i.message);

const person = { name: '张三', idCard: '11010519491231002X', phone: '13800138000', password: 'abcdef12', password2: 'abcdef12' };
const position = {
  title: '行政助理',
  category: '管理类',
  headcount: '3',
  education: '大专及以上',
  major: '不限',
  months: '6',
  allowance: '2500',
  countyCode: '140105',
  address: '太原市小店区长风街1号',
  duties: '协助处理日常行政事务和会务安排',
  requirements: '认真负责，熟悉常用办公软件',
  contactName: '李四',
  contactPhone: '0351-1234567',
  deadline: '2026-12-31',
  submissionKey: '6f1c3f0e-8c1a-4a5e-9d7b-1f2e3d4c5b6a',
};

describe('control characters in form input', () => {
  test('a NUL in a registration name is refused in Chinese, not passed on to the database', () => {
    const r = personRegistrationSchema.safeParse({ ...person, name: '张\u0000三' });
    assert.deepEqual(messages(r, 'name'), ['姓名含有不可见的控制字符，请删除后重新填写']);
    const u = unitRegistrationSchema.safeParse({
      name: '某某\u0007有限公司',
      uscc: '91350100M000100Y43',
      legalRep: '王五',
      contactName: '赵六',
      phone: '13800138000',
      password: 'abcdef12',
      password2: 'abcdef12',
    });
    assert.deepEqual(messages(u, 'name'), ['单位名称含有不可见的控制字符，请删除后重新填写']);
  });

  test('a NUL in a position title is refused in Chinese; line breaks in long texts stay allowed', () => {
    const s = positionSchema(undefined, '2026-11-28');
    assert.deepEqual(messages(s.safeParse({ ...position, title: '行政\u0000助理' }), 'title'), ['岗位名称含有不可见的控制字符，请删除后重新填写']);
    const ok = s.safeParse({ ...position, duties: '协助处理日常行政事务；\r\n负责会务安排\t等' });
    assert.equal(ok.success, true, JSON.stringify(ok.error?.issues));
  });

  test('a title of zero-width spaces is empty; zero-width and bidi characters are stripped from texts', () => {
    const s = positionSchema(undefined, '2026-11-28');
    assert.deepEqual(messages(s.safeParse({ ...position, title: '\u200b\u200b\u200b\u200b' }), 'title'), ['岗位名称至少2个字']);
    const r = s.safeParse({ ...position, title: '行政\u202e助理\u200b' });
    assert.equal(r.data?.title, '行政助理');
  });
});

describe('control characters in query parameters', () => {
  test('/jobs?q=%00 searches for nothing instead of failing', () => {
    assert.equal(parseJobsQuery(new URLSearchParams('q=%00')).q, undefined);
    assert.equal(parseJobsQuery(new URLSearchParams('q=%E4%BC%9A%00%E8%AE%A1')).q, '会计');
  });
  test('/review?unit=%00 filters by nothing instead of failing', () => {
    assert.equal(parseReviewFilter({ unit: '\u0000' }).unitName, undefined);
    assert.equal(parseReviewFilter({ unit: '某\u0000公司\u200b' }).unitName, '某公司');
  });
});

describe('numbers and dates', () => {
  test('招募人数 and 职工人数 take digits only (no 1e2, 0x10)', () => {
    const s = positionSchema(undefined, '2026-11-28');
    for (const headcount of ['1e2', '0x10', '3.0', ' ']) assert.notEqual(messages(s.safeParse({ ...position, headcount }), 'headcount').length, 0, headcount);
    assert.equal(s.safeParse({ ...position, headcount: ' 12 ' }).data?.headcount, 12);
    const q = qualificationSchema('某公司');
    for (const staffCount of ['1e2', '0x10', '+5']) assert.deepEqual(messages(q.safeParse({ staffCount }), 'staffCount'), ['职工人数应为整数'], staffCount);
    assert.deepEqual(messages(q.safeParse({ staffCount: '25' }), 'staffCount'), []);
  });
  test('a graduation date must be plausible', () => {
    const s = profileSchema('2026-11-28');
    const base = { education: '大学本科', major: '会计', school: '山西大学', category: 'graduate', phone: '13800138000' };
    assert.deepEqual(messages(s.safeParse({ ...base, graduationDate: '1900-01-01' }), 'graduationDate'), ['毕业时间不能早于1960年']);
    assert.deepEqual(messages(s.safeParse({ ...base, graduationDate: '2024-07-01' }), 'graduationDate'), []);
  });
});

describe('attachment file names', () => {
  test('bidi controls are stripped, so the shown name is the real one', () => {
    assert.equal(cleanFileName('invoice\u202efdp.exe', 'application/pdf'), 'invoicefdp.pdf');
  });
  test('the extension follows the detected type, not the uploader', () => {
    assert.equal(cleanFileName('x.html', 'application/pdf'), 'x.pdf');
    assert.equal(cleanFileName('照片.PNG', 'image/png'), '照片.png');
    assert.equal(cleanFileName('scan', 'image/jpeg'), 'scan.jpg');
    assert.equal(cleanFileName('a.b.jpeg', 'image/jpeg'), 'a.b.jpeg');
    assert.equal(cleanFileName('../..\\', 'application/pdf'), '附件.pdf');
  });
});

describe('login names', () => {
  test('a control character in a login never reaches the database as part of the key', async () => {
    const { loginKeyFor } = await import('@/lib/sso/login');
    assert.equal(loginKeyFor('staff', ' Admin\u0000 '), 'admin');
    assert.ok(!/\u0000/.test(loginKeyFor('unit', '91350100M000100Y43\u0000')));
  });
});
