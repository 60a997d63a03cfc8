import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { and, count, eq, sql } from 'drizzle-orm';
import { filingEvents, filings, files, unitQualifications, units } from '@/lib/db/schema';
import { seed } from '@/scripts/seed';
import { DEMO_UNITS, seedDemoAccounts } from '@/scripts/seed/demo-accounts';
import { freshTestDb, rowsOf, type TestDb } from '@/lib/test/db';
import { TAKEN_MESSAGE, withdrawFiling } from '@/lib/filings/commands';
import { UserFacingError } from '@/lib/errors';
import { getFiling, listReviewFilings, listUnitFilings } from '@/lib/filings/queries';
import { decide } from '@/lib/review/decide';
import { LocalStore, setFileStore } from '@/lib/storage';
import { cleanupStaleUploads, fileForViewer, saveAttachment } from './attachments';
import { qualificationStatus, submitQualification } from './qualification';
import { qualificationSchema } from './qualification-schema';

let t: TestDb;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jx-files-'));
const [A, B] = DEMO_UNITS;
const XIAODIAN = { id: '00000000-0000-4000-8000-000000000301', region: '140105' };
const YINGZE_SCOPE = { id: '00000000-0000-4000-8000-000000000302', region: '140106' };
const actorA = { kind: 'unit' as const, id: A.id, ip: '10.0.0.1' };
const pdf = Buffer.from('%PDF-1.4\n% test\n%%EOF\n');

before(async () => {
  t = await freshTestDb();
  // Demo accounts only: the demo positions' seed would already make these units 见习单位.
  await seed(t.db, { demo: false });
  await seedDemoAccounts(t.db);
  setFileStore(new LocalStore(tmp));
});
after(async () => {
  setFileStore(null);
  fs.rmSync(tmp, { recursive: true, force: true });
  await t.close();
});

async function uploadThree(unitId: string) {
  const out: Record<string, string> = {};
  for (const slot of ['license', 'application', 'bank']) {
    const r = await saveAttachment(t.db, unitId, slot, `${slot}.pdf`, pdf);
    assert.ok(r.ok);
    out[slot] = r.id;
  }
  return out as { license: string; application: string; bank: string };
}

function input(unitName: string, filesBySlot: Record<string, string>, overrides: Record<string, unknown> = {}) {
  return qualificationSchema(unitName).parse({
    regionCode: '140105',
    unitType: '企业',
    industry: 'I',
    regAddress: '太原市小店区长治路100号',
    bizAddress: '太原市小店区长治路100号',
    legalRep: '王建国',
    contactName: '李娜',
    contactPhone: '0351-7654321',
    staffCount: '50',
    intro: '一家软件企业，可提供测试见习岗位。',
    bankName: '中国工商银行太原小店支行',
    bankCode: '102161000019',
    accountName: unitName,
    bankAccount: '6222 0206 0000 1234 567',
    files: filesBySlot,
    submissionKey: randomUUID(),
    ...overrides,
  });
}

