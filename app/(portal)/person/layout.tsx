import { SectionLayout } from '@/components/portal/SectionLayout';
import { PERSON_ITEMS } from '@/lib/nav/menus';

export default function PersonLayout({ children }: { children: React.ReactNode }) {
  return (
    <SectionLayout label="个人办事" category={{ href: '/person', label: '就业创业' }} items={PERSON_ITEMS}>
      {children}
    </SectionLayout>
  );
}
