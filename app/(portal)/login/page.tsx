import { buttonClass } from '@/components/ui/Button';
import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { switchAccount } from '@/app/actions/auth';
import { AutoStart } from '@/components/portal/AutoStart';
import { PageHeading } from '@/components/portal/PageHeading';
import { ROLE_LABEL, safeNext, type Role } from '@/lib/auth/principal';
import { getPrincipal } from '@/lib/auth/session';

export const metadata: Metadata = { title: '登录', robots: { index: false } };

type Props = { searchParams: Promise<{ type?: string; next?: string; error?: string }> };

const ERRORS: Record<string, string> = {
  AccessDenied: '统一身份认证未能确认您的身份，或该账号无权登录本系统。',
  Configuration: '登录服务暂时不可用，请稍后再试。',
  Verification: '登录链接已失效，请重新登录。',
};

/** The way in: sends the visitor to the 统一身份认证, or explains why the current login does not fit. */
export default async function LoginPage({ searchParams }: Props) {
  const sp = await searchParams;
  const type: Role = sp.type === 'person' || sp.type === 'staff' ? sp.type : 'unit';
  const next = safeNext(sp.next);
  const startUrl = `/login/start?type=${type}&next=${encodeURIComponent(next)}`;
  const p = await getPrincipal();
  if (p?.role === type) redirect(next);

  if (sp.error) {
    return (
      <>
        <PageHeading title="登录未成功" />
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-4 text-red-800">
          {ERRORS[sp.error] ?? '登录未成功，请重新登录。'}
        </p>
        <Link href={startUrl} className={buttonClass({ className: 'mt-4 inline-block' })}>
          重新登录
        </Link>
      </>
    );
  }
  if (!p) {
    return (
      <>
        <PageHeading title={`${ROLE_LABEL[type]}登录`} />
        <AutoStart href={startUrl} />
      </>
    );
  }

  return (
    <>
      <PageHeading title={`需要${ROLE_LABEL[type]}登录`} />
      <div role="status" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
        <p className="text-amber-900">
          您当前以{ROLE_LABEL[p.role]}「{p.name}」登录，您要访问的页面需要{ROLE_LABEL[type]}办理。
        </p>
        <form action={switchAccount} className="mt-3 flex flex-wrap gap-3">
          <input type="hidden" name="type" value={type} />
          <input type="hidden" name="next" value={next} />
          <button type="submit" className={buttonClass()}>
            退出并以{ROLE_LABEL[type]}登录
          </button>
          <Link href="/" className="rounded border border-slate-300 px-4 py-2 text-slate-700 hover:bg-slate-100">
            返回首页
          </Link>
        </form>
      </div>
    </>
  );
}
