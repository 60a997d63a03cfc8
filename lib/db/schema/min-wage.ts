import { boolean, date, integer, pgTable, primaryKey, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { regions } from './regions';
import { staff } from './accounts';

/**
 * Shanxi's minimum-wage notices (山西省最低工资标准), dated: the one in force on a day is the latest
 * whose `effectiveFrom` is not after it. Every figure names where it was read; `confirmed` is
 * false until someone checks it against the official notice.
 */
export const minWageNotices = pgTable('min_wage_notices', {
  id: text().primaryKey(),
  title: text().notNull(),
  docNo: text(),
  effectiveFrom: date().notNull(),
  /** Why `effectiveFrom` is what it is when the notice's own date is not known. */
  effectiveNote: text(),
  sourceUrl: text().notNull(),
  otherSources: text(),
  confirmed: boolean().notNull().default(false),
  notes: text().notNull(),
});

/** 一类 / 二类 / 三类 monthly amounts (fen) of a notice. */
export const minWageTiers = pgTable(
  'min_wage_tiers',
  {
    noticeId: text()
      .notNull()
      .references(() => minWageNotices.id),
    tier: integer().notNull(),
    monthlyFen: integer().notNull(),
    partTimeHourlyFen: integer(),
  },
  (t) => [primaryKey({ columns: [t.noticeId, t.tier] })],
);

/**
 * Which tier a county belongs to under a notice. `tier` null or `confirmed` false means not yet
 * checked against the notice's attachment: the highest tier then applies (SPEC §6, research note).
 */
export const minWageCounties = pgTable(
  'min_wage_counties',
  {
    noticeId: text()
      .notNull()
      .references(() => minWageNotices.id),
    regionCode: varchar({ length: 6 })
      .notNull()
      .references(() => regions.code),
    tier: integer(),
    confirmed: boolean().notNull().default(false),
    source: text(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid().references(() => staff.id),
  },
  (t) => [primaryKey({ columns: [t.noticeId, t.regionCode] })],
);