describe('attachments', () => {
  test('an .exe renamed .pdf and an 11 MB file are refused, nothing stored', async () => {
    const before = (await t.db.select({ n: count() }).from(files))[0].n;
    const exe = await saveAttachment(t.db, A.id, 'license', '营业执照.pdf', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(100)]));
    assert.deepEqual(exe, { ok: false, status: 415, message: '只能上传 PDF、JPG 或 PNG 文件（按文件内容判断，改扩展名无效）。' });
    const big = await saveAttachment(t.db, A.id, 'license', 'big.pdf', Buffer.concat([pdf, Buffer.alloc(11 * 1024 * 1024)]));
    assert.ok(!big.ok && big.status === 413 && big.message.includes('10.0 MB'));
    assert.equal((await t.db.select({ n: count() }).from(files))[0].n, before);
    assert.deepEqual(fs.readdirSync(tmp), []);
  });

  test('the storage folder unwritable mid-upload: a clear message, no file row, and the next upload works', async () => {
    const before = (await t.db.select({ n: count() }).from(files))[0].n;
    // Root ignores permissions, so the folder is put under a regular file instead.
    const plainFile = path.join(tmp, 'not-a-folder');
    fs.writeFileSync(plainFile, '');
    setFileStore(new LocalStore(path.join(plainFile, 'uploads')));
    try {
      const r = await saveAttachment(t.db, A.id, 'license', 'a.pdf', pdf);
      assert.deepEqual(r, { ok: false, status: 503, message: '附件暂时无法保存（文件存储不可用），请稍后重新上传；本次未保存任何内容。' });
      assert.equal((await t.db.select({ n: count() }).from(files))[0].n, before);
    } finally {
      setFileStore(new LocalStore(tmp));
      fs.rmSync(plainFile);
    }
    assert.ok((await saveAttachment(t.db, A.id, 'license', 'a.pdf', pdf)).ok);
  });

  test('a unit cannot read another unit’s file by guessing its id', async () => {
    const r = await saveAttachment(t.db, A.id, 'license', 'a.pdf', pdf);
    assert.ok(r.ok);
    assert.ok(await fileForViewer(t.db, { role: 'unit', unitId: A.id }, r.id));
    assert.equal(await fileForViewer(t.db, { role: 'unit', unitId: B.id }, r.id), null);
    assert.equal(await fileForViewer(t.db, { role: 'staff', staffId: XIAODIAN.id, scope: '14' }, r.id), null, 'an unsubmitted upload is the unit’s alone');
  });

  test('uploads never submitted are cleaned after 24 hours', async () => {
    const r = await saveAttachment(t.db, A.id, 'bank', 'old.pdf', pdf);
    assert.ok(r.ok);
    await t.db
      .update(files)
      .set({ createdAt: sql`now() - interval '25 hours'` })
      .where(eq(files.id, r.id));
    assert.ok((await cleanupStaleUploads(t.db)) >= 1);
    assert.equal((await t.db.select().from(files).where(eq(files.id, r.id))).length, 0);
  });
});

