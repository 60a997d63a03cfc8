import type { AnyColumn, ParsedRow, ReportSpec, RowError, RowOf } from './types';

/** A report spec whose row type follows from its columns. Database rules are added with withDbRules. */
export function defineReport<const C extends readonly AnyColumn[]>(
  spec: Omit<ReportSpec<RowOf<C>, never>, 'columns' | 'dbRules'> & { columns: C },
): ReportSpec<RowOf<C>, never> {
  return spec;
}

/**
 * The same spec with checks against the database. `ctx` is whatever the caller needs (session,
 * transaction, unit id); the engine only passes it through. Rules get the rows that passed every
 * pure check and return errors in the same shape (use headerOf for the column).
 */
export function withDbRules<Row, Ctx>(spec: ReportSpec<Row, never>, dbRules: (rows: ParsedRow<Row>[], ctx: Ctx) => Promise<RowError[]>): ReportSpec<Row, Ctx> {
  return { ...spec, dbRules };
}

export function headerOf<Row>(spec: ReportSpec<Row, never>, key: keyof Row & string): string {
  const column = spec.columns.find((c) => c.key === key);
  if (!column) throw new Error(`${spec.kind} has no column ${key}`);
  return column.header;
}
