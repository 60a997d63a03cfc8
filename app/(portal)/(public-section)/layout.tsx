import { SectionLayout } from '@/components/portal/SectionLayout';
import { PUBLIC_ITEMS } from '@/lib/nav/menus';

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <SectionLayout label="公共就业" category={{ href: '/public', label: '创业指导' }} items={PUBLIC_ITEMS}>
      {children}
    </SectionLayout>
  );
}
