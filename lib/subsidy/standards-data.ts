import type { Standard } from './compute';

/**
 * 就业见习补贴标准 per province as data (SPEC §6, §8). Shanxi: 60 % of the local minimum wage,
 * no retention raise or bonus, 人身意外伤害保险 up to 240 元 once per intern. Stored unconfirmed:
 * the documents were read from secondary pages; an administrator confirms them.
 */
export const SUBSIDY_STANDARDS: (Standard & { id: string; provinceCode: string; docNo: string })[] = [
  {
    id: 'sx-2023',
    provinceCode: '14',
    effectiveFrom: '2023-01-01',
    rateBp: 6000,
    retentionThresholdBp: null,
    raisedRateBp: null,
    retentionBonusFen: null,
    insuranceCapFen: 24000,
    docNo: '晋人社厅发〔2023〕24号；晋政办发〔2024〕58号',
  },
];
