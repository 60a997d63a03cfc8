import { asciiText, cellText } from './normalize';
import type { RawRow } from './read-table';
import type { AnyColumn } from './types';

/** Where each template column sits in the uploaded sheet (0-based cell index). */
export interface HeaderMatch {
  row: number;
  indexOf: Map<string, number>;
  /** Header texts as uploaded, by cell index, for the marked-up copy. */
  texts: (string | null)[];
}

/** Spaces, line breaks, a required-mark asterisk and full-width brackets do not make a header different. */
function headerKey(s: string): string {
  return asciiText(s).replace(/[\s*]/g, '');
}

export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function keysOf(columns: readonly AnyColumn[]): Map<string, AnyColumn> {
  const byKey = new Map<string, AnyColumn>();
  for (const c of columns) for (const h of [c.header, ...(c.aliases ?? [])]) byKey.set(headerKey(h), c);
  return byKey;
}

/** How many template columns a row names: a sheet counts as the data sheet when at least half are there. */
export function headerScore(columns: readonly AnyColumn[], row: RawRow): number {
  const byKey = keysOf(columns);
  const found = new Set<AnyColumn>();
  for (const cell of row.cells) {
    const c = cell === null ? undefined : byKey.get(headerKey(cellText(cell)));
    if (c) found.add(c);
  }
  return found.size;
}

export function looksLikeHeader(columns: readonly AnyColumn[], row: RawRow): boolean {
  return headerScore(columns, row) >= Math.ceil(columns.length / 2);
}

/**
 * Maps columns by header text. Missing, renamed or repeated columns refuse the file with every
 * problem named; a column that is not in the template is ignored when nothing is missing (clerks add
 * 序号), but is reported alongside missing ones because it is then most likely a renamed header.
 */
export function matchHeader(columns: readonly AnyColumn[], row: RawRow): HeaderMatch | { problems: string[] } {
  const byKey = keysOf(columns);
  const indexOf = new Map<string, number>();
  const texts = row.cells.map((c) => (c === null ? null : cellText(c).trim()));
  const problems: string[] = [];
  const unknown: string[] = [];
  texts.forEach((text, i) => {
    if (text === null) return;
    const column = byKey.get(headerKey(text));
    if (!column) {
      unknown.push(`第${row.number}行表头“${text}”不是模板中的列名（${columnLetter(i)}列）`);
      return;
    }
    const first = indexOf.get(column.key);
    if (first === undefined) indexOf.set(column.key, i);
    else problems.push(`表头“${column.header}”出现了两次（${columnLetter(first)}列和${columnLetter(i)}列），请删除多余的一列`);
  });
  const missing = columns.filter((c) => !indexOf.has(c.key)).map((c) => c.header);
  if (missing.length) problems.unshift(`缺少列：${missing.join('、')}`, ...unknown);
  return problems.length ? { problems } : { row: row.number, indexOf, texts };
}
