import type { FilingKind } from '@/lib/db/schema/filings';

/**
 * What every filing kind (事项) is, in words and places: safe for the browser. What it does on the
 * server (detail loader, review effects, report spec) is the other half of its record, in
 * `./registry.ts`; both are keyed by the canonical `FilingKind` and a test checks both are complete.
 */
export type KindMeta = {
  /** The manual's name of the 事项: its menu entry, its 业务类型 in lists, its page heading. */
  label: string;
  /** Its path segment: the page is `/<filedBy>/<slug>`, templates and imports `/api/…/<slug>`. */
  slug: string;
  /** Who files it (and so under which 办事 menu it appears). */
  filedBy: 'unit';
  /** One line under the menu entry on the 法人办事 page. */
  description: string;
  /** Its place in the manual's 就业创业 menu (entries that are not filings sit between). */
  order: number;
  /** Decisions a filing needs before it counts as 审核通过 (2: county, then city). */
  reviewLevels: 1 | 2;
};

export const KIND_META = {
  qualification: {
    label: '就业见习单位申请',
    slug: 'qualification',
    filedBy: 'unit',
    description: '填写单位信息、上传附件，申请成为就业见习单位。',
    order: 1,
    reviewLevels: 1,
  },
  position: {
    label: '就业见习岗位申请',
    slug: 'post-apply',
    filedBy: 'unit',
    description: '见习单位提交岗位需求，审核通过后对外发布。',
    order: 2,
    reviewLevels: 1,
  },
  match: {
    label: '见习匹配结果批量上报',
    slug: 'match',
    filedBy: 'unit',
    description: '批量导入与见习人员签订的见习协议。',
    order: 4,
    reviewLevels: 1,
  },
  attendance: {
    label: '见习考勤批量上报',
    slug: 'attendance',
    filedBy: 'unit',
    description: '按月批量导入见习人员考勤。',
    order: 5,
    reviewLevels: 1,
  },
  on_duty: {
    label: '见习人员每月在岗情况上报',
    slug: 'on-duty',
    filedBy: 'unit',
    description: '按月批量导入见习人员在岗情况与生活补助发放。',
    order: 6,
    reviewLevels: 1,
  },
} as const satisfies Record<FilingKind, KindMeta>;

/** Every kind, in menu order. */
export const FILING_KINDS = (Object.keys(KIND_META) as FilingKind[]).sort((a, b) => KIND_META[a].order - KIND_META[b].order);

/** The kind behind a URL segment (`on-duty` → `on_duty`), or null. */
export function kindOfSlug(slug: string): FilingKind | null {
  return FILING_KINDS.find((k) => KIND_META[k].slug === slug) ?? null;
}

/** The page where a kind is filed (and refiled after 审核不通过). */
export function kindHref(kind: FilingKind): string {
  const m: KindMeta = KIND_META[kind];
  return `/${m.filedBy}/${m.slug}`;
}
