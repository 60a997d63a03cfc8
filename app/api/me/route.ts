import { displayName, ROLE_LABEL } from '@/lib/auth/principal';
import { route } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

/** What the header's login area shows; only display fields, never identifiers. */
export const GET = route({ role: 'public' }, async ({ p }) => {
  const body = p ? { signedIn: true, role: p.role, roleLabel: ROLE_LABEL[p.role], name: displayName(p) } : { signedIn: false };
  return Response.json(body, { headers: { 'cache-control': 'private, no-store' } });
});
