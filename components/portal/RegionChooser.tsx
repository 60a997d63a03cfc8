import Link from 'next/link';
import type { RegionOption } from '@/lib/regions/queries';

/** 见习区域: the 11 市; once a 市 is chosen, its 县区. Plain links, so every choice has its own URL. */
export function RegionChooser({
  cities,
  counties,
  city,
  county,
}: {
  cities: RegionOption[];
  counties: RegionOption[];
  city?: string;
  county?: string;
}) {
  const chip = (active: boolean) =>
    `inline-block rounded px-2.5 py-1 text-sm ${active ? 'bg-brand-700 text-white' : 'text-brand-800 hover:bg-brand-50'}`;
  return (
    <div className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
      <div className="flex flex-wrap items-start gap-1">
        <span id="region-city-label" className="w-16 shrink-0 py-1 text-sm font-semibold text-slate-700">
          见习区域
        </span>
        <ul aria-labelledby="region-city-label" className="flex flex-1 flex-wrap gap-1">
          <li>
            <Link href="/jobs" aria-current={!city ? 'page' : undefined} className={chip(!city)}>
              全省
            </Link>
          </li>
          {cities.map((c) => (
            <li key={c.code}>
              <Link href={`/jobs/${c.code}`} aria-current={city === c.code && !county ? 'page' : undefined} className={chip(city === c.code)}>
                {c.name}
              </Link>
            </li>
          ))}
        </ul>
      </div>
      {city && counties.length > 0 && (
        <div className="flex flex-wrap items-start gap-1 border-t border-slate-100 pt-2">
          <span id="region-county-label" className="w-16 shrink-0 py-1 text-sm font-semibold text-slate-700">
            县区
          </span>
          <ul aria-labelledby="region-county-label" className="flex flex-1 flex-wrap gap-1">
            <li>
              <Link href={`/jobs/${city}`} aria-current={!county ? 'page' : undefined} className={chip(!county)}>
                不限
              </Link>
            </li>
            {counties.map((c) => (
              <li key={c.code}>
                <Link
                  href={`/jobs/${city}/${c.code}`}
                  aria-current={county === c.code ? 'page' : undefined}
                  className={chip(county === c.code)}
                >
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
