'use client';

import Link from 'next/link';
import { useState, useTransition } from 'react';

/**
 * 「我要报名」: the page is the same for everyone (cached), so who is asking is settled only when
 * the button is pressed, by the server action.
 */
/** What 我要报名 answers (the page hands in the server action that produces it). */
export type InterestReply = { ok: boolean; message: string; link?: { href: string; label: string } };

export function InterestPanel({ code, register }: { code: string; register: (code: string) => Promise<InterestReply> }) {
  const [reply, setReply] = useState<InterestReply | null>(null);
  const [pending, start] = useTransition();
  return (
    <div className="space-y-3">
      <button
        type="button"
        disabled={pending}
        onClick={() => start(async () => setReply(await register(code)))}
        className="rounded bg-red-700 px-6 py-2.5 font-semibold text-white hover:bg-red-800 disabled:opacity-60"
      >
        {pending ? '正在提交…' : '我要报名'}
      </button>
      {reply && (
        <div role={reply.ok ? 'status' : 'alert'} className={`rounded p-3 text-sm ${reply.ok ? 'bg-green-50 text-green-900' : 'bg-amber-50 text-amber-900'}`}>
          <p>{reply.message}</p>
          {reply.link && (
            <Link href={reply.link.href} className="mt-1 inline-block font-semibold text-brand-800 underline">
              {reply.link.label}
            </Link>
          )}
        </div>
      )}
    </div>
  );
}
