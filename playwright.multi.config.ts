import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * Two `next start` processes (A and B) on one PostgreSQL and one Redis (`npm run test:multi`,
 * part of `npm test` when DATABASE_URL and REDIS_URL are set). Playwright starts A, then B, and
 * stops both at the end whatever happens. A distinct Redis key prefix per run keeps runs apart.
 */
export const PORT_A = Number(process.env.MULTI_E2E_PORT || 3110);
export const PORT_B = PORT_A + 1;
const prefix = (process.env.REDIS_KEY_PREFIX ??= `jx-e2e-${Date.now()}-${process.pid}`);

const server = (port: number) => ({
  command: 'npx tsx scripts/e2e-server.ts',
  url: `http://localhost:${port}/`,
  timeout: 300_000,
  reuseExistingServer: false,
  stdout: 'pipe' as const,
  stderr: 'pipe' as const,
  env: { NEXT_TELEMETRY_DISABLED: '1', E2E_PORT: String(port), REDIS_KEY_PREFIX: prefix },
});

export default defineConfig({
  ...base,
  testDir: './e2e-multi',
  use: { ...base.use, baseURL: `http://localhost:${PORT_A}` },
  projects: [{ name: 'two-processes' }],
  webServer: [server(PORT_A), server(PORT_B)],
});
