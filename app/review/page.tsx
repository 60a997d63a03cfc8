import { requireRole } from '@/lib/auth/session';

export const metadata = { title: '待审核' };

export default async function ReviewHome() {
  const me = await requireRole('staff', '/review');
  return (
    <>
      <h1 className="text-xl font-bold">审核工作台</h1>
      <p className="mt-2 text-slate-700">
        {me.bureau} · {me.name}
      </p>
    </>
  );
}
