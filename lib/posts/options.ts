import { EDUCATION_LEVELS, HIGHER_EDUCATION_LEVELS } from '@/lib/dictionaries/education';
/** Choices of the 就业见习岗位申请 form and the public search filters. */
export const POSITION_CATEGORIES = [
  '管理类',
  '技术类',
  '研发类',
  '生产制造类',
  '销售/市场类',
  '财务/会计类',
  '行政/人事类',
  '客户服务类',
  '教育培训类',
  '医疗卫生类',
  '农业类',
  '其他',
] as const;

/** 学历要求 of a position. */
export const EDUCATION_REQUIREMENTS = ['不限', '高中/中专及以上', '大专及以上', '本科及以上', '硕士研究生及以上'] as const;

/** 学历 of a person (the platform-wide list) and the 高校 (higher-education) levels among them. */
export const PERSON_EDUCATION = EDUCATION_LEVELS;
export const COLLEGE_EDUCATION = HIGHER_EDUCATION_LEVELS;

/** 人员类别 (SPEC §6). */
export const PERSON_CATEGORIES = [
  { value: 'graduate', label: '离校2年内未就业高校毕业生' },
  { value: 'youth', label: '16–24岁失业青年' },
] as const;
export type PersonCategory = (typeof PERSON_CATEGORIES)[number]['value'];

export const personCategoryLabel = (v: string | null | undefined) => PERSON_CATEGORIES.find((c) => c.value === v)?.label ?? '';

export const TIER_LABEL: Record<number, string> = { 1: '一类', 2: '二类', 3: '三类' };
