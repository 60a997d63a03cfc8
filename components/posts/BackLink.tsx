'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { safeListUrl } from '@/lib/posts/urls';

/**
 * 【返回】 to the list the position was opened from (its address travels in `from`, filters and
 * page included); opened directly, it goes to the position's 县区 list.
 */
export function BackLink({ fallback }: { fallback: string }) {
  const from = safeListUrl(useSearchParams().get('from'));
  return <BackButton href={from ?? fallback} />;
}

export function BackButton({ href }: { href: string }) {
  return (
    <Link prefetch={false} href={href} className="inline-block rounded border border-slate-400 px-4 py-2 text-slate-800 hover:bg-slate-100">
      返回
    </Link>
  );
}
