import type { Metadata } from 'next';
import Link from 'next/link';
import { LoginArea } from '@/components/portal/LoginArea';
import { ReviewNav } from '@/components/review/ReviewNav';
import { logout } from '@/app/actions/auth';

export const metadata: Metadata = { title: { default: '审核工作台', template: '%s - 审核工作台' }, robots: { index: false, follow: false } };

/** The reviewers' dashboard has its own frame; every page in it checks the staff session itself. */
export default function ReviewLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <header className="bg-slate-800 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <Link href="/review" className="font-bold">
            就业见习 · 审核工作台
          </Link>
          <div className="rounded bg-white px-2 py-1">
            <LoginArea logout={logout} />
          </div>
        </div>
      </header>
      <ReviewNav />
      <main id="main" className="mx-auto max-w-6xl px-3 py-5 sm:px-4">
        {children}
      </main>
    </>
  );
}
