import Link from 'next/link';

/** Shown instead of a 事项 that only an approved 见习单位 can use. */
export function NotTraineeUnit() {
  return (
    <div role="status" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
      <p className="font-semibold text-amber-900">贵单位尚未成为就业见习单位，暂不能办理本事项。</p>
      <p className="mt-1 text-sm text-slate-700">
        请先办理
        <Link href="/unit/qualification" className="mx-1 text-brand-700 underline">
          就业见习单位申请
        </Link>
        ，审核通过后即可办理。
      </p>
    </div>
  );
}
