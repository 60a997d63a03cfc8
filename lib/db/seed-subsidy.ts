import { eq } from 'drizzle-orm';
import type { Db } from './client';
import { internships, subsidyStandards } from './schema';
import { addInterns, type InternSeed } from '@/lib/subsidy/fixtures';
import { SUBSIDY_STANDARDS } from '@/lib/subsidy/standards-data';
import { idCardCheckChar } from '@/lib/validation';
import { DEMO_STAFF, DEMO_UNITS } from './seed-demo';

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
    interns: [person(0, '2026-06-01', '2027-05-31'), person(1, '2026-06-01', '2026-11-30'), person(2, '2026-06-16', '2026-12-15')],
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
  return 5;
}
