import { idCardColumn, monthColumn, textColumn } from '@/lib/batch/columns';
import { idCardCheckChar } from '@/lib/validation';

/** A well-formed but made-up 身份证号 (小店区, born 2002-05-01) for the templates' example rows. */
const EXAMPLE_ID_BASE = '14010520020501123';
export const EXAMPLE_ID = EXAMPLE_ID_BASE + idCardCheckChar(EXAMPLE_ID_BASE);

export const nameColumn = textColumn({
  key: 'name',
  header: '姓名',
  required: true,
  max: 30,
  noDigits: true,
  example: '张三',
  rule: '与身份证一致的姓名，最多30个字',
});

export const idColumn = idCardColumn({
  key: 'idCard',
  header: '身份证号',
  example: EXAMPLE_ID,
  rule: '18位居民身份证号，末位X大小写均可；该列是文本格式，请勿改为数字（Excel 会丢失末几位）',
});

export function reportMonthColumn<K extends string>(key: K, header: string) {
  return monthColumn({ key, header, required: true, example: '2026-03', rule: `按 2026-03 的格式填写；不能晚于本月` });
}

export const noteColumn = textColumn({ key: 'note', header: '备注', required: false, max: 200, rule: '选填，最多200个字' });

/** Reports are about months that have begun: a month after the current one is a typing error. */
export function futureMonthMessage(header: string, month: string, today: string): string | null {
  return month > today.slice(0, 7) ? `${header}${month}晚于本月（${today.slice(0, 7)}）` : null;
}
