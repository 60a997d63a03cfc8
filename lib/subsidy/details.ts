import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { filingEvents, filings, files, subsidyClaimLines, subsidyClaimPersons, subsidyClaims } from '@/lib/db/schema';
import type { Actor } from '@/lib/filings/commands';
import type { Viewer } from '@/lib/access/viewer';
import { filingInScope } from '@/lib/access/scope';
import type { DetailSection } from '@/lib/filings/detail';
import { isUuid } from '@/lib/validation/uuid';
import { formatTime } from '@/lib/time';
import { ROUNDING_NOTE, yuan } from './compute';
import { releaseClaim } from './claims';
import { SUBSIDY_STAGE_LABEL } from './labels';
import { SUBSIDY_SLOTS } from './schema';

const pct = (bp: number) => `${bp / 100}%`;

/** A claim's detail for the unit (个人中心) and for reviewers: per person, per month, attachments. */
export async function subsidyDetails(db: Db, filingId: string, viewer: Viewer): Promise<DetailSection[]> {
  if (!isUuid(filingId)) return [];
  const [inScope] = await db.select({ id: filings.id }).from(filings).where(filingInScope(viewer, filingId));
  if (!inScope) return [];
  const [c] = await db.select().from(subsidyClaims).where(eq(subsidyClaims.filingId, filingId));
  if (!c) return [];
  const [persons, lines, attached] = await Promise.all([
    db.select().from(subsidyClaimPersons).where(eq(subsidyClaimPersons.filingId, filingId)).orderBy(asc(subsidyClaimPersons.name)),
    db.select().from(subsidyClaimLines).where(eq(subsidyClaimLines.filingId, filingId)).orderBy(asc(subsidyClaimLines.personId), asc(subsidyClaimLines.month)),
    db.select({ id: files.id, slot: files.slot, name: files.originalName, mime: files.mime, size: files.size }).from(files).where(eq(files.filingId, filingId)),
  ]);
  const nameOf = new Map(persons.map((p) => [p.personId, p.name]));
  return [
    {
      type: 'fields',
      title: '补贴申领概况',
      fields: [
        { label: '办理进度', value: SUBSIDY_STAGE_LABEL[c.stage] },
        { label: '申领期间', value: `${c.fromMonth} 至 ${c.toMonth}` },
        { label: '人数 / 人次', value: `${persons.length}人 / ${c.personMonths}人次` },
        { label: '申领总金额', value: `${yuan(c.totalFen)} 元` },
        { label: '县区审核', value: c.countyDecidedAt ? `${formatTime(c.countyDecidedAt)}${c.countyNote ? ` ${c.countyNote}` : ''}` : '' },
        { label: '市审核', value: c.cityDecidedAt ? `${formatTime(c.cityDecidedAt)}${c.cityNote ? ` ${c.cityNote}` : ''}` : '' },
        { label: '计算规则', value: ROUNDING_NOTE },
      ],
    },
    {
      type: 'table',
      title: '补贴人员',
      columns: [
        '姓名',
        '系统核算月数',
        '申请补贴月数',
        '生活补贴金额（元）',
        '保险费（元）',
        '保险补贴（元）',
        '保单期间',
        ...(persons.some((p) => p.retentionBonusFen > 0) ? ['留用一次性补贴（元）'] : []),
      ],
      rows: persons.map((p, _i, all) => {
        const sum = lines.filter((l) => l.personId === p.personId).reduce((s, l) => s + l.amountFen, 0);
        return [
          p.name,
          String(p.systemMonths),
          String(p.claimedMonths),
          yuan(sum),
          p.insurancePremiumFen === null ? '' : yuan(p.insurancePremiumFen),
          p.insuranceFen ? yuan(p.insuranceFen) : '',
          p.policyStart ? `${p.policyStart} 至 ${p.policyEnd}` : '',
          ...(all.some((x) => x.retentionBonusFen > 0) ? [p.retentionBonusFen ? yuan(p.retentionBonusFen) : ''] : []),
        ];
      }),
    },
    {
      type: 'table',
      title: '按月明细',
      columns: ['姓名', '月份', '最低工资标准（元）', '补贴比例', '每月补贴标准（元）'],
      rows: lines.map((l) => [nameOf.get(l.personId) ?? '', l.month, yuan(l.minWageFen), pct(l.rateBp), yuan(l.amountFen)]),
    },
    {
      type: 'files',
      title: '申领材料',
      files: SUBSIDY_SLOTS.flatMap((s) =>
        attached.filter((a) => a.slot === s.id).map((a) => ({ id: a.id, slotLabel: s.label, name: a.name, mime: a.mime, size: a.size })),
      ),
    },
  ];
}

/** 撤回 of a claim nobody has decided yet: frees its months in the same transaction. */
export async function withdrawClaim(db: Db, unitId: string, filingId: string, actor: Actor): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [c] = await tx
      .update(subsidyClaims)
      .set({ stage: 'withdrawn' })
      .where(
        and(
          eq(subsidyClaims.filingId, filingId),
          eq(subsidyClaims.stage, 'submitted'),
          sql`exists (select 1 from ${filings} where ${filings.id} = ${filingId} and ${filings.unitId} = ${unitId} and ${filings.state} = 'pending')`,
        ),
      )
      .returning({ id: subsidyClaims.filingId });
    if (!c) return false;
    await tx
      .update(filings)
      .set({ state: 'withdrawn', version: sql`${filings.version} + 1`, updatedAt: sql`now()` })
      .where(eq(filings.id, filingId));
    await releaseClaim(tx, filingId);
    await tx
      .insert(filingEvents)
      .values({ filingId, actorKind: actor.kind, actorId: actor.id, action: 'withdraw', fromState: 'pending', toState: 'withdrawn', ip: actor.ip });
    return true;
  });
}
