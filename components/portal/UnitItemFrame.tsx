import { PageHeading } from './PageHeading';
import type { MenuItem } from '@/lib/nav/top';

/** A 事项 page under 法人办事 → 就业创业: its title and the manual's menu path. */
export function UnitItemFrame({ item, children }: { item: MenuItem; children: React.ReactNode }) {
  return (
    <>
      <PageHeading
        title={item.label}
        crumbs={[{ href: '/', label: '首页' }, { href: '/unit', label: '法人办事' }, { href: '/unit', label: '就业创业' }, { label: item.label }]}
      >
        {item.description && <p className="mt-1 text-sm text-slate-600">{item.description}</p>}
      </PageHeading>
      {children}
    </>
  );
}

/** 单位基本信息: read-only, from the login. */
export function UnitBasics({ name, uscc }: { name: string; uscc: string }) {
  return (
    <section aria-labelledby="unit-basics" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="unit-basics" className="mb-2 font-semibold">
        单位基本信息
      </h2>
      <dl className="grid gap-2 text-sm sm:grid-cols-[8rem_1fr]">
        <dt className="text-slate-600">单位名称</dt>
        <dd className="font-medium">{name}</dd>
        <dt className="text-slate-600">统一社会信用代码</dt>
        <dd className="font-mono">{uscc}</dd>
      </dl>
    </section>
  );
}
