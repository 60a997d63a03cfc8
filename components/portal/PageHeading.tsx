import Link from 'next/link';

export type Crumb = { href?: string; label: string };

/** A page's title with its breadcrumb trail (the manual's menu path). */
export function PageHeading({ title, crumbs = [], children }: { title: string; crumbs?: Crumb[]; children?: React.ReactNode }) {
  return (
    <div className="mb-4">
      {crumbs.length > 0 && (
        <nav aria-label="当前位置" className="mb-1 text-sm text-slate-600">
          <ol className="flex flex-wrap gap-1">
            {crumbs.map((c, i) => (
              <li key={`${c.label}-${i}`} className="flex gap-1">
                {c.href ? (
                  <Link prefetch={false} href={c.href} className="text-brand-700 hover:underline">
                    {c.label}
                  </Link>
                ) : (
                  <span>{c.label}</span>
                )}
                {i < crumbs.length - 1 && <span aria-hidden="true">›</span>}
              </li>
            ))}
          </ol>
        </nav>
      )}
      <h1 className="text-xl font-bold text-slate-900 sm:text-2xl">{title}</h1>
      {children}
    </div>
  );
}
