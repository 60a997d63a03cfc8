import 'server-only';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '@/lib/db/client';
import { files, filings, regions, unitQualifications, units } from '@/lib/db/schema';
import { decryptPii, encryptPii, piiHash } from '@/lib/crypto/pii';
import { createFiling, resubmitFiling, type Actor, type DecidedFiling } from '@/lib/filings/commands';
import { filingInScope } from '@/lib/access/scope';
import type { Viewer } from '@/lib/access/viewer';
import { isUuid } from '@/lib/validation/uuid';
import type { DetailSection } from '@/lib/filings/detail';
import { UserFacingError, isUniqueViolation } from '@/lib/errors';
import { regionLabel } from '@/lib/regions/queries';
import { maskBankAccount } from '@/lib/validation';
import { INDUSTRIES, QUALIFICATION_SLOTS, type QualificationData } from './qualification-schema';
import { attachFiles } from './attachments';

export type QualificationStatus = {
  isTraineeUnit: boolean;
  latest: { filingId: string; state: string; note: string | null; submittedAt: Date; decidedAt: Date | null } | null;
  /** For correcting a rejected filing: the earlier answers (the bank account only as its last four digits). */
  previous:
    | (Omit<QualificationData, 'bankAccount' | 'files' | 'submissionKey'> & {
        bankAccountLast4: string;
        files: { slot: string; id: string; name: string; size: number }[];
      })
    | null;
};

export async function qualificationStatus(db: Db, unitId: string): Promise<QualificationStatus> {
  const [unit] = await db.select({ isTraineeUnit: units.isTraineeUnit }).from(units).where(eq(units.id, unitId));
  const [latest] = await db
    .select({
      filingId: filings.id,
      state: filings.state,
      note: filings.decisionNote,
      submittedAt: filings.submittedAt,
      decidedAt: filings.decidedAt,
      regionCode: filings.regionCode,
    })
    .from(filings)
    .where(and(eq(filings.unitId, unitId), eq(filings.kind, 'qualification')))
    .orderBy(desc(filings.submittedAt))
    .limit(1);
  let previous: QualificationStatus['previous'] = null;
  if (latest?.state === 'rejected') {
    const [q] = await db.select().from(unitQualifications).where(eq(unitQualifications.filingId, latest.filingId));
    const attached = await db
      .select({ slot: files.slot, id: files.id, name: files.originalName, size: files.size })
      .from(files)
      .where(eq(files.filingId, latest.filingId));
    if (q) {
      previous = {
        regionCode: latest.regionCode,
        unitType: q.unitType as QualificationData['unitType'],
        industry: q.industry,
        regAddress: q.regAddress,
        bizAddress: q.bizAddress,
        legalRep: q.legalRep,
        contactName: q.contactName,
        contactPhone: q.contactPhone,
        staffCount: q.staffCount,
        intro: q.intro,
        bankName: q.bankName,
        bankCode: q.bankCode,
        accountName: q.accountName,
        bankAccountLast4: q.bankAccountLast4,
        files: attached,
      };
    }
  }
  return { isTraineeUnit: !!unit?.isTraineeUnit, latest: latest ?? null, previous };
}

const REGION_MESSAGE = '请选择业务办理归属地（市及市本级或县区）';
const ONE_PENDING = '贵单位已有一条待审核的就业见习单位申请，请等待审核结果，或在个人中心撤回后重新申报。';

/**
 * 就业见习单位申请 → 提交: the filing, its details and its three attachments in one transaction. A
 * rejected filing is corrected in place and goes back to 未审核; a replay of the same submission
 * changes nothing and answers with the same filing.
 */
