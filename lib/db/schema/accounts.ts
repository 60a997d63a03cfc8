import { boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { regions } from './regions';

export const accountKinds = ['unit', 'person', 'staff'] as const;
export type AccountKind = (typeof accountKinds)[number];

/**
 * Credentials of the mimicked 统一身份认证 (the identity provider's own store). `loginKey` is the
 * 统一社会信用代码 for units, the keyed hash of the 身份证号 for persons (never the number itself),
 * the user name for staff. `sessionVersion` grows on disable or password change, which ends every
 * session issued before.
 */
export const accounts = pgTable(
  'accounts',
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: text({ enum: accountKinds }).notNull(),
    loginKey: text().notNull(),
    passwordHash: text().notNull(),
    status: text({ enum: ['active', 'disabled'] })
      .notNull()
      .default('active'),
    failedLogins: integer().notNull().default(0),
    lockedUntil: timestamp({ withTimezone: true }),
    sessionVersion: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('accounts_kind_login_key_uq').on(t.kind, t.loginKey)],
);

/** An employer (单位). `isTraineeUnit` becomes true when its 就业见习单位申请 is approved. */
export const units = pgTable('units', {
  id: uuid().primaryKey().defaultRandom(),
  accountId: uuid()
    .references(() => accounts.id)
    .unique(),
  uscc: varchar({ length: 18 }).notNull().unique(),
  name: text().notNull(),
  legalRep: text(),
  contactName: text(),
  phone: text(),
  isTraineeUnit: boolean().notNull().default(false),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** A young job seeker. The 身份证号 is stored only encrypted, with its keyed hash for lookups. */
export const persons = pgTable('persons', {
  id: uuid().primaryKey().defaultRandom(),
  accountId: uuid()
    .references(() => accounts.id)
    .unique(),
  name: text().notNull(),
  idCardEnc: text().notNull(),
  idCardHash: text().notNull().unique(),
  gender: text({ enum: ['男', '女'] }).notNull(),
  birthDate: date().notNull(),
  phone: text(),
  /** 就业见习人员申请 (profile): 学历, 专业, 毕业院校, 毕业时间, 人员类别; null until filled in. */
  education: text(),
  major: text(),
  school: text(),
  graduationDate: date(),
  category: text({ enum: ['graduate', 'youth'] }),
  profileUpdatedAt: timestamp({ withTimezone: true }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** A reviewer of a 人社局; `regionCode` is the scope prefix (14 province, 1401 city, 140105 county). */
export const staff = pgTable(
  'staff',
  {
    id: uuid().primaryKey().defaultRandom(),
    accountId: uuid()
      .references(() => accounts.id)
      .unique(),
    username: text().notNull().unique(),
    name: text().notNull(),
    bureau: text().notNull(),
    regionCode: varchar({ length: 6 })
      .notNull()
      .references(() => regions.code),
    isAdmin: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('staff_region_idx').on(t.regionCode)],
);

/**
 * Sessions ended by 退出 before their cookie expires: a copied cookie of an ended session is refused
 * from then on, on every process. Rows are dropped by housekeeping once the cookie would have
 * expired anyway. Keyed by the session's random id (the `sid` in its token), so it also works for
 * accounts that live only at the provincial IdP.
 */
export const endedSessions = pgTable(
  'ended_sessions',
  {
    sid: uuid().primaryKey(),
    endedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index('ended_sessions_expires_idx').on(t.expiresAt)],
);
