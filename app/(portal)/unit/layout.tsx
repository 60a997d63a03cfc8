import { SectionLayout } from '@/components/portal/SectionLayout';
import { UNIT_ITEMS } from '@/lib/nav/menus';

export default function UnitLayout({ children }: { children: React.ReactNode }) {
  return (
    <SectionLayout label="法人办事" category={{ href: '/unit', label: '就业创业' }} items={UNIT_ITEMS}>
      {children}
    </SectionLayout>
  );
}
