import Link from 'next/link';
import { redirect } from 'next/navigation';
import { authParamsOf, parseAuthRequest } from '@/lib/sso/authorize';

export const dynamic = 'force-dynamic';
export const metadata = { title: '登录' };

type Tab = 'unit' | 'person' | 'staff';
const TABS: { id: Tab; label: string; field: string; placeholder: string; autoComplete: string }[] = [
  { id: 'unit', label: '单位登录', field: '统一社会信用代码', placeholder: '18位统一社会信用代码', autoComplete: 'username' },
  { id: 'person', label: '个人登录', field: '身份证号', placeholder: '18位居民身份证号', autoComplete: 'username' },
  { id: 'staff', label: '工作人员登录', field: '用户名', placeholder: '工作人员用户名', autoComplete: 'username' },
];

function errorText(sp: URLSearchParams): string | null {
  switch (sp.get('err')) {
    case 'bad':
      return '账号或密码错误，请重新输入。密码连续输错5次，账号将被锁定15分钟。';
    case 'locked': {
      const until = sp.get('until') ?? '';
      return `密码连续输错5次，账号已锁定 15 分钟${/^\d{2}:\d{2}$/.test(until) ? `，请于 ${until} 后再试` : '，请稍后再试'}。`;
    }
    case 'disabled':
      return '该账号已被停用，请联系所在地人社部门。';
    case 'rate':
      return '登录尝试过于频繁，请 5 分钟后再试。';
    case 'empty':
      return '请填写账号和密码。';
    case 'request':
      return '登录请求已失效，请返回业务系统重新登录。';
    default:
      return null;
  }
}

export default async function SsoLoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const sp = new URLSearchParams(Object.entries(raw).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : [])));
  const tab: Tab = TABS.find((t) => t.id === sp.get('tab'))?.id ?? 'unit';
  const carried = authParamsOf(sp);
  if (!parseAuthRequest(carried).ok) redirect(`/login?type=${tab}`);

  const current = TABS.find((t) => t.id === tab)!;
  const error = errorText(sp);
  const tabHref = (t: Tab) => `/sso/login?${new URLSearchParams([...carried.entries(), ['tab', t]])}`;
  const registerHref = (t: 'unit' | 'person') => `/sso/register?${new URLSearchParams([...carried.entries(), ['type', t]])}`;

  return (
    <div className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <nav aria-label="登录方式" className="flex border-b border-slate-200">
        {TABS.map((t) => (
          <Link
            key={t.id}
            href={tabHref(t.id)}
            aria-current={t.id === tab ? 'page' : undefined}
            className={`flex-1 px-2 py-3 text-center text-sm font-semibold sm:text-base ${
              t.id === tab ? 'border-b-2 border-red-700 text-red-800' : 'text-slate-600 hover:text-slate-900'
            }`}
          >
            {t.label}
          </Link>
        ))}
      </nav>
      <form method="post" action="/sso/login/submit" className="space-y-4 p-5">
        <h1 className="text-lg font-bold">{current.label}</h1>
        {sp.get('registered') === '1' && (
          <p role="status" className="rounded bg-green-50 p-3 text-sm text-green-800">
            注册成功，请登录。
          </p>
        )}
        {error && (
          <p role="alert" className="rounded bg-red-50 p-3 text-sm text-red-800">
            {error}
          </p>
        )}
        {[...carried.entries()].map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        <input type="hidden" name="tab" value={tab} />
        <div>
          <label htmlFor="login" className="mb-1 block text-sm font-medium">
            {current.field}
          </label>
          <input
            id="login"
            name="login"
            required
            autoComplete={current.autoComplete}
            defaultValue={tab !== 'person' ? (sp.get('u') ?? '') : ''}
            placeholder={current.placeholder}
            className="w-full rounded border border-slate-400 px-3 py-2"
          />
        </div>
        <div>
          <label htmlFor="password" className="mb-1 block text-sm font-medium">
            密码
          </label>
          <input
            id="password"
            name="password"
            type="password"
            required
            autoComplete="current-password"
            className="w-full rounded border border-slate-400 px-3 py-2"
          />
        </div>
        <button type="submit" className="w-full rounded bg-red-700 py-2.5 font-semibold text-white hover:bg-red-800">
          登录
        </button>
        <div className="flex items-center justify-between text-sm">
          <Link href="/sso/help" className="text-red-800 underline">
            帮助文档
          </Link>
          {tab !== 'staff' ? (
            <Link href={registerHref(tab)} className="font-semibold text-red-800 underline">
              注册
            </Link>
          ) : (
            <span className="text-slate-600">工作人员账号由管理员开通</span>
          )}
        </div>
      </form>
    </div>
  );
}
