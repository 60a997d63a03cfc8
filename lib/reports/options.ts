/**
 * Fixed value lists of the internship reports, shared by templates (drop-downs), parsing and forms.
 * 学历 follows the levels the province's forms use, highest first.
 */
export { EDUCATION_LEVELS, HIGHER_EDUCATION_LEVELS } from '@/lib/dictionaries/education';

export const GRADUATE = '离校2年内未就业高校毕业生';
export const UNEMPLOYED_YOUTH = '16–24岁失业青年';
export const PERSON_CATEGORIES = [GRADUATE, UNEMPLOYED_YOUTH] as const;

export const ON_DUTY = '在岗';
export const ON_DUTY_STATUSES = [ON_DUTY, '离岗', '提前终止', '期满留用', '期满离开'] as const;

export const YES_NO = ['是', '否'] as const;
