import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/**
 * A fault test's own process (a `next start` of the build the two-process servers use, or a
 * redis-server), on a port the system hands out, so that it can be given its own REDIS_URL or
 * STORAGE_DIR and be broken without touching processes A and B. Its output is kept for the test to
 * read. It runs in its own process group, which `stop()` ends; the test calls `stop()` in a
 * `finally`, and the group is also ended if the test's worker exits first.
 */
export type OwnProcess = { port: number; output: () => string; stop: () => Promise<void> };

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) killGroup(child, 'SIGKILL');
});

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    /* already gone */
  }
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export function startProcess(command: string, args: string[], env: NodeJS.ProcessEnv, port: number): OwnProcess {
  const child = spawn(command, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    port,
    output: () => out,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        killGroup(child, 'SIGTERM');
        const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      running.delete(child);
    },
  };
}

/** Waits until `url` answers (any status), or the process has exited, or `ms` passed. */
export async function waitForUp(url: string, own: OwnProcess, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      await fetch(url, { signal: AbortSignal.timeout(5_000), redirect: 'manual' });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`${url} did not answer in ${ms} ms:\n${own.output().slice(-2000)}`);
}

/**
 * `next start` of the built app with the environment of the two-process servers (same database,
 * same keys from .data/secrets.json, which their start wrote), plus `env`.
 */
export async function startApp(env: Record<string, string>): Promise<OwnProcess & { url: string }> {
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const secrets = JSON.parse(fs.readFileSync(path.resolve('.data', 'secrets.json'), 'utf8')) as Record<string, string>;
  const app = startProcess(
    process.execPath,
    [path.resolve('node_modules/next/dist/bin/next'), 'start', '-p', String(port)],
    {
      ...secrets,
      ...process.env,
      AUTH_URL: url,
      SITE_URL: url,
      SSO_STANDIN_ENABLED: 'true',
      NEXT_TELEMETRY_DISABLED: '1',
      RATE_LIMIT_LOGIN: '1000/300',
      RATE_LIMIT_REGISTER: '1000/3600',
      ...env,
    },
    port,
  );
  try {
    await waitForUp(`${url}/`, app, 120_000);
  } catch (e) {
    await app.stop();
    throw e;
  }
  return { ...app, url };
}
