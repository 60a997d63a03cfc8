'use server';

import { headers } from 'next/headers';
import { loginUrl, principalFor } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { registerInterest } from '@/lib/posts/interests';
import { positionPath } from '@/lib/posts/urls';
import { clientIp } from '@/lib/security/request';
import type { InterestReply } from '@/components/posts/InterestPanel';

/** 我要报名: only a signed-in person, eligible, once per open position (lib/posts/interests). */
export async function registerInterestAction(code: string): Promise<InterestReply> {
  if (typeof code !== 'string' || !/^GW\d{12,14}$/.test(code)) return { ok: false, message: '岗位不存在。' };
  const who = await principalFor('person');
  if (!who.ok) {
    const message =
      who.status === 401 ? '报名需要以个人用户登录，登录后将回到本页，请再次点击“我要报名”。' : '只有个人用户可以报名见习岗位，单位和工作人员账号不能报名。';
    return { ok: false, message, link: { href: loginUrl('person', positionPath(code)), label: '以个人用户登录' } };
  }
  const out = await registerInterest(getDb(), who.p.id, code, clientIp(await headers()));
  if (out.ok)
    return { ok: true, message: '报名成功！用人单位将在意向人员中看到您的信息。', link: { href: '/person/apply#interests', label: '查看我的意向岗位' } };
  const needsProfile = out.reason.includes('填写并保存个人信息');
  return { ok: false, message: out.reason, link: needsProfile ? { href: '/person/apply', label: '填写就业见习人员申请' } : undefined };
}
