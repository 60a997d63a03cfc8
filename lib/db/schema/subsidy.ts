import { bigserial, boolean, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { persons, staff } from './accounts';
import { filings } from './filings';
import { internships } from './reports';

/**
 * 就业见习补贴标准 of a province, dated: the row in force in a month is the latest whose
 * `effectiveFrom` is not after the month's first day. Another province's policy is another row.
 * Rates are in basis points (6000 = 60 %), money in 分.
 */
export const subsidyStandards = pgTable('subsidy_standards', {
  id: text().primaryKey(),
  provinceCode: varchar({ length: 2 }).notNull(),
  effectiveFrom: date().notNull(),
  rateBp: integer().notNull(),
  /** 留用率 (retained ÷ finished) at or above which `raisedRateBp` applies; null: no raise. */
  retentionThresholdBp: integer(),
  raisedRateBp: integer(),
  /** A one-off amount per retained intern; null: none. */
  retentionBonusFen: integer(),
  insuranceCapFen: integer().notNull(),
  docNo: text().notNull(),
  confirmed: boolean().notNull().default(false),
});

/**
 * The cycle of a 就业见习补贴申领 beyond the shared filing states: 未审核 → 县区审核通过 /
 * 县区审核不通过 → 市审核通过 / 市审核不通过 → 已公示 → 已拨付.
 */
export const subsidyStages = ['submitted', 'county_approved', 'county_rejected', 'city_approved', 'city_rejected', 'published', 'paid', 'withdrawn'] as const;
export type SubsidyStage = (typeof subsidyStages)[number];

/** 公示: a city's list of approved claims, public from `startDate` to `endDate` (working days). */
export const subsidyPublicities = pgTable(
  'subsidy_publicities',
  {
    id: uuid().primaryKey().defaultRandom(),
    cityCode: varchar({ length: 4 }).notNull(),
    title: text().notNull(),
    startDate: date().notNull(),
    workingDays: integer().notNull(),
    endDate: date().notNull(),
    createdBy: uuid()
      .notNull()
      .references(() => staff.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('subsidy_publicities_city_idx').on(t.cityCode, t.startDate)],
);

/** 拨付批次: claims paid together; `paidAt` set when marked 已拨付. */
export const subsidyBatches = pgTable(
  'subsidy_batches',
  {
    id: uuid().primaryKey().defaultRandom(),
    cityCode: varchar({ length: 4 }).notNull(),
    batchNo: text().notNull(),
    payDate: date().notNull(),
    createdBy: uuid()
      .notNull()
      .references(() => staff.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    paidAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex('subsidy_batches_no_uq').on(t.cityCode, t.batchNo)],
);

/** The details of a 就业见习补贴申领 filing. */
export const subsidyClaims = pgTable(
  'subsidy_claims',
  {
    filingId: uuid()
      .primaryKey()
      .references(() => filings.id),
    stage: text({ enum: subsidyStages }).notNull().default('submitted'),
    /** The claim window, YYYY-MM, at most three consecutive months. */
    fromMonth: varchar({ length: 7 }).notNull(),
    toMonth: varchar({ length: 7 }).notNull(),
    personMonths: integer().notNull(),
    totalFen: integer().notNull(),
    countyDecidedAt: timestamp({ withTimezone: true }),
    countyDecidedBy: uuid().references(() => staff.id),
    countyNote: text(),
    cityDecidedAt: timestamp({ withTimezone: true }),
    cityDecidedBy: uuid().references(() => staff.id),
    cityNote: text(),
    publicityId: uuid().references(() => subsidyPublicities.id),
    batchId: uuid().references(() => subsidyBatches.id),
  },
  (t) => [
    index('subsidy_claims_stage_idx').on(t.stage),
    index('subsidy_claims_batch_idx').on(t.batchId),
    index('subsidy_claims_publicity_idx').on(t.publicityId),
  ],
);

/** One intern of a claim: the months asked and the 人身意外伤害保险 part. */
export const subsidyClaimPersons = pgTable(
  'subsidy_claim_persons',
  {
    filingId: uuid()
      .notNull()
      .references(() => subsidyClaims.filingId),
    personId: uuid()
      .notNull()
      .references(() => persons.id),
    internshipId: uuid()
      .notNull()
      .references(() => internships.id),
    name: text().notNull(),
    systemMonths: integer().notNull(),
    claimedMonths: integer().notNull(),
    insurancePremiumFen: integer(),
    insuranceFen: integer().notNull().default(0),
    policyStart: date(),
    policyEnd: date(),
    retentionBonusFen: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.filingId, t.personId] })],
);

/** One person-month of a claim with the standard it was reckoned at (the ledger's unit line). */
export const subsidyClaimLines = pgTable(
  'subsidy_claim_lines',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    filingId: uuid()
      .notNull()
      .references(() => subsidyClaims.filingId),
    personId: uuid()
      .notNull()
      .references(() => persons.id),
    month: varchar({ length: 7 }).notNull(),
    minWageFen: integer().notNull(),
    rateBp: integer().notNull(),
    amountFen: integer().notNull(),
  },
  (t) => [index('subsidy_claim_lines_filing_idx').on(t.filingId), index('subsidy_claim_lines_person_idx').on(t.personId, t.month)],
);

/**
 * One claim per person-month, ever: a row per person-month of every claim that is waiting or
 * approved; deleted when the claim is refused or withdrawn, so the month may be claimed again.
 */
export const subsidyClaimMonths = pgTable(
  'subsidy_claim_months',
  {
    personId: uuid()
      .notNull()
      .references(() => persons.id),
    month: varchar({ length: 7 }).notNull(),
    filingId: uuid()
      .notNull()
      .references(() => subsidyClaims.filingId),
  },
  (t) => [primaryKey({ columns: [t.personId, t.month] }), index('subsidy_claim_months_filing_idx').on(t.filingId)],
);

/** The insurance subsidy is paid once per intern: same life as the claim months. */
export const subsidyInsuranceClaims = pgTable('subsidy_insurance_claims', {
  personId: uuid()
    .primaryKey()
    .references(() => persons.id),
  filingId: uuid()
    .notNull()
    .references(() => subsidyClaims.filingId),
});
