import type { PersonInternship } from '@/lib/subsidy/person';

/** A person's internships and, month by month, whether the unit's subsidy claim covers it. */
export function PersonInternships({ rows }: { rows: PersonInternship[] }) {
  if (!rows.length) return <p className="rounded border border-slate-200 bg-white p-4 text-sm">暂无见习记录。</p>;
  return (
    <div className="space-y-3">
      {rows.map((r) => (
        <section key={`${r.unitName}-${r.startDate}`} aria-label={`${r.unitName}见习`} className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="font-semibold">{r.unitName}</h2>
          <p className="text-sm text-slate-700">
            见习期 {r.startDate} 至 {r.endDate}
          </p>
          <ul aria-label="见习月份与补贴" className="mt-2 grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
            {r.months.map((m) => (
              <li key={m.month} className={`rounded border px-2 py-1 ${m.subsidy ? 'border-green-600 bg-green-50' : 'border-slate-300'}`}>
                {m.month}：{m.subsidy ? `已申领补贴（${m.subsidy}）` : '未申领补贴'}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
