'use client';

import { buttonClass } from '@/components/ui/Button';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useState } from 'react';

type Me = { signedIn: false } | { signedIn: true; role: string; roleLabel: string; name: string };

/**
 * Top right of the header. It asks /api/me in the browser so that public pages stay cacheable:
 * the same HTML serves everyone, and only this corner differs.
 */
export function LoginArea({ logout }: { logout: () => Promise<void> }) {
  const pathname = usePathname();
  const [me, setMe] = useState<Me | null>(null);
  useEffect(() => {
    let live = true;
    fetch('/api/me', { cache: 'no-store' })
      .then((r) => r.json())
      .then((m: Me) => live && setMe(m))
      .catch(() => live && setMe({ signedIn: false }));
    return () => {
      live = false;
    };
  }, [pathname]);

  if (!me) return <div className="h-9 w-48" aria-hidden="true" />;
  if (me.signedIn) {
    return (
      <div className="flex flex-wrap items-center gap-2 text-sm" data-testid="login-area">
        <span className="text-slate-700">
          <span className="mr-1 rounded bg-brand-50 px-1.5 py-0.5 text-xs text-brand-800">{me.roleLabel}</span>
          <span className="font-semibold text-slate-900">{me.name}</span>
        </span>
        {me.role === 'staff' && (
          <Link prefetch={false} href="/review" className="text-brand-700 underline">
            审核工作台
          </Link>
        )}
        <form action={logout}>
          <button type="submit" className="rounded border border-slate-300 px-3 py-1.5 text-slate-700 hover:bg-slate-100">
            退出
          </button>
        </form>
      </div>
    );
  }
  const next = encodeURIComponent(pathname === '/login' ? '/' : pathname);
  return (
    <div className="flex items-center gap-2 text-sm" data-testid="login-area">
      <Link prefetch={false} href={`/login?type=unit&next=${next}`} className="rounded border border-brand-700 px-3 py-1.5 text-brand-700 hover:bg-brand-50">
        单位用户登录
      </Link>
      <Link prefetch={false} href={`/login?type=person&next=${next}`} className={buttonClass({ size: 'sm' })}>
        个人用户登录
      </Link>
    </div>
  );
}
