/**
 * Signs in through the stand-in 统一身份认证's pages as a browser would (login start → authorize →
 * login form → callback), with plain fetch; returns the Cookie header of the session. For benches
 * and multi-process tests that call the real routes without a browser.
 */
export async function httpLogin(base: string, type: 'unit' | 'person' | 'staff', login: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const go = async (url: string, init: RequestInit = {}) => {
    const res = await fetch(new URL(url, base), {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const c of res.headers.getSetCookie()) {
      const [kv] = c.split(';');
      jar.set(kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1));
    }
    return res;
  };
  let res = await go(`/login/start?type=${type}&next=/`);
  res = await go(res.headers.get('location')!);
  const form = new URLSearchParams(new URL(res.headers.get('location')!, base).searchParams);
  form.set('login', login);
  form.set('password', password);
  res = await go('/sso/login/submit', { method: 'POST', body: form, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  await go(res.headers.get('location')!);
  if (![...jar.keys()].some((k) => k.includes('session-token'))) throw new Error(`登录失败：${login}`);
  return [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
}
