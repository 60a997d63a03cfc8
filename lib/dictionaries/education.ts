/**
 * 学历, one list for the whole platform (a person's profile, the match report's column), highest
 * first, as the province's forms name the levels. 高校毕业生 hold 大学专科 or above.
 */
export const EDUCATION_LEVELS = ['博士研究生', '硕士研究生', '大学本科', '大学专科', '中等职业教育', '高中', '初中及以下'] as const;

export const HIGHER_EDUCATION_LEVELS: readonly string[] = ['博士研究生', '硕士研究生', '大学本科', '大学专科'];
