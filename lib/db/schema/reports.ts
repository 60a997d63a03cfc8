import { bigserial, date, index, integer, jsonb, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { persons, units } from './accounts';
import { filings } from './filings';
import { positions } from './posts';

/** 在岗 until an approved on-duty report says otherwise. */
export const internshipStatuses = ['active', 'ended_early', 'retained', 'completed'] as const;
export type InternshipStatus = (typeof internshipStatuses)[number];

/** 见习人员: made when a 见习匹配结果 filing is approved, one per row. */
export const internships = pgTable(
  'internships',
  {
    id: uuid().primaryKey().defaultRandom(),
    personId: uuid()
      .notNull()
      .references(() => persons.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    positionId: uuid()
      .notNull()
      .references(() => positions.id),
    matchFilingId: uuid()
      .notNull()
      .references(() => filings.id),
    category: text().notNull(),
    agreementDate: date().notNull(),
    startDate: date().notNull(),
    endDate: date().notNull(),
    status: text({ enum: internshipStatuses }).notNull().default('active'),
    /** 状态变动日期 of the on-duty report that ended or extended it. */
    statusDate: date(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('internships_unit_idx').on(t.unitId, t.startDate),
    index('internships_person_idx').on(t.personId),
    index('internships_position_idx').on(t.positionId),
  ],
);

/**
 * The rows of a batch filing. The 身份证号 is never stored in clear: the person is linked (and a
 * keyed hash kept for the checks); `data` holds the row's other cells as imported.
 *
 * filing_id, person_id and position_id refer to filings, persons and positions without foreign
 * keys: migration 0017's triggers check them once per statement (every reference exists and is
 * locked FOR KEY SHARE; a referenced row cannot be deleted or re-keyed). Per-row foreign keys took
 * 1 s of the 1.9 s that writing a 100,000-row import costs; the checks per statement take 0.3 s.
 */
export const reportRows = pgTable(
  'report_rows',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    filingId: uuid().notNull(),
    rowNo: integer().notNull(),
    personId: uuid().notNull(),
    idCardHash: text().notNull(),
    name: text().notNull(),
    /** 考勤月份 / 上报月份 (YYYY-MM); null for match rows. */
    month: varchar({ length: 7 }),
    positionId: uuid(),
    data: jsonb().notNull(),
  },
  (t) => [index('report_rows_filing_idx').on(t.filingId, t.rowNo), index('report_rows_person_month_idx').on(t.idCardHash, t.month)],
);

/** A copy of a refused upload with its wrong cells marked, offered for download for a day. */
export const markedUploads = pgTable('marked_uploads', {
  id: uuid().primaryKey().defaultRandom(),
  unitId: uuid()
    .notNull()
    .references(() => units.id),
  kind: text().notNull(),
  fileName: text().notNull(),
  storageKey: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
