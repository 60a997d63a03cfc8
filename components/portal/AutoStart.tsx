'use client';

import { useEffect } from 'react';

/**
 * Leaves the app for the 统一身份认证 with a full page load. A client-side (soft) navigation
 * cannot follow the login route's cross-page redirects, so this always goes through the browser.
 */
export function AutoStart({ href }: { href: string }) {
  useEffect(() => {
    window.location.replace(href);
  }, [href]);
  return (
    <p role="status" className="rounded-lg border border-slate-200 bg-white p-4">
      正在跳转到山西省政务服务网统一认证中心…
      <a href={href} className="ml-2 text-brand-700 underline">
        如未自动跳转，请点击这里
      </a>
    </p>
  );
}
