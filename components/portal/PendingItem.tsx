import { PageHeading } from './PageHeading';
import { LoginRequired } from './LoginRequired';
import type { MenuItem } from '@/lib/nav/menus';

/** A 事项 page: its path from the manual and the login it needs. */
export function UnitItemFrame({ item, children }: { item: MenuItem; children?: React.ReactNode }) {
  return (
    <>
      <PageHeading
        title={item.label}
        crumbs={[{ href: '/', label: '首页' }, { href: '/unit', label: '法人办事' }, { href: '/unit', label: '就业创业' }, { label: item.label }]}
      >
        {item.description && <p className="mt-1 text-sm text-slate-600">{item.description}</p>}
      </PageHeading>
      {children ?? <LoginRequired who="unit" next={item.href} />}
    </>
  );
}
