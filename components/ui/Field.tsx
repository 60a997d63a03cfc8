import type { InputHTMLAttributes, ReactNode } from 'react';

/** A labelled input whose error is announced and tied to it (aria-invalid, aria-describedby). */
export function Field({
  id,
  label,
  error,
  hint,
  required,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  required?: boolean;
  children: ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className={`mb-1 block text-sm font-medium text-slate-800 ${required ? "after:ml-0.5 after:text-red-700 after:content-['*']" : ''}`}>
        {label}
      </label>
      {children}
      {hint && !error && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} role="alert" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

export const inputClass = (error?: string) =>
  `w-full rounded border px-3 py-2 ${error ? 'border-red-600 bg-red-50' : 'border-slate-400'} disabled:bg-slate-100 disabled:text-slate-600`;

export function describedBy(id: string, error?: string, hint?: string): InputHTMLAttributes<HTMLInputElement> {
  return {
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : hint ? `${id}-hint` : undefined,
  };
}
