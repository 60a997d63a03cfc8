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

/** 学历 of a person. The last four are 高校 (higher-education) levels. */
export const PERSON_EDUCATION = ['初中及以下', '高中', '中专/技校', '大专', '本科', '硕士研究生', '博士研究生'] as const;
export const COLLEGE_EDUCATION: readonly string[] = ['大专', '本科', '硕士研究生', '博士研究生'];

/** 人员类别 (SPEC §6). */
export const PERSON_CATEGORIES = [
  { value: 'graduate', label: '离校2年内未就业高校毕业生' },
  { value: 'youth', label: '16–24岁失业青年' },
] as const;
export type PersonCategory = (typeof PERSON_CATEGORIES)[number]['value'];

export const personCategoryLabel = (v: string | null | undefined) => PERSON_CATEGORIES.find((c) => c.value === v)?.label ?? '';

export const TIER_LABEL: Record<number, string> = { 1: '一类', 2: '二类', 3: '三类' };
