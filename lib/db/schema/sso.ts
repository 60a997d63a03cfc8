import { bigserial, boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';

/** Signing keys of the identity provider: kept in the database so that restarts and sibling processes agree. */
export const ssoKeys = pgTable('sso_keys', {
  kid: text().primaryKey(),
  publicJwk: jsonb().notNull(),
  privateJwkEnc: text().notNull(),
  active: boolean().notNull().default(true),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Authorization codes, stored by hash; single use, at most 60 s old. */
export const ssoCodes = pgTable(
  'sso_codes',
  {
    codeHash: text().primaryKey(),
    clientId: text().notNull(),
    redirectUri: text().notNull(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id),
    nonce: text(),
    codeChallenge: text().notNull(),
    scope: text().notNull(),
    authTime: timestamp({ withTimezone: true }).notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('sso_codes_expires_idx').on(t.expiresAt)],
);

/** Fixed-window counters for per-address limits on login and registration. */
export const rateLimits = pgTable('rate_limits', {
  key: text().primaryKey(),
  windowStart: timestamp({ withTimezone: true }).notNull(),
  hits: integer().notNull(),
});

/** Every state change that matters: who, when, what, from which address. Never personal numbers in clear. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorKind: text().notNull(),
    actorId: text(),
    action: text().notNull(),
    entity: text().notNull(),
    entityId: text(),
    detail: jsonb(),
    ip: text(),
  },
  (t) => [index('audit_entity_idx').on(t.entity, t.entityId)],
);
