import type { Principal } from '@/lib/auth/principal';

/**
 * Who is looking at filings and what they belong to: a unit sees its own, a reviewer (工作人员)
 * sees those whose 业务办理归属地 lies under their region code (14 province, 1401 city, 140105 county).
 */
export type Viewer = { role: 'unit'; unitId: string } | { role: 'staff'; staffId: string; scope: string };

/** The one place a signed-in principal becomes a viewer; persons view no filings (null). */
export function viewerOf(p: Extract<Principal, { role: 'unit' | 'staff' }>): Viewer;
export function viewerOf(p: Principal): Viewer | null;
export function viewerOf(p: Principal): Viewer | null {
  if (p.role === 'unit') return { role: 'unit', unitId: p.id };
  if (p.role === 'staff') return { role: 'staff', staffId: p.id, scope: p.region };
  return null;
}
