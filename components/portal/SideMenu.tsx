'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { MenuItem } from '@/lib/nav/top';

/** The vertical menu of a section (竖向导向栏): one category heading and its 事项. */
export function SideMenu({ label, category, items }: { label: string; category: MenuItem; items: MenuItem[] }) {
  const pathname = usePathname();
  const linkClass = (active: boolean) => `block rounded px-3 py-2 ${active ? 'bg-brand-50 font-semibold text-brand-800' : 'text-slate-800 hover:bg-slate-100'}`;
  return (
    <nav aria-label={label} className="rounded-lg border border-slate-200 bg-white p-2 md:w-56 md:shrink-0">
      <Link
        prefetch={false}
        href={category.href}
        aria-current={pathname === category.href ? 'page' : undefined}
        className={`block rounded px-3 py-2 text-base font-bold ${
          pathname === category.href ? 'bg-brand-700 text-white' : 'bg-brand-50 text-brand-800 hover:bg-brand-100'
        }`}
      >
        {category.label}
      </Link>
      <ul className="mt-1 grid grid-cols-2 gap-1 text-sm md:grid-cols-1">
        {items.map((item) => {
          const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link prefetch={false} href={item.href} aria-current={active ? 'page' : undefined} className={linkClass(active)}>
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
