import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * For the demo and the tests on one machine: the keys a deployment would take from its
 * environment are generated once and kept in .data/secrets.json (git-ignored), so a restart keeps
 * sessions and encrypted data readable. Variables already set in the environment win.
 */
export function loadLocalEnv(port: number): void {
  const file = path.resolve('.data', 'secrets.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let saved: Record<string, string> = {};
  if (fs.existsSync(file)) saved = JSON.parse(fs.readFileSync(file, 'utf8'));
  const wanted: Record<string, () => string> = {
    AUTH_SECRET: () => randomBytes(32).toString('base64'),
    PII_KEY: () => randomBytes(32).toString('base64'),
    OIDC_CLIENT_SECRET: () => randomBytes(24).toString('base64url'),
  };
  let changed = false;
  for (const [k, make] of Object.entries(wanted)) {
    if (!saved[k]) {
      saved[k] = make();
      changed = true;
    }
    process.env[k] ??= saved[k];
  }
  if (changed) fs.writeFileSync(file, JSON.stringify(saved, null, 2), { mode: 0o600 });
  process.env.AUTH_URL ??= `http://localhost:${port}`;
  process.env.SITE_URL ??= process.env.AUTH_URL;
  // `next start` runs with NODE_ENV=production; the demo wants its stand-in login on.
  process.env.SSO_STANDIN_ENABLED ??= 'true';
  process.env.NEXT_TELEMETRY_DISABLED = '1';
}
