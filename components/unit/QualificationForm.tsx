'use client';

import { alertClass } from '@/components/ui/Alert';
import { zodResolver } from '@hookform/resolvers/zod';
import { startTransition, useActionState, useEffect, useMemo, useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { AttachmentSlots, AttachmentSubmit, type Uploads } from '@/components/ui/AttachmentSubmit';
import { FormSection, Select, TextArea, TextInput } from '@/components/ui/FormControls';
import { RegionPicker } from '@/components/ui/RegionPicker';
import { initialFormState, type FormAction } from '@/lib/forms/state';
import type { RegionTree } from '@/lib/regions/queries';
import type { QualificationStatus } from '@/lib/units/qualification';
import { INDUSTRIES, QUALIFICATION_SLOTS, UNIT_TYPES, qualificationSchema, type QualificationInput } from '@/lib/units/qualification-schema';

type Previous = QualificationStatus['previous'];

/** 就业见习单位申请 parts 2–4 (part 1, 单位基本信息, is shown read-only above it by the page). */
/** `submissionKey` is made by the server per form shown: a second click or a replay finds the same filing. */
export function QualificationForm({
  unitName,
  tree,
  previous,
  submissionKey,
  submit,
}: {
  unitName: string;
  tree: RegionTree;
  previous: Previous | null;
  submissionKey: string;
  submit: FormAction;
}) {
  // The submission key is the server's; the browser checks everything else.
  const schema = useMemo(() => qualificationSchema(unitName).omit({ submissionKey: true }), [unitName]);
  const [state, formAction, pending] = useActionState(submit, initialFormState);
  const [uploads, setUploads] = useState<Uploads>(() =>
    Object.fromEntries(QUALIFICATION_SLOTS.map((s) => [s.id, previous?.files?.find((f) => f.slot === s.id) ?? null])),
  );
  const earlier = previous ? Object.fromEntries(Object.entries(previous).filter(([k]) => k !== 'files' && k !== 'bankAccountLast4')) : {};
  const defaults = { accountName: unitName, ...earlier, ...(state.values ?? {}) } as Partial<QualificationInput>;
  const {
    register,
    handleSubmit,
    setValue,
    formState: { errors, submitCount },
  } = useForm<QualificationInput>({ resolver: zodResolver(schema) as unknown as Resolver<QualificationInput>, mode: 'onTouched', defaultValues: defaults });

  useEffect(() => {
    for (const s of QUALIFICATION_SLOTS) setValue(`files.${s.id}`, uploads[s.id]?.id ?? '');
  }, [uploads, setValue]);

  const allGreen = QUALIFICATION_SLOTS.every((s) => uploads[s.id]);
  const err = (k: string) => (errors[k as keyof typeof errors]?.message as string | undefined) ?? state.fieldErrors?.[k];
  const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    const form = e.currentTarget;
    void handleSubmit(() => startTransition(() => formAction(new FormData(form))))(e);
  };

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <input type="hidden" name="submissionKey" value={submissionKey} />
      {submitCount > 0 && Object.keys(errors).length > 0 && (
        <p role="alert" className={alertClass()}>
          还有 {Object.keys(errors).length} 项填写有误，请按标红的提示修改。
        </p>
      )}
      {state.formError && (
        <p role="alert" className={alertClass()}>
          {state.formError}
        </p>
      )}
      <FormSection title="见习单位详细信息">
        <div className="sm:col-span-2">
          <RegionPicker
            tree={tree}
            name="regionCode"
            label="业务办理归属地"
            defaultValue={String(defaults.regionCode ?? '')}
            error={err('regionCode')}
            onChange={(code) => setValue('regionCode', code, { shouldValidate: !!code })}
          />
        </div>
        <Select name="unitType" label="单位类型" register={register} error={err('unitType')} options={UNIT_TYPES.map((t) => [t, t])} />
        <Select name="industry" label="所属行业" register={register} error={err('industry')} options={INDUSTRIES.map(([c, n]) => [c, `${c} ${n}`])} />
        <TextInput name="regAddress" label="注册地址" register={register} error={err('regAddress')} autoComplete="street-address" />
        <TextInput name="bizAddress" label="经营地址" register={register} error={err('bizAddress')} />
        <TextInput name="legalRep" label="法定代表人" register={register} error={err('legalRep')} />
        <TextInput name="contactName" label="联系人" register={register} error={err('contactName')} autoComplete="name" />
        <TextInput
          name="contactPhone"
          label="联系电话"
          register={register}
          error={err('contactPhone')}
          type="tel"
          autoComplete="tel"
          hint="手机号码或带区号的固定电话"
        />
        <TextInput name="staffCount" label="职工人数" register={register} error={err('staffCount')} inputMode="numeric" />
        <div className="sm:col-span-2">
          <TextArea name="intro" label="单位简介" register={register} error={err('intro')} hint="主营业务、规模、可提供的见习条件等，不少于10字" />
        </div>
      </FormSection>

      <FormSection title="银行账户信息">
        <TextInput name="bankName" label="开户银行" register={register} error={err('bankName')} hint="如：中国工商银行太原小店支行" />
        <TextInput name="bankCode" label="开户行行号" register={register} error={err('bankCode')} inputMode="numeric" hint="12位数字" />
        <TextInput name="accountName" label="账户名称" register={register} error={err('accountName')} hint="应与单位名称一致" />
        <TextInput
          name="bankAccount"
          label="银行账号"
          register={register}
          error={err('bankAccount')}
          inputMode="numeric"
          autoComplete="off"
          hint={previous?.bankAccountLast4 ? `原账号尾号 ${previous.bankAccountLast4}，请重新填写完整账号` : '8–32位数字'}
        />
      </FormSection>

      <section aria-labelledby="section-files" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="section-files" className="mb-1 border-l-4 border-brand-600 pl-2 font-semibold">
          档案资料上传
        </h2>
        <p className="mb-3 text-sm text-slate-600">选择附件后点击“上传”，附件模块条变绿即上传成功；三个附件均上传成功后方可提交。</p>
        <AttachmentSlots slots={QUALIFICATION_SLOTS} uploads={uploads} setUploads={setUploads} />
        {err('files') && <p className="mt-2 text-sm text-red-700">{err('files')}</p>}
      </section>

      <AttachmentSubmit
        ready={allGreen}
        pending={pending}
        done={!!state.ok}
        notReady="请先上传全部三个附件"
        detail="可在【个人中心】的【未审核】中查看本次申报。"
      />
    </form>
  );
}
