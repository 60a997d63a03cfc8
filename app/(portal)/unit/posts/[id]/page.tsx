import { viewerOf } from '@/lib/access/viewer';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { UnitItemFrame } from '@/components/portal/UnitItemFrame';
import { requireRole } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { UNIT_POSTS_ITEM } from '@/lib/nav/menus';
import { listInterestsForUnit } from '@/lib/posts/interests';
import { getUnitPosition, positionDetails } from '@/lib/posts/positions';
import { closePositionAction } from './actions';
import { formatTime } from '@/lib/time';

const item = UNIT_POSTS_ITEM;
export const metadata: Metadata = { title: `岗位详情 - ${item.label}` };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ closed?: string }> };

/** 【查看详情】: one of this unit's positions and its 意向人员 (another unit's id is simply not found). */
export default async function Page({ params, searchParams }: Props) {
  const { id } = await params;
  const unit = await requireRole('unit', `/unit/posts/${encodeURIComponent(id)}`);
  const db = getDb();
  const position = await getUnitPosition(db, unit.id, id);
  const people = position && (await listInterestsForUnit(db, unit.id, position.id));
  if (!position || !people) notFound();
  const sections = await positionDetails(db, position.filingId, viewerOf(unit));
  const closed = (await searchParams).closed === '1';
  return (
    <UnitItemFrame item={item}>
      {closed && (
        <p role="status" className="mb-3 rounded bg-green-50 p-3 text-sm text-green-900">
          已停止招募，该岗位不再出现在公开查询中。
        </p>
      )}
      {sections.map((s) =>
        s.type === 'fields' ? (
          <section key={s.title} aria-labelledby="pos-detail" className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="pos-detail" className="mb-2 font-semibold">
              {s.title}
            </h2>
            <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[7rem_1fr]">
              {s.fields.map((f) => (
                <div key={f.label} className="contents">
                  <dt className="text-slate-600">{f.label}</dt>
                  <dd className={`break-words ${f.mono ? 'font-mono' : ''}`}>{f.value}</dd>
                </div>
              ))}
            </dl>
          </section>
        ) : null,
      )}
      <section aria-labelledby="people" className="mt-4 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="people" className="font-semibold">
          意向人员（{people.length}）
        </h2>
        {people.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">暂无人员报名该岗位。</p>
        ) : (
          <div className="mt-2 overflow-x-auto">
            <table className="w-full min-w-[52rem] text-left text-sm">
              <thead className="bg-slate-50 text-slate-700">
                <tr>
                  {['姓名', '性别', '学历', '专业', '毕业院校', '毕业时间', '手机号码', '身份证号', '报名时间'].map((h) => (
                    <th key={h} scope="col" className="px-2 py-2 font-semibold">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {people.map((p, i) => (
                  <tr key={i}>
                    <td className="px-2 py-2">{p.name}</td>
                    <td className="px-2 py-2">{p.gender}</td>
                    <td className="px-2 py-2">{p.education ?? ''}</td>
                    <td className="px-2 py-2">{p.major ?? ''}</td>
                    <td className="px-2 py-2">{p.school ?? ''}</td>
                    <td className="px-2 py-2">{p.graduationDate ?? ''}</td>
                    <td className="px-2 py-2 font-mono">{p.phone ?? ''}</td>
                    <td className="px-2 py-2 font-mono">{p.idCardMasked}</td>
                    <td className="px-2 py-2">{formatTime(p.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <div className="mt-4 flex flex-wrap gap-3">
        <Link href="/unit/posts" className="rounded border border-slate-400 px-4 py-2 text-slate-800 hover:bg-slate-100">
          返回
        </Link>
        {position.state === 'open' && (
          <form action={closePositionAction}>
            <input type="hidden" name="id" value={position.id} />
            <button type="submit" className="rounded border border-red-700 px-4 py-2 text-red-800 hover:bg-red-50">
              停止招募
            </button>
          </form>
        )}
      </div>
    </UnitItemFrame>
  );
}
