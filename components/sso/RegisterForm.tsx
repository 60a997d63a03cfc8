'use client';

import { alertClass } from '@/components/ui/Alert';
import { zodResolver } from '@hookform/resolvers/zod';
import { startTransition, useActionState } from 'react';
import { useForm, type FieldValues, type Resolver } from 'react-hook-form';
import { Field, describedBy, inputClass } from '@/components/ui/Field';
import { initialFormState, type FormAction } from '@/lib/forms/state';
import { personRegistrationSchema, unitRegistrationSchema } from '@/lib/sso/schemas';

const KINDS = {
  unit: { schema: unitRegistrationSchema },
  person: { schema: personRegistrationSchema },
} as const;

export type RegisterField = { name: string; label: string; type?: string; autoComplete?: string; hint?: string; inputMode?: 'numeric' | 'tel' | 'text' };

/**
 * A registration form: react-hook-form checks each field in the browser with the same zod schema
 * the server action applies again; server errors (e.g. already registered) show on their field.
 */
export function RegisterForm({
  kind,
  fields,
  carried,
  submitLabel,
  submit,
}: {
  kind: keyof typeof KINDS;
  fields: RegisterField[];
  carried: [string, string][];
  submitLabel: string;
  submit: FormAction;
}) {
  const { schema } = KINDS[kind];
  const [state, formAction, pending] = useActionState(submit, initialFormState);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm({ resolver: zodResolver(schema) as unknown as Resolver<FieldValues>, mode: 'onTouched', defaultValues: state.values });

  // The browser checks first; only a valid form reaches the server action (which checks again).
  const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    const form = e.currentTarget;
    void handleSubmit(() => startTransition(() => formAction(new FormData(form))))(e);
  };

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      {state.formError && (
        <p role="alert" className={alertClass('error', 'text-sm')}>
          {state.formError}
        </p>
      )}
      <input type="hidden" name="type" value={kind} />
      {carried.map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {fields.map((f) => {
        const error = (errors[f.name]?.message as string | undefined) ?? state.fieldErrors?.[f.name];
        return (
          <Field key={f.name} id={f.name} label={f.label} error={error} hint={f.hint} required>
            <input
              id={f.name}
              type={f.type ?? 'text'}
              autoComplete={f.autoComplete}
              inputMode={f.inputMode}
              defaultValue={f.type === 'password' ? undefined : state.values?.[f.name]}
              className={inputClass(error)}
              aria-required="true"
              {...describedBy(f.name, error, f.hint)}
              {...register(f.name)}
            />
          </Field>
        );
      })}
      <button type="submit" disabled={pending} className="w-full rounded bg-red-700 py-2.5 font-semibold text-white hover:bg-red-800 disabled:opacity-60">
        {pending ? '正在提交…' : submitLabel}
      </button>
    </form>
  );
}
