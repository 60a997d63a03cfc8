import { todayInShanghai } from '@/lib/time';
import { DEFAULT_MAX_BYTES, scanUpload } from './scan';
import type { AnyReportSpec, ParsedRow, ParsedUpload, ParseOptions, ParseResult, ReportSpec, RowError, SpecCtx, SpecRow, UploadFile } from './types';
import { RowChecker, sortErrors } from './validate';

export const DEFAULT_MAX_ROWS = 20_000;
export const DEFAULT_MAX_ERRORS = 1_000;

/** Every error, uncapped: checkUpload adds database errors before the list is cut. */
type FullParse<Row> = ParseResult<Row> & { ok: true; errors: RowError[] };

/** What streamUpload reports once the file is read: everything parseUpload does except the rows. */
export type StreamedUpload = Omit<ParsedUpload<never>, 'rows'>;

/**
 * Reads the file row by row and hands each row that passed every pure check to `onRow` as soon as it
 * is read (it may wait, e.g. for a database stream to drain); nothing keeps the rows. Errors come back
 * every one (uncapped), sorted by row and column.
 */
export async function streamUpload<S extends AnyReportSpec>(
  spec: S,
  file: UploadFile,
  options: ParseOptions,
  onRow: (row: ParsedRow<SpecRow<S>>) => void | Promise<void>,
): Promise<StreamedUpload | Extract<ParseResult<never>, { ok: false }>> {
  const typed = typedSpec(spec);
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const env = { today: todayInShanghai(options.today ?? new Date()) };
  const errors: RowError[] = [];
  const skippedExampleRows: number[] = [];
  let dataRows = 0;
  let checker: RowChecker<SpecRow<S>> | null = null;

  const scan = await scanUpload(typed.columns, file, options.maxBytes ?? DEFAULT_MAX_BYTES, (raw, header) => {
    checker ??= new RowChecker(typed, header, env);
    const outcome = checker.check(raw);
    if (outcome.kind === 'example') {
      skippedExampleRows.push(raw.number);
      return;
    }
    if (++dataRows > maxRows) {
      return { code: 'too-many-rows', message: `数据超过 ${maxRows} 行的上限；请分成多个文件，每个不超过 ${maxRows} 行，分别导入` };
    }
    if (outcome.errors.length) errors.push(...outcome.errors);
    else return onRow({ row: raw.number, values: outcome.values as SpecRow<S> });
  });
  if (!scan.ok) return scan;
  if (dataRows === 0) {
    const message = skippedExampleRows.length
      ? '文件中只有模板的示例行，没有要上报的数据；请删除示例行、填写数据后再导入'
      : '文件中没有数据行（表头下面是空的）；请填写数据后再导入';
    return { ok: false, refusal: { code: 'no-rows', message } };
  }
  return { ok: true, format: scan.format, errors: sortErrors(errors, typed.columns), errorCount: errors.length, dataRows, skippedExampleRows };
}

async function parseAll<Row>(
  spec: ReportSpec<Row, never>,
  file: UploadFile,
  options: ParseOptions,
): Promise<FullParse<Row> | Extract<ParseResult<Row>, { ok: false }>> {
  const rows: ParsedRow<Row>[] = [];
  const result = await streamUpload(spec as unknown as AnyReportSpec, file, options, (row) => void rows.push(row as ParsedRow<Row>));
  return result.ok ? { ...result, rows } : result;
}

/** S is a ReportSpec of its own row and context types; TypeScript cannot see through the conditional types. */
function typedSpec<S extends AnyReportSpec>(spec: S): ReportSpec<SpecRow<S>, SpecCtx<S>> {
  return spec as unknown as ReportSpec<SpecRow<S>, SpecCtx<S>>;
}

function capped<Row>(result: FullParse<Row>, spec: ReportSpec<Row, never>, maxErrors: number): ParseResult<Row> {
  const errors = sortErrors(result.errors, spec.columns);
  return { ...result, errors: errors.slice(0, maxErrors), errorCount: errors.length };
}

/**
 * Reads an uploaded .xlsx or .csv against a report spec. Either the whole file is refused (wrong
 * type, too large, bad header, no rows...) or every data row is checked and every error is listed.
 */
export async function parseUpload<S extends AnyReportSpec>(spec: S, file: UploadFile, options: ParseOptions = {}): Promise<ParseResult<SpecRow<S>>> {
  const typed = typedSpec(spec);
  const result = await parseAll(typed, file, options);
  return result.ok ? capped(result, typed, options.maxErrors ?? DEFAULT_MAX_ERRORS) : result;
}

/**
 * parseUpload, then the spec's database rules on the rows that passed the pure checks. The filing
 * may be stored only when the returned errorCount is 0.
 */
export async function checkUpload<S extends AnyReportSpec>(
  spec: S,
  file: UploadFile,
  ctx: SpecCtx<S>,
  options: ParseOptions = {},
): Promise<ParseResult<SpecRow<S>>> {
  const typed = typedSpec(spec);
  const result = await parseAll(typed, file, options);
  if (!result.ok || !typed.dbRules || result.rows.length === 0) return result.ok ? capped(result, typed, options.maxErrors ?? DEFAULT_MAX_ERRORS) : result;
  const dbErrors = await typed.dbRules(result.rows, ctx);
  const failed = new Set(dbErrors.map((e) => e.row));
  const merged = { ...result, rows: result.rows.filter((r) => !failed.has(r.row)), errors: [...result.errors, ...dbErrors] };
  return capped(merged, typed, options.maxErrors ?? DEFAULT_MAX_ERRORS);
}
