'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { TOP_MENU } from '@/lib/nav/top';

const SECTION_PREFIXES: Record<string, string[]> = {
  '/person': ['/person', '/me'],
  '/unit': ['/unit'],
  '/public': ['/public', '/jobs'],
  '/center': ['/center'],
};

function isActive(href: string, pathname: string): boolean {
  if (href === '/') return pathname === '/';
  return (SECTION_PREFIXES[href] ?? [href]).some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

export function TopNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="主菜单" className="bg-brand-700">
      <ul className="mx-auto flex max-w-6xl overflow-x-auto px-2 sm:px-4">
        {TOP_MENU.map((item) => {
          const active = isActive(item.href, pathname);
          return (
            <li key={item.href} className="shrink-0">
              <Link
                prefetch={false}
                href={item.href}
                aria-current={active ? 'page' : undefined}
                className={`block px-2.5 py-3 text-sm font-medium text-white sm:px-6 sm:text-[15px] ${
                  active ? 'bg-brand-800 underline decoration-2 underline-offset-8' : 'hover:bg-brand-800'
                }`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
