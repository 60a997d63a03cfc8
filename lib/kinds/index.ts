import 'server-only';
import type { Viewer } from '@/lib/access/viewer';
import type { Db, Tx } from '@/lib/db/client';
import { filingKinds, type FilingKind } from '@/lib/db/schema/filings';
import type { DecidedFiling } from '@/lib/filings/commands';
import type { DetailSection } from '@/lib/filings/detail';
import { invalidatePositions } from '@/lib/posts/cache';
import { approvePosition, positionCodeOf, positionDetails, positionWarnings } from '@/lib/posts/positions';
import { REPORTS, type Report, type ReportKind } from '@/lib/reports/import';
import { approveMatch, approveOnDuty, batchDetails, matchWarnings } from '@/lib/reports/review';
import { subsidyDetails } from '@/lib/subsidy/details';
import { claimProblems } from '@/lib/subsidy/review';
import { approveQualification, qualificationDetails } from '@/lib/units/qualification';

/**
 * One record per filing kind (事项), keyed by its canonical `FilingKind`. Menus, 个人中心, review,
 * templates and imports read it; nothing picks a kind by position or by its Chinese label. Every
 * part is present for every kind — `null` where a kind has none — so a missing part is a type error
 * and a failing test (kinds.test.ts), not a silent gap. This sits on top of the domains it names.
 */
export type KindRecord = {
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
  /** The detail sections (个人中心 and 审核详情); the loader itself keeps to what `viewer` may see. */
  details: (db: Db, filingId: string, viewer: Viewer) => Promise<DetailSection[]>;
  /** Re-checks the database rules when a reviewer opens a waiting one (e.g. a position filled meanwhile). */
  warnings: ((db: Db, filingId: string, viewer: Viewer) => Promise<string[]>) | null;
  /** What 审核通过 does, inside the decision's transaction (a throw undoes the decision). */
  onApprove: ((tx: Tx, filing: DecidedFiling) => Promise<unknown>) | null;
  /** What 审核通过 does once committed (cache refreshes: never inside the transaction). */
  afterApprove: ((db: Db, filing: DecidedFiling) => Promise<void>) | null;
  /** The batch report it is filed through (template, import checks), if any. */
  report: Report | null;
};

export const KINDS: Record<FilingKind, KindRecord> = {
  qualification: {
    label: '就业见习单位申请',
    slug: 'qualification',
    filedBy: 'unit',
    description: '填写单位信息、上传附件，申请成为就业见习单位。',
    order: 1,
    reviewLevels: 1,
    details: qualificationDetails,
    warnings: null,
    onApprove: approveQualification,
    afterApprove: null,
    report: null,
  },
  position: {
    label: '就业见习岗位申请',
    slug: 'post-apply',
    filedBy: 'unit',
    description: '见习单位提交岗位需求，审核通过后对外发布。',
    order: 2,
    reviewLevels: 1,
    details: positionDetails,
    warnings: positionWarnings,
    onApprove: approvePosition,
    // Publishing makes the public search and the position's page stale.
    afterApprove: async (db, filing) => invalidatePositions(await positionCodeOf(db, filing.id)),
    report: null,
  },
  match: {
    label: '见习匹配结果批量上报',
    slug: 'match',
    filedBy: 'unit',
    description: '批量导入与见习人员签订的见习协议。',
    order: 4,
    reviewLevels: 1,
    details: batchDetails(REPORTS.match.spec),
    warnings: matchWarnings,
    onApprove: approveMatch,
    afterApprove: null,
    report: REPORTS.match,
  },
  attendance: {
    label: '见习考勤批量上报',
    slug: 'attendance',
    filedBy: 'unit',
    description: '按月批量导入见习人员考勤。',
    order: 5,
    reviewLevels: 1,
    details: batchDetails(REPORTS.attendance.spec),
    warnings: null,
    onApprove: null,
    afterApprove: null,
    report: REPORTS.attendance,
  },
  on_duty: {
    label: '见习人员每月在岗情况上报',
    slug: 'on-duty',
    filedBy: 'unit',
    description: '按月批量导入见习人员在岗情况与生活补助发放。',
    order: 6,
    reviewLevels: 1,
    details: batchDetails(REPORTS.on_duty.spec),
    warnings: null,
    onApprove: approveOnDuty,
    afterApprove: null,
    report: REPORTS.on_duty,
  },
  subsidy: {
    label: '就业见习补贴申领',
    slug: 'subsidy',
    filedBy: 'unit',
    description: '按系统核算的见习月数申领就业见习补贴，县区审核、市级审核后公示拨付。',
    order: 7,
    // County, then city: decided by lib/subsidy/review (its stages live beside the claim).
    reviewLevels: 2,
    details: subsidyDetails,
    // Every person-month is re-checked (another claim may have been approved since).
    warnings: async (db, filingId, viewer) => ((await subsidyDetails(db, filingId, viewer)).length ? claimProblems(db, filingId) : []),
    onApprove: null,
    afterApprove: null,
    report: null,
  },
};

/** Every kind, in menu order. */
export const FILING_KINDS: readonly FilingKind[] = [...filingKinds].sort((a, b) => KINDS[a].order - KINDS[b].order);

/** The kind behind a URL segment (`on-duty` → `on_duty`), or null. */
export function kindOfSlug(slug: string): FilingKind | null {
  return FILING_KINDS.find((k) => KINDS[k].slug === slug) ?? null;
}

/** The page where a kind is filed (and refiled after 审核不通过). */
export function kindHref(kind: FilingKind): string {
  return `/${KINDS[kind].filedBy}/${KINDS[kind].slug}`;
}

/** The batch-report kind behind a URL segment (`/api/templates/on-duty` → `on_duty`), or null. */
export function reportKindOfSlug(slug: string): { kind: ReportKind; report: Report } | null {
  const kind = (Object.keys(REPORTS) as ReportKind[]).find((k) => KINDS[k].slug === slug);
  return kind ? { kind, report: REPORTS[kind] } : null;
}
