import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { PageHeading } from '@/components/portal/PageHeading';
import { getPrincipal, loginUrl } from '@/lib/auth/session';

export const metadata: Metadata = { title: '个人中心' };

/** 个人中心: a unit's filings; persons have their own page, staff their dashboard. */
export default async function CenterPage() {
  const p = await getPrincipal();
  if (!p) redirect(loginUrl('unit', '/center'));
  if (p.role === 'person') redirect('/person/apply');
  if (p.role === 'staff') redirect('/review');
  return (
    <>
      <PageHeading title="个人中心" crumbs={[{ href: '/', label: '首页' }, { label: '个人中心' }]} />
      <p className="rounded-lg border border-slate-200 bg-white p-4">{p.name}</p>
    </>
  );
}
