'use client';

import { useRouter } from 'next/navigation';
import { useState, type Dispatch, type SetStateAction } from 'react';
import { buttonClass } from './Button';
import { FileSlot, type Uploaded } from './FileSlot';
import { SuccessDialog } from './SuccessDialog';

export type Uploads = Record<string, Uploaded | null>;

/** The upload slots of a filing, three to a row on wide screens; each turns green once its file is stored. */
export function AttachmentSlots({
  slots,
  uploads,
  setUploads,
}: {
  slots: readonly { id: string; label: string }[];
  uploads: Uploads;
  setUploads: Dispatch<SetStateAction<Uploads>>;
}) {
  return (
    <div className="grid gap-3 md:grid-cols-3">
      {slots.map((s) => (
        <FileSlot
          key={s.id}
          slot={s.id}
          label={s.label}
          initial={uploads[s.id] ?? undefined}
          onChange={(slot, f) => setUploads((u) => ({ ...u, [slot]: f }))}
        />
      ))}
    </div>
  );
}

/**
 * 【提交】 of a filing with attachments: disabled until every slot is green, while it is sent and once
 * it went through; then the manual's 「申报成功」, whose closing shows the page as it now is.
 */
export function AttachmentSubmit({
  ready,
  pending,
  done,
  notReady,
  detail,
}: {
  ready: boolean;
  pending: boolean;
  done: boolean;
  notReady: string;
  detail: string;
}) {
  const router = useRouter();
  const [closed, setClosed] = useState(false);
  return (
    <>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={!ready || pending || done} className={buttonClass({ size: 'lg' })}>
          {pending ? '正在提交…' : '提交'}
        </button>
        {!ready && <span className="text-sm text-slate-600">{notReady}</span>}
      </div>
      <SuccessDialog
        open={done && !closed}
        detail={detail}
        onClose={() => {
          setClosed(true);
          router.refresh();
        }}
      />
    </>
  );
}
