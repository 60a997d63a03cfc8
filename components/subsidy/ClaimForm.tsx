'use client';

import { alertClass } from '@/components/ui/Alert';
import { useActionState, useState } from 'react';
import { AttachmentSlots, AttachmentSubmit, type Uploads } from '@/components/ui/AttachmentSubmit';
import { initialFormState, type FormAction } from '@/lib/forms/state';
import { yuan, type MonthLine } from '@/lib/subsidy/compute';
import { SUBSIDY_SLOTS } from '@/lib/subsidy/schema';

export type ClaimRow = {
  personId: string;
  name: string;
  startDate: string;
  endDate: string;
  systemMonths: number;
  monthlyFen: number | null;
  /** 留用一次性补贴 this claim carries for the intern (0 where the standard has none). */
  retentionBonusFen: number;
  months: MonthLine[];
  previous?: { months: number; premium: string; policyStart: string; policyEnd: string };
};

/** The amount of the first `n` provable months (what the server will reckon too). */
const amountOf = (r: ClaimRow, n: number) =>
  r.retentionBonusFen +
  r.months
    .filter((m) => m.ok)
    .slice(0, n)
    .reduce((s, m) => s + (m.ok ? m.amountFen : 0), 0);

/**
 * 就业见习补贴申领: per intern the 申请补贴月数 (down from 系统核算月数, never up) and optionally the
 * 人身意外伤害保险; the three attachment slots; 提交 with a one-time key and the 「申报成功」 dialog.
 */
