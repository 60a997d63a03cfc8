import type { DetailSection } from '@/lib/filings/detail';
import { formatSize } from '@/lib/storage/sniff';

/**
 * Renders a filing's details. Reviewers (`preview`) see each attachment inline (images as images,
 * PDFs in a frame) besides the download link; units get the download link.
 */
export function DetailSections({ sections, preview = false }: { sections: DetailSection[]; preview?: boolean }) {
  return (
    <div className="space-y-4">
      {sections.map((s) => (
        <section key={s.title} aria-labelledby={`d-${s.title}`} className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id={`d-${s.title}`} className="mb-3 border-l-4 border-brand-600 pl-2 font-semibold">
            {s.title}
          </h2>
          {s.type === 'fields' && (
            <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[9rem_1fr]">
              {s.fields.map((f) => (
                <div key={f.label} className="contents">
                  <dt className="text-slate-600">{f.label}</dt>
                  <dd className={`break-words whitespace-pre-wrap ${f.mono ? 'font-mono' : ''}`}>{f.value || '—'}</dd>
                </div>
              ))}
            </dl>
          )}
          {s.type === 'files' && (
            <ul className="grid gap-4 md:grid-cols-3">
              {s.files.map((f) => (
                <li key={f.id} className="rounded border border-slate-200 p-3 text-sm">
                  <p className="font-medium">{f.slotLabel}</p>
                  <p className="mt-1 break-all text-slate-700">
                    {f.name}（{formatSize(f.size)}）
                  </p>
                  <a href={`/api/files/${f.id}`} className="mt-1 inline-block text-brand-700 underline">
                    下载<span className="sr-only">：{f.slotLabel}</span>
                  </a>
                  {preview &&
                    (f.mime === 'application/pdf' ? (
                      <iframe title={`${f.slotLabel}预览`} src={`/api/files/${f.id}?inline=1`} className="mt-2 h-64 w-full rounded border" />
                    ) : (
                      // eslint-disable-next-line @next/next/no-img-element -- an authorised, private file: not for the image optimiser
                      <img src={`/api/files/${f.id}?inline=1`} alt={`${f.slotLabel}预览`} className="mt-2 max-h-64 w-full rounded border object-contain" />
                    ))}
                </li>
              ))}
            </ul>
          )}
          {s.type === 'table' && (
            <div className="overflow-x-auto">
              <table className="w-full min-w-[36rem] text-left text-sm">
                <thead className="bg-slate-100">
                  <tr>
                    {s.columns.map((c) => (
                      <th key={c} scope="col" className="px-2 py-1.5">
                        {c}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {s.rows.map((r, i) => (
                    <tr key={i} className="border-t border-slate-100">
                      {r.map((v, j) => (
                        <td key={j} className="px-2 py-1.5">
                          {v}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
              {s.note && <p className="mt-2 text-sm text-slate-600">{s.note}</p>}
            </div>
          )}
        </section>
      ))}
    </div>
  );
}
