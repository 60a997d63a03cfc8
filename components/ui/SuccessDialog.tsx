'use client';

import Link from 'next/link';
import { useEffect, useRef } from 'react';

/** The 「申报成功」 box the manual shows after 提交: a real modal dialog that takes focus. */
export function SuccessDialog({ open, onClose, message = '申报成功', detail }: { open: boolean; onClose: () => void; message?: string; detail?: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} aria-labelledby="success-title" onClose={onClose} className="m-auto w-[min(90vw,24rem)] rounded-lg p-0 shadow-xl backdrop:bg-black/40">
      <div className="p-6 text-center">
        <p aria-hidden="true" className="mx-auto mb-3 grid size-12 place-items-center rounded-full bg-green-100 text-2xl text-green-700">
          ✓
        </p>
        <h2 id="success-title" className="text-lg font-bold text-slate-900">
          {message}
        </h2>
        {detail && <p className="mt-2 text-sm text-slate-700">{detail}</p>}
        <div className="mt-5 flex justify-center gap-3">
          <Link href="/center?state=pending" className="rounded bg-brand-700 px-4 py-2 text-white hover:bg-brand-800">
            查看个人中心
          </Link>
          <button type="button" autoFocus onClick={onClose} className="rounded border border-slate-300 px-4 py-2 text-slate-700 hover:bg-slate-100">
            关闭
          </button>
        </div>
      </div>
    </dialog>
  );
}
