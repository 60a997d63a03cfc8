import { SiteFooter } from '@/components/portal/SiteFooter';
import { SiteHeader } from '@/components/portal/SiteHeader';

export default function PortalLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-6xl px-3 py-5 sm:px-4">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
