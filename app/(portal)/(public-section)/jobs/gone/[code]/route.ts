import { cachedPublicPosition, CACHE_SECONDS } from '@/lib/posts/cache';
import { SELF_SCRIPTS_POLICY } from '@/lib/security/csp';
import { POSITION_STATE_LABEL } from '@/lib/posts/labels';
import { jobsListPath, positionPath } from '@/lib/posts/urls';
import { todayInShanghai } from '@/lib/time';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A closed or expired position answers 410 Gone, so that search engines drop it at once, with a page
 * that tells a visitor why and where to look instead. App Router pages cannot set a status other than
 * 404, so the position page sends such visits here.
 */
export async function GET(_req: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const p = /^GW\d{12}$/.test(code) ? await cachedPublicPosition(code, todayInShanghai()) : null;
  if (!p) return new Response('页面不存在', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  if (p.state === 'open') return Response.redirect(new URL(positionPath(code), _req.url), 307);
  const county = jobsListPath({ region: p.countyCode, page: 1 });
  const html = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${esc(p.title)}（${POSITION_STATE_LABEL[p.state]}） - 就业见习服务平台</title>
<style>body{font-family:system-ui,"WenQuanYi Micro Hei",sans-serif;margin:0;color:#0f172a;background:#f8fafc}
header{background:#0a4d91;color:#fff;padding:12px 16px;font-weight:700}main{max-width:40rem;margin:0 auto;padding:24px 16px}
a{color:#0a4d91}a:focus{outline:3px solid #f59e0b;outline-offset:2px}li{margin:.4rem 0}</style></head>
<body><header>就业见习服务平台</header><main>
<h1>该见习岗位${POSITION_STATE_LABEL[p.state]}</h1>
<p>「${esc(p.title)}」（${esc(p.unitName)}，岗位编号 ${esc(p.code)}）已不再接受报名。</p>
<p>您可以查看同一地区正在招募的其他见习岗位：</p>
<ul><li><a href="${county}">${esc(p.cityName)} · ${esc(p.countyName)}的见习岗位</a></li><li><a href="/jobs">全省见习岗位查询</a></li><li><a href="/">返回首页</a></li></ul>
</main></body></html>`;
  return new Response(html, {
    status: 410,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': `public, max-age=${CACHE_SECONDS}`,
      // No script on this page; its inline <style> is allowed by the shared policy.
      'content-security-policy': SELF_SCRIPTS_POLICY,
    },
  });
}
