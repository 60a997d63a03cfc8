import type { PositionStatus } from '@/lib/db/schema/posts';

export type PositionState = 'pending' | 'open' | 'expired' | 'closed';

/** An open position past its 招募截止日期 counts as expired. */
export function positionState(status: PositionStatus, deadline: string, today: string): PositionState {
  if (status === 'open') return deadline < today ? 'expired' : 'open';
  return status;
}

export const POSITION_STATE_LABEL: Record<PositionState, string> = {
  pending: '待审核',
  open: '招募中',
  expired: '已过招募截止日期',
  closed: '已停止招募',
};

export function positionCode(countyCode: string, seq: number): string {
  return `GW${countyCode}${String(seq).padStart(6, '0')}`;
}
