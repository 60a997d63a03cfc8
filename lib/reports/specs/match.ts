import { choiceColumn, dateColumn, mobileColumn, textColumn } from '@/lib/batch/columns';
import { defineReport } from '@/lib/batch/define';
import { addDays, addMonths, ageOn } from '@/lib/batch/normalize';
import type { PartialRow, RowOf, RuleEnv, RuleIssue } from '@/lib/batch/types';
import { birthDateOf } from '@/lib/validation';
import { EDUCATION_LEVELS, GRADUATE, HIGHER_EDUCATION_LEVELS, PERSON_CATEGORIES, UNEMPLOYED_YOUTH } from '../options';
import { idColumn, nameColumn } from './common';

const columns = [
  nameColumn,
  idColumn,
  mobileColumn({ key: 'mobile', header: '手机号码', required: true, example: '13912345678', rule: '本人11位手机号码' }),
  choiceColumn({
    key: 'education',
    header: '学历',
    required: true,
    options: EDUCATION_LEVELS,
    example: '大学本科',
    rule: `从下拉列表选择：${EDUCATION_LEVELS.join('、')}`,
  }),
  textColumn({ key: 'major', header: '专业', required: false, max: 50, example: '计算机科学与技术', rule: `人员类别为“${GRADUATE}”时必填，最多50个字` }),
  textColumn({ key: 'school', header: '毕业院校', required: false, max: 50, example: '山西大学', rule: `人员类别为“${GRADUATE}”时必填，最多50个字` }),
  dateColumn({ key: 'graduationDate', header: '毕业时间', required: false, example: '2025-07-01', rule: `毕业证书落款日期；人员类别为“${GRADUATE}”时必填` }),
  choiceColumn({
    key: 'category',
    header: '人员类别',
    required: true,
    options: PERSON_CATEGORIES,
    example: GRADUATE,
    rule: `从下拉列表选择：${PERSON_CATEGORIES.join('、')}`,
  }),
  textColumn({
    key: 'postCode',
    header: '岗位编号',
    required: true,
    max: 32,
    optionsFrom: 'postCodes',
    example: 'GW2026000001',
    width: 18,
    rule: '本单位已审核通过的见习岗位的编号，从下拉列表选择',
    fix: '请从下拉列表中选择本单位审核通过的见习岗位的编号',
  }),
  dateColumn({ key: 'agreementDate', header: '协议签订日期', required: true, example: '2026-03-01', rule: '见习协议的签订日期，不能晚于今天' }),
  dateColumn({ key: 'startDate', header: '见习开始日期', required: true, example: '2026-03-01', rule: '不能早于协议签订日期' }),
  dateColumn({ key: 'endDate', header: '见习结束日期', required: true, example: '2026-08-31', rule: '见习期限3至12个月（含开始、结束当天）' }),
] as const;

export type MatchRow = RowOf<typeof columns>;
type Row = PartialRow<MatchRow>;
type Issue = RuleIssue<MatchRow>;

/** 3个月, 5个月12天, 12个月1天: the length of [start, end] counted in calendar months, then days. */
export function durationText(start: string, end: string): string {
  const after = addDays(end, 1);
  let months = 0;
  while (addMonths(start, months + 1) <= after) months++;
  const rest = Math.round((Date.parse(after) - Date.parse(addMonths(start, months))) / 86_400_000);
  return `${months ? `${months}个月` : ''}${rest ? `${rest}天` : ''}` || '0天';
}

function graduateRules(r: Row): Issue[] {
  const issues: Issue[] = [];
  const need: [keyof MatchRow & string, string][] = [
    ['major', '专业'],
    ['school', '毕业院校'],
    ['graduationDate', '毕业时间'],
  ];
  for (const [key, header] of need) {
    if (r[key] === null) issues.push({ column: key, message: `人员类别为“${GRADUATE}”时，${header}不能为空`, fix: `请填写${header}` });
  }
  if (r.education && !HIGHER_EDUCATION_LEVELS.includes(r.education)) {
    issues.push({
      column: 'education',
      message: `学历为“${r.education}”，不属于高校毕业生（大学专科及以上）`,
      fix: `请核对学历；不是高校毕业生的16–24周岁失业青年，人员类别请选“${UNEMPLOYED_YOUTH}”`,
    });
  }
  if (r.graduationDate && r.agreementDate) {
    if (r.graduationDate > r.agreementDate) {
      issues.push({
        column: 'graduationDate',
        message: `毕业时间${r.graduationDate}晚于协议签订日期${r.agreementDate}，签协议时尚未毕业`,
        fix: '请核对毕业时间和协议签订日期',
      });
    } else if (r.graduationDate < addMonths(r.agreementDate, -24)) {
      issues.push({
        column: 'graduationDate',
        message: `毕业时间${r.graduationDate}距协议签订日期${r.agreementDate}已超过2年，不属于“${GRADUATE}”`,
        fix: `请核对毕业时间；16–24周岁的可选“${UNEMPLOYED_YOUTH}”`,
      });
    }
  }
  return issues;
}

