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

/** Only same-site relative paths are followed after login. */
export function safeNext(next: string | null | undefined, fallback = '/'): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : fallback;
}
