'use client';

import Link from 'next/link';
import { useActionState, useState } from 'react';
import { initialFormState, type FormAction } from '@/lib/forms/state';

/** 审核通过 / 审核不通过 (a reason is required to reject). Carries the version the reviewer saw. */
/** `level`: of a two-level filing (1 县区审核, 2 市审核), named on the form and in the outcome. */
export function DecisionForm({ filingId, version, decide, level }: { filingId: string; version: number; decide: FormAction; level?: 1 | 2 }) {
  const levelName = level === 1 ? '县区' : level === 2 ? '市' : '';
  const [state, action, pending] = useActionState(decide, initialFormState);
  const [note, setNote] = useState('');
  const noteError = state.fieldErrors?.note;
  if (state.ok) {
    return (
      <div role="status" className="rounded-lg border border-green-300 bg-green-50 p-4">
        <p className="font-semibold text-green-900">
          {state.values?.decision === 'approved' ? `已${levelName}审核通过。` : `已${levelName}审核不通过，单位将看到审核意见。`}
        </p>
        <Link href="/review" className="mt-2 inline-block text-brand-700 underline">
          返回待审核列表
        </Link>
      </div>
    );
  }
  return (
    <form action={action} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="font-semibold">{levelName ? `${levelName}审核` : '审核'}</h2>
      {state.formError && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {state.formError}
        </p>
      )}
      <input type="hidden" name="filingId" value={filingId} />
      <input type="hidden" name="version" value={version} />
      <div>
        <label htmlFor="note" className="mb-1 block text-sm font-medium">
          审核意见
        </label>
        <textarea
          id="note"
          name="note"
          rows={3}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          aria-invalid={noteError ? true : undefined}
          aria-describedby={noteError ? 'note-error' : 'note-hint'}
          className={`w-full rounded border px-3 py-2 ${noteError ? 'border-red-600' : 'border-slate-400'}`}
        />
        {noteError ? (
          <p id="note-error" role="alert" className="mt-1 text-sm text-red-700">
            {noteError}
          </p>
        ) : (
          <p id="note-hint" className="mt-1 text-xs text-slate-600">
            审核不通过时必填，单位将在个人中心看到。
          </p>
        )}
      </div>
      <div className="flex flex-wrap gap-3">
        <button
          type="submit"
          name="decision"
          value="approved"
          disabled={pending}
          className="rounded bg-green-700 px-5 py-2 font-semibold text-white hover:bg-green-800 disabled:opacity-60"
        >
          审核通过
        </button>
        <button
          type="submit"
          name="decision"
          value="rejected"
          disabled={pending}
          className="rounded bg-red-700 px-5 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-60"
        >
          审核不通过
        </button>
      </div>
    </form>
  );
}
