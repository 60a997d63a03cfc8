import Link from 'next/link';
import { RegisterForm, type RegisterField } from '@/components/sso/RegisterForm';
import { authParamsOf } from '@/lib/sso/authorize';
import { registerAction } from './actions';

export const dynamic = 'force-dynamic';
export const metadata = { title: '注册' };

const PASSWORDS: RegisterField[] = [
  { name: 'password', label: '密码', type: 'password', autoComplete: 'new-password', hint: '至少8位' },
  { name: 'password2', label: '确认密码', type: 'password', autoComplete: 'new-password' },
];

const UNIT_FIELDS: RegisterField[] = [
  { name: 'name', label: '单位名称', autoComplete: 'organization' },
  { name: 'uscc', label: '统一社会信用代码', hint: '18位，见营业执照或法人登记证书' },
  { name: 'legalRep', label: '法定代表人' },
  { name: 'contactName', label: '联系人', autoComplete: 'name' },
  { name: 'phone', label: '手机号码', type: 'tel', inputMode: 'tel', autoComplete: 'tel' },
  ...PASSWORDS,
];

const PERSON_FIELDS: RegisterField[] = [
  { name: 'name', label: '姓名', autoComplete: 'name' },
  { name: 'idCard', label: '身份证号', hint: '18位居民身份证号，末位X可小写' },
  { name: 'phone', label: '手机号码', type: 'tel', inputMode: 'tel', autoComplete: 'tel' },
  ...PASSWORDS,
];

export default async function RegisterPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const sp = new URLSearchParams(Object.entries(raw).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : [])));
  const type = sp.get('type') === 'person' ? 'person' : 'unit';
  const carried = [...authParamsOf(sp).entries()];
  const loginHref = `/sso/login?${new URLSearchParams([...carried, ['tab', type]])}`;
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h1 className="mb-1 text-lg font-bold">{type === 'unit' ? '单位用户注册' : '个人用户注册'}</h1>
      <p className="mb-4 text-sm text-slate-600">
        已有账号？
        <Link href={loginHref} className="text-red-800 underline">
          返回登录
        </Link>
      </p>
      <RegisterForm kind={type} fields={type === 'unit' ? UNIT_FIELDS : PERSON_FIELDS} carried={carried} submitLabel="注册" submit={registerAction} />
    </div>
  );
}
