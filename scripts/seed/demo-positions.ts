import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/lib/db/client';
import { filingEvents, filings, persons, positionInterests, positions, unitQualifications, units } from '@/lib/db/schema';
import { encryptPii, piiHash } from '@/lib/crypto/pii';
import { addDays } from '@/lib/posts/dates';
import { positionCode } from '@/lib/posts/labels';
import { shanxiDivisions } from '@/lib/regions/divisions';
import { usccCheckChar } from '@/lib/validation';
import { DEMO_PERSONS, DEMO_STAFF, DEMO_UNITS } from './demo-accounts';
import { CITY_UNITS, DEMO_PROFILES, POSITION_TEMPLATES } from './demo-data';
import { monthInShanghai, todayInShanghai } from '@/lib/time';

const ADMIN = DEMO_STAFF[2].id;
/** Deterministic ids: `00000000-0000-4000-<group>-<12 digits>`. */
const idOf = (group: string, n: number) => `00000000-0000-4000-${group}-${String(n).padStart(12, '0')}`;

async function approvedFiling(
  tx: Tx,
  f: { id: string; unitId: string; kind: 'qualification' | 'position'; regionCode: string; title: string },
): Promise<boolean> {
  const [row] = await tx
    .insert(filings)
    .values({ ...f, state: 'approved', month: monthInShanghai(), version: 1, submissionKey: `seed-${f.id}`, decidedAt: new Date(), decidedBy: ADMIN })
    .onConflictDoNothing()
    .returning({ id: filings.id });
  if (!row) return false;
  await tx.insert(filingEvents).values([
    { filingId: f.id, actorKind: 'unit', actorId: f.unitId, action: 'submit', toState: 'pending', ip: 'seed' },
    { filingId: f.id, actorKind: 'staff', actorId: ADMIN, action: 'approve', fromState: 'pending', toState: 'approved', ip: 'seed' },
  ]);
  return true;
}

type SeedUnit = { id: string; uscc: string; name: string; legalRep: string; contactName: string; phone: string; regionCode: string; bizAddress: string };

function demoUnits(): SeedUnit[] {
  const own = DEMO_UNITS.map((u, i) => ({
    ...u,
    regionCode: i === 0 ? '140105' : '140100',
    bizAddress: i === 0 ? '太原市小店区长治路 227 号' : '太原市迎泽区柳巷南路 66 号',
  }));
  const cities = Object.entries(CITY_UNITS).map(([city, u], i) => {
    const body = `91${city}00MA0JX10${String(i + 1).padStart(2, '0')}`;
    const county = shanxiDivisions().find((d) => d.level === 'county' && d.parentCode === city)!;
    return {
      id: idOf('8000', 111 + i),
      uscc: body + usccCheckChar(body),
      ...u,
      regionCode: county.code,
      bizAddress: `${u.name.slice(0, 3)}${county.name}人民路 ${18 + i} 号`,
    };
  });
  return [...own, ...cities];
}

/**
 * Demo 见习单位 (the two demo units plus one per 市) with approved qualification filings, and open
 * positions across all 11 市, several 县区 each. Idempotent: fixed ids, existing rows left alone.
 */
export async function seedDemoPositions(db: Db): Promise<number> {
  const divisions = shanxiDivisions();
  const today = todayInShanghai();
  let made = 0;
  await db.transaction(async (tx) => {
    for (const [pid, profile] of Object.entries(DEMO_PROFILES)) {
      await tx
        .update(persons)
        .set({ ...profile, profileUpdatedAt: sql`now()` })
        .where(and(eq(persons.id, pid), isNull(persons.profileUpdatedAt)));
    }
    const list = demoUnits();
    for (const [ui, u] of list.entries()) {
      const { regionCode, bizAddress, ...unit } = u;
      await tx
        .insert(units)
        .values({ ...unit, isTraineeUnit: true })
        .onConflictDoNothing();
      await tx.update(units).set({ isTraineeUnit: true }).where(eq(units.id, u.id));
      const qid = idOf('a000', ui + 1);
      if (await approvedFiling(tx, { id: qid, unitId: u.id, kind: 'qualification', regionCode, title: `${u.name} · 见习单位资格` })) {
        const account = `6217${String(8800000000000 + ui).padStart(15, '0')}`;
        await tx.insert(unitQualifications).values({
          filingId: qid,
          unitType: '企业',
          industry: 'L',
          regAddress: bizAddress,
          bizAddress,
          legalRep: u.legalRep,
          contactName: u.contactName,
          contactPhone: u.phone,
          staffCount: 60 + ui * 7,
          intro: `${u.name}是一家依法经营、管理规范的企业，长期吸纳高校毕业生就业见习。`,
          bankName: '中国建设银行股份有限公司山西省分行营业部',
          bankCode: '105161000015',
          accountName: u.name,
          bankAccountEnc: encryptPii(account),
          bankAccountHash: piiHash(account),
          bankAccountLast4: account.slice(-4),
        });
      }
      // The two login demo units post in 小店区 / 迎泽区; each city unit in three of its counties.
      const city = ui < 2 ? '1401' : Object.keys(CITY_UNITS)[ui - 2];
      const counties = divisions.filter((d) => d.level === 'county' && d.parentCode === city).slice(ui < 2 ? ui : 0, ui < 2 ? ui + 1 : 3);
      for (const [ci, c] of counties.entries()) {
        for (let k = 0; k < (ui < 2 ? 3 : 2); k++) {
          const n = ui * 10 + ci * 3 + k + 1;
          const t = POSITION_TEMPLATES[(ui * 5 + ci * 2 + k) % POSITION_TEMPLATES.length];
          const fid = idOf('b000', n);
          if (!(await approvedFiling(tx, { id: fid, unitId: u.id, kind: 'position', regionCode, title: t.title }))) continue;
          const [{ seq }] = await tx.select({ seq: sql<string>`nextval('position_code_seq')` }).from(sql`(select 1) as one`);
          await tx.insert(positions).values({
            id: idOf('c000', n),
            code: positionCode(c.code, Number(seq)),
            filingId: fid,
            unitId: u.id,
            status: 'open',
            title: t.title,
            category: t.category,
            headcount: t.headcount,
            education: t.education,
            major: t.major,
            months: t.months,
            allowanceFen: t.allowance * 100,
            minWageFen: 215000,
            cityCode: city,
            countyCode: c.code,
            address: `${c.name}${['迎宾路', '建设路', '新华街'][k]} ${10 + n} 号`,
            duties: t.duties,
            requirements: t.requirements,
            contactName: u.contactName,
            contactPhone: u.phone,
            deadline: addDays(today, 30 + ((n * 7) % 90)),
            publishedAt: new Date(Date.now() - n * 3_600_000),
          });
          made++;
        }
      }
    }
    // 张晓明 has shown interest in one of 山西晋阳示范科技's positions.
    await tx
      .insert(positionInterests)
      .values({ id: idOf('d000', 1), positionId: idOf('c000', 1), personId: DEMO_PERSONS[0].id })
      .onConflictDoNothing();
  });
  return made;
}
