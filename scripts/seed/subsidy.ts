import { createHash } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import {
  filingEvents,
  filings,
  files,
  internships,
  persons,
  subsidyClaimLines,
  subsidyClaimMonths,
  subsidyClaimPersons,
  subsidyClaims,
  subsidyStandards,
} from '@/lib/db/schema';
import { fileStore, newStorageKey } from '@/lib/storage';
import { personMonthFen } from '@/lib/subsidy/compute';
import { addInterns, type InternSeed } from '@/lib/subsidy/fixtures';
import { SUBSIDY_STANDARDS } from '@/lib/subsidy/standards-data';
import { monthInShanghai } from '@/lib/time';
import { idCardCheckChar } from '@/lib/validation';
import { DEMO_PERSONS, DEMO_STAFF, DEMO_UNITS } from './demo-accounts';

/** Reference data: the provinces' 就业见习补贴标准 (an administrator's later edits are overwritten only in the figures seeded). */
export async function seedSubsidyStandards(db: Db): Promise<void> {
  for (const s of SUBSIDY_STANDARDS) {
    await db
      .insert(subsidyStandards)
      .values(s)
      .onConflictDoUpdate({ target: subsidyStandards.id, set: { ...s, id: undefined } });
  }
}

const idCard = (n: number) => {
  const base = `1401052002${String(1 + (n % 12)).padStart(2, '0')}${String(10 + n).padStart(2, '0')}${String(100 + n).padStart(3, '0')}`;
  return base + idCardCheckChar(base);
};
const NAMES = ['王晓燕', '刘子涵', '陈思远', '杨雨桐', '赵一鸣'];

/**
 * Demo interns for the two demo units, with approved 见习匹配结果 and 见习考勤 from June 2026 on
 * (through the month before the one the demo runs in), so that 就业见习补贴申领 has months to claim
 * at once. Its own file and function, apart from the reference data.
 */
export async function seedSubsidyDemo(db: Db, today: string): Promise<number> {
  const [done] = await db.select({ id: internships.id }).from(internships).where(eq(internships.personId, '00000000-0000-4000-8000-000000000601'));
  if (done) return 0;
  const lastMonth = (() => {
    const [y, m] = today.split('-').map(Number);
    return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  })();
  const months: string[] = [];
  for (let m = '2026-06'; m <= lastMonth;) {
    months.push(m);
    const [y, mm] = m.split('-').map(Number);
    m = mm === 12 ? `${y + 1}-01` : `${y}-${String(mm + 1).padStart(2, '0')}`;
  }
  const person = (n: number, startDate: string, endDate: string): InternSeed => ({
    personId: `00000000-0000-4000-8000-${String(601 + n).padStart(12, '0')}`,
    name: NAMES[n],
    idCard: idCard(n),
    startDate,
    endDate,
  });
  const [a, b] = DEMO_UNITS;
  await addInterns(db, {
    unitId: a.id,
    regionCode: '140105',
    staffId: DEMO_STAFF[0].id,
    idBase: '00000000-0000-4000-e001-',
    // 张晓明 (a demo login) is one of them, so the person's side of 个人中心 has something to show.
    interns: [
      person(0, '2026-06-01', '2027-05-31'),
      person(1, '2026-06-01', '2026-11-30'),
      person(2, '2026-06-16', '2026-12-15'),
      { personId: DEMO_PERSONS[0].id, name: '张晓明', idCard: DEMO_PERSONS[0].idCard, startDate: '2026-07-01', endDate: '2027-06-30' },
    ],
    attendanceMonths: months,
  });
  await addInterns(db, {
    unitId: b.id,
    regionCode: '140100',
    staffId: DEMO_STAFF[1].id,
    idBase: '00000000-0000-4000-e002-',
    interns: [person(3, '2026-07-01', '2027-06-30'), person(4, '2026-07-01', '2027-03-31')],
    attendanceMonths: months.filter((m) => m >= '2026-07'),
  });
  await seedDemoClaim(db, b.id, today);
  return 5;
}

const PDF = (text: string) => new TextEncoder().encode(`%PDF-1.4\n% ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`);

