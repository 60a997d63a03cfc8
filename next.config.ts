import path from 'node:path';
import type { NextConfig } from 'next';
import { redisSettings } from './lib/cache/settings.mjs';

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  // Browsers honour HSTS only over HTTPS; `next start` runs with NODE_ENV=production.
  ...(process.env.NODE_ENV === 'production' ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }] : []),
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Several processes share one cache on Redis when REDIS_URL is set (README 多实例部署); without it
  // each process keeps Next.js's file-system cache. Either keeps only addresses that can be
  // enumerated (isStorable in lib/cache/page-cache-handler.mjs).
  ...(redisSettings()
    ? { cacheHandler: path.resolve('lib/cache/redis-handler.mjs'), cacheMaxMemorySize: 0 }
    : { cacheHandler: path.resolve('lib/cache/page-cache-handler.mjs') }),
  // PGlite loads its WASM and data files from node_modules at run time; bundling breaks that.
  serverExternalPackages: ['@electric-sql/pglite', 'exceljs', '@node-rs/argon2', 'postgres', 'echarts'],
  experimental: {
    // Attachments are up to 10 MB each (SPEC §4); leave room for multipart overhead.
    serverActions: { bodySizeLimit: '12mb' },
  },
  // Plain list addresses (no filters) go straight to their cached page without running proxy.ts;
  // addresses with filters pass through the proxy, which maps them (lib/posts/urls.ts#routeJobs).
  async rewrites() {
    return [
      { source: '/jobs', destination: '/jobs/q/14/-' },
      { source: '/jobs/:city(\\d{4})', destination: '/jobs/q/:city/-' },
      { source: '/jobs/:city(\\d{4})/:county(\\d{6})', destination: '/jobs/q/:county/-' },
    ];
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // Attachments are previewed in a frame of the reviewers' page; every other page refuses framing.
      { source: '/((?!api/files/).*)', headers: [{ key: 'X-Frame-Options', value: 'DENY' }] },
      // Content-Security-Policy: not here, as no single policy fits every page (lib/security/csp.ts):
      // proxy.ts gives per-request pages a nonce policy, the page cache stores each cached page with
      // the hashes of its own inline scripts, and routes that answer HTML set their own.
    ];
  },
};

export default nextConfig;
