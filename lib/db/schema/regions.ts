import { index, integer, pgTable, text, varchar } from 'drizzle-orm/pg-core';

/**
 * Shanxi's administrative divisions. Codes: province `14`, city `1401`, county `140105`;
 * `140100` is the city's own bureau (市本级), a choice of 业务办理归属地 beside the counties.
 * A reviewer's region scope is a code prefix, so `1401` covers 140100 and every county of 太原市.
 */
export const regionLevels = ['province', 'city', 'city_bureau', 'county'] as const;
export type RegionLevel = (typeof regionLevels)[number];

export const regions = pgTable(
  'regions',
  {
    code: varchar({ length: 6 }).primaryKey(),
    name: text().notNull(),
    level: text({ enum: regionLevels }).notNull(),
    parentCode: varchar({ length: 6 }),
    sort: integer().notNull(),
  },
  (t) => [index('regions_parent_idx').on(t.parentCode, t.sort)],
);
