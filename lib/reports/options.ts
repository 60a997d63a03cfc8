/**
 * Fixed value lists of the internship reports, shared by templates (drop-downs), parsing and forms.
 * 学历 follows the levels the province's forms use, highest first.
 */
export const EDUCATION_LEVELS = ['博士研究生', '硕士研究生', '大学本科', '大学专科', '中等职业教育', '高中', '初中及以下'] as const;

/** 高校毕业生 are graduates of a 高等学校: 大学专科 and above. */
export const HIGHER_EDUCATION_LEVELS: readonly string[] = ['博士研究生', '硕士研究生', '大学本科', '大学专科'];

export const GRADUATE = '离校2年内未就业高校毕业生';
export const UNEMPLOYED_YOUTH = '16–24岁失业青年';
export const PERSON_CATEGORIES = [GRADUATE, UNEMPLOYED_YOUTH] as const;

export const ON_DUTY = '在岗';
export const ON_DUTY_STATUSES = [ON_DUTY, '离岗', '提前终止', '期满留用', '期满离开'] as const;

export const YES_NO = ['是', '否'] as const;
