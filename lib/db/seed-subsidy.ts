import { and, eq, sql } from 'drizzle-orm';
import type { Db } from './client';
import { filings, internships, subsidyClaims, subsidyStandards } from './schema';
import { submitClaim } from '@/lib/subsidy/claims';
import { addInterns, type InternSeed } from '@/lib/subsidy/fixtures';
import { decideSubsidy } from '@/lib/subsidy/review';
import { claimSchema } from '@/lib/subsidy/schema';
import { saveAttachment } from '@/lib/units/attachments';
import { SUBSIDY_STANDARDS } from '@/lib/subsidy/standards-data';
import { idCardCheckChar } from '@/lib/validation';
import { DEMO_PERSONS, DEMO_STAFF, DEMO_UNITS } from './seed-demo';

/** Reference data: the provinces' 就业见习补贴标准 (an administrator's later edits are overwritten only in the figures seeded). */
export async function seedSubsidyStandards(db: Db): Promise<void> {
  for (const s of SUBSIDY_STANDARDS) {
    await db.insert(subsidyStandards).values(s).onConflictDoUpdate({ target: subsidyStandards.id, set: { ...s, id: undefined } });
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
 * at once. Its own file and function so that the seed split can move it whole.
 */
export async function seedSubsidyDemo(db: Db, today: string): Promise<number> {
  const [done] = await db.select({ id: internships.id }).from(internships).where(eq(internships.personId, '00000000-0000-4000-8000-000000000601'));
  if (done) return 0;
  const lastMonth = (() => {
    const [y, m] = today.split('-').map(Number);
    return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  })();
  const months: string[] = [];
  for (let m = '2026-06'; m <= lastMonth; ) {
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
  await seedDemoClaim(db, b.id);
  return 5;
}

const PDF = (text: string) => new TextEncoder().encode(`%PDF-1.4\n% ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`);

/**
 * 太原市汾河餐饮 (市本级) has a claim for July–September 2026 already approved by the city three
 * weeks ago, so the demo can publish a 公示 dated back far enough to have ended and make a 拨付批次.
 */
async function seedDemoClaim(db: Db, unitId: string): Promise<void> {
  const [exists] = await db.select({ id: filings.id }).from(filings).where(and(eq(filings.unitId, unitId), eq(filings.kind, 'subsidy')));
  if (exists) return;
  const roster = await saveAttachment(db, unitId, 'subsidy_roster', '补贴名册（盖章）.pdf', PDF('roster'));
  const payroll = await saveAttachment(db, unitId, 'subsidy_payroll', '生活补助代发清单.pdf', PDF('payroll'));
  if (!roster.ok || !payroll.ok) return;
  const input = claimSchema.parse({
    from: '2026-07',
    count: '3',
    submissionKey: 'seed-demo-claim-1',
    persons: { 0: { personId: '00000000-0000-4000-8000-000000000604', months: '3' }, 1: { personId: '00000000-0000-4000-8000-000000000605', months: '3' } },
    files: { subsidy_roster: roster.id, subsidy_payroll: payroll.id },
  });
  const { filingId } = await submitClaim(db, { id: unitId, name: DEMO_UNITS[1].name }, input, { kind: 'unit', id: unitId, ip: 'seed' });
  const city = { id: DEMO_STAFF[1].id, region: '1401' };
  for (const v of [0, 1]) await decideSubsidy(db, city, { filingId, version: v, decision: 'approved', note: '' }, 'seed');
  await db
    .update(subsidyClaims)
    .set({ countyDecidedAt: sql`now() - interval '22 days'`, cityDecidedAt: sql`now() - interval '21 days'` })
    .where(eq(subsidyClaims.filingId, filingId));
}
