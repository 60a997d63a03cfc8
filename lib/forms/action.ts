import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getPrincipal } from '@/lib/auth/session';
import { clientIp } from '@/lib/security/request';
import { actionWrappers } from './wrap';

/** The wrappers of lib/forms/wrap bound to this request's session, address and Next's redirect. */
export const { formAction, redirectAction } = actionWrappers({
  principal: getPrincipal,
  ip: async () => clientIp(await headers()),
  redirect,
});
