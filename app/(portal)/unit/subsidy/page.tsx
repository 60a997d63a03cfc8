import { buttonClass } from '@/components/ui/Button';
import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import Link from 'next/link';
import { NotTraineeUnit } from '@/components/batch/NotTraineeUnit';
import { UnitBasics, UnitItemFrame } from '@/components/portal/UnitItemFrame';
import { ClaimForm } from '@/components/subsidy/ClaimForm';
import { ClaimList } from '@/components/subsidy/ClaimList';
import { requireRole } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { monthInShanghai } from '@/lib/time';
import { kindItem } from '@/lib/nav/menus';
import { isUuid } from '@/lib/validation/uuid';
import { submitClaimAction } from './actions';
import { MAX_WINDOW_MONTHS, ROUNDING_NOTE, addMonths, isMonth, monthsBetween, yuan } from '@/lib/subsidy/compute';
import { rejectedClaim, unitClaims, unitReckoning } from '@/lib/subsidy/claims';

const item = kindItem('subsidy');
export const metadata: Metadata = { title: item.label };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SubsidyClaimPage({ searchParams }: Props) {
  const unit = await requireRole('unit', item.href);
  const sp = await searchParams;
  const db = getDb();
  const one = (k: string) => (typeof sp[k] === 'string' ? (sp[k] as string) : '');
  const fix = isUuid(one('fix')) ? await rejectedClaim(db, unit.id, one('fix')) : null;
  const current = monthInShanghai();
  const from = fix?.fromMonth ?? (isMonth(one('from')) ? one('from') : addMonths(current, -MAX_WINDOW_MONTHS));
  const count = fix
    ? monthsBetween(fix.fromMonth, fix.toMonth)
    : Math.max(1, Math.min(MAX_WINDOW_MONTHS, Number.parseInt(one('count'), 10) || MAX_WINDOW_MONTHS));
  const [r, claims] = await Promise.all([unitReckoning(db, unit.id, from, count, { exceptFiling: fix?.filingId }), unitClaims(db, unit.id)]);

  return (
    <UnitItemFrame item={item}>
      <div className="space-y-4">
        <UnitBasics name={unit.name} uscc={unit.uscc} />
        {!r ? (
          <NotTraineeUnit />
        ) : (
          <>
            {fix && (
              <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4">
                <p className="font-semibold text-red-900">
                  正在修改审核不通过的补贴申领（{fix.fromMonth} 至 {fix.toMonth}）。
                </p>
                <p className="mt-1 text-sm text-red-900">审核意见：{fix.note}</p>
              </div>
            )}
            <section aria-labelledby="window" className="rounded-lg border border-slate-200 bg-white p-4">
              <h2 id="window" className="mb-2 font-semibold">
                申领期间
              </h2>
              {fix ? (
                <p className="text-sm">
                  {fix.fromMonth} 至 {fix.toMonth}（修改时不能更改申领期间）
                </p>
              ) : (
                <form action={item.href} className="flex flex-wrap items-end gap-3">
                  <div>
                    <label htmlFor="w-from" className="mb-1 block text-sm font-medium">
                      起始月份
                    </label>
                    <input
                      id="w-from"
                      name="from"
                      type="month"
                      defaultValue={from}
                      max={addMonths(current, -1)}
                      className="rounded border border-slate-400 px-2 py-1.5"
                    />
                  </div>
                  <div>
                    <label htmlFor="w-count" className="mb-1 block text-sm font-medium">
                      申领月数
                    </label>
                    <select id="w-count" name="count" defaultValue={String(count)} className="rounded border border-slate-400 bg-white px-2 py-1.5">
                      {[1, 2, 3].map((n) => (
                        <option key={n} value={n}>
                          {n}个月
                        </option>
                      ))}
                    </select>
                  </div>
                  <button type="submit" className={buttonClass()}>
                    核算
                  </button>
                </form>
              )}
              <p className="mt-2 text-xs text-slate-600">
                一次申领最多{MAX_WINDOW_MONTHS}个连续月份；只计已结束、在见习期内且考勤已审核通过的月份，每人累计不超过12个月。{ROUNDING_NOTE}
              </p>
            </section>
            <section aria-labelledby="reckoning" className="space-y-3">
              <h2 id="reckoning" className="font-semibold">
                见习人员补贴核算（{r.window[0]} 至 {r.window[r.window.length - 1]}）
              </h2>
              {r.persons.length === 0 ? (
                <p className="rounded border border-slate-200 bg-white p-4 text-sm">该期间没有本单位的见习人员。</p>
              ) : (
                <ClaimForm
                  key={`${from}-${count}-${fix?.filingId ?? ''}`}
                  action={submitClaimAction}
                  from={from}
                  count={count}
                  capFen={r.insuranceCapFen}
                  submissionKey={randomUUID()}
                  fixId={fix?.filingId}
                  rows={r.persons.map((p) => {
                    const prev = fix?.persons.find((x) => x.personId === p.personId);
                    return {
                      personId: p.personId,
                      name: p.name,
                      startDate: p.startDate,
                      endDate: p.endDate,
                      systemMonths: p.systemMonths,
                      monthlyFen: p.monthlyFen,
                      retentionBonusFen: p.retentionBonusFen,
                      months: p.months,
                      previous: prev
                        ? {
                            months: prev.months,
                            premium: prev.premiumFen === null ? '' : yuan(prev.premiumFen).replace(/,/g, ''),
                            policyStart: prev.policyStart ?? '',
                            policyEnd: prev.policyEnd ?? '',
                          }
                        : undefined,
                    };
                  })}
                />
              )}
            </section>
          </>
        )}
        <section aria-labelledby="my-claims" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="my-claims" className="mb-2 font-semibold">
            本单位补贴申领记录
          </h2>
          <ClaimList rows={claims} />
          <p className="mt-2 text-sm">
            <Link href="/center?kind=subsidy" className="text-brand-700 underline">
              在个人中心查看全部
            </Link>
          </p>
        </section>
      </div>
    </UnitItemFrame>
  );
}
