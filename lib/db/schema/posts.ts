import { sql } from 'drizzle-orm';
import { date, index, integer, pgSequence, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { regions } from './regions';
import { persons, units } from './accounts';
import { filings } from './filings';

/** Numbers the 岗位编号 (GW + county code + 6 digits); one sequence for the province keeps codes unique. */
export const positionCodeSeq = pgSequence('position_code_seq', { startWith: 1 });

/** 待审核 until its filing is approved; 招募中 once published; 已停止招募 when the unit closes it. */
export const positionStatuses = ['pending', 'open', 'closed'] as const;
export type PositionStatus = (typeof positionStatuses)[number];

/**
 * A 就业见习岗位 (SPEC §4), created with its 就业见习岗位申请 filing and published when that filing
 * is approved. Money in fen. An open position whose 招募截止日期 has passed counts as expired.
 */
export const positions = pgTable(
  'positions',
  {
    id: uuid().primaryKey().defaultRandom(),
    code: varchar({ length: 20 }).notNull().unique(),
    filingId: uuid()
      .notNull()
      .unique()
      .references(() => filings.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    status: text({ enum: positionStatuses }).notNull().default('pending'),
    title: text().notNull(),
    category: text().notNull(),
    headcount: integer().notNull(),
    education: text().notNull(),
    major: text().notNull(),
    months: integer().notNull(),
    allowanceFen: integer().notNull(),
    /** The minimum wage the allowance was checked against when it was submitted. */
    minWageFen: integer().notNull(),
    cityCode: varchar({ length: 4 }).notNull(),
    countyCode: varchar({ length: 6 })
      .notNull()
      .references(() => regions.code),
    address: text().notNull(),
    duties: text().notNull(),
    requirements: text().notNull(),
    contactName: text().notNull(),
    contactPhone: text().notNull(),
    deadline: date().notNull(),
    publishedAt: timestamp({ withTimezone: true }),
    closedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('positions_unit_idx').on(t.unitId, t.createdAt),
    index('positions_open_idx').on(t.status, t.deadline, t.publishedAt),
    index('positions_open_city_idx').on(t.status, t.cityCode, t.publishedAt),
    index('positions_open_county_idx').on(t.status, t.countyCode, t.publishedAt),
  ],
);

/** 意向: a person's interest in an open position; withdrawn ones are kept (withdrawnAt set). */
export const positionInterests = pgTable(
  'position_interests',
  {
    id: uuid().primaryKey().defaultRandom(),
    positionId: uuid()
      .notNull()
      .references(() => positions.id),
    personId: uuid()
      .notNull()
      .references(() => persons.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    withdrawnAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    // Once per position (while not withdrawn).
    uniqueIndex('position_interests_active_uq')
      .on(t.positionId, t.personId)
      .where(sql`${t.withdrawnAt} is null`),
    index('position_interests_person_idx').on(t.personId, t.createdAt),
  ],
);
