import Link from 'next/link';
import { ItemCards } from '@/components/portal/ItemCards';
import { UNIT_ITEMS } from '@/lib/nav/menus';

export default function HomePage() {
  return (
    <div className="space-y-8">
      <section className="rounded-xl bg-gradient-to-r from-brand-700 to-brand-600 p-6 text-white sm:p-10">
        <h1 className="text-2xl font-bold sm:text-3xl">就业见习服务平台</h1>
        <p className="mt-3 max-w-2xl text-base leading-7 text-white">
          面向离校2年内未就业高校毕业生和16–24岁失业青年，组织到见习单位开展3–12个月的岗位见习。
          单位在线申请成为见习单位、发布见习岗位、上报见习人员；青年免登录查询全省见习岗位。
        </p>
        <div className="mt-5 flex flex-wrap gap-3">
          <Link prefetch={false} href="/jobs" className="rounded bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50">
            查询见习岗位
          </Link>
          <Link prefetch={false} href="/unit" className="rounded border border-white px-4 py-2 font-semibold text-white hover:bg-brand-800">
            单位办事入口
          </Link>
        </div>
      </section>

      <section aria-labelledby="unit-items">
        <h2 id="unit-items" className="mb-3 text-lg font-bold">
          法人办事 · 就业创业
        </h2>
        <ItemCards items={UNIT_ITEMS} label="单位可办理的就业见习事项" />
      </section>

      <section aria-labelledby="policy" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="policy" className="text-lg font-bold">
          政策要点
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm leading-6 text-slate-700">
          <li>见习期限 3–12 个月，见习单位按不低于当地最低工资标准发放见习生活补助。</li>
          <li>政府按当地最低工资标准的 60% 给予见习单位就业见习补贴，并补贴不超过 240 元/人的人身意外伤害保险费用。</li>
          <li>原开户许可证已于 2019 年取消，可提交“基本存款账户信息”代替。</li>
        </ul>
      </section>
    </div>
  );
}
