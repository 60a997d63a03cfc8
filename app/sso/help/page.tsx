import Link from 'next/link';

// Rendered per request like the rest of its area: proxy.ts gives these paths a nonce policy (lib/security/csp.ts).
export const dynamic = 'force-dynamic';
export const metadata = { title: '帮助文档' };

export default function HelpPage() {
  return (
    <article className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 text-sm leading-7 shadow-sm">
      <h1 className="text-lg font-bold">帮助文档</h1>
      <section>
        <h2 className="font-semibold">单位用户如何登录？</h2>
        <p>在登录页切换至【单位登录】，输入统一社会信用代码和密码，点击“登录”。登录成功后，业务系统页面右上方会显示单位名称。</p>
      </section>
      <section>
        <h2 className="font-semibold">还没有账号？</h2>
        <p>
          在【单位登录】或【个人登录】下方点击【注册】。单位需填写单位名称、统一社会信用代码、法定代表人、联系人和手机号码；个人需填写姓名、身份证号和手机号码。密码至少8位。
        </p>
      </section>
      <section>
        <h2 className="font-semibold">密码输错被锁定怎么办？</h2>
        <p>连续输错5次密码，账号将被锁定15分钟，到时自动解锁。忘记密码请拨打技术支持电话。</p>
      </section>
      <section>
        <h2 className="font-semibold">工作人员账号</h2>
        <p>人社部门工作人员账号由系统管理员开通，不能自行注册。</p>
      </section>
      <p>
        如果在登录注册的过程中遇到任何问题，请咨询政务服务网，或拨打右侧“联系我们”中的电话。
        <Link href="/" className="ml-1 text-red-800 underline">
          返回就业见习服务平台
        </Link>
      </p>
    </article>
  );
}
