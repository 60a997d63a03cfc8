import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeading } from '@/components/portal/PageHeading';
import { ProfileForm } from '@/components/posts/ProfileForm';
import { requireRole } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { PERSON_ITEMS } from '@/lib/nav/menus';
import { getProfile, listPersonInterests, profileEligibility } from '@/lib/posts/interests';
import { POSITION_STATE_LABEL } from '@/lib/posts/labels';
import { positionPath } from '@/lib/posts/urls';
import { saveProfileAction, withdrawInterestAction } from './actions';
import { formatTime, todayInShanghai } from '@/lib/time';

const item = PERSON_ITEMS[0];
export const metadata: Metadata = { title: item.label };

/** 个人办事 → 就业见习人员申请: the person's profile, whether they qualify, and their 意向 positions. */
export default async function PersonApplyPage() {
  const person = await requireRole('person', item.href);
  const db = getDb();
  const today = todayInShanghai();
  const [profile, interests] = await Promise.all([getProfile(db, person.id), listPersonInterests(db, person.id)]);
  if (!profile) return null;
  const e = profileEligibility(profile, today);
  return (
    <>
      <PageHeading title={item.label} crumbs={[{ href: '/', label: '首页' }, { href: '/person', label: '个人办事' }, { label: item.label }]} />
      <div className="space-y-4">
        <section aria-labelledby="profile-title" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="profile-title" className="mb-2 font-semibold">
            个人信息
          </h2>
          <dl className="mb-4 grid gap-2 text-sm sm:grid-cols-[6rem_1fr]">
            <dt className="text-slate-600">姓名</dt>
            <dd>{profile.name}</dd>
            <dt className="text-slate-600">性别</dt>
            <dd>{profile.gender}</dd>
            <dt className="text-slate-600">出生日期</dt>
            <dd>{profile.birthDate}</dd>
          </dl>
          <ProfileForm
            save={saveProfileAction}
            today={today}
            initial={{
              education: profile.education ?? '',
              major: profile.major ?? '',
              school: profile.school ?? '',
              graduationDate: profile.graduationDate ?? '',
              category: profile.category ?? '',
              phone: profile.phone ?? '',
            }}
          />
        </section>
        <section
          aria-labelledby="elig"
          className={`rounded-lg border p-4 text-sm ${e.ok ? 'border-green-300 bg-green-50 text-green-900' : 'border-amber-300 bg-amber-50 text-amber-900'}`}
        >
          <h2 id="elig" className="font-semibold">
            见习条件
          </h2>
          <p className="mt-1">
            {e.ok
              ? `您目前符合就业见习人员条件（${e.basis === 'graduate' ? '离校2年内未就业高校毕业生' : '16–24岁失业青年'}），可以在见习岗位查询中选择岗位报名。`
              : e.reason}
          </p>
          <Link href="/jobs" className="mt-2 inline-block font-semibold text-brand-800 underline">
            去见习岗位查询
          </Link>
        </section>
        <section id="interests" aria-labelledby="interests-title" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="interests-title" className="font-semibold">
            我的意向岗位（{interests.length}）
          </h2>
          {interests.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">您还没有报名任何见习岗位。</p>
          ) : (
            <ul className="mt-2 divide-y divide-slate-200">
              {interests.map((i) => (
                <li key={i.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                  <div>
                    <Link href={positionPath(i.code)} className="font-semibold text-brand-700 underline">
                      {i.title}
                    </Link>
                    <p className="text-slate-700">
                      {i.unitName} · {POSITION_STATE_LABEL[i.state]} · 报名于 {formatTime(i.createdAt)}
                    </p>
                  </div>
                  <form action={withdrawInterestAction}>
                    <input type="hidden" name="id" value={i.id} />
                    <button type="submit" className="rounded border border-slate-400 px-3 py-1 text-slate-800 hover:bg-slate-100">
                      撤回<span className="sr-only">：{i.title}</span>
                    </button>
                  </form>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
