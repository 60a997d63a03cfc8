import { SectionLayout } from '@/components/portal/SectionLayout';
import { PERSON_ITEMS } from '@/lib/nav/menus';
import { connection } from 'next/server';

/** Rendered per request, so that the proxy's script nonce reaches every page here (lib/security/headers.ts). */
export default async function PersonLayout({ children }: { children: React.ReactNode }) {
  await connection();
  return (
    <SectionLayout label="个人办事" category={{ href: '/person', label: '就业创业' }} items={PERSON_ITEMS}>
      {children}
    </SectionLayout>
  );
}
