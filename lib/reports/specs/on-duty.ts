import { choiceColumn, dateColumn, moneyColumn } from '@/lib/batch/columns';
import { defineReport } from '@/lib/batch/define';
import { lastDayOfMonth } from '@/lib/batch/normalize';
import type { RowOf, RuleIssue } from '@/lib/batch/types';
import { ON_DUTY, ON_DUTY_STATUSES, YES_NO } from '../options';
import { futureMonthMessage, idColumn, nameColumn, noteColumn, reportMonthColumn } from './common';

const columns = [
  nameColumn,
  idColumn,
  reportMonthColumn('month', '上报月份'),
  choiceColumn({
    key: 'status',
    header: '在岗状态',
    required: true,
    options: ON_DUTY_STATUSES,
    example: ON_DUTY,
    rule: `从下拉列表选择：${ON_DUTY_STATUSES.join('、')}`,
  }),
  dateColumn({ key: 'changeDate', header: '状态变动日期', required: false, rule: '在岗状态不是“在岗”时必填；不能晚于上报月份的最后一天' }),
  moneyColumn({
    key: 'allowance',
    header: '生活补助发放金额（元）',
    aliases: ['生活补助发放金额'],
    required: true,
    example: 1980,
    rule: '本月发放的见习生活补助，单位为元，最多两位小数，不能为负数；未发放填0',
  }),
  dateColumn({ key: 'payDate', header: '发放日期', required: false, example: '2026-03-31', rule: '发放金额大于0时必填，不能晚于今天' }),
  choiceColumn({ key: 'insured', header: '是否已参加意外伤害保险', required: true, options: YES_NO, example: '是', width: 24, rule: '从下拉列表选择：是、否' }),
  noteColumn,
] as const;

export type OnDutyRow = RowOf<typeof columns>;

export const onDutySpec = defineReport({
  kind: 'on_duty',
  title: '见习人员每月在岗情况上报',
  sheetName: '每月在岗情况',
  columns,
  rowRules: (r, env) => {
    const issues: RuleIssue<OnDutyRow>[] = [];
    const future = r.month ? futureMonthMessage('上报月份', r.month, env.today) : null;
    if (future) issues.push({ column: 'month', message: future, fix: '请填写已经开始的月份' });
    if (r.status && r.status !== ON_DUTY && r.changeDate === null) {
      issues.push({ column: 'changeDate', message: `在岗状态为“${r.status}”时，状态变动日期不能为空`, fix: '请填写离岗、终止或期满的日期' });
    }
    if (r.changeDate && r.month && r.changeDate > lastDayOfMonth(r.month)) {
      issues.push({
        column: 'changeDate',
        message: `状态变动日期${r.changeDate}晚于上报月份${r.month}`,
        fix: '状态变动日期应在上报月份之内或之前；以后月份的变动请在那个月上报',
      });
    } else if (r.changeDate && r.changeDate > env.today) {
      issues.push({ column: 'changeDate', message: `状态变动日期${r.changeDate}晚于今天（${env.today}）`, fix: '请填写已经发生的变动的日期' });
    }
    if (r.allowance && r.payDate === null) {
      issues.push({ column: 'payDate', message: '生活补助发放金额大于0时，发放日期不能为空', fix: '请填写生活补助的发放日期' });
    }
    if (r.payDate && r.payDate > env.today) {
      issues.push({ column: 'payDate', message: `发放日期${r.payDate}晚于今天（${env.today}）`, fix: '请填写已经发放的日期；尚未发放的金额请填0' });
    }
    return issues;
  },
  unique: [
    {
      keys: ['idCard', 'month'],
      message: (first) => `与第${first}行是同一人同一上报月份（身份证号和上报月份都相同）`,
      fix: '每人每月只能有一行在岗情况，请删除重复的行或核对身份证号、上报月份',
    },
  ],
  notes: [
    `在岗状态不是“${ON_DUTY}”时必须填写状态变动日期，且不能晚于上报月份的最后一天。`,
    '生活补助发放金额以元为单位、最多两位小数；金额大于0时必须填写发放日期。',
    '同一文件中同一人（身份证号）同一上报月份只能有一行。',
    '人员须为本单位已审核通过、且见习期覆盖该上报月份的见习人员；“提前终止”“期满留用”经审核通过后更新见习记录。',
  ],
});
