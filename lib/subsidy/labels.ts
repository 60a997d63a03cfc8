import type { SubsidyStage } from '@/lib/db/schema/subsidy';

/** The reviewers' and the unit's words for each stage of a claim (SPEC §8). */
export const SUBSIDY_STAGE_LABEL: Record<SubsidyStage, string> = {
  submitted: '未审核',
  county_approved: '县区审核通过',
  county_rejected: '县区审核不通过',
  city_approved: '市审核通过',
  city_rejected: '市审核不通过',
  published: '已公示',
  paid: '已拨付',
  withdrawn: '已撤回',
};