export function ClaimForm({
  action,
  from,
  count,
  rows,
  capFen,
  submissionKey,
  fixId,
}: {
  action: FormAction;
  from: string;
  count: number;
  rows: ClaimRow[];
  capFen: number;
  submissionKey: string;
  fixId?: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const [asked, setAsked] = useState<Record<string, number>>(() =>
    Object.fromEntries(rows.map((r) => [r.personId, Math.min(r.previous?.months ?? r.systemMonths, r.systemMonths)])),
  );
  const [insured, setInsured] = useState<Record<string, boolean>>(() => Object.fromEntries(rows.map((r) => [r.personId, !!r.previous?.premium])));
  const [uploads, setUploads] = useState<Uploads>({});
  const needPolicy = Object.values(insured).some(Boolean);
  const slots = SUBSIDY_SLOTS.filter((s) => s.id !== 'subsidy_policy' || needPolicy);
  const allGreen = slots.every((s) => uploads[s.id]);
  const total = rows.reduce((s, r) => s + amountOf(r, asked[r.personId] ?? 0), 0);
  const personMonths = rows.reduce((s, r) => s + Math.min(asked[r.personId] ?? 0, r.systemMonths), 0);

  return (
    <form action={formAction} noValidate className="space-y-4">
      <input type="hidden" name="submissionKey" value={submissionKey} />
      <input type="hidden" name="from" value={from} />
      <input type="hidden" name="count" value={count} />
      <input type="hidden" name="filingId" value={fixId ?? ''} />
      {state.formError && (
        <p role="alert" className={alertClass()}>
          {state.formError}
        </p>
      )}
      <ul aria-label="见习人员补贴核算" className="space-y-3">
        {rows.map((r, i) => {
          const id = `p${i}`;
          const n = asked[r.personId] ?? 0;
          return (
            <li key={r.personId} className="rounded-lg border border-slate-200 bg-white p-4">
              <input type="hidden" name={`persons.${i}.personId`} value={r.personId} />
              <h3 className="font-semibold">
                {r.name}
                <span className="ml-2 text-sm font-normal text-slate-600">
                  见习期 {r.startDate} 至 {r.endDate}
                </span>
              </h3>
              <ul aria-label={`${r.name}各月核算`} className="mt-2 flex flex-wrap gap-2 text-sm">
                {r.months.map((m) => (
                  <li
                    key={m.month}
                    className={`rounded border px-2 py-1 ${m.ok ? 'border-green-600 bg-green-50 text-green-900' : 'border-slate-300 bg-slate-50 text-slate-700'}`}
                  >
                    {m.month}：{m.ok ? `${yuan(m.amountFen)}元` : m.reason}
                  </li>
                ))}
              </ul>
              <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
                <div>
                  <dt className="text-slate-600">系统核算月数</dt>
                  <dd className="font-semibold">{r.systemMonths}</dd>
                </div>
                <div>
                  <dt className="text-slate-600">每月补贴标准</dt>
                  <dd>{r.monthlyFen === null ? '—' : `${yuan(r.monthlyFen)}元`}</dd>
                </div>
                {r.retentionBonusFen > 0 && (
                  <div>
                    <dt className="text-slate-600">留用一次性补贴</dt>
                    <dd>{yuan(r.retentionBonusFen)}元</dd>
                  </div>
                )}
                <div>
                  <dt className="text-slate-600">金额</dt>
                  <dd data-testid={`amount-${i}`}>{yuan(amountOf(r, n))}元</dd>
                </div>
              </dl>
              <div className="mt-3 flex flex-wrap items-end gap-4">
                <div>
                  <label htmlFor={`${id}-months`} className="mb-1 block text-sm font-medium">
                    {r.name}申请补贴月数
                  </label>
                  <input
                    id={`${id}-months`}
                    name={`persons.${i}.months`}
                    type="number"
                    inputMode="numeric"
                    min={0}
                    max={r.systemMonths}
                    value={n}
                    onChange={(e) => setAsked((a) => ({ ...a, [r.personId]: Math.max(0, Math.min(r.systemMonths, Number.parseInt(e.target.value, 10) || 0)) }))}
                    aria-describedby={`${id}-months-hint`}
                    className="w-24 rounded border border-slate-400 px-2 py-1.5"
                  />
                  <p id={`${id}-months-hint`} className="mt-1 text-xs text-slate-600">
                    不超过系统核算月数（{r.systemMonths}）
                  </p>
                </div>
                <label className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    checked={!!insured[r.personId]}
                    onChange={(e) => setInsured((x) => ({ ...x, [r.personId]: e.target.checked }))}
                    className="size-4"
                  />
                  {r.name}申领人身意外伤害保险补贴
                </label>
              </div>
              {insured[r.personId] && (
                <div className="mt-3 grid gap-3 sm:grid-cols-3">
                  <div>
                    <label htmlFor={`${id}-premium`} className="mb-1 block text-sm font-medium">
                      保险费（元）
                    </label>
                    <input
                      id={`${id}-premium`}
                      name={`persons.${i}.premium`}
                      inputMode="decimal"
                      defaultValue={r.previous?.premium}
                      aria-describedby={`${id}-premium-hint`}
                      className="w-full rounded border border-slate-400 px-2 py-1.5"
                    />
                    <p id={`${id}-premium-hint`} className="mt-1 text-xs text-slate-600">
                      每人限一次，最多{yuan(capFen)}元
                    </p>
                  </div>
                  <div>
                    <label htmlFor={`${id}-ps`} className="mb-1 block text-sm font-medium">
                      保单起始日期
                    </label>
                    <input
                      id={`${id}-ps`}
                      name={`persons.${i}.policyStart`}
                      type="date"
                      defaultValue={r.previous?.policyStart}
                      className="w-full rounded border border-slate-400 px-2 py-1.5"
                    />
                  </div>
                  <div>
                    <label htmlFor={`${id}-pe`} className="mb-1 block text-sm font-medium">
                      保单终止日期
                    </label>
                    <input
                      id={`${id}-pe`}
                      name={`persons.${i}.policyEnd`}
                      type="date"
                      defaultValue={r.previous?.policyEnd}
                      className="w-full rounded border border-slate-400 px-2 py-1.5"
                    />
                  </div>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <p role="status" className="rounded border border-slate-200 bg-slate-50 p-3 text-sm">
        本次申领生活补贴 <strong>{personMonths}</strong> 人次，合计 <strong>{yuan(total)}</strong> 元{needPolicy ? '（另加保险补贴）' : ''}。
      </p>

      <section aria-labelledby="subsidy-files" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="subsidy-files" className="mb-1 border-l-4 border-brand-600 pl-2 font-semibold">
          申领材料上传
        </h2>
        <p className="mb-3 text-sm text-slate-600">
          先
          <a href={`/api/subsidy/roster?from=${from}&count=${count}`} className="mx-1 text-brand-700 underline">
            下载补贴名册
          </a>
          ，加盖公章后扫描上传。选择附件后点击“上传”，附件模块条变绿即上传成功。
        </p>
        <AttachmentSlots slots={slots} uploads={uploads} setUploads={setUploads} />
      </section>

      <AttachmentSubmit
        ready={allGreen}
        pending={pending}
        done={!!state.ok}
        notReady="请先上传全部申领材料"
        detail="可在【个人中心】的【未审核】中查看本次申领。"
      />
    </form>
  );
}
