'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { startTransition, useActionState, useEffect, useState } from 'react';
import { useForm, useWatch, type FieldValues, type Resolver } from 'react-hook-form';
import { Field, describedBy, inputClass } from '@/components/ui/Field';
import { RegionPicker } from '@/components/ui/RegionPicker';
import { SuccessDialog } from '@/components/ui/SuccessDialog';
import { initialFormState, type FormAction } from '@/lib/forms/state';
import type { FloorTable } from '@/lib/posts/floor';
import { formatYuan } from '@/lib/posts/money';
import { EDUCATION_REQUIREMENTS, POSITION_CATEGORIES, TIER_LABEL } from '@/lib/posts/options';
import { positionSchema } from '@/lib/posts/schema';
import type { RegionTree } from '@/lib/regions/queries';

type Def = {
  name: string;
  label: string;
  kind?: 'text' | 'number' | 'date' | 'tel' | 'textarea' | 'select';
  options?: readonly string[];
  hint?: string;
  suffix?: string;
};

/**
 * 就业见习岗位申请. react-hook-form checks every field with the same zod schema the server action
 * applies again, the 见习生活补助 against the chosen county's minimum wage of today.
 */
export function PostApplyForm({
  tree,
  floors,
  today,
  initialKey,
  submit,
}: {
  tree: RegionTree;
  floors: FloorTable;
  today: string;
  initialKey: string;
  submit: FormAction;
}) {
  const [state, action, pending] = useActionState(submit, initialFormState);
  const [key, setKey] = useState(initialKey);
  const [round, setRound] = useState(0);
  const {
    register,
    handleSubmit,
    setValue,
    control,
    reset,
    formState: { errors },
  } = useForm({
    resolver: zodResolver(positionSchema(floors, today)) as unknown as Resolver<FieldValues>,
    mode: 'onTouched',
    defaultValues: { months: '6', headcount: '1', ...state.values, submissionKey: initialKey },
  });
  useEffect(() => {
    register('countyCode');
  }, [register, round]);
  // After 「申报成功」 is closed the form starts afresh, with a new submission key.
  const [dismissed, setDismissed] = useState<typeof state | null>(null);
  const open = !!state.ok && dismissed !== state;
  const afterSuccess = () => {
    setDismissed(state);
    const next = crypto.randomUUID();
    setKey(next);
    reset({ months: '6', headcount: '1', submissionKey: next });
    setRound((r) => r + 1);
  };

  const county = useWatch({ control, name: 'countyCode' }) as string | undefined;
  const floor = county ? floors[county] : undefined;
  const err = (name: string) => (errors[name]?.message as string | undefined) ?? state.fieldErrors?.[name];
  const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    const form = e.currentTarget;
    void handleSubmit(() => startTransition(() => action(new FormData(form))))(e);
  };

  const field = (d: Def) => {
    const error = err(d.name);
    const aria = describedBy(d.name, error, d.hint);
    const common = {
      id: d.name,
      className: inputClass(error),
      'aria-required': true as const,
      'aria-invalid': aria['aria-invalid'],
      'aria-describedby': aria['aria-describedby'],
      ...register(d.name),
    };
    return (
      <Field key={d.name} id={d.name} label={d.label} error={error} hint={d.hint} required>
        {d.kind === 'textarea' ? (
          <textarea rows={4} {...common} />
        ) : d.kind === 'select' ? (
          <select {...common}>
            <option value="">请选择</option>
            {d.options!.map((o) => (
              <option key={o}>{o}</option>
            ))}
          </select>
        ) : (
          <div className="flex items-center gap-2">
            <input type={d.kind ?? 'text'} inputMode={d.kind === 'number' ? 'numeric' : undefined} min={d.kind === 'date' ? today : undefined} {...common} />
            {d.suffix && <span className="shrink-0 text-sm text-slate-700">{d.suffix}</span>}
          </div>
        )}
      </Field>
    );
  };

  const floorHint = floor
    ? `工作地点最低工资标准 ${formatYuan(floor.fen)} 元/月${floor.confirmed ? `（${TIER_LABEL[floor.tier]}）` : '（该县区档次尚未核实，暂按一类标准）'}，补助不得低于此数`
    : '不得低于工作地点的最低工资标准；请先选择工作地点';

  return (
    <>
      <form
        key={round}
        action={action}
        onSubmit={onSubmit}
        noValidate
        className="mt-4 space-y-4 rounded-lg border border-slate-200 bg-white p-4"
        aria-labelledby="post-form-title"
      >
        <h2 id="post-form-title" className="font-semibold">
          见习岗位信息
        </h2>
        {state.formError && (
          <p role="alert" className="rounded bg-red-50 p-3 text-sm text-red-800">
            {state.formError}
          </p>
        )}
        <input type="hidden" name="submissionKey" value={key} />
        <div className="grid gap-4 sm:grid-cols-2">
          {field({ name: 'title', label: '岗位名称' })}
          {field({ name: 'category', label: '岗位类别', kind: 'select', options: POSITION_CATEGORIES })}
          {field({ name: 'headcount', label: '见习人数', kind: 'number', suffix: '人' })}
          {field({ name: 'education', label: '学历要求', kind: 'select', options: EDUCATION_REQUIREMENTS })}
          {field({ name: 'major', label: '专业要求', hint: '如“会计学、财务管理”；无要求请填“不限”' })}
          {field({ name: 'months', label: '见习期限', kind: 'number', suffix: '个月', hint: '3–12个月' })}
        </div>
        <RegionPicker
          tree={tree}
          name="countyCode"
          label="工作地点"
          withCityBureau={false}
          error={err('countyCode')}
          onChange={(c) => setValue('countyCode', c, { shouldValidate: !!c })}
        />
        {field({ name: 'address', label: '详细地址' })}
        {field({ name: 'allowance', label: '见习生活补助', suffix: '元/月', hint: floorHint })}
        {field({ name: 'duties', label: '岗位职责', kind: 'textarea' })}
        {field({ name: 'requirements', label: '任职要求', kind: 'textarea' })}
        <div className="grid gap-4 sm:grid-cols-3">
          {field({ name: 'contactName', label: '联系人' })}
          {field({ name: 'contactPhone', label: '联系电话', kind: 'tel' })}
          {field({ name: 'deadline', label: '招募截止日期', kind: 'date' })}
        </div>
        <button
          type="submit"
          disabled={pending}
          className="w-full rounded bg-brand-700 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60 sm:w-auto sm:px-10"
        >
          {pending ? '正在提交…' : '提交'}
        </button>
      </form>
      <SuccessDialog
        open={open}
        onClose={afterSuccess}
        detail={state.values?.code ? `岗位编号 ${state.values.code}。审核通过后将在“见习岗位查询”中公开发布。` : undefined}
      />
    </>
  );
}
