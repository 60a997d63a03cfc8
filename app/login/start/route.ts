import { signIn } from '@/lib/auth/auth';
import { safeNext } from '@/lib/auth/principal';

export const dynamic = 'force-dynamic';

/** Starts the OIDC login at the 统一身份认证, opening the tab for the kind of user. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const type = ['unit', 'person', 'staff'].find((t) => t === url.searchParams.get('type')) ?? 'unit';
  await signIn('shanxi', { redirectTo: safeNext(url.searchParams.get('next')) }, { login_type: type });
}