describe('就业见习单位申请', () => {
  let filingId: string;

  test('a double submit (same submission key, even at the same moment) makes one filing', async () => {
    const data = input(A.name, await uploadThree(A.id));
    // Both presses answer with the one filing, as the replay after them does: no error for the second.
    const [x, y] = await Promise.all([submitQualification(t.db, A, data, actorA), submitQualification(t.db, A, data, actorA)]);
    const again = await submitQualification(t.db, A, data, actorA);
    filingId = x.filingId;
    assert.equal(y.filingId, x.filingId);
    assert.equal(again.filingId, x.filingId);
    const rows = await t.db
      .select({ id: filings.id })
      .from(filings)
      .where(and(eq(filings.unitId, A.id), eq(filings.kind, 'qualification')));
    assert.equal(rows.length, 1);
    const [q] = rowsOf(await t.db.execute(sql`select * from unit_qualifications`));
    assert.ok(!JSON.stringify(q).includes('6222020600001234567'), 'the bank account is stored encrypted');
  });

  test('a second waiting application is refused; nothing half-written', async () => {
    const data = input(A.name, await uploadThree(A.id));
    await assert.rejects(submitQualification(t.db, A, data, actorA), (e) => e instanceof UserFacingError && e.message.includes('已有一条待审核'));
    assert.equal((await t.db.select({ n: count() }).from(unitQualifications))[0].n, 1);
  });

  test('a unit cannot use another unit’s upload; the whole submission rolls back', async () => {
    const other = await uploadThree(A.id);
    const data = input(B.name, { ...(await uploadThree(B.id)), license: other.license });
    await assert.rejects(submitQualification(t.db, B, data, { ...actorA, id: B.id }), /附件无效或已失效/);
    assert.equal((await t.db.select().from(filings).where(eq(filings.unitId, B.id))).length, 0);
  });

  test('an upload whose file vanished from the storage folder is refused by name; nothing written, the file logged', async () => {
    const uploaded = await uploadThree(B.id);
    const [lost] = await t.db.select({ key: files.storageKey }).from(files).where(eq(files.id, uploaded.bank));
    fs.rmSync(path.join(tmp, lost.key.slice(0, 2), lost.key));
    const logged: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void logged.push(args.join(' '));
    try {
      await assert.rejects(
        submitQualification(t.db, B, input(B.name, uploaded), { ...actorA, id: B.id }),
        (e) => e instanceof UserFacingError && e.message === '附件无效或已失效，请重新上传：基本存款账户信息（或开户许可证）',
      );
    } finally {
      console.error = original;
    }
    assert.equal((await t.db.select().from(filings).where(eq(filings.unitId, B.id))).length, 0);
    assert.equal(
      (
        await t.db
          .select()
          .from(files)
          .where(and(eq(files.unitId, B.id), sql`${files.filingId} is not null`))
      ).length,
      0,
      'no file attached',
    );
    assert.ok(
      logged.some((l) => l.includes('[storage]') && l.includes(uploaded.bank)),
      logged.join('\n'),
    );
  });

  test('a storage folder that cannot be read at submission (a file where it should be) refuses with 稍后重试; nothing written', async () => {
    const uploaded = await uploadThree(B.id);
    const plainFile = path.join(tmp, 'not-a-folder');
    fs.writeFileSync(plainFile, '');
    setFileStore(new LocalStore(plainFile));
    const original = console.error;
    console.error = () => undefined;
    try {
      await assert.rejects(
        submitQualification(t.db, B, input(B.name, uploaded), { ...actorA, id: B.id }),
        (e) => e instanceof UserFacingError && e.status === 503 && e.message === '附件存储暂时不可用，申报未提交，请稍后重试。',
      );
    } finally {
      console.error = original;
      setFileStore(new LocalStore(tmp));
      fs.rmSync(plainFile);
    }
    assert.equal((await t.db.select().from(filings).where(eq(filings.unitId, B.id))).length, 0);
  });

  test('an 业务办理归属地 not in the regions table (or a city, not its 市本级) is refused with 请选择…', async () => {
    for (const regionCode of ['149999', '140000', '141400']) {
      const data = input(B.name, await uploadThree(B.id), { regionCode });
      await assert.rejects(
        submitQualification(t.db, B, data, { ...actorA, id: B.id }),
        (e) => e instanceof UserFacingError && e.message === '请选择业务办理归属地（市及市本级或县区）',
        regionCode,
      );
    }
    assert.equal((await t.db.select().from(filings).where(eq(filings.unitId, B.id))).length, 0);
  });

  test('a unit cannot read or withdraw another unit’s filing', async () => {
    assert.ok(await getFiling(t.db, { role: 'unit', unitId: A.id }, filingId));
    assert.equal(await getFiling(t.db, { role: 'unit', unitId: B.id }, filingId), null);
    assert.equal((await listUnitFilings(t.db, B.id, {})).total, 0);
    assert.equal(await withdrawFiling(t.db, B.id, filingId, { kind: 'unit', id: B.id, ip: 'x' }), false);
    const [f] = await t.db.select({ state: filings.state }).from(filings).where(eq(filings.id, filingId));
    assert.equal(f.state, 'pending');
  });

  test('a county reviewer sees and decides only inside the county', async () => {
    assert.equal(await getFiling(t.db, { role: 'staff', staffId: YINGZE_SCOPE.id, scope: YINGZE_SCOPE.region }, filingId), null);
    assert.equal((await listReviewFilings(t.db, YINGZE_SCOPE.region, {})).total, 0);
    const out = await decide(t.db, YINGZE_SCOPE, { filingId, version: 0, decision: 'approved', note: '' }, 'x');
    assert.deepEqual(out, { ok: false, reason: 'not_found', message: '申报不存在或不在您的辖区内。' });
    assert.equal((await listReviewFilings(t.db, XIAODIAN.region, {})).total, 1);
    assert.equal((await listReviewFilings(t.db, '1401', {})).total, 1, 'the city sees its counties');
  });

  test('20 concurrent decisions leave exactly one; the others are told it was taken', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => decide(t.db, XIAODIAN, { filingId, version: 0, decision: i % 2 ? 'approved' : 'rejected', note: '材料不全' }, 'x')),
    );
    assert.equal(results.filter((r) => r.ok).length, 1);
    assert.ok(results.filter((r) => !r.ok).every((r) => !r.ok && r.message === TAKEN_MESSAGE));
    const events = await t.db.select({ action: filingEvents.action }).from(filingEvents).where(eq(filingEvents.filingId, filingId));
    assert.equal(events.filter((e) => e.action === 'approve' || e.action === 'reject').length, 1);
    const [f] = await t.db.select({ state: filings.state, version: filings.version }).from(filings).where(eq(filings.id, filingId));
    assert.equal(f.version, 1);
    const [u] = await t.db.select({ trainee: units.isTraineeUnit }).from(units).where(eq(units.id, A.id));
    assert.equal(u.trainee, f.state === 'approved', 'approval (and only approval) makes the unit a 见习单位');
  });

  test('a rejected application is corrected and goes back to 未审核; approval then makes a 见习单位', async () => {
    const data = input(B.name, await uploadThree(B.id));
    const { filingId: id } = await submitQualification(t.db, B, data, { ...actorA, id: B.id });
    const rejected = await decide(t.db, XIAODIAN, { filingId: id, version: 0, decision: 'rejected', note: '申请表未盖章' }, 'x');
    assert.ok(rejected.ok);
    const status = await qualificationStatus(t.db, B.id);
    assert.equal(status.latest?.note, '申请表未盖章');
    assert.equal(status.previous?.bankAccountLast4, '4567');
    const fixed = input(B.name, { ...(await uploadThree(B.id)), license: status.previous!.files.find((f) => f.slot === 'license')!.id });
    const again = await submitQualification(t.db, B, fixed, { ...actorA, id: B.id });
    assert.equal(again.filingId, id, 'the same filing, corrected');
    const [f] = await t.db.select({ state: filings.state, version: filings.version }).from(filings).where(eq(filings.id, id));
    assert.deepEqual(f, { state: 'pending', version: 2 });
    assert.ok((await decide(t.db, XIAODIAN, { filingId: id, version: 2, decision: 'approved', note: '' }, 'x')).ok);
    assert.equal((await qualificationStatus(t.db, B.id)).isTraineeUnit, true);
    await assert.rejects(submitQualification(t.db, B, input(B.name, await uploadThree(B.id)), { ...actorA, id: B.id }), /已是就业见习单位/);
  });

  test('the schema refuses wrong fields with Chinese messages', () => {
    const r = qualificationSchema('某某公司').safeParse({
      regionCode: '',
      staffCount: '0',
      bankCode: '123',
      accountName: '别的公司',
      bankAccount: '12',
      files: {},
      submissionKey: 'x',
    });
    assert.ok(!r.success);
    const msgs = Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
    assert.equal(msgs.regionCode, '请选择业务办理归属地（市及市本级或县区）');
    assert.equal(msgs.staffCount, '职工人数应大于0');
    assert.equal(msgs.bankCode, '开户行行号应为12位数字');
    assert.equal(msgs.accountName, '账户名称应与单位名称“某某公司”一致');
    assert.equal(msgs.bankAccount, '银行账号应为8–32位数字');
    assert.equal(msgs['files.license'], '请上传营业执照（或法人登记证书）');
    assert.equal(msgs.submissionKey, '页面已过期，请刷新后重新提交');
    const none = qualificationSchema('某某公司').safeParse({});
    assert.ok(!none.success);
    const all = none.error.issues.map((i) => i.message);
    assert.ok(all.includes('请上传全部三个附件') && all.includes('请填写注册地址'));
    assert.ok(
      all.every((m) => /[\u4e00-\u9fa5]/.test(m)),
      `every message is Chinese: ${all.join(' | ')}`,
    );
  });
});
