import { bigserial, boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** The audit log of 【导出】: who took which list out of the system, with which filters, how many rows. */
export const exportEvents = pgTable(
  'export_events',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorKind: text({ enum: ['staff', 'unit'] }).notNull(),
    actorId: uuid().notNull(),
    actorName: text().notNull(),
    /** What was exported, e.g. 见习人员, and the scope and filters as the title row states them. */
    what: text().notNull(),
    filters: text().notNull(),
    rowCount: integer().notNull(),
    /** 身份证号 / 银行账号 given in full (only reviewers may ask for that). */
    unmasked: boolean().notNull().default(false),
    ip: text(),
  },
  (t) => [index('export_events_actor_idx').on(t.actorId, t.at)],
);
