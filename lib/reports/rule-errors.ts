import { headerOf, type RowError } from '@/lib/batch';
import { attendanceSpec, matchSpec, onDutySpec } from './specs';

/**
 * The database rules' refusals, in the words the unit sees. Both ways of checking a file use them
 * (db-rules.ts row by row on PGlite, staged.ts as joins on PostgreSQL), so that the same file gets
 * the same messages on either database.
 */
const post = headerOf(matchSpec, 'postCode');
const matchId = headerOf(matchSpec, 'idCard');
const CHECK_ID_OR_ASK = '请核对身份证号；如有疑问请联系业务办理归属地的人社部门';

export const matchErrors = {
  notOurPost: (row: number, code: string): RowError => ({
    row,
    column: post,
    message: `岗位编号“${code}”不是本单位的见习岗位`,
    fix: '请从模板的下拉列表中选择本单位审核通过的岗位编号',
  }),
  postPending: (row: number, p: { title: string; code: string }): RowError => ({
    row,
    column: post,
    message: `岗位“${p.title}”（${p.code}）尚未审核通过`,
    fix: '请待岗位申请审核通过后再上报匹配结果',
  }),
  postFull: (row: number, p: { title: string; code: string; headcount: number | string }): RowError => ({
    row,
    column: post,
    message: `岗位“${p.title}”（${p.code}）见习人数为${p.headcount}人，已满`,
    fix: '请改报其他有空余名额的岗位，或先申请增加见习人数',
  }),
  /** Interning here already, with the dates (they are the unit's own). */
  busyHere: (row: number, start: string, end: string): RowError => ({
    row,
    column: matchId,
    message: `该人员正在本单位见习中（${start}至${end}），同一时间只能参加一个见习`,
    fix: '请核对身份证号；如原见习已提前终止，请先上报在岗情况',
  }),
  /** Another unit's internship is named without its dates: a refusal must not reveal where someone interns. */
  busyElsewhere: (row: number): RowError => ({ row, column: matchId, message: '该人员与已有的见习时间冲突，同一时间只能参加一个见习', fix: CHECK_ID_OR_ASK }),
  waiting: (row: number): RowError => ({ row, column: matchId, message: '该人员已在另一条待审核的见习匹配结果申报中', fix: CHECK_ID_OR_ASK }),
};

// The columns a refusal of a monthly report points at, per kind.
const monthlyColumns = {
  attendance: { idCard: headerOf(attendanceSpec, 'idCard'), month: headerOf(attendanceSpec, 'month') },
  on_duty: { idCard: headerOf(onDutySpec, 'idCard'), month: headerOf(onDutySpec, 'month') },
} as const;

export const monthlyErrors = {
  notCovered: (kind: keyof typeof monthlyColumns, row: number, month: string): RowError => ({
    row,
    column: monthlyColumns[kind].idCard,
    message: `${month}该人员没有本单位审核通过的见习（见习期须覆盖该月）`,
    fix: '请核对身份证号和月份；新见习人员请先上报见习匹配结果并待审核通过',
  }),
  alreadyReported: (kind: keyof typeof monthlyColumns, row: number, month: string): RowError => ({
    row,
    column: monthlyColumns[kind].month,
    message: `该人员${month}的记录已在之前的申报中上报过`,
    fix: '同一人员每月只上报一次；如需更正，请撤回原申报后重新导入',
  }),
};
