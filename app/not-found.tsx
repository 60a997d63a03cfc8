import Link from 'next/link';

/**
 * An address that matches no page. Every page's RSC payload carries this boundary, so it draws only
 * the site's name rather than the portal header with its client components (#13 item 1).
 */
export default function NotFound() {
  return (
    <>
      <header className="bg-white">
        <div className="mx-auto max-w-6xl px-4 py-3">
          <Link href="/" prefetch={false} className="text-lg font-bold text-brand-800 sm:text-xl">
            就业见习服务平台
          </Link>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-12">
        <h1 className="text-xl font-bold">页面不存在</h1>
        <p className="mt-2 text-slate-700">您访问的页面不存在或已下线。</p>
        <p className="mt-4 flex gap-4">
          <Link href="/" prefetch={false} className="text-brand-700 underline">
            返回首页
          </Link>
          <a href="/jobs" className="text-brand-700 underline">
            查询见习岗位
          </a>
        </p>
      </main>
    </>
  );
}
