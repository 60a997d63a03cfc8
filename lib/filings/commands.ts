import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { inRegion } from '@/lib/access/scope';
import type { Db, Tx } from '@/lib/db/client';
import { filingEvents, filings, type FilingKind, type FilingState } from '@/lib/db/schema';
import { monthInShanghai } from '@/lib/time';

export type Actor = { kind: 'unit' | 'staff' | 'system'; id: string | null; ip: string };

/**
 * Creates a filing and its 'submit' event in the caller's transaction. A replay of the same
 * submission (same unit, same submission key) returns the filing made the first time.
 */
export async function createFiling(
  tx: Tx | Db,
  input: { unitId: string; kind: FilingKind; regionCode: string; title: string; submissionKey: string },
  actor: Actor,
): Promise<{ id: string; created: boolean }> {
  const [row] = await tx
    .insert(filings)
    .values({ ...input, month: monthInShanghai() })
    .onConflictDoNothing({ target: [filings.unitId, filings.submissionKey] })
    .returning({ id: filings.id });
  if (!row) {
    const [existing] = await tx
      .select({ id: filings.id })
      .from(filings)
      .where(and(eq(filings.unitId, input.unitId), eq(filings.submissionKey, input.submissionKey)));
    return { id: existing.id, created: false };
  }
  await tx.insert(filingEvents).values({ filingId: row.id, actorKind: actor.kind, actorId: actor.id, action: 'submit', toState: 'pending', ip: actor.ip });
  return { id: row.id, created: true };
}

/** A rejected filing goes back to 未审核 with corrected content (the caller rewrites the details). */
export async function resubmitFiling(
  tx: Tx,
  input: { filingId: string; unitId: string; regionCode: string; title: string; submissionKey: string },
  actor: Actor,
): Promise<'ok' | 'replayed' | 'not_rejected'> {
  const [row] = await tx
    .update(filings)
    .set({
      state: 'pending',
      version: sql`${filings.version} + 1`,
      month: monthInShanghai(),
      regionCode: input.regionCode,
      title: input.title,
      submissionKey: input.submissionKey,
      submittedAt: sql`now()`,
      decidedAt: null,
      decidedBy: null,
      updatedAt: sql`now()`,
    })
    .where(and(eq(filings.id, input.filingId), eq(filings.unitId, input.unitId), eq(filings.state, 'rejected')))
    .returning({ id: filings.id });
  if (!row) {
    const [same] = await tx
      .select({ id: filings.id })
      .from(filings)
      .where(and(eq(filings.id, input.filingId), eq(filings.unitId, input.unitId), eq(filings.submissionKey, input.submissionKey)));
    return same ? 'replayed' : 'not_rejected';
  }
  await tx
    .insert(filingEvents)
    .values({ filingId: row.id, actorKind: actor.kind, actorId: actor.id, action: 'resubmit', fromState: 'rejected', toState: 'pending', ip: actor.ip });
  return 'ok';
}

/** 撤回: only the unit's own waiting filing. */
export async function withdrawFiling(db: Db, unitId: string, filingId: string, actor: Actor): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(filings)
      .set({ state: 'withdrawn', version: sql`${filings.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(filings.id, filingId), eq(filings.unitId, unitId), eq(filings.state, 'pending')))
      .returning({ id: filings.id });
    if (!row) return false;
    await tx
      .insert(filingEvents)
      .values({ filingId, actorKind: actor.kind, actorId: actor.id, action: 'withdraw', fromState: 'pending', toState: 'withdrawn', ip: actor.ip });
    return true;
  });
}

export type DecidedFiling = { id: string; unitId: string; kind: FilingKind; regionCode: string };

export type DecisionOutcome = { ok: true; filing: DecidedFiling } | { ok: false; reason: 'taken' | 'not_found'; message: string };

export const TAKEN_MESSAGE = '该申报已被他人处理';

/**
 * 审核通过 / 审核不通过, race-safe: one UPDATE that matches only the waiting filing at the version the
 * reviewer saw, inside the reviewer's region scope. Of two concurrent decisions exactly one
 * matches; the other is told 「该申报已被他人处理」. `effects` runs in the same transaction (e.g.
 * approval makes the unit a 见习单位), so a failure leaves nothing half-done.
 */
export async function decideFiling(
  db: Db,
  input: { filingId: string; expectedVersion: number; decision: 'approved' | 'rejected'; note: string | null; staffId: string; scope: string; ip: string },
  effects: (tx: Tx, filing: DecidedFiling) => Promise<void>,
): Promise<DecisionOutcome> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(filings)
      .set({
        state: input.decision,
        version: sql`${filings.version} + 1`,
        decidedAt: sql`now()`,
        decidedBy: input.staffId,
        decisionNote: input.note,
        updatedAt: sql`now()`,
      })
      .where(
        and(
          eq(filings.id, input.filingId),
          eq(filings.state, 'pending'),
          eq(filings.version, input.expectedVersion),
          inRegion(filings.regionCode, input.scope),
        ),
      )
      .returning({ id: filings.id, unitId: filings.unitId, kind: filings.kind, regionCode: filings.regionCode });
    if (!row) {
      const [seen] = await tx
        .select({ state: filings.state })
        .from(filings)
        .where(and(eq(filings.id, input.filingId), inRegion(filings.regionCode, input.scope)));
      return seen
        ? { ok: false as const, reason: 'taken' as const, message: TAKEN_MESSAGE }
        : { ok: false as const, reason: 'not_found' as const, message: '申报不存在或不在您的辖区内。' };
    }
    const fromState: FilingState = 'pending';
    await tx.insert(filingEvents).values({
      filingId: row.id,
      actorKind: 'staff',
      actorId: input.staffId,
      action: input.decision === 'approved' ? 'approve' : 'reject',
      fromState,
      toState: input.decision,
      note: input.note,
      ip: input.ip,
    });
    await effects(tx, row);
    return { ok: true as const, filing: row };
  });
}
