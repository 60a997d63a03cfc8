/** Who is signed in, as the session carries it. `acct` is the IdP subject, `sv` its session version at sign-in. */
export type Principal =
  | { role: 'unit'; id: string; name: string; uscc: string; acct: string; sv: number }
  | { role: 'person'; id: string; name: string; acct: string; sv: number }
  | { role: 'staff'; id: string; name: string; bureau: string; region: string; admin: boolean; acct: string; sv: number };

export type Role = Principal['role'];

export const ROLE_LABEL: Record<Role, string> = { unit: '单位用户', person: '个人用户', staff: '工作人员' };

/** What the header shows at the top right. */
export function displayName(p: Principal): string {
  return p.role === 'staff' ? `${p.name}（${p.bureau}）` : p.name;
}

/**
 * Only same-site paths are followed after login. Browsers drop tabs and newlines and read `\` as
 * `/` (so `/\t/evil.example` means `//evil.example`): the path is normalised by the URL parser and
 * must stay on our origin.
 */
export function safeNext(next: string | null | undefined, fallback = '/'): string {
  if (!next || !next.startsWith('/') || /[\u0000-\u001f\\]/.test(next)) return fallback;
  try {
    const url = new URL(next, 'http://same.invalid');
    return url.origin === 'http://same.invalid' && !url.pathname.startsWith('//') ? `${url.pathname}${url.search}${url.hash}` : fallback;
  } catch {
    return fallback;
  }
}
