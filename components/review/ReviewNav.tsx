import Link from 'next/link';

const LINKS = [
  { href: '/review', label: '待审核' },
  { href: '/review/stats', label: '统计分析' },
  { href: '/review/units', label: '见习单位' },
  { href: '/review/positions', label: '见习岗位' },
  { href: '/review/interns', label: '见习人员' },
];

/** The dashboard's menu. */
export function ReviewNav() {
  return (
    <nav aria-label="审核工作台菜单" className="border-b border-slate-200 bg-white">
      <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-4 gap-y-1 px-4 py-2 text-sm">
        {LINKS.map((l) => (
          <li key={l.href}>
            <Link href={l.href} className="text-brand-700 underline-offset-2 hover:underline">
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
