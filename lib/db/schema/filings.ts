import { sql } from 'drizzle-orm';
import { bigserial, index, integer, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { regions } from './regions';
import { staff, units } from './accounts';

export const filingKinds = ['qualification', 'position', 'match', 'attendance', 'on_duty', 'subsidy'] as const;
export type FilingKind = (typeof filingKinds)[number];

/** 未审核 → 审核通过 / 审核不通过; a waiting one may be withdrawn (撤回); a rejected one resubmitted. */
export const filingStates = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
export type FilingState = (typeof filingStates)[number];

/**
 * Every submission of a unit (申报), whatever its kind. `version` grows with each state change so
 * that a decision names the version it saw: two reviewers cannot both decide one filing.
 */
export const filings = pgTable(
  'filings',
  {
    id: uuid().primaryKey().defaultRandom(),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    kind: text({ enum: filingKinds }).notNull(),
    state: text({ enum: filingStates }).notNull().default('pending'),
    /** 申办月份, YYYY-MM of (re)submission in Asia/Shanghai. */
    month: varchar({ length: 7 }).notNull(),
    /** 业务办理归属地: a county code, or `${city}00` for 市本级. */
    regionCode: varchar({ length: 6 })
      .notNull()
      .references(() => regions.code),
    /** What the lists show, e.g. the position's name or the batch's row count. */
    title: text().notNull(),
    version: integer().notNull().default(0),
    /** The browser's id for one press of 提交: a replay or a second click finds the same filing. */
    submissionKey: text().notNull(),
    submittedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp({ withTimezone: true }),
    decidedBy: uuid().references(() => staff.id),
    decisionNote: text(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('filings_submission_key_uq').on(t.unitId, t.submissionKey),
    index('filings_unit_idx').on(t.unitId, t.submittedAt),
    // The review queue (lib/filings/queries.ts): state = … and region_code LIKE '1401%', newest
    // first. pattern_ops lets LIKE use the index whatever the database's collation; the queue's
    // count and a region's page ids come from it alone. A wide region (the province) pages down
    // the second index in order, filtering region_code from the index tuple.
    index('filings_queue_idx').on(t.state, t.regionCode.op('varchar_pattern_ops'), t.submittedAt, t.id),
    index('filings_queue_order_idx').on(t.state, t.submittedAt, t.id, t.regionCode),
    // The queue's default view counts the waiting filings of a region: from this small partial index
    // (deduplicated, about 1.5 MB for 170,000 waiting of a million) rather than from the wide one,
    // the province's count takes 30–60 ms instead of 130 ms (bench:queue, README 性能).
    index('filings_pending_count_idx')
      .on(t.regionCode.op('varchar_pattern_ops'), t.kind, t.month)
      .where(sql`${t.state} = 'pending'`),
    // One waiting 就业见习单位申请 per unit at a time.
    uniqueIndex('filings_one_pending_qualification_uq')
      .on(t.unitId)
      .where(sql`${t.kind} = 'qualification' and ${t.state} = 'pending'`),
    // 统计分析 and 见习单位 lists find each unit's approved qualification (its region) without reading every filing.
    index('filings_approved_qualification_idx')
      .on(t.unitId, t.decidedAt)
      .where(sql`${t.kind} = 'qualification' and ${t.state} = 'approved'`),
  ],
);

/** The audit trail of a filing: every state change, written in the transaction that makes it. */
export const filingEvents = pgTable(
  'filing_events',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    filingId: uuid()
      .notNull()
      .references(() => filings.id),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorKind: text({ enum: ['unit', 'staff', 'system'] }).notNull(),
    actorId: uuid(),
    action: text({ enum: ['submit', 'resubmit', 'withdraw', 'approve', 'reject'] }).notNull(),
    fromState: text({ enum: filingStates }),
    toState: text({ enum: filingStates }).notNull(),
    note: text(),
    ip: text(),
  },
  (t) => [index('filing_events_filing_idx').on(t.filingId, t.at)],
);

/** Uploaded files. Stored under a random key; linked to a filing when it is submitted. */
export const files = pgTable(
  'files',
  {
    id: uuid().primaryKey().defaultRandom(),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    filingId: uuid().references(() => filings.id),
    slot: text().notNull(),
    storageKey: text().notNull().unique(),
    originalName: text().notNull(),
    /** Verified from the content (magic bytes), never from the name or the browser's claim. */
    mime: text({ enum: ['application/pdf', 'image/jpeg', 'image/png'] }).notNull(),
    size: integer().notNull(),
    sha256: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('files_filing_idx').on(t.filingId),
    index('files_unlinked_idx')
      .on(t.createdAt)
      .where(sql`${t.filingId} is null`),
  ],
);
