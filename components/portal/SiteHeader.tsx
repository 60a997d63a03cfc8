import Link from 'next/link';
import { TopNav } from './TopNav';
import { LoginArea } from './LoginArea';

/** `logout` is the server action behind 退出 (handed in by the layout: components never import app/). */
export function SiteHeader({ logout }: { logout: () => Promise<void> }) {
  return (
    <header>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
        跳到主要内容
      </a>
      <div className="bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <Link prefetch={false} href="/" className="flex items-center gap-3">
            <span aria-hidden="true" className="grid size-10 place-items-center rounded-full bg-brand-700 text-lg font-bold text-white">
              晋
            </span>
            <span>
              <span className="block text-lg font-bold text-brand-800 sm:text-xl">就业见习服务平台</span>
              <span className="block text-xs text-slate-600">山西省人社一体化公共服务平台</span>
            </span>
          </Link>
          <LoginArea logout={logout} />
        </div>
      </div>
      <TopNav />
    </header>
  );
}
