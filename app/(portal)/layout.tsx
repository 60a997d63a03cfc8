import { SiteFooter } from '@/components/portal/SiteFooter';
import { SiteHeader } from '@/components/portal/SiteHeader';
import { logout } from '@/app/actions/auth';

export default function PortalLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SiteHeader logout={logout} />
      <main id="main" className="mx-auto max-w-6xl px-3 py-5 sm:px-4">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
