'use client';

import type { FieldValues, Path, UseFormRegister } from 'react-hook-form';
import { Field, describedBy, inputClass } from './Field';

type Common<T extends FieldValues> = {
  name: Path<T>;
  label: string;
  register: UseFormRegister<T>;
  error?: string;
  hint?: string;
  required?: boolean;
};

/** A labelled text input bound to react-hook-form, with its error announced. */
export function TextInput<T extends FieldValues>({
  name,
  label,
  register,
  error,
  hint,
  required = true,
  ...rest
}: Common<T> & Omit<React.InputHTMLAttributes<HTMLInputElement>, 'name'>) {
  return (
    <Field id={name} label={label} error={error} hint={hint} required={required}>
      <input id={name} aria-required={required || undefined} className={inputClass(error)} {...describedBy(name, error, hint)} {...rest} {...register(name)} />
    </Field>
  );
}

export function TextArea<T extends FieldValues>({ name, label, register, error, hint, required = true, rows = 4 }: Common<T> & { rows?: number }) {
  return (
    <Field id={name} label={label} error={error} hint={hint} required={required}>
      <textarea
        id={name}
        rows={rows}
        aria-required={required || undefined}
        className={inputClass(error)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${name}-error` : hint ? `${name}-hint` : undefined}
        {...register(name)}
      />
    </Field>
  );
}

export function Select<T extends FieldValues>({
  name,
  label,
  register,
  error,
  options,
  placeholder = '请选择',
  required = true,
}: Common<T> & { options: [string, string][]; placeholder?: string }) {
  return (
    <Field id={name} label={label} error={error} required={required}>
      <select
        id={name}
        aria-required={required || undefined}
        className={inputClass(error)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${name}-error` : undefined}
        {...register(name)}
      >
        <option value="">{placeholder}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** A titled part of a long form (the manual's 四部分). */
export function FormSection({ title, children }: { title: string; children: React.ReactNode }) {
  const id = `section-${title}`;
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id={id} className="mb-3 border-l-4 border-brand-600 pl-2 font-semibold">
        {title}
      </h2>
      <div className="grid gap-4 sm:grid-cols-2">{children}</div>
    </section>
  );
}
