import 'server-only';
import type { FilingKind } from '@/lib/db/schema/filings';
import { FILING_KINDS, KINDS, kindHref } from '@/lib/kinds';
import type { MenuItem } from './top';

// Menu names are quoted from the province's manual: a clerk following it must find the same words.

/** A 事项's menu entry, from the kind registry (the page title and the side menu use the same words). */
export function kindItem(kind: FilingKind): MenuItem {
  return { href: kindHref(kind), label: KINDS[kind].label, description: KINDS[kind].description };
}

/** 就业见习岗位查询: in the 法人办事 menu but not a filing (the unit looks at its approved positions). */
export const UNIT_POSTS_ITEM: MenuItem = { href: '/unit/posts', label: '就业见习岗位查询', description: '查询本单位审核通过的见习岗位及其意向人员。' };

/** 法人办事 → 就业创业: the 事项 of the unit manual, in its order. */
export const UNIT_ITEMS: MenuItem[] = [
  ...FILING_KINDS.filter((k) => KINDS[k].filedBy === 'unit').map((k) => ({ order: KINDS[k].order, item: kindItem(k) })),
  { order: 3, item: UNIT_POSTS_ITEM },
]
  .sort((a, b) => a.order - b.order)
  .map((e) => e.item);

/** 个人办事 → 就业创业 (the province's personal-side manual names these two 事项). */
export const PERSON_ITEMS: MenuItem[] = [
  { href: '/person/apply', label: '就业见习人员申请', description: '填写个人信息，选择意向见习岗位。' },
  { href: '/jobs', label: '见习岗位查询', description: '按地区、学历、岗位类别查询正在招募的见习岗位。' },
];

/** 公共就业 → 创业指导. */
export const PUBLIC_ITEMS: MenuItem[] = [
  { href: '/jobs', label: '见习岗位查询', description: '无需登录，按市、县区查询正在招募的见习岗位。' },
  { href: '/public/subsidy', label: '就业见习补贴公示', description: '无需登录，查看公示期内的就业见习补贴公示。' },
];
