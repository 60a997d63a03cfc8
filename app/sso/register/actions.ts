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

type Outcome = { state: FormState } | { result: { ok: true } | { ok: false; field?: string; message: string } };

/** Who can register, with the schema their form is checked against and the function that stores them. */
const REGISTRATIONS = {
  unit: async (formData: FormData, ip: string): Promise<Outcome> => {
    const parsed = parseForm(unitRegistrationSchema, formData);
    return parsed.ok ? { result: await registerUnit(getDb(), parsed.data, ip) } : { state: parsed.state };
  },
  person: async (formData: FormData, ip: string): Promise<Outcome> => {
    const parsed = parseForm(personRegistrationSchema, formData);
    return parsed.ok ? { result: await registerPerson(getDb(), parsed.data, ip) } : { state: parsed.state };
  },
} as const;

/**
 * 【注册】 for units and persons: one action; the form's hidden `type` chooses the schema. Rate
 * limited per address; an error shows on its field; success goes on to 登录 with the OIDC request.
 */
export async function registerAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const type = formData.get('type') === 'person' ? 'person' : 'unit';
  const g = await guard();
  if (!('ip' in g)) return g;
  const outcome = await REGISTRATIONS[type](formData, g.ip);
  if ('state' in outcome) return outcome.state;
  if (!outcome.result.ok) return refused(outcome.result, formData);
  afterRegistration(formData, type);
}