function youthRules(r: Row): Issue[] {
  const birth = r.idCard ? birthDateOf(r.idCard) : null;
  if (!birth || !r.agreementDate) return [];
  const age = ageOn(birth, r.agreementDate);
  if (age >= 16 && age <= 24) return [];
  return [
    {
      column: 'category',
      message: `按身份证号的出生日期，协议签订日期${r.agreementDate}时年龄为${age}周岁，不在“${UNEMPLOYED_YOUTH}”的16至24周岁之内`,
      fix: '请核对人员类别、身份证号和协议签订日期',
    },
  ];
}

function dateRules(r: Row, env: RuleEnv): Issue[] {
  const issues: Issue[] = [];
  if (r.agreementDate && r.agreementDate > env.today) {
    issues.push({ column: 'agreementDate', message: `协议签订日期${r.agreementDate}晚于今天（${env.today}）`, fix: '请填写已经签订的见习协议的日期' });
  }
  if (r.agreementDate && r.startDate && r.startDate < r.agreementDate) {
    issues.push({
      column: 'startDate',
      message: `见习开始日期${r.startDate}早于协议签订日期${r.agreementDate}`,
      fix: '见习应在签订协议之后开始，请核对两个日期',
    });
  }
  if (r.startDate && r.endDate) {
    const earliest = addDays(addMonths(r.startDate, 3), -1);
    const latest = addDays(addMonths(r.startDate, 12), -1);
    const range = `见习期限应为3至12个月，结束日期应在${earliest}至${latest}之间`;
    if (r.endDate < earliest) {
      const length = r.endDate < r.startDate ? '结束日期早于开始日期' : `见习期限为${durationText(r.startDate, r.endDate)}，不足3个月`;
      issues.push({ column: 'endDate', message: `${length}（${r.startDate}至${r.endDate}）`, fix: range });
    } else if (r.endDate > latest) {
      issues.push({ column: 'endDate', message: `见习期限为${durationText(r.startDate, r.endDate)}，超过12个月（${r.startDate}至${r.endDate}）`, fix: range });
    }
  }
  return issues;
}

export const matchSpec = defineReport({
  kind: 'match',
  title: '见习匹配结果批量上报',
  sheetName: '见习匹配结果',
  columns,
  rowRules: (r, env) => [...(r.category === GRADUATE ? graduateRules(r) : []), ...(r.category === UNEMPLOYED_YOUTH ? youthRules(r) : []), ...dateRules(r, env)],
  unique: [
    {
      keys: ['idCard'],
      message: (first) => `与第${first}行是同一人（身份证号相同）；同一文件中每人只能上报一条匹配结果`,
      fix: '请删除重复的行，或核对身份证号是否填错',
    },
  ],
  notes: [
    `人员类别为“${GRADUATE}”时：学历应为大学专科及以上，专业、毕业院校、毕业时间必填，毕业时间应在协议签订日期之前2年以内。`,
    `人员类别为“${UNEMPLOYED_YOUTH}”时：按身份证号的出生日期，协议签订日期时应年满16周岁且不超过24周岁。`,
    '见习开始日期不能早于协议签订日期；见习期限3至12个月，按日历月计算，含开始和结束当天（如 2026-03-01 至 2026-05-31 为3个月，最长到 2027-02-28）。',
    '同一文件中每人（身份证号）只能有一行。',
    '岗位须为本单位审核通过的见习岗位，且匹配人数不超过岗位的见习人数；同一人同一时间只能参加一个见习。',
  ],
});
