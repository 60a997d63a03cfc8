'use client';

import { useId, useRef, useState } from 'react';

export type Uploaded = { id: string; name: string; size: number };

const MAX_BYTES = 10 * 1024 * 1024;

/**
 * One attachment slot: choose a file, press 上传, watch the bar; it turns green once the server
 * has stored the file (its content checked there). The stored file's id is submitted with the form
 * as `files.<slot>`.
 */
export function FileSlot({
  slot,
  label,
  initial,
  onChange,
}: {
  slot: string;
  label: string;
  initial?: Uploaded;
  onChange: (slot: string, file: Uploaded | null) => void;
}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [done, setDone] = useState<Uploaded | null>(initial ?? null);
  const [error, setError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string | null>(initial?.name ?? null);

  function upload() {
    const file = input.current?.files?.[0];
    setError(null);
    if (!file) return setError('请先选择文件。');
    if (file.size > MAX_BYTES) return setError('文件超过 10.0 MB，请压缩后重新上传。');
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/files?slot=${encodeURIComponent(slot)}`);
    xhr.setRequestHeader('x-file-name', encodeURIComponent(file.name));
    xhr.upload.onprogress = (e) => e.lengthComputable && setProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => {
      let body: { ok?: boolean; id?: string; name?: string; size?: number; message?: string } = {};
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        /* not JSON: reported below */
      }
      if (xhr.status === 201 && body.id) {
        const stored = { id: body.id, name: body.name ?? file.name, size: body.size ?? file.size };
        setDone(stored);
        setProgress(100);
        onChange(slot, stored);
      } else {
        setProgress(null);
        setError(body.message ?? (xhr.status === 401 ? '登录已过期，请重新登录后再上传。' : '上传失败，请重试。'));
      }
    };
    xhr.onerror = () => {
      setProgress(null);
      setError('网络异常，上传失败，请重试。');
    };
    setDone(null);
    onChange(slot, null);
    setProgress(0);
    xhr.send(file);
  }

  const green = !!done;
  return (
    <div className={`rounded-lg border p-3 ${green ? 'border-green-600 bg-green-50' : 'border-slate-300 bg-white'}`} data-testid={`slot-${slot}`}>
      <label htmlFor={id} className="mb-2 block text-sm font-medium text-slate-800 after:ml-0.5 after:text-red-700 after:content-['*']">
        {label}
      </label>
      <div className="flex flex-wrap items-center gap-2">
        {/* The real input stays focusable for the keyboard; the mouse gets a Chinese 选择文件 button. */}
        <input
          ref={input}
          id={id}
          type="file"
          accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
          aria-describedby={`${id}-status`}
          className="peer sr-only"
          onChange={(e) => {
            setError(null);
            setChosen(e.target.files?.[0]?.name ?? null);
          }}
        />
        <button
          type="button"
          tabIndex={-1}
          aria-hidden="true"
          onClick={() => input.current?.click()}
          className="rounded border border-slate-400 bg-white px-3 py-1.5 text-sm text-slate-800 peer-focus-visible:outline-3 peer-focus-visible:outline-amber-500 hover:bg-slate-100"
        >
          选择文件
        </button>
        <span className="min-w-0 flex-1 truncate text-sm text-slate-700">{chosen ?? '未选择文件'}</span>
        <button
          type="button"
          onClick={upload}
          disabled={progress !== null && progress < 100 && !green}
          className="rounded bg-brand-700 px-3 py-1.5 text-sm text-white hover:bg-brand-800 disabled:opacity-60"
        >
          上传
        </button>
      </div>
      <div
        role="progressbar"
        aria-label={`${label}上传进度`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={progress ?? (green ? 100 : 0)}
        className="mt-2 h-2 overflow-hidden rounded bg-slate-200"
      >
        <div className={`h-full transition-all ${green ? 'bg-green-600' : 'bg-brand-600'}`} style={{ width: `${green ? 100 : (progress ?? 0)}%` }} />
      </div>
      <p id={`${id}-status`} className="mt-1 text-sm" role={error ? 'alert' : undefined}>
        {error ? (
          <span className="text-red-700">{error}</span>
        ) : green ? (
          <span className="text-green-800">已上传：{done.name}</span>
        ) : progress !== null ? (
          <span className="text-slate-700">正在上传…{progress}%</span>
        ) : (
          <span className="text-slate-600">PDF、JPG 或 PNG，不超过 10 MB</span>
        )}
      </p>
      {green && <input type="hidden" name={`files.${slot}`} value={done.id} />}
    </div>
  );
}
