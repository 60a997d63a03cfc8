import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { Suspense } from 'react';
import { PageHeading } from '@/components/portal/PageHeading';
import { BackButton, BackLink } from '@/components/posts/BackLink';
import { InterestPanel } from '@/components/posts/InterestPanel';
import { cachedPublicPosition } from '@/lib/posts/cache';
import { jobPosting, jsonLdText } from '@/lib/posts/jsonld';
import { POSITION_STATE_LABEL } from '@/lib/posts/labels';
import { formatYuan } from '@/lib/posts/money';
import { jobsListPath, positionPath } from '@/lib/posts/urls';
import { registerInterestAction } from './actions';
import { todayInShanghai } from '@/lib/time';
import { env } from '@/lib/env';

/** A public position page, cached whole like the lists (see the list page). */
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ code: string }> };

const load = async (params: Props['params']) => cachedPublicPosition((await params).code, todayInShanghai());

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await load(params);
  if (!p) return {};
  return {
    title: `${p.title} - ${p.unitName}`,
    description: `${p.unitName}招募${p.title}${p.headcount}人，工作地点${p.cityName}${p.countyName}，学历要求${p.education}，见习期${p.months}个月，见习生活补助${formatYuan(p.allowanceFen)}元/月，招募截止${p.deadline}。`,
    alternates: { canonical: positionPath(p.code) },
  };
}

export default async function PositionPage({ params }: Props) {
  const p = await load(params);
  if (!p) notFound();
  // Closed or expired: 410 Gone with a page that points to open positions nearby.
  if (p.state !== 'open') redirect(`/jobs/gone/${p.code}`);
  const fallback = jobsListPath({ region: p.countyCode, page: 1 });
  const rows: [string, string][] = [
    ['岗位编号', p.code],
    ['招聘单位', p.unitName],
    ['岗位类别', p.category],
    ['见习人数', `${p.headcount} 人`],
    ['学历要求', p.education],
    ['专业要求', p.major],
    ['见习期限', `${p.months} 个月`],
    ['见习生活补助', `${formatYuan(p.allowanceFen)} 元/月`],
    ['工作地点', `${p.cityName} ${p.countyName} ${p.address}`],
    ['招募截止日期', p.deadline],
    ['联系人', p.contactName],
    ['联系电话', p.contactPhone],
  ];
  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(jobPosting(p, env().SITE_URL)) }} />
      <PageHeading
        title={p.title}
        crumbs={[
          { href: '/public', label: '公共就业' },
          { href: '/jobs', label: '见习岗位查询' },
          { href: fallback, label: `${p.cityName} · ${p.countyName}` },
          { label: '查看职位' },
        ]}
      >
        <p className="mt-1 text-sm text-slate-700">
          {p.unitName} · <span className="text-green-800">{POSITION_STATE_LABEL[p.state]}</span>
        </p>
      </PageHeading>
      <div className="space-y-4">
        <section aria-labelledby="basics" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="basics" className="mb-2 font-semibold">
            岗位信息
          </h2>
          <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[7rem_1fr]">
            {rows.map(([k, v]) => (
              <div key={k} className="contents">
                <dt className="text-slate-600">{k}</dt>
                <dd className="break-words text-slate-900">{v}</dd>
              </div>
            ))}
          </dl>
        </section>
        <section aria-labelledby="duties" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="duties" className="font-semibold">
            岗位职责
          </h2>
          <p className="mt-1 whitespace-pre-line text-sm leading-6">{p.duties}</p>
          <h2 className="mt-3 font-semibold">任职要求</h2>
          <p className="mt-1 whitespace-pre-line text-sm leading-6">{p.requirements}</p>
        </section>
        <section aria-labelledby="apply" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="apply" className="mb-2 font-semibold">
            报名
          </h2>
          <p className="mb-3 text-sm text-slate-600">
            面向离校2年内未就业高校毕业生和16–24岁失业青年。报名后，用人单位将在“意向人员”中看到您的信息并与您联系。
          </p>
          <InterestPanel code={p.code} register={registerInterestAction} />
        </section>
        <Suspense fallback={<BackButton href={fallback} />}>
          <BackLink fallback={fallback} />
        </Suspense>
      </div>
    </>
  );
}
