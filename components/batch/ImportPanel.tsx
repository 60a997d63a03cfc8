'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useId, useRef, useState } from 'react';
import { SuccessDialog } from '@/components/ui/SuccessDialog';

type RowErrorView = { row: number; column: string; message: string; fix: string };
type ImportResult =
  { ok: true; filingId: string; rows: number } | { ok: false; message: string; errors?: RowErrorView[]; errorCount?: number; markedId?: string | null };

/**
 * 【模板下载】, 【选择文件】 and 【导入】 of a batch report (manual §九, §十二, §十四). While a file goes
 * up a bar shows its progress, then the check runs; errors come back all at once, row by row,
 * with a copy of the workbook whose wrong cells are marked.
 */
export function ImportPanel({ slug, title, submissionKey }: { slug: string; title: string; submissionKey: string }) {
  const router = useRouter();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [phase, setPhase] = useState<'idle' | 'uploading' | 'checking'>('idle');
  const [progress, setProgress] = useState(0);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [dialogClosed, setDialogClosed] = useState(false);

  function runImport() {
    const file = input.current?.files?.[0];
    if (!file) {
      setResult({ ok: false, message: '请先点击【选择文件】选择要导入的文件。' });
      return;
    }
    setResult(null);
    setPhase('uploading');
    setProgress(0);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/imports/${slug}`);
    xhr.setRequestHeader('x-file-name', encodeURIComponent(file.name));
    xhr.setRequestHeader('x-submission-key', submissionKey);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) setProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.upload.onload = () => setPhase('checking');
    xhr.onload = () => {
      setPhase('idle');
      try {
        setResult(JSON.parse(xhr.responseText) as ImportResult);
      } catch {
        setResult({ ok: false, message: xhr.status === 413 ? '文件太大，请拆分后分别导入。' : '导入失败，请稍后重试。' });
      }
    };
    xhr.onerror = () => {
      setPhase('idle');
      setResult({ ok: false, message: '网络异常，导入失败，请重试。' });
    };
    xhr.send(file);
  }

  const busy = phase !== 'idle';
  return (
    <section aria-labelledby="import-title" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="import-title" className="border-l-4 border-brand-600 pl-2 font-semibold">
        批量导入
      </h2>
      <ol className="list-decimal space-y-1 pl-5 text-sm text-slate-700">
        <li>点击【模板下载】，按模板和“填写说明”工作表填写（身份证号列为文本格式，请勿改动表头）。</li>
        <li>点击【选择文件】选择填好的 .xlsx 或 .csv 文件，再点击【导入】。</li>
        <li>如显示错误信息，请按提示修改后再次导入；无误后生成一条申报，可在【个人中心】查看。</li>
      </ol>
      <div className="flex flex-wrap items-center gap-3">
        <a href={`/api/templates/${slug}`} download className="rounded border border-brand-700 px-4 py-2 text-brand-700 hover:bg-brand-50">
          模板下载
        </a>
        <input
          ref={input}
          id={inputId}
          type="file"
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          className="peer sr-only"
          onChange={(e) => {
            setFileName(e.target.files?.[0]?.name ?? null);
            setResult(null);
          }}
        />
        <label
          htmlFor={inputId}
          className="cursor-pointer rounded border border-slate-400 bg-white px-4 py-2 text-slate-800 peer-focus-visible:outline-3 peer-focus-visible:outline-amber-500 hover:bg-slate-100"
        >
          选择文件
        </label>
        <span className="min-w-0 truncate text-sm text-slate-700" aria-live="polite">
          {fileName ?? '未选择文件'}
        </span>
        <button
          type="button"
          onClick={runImport}
          disabled={busy}
          className="rounded bg-brand-700 px-6 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
        >
          导入
        </button>
      </div>
      {busy && (
        <div role="status" aria-live="polite">
          <div
            role="progressbar"
            aria-label="导入进度"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={phase === 'uploading' ? progress : undefined}
            className="h-2 overflow-hidden rounded bg-slate-200"
          >
            <div
              className={`h-full bg-brand-600 ${phase === 'checking' ? 'w-full animate-pulse' : ''}`}
              style={phase === 'uploading' ? { width: `${progress}%` } : undefined}
            />
          </div>
          <p className="mt-1 text-sm text-slate-700">{phase === 'uploading' ? `正在上传…${progress}%` : '正在逐行校验，请稍候…'}</p>
        </div>
      )}
      {result && !result.ok && (
        <div role="alert" className="space-y-2 rounded border border-red-300 bg-red-50 p-3">
          <p className="font-semibold text-red-900">{result.message}</p>
          {result.markedId && (
            <a href={`/api/imports/marked/${result.markedId}`} className="inline-block text-sm font-medium text-brand-800 underline">
              下载标注了错误的文件（错误单元格标红并附批注，改好后可直接再次导入）
            </a>
          )}
        </div>
      )}
      {result && !result.ok && result.errors && result.errors.length > 0 && (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[36rem] text-left text-sm">
            <caption className="mb-1 text-left font-semibold">
              错误明细（共 {result.errorCount ?? result.errors.length} 处
              {(result.errorCount ?? 0) > result.errors.length ? `，此处列出前 ${result.errors.length} 处` : ''}）
            </caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="px-2 py-1.5">
                  行号
                </th>
                <th scope="col" className="px-2 py-1.5">
                  列名
                </th>
                <th scope="col" className="px-2 py-1.5">
                  问题
                </th>
                <th scope="col" className="px-2 py-1.5">
                  如何修改
                </th>
              </tr>
            </thead>
            <tbody>
              {result.errors.map((e, i) => (
                <tr key={i} className="border-t border-slate-100">
                  <td className="px-2 py-1.5 whitespace-nowrap">第{e.row}行</td>
                  <td className="px-2 py-1.5 whitespace-nowrap">{e.column}</td>
                  <td className="px-2 py-1.5">{e.message}</td>
                  <td className="px-2 py-1.5">{e.fix}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {result?.ok && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
          导入成功：{result.rows} 条记录已生成一条“{title}”申报。
          <Link href={`/center/${result.filingId}`} className="ml-2 underline">
            查看申报
          </Link>
        </p>
      )}
      <SuccessDialog
        open={!!result?.ok && !dialogClosed}
        detail={result?.ok ? `共 ${result.rows} 条记录，可在【个人中心】查看审核进度。` : undefined}
        onClose={() => {
          setDialogClosed(true);
          // A fresh submission key for the next import.
          router.refresh();
        }}
      />
    </section>
  );
}
