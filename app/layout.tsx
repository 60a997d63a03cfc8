import type { Metadata, Viewport } from 'next';
import './globals.css';
import { env } from '@/lib/env';

export const metadata: Metadata = {
  metadataBase: new URL(env().SITE_URL),
  title: { default: '就业见习服务平台 - 山西省人社一体化公共服务平台', template: '%s - 就业见习服务平台' },
  description: '山西省就业见习服务平台：见习单位申请、见习岗位申请与查询、见习人员匹配、考勤与在岗情况上报，以及面向青年的见习岗位公开查询。',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0a4d91' };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
