import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { yuan } from '@/lib/subsidy/compute';
import { ledger } from '@/lib/subsidy/ledger';

export const metadata: Metadata = { title: '就业见习补贴发放台账' };

function Table({ caption, head, rows }: { caption: string; head: string[]; rows: (string | number)[][] }) {
  return (
    <div tabIndex={0} role="region" aria-label={`${caption}（可横向滚动）`} className="overflow-x-auto">
      <table className="w-full min-w-[28rem] text-left text-sm">
        <caption className="mb-1 text-left font-semibold">{caption}</caption>
        <thead className="bg-slate-100">
          <tr>
            {head.map((h) => (
              <th key={h} scope="col" className="px-2 py-1.5">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i} className="border-t border-slate-200">
              {r.map((c, j) => (
                <td key={j} className="px-2 py-1.5">
                  {c}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** 发放台账 of the reviewer's region (city or county): 市审核通过 onwards, by month and by batch. */
export default async function LedgerPage() {
  const me = await requireRole('staff', '/review/subsidy/ledger');
  const l = await ledger(getDb(), me.region);
  // Shanxi pays no retention bonus: its column appears only where a standard row pays one.
  const bonus = l.total.bonusFen > 0;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/review/subsidy" className="text-brand-700 underline">
          ← 返回补贴公示与拨付
        </Link>
      </p>
      <h1 className="mb-1 text-xl font-bold">就业见习补贴发放台账</h1>
      <p className="mb-4 text-sm text-slate-700">
        {me.bureau}（辖区代码 {me.region}）· 含市审核通过、已公示、已拨付的申领；金额按人按月四舍五入到分后相加。
      </p>
      <dl className="mb-4 grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-slate-600">申领数</dt>
          <dd className="text-lg font-semibold">{l.total.claims}</dd>
        </div>
        <div>
          <dt className="text-slate-600">人次</dt>
          <dd className="text-lg font-semibold">{l.total.personMonths}</dd>
        </div>
        <div>
          <dt className="text-slate-600">生活补贴（元）</dt>
          <dd className="text-lg font-semibold">{yuan(l.total.amountFen)}</dd>
        </div>
        <div>
          <dt className="text-slate-600">保险补贴（元）</dt>
          <dd className="text-lg font-semibold">{yuan(l.total.insuranceFen)}</dd>
        </div>
        {bonus && (
          <div>
            <dt className="text-slate-600">留用一次性补贴（元）</dt>
            <dd className="text-lg font-semibold">{yuan(l.total.bonusFen)}</dd>
          </div>
        )}
      </dl>
      <div className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <Table caption="按月份" head={['月份', '人次', '金额（元）']} rows={l.byMonth.map((r) => [r.month, r.personMonths, yuan(r.amountFen)])} />
        <Table
          caption="按拨付批次"
          head={['批次号', '状态', '申领数', '人次', '生活补贴（元）', '保险补贴（元）', ...(bonus ? ['留用一次性补贴（元）'] : [])]}
          rows={l.byBatch.map((r) => [
            r.batchNo ?? '未列入批次',
            r.batchNo ? (r.paid ? '已拨付' : '待拨付') : '—',
            r.claims,
            r.personMonths,
            yuan(r.amountFen),
            yuan(r.insuranceFen),
            ...(bonus ? [yuan(r.bonusFen)] : []),
          ])}
        />
      </div>
    </>
  );
}
