'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDb } from '@/lib/db/client';
import { formValues, parseForm, type FormState } from '@/lib/forms/state';
import { clientIp } from '@/lib/security/request';
import { hitRateLimit, limitFromEnv } from '@/lib/security/rate-limit';
import { registerPerson, registerUnit } from '@/lib/sso/accounts';
import { authParamsOf, parseAuthRequest } from '@/lib/sso/authorize';
import { ssoEnabled } from '@/lib/sso/config';
import { personRegistrationSchema, unitRegistrationSchema } from '@/lib/sso/schemas';

async function guard(): Promise<{ ip: string } | FormState> {
  if (!ssoEnabled()) return { formError: '注册服务未开放。' };
  const ip = clientIp(await headers());
  const allowed = await hitRateLimit(getDb(), `register:${ip}`, limitFromEnv('RATE_LIMIT_REGISTER', { max: 10, windowSeconds: 3600 }));
  return allowed ? { ip } : { formError: '注册过于频繁，请一小时后再试。' };
}

const publicValues = (formData: FormData) => formValues(formData, ['password', 'password2']);

function refused(result: { field?: string; message: string }, formData: FormData): FormState {
  const values = publicValues(formData);
  return result.field ? { fieldErrors: { [result.field]: result.message }, values } : { formError: result.message, values };
}

function afterRegistration(formData: FormData, type: 'unit' | 'person'): never {
  const carried = authParamsOf(new URLSearchParams(formValues(formData)));
  if (!parseAuthRequest(carried).ok) redirect(`/login/start?type=${type}`);
  carried.set('tab', type);
  carried.set('registered', '1');
  redirect(`/sso/login?${carried}`);
}

export async function registerUnitAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const g = await guard();
  if (!('ip' in g)) return g;
  const parsed = parseForm(unitRegistrationSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await registerUnit(getDb(), parsed.data, g.ip);
  if (!result.ok) return refused(result, formData);
  afterRegistration(formData, 'unit');
}

export async function registerPersonAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const g = await guard();
  if (!('ip' in g)) return g;
  const parsed = parseForm(personRegistrationSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await registerPerson(getDb(), parsed.data, g.ip);
  if (!result.ok) return refused(result, formData);
  afterRegistration(formData, 'person');
}
