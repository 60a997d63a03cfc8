import type { z } from 'zod';

/** One non-empty cell as read from an .xlsx (string, number, boolean or date cell) or a .csv (always text). */
export type CellValue = string | number | boolean | Date;

/** One line of the error list: 第{row}行 · {column} · {message} · {fix}. `row` is the row number the clerk sees in Excel. */
export interface RowError {
  row: number;
  /** The column header as in the template, or 整行 when no single cell is to blame. */
  column: string;
  message: string;
  fix: string;
}

/** How a column is formatted in the template, so that Excel keeps what the clerk types intact. */
export type ColumnFormat = 'text' | 'date' | 'integer' | 'money';

export interface ColumnSpec<K extends string = string, T = unknown, R extends boolean = boolean> {
  /** Property name in a parsed row. */
  key: K;
  /** Header text in the template: the parser maps columns by it, in any order. */
  header: string;
  /** Other header texts accepted for this column (e.g. without the unit suffix). */
  aliases?: readonly string[];
  /** Empty cells are refused when true; otherwise they parse to null. */
  required: R;
  /** Parses one non-empty cell. A custom issue may carry `params.fix`; otherwise `fix` below is shown. */
  schema: z.ZodType<T, CellValue>;
  format: ColumnFormat;
  /** Value of the example row in the template; absent leaves the cell empty. */
  example?: CellValue;
  /** Drop-down values for the template. */
  options?: readonly string[];
  /** Name of a list the caller passes to buildTemplate (e.g. this unit's 岗位编号), for a drop-down. */
  optionsFrom?: string;
  width: number;
  /** The rule as written on the 填写说明 sheet. */
  rule: string;
  /** How to fix a wrong cell, when the issue does not say it better. */
  fix: string;
}

export type AnyColumn = ColumnSpec<string, unknown, boolean>;

type ValueOf<C> = C extends ColumnSpec<string, infer T, infer R> ? (R extends true ? T : T | null) : never;

/** The parsed row type of a list of columns: required columns are non-null. */
export type RowOf<C extends readonly AnyColumn[]> = { [X in C[number] as X['key']]: ValueOf<X> };

/** A row as row rules see it: `undefined` marks a cell that failed its own check (already reported). */
export type PartialRow<Row> = { [K in keyof Row]: Row[K] | undefined };

export interface RuleIssue<Row> {
  column: (keyof Row & string) | '整行';
  message: string;
  fix: string;
}

/** What pure rules may depend on besides the row: today's date (Asia/Shanghai), as YYYY-MM-DD. */
export interface RuleEnv {
  today: string;
}

export interface UniqueRule<Row> {
  /** Rows whose values of these columns are all equal are duplicates. */
  keys: readonly (keyof Row & string)[];
  /** Reported on the later row's first key column; `first` is the row number of the first occurrence. */
  message: (first: number) => string;
  fix: string;
}

export interface ParsedRow<Row> {
  row: number;
  values: Row;
}

export interface ReportSpec<Row = Record<string, unknown>, Ctx = unknown> {
  kind: string;
  /** 事项 name, e.g. 见习匹配结果批量上报. */
  title: string;
  /** Name of the data sheet in the template. */
  sheetName: string;
  columns: readonly AnyColumn[];
  /**
   * Checks across the cells of one row. (Method syntax on purpose: it lets a spec of any row type
   * stand where a spec of a union of row types is expected, e.g. reportSpecs[kind].)
   */
  rowRules(row: PartialRow<Row>, env: RuleEnv): RuleIssue<Row>[];
  /** Checks across rows of one file. */
  unique: readonly UniqueRule<Row>[];
  /** Lines for the 填写说明 sheet beyond the per-column rules (cross-cell and cross-row rules). */
  notes: readonly string[];
  /** Checks against the database, run by checkUpload on the rows that passed every pure check. */
  dbRules?(rows: ParsedRow<Row>[], ctx: Ctx): Promise<RowError[]>;
}

/** Any report spec, whatever its row and context types (so that reportSpecs[kind] can be passed). */
export type AnyReportSpec = ReportSpec<never, never>;
export type SpecRow<S> = S extends ReportSpec<infer Row, never> ? Row : never;
export type SpecCtx<S> = S extends ReportSpec<never, infer Ctx> ? Ctx : never;

/** The parts of a spec that do not depend on the row type: enough to draw a template or a marked copy. */
export type SheetSpec = Pick<ReportSpec<never, never>, 'kind' | 'title' | 'sheetName' | 'columns' | 'notes'>;

export interface UploadFile {
  fileName: string;
  bytes: Uint8Array;
}

export interface ParseOptions {
  /** Default 10 MB. */
  maxBytes?: number;
  /** Data rows (not counting header, example and blank rows). Default 20,000. */
  maxRows?: number;
  /** Length of the returned error list; the rest are only counted. Default 1,000. */
  maxErrors?: number;
  /** Default: now. Rules such as “not after this month” use it. */
  today?: Date;
}

export type RefusalCode =
  'empty' | 'too-large' | 'unsupported-type' | 'zip-bomb' | 'corrupt' | 'encoding' | 'no-header' | 'bad-header' | 'too-many-rows' | 'no-rows';

/** The whole file is refused: nothing in it was read as rows. */
export interface Refusal {
  code: RefusalCode;
  message: string;
}

export interface ParsedUpload<Row> {
  ok: true;
  format: 'xlsx' | 'csv';
  /** Rows that passed every check; the filing may be stored only when `errorCount` is 0. */
  rows: ParsedRow<Row>[];
  /** Sorted by row, then column; at most `maxErrors` of them. */
  errors: RowError[];
  errorCount: number;
  /** Non-blank data rows read, valid or not. */
  dataRows: number;
  /** Rows recognised as the template's untouched example row and skipped. */
  skippedExampleRows: number[];
}

export type ParseResult<Row> = ParsedUpload<Row> | { ok: false; refusal: Refusal };
