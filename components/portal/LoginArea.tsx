import Link from 'next/link';

/** Top right of the header: the way in for units and persons (统一身份认证). */
export function LoginArea() {
  return (
    <div className="flex items-center gap-2 text-sm">
      <Link href="/sso/login?type=unit" className="rounded border border-brand-700 px-3 py-1.5 text-brand-700 hover:bg-brand-50">
        单位用户登录
      </Link>
      <Link href="/sso/login?type=person" className="rounded bg-brand-700 px-3 py-1.5 text-white hover:bg-brand-800">
        个人用户登录
      </Link>
    </div>
  );
}
