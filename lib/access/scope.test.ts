import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, count, eq } from 'drizzle-orm';
import {
  filingEvents,
  filings,
  internships,
  persons,
  positions,
  reportRows,
  subsidyClaimLines,
  subsidyClaimPersons,
  subsidyClaims,
  units,
  type FilingKind,
} from '@/lib/db/schema';
import { seed } from '@/scripts/seed';
import { DEMO_PERSONS, DEMO_UNITS } from '@/scripts/seed/demo-accounts';
import { filingHistory, getFiling, listReviewFilings } from '@/lib/filings/queries';
import { FILING_KINDS, KINDS } from '@/lib/kinds';
import { freshTestDb, testEnv, type TestDb } from '@/lib/test/db';
import { scopeOf } from './scope';
import type { Viewer } from './viewer';

testEnv();
let t: TestDb;
const [A, B] = DEMO_UNITS;
/** Unit A's filings are filed in 小店区 (140105), 太原市 (1401). */
const OWNER: Viewer = { role: 'unit', unitId: A.id };
const IN_SCOPE: Record<string, Viewer> = {
  'the county reviewer': { role: 'staff', staffId: '00000000-0000-4000-8000-000000000301', scope: '140105' },
  'the city reviewer': { role: 'staff', staffId: '00000000-0000-4000-8000-000000000302', scope: '1401' },
  'the province': { role: 'staff', staffId: '00000000-0000-4000-8000-000000000303', scope: '14' },
};
const OUT_OF_SCOPE: Record<string, Viewer> = {
  'another unit': { role: 'unit', unitId: B.id },
  'a reviewer of another county in the same city (迎泽区)': { role: 'staff', staffId: '00000000-0000-4000-8000-000000000302', scope: '140106' },
  'a reviewer of another city (大同市)': { role: 'staff', staffId: '00000000-0000-4000-8000-000000000302', scope: '1402' },
  'a scope that tries LIKE wildcards': { role: 'staff', staffId: '00000000-0000-4000-8000-000000000302', scope: '_%' },
};

/** One filing of unit A per kind, each with something to show (and, where a kind has warnings, something to warn of). */
const filingOf = {} as Record<FilingKind, string>;

before(async () => {
  t = await freshTestDb();
  await seed(t.db, { demo: true });
  const [q] = await t.db
    .select({ id: filings.id })
    .from(filings)
    .where(and(eq(filings.unitId, A.id), eq(filings.kind, 'qualification')));
  const [p] = await t.db
    .select({ filingId: positions.filingId, id: positions.id, headcount: positions.headcount })
    .from(positions)
    .innerJoin(filings, eq(filings.id, positions.filingId))
    .where(and(eq(positions.unitId, A.id), eq(filings.regionCode, '140105')));
  filingOf.qualification = q.id;
  filingOf.position = p.filingId;
  const [person] = await t.db.select({ id: persons.id, hash: persons.idCardHash }).from(persons).where(eq(persons.id, DEMO_PERSONS[0].id));
  for (const kind of ['match', 'attendance', 'on_duty'] as const) {
    const [f] = await t.db
      .insert(filings)
      .values({ unitId: A.id, kind, regionCode: '140105', title: `1条${kind}`, month: '2026-03', submissionKey: `scope-${kind}` })
      .returning({ id: filings.id });
    await t.db.insert(filingEvents).values({ filingId: f.id, actorKind: 'unit', actorId: A.id, action: 'submit', toState: 'pending' });
    // A match asking for more places than the position has: its warning must show in scope only.
    const n = kind === 'match' ? p.headcount + 1 : 1;
    await t.db.insert(reportRows).values(
      Array.from({ length: n }, (_, i) => ({
        filingId: f.id,
        rowNo: i + 2,
        personId: person.id,
        idCardHash: person.hash,
        name: '张晓明',
        positionId: kind === 'match' ? p.id : null,
        data: {},
      })),
    );
    filingOf[kind] = f.id;
  }
  await t.db.insert(internships).values({
    personId: person.id,
    unitId: A.id,
    positionId: p.id,
    matchFilingId: filingOf.match,
    category: '离校2年内未就业高校毕业生',
    agreementDate: '2026-03-01',
    startDate: '2026-03-01',
    endDate: '2026-08-31',
  });
  // A 就业见习补贴申领 of one person-month; its re-check warns (the unit is no 见习单位 below).
  const [claim] = await t.db
    .insert(filings)
    .values({ unitId: A.id, kind: 'subsidy', regionCode: '140105', title: '补贴1人次', month: '2026-05', submissionKey: 'scope-subsidy' })
    .returning({ id: filings.id });
  await t.db.insert(filingEvents).values({ filingId: claim.id, actorKind: 'unit', actorId: A.id, action: 'submit', toState: 'pending' });
  const [internship] = await t.db.select({ id: internships.id }).from(internships).where(eq(internships.matchFilingId, filingOf.match));
  await t.db.insert(subsidyClaims).values({ filingId: claim.id, fromMonth: '2026-04', toMonth: '2026-04', personMonths: 1, totalFen: 129000 });
  await t.db
    .insert(subsidyClaimPersons)
    .values({ filingId: claim.id, personId: person.id, internshipId: internship.id, name: '张晓明', systemMonths: 1, claimedMonths: 1 });
  await t.db
    .insert(subsidyClaimLines)
    .values({ filingId: claim.id, personId: person.id, month: '2026-04', minWageFen: 215000, rateBp: 6000, amountFen: 129000 });
  filingOf.subsidy = claim.id;
  // Not a 见习单位 any more: the position's warning has something to say.
  await t.db.update(units).set({ isTraineeUnit: false }).where(eq(units.id, A.id));
});
after(async () => t?.close());

