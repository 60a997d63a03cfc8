import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ContactUs } from '@/components/sso/ContactUs';
import { ssoEnabled } from '@/lib/sso/config';

export const metadata: Metadata = {
  title: { default: '山西省政务服务网统一认证中心', template: '%s - 山西省政务服务网统一认证中心' },
  robots: { index: false, follow: false },
};

export default function SsoLayout({ children }: { children: React.ReactNode }) {
  if (!ssoEnabled()) notFound();
  return (
    <div className="min-h-screen bg-gradient-to-b from-red-50 to-slate-50">
      <header className="border-b-4 border-red-700 bg-white">
        <div className="mx-auto flex max-w-5xl items-center gap-3 px-4 py-3">
          <span aria-hidden="true" className="grid size-10 place-items-center rounded-full bg-red-700 text-lg font-bold text-white">
            政
          </span>
          <div>
            <p className="text-lg font-bold text-red-800 sm:text-xl">山西省政务服务网统一认证中心</p>
            <p className="text-xs text-slate-600">一次认证，全网通办（演示环境中的仿真认证服务）</p>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto grid max-w-5xl gap-6 px-3 py-6 sm:px-4 md:grid-cols-[1fr_20rem]">
        <div>{children}</div>
        <aside>
          <ContactUs />
        </aside>
      </main>
    </div>
  );
}
