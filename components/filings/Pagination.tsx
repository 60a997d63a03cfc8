import Link from 'next/link';

/** 上一页 / 下一页 links that keep every other filter of the URL. */
export function Pagination({
  page,
  total,
  pageSize,
  basePath,
  params,
}: {
  page: number;
  total: number;
  pageSize: number;
  basePath: string;
  params: Record<string, string | undefined>;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (p: number) => {
    const q = new URLSearchParams(Object.entries({ ...params, page: p > 1 ? String(p) : undefined }).filter((e): e is [string, string] => !!e[1]));
    const s = q.toString();
    return s ? `${basePath}?${s}` : basePath;
  };
  return (
    <nav aria-label="分页" className="mt-3 flex items-center justify-between text-sm text-slate-700">
      <span>
        共 {total} 条，第 {Math.min(page, pages)} / {pages} 页
      </span>
      <span className="flex gap-2">
        {page > 1 ? (
          <Link href={href(page - 1)} className="rounded border border-slate-300 bg-white px-3 py-1 hover:bg-slate-100">
            上一页
          </Link>
        ) : null}
        {page < pages ? (
          <Link href={href(page + 1)} className="rounded border border-slate-300 bg-white px-3 py-1 hover:bg-slate-100">
            下一页
          </Link>
        ) : null}
      </span>
    </nav>
  );
}