describe('every loader keeps to its viewer', () => {
  for (const kind of FILING_KINDS) {
    test(`${KINDS[kind].label}: details, warnings, header and history`, async () => {
      const id = filingOf[kind];
      const warnings = KINDS[kind].warnings;
      for (const viewer of [OWNER, ...Object.values(IN_SCOPE)]) {
        assert.ok((await KINDS[kind].details(t.db, id, viewer)).length > 0, `${JSON.stringify(viewer)} sees the details`);
        assert.equal((await getFiling(t.db, viewer, id))?.id, id);
        assert.ok((await filingHistory(t.db, viewer, id)).length > 0);
        if (warnings) assert.ok((await warnings(t.db, id, viewer)).length > 0, `${JSON.stringify(viewer)} is warned`);
      }
      for (const [who, viewer] of Object.entries(OUT_OF_SCOPE)) {
        assert.deepEqual(await KINDS[kind].details(t.db, id, viewer), [], `${who}: no details`);
        assert.equal(await getFiling(t.db, viewer, id), null, `${who}: no header`);
        assert.deepEqual(await filingHistory(t.db, viewer, id), [], `${who}: no history`);
        if (warnings) assert.deepEqual(await warnings(t.db, id, viewer), [], `${who}: no warnings`);
      }
    });
  }

  test('a malformed id is simply not found', async () => {
    for (const kind of FILING_KINDS) assert.deepEqual(await KINDS[kind].details(t.db, 'not-a-uuid', OWNER), []);
    assert.equal(await getFiling(t.db, OWNER, 'not-a-uuid'), null);
  });

  test('the review queue of another county holds none of them; the city’s holds all', async () => {
    const ids = Object.values(filingOf);
    const yingze = await listReviewFilings(t.db, '140106', { state: undefined, page: 1 });
    assert.ok(!yingze.rows.some((r) => ids.includes(r.id)));
    const taiyuan = await listReviewFilings(t.db, '1401', { state: 'pending', page: 1 });
    for (const kind of ['match', 'attendance', 'on_duty'] as const)
      assert.ok(
        taiyuan.rows.some((r) => r.id === filingOf[kind]),
        kind,
      );
  });
});

describe('scopeOf: units, positions and internships', () => {
  const visible = async (viewer: Viewer) => {
    const s = scopeOf(viewer);
    const [u] = await t.db
      .select({ n: count() })
      .from(units)
      .where(and(eq(units.id, A.id), s.units));
    const [p] = await t.db
      .select({ n: count() })
      .from(positions)
      .where(and(eq(positions.unitId, A.id), s.positions));
    const [i] = await t.db
      .select({ n: count() })
      .from(internships)
      .where(and(eq(internships.unitId, A.id), s.internships));
    return { units: Number(u.n), positions: Number(p.n) > 0, internships: Number(i.n) };
  };

  test('the unit itself and reviewers over 小店区 see unit A, its positions and its intern', async () => {
    for (const viewer of [OWNER, ...Object.values(IN_SCOPE)])
      assert.deepEqual(await visible(viewer), { units: 1, positions: true, internships: 1 }, JSON.stringify(viewer));
  });

  test('another unit and reviewers elsewhere see none of them', async () => {
    for (const [who, viewer] of Object.entries(OUT_OF_SCOPE)) assert.deepEqual(await visible(viewer), { units: 0, positions: false, internships: 0 }, who);
  });
});
