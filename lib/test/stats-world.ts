import { randomUUID } from 'node:crypto';
import type { Db } from '@/lib/db/client';
import { filings, internships, persons, positionInterests, positions, unitQualifications, units } from '@/lib/db/schema';
import { encryptPii, piiHash } from '@/lib/crypto/pii';
import { idCardCheckChar } from '@/lib/validation';

/**
 * A small known world for the statistics tests: five units in 小店区, 迎泽区, 太原市本级 and 平城区
 * (one only pending), seven positions and seven internships across 2025-09 … 2026-11. The counts
 * it must give are worked out by hand in stats.test.ts.
 */
export async function buildStatsWorld(db: Db) {
  let n = 0;
  const idCard = (i: number) => {
    const first = `140105200${String(i % 10)}0101${String(100 + i).slice(-3)}`;
    return first + idCardCheckChar(first);
  };
  async function unit(name: string, region: string, unitType: string, industry: string, decidedAt: string | null) {
    const id = randomUUID();
    n += 1;
    await db.insert(units).values({ id, uscc: `9114000000000000${String(n).padStart(2, '0')}`, name, isTraineeUnit: decidedAt !== null });
    const filingId = randomUUID();
    await db.insert(filings).values({
      id: filingId,
      unitId: id,
      kind: 'qualification',
      state: decidedAt ? 'approved' : 'pending',
      month: (decidedAt ?? '2026-01').slice(0, 7),
      regionCode: region,
      title: name,
      submissionKey: randomUUID(),
      decidedAt: decidedAt ? new Date(decidedAt) : null,
    });
    await db.insert(unitQualifications).values({
      filingId,
      unitType,
      industry,
      regAddress: '地址',
      bizAddress: '地址',
      legalRep: '法人',
      contactName: '联系人',
      contactPhone: '13900000000',
      staffCount: 10,
      intro: '简介',
      bankName: '银行',
      bankCode: '102161000010',
      accountName: name,
      bankAccountEnc: encryptPii(`62220000000000${n}`),
      bankAccountHash: piiHash(`62220000000000${n}`),
      bankAccountLast4: `000${n}`.slice(-4),
    });
    return { id, region, name };
  }
  async function position(u: { id: string; region: string }, title: string, category: string, headcount: number, publishedAt: string | null) {
    const id = randomUUID();
    const filingId = randomUUID();
    await db.insert(filings).values({
      id: filingId,
      unitId: u.id,
      kind: 'position',
      state: publishedAt ? 'approved' : 'pending',
      month: '2026-01',
      regionCode: u.region,
      title,
      submissionKey: randomUUID(),
    });
    const county = u.region.endsWith('00') ? `${u.region.slice(0, 4)}05` : u.region;
    await db.insert(positions).values({
      id,
      code: `GW${county}${String((n += 1)).padStart(6, '0')}`,
      filingId,
      unitId: u.id,
      status: publishedAt ? 'open' : 'pending',
      title,
      category,
      headcount,
      education: '不限',
      major: '不限',
      months: 6,
      allowanceFen: 250000,
      minWageFen: 215000,
      cityCode: county.slice(0, 4),
      countyCode: county,
      address: '人民路 1 号',
      duties: '职责',
      requirements: '要求',
      contactName: '联系人',
      contactPhone: '13900000000',
      deadline: '2027-01-01',
      publishedAt: publishedAt ? new Date(publishedAt) : null,
    });
    return { id, unitId: u.id, region: u.region };
  }
  let p = 0;
  async function person(name: string) {
    const id = randomUUID();
    const card = idCard((p += 1));
    await db.insert(persons).values({ id, name, idCardEnc: encryptPii(card), idCardHash: piiHash(card), gender: '男', birthDate: '2002-01-01' });
    return id;
  }
  async function internship(
    pos: { id: string; unitId: string; region: string },
    name: string,
    start: string,
    end: string,
    status: 'active' | 'ended_early' | 'retained' | 'completed',
    statusDate: string | null,
  ) {
    const personId = await person(name);
    const matchId = randomUUID();
    await db.insert(filings).values({
      id: matchId,
      unitId: pos.unitId,
      kind: 'match',
      state: 'approved',
      month: start.slice(0, 7),
      regionCode: pos.region,
      title: '匹配',
      submissionKey: randomUUID(),
    });
    await db.insert(internships).values({
      personId,
      unitId: pos.unitId,
      positionId: pos.id,
      matchFilingId: matchId,
      category: 'graduate',
      agreementDate: start,
      startDate: start,
      endDate: end,
      status,
      statusDate,
    });
  }

  const U1 = await unit('小店示范科技有限公司', '140105', '企业', 'I', '2025-12-10T02:00:00Z');
  const U2 = await unit('迎泽医院', '140106', '事业单位', 'P', '2026-03-05T02:00:00Z');
  const U3 = await unit('太原制造有限公司', '140100', '企业', 'C', '2026-07-01T02:00:00Z');
  const U4 = await unit('平城软件有限公司', '140213', '企业', 'I', '2026-02-01T02:00:00Z');
  await unit('小店待审有限公司', '140105', '企业', 'I', null);

  const P1 = await position(U1, '行政助理', '管理类', 3, '2026-01-15T00:00:00Z');
  const P2 = await position(U1, '开发助理', '技术类', 2, '2026-03-31T15:30:00Z'); // 23:30 on 31 March in Shanghai
  const P3 = await position(U2, '医务管理', '管理类', 5, '2026-04-10T02:00:00Z');
  const P4 = await position(U4, '测试助理', '技术类', 4, '2026-05-20T02:00:00Z');
  await position(U1, '旧岗位', '管理类', 1, '2025-11-01T02:00:00Z');
  await position(U1, '待审岗位', '管理类', 1, null);
  await position(U3, '生产管理', '管理类', 2, '2026-07-02T02:00:00Z');

  const A = await person('意向甲');
  const B = await person('意向乙');
  const C = await person('意向丙');
  await db.insert(positionInterests).values([
    { positionId: P1.id, personId: A, createdAt: new Date('2026-02-01T02:00:00Z') },
    { positionId: P3.id, personId: A, createdAt: new Date('2026-04-11T02:00:00Z') },
    { positionId: P1.id, personId: B, createdAt: new Date('2026-02-02T02:00:00Z'), withdrawnAt: new Date('2026-02-03T02:00:00Z') },
    { positionId: P4.id, personId: C, createdAt: new Date('2026-05-21T02:00:00Z') },
  ]);

  await internship(P1, '见习丁', '2026-01-01', '2026-06-30', 'active', null);
  await internship(P1, '见习戊', '2025-10-01', '2026-03-31', 'completed', '2026-03-31');
  await internship(P2, '见习己', '2026-04-01', '2026-09-30', 'ended_early', '2026-05-15');
  await internship(P3, '见习庚', '2026-04-15', '2026-06-14', 'retained', '2026-06-14');
  await internship(P4, '见习辛', '2026-06-01', '2026-11-30', 'active', null);
  await internship(P4, '见习壬', '2025-12-01', '2026-02-28', 'completed', '2026-02-28');
  await internship(P4, '见习癸', '2025-09-01', '2026-02-28', 'retained', '2026-02-28');
  return { U1, U2, U3, U4 };
}
