'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { startTransition, useActionState } from 'react';
import { useForm, type FieldValues, type Resolver } from 'react-hook-form';
import { Field, describedBy, inputClass } from '@/components/ui/Field';
import { initialFormState, type FormAction } from '@/lib/forms/state';
import { PERSON_CATEGORIES, PERSON_EDUCATION } from '@/lib/posts/options';
import { profileSchema } from '@/lib/posts/schema';

type Values = { education: string; major: string; school: string; graduationDate: string; category: string; phone: string };

/** 就业见习人员申请: 学历, 专业, 毕业院校, 毕业时间, 人员类别, 手机号码 (same zod schema as the server). */
export function ProfileForm({ initial, today, save }: { initial: Values; today: string; save: FormAction }) {
  const [state, action, pending] = useActionState(save, initialFormState);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm({
    resolver: zodResolver(profileSchema(today)) as unknown as Resolver<FieldValues>,
    mode: 'onTouched',
    defaultValues: { ...initial, ...state.values },
  });
  const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    const form = e.currentTarget;
    void handleSubmit(() => startTransition(() => action(new FormData(form))))(e);
  };
  const field = (
    name: keyof Values,
    label: string,
    el: 'input' | 'select' | 'date',
    options?: readonly { value: string; label: string }[],
    hint?: string,
    required = true,
  ) => {
    const error = (errors[name]?.message as string | undefined) ?? state.fieldErrors?.[name];
    const aria = describedBy(name, error, hint);
    const common = {
      id: name,
      className: inputClass(error),
      'aria-invalid': aria['aria-invalid'],
      'aria-describedby': aria['aria-describedby'],
      'aria-required': required || undefined,
      ...register(name),
    };
    return (
      <Field id={name} label={label} error={error} hint={hint} required={required}>
        {el === 'select' ? (
          <select {...common}>
            <option value="">请选择</option>
            {options!.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        ) : (
          <input type={el === 'date' ? 'date' : name === 'phone' ? 'tel' : 'text'} {...common} />
        )}
      </Field>
    );
  };
  return (
    <form action={action} onSubmit={onSubmit} noValidate className="space-y-4" aria-labelledby="profile-title">
      {state.formError && (
        <p role="alert" className="rounded bg-red-50 p-3 text-sm text-red-800">
          {state.formError}
        </p>
      )}
      {state.ok && (
        <p role="status" className="rounded bg-green-50 p-3 text-sm text-green-900">
          个人信息已保存。
        </p>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        {field('category', '人员类别', 'select', PERSON_CATEGORIES)}
        {field(
          'education',
          '学历',
          'select',
          PERSON_EDUCATION.map((e) => ({ value: e, label: e })),
        )}
        {field('major', '专业', 'input', undefined, '高校毕业生必填', false)}
        {field('school', '毕业院校', 'input', undefined, '高校毕业生必填', false)}
        {field('graduationDate', '毕业时间', 'date', undefined, '按毕业证书日期填写；高校毕业生必填', false)}
        {field('phone', '手机号码', 'input')}
      </div>
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-8 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? '正在保存…' : '保存'}
      </button>
    </form>
  );
}
