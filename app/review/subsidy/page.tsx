import type { Metadata } from 'next';
import Link from 'next/link';
import { batchAction, paidAction, publishAction } from './actions';
import { StaffActionForm } from '@/components/subsidy/StaffActionForm';
import { requireRole } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { todayInShanghai } from '@/lib/time';
import { claimsToBatch, cityBatches } from '@/lib/subsidy/batches';
import { yuan } from '@/lib/subsidy/compute';
import { DEFAULT_PUBLICITY_DAYS, cityPublicities, claimsToPublish } from '@/lib/subsidy/publicity';

export const metadata: Metadata = { title: '补贴公示与拨付' };

type ClaimPick = { filingId: string; unitName: string; fromMonth: string; toMonth: string; personMonths: number; totalFen: number };

function ClaimPicker({ rows, legend }: { rows: ClaimPick[]; legend: string }) {
  return (
    <fieldset>
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      <ul className="space-y-1 text-sm">
        {rows.map((c) => (
          <li key={c.filingId}>
            <label className="flex flex-wrap items-center gap-2">
              <input type="checkbox" name={`claims.${c.filingId}`} defaultChecked className="size-4" />
              {c.unitName} · {c.fromMonth} 至 {c.toMonth} · {c.personMonths}人次 · {yuan(c.totalFen)}元
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

const input = 'w-full rounded border border-slate-400 px-2 py-1.5';

/** City staff: 发布公示 of 市审核通过 claims, 拨付批次 of claims whose 公示 ended, 标记已拨付, the bank file. */
export default async function SubsidyCityPage() {
  const me = await requireRole('staff', '/review/subsidy');
  const city = me.region.length === 4 ? me.region : null;
  const db = getDb();
  const today = todayInShanghai();
  if (!city) {
    return (
      <>
        <h1 className="mb-3 text-xl font-bold">补贴公示与拨付</h1>
        <p role="status" className="rounded border border-slate-300 bg-slate-50 p-4">
          补贴公示与拨付由市级人社部门办理。
          <Link href="/review/subsidy/ledger" className="ml-1 text-brand-700 underline">
            查看本辖区发放台账
          </Link>
        </p>
      </>
    );
  }
  const [toPublish, publicities, toBatch, batches] = await Promise.all([
    claimsToPublish(db, city),
    cityPublicities(db, city),
    claimsToBatch(db, city, today),
    cityBatches(db, city),
  ]);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/review" className="text-brand-700 underline">
          ← 返回审核工作台
        </Link>
      </p>
      <h1 className="mb-4 text-xl font-bold">补贴公示与拨付</h1>
      <div className="space-y-4">
        <section aria-labelledby="publish" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="publish" className="mb-2 font-semibold">
            发布公示
          </h2>
          {toPublish.length === 0 ? (
            <p className="text-sm text-slate-600">暂无待公示的市审核通过申领。</p>
          ) : (
            <StaffActionForm action={publishAction} submitLabel="发布公示" done="公示已发布。">
              <ClaimPicker rows={toPublish} legend="市审核通过、待公示的申领" />
              <div className="grid gap-3 sm:grid-cols-3">
                <div>
                  <label htmlFor="p-title" className="mb-1 block text-sm font-medium">
                    公示标题
                  </label>
                  <input
                    id="p-title"
                    name="title"
                    defaultValue={`${me.bureau.replace(/人力资源和社会保障局$/, '')}就业见习补贴公示（${today.slice(0, 7)}）`}
                    className={input}
                  />
                </div>
                <div>
                  <label htmlFor="p-start" className="mb-1 block text-sm font-medium">
                    公示开始日期
                  </label>
                  <input id="p-start" name="startDate" type="date" defaultValue={today} className={input} />
                </div>
                <div>
                  <label htmlFor="p-days" className="mb-1 block text-sm font-medium">
                    公示天数（工作日）
                  </label>
                  <input id="p-days" name="workingDays" type="number" min={1} defaultValue={DEFAULT_PUBLICITY_DAYS} className={input} />
                </div>
              </div>
            </StaffActionForm>
          )}
          {publicities.length > 0 && (
            <ul aria-label="本市公示" className="mt-3 space-y-1 text-sm">
              {publicities.map((p) => (
                <li key={p.id}>
                  <Link href={`/public/subsidy/${p.id}`} className="text-brand-700 underline">
                    {p.title}
                  </Link>
                  （{p.startDate} 至 {p.endDate}，{p.endDate < today ? '已结束' : p.startDate > today ? '未开始' : '公示中'}）
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="batch" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="batch" className="mb-2 font-semibold">
            拨付批次
          </h2>
          {toBatch.length === 0 ? (
            <p className="text-sm text-slate-600">暂无公示期满、待拨付的申领。</p>
          ) : (
            <StaffActionForm action={batchAction} submitLabel="生成拨付批次" done="拨付批次已生成。">
              <ClaimPicker rows={toBatch} legend="公示期满、待拨付的申领" />
              <div className="grid gap-3 sm:grid-cols-3">
                <div>
                  <label htmlFor="b-no" className="mb-1 block text-sm font-medium">
                    批次号
                  </label>
                  <input id="b-no" name="batchNo" defaultValue={`${today.slice(0, 4)}-${String(batches.length + 1).padStart(2, '0')}`} className={input} />
                </div>
                <div>
                  <label htmlFor="b-date" className="mb-1 block text-sm font-medium">
                    拨付日期
                  </label>
                  <input id="b-date" name="payDate" type="date" defaultValue={today} className={input} />
                </div>
              </div>
            </StaffActionForm>
          )}
          {batches.length > 0 && (
            <div tabIndex={0} role="region" aria-label="本市拨付批次（可横向滚动）" className="mt-3 overflow-x-auto">
              <table className="w-full min-w-[32rem] text-left text-sm">
                <caption className="sr-only">本市拨付批次</caption>
                <thead className="bg-slate-100">
                  <tr>
                    {['批次号', '拨付日期', '申领数', '金额（元）', '状态', '操作'].map((h) => (
                      <th key={h} scope="col" className="px-2 py-1.5">
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {batches.map((b) => (
                    <tr key={b.id} className="border-t border-slate-200" data-batch={b.batchNo}>
                      <td className="px-2 py-1.5">{b.batchNo}</td>
                      <td className="px-2 py-1.5">{b.payDate}</td>
                      <td className="px-2 py-1.5">{b.claims}</td>
                      <td className="px-2 py-1.5">{yuan(Number(b.totalFen))}</td>
                      <td className="px-2 py-1.5">{b.paidAt ? '已拨付' : '待拨付'}</td>
                      <td className="space-y-1 px-2 py-1.5">
                        <a href={`/api/subsidy/batches/${b.id}`} className="block text-brand-700 underline">
                          下载代发文件<span className="sr-only">：批次 {b.batchNo}</span>
                        </a>
                        {!b.paidAt && (
                          <StaffActionForm action={paidAction} submitLabel={`标记已拨付`} done="已标记拨付。">
                            <input type="hidden" name="batchId" value={b.id} />
                          </StaffActionForm>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
        <p>
          <Link href="/review/subsidy/ledger" className="text-brand-700 underline">
            发放台账
          </Link>
        </p>
      </div>
    </>
  );
}
