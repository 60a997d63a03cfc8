export function SiteFooter() {
  return (
    <footer className="mt-12 border-t border-slate-200 bg-white">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-slate-600">
        <p>主办：山西省人力资源和社会保障厅　承办：各市、县（区）人力资源和社会保障局</p>
        <p className="mt-1">咨询投诉举报热线：12345　公共就业服务咨询：12333</p>
      </div>
    </footer>
  );
}
