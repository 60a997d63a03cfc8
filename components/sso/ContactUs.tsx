/** 联系我们, as the manual's login page shows it. */
export function ContactUs() {
  return (
    <section aria-labelledby="contact-us" className="rounded-lg border border-slate-200 bg-white p-4 text-sm leading-6 text-slate-700">
      <h2 id="contact-us" className="mb-1 text-base font-bold text-slate-900">
        联系我们
      </h2>
      <dl className="grid grid-cols-[7rem_1fr] gap-x-2 gap-y-0.5">
        <dt>来源：</dt>
        <dd>山西省政务服务中心</dd>
        <dt>地址：</dt>
        <dd>山西省太原市小店区坞城南路50号</dd>
        <dt>主办单位：</dt>
        <dd>山西省政务服务中心</dd>
        <dt>运行维护单位：</dt>
        <dd>山西省政务服务中心</dd>
        <dt>咨询投诉举报热线：</dt>
        <dd>12345</dd>
        <dt>技术支持：</dt>
        <dd>0351-7731427、0351-7731428、0351-7731165（用户注册、登录问题）</dd>
        <dt>省政务服务投诉举报中心：</dt>
        <dd>0351-7731581</dd>
        <dt>电话接听时间：</dt>
        <dd>周一到周五（法定节假日除外）9:00-12:00 14:00-17:00</dd>
      </dl>
    </section>
  );
}
