import type { MenuItem } from '@/lib/nav/top';
import { SideMenu } from './SideMenu';

/** A top-menu section: the vertical menu on the left (on top on a phone), the page beside it. */
export function SectionLayout({ label, category, items, children }: { label: string; category: MenuItem; items: MenuItem[]; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-4 md:flex-row md:items-start">
      {/* Only what the menu shows: the props of a client component are written into every page's RSC payload. */}
      <SideMenu label={label} category={{ href: category.href, label: category.label }} items={items.map(({ href, label }) => ({ href, label }))} />
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  );
}
