import type { RegionOption } from '@/lib/regions/queries';

/** 见习区域: the 11 市; once a 市 is chosen, its 县区. Plain anchors (no client component), so every choice has its own URL. */
export function RegionChooser({ cities, counties, city, county }: { cities: RegionOption[]; counties: RegionOption[]; city?: string; county?: string }) {
  // data-on marks the chosen 市 / 县区 (app/globals.css, .region-chip). Attributes are spread only when
  // set: an undefined prop would still be written into the RSC payload, once per chip.
  const on = (active: boolean) => (active ? { 'data-on': '' } : {});
  const current = (active: boolean) => (active ? { 'aria-current': 'page' as const } : {});
  return (
    <div className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
      <div className="flex flex-wrap items-start gap-1">
        <span id="region-city-label" className="w-16 shrink-0 py-1 text-sm font-semibold text-slate-700">
          见习区域
        </span>
        <ul aria-labelledby="region-city-label" className="flex flex-1 flex-wrap gap-1">
          <li>
            <a href="/jobs" {...current(!city)} className="region-chip" {...on(!city)}>
              全省
            </a>
          </li>
          {cities.map((c) => (
            <li key={c.code}>
              <a href={`/jobs/${c.code}`} {...current(city === c.code && !county)} className="region-chip" {...on(city === c.code)}>
                {c.name}
              </a>
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
              <a href={`/jobs/${city}`} {...current(!county)} className="region-chip" {...on(!county)}>
                不限
              </a>
            </li>
            {counties.map((c) => (
              <li key={c.code}>
                <a href={`/jobs/${city}/${c.code}`} {...current(county === c.code)} className="region-chip" {...on(county === c.code)}>
                  {c.name}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
