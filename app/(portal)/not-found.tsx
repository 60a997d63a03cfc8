import Link from 'next/link';

/**
 * 404 inside the portal (an unknown 岗位 or 市 code, a page past the last): the portal layout around it
 * already draws the header and footer, so every portal page's RSC payload no longer carries a second
 * copy of them for this boundary (#13 item 1).
 */
export default function PortalNotFound() {
  return (
    <div className="py-7">
      <h1 className="text-xl font-bold">页面不存在</h1>
      <p className="mt-2 text-slate-700">您访问的页面不存在或已下线。</p>
      <Link href="/" prefetch={false} className="mt-4 inline-block text-brand-700 underline">
        返回首页
      </Link>
    </div>
  );
}
