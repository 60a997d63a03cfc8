import { eq } from 'drizzle-orm';
import { principalFor } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { filings, positions } from '@/lib/db/schema';
import { decideFiling } from '@/lib/filings/commands';
import { KIND_HANDLERS } from '@/lib/review/registry';
import { clientIp } from '@/lib/security/request';

export const dynamic = 'force-dynamic';

/**
 * End-to-end tests only (E2E_TEST_HOOKS=1, set by scripts/e2e-server.ts): a signed-in reviewer
 * approves a position filing by its 岗位编号 through the same decideFiling + onApprove as the
 * review dashboard. Anywhere else this address does not exist.
 */
export async function POST(req: Request) {
  if (process.env.E2E_TEST_HOOKS !== '1') return new Response('Not Found', { status: 404 });
  const who = await principalFor('staff');
  if (!who.ok) return Response.json({ error: who.message }, { status: who.status });
  const { code } = (await req.json()) as { code?: string };
  const db = getDb();
  const [f] = await db
    .select({ id: filings.id, version: filings.version })
    .from(positions)
    .innerJoin(filings, eq(filings.id, positions.filingId))
    .where(eq(positions.code, String(code)));
  if (!f) return Response.json({ error: '岗位不存在' }, { status: 404 });
  const out = await decideFiling(
    db,
    { filingId: f.id, expectedVersion: f.version, decision: 'approved', note: null, staffId: who.p.id, scope: who.p.region, ip: clientIp(req.headers) },
    KIND_HANDLERS.position.onApprove!,
  );
  return Response.json(out, { status: out.ok ? 200 : 409 });
}