/**
 * 太原市汾河餐饮 (市本级) has a claim for July–September 2026 (its two interns, three months each)
 * approved by the city three weeks ago, so the demo can publish a 公示 dated back far enough to
 * have ended and make a 拨付批次. Written as the claim, review and approval would leave it (the
 * seed runs outside the server, without the request-bound domain code).
 */
async function seedDemoClaim(db: Db, unitId: string, today: string): Promise<void> {
  // Dated back from `today` (noon in Asia/Shanghai), not from the database's clock: tests seed a fixed day.
  const daysAgo = (n: number) => new Date(Date.parse(`${today}T12:00:00+08:00`) - n * 86_400_000);
  const filingId = '00000000-0000-4000-e002-000000000900';
  const [exists] = await db.select({ id: filings.id }).from(filings).where(eq(filings.id, filingId));
  if (exists) return;
  const interns = await db
    .select({ id: internships.id, personId: internships.personId, name: persons.name })
    .from(internships)
    .innerJoin(persons, eq(persons.id, internships.personId))
    .where(
      and(eq(internships.unitId, unitId), inArray(internships.personId, ['00000000-0000-4000-8000-000000000604', '00000000-0000-4000-8000-000000000605'])),
    );
  const months = ['2026-07', '2026-08', '2026-09'];
  const amount = personMonthFen(SUBSIDY_STANDARDS[0].rateBp, 215000);
  const city = DEMO_STAFF[1].id;
  await db.transaction(async (tx) => {
    await tx.insert(filings).values({
      id: filingId,
      unitId,
      kind: 'subsidy',
      state: 'approved',
      month: monthInShanghai(daysAgo(30)),
      regionCode: '140100',
      version: 2,
      submissionKey: 'seed-demo-claim-1',
      title: `就业见习补贴 2026-07至2026-09（${interns.length}人，${interns.length * 3}人次）`,
      submittedAt: daysAgo(30),
      decidedAt: daysAgo(21),
      decidedBy: city,
    });
    await tx.insert(filingEvents).values([
      { filingId, actorKind: 'unit', actorId: unitId, action: 'submit', toState: 'pending', ip: 'seed', at: daysAgo(30) },
      {
        filingId,
        actorKind: 'staff',
        actorId: city,
        action: 'approve',
        fromState: 'pending',
        toState: 'pending',
        note: '县区审核',
        ip: 'seed',
        at: daysAgo(22),
      },
      {
        filingId,
        actorKind: 'staff',
        actorId: city,
        action: 'approve',
        fromState: 'pending',
        toState: 'approved',
        note: '市审核',
        ip: 'seed',
        at: daysAgo(21),
      },
    ]);
    await tx.insert(subsidyClaims).values({
      filingId,
      stage: 'city_approved',
      fromMonth: months[0],
      toMonth: months[2],
      personMonths: interns.length * 3,
      totalFen: interns.length * 3 * amount,
      countyDecidedAt: daysAgo(22),
      countyDecidedBy: city,
      cityDecidedAt: daysAgo(21),
      cityDecidedBy: city,
    });
    await tx
      .insert(subsidyClaimPersons)
      .values(interns.map((i) => ({ filingId, personId: i.personId, internshipId: i.id, name: i.name, systemMonths: 3, claimedMonths: 3 })));
    const lines = interns.flatMap((i) => months.map((month) => ({ filingId, personId: i.personId, month })));
    await tx.insert(subsidyClaimLines).values(lines.map((l) => ({ ...l, minWageFen: 215000, rateBp: SUBSIDY_STANDARDS[0].rateBp, amountFen: amount })));
    await tx.insert(subsidyClaimMonths).values(lines);
    for (const [slot, name] of [
      ['subsidy_roster', '补贴名册（盖章）.pdf'],
      ['subsidy_payroll', '生活补助代发清单.pdf'],
    ]) {
      const bytes = PDF(slot);
      const storageKey = newStorageKey();
      await fileStore().put(storageKey, bytes);
      await tx.insert(files).values({
        unitId,
        filingId,
        slot,
        storageKey,
        originalName: name,
        mime: 'application/pdf',
        size: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      });
    }
  });
}
