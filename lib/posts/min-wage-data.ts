/**
 * Shanxi's minimum-wage standards as far as they could be traced (research note of 2026-11-28).
 * No official shanxi.gov.cn page was reachable, so every notice is stored `confirmed: false` with
 * the pages it was read from; the county → tier assignment was not found for any notice, so every
 * county starts unconfirmed (tier null) and the highest tier applies until an administrator
 * confirms it under 审核工作台 → 最低工资标准.
 */
export type NoticeSeed = {
  id: string;
  title: string;
  docNo: string | null;
  effectiveFrom: string;
  effectiveNote: string | null;
  sourceUrl: string;
  otherSources: string | null;
  notes: string;
  /** [tier, monthly 元, part-time hourly 元] */
  tiers: [number, number, number][];
  withCounties: boolean;
};

export const MIN_WAGE_NOTICES: NoticeSeed[] = [
  {
    id: 'sx-2021',
    title: '山西省人民政府办公厅关于调整我省最低工资标准的通知（2021年）',
    docNo: null,
    effectiveFrom: '2021-10-01',
    effectiveNote: null,
    sourceUrl: 'https://juke.outofmemory.cn/life/1325281.html',
    otherSources: null,
    notes: '仅作历史参考：数字来自一篇第三方汇总，文号与县区分类表均未找到。',
    tiers: [
      [1, 1880, 19.8],
      [2, 1760, 18.5],
      [3, 1630, 17.2],
    ],
    withCounties: false,
  },
  {
    id: 'sx-2023',
    title: '山西省人民政府办公厅关于调整我省最低工资标准的通知',
    docNo: '晋政办发〔2023〕9号（未核实，仅见于第三方页面标题）',
    effectiveFrom: '2023-01-01',
    effectiveNote: null,
    sourceUrl: 'http://m.sasdsz.com.cn/28/1460.html',
    otherSources: 'http://www.toshou.net/?p=686（人社部全国最低工资标准情况，截至2023-10-01）；http://fjshlb.com/article-43705-121787.html（截至2024-01-01）',
    notes: '月标准与小时标准读自通知全文的第三方转载，人社部汇总表（2023-10-01、2024-01-01）一致。附件“山西省最低工资标准表”（县区分类）未找到。',
    tiers: [
      [1, 1980, 21.3],
      [2, 1880, 20.2],
      [3, 1780, 19.1],
    ],
    withCounties: true,
  },
  {
    id: 'sx-2025',
    title: '山西省人民政府办公厅关于调整我省最低工资标准的通知（2024/2025年调整，原文未见）',
    docNo: null,
    effectiveFrom: '2025-04-01',
    effectiveNote: '实际生效日未知：人社部汇总表截至2024-01-01仍为1980元，截至2025-04-01已为2150元；此处取可证实已执行的最早日期2025-04-01。',
    sourceUrl: 'http://ytc.cn-www.hrtang.com.cn/content/details12_3147.html',
    otherSources:
      'github.com/baijiahei-code/AttendanceDesktop app/wages.py（2150/2050/1950 与 23.2/22.1/20.9，称依据人社部截至2026-01-01汇总表）；https://news.china.com/socialgd/10000169/20260113/49160959.html',
    notes:
      '一类2150元读自人社部汇总表（截至2025-04-01）的转载；二类、三类与小时标准只见于一个第三方数据文件，可信度中等。通知文号、发布日期与县区分类表均未找到。',
    tiers: [
      [1, 2150, 23.2],
      [2, 2050, 22.1],
      [3, 1950, 20.9],
    ],
    withCounties: true,
  },
];

export const COUNTY_SOURCE_UNCONFIRMED = '县区分类表未找到，档次未核实（暂按一类执行）';
