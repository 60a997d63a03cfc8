'use client';

import { buttonClass } from '@/components/ui/Button';
import { useActionState } from 'react';
import { initialFormState, type FormAction } from '@/lib/forms/state';

/** A city staff form (发布公示, 生成拨付批次, 标记已拨付): its fields come from the server page; it shows the outcome. */
export function StaffActionForm({
  action,
  submitLabel,
  done,
  children,
  className = '',
}: {
  action: FormAction;
  submitLabel: string;
  done: string;
  children?: React.ReactNode;
  className?: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const errors = Object.values(state.fieldErrors ?? {});
  return (
    <form action={formAction} className={`space-y-3 ${className}`}>
      {children}
      {(state.formError || errors.length > 0) && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-800">
          {state.formError ?? errors.join('；')}
        </p>
      )}
      {state.ok && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-2 text-sm text-green-900">
          {done}
        </p>
      )}
      <button type="submit" disabled={pending} className={buttonClass()}>
        {pending ? '正在处理…' : submitLabel}
      </button>
    </form>
  );
}
