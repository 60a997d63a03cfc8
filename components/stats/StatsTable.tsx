import Link from 'next/link';
import { INDICATORS, formatIndicator } from '@/lib/stats/definitions';
import type { StatsRow } from '@/lib/stats/queries';

/**
 * The numbers behind a chart, for screen readers and for copying. It scrolls inside its own box on
 * a phone (focusable, so a keyboard can scroll it too). A row with `href` drills down.
 */
export function StatsTable({ caption, head, rows, total, id }: { caption: string; head: string; rows: StatsRow[]; total?: StatsRow; id: string }) {
  const cells = (r: StatsRow) =>
    INDICATORS.map((i) => (
      <td key={i.key} className="px-2 py-1.5 text-right tabular-nums">
        {formatIndicator(i.key, r)}
      </td>
    ));
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
      <table className="w-full min-w-[52rem] text-sm" data-stats-table={id}>
        <caption id={`${id}-caption`} className="px-2 py-1.5 text-left font-medium">
          {caption}
        </caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="px-2 py-1.5 text-left">
              {head}
            </th>
            {INDICATORS.map((i) => (
              <th key={i.key} scope="col" className="px-2 py-1.5 text-right whitespace-nowrap">
                {i.label}
                {i.key === 'subsidyFen' && '（元）'}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className="border-t border-slate-100">
              <th scope="row" className="px-2 py-1.5 text-left font-normal whitespace-nowrap">
                {r.href ? (
                  <Link href={r.href} className="text-brand-700 underline">
                    {r.label}
                  </Link>
                ) : (
                  r.label
                )}
              </th>
              {cells(r)}
            </tr>
          ))}
        </tbody>
        {total && (
          <tfoot className="border-t-2 border-slate-300 font-medium">
            <tr>
              <th scope="row" className="px-2 py-1.5 text-left">
                合计
              </th>
              {cells(total)}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}

/** A chart drawn on the server as SVG; the table that follows carries the same numbers. */
export function ChartFigure({ svg, title }: { svg: string; title: string }) {
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-2">
      <div role="img" aria-label={`${title}（图表，数据见下表）`} className="[&>svg]:h-auto [&>svg]:max-w-full" dangerouslySetInnerHTML={{ __html: svg }} />
      <figcaption className="mt-1 text-center text-sm text-slate-700">{title}</figcaption>
    </figure>
  );
}
