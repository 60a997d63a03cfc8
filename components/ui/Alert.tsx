import type { ReactNode } from 'react';

const TONE = {
  error: 'border-red-300 bg-red-50 text-red-800',
  warning: 'border-amber-400 bg-amber-50 text-amber-950',
  success: 'border-green-300 bg-green-50 text-green-900',
  info: 'border-slate-300 bg-slate-50 text-slate-800',
} as const;

/** The box's classes, for an element that must stay a `<p>` or carry its own role. */
export function alertClass(tone: keyof typeof TONE = 'error', className = ''): string {
  return `rounded border p-3 ${TONE[tone]} ${className}`.trim();
}

/**
 * A message box. Errors and warnings are announced at once (`role="alert"`); success and info
 * politely (`role="status"`). `id` lets a form point `aria-describedby` at it.
 */
export function Alert({
  tone = 'error',
  title,
  id,
  className = '',
  children,
}: {
  tone?: keyof typeof TONE;
  title?: string;
  id?: string;
  className?: string;
  children?: ReactNode;
}) {
  return (
    <div id={id} role={tone === 'error' || tone === 'warning' ? 'alert' : 'status'} className={alertClass(tone, className)}>
      {title && <p className="font-semibold">{title}</p>}
      {children}
    </div>
  );
}
