/** A plain list table that scrolls inside its own box on a phone; cells are already formatted. */
export function ListTable({
  caption,
  columns,
  rows,
  empty = '没有符合条件的记录。',
}: {
  caption: string;
  columns: string[];
  rows: { key: string; cells: (string | number | null)[] }[];
  empty?: string;
}) {
  if (rows.length === 0) return <p className="rounded-lg border border-slate-200 bg-white p-6 text-center text-slate-600">{empty}</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" tabIndex={0} role="region" aria-label={caption}>
      <table className="w-full min-w-[48rem] text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col" className="px-2 py-1.5 whitespace-nowrap">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className="border-t border-slate-100">
              {r.cells.map((c, i) => (
                <td key={i} className="px-2 py-1.5">
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
