import Link from 'next/link';
import type { MenuItem } from '@/lib/nav/top';

/** The 事项 of a category as a list of cards. */
export function ItemCards({ items, label }: { items: MenuItem[]; label: string }) {
  return (
    <ul aria-label={label} className="grid gap-3 sm:grid-cols-2">
      {items.map((item) => (
        <li key={item.href}>
          <Link
            prefetch={false}
            href={item.href}
            className="block h-full rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600 hover:shadow"
          >
            <span className="block font-semibold text-brand-800">{item.label}</span>
            {item.description && <span className="mt-1 block text-sm text-slate-600">{item.description}</span>}
          </Link>
        </li>
      ))}
    </ul>
  );
}
