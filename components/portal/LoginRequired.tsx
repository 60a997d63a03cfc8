import Link from 'next/link';

/** What a 事项 shows to someone who has not signed in with the right kind of account. */
export function LoginRequired({ who, next }: { who: 'unit' | 'person' | 'any'; next: string }) {
  const type = who === 'person' ? 'person' : 'unit';
  const label = who === 'person' ? '个人用户' : who === 'unit' ? '单位用户' : '单位或个人用户';
  return (
    <div role="status" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
      <p className="font-medium text-amber-900">本事项需要{label}登录后办理。</p>
      <p className="mt-2 text-sm text-slate-700">
        请通过山西省政务服务网统一认证中心登录：
        <Link href={`/sso/login?type=${type}&next=${encodeURIComponent(next)}`} className="ml-1 font-medium text-brand-700 underline">
          {label}登录
        </Link>
      </p>
    </div>
  );
}
