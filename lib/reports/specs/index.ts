import { attendanceSpec } from './attendance';
import { matchSpec } from './match';
import { onDutySpec } from './on-duty';

export { attendanceSpec, matchSpec, onDutySpec };
export type { AttendanceRow } from './attendance';
export type { MatchRow } from './match';
export type { OnDutyRow } from './on-duty';

/** The three monthly batch reports by their filing kind (SPEC §3). */
export const reportSpecs = { match: matchSpec, attendance: attendanceSpec, on_duty: onDutySpec } as const;
export type ReportKind = keyof typeof reportSpecs;
