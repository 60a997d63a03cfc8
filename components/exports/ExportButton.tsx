'use client';
import { useState } from 'react';

/**
 * 【导出】: downloads the xlsx through fetch so the page can show progress while the server streams
 * it (a large list takes a while), then hands the file to the browser. Refusals show their message.
 */
export function ExportButton({ href, label = '导出' }: { href: string; label?: string }) {
  const [state, setState] = useState<{ busy: boolean; received: number; rows: number | null; error: string | null; done: string | null }>({
    busy: false,
    received: 0,
    rows: null,
    error: null,
    done: null,
  });

  async function run() {
    setState({ busy: true, received: 0, rows: null, error: null, done: null });
    try {
      const res = await fetch(href, { credentials: 'same-origin' });
      if (!res.ok || !res.body) {
        const text = await res.text();
        setState({ busy: false, received: 0, rows: null, error: text || `导出失败（${res.status}）`, done: null });
        return;
      }
      const rows = Number(res.headers.get('X-Export-Rows') ?? NaN);
      const reader = res.body.getReader();
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let received = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        received += value.length;
        setState((s) => ({ ...s, received, rows: Number.isFinite(rows) ? rows : null }));
      }
      const name = decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(res.headers.get('Content-Disposition') ?? '')?.[1] ?? 'export.xlsx');
      const url = URL.createObjectURL(new Blob(chunks, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setState({ busy: false, received, rows: null, error: null, done: `已导出 ${name}` });
    } catch {
      setState({ busy: false, received: 0, rows: null, error: '网络中断，导出未完成，请重试。', done: null });
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={run}
        disabled={state.busy}
        aria-busy={state.busy}
        className="rounded border border-brand-700 bg-white px-4 py-1.5 text-brand-700 hover:bg-brand-50 disabled:opacity-60"
      >
        {state.busy ? '正在导出…' : label}
      </button>
      <span role="status" aria-live="polite" className="text-sm text-slate-700">
        {state.busy && (
          <>
            <progress className="mr-2 align-middle" aria-label="导出进度" />
            已接收 {Math.round(state.received / 1024)} KB{state.rows !== null ? `（共 ${state.rows} 行）` : ''}
          </>
        )}
        {state.done}
      </span>
      {state.error && (
        <p role="alert" className="w-full text-sm text-red-700">
          {state.error}
        </p>
      )}
    </div>
  );
}
