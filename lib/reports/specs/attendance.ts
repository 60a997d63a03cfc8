import { integerColumn } from '@/lib/batch/columns';
import { defineReport } from '@/lib/batch/define';
import { daysInMonth } from '@/lib/batch/normalize';
import type { RowOf, RuleIssue } from '@/lib/batch/types';
import { futureMonthMessage, idColumn, nameColumn, noteColumn, reportMonthColumn } from './common';

function days<K extends string>(key: K, header: string, example: number, rule: string) {
  return integerColumn({ key, header, required: true, max: 31, example, rule, fix: '请填写0到31之间的整数天数，没有请填0' });
}

const columns = [
  nameColumn,
  idColumn,
  reportMonthColumn('month', '考勤月份'),
  days('dueDays', '应出勤天数', 22, '整数，不超过考勤月份的天数'),
  days('presentDays', '实际出勤天数', 20, '整数，没有请填0'),
  days('leaveDays', '请假天数', 1, '整数，没有请填0'),
  days('absentDays', '旷工天数', 1, '整数，没有请填0'),
  noteColumn,
] as const;

export type AttendanceRow = RowOf<typeof columns>;

/**
 * Every day the intern was due is either attended, on leave or absent, so the three add up to
 * 应出勤天数 exactly; “at most” would let a forgotten absence through unnoticed.
 */
export const attendanceSpec = defineReport({
  kind: 'attendance',
  title: '见习考勤批量上报',
  sheetName: '见习考勤',
  columns,
  rowRules: (r, env) => {
    const issues: RuleIssue<AttendanceRow>[] = [];
    const future = r.month ? futureMonthMessage('考勤月份', r.month, env.today) : null;
    if (future) issues.push({ column: 'month', message: future, fix: '请填写已经开始的月份' });
    if (r.month && r.dueDays !== undefined && r.dueDays > daysInMonth(r.month)) {
      issues.push({
        column: 'dueDays',
        message: `应出勤天数${r.dueDays}天超过了${r.month}的天数（${daysInMonth(r.month)}天）`,
        fix: '请核对应出勤天数和考勤月份',
      });
    }
    const { dueDays, presentDays, leaveDays, absentDays } = r;
    if (dueDays !== undefined && presentDays !== undefined && leaveDays !== undefined && absentDays !== undefined) {
      const sum = presentDays + leaveDays + absentDays;
      if (sum !== dueDays) {
        issues.push({
          column: 'dueDays',
          message: `实际出勤${presentDays}天 + 请假${leaveDays}天 + 旷工${absentDays}天 = ${sum}天，与应出勤天数${dueDays}天不相等`,
          fix: '实际出勤、请假、旷工三项天数之和应等于应出勤天数，请核对',
        });
      }
    }
    return issues;
  },
  unique: [
    {
      keys: ['idCard', 'month'],
      message: (first) => `与第${first}行是同一人同一考勤月份（身份证号和考勤月份都相同）`,
      fix: '每人每月只能有一行考勤，请删除重复的行或核对身份证号、考勤月份',
    },
  ],
  notes: [
    '应出勤天数不能超过考勤月份的天数；实际出勤天数 + 请假天数 + 旷工天数 = 应出勤天数。',
    '同一文件中同一人（身份证号）同一考勤月份只能有一行。',
    '人员须为本单位已审核通过、且见习期覆盖该考勤月份的见习人员。',
  ],
});
