import type { HeaderMatch } from './header';
import type { RawRow } from './read-table';
import type { AnyColumn, CellValue, PartialRow, ReportSpec, RowError, RuleEnv } from './types';

/** Written beside the template's example row; a row carrying it is never imported. */
export const EXAMPLE_MARK = '示例，导入时请删除';

export const WHOLE_ROW = '整行';

type Outcome<Row> = { kind: 'example' } | { kind: 'row'; values: PartialRow<Row>; errors: RowError[] };

/** Reads one cell into `values` (undefined when it fails its check); returns the error, if any. */
function parseCell(column: AnyColumn, raw: CellValue | null, row: number, values: Record<string, unknown>): RowError | undefined {
  if (raw === null) {
    values[column.key] = column.required ? undefined : null;
    return column.required ? { row, column: column.header, message: `${column.header}不能为空`, fix: column.fix } : undefined;
  }
  const result = column.schema.safeParse(raw);
  values[column.key] = result.success ? result.data : undefined;
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  const fix = issue.code === 'custom' && typeof issue.params?.fix === 'string' ? issue.params.fix : column.fix;
  return { row, column: column.header, message: issue.message, fix };
}

/** Checks one data row at a time: every cell, then the row rules, then duplicates of earlier rows. */
export class RowChecker<Row> {
  private readonly headerOf: Map<string, string>;
  private readonly example: unknown[];
  private readonly seen: Map<string, number>[];
  /** Cell index of each spec column in the uploaded sheet (-1: not there). */
  private readonly cellIndex: number[];

  constructor(
    private readonly spec: ReportSpec<Row, never>,
    header: HeaderMatch,
    private readonly env: RuleEnv,
  ) {
    this.cellIndex = spec.columns.map((c) => header.indexOf.get(c.key) ?? -1);
    this.headerOf = new Map(spec.columns.map((c) => [c.key, c.header]));
    this.example = spec.columns.map((c) => (c.example === undefined ? null : c.schema.safeParse(c.example).data));
    this.seen = spec.unique.map(() => new Map());
  }

  check(raw: RawRow): Outcome<Row> {
    const errors: RowError[] = [];
    const values: Record<string, unknown> = {};
    this.spec.columns.forEach((column, i) => {
      const error = parseCell(column, raw.cells[this.cellIndex[i]] ?? null, raw.number, values);
      if (error) errors.push(error);
    });
    const row = values as PartialRow<Row>;
    // Parsed values are strings, numbers or null, so === compares them.
    if (errors.length === 0 && this.spec.columns.every((c, i) => values[c.key] === this.example[i])) return { kind: 'example' };
    if (raw.cells.some((c) => typeof c === 'string' && c.includes(EXAMPLE_MARK))) {
      const message = `这一行标有“${EXAMPLE_MARK}”，是模板的示例行，但内容已被修改`;
      const fix = `如果这是要上报的数据，请删除行末的“${EXAMPLE_MARK}”字样；否则请删除这一行`;
      return { kind: 'row', values: row, errors: [{ row: raw.number, column: WHOLE_ROW, message, fix }] };
    }
    for (const issue of this.spec.rowRules(row, this.env)) {
      const column = issue.column === WHOLE_ROW ? WHOLE_ROW : (this.headerOf.get(issue.column) ?? issue.column);
      errors.push({ row: raw.number, column, message: issue.message, fix: issue.fix });
    }
    this.spec.unique.forEach((rule, i) => {
      const parts = rule.keys.map((k) => row[k]);
      if (parts.some((p) => p === undefined || p === null)) return;
      const key = JSON.stringify(parts);
      const first = this.seen[i].get(key);
      if (first === undefined) this.seen[i].set(key, raw.number);
      else errors.push({ row: raw.number, column: this.headerOf.get(rule.keys[0]) ?? rule.keys[0], message: rule.message(first), fix: rule.fix });
    });
    return { kind: 'row', values: row, errors };
  }
}

/** Orders errors as the clerk reads the sheet: by row, then by column from left to right. */
export function sortErrors(errors: RowError[], columns: readonly AnyColumn[]): RowError[] {
  const order = new Map<string, number>([[WHOLE_ROW, -1], ...columns.map((c, i): [string, number] => [c.header, i])]);
  return errors.sort((a, b) => a.row - b.row || (order.get(a.column) ?? 99) - (order.get(b.column) ?? 99));
}

export function formatRowError(e: RowError): string {
  return `第${e.row}行 · ${e.column} · ${e.message} · ${e.fix}`;
}
