import { integer, pgTable, text, uuid, varchar } from 'drizzle-orm/pg-core';
import { filings } from './filings';

/** The details of a 就业见习单位申请 (SPEC §4). The bank account is stored encrypted. */
export const unitQualifications = pgTable('unit_qualifications', {
  filingId: uuid()
    .primaryKey()
    .references(() => filings.id),
  unitType: text().notNull(),
  industry: varchar({ length: 1 }).notNull(),
  regAddress: text().notNull(),
  bizAddress: text().notNull(),
  legalRep: text().notNull(),
  contactName: text().notNull(),
  contactPhone: text().notNull(),
  staffCount: integer().notNull(),
  intro: text().notNull(),
  bankName: text().notNull(),
  bankCode: varchar({ length: 12 }).notNull(),
  accountName: text().notNull(),
  bankAccountEnc: text().notNull(),
  bankAccountHash: text().notNull(),
  bankAccountLast4: varchar({ length: 4 }).notNull(),
});