export async function submitQualification(db: Db, unit: { id: string; name: string }, data: QualificationData, actor: Actor): Promise<{ filingId: string }> {
  const details = {
    unitType: data.unitType,
    industry: data.industry,
    regAddress: data.regAddress,
    bizAddress: data.bizAddress,
    legalRep: data.legalRep,
    contactName: data.contactName,
    contactPhone: data.contactPhone,
    staffCount: data.staffCount,
    intro: data.intro,
    bankName: data.bankName,
    bankCode: data.bankCode,
    accountName: data.accountName,
    bankAccountEnc: encryptPii(data.bankAccount),
    bankAccountHash: piiHash(data.bankAccount),
    bankAccountLast4: data.bankAccount.slice(-4),
  };
  const title = `${unit.name} · 见习单位资格`;
  try {
    return await db.transaction(async (tx) => {
      // The unit's row lock comes first: a second press at the same moment waits for the first
      // to commit and then finds its filing as a replay (instead of colliding with it).
      const [u] = await tx.select({ isTraineeUnit: units.isTraineeUnit }).from(units).where(eq(units.id, unit.id)).for('update');
      const [replayed] = await tx
        .select({ id: filings.id })
        .from(filings)
        .where(and(eq(filings.unitId, unit.id), eq(filings.submissionKey, data.submissionKey)));
      if (replayed) return { filingId: replayed.id };

      if (u?.isTraineeUnit) throw new UserFacingError('贵单位已是就业见习单位，无需重复申请。');
      // The form offers only these; a forged or stale code is a wrong choice, not a database error.
      const [place] = await tx
        .select({ code: regions.code })
        .from(regions)
        .where(and(eq(regions.code, data.regionCode), inArray(regions.level, ['city_bureau', 'county'])));
      if (!place) throw new UserFacingError(REGION_MESSAGE);
      const [rejected] = await tx
        .select({ id: filings.id })
        .from(filings)
        .where(and(eq(filings.unitId, unit.id), eq(filings.kind, 'qualification'), eq(filings.state, 'rejected')))
        .orderBy(desc(filings.submittedAt))
        .limit(1);

      let filingId: string;
      if (rejected) {
        await resubmitFiling(tx, { filingId: rejected.id, unitId: unit.id, regionCode: data.regionCode, title, submissionKey: data.submissionKey }, actor);
        await tx.update(unitQualifications).set(details).where(eq(unitQualifications.filingId, rejected.id));
        filingId = rejected.id;
      } else {
        const created = await createFiling(
          tx,
          { unitId: unit.id, kind: 'qualification', regionCode: data.regionCode, title, submissionKey: data.submissionKey },
          actor,
        );
        filingId = created.id;
        await tx.insert(unitQualifications).values({ filingId, ...details });
      }
      const bad = await attachFiles(tx, unit.id, filingId, data.files);
      if (bad.length) {
        const labels = bad.map((s) => QUALIFICATION_SLOTS.find((x) => x.id === s)?.label ?? s).join('、');
        throw new UserFacingError(`附件无效或已失效，请重新上传：${labels}`);
      }
      return { filingId };
    });
  } catch (e) {
    if (isUniqueViolation(e, 'filings_one_pending_qualification_uq')) throw new UserFacingError(ONE_PENDING);
    throw e;
  }
}

/** Approval makes the unit a 见习单位 (in the decision's transaction). */
export async function approveQualification(tx: Tx, filing: DecidedFiling): Promise<void> {
  await tx.update(units).set({ isTraineeUnit: true }).where(eq(units.id, filing.unitId));
}

/** The detail sections of a qualification filing; the bank account in full only for reviewers. */
export async function qualificationDetails(db: Db, filingId: string, viewer: Viewer): Promise<DetailSection[]> {
  if (!isUuid(filingId)) return [];
  const [f] = await db.select({ regionCode: filings.regionCode }).from(filings).where(filingInScope(viewer, filingId));
  if (!f) return [];
  const [q] = await db.select().from(unitQualifications).where(eq(unitQualifications.filingId, filingId));
  if (!q) return [];
  const attached = await db
    .select({ id: files.id, slot: files.slot, name: files.originalName, mime: files.mime, size: files.size })
    .from(files)
    .where(eq(files.filingId, filingId));
  const account = decryptPii(q.bankAccountEnc);
  return [
    {
      type: 'fields',
      title: '见习单位详细信息',
      fields: [
        { label: '业务办理归属地', value: (await regionLabel(db, f.regionCode)) ?? f.regionCode },
        { label: '单位类型', value: q.unitType },
        { label: '所属行业', value: INDUSTRIES.find(([c]) => c === q.industry)?.join(' ') ?? q.industry },
        { label: '注册地址', value: q.regAddress },
        { label: '经营地址', value: q.bizAddress },
        { label: '法定代表人', value: q.legalRep },
        { label: '联系人', value: q.contactName },
        { label: '联系电话', value: q.contactPhone },
        { label: '职工人数', value: String(q.staffCount) },
        { label: '单位简介', value: q.intro },
      ],
    },
    {
      type: 'fields',
      title: '银行账户信息',
      fields: [
        { label: '开户银行', value: q.bankName },
        { label: '开户行行号', value: q.bankCode, mono: true },
        { label: '账户名称', value: q.accountName },
        { label: '银行账号', value: viewer.role === 'staff' ? account : maskBankAccount(account), mono: true },
      ],
    },
    {
      type: 'files',
      title: '档案资料',
      files: QUALIFICATION_SLOTS.flatMap((s) =>
        attached.filter((a) => a.slot === s.id).map((a) => ({ id: a.id, slotLabel: s.label, name: a.name, mime: a.mime, size: a.size })),
      ),
    },
  ];
}
