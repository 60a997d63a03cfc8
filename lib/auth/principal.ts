/** Who is signed in, as the session carries it. `acct` is the IdP subject, `sv` its session version at sign-in. */
export type Principal =
  | { role: 'unit'; id: string; name: string; uscc: string; acct: string; sv: number }
  | { role: 'person'; id: string; name: string; acct: string; sv: number }
  | { role: 'staff'; id: string; name: string; bureau: string; region: string; admin: boolean; acct: string; sv: number };

export type Role = Principal['role'];

/**
 * Who may call an action or route: a role, or `admin` (系统管理员), a staff member whose account
 * carries the admin flag. Declared here so that no action checks the flag by hand.
 */
export type ActorRole = Role | 'admin';
export type PrincipalOf<R extends ActorRole> = R extends 'admin' ? Extract<Principal, { role: 'staff' }> & { admin: true } : Extract<Principal, { role: R }>;

/** Whether `p` may act as `role`. */
export function actsAs<R extends ActorRole>(p: Principal, role: R): p is PrincipalOf<R> {
  return role === 'admin' ? p.role === 'staff' && p.admin : p.role === role;
}

/** The login a role signs in through (an administrator is staff). */
export const loginRoleOf = (role: ActorRole): Role => (role === 'admin' ? 'staff' : role);

export const ROLE_LABEL: Record<Role, string> = { unit: '单位用户', person: '个人用户', staff: '工作人员' };

export const SESSION_EXPIRED = '登录已过期或已退出，请重新登录后再提交。';
export const WRONG_ROLE: Record<ActorRole, string> = {
  unit: '本事项仅限单位用户办理，请以单位用户登录。',
  person: '本事项仅限个人用户办理，请以个人用户登录。',
  staff: '仅限人社部门工作人员使用。',
  admin: '仅限系统管理员使用。',
};

export type Identified<R extends ActorRole> = { ok: true; p: PrincipalOf<R> } | { ok: false; message: string; status: 401 | 403 };

/** Who is asking, checked against `role`: the principal, or the Chinese reason it may not act. */
export function identify<R extends ActorRole>(p: Principal | null, role: R): Identified<R> {
  if (!p) return { ok: false, message: SESSION_EXPIRED, status: 401 };
  if (!actsAs(p, role)) return { ok: false, message: WRONG_ROLE[role], status: 403 };
  return { ok: true, p };
}

export function loginUrl(role: Role, next: string): string {
  return `/login?type=${role}&next=${encodeURIComponent(next)}`;
}

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
