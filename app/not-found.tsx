import Link from 'next/link';
import { SiteFooter } from '@/components/portal/SiteFooter';
import { SiteHeader } from '@/components/portal/SiteHeader';
import { logout } from '@/app/actions/auth';

export default function NotFound() {
  return (
    <>
      <SiteHeader logout={logout} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-12">
        <h1 className="text-xl font-bold">页面不存在</h1>
        <p className="mt-2 text-slate-700">您访问的页面不存在或已下线。</p>
        <Link href="/" className="mt-4 inline-block text-brand-700 underline">
          返回首页
        </Link>
      </main>
      <SiteFooter />
    </>
  );
}
