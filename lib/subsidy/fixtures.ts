import type { Db } from '@/lib/db/client';
import { filingEvents, filings, internships, persons, positions, reportRows } from '@/lib/db/schema';
import { encryptPii, piiHash } from '@/lib/crypto/pii';
import { birthDateOf, genderOf } from '@/lib/validation';

export type InternSeed = {
  personId: string;
  name: string;
  idCard: string;
  startDate: string;
  endDate: string;
  status?: 'active' | 'ended_early' | 'retained' | 'completed';
  statusDate?: string | null;
};

/**
 * Interns of a unit as the platform would have made them: an approved 见习匹配结果 filing with
 * its internships, and an approved 见习考勤 filing per month. For the demo data and the tests;
 * fixed ids (`idBase`) keep reruns idempotent.
 */
export async function addInterns(
  db: Db,
  /** `idBase`: the first 24 characters of the filings' uuids, e.g. `00000000-0000-4000-e001-`. */
  input: { unitId: string; regionCode: string; staffId: string; idBase: string; interns: InternSeed[]; attendanceMonths: string[] },
): Promise<void> {
  const id = (n: number) => `${input.idBase}${String(n).padStart(12, '0')}`;
  await db.transaction(async (tx) => {
    const approved = async (fid: string, kind: 'match' | 'attendance' | 'position', title: string, month: string) => {
      const [row] = await tx
        .insert(filings)
        .values({
          id: fid,
          unitId: input.unitId,
          kind,
          state: 'approved',
          month,
          regionCode: input.regionCode,
          title,
          version: 1,
          submissionKey: `seed-${fid}`,
          decidedAt: new Date(),
          decidedBy: input.staffId,
        })
        .onConflictDoNothing()
        .returning({ id: filings.id });
      if (row)
        await tx.insert(filingEvents).values([
          { filingId: fid, actorKind: 'unit', actorId: input.unitId, action: 'submit', toState: 'pending', ip: 'seed' },
          { filingId: fid, actorKind: 'staff', actorId: input.staffId, action: 'approve', fromState: 'pending', toState: 'approved', ip: 'seed' },
        ]);
      return !!row;
    };
    // Their own closed position, so that the demo interns take no places of the open ones.
    const positionId = id(0);
    if (await approved(positionId, 'position', '见习岗位（补贴演示）', input.attendanceMonths[0] ?? '2026-01')) {
      const county = input.regionCode.endsWith('00') ? `${input.regionCode.slice(0, 4)}05` : input.regionCode;
      await tx.insert(positions).values({
        id: positionId,
        code: `GW${county}${String(Number.parseInt(input.idBase.slice(19, 23), 16) % 1e6).padStart(6, '0')}`,
        filingId: positionId,
        unitId: input.unitId,
        status: 'closed',
        title: '见习岗位（补贴演示）',
        category: '技术技能类',
        headcount: input.interns.length,
        education: '不限',
        major: '不限',
        months: 12,
        allowanceFen: 215000,
        minWageFen: 215000,
        cityCode: input.regionCode.slice(0, 4),
        countyCode: county,
        address: '—',
        duties: '协助完成日常工作。',
        requirements: '身体健康。',
        contactName: '—',
        contactPhone: '13900000000',
        deadline: input.interns[0]?.startDate ?? '2026-01-01',
        publishedAt: new Date(),
      });
    }
    const position = { id: positionId };
    for (const p of input.interns) {
      const hash = piiHash(p.idCard);
      await tx
        .insert(persons)
        .values({
          id: p.personId,
          name: p.name,
          idCardEnc: encryptPii(p.idCard),
          idCardHash: hash,
          gender: genderOf(p.idCard),
          birthDate: birthDateOf(p.idCard)!,
          category: 'graduate',
        })
        .onConflictDoNothing();
    }
    const matchId = id(1);
    if (await approved(matchId, 'match', `见习匹配结果（${input.interns.length}人）`, input.attendanceMonths[0] ?? '2026-01')) {
      await tx.insert(reportRows).values(
        input.interns.map((p, k) => ({
          filingId: matchId,
          rowNo: k + 1,
          personId: p.personId,
          idCardHash: piiHash(p.idCard),
          name: p.name,
          positionId: position.id,
          data: { startDate: p.startDate, endDate: p.endDate },
        })),
      );
      await tx.insert(internships).values(
        input.interns.map((p) => ({
          personId: p.personId,
          unitId: input.unitId,
          positionId: position.id,
          matchFilingId: matchId,
          category: '离校2年内未就业高校毕业生',
          agreementDate: p.startDate,
          startDate: p.startDate,
          endDate: p.endDate,
          status: p.status ?? 'active',
          statusDate: p.statusDate ?? null,
        })),
      );
    }
    for (const [k, month] of input.attendanceMonths.entries()) {
      const fid = id(100 + k);
      if (!(await approved(fid, 'attendance', `见习考勤 ${month}`, month))) continue;
      const present = input.interns.filter((p) => p.startDate.slice(0, 7) <= month && month <= p.endDate.slice(0, 7));
      if (present.length)
        await tx.insert(reportRows).values(
          present.map((p, r) => ({
            filingId: fid,
            rowNo: r + 1,
            personId: p.personId,
            idCardHash: piiHash(p.idCard),
            name: p.name,
            month,
            data: { dueDays: 21, presentDays: 21, leaveDays: 0, absentDays: 0 },
          })),
        );
    }
  });
}
