import { spawn, type ChildProcess } from 'node:child_process';
import { forgetPagesOfOtherDatabases } from './prepare';

/**
 * The built app for a benchmark: `next start` on its own port in a process group of its own, so that
 * `stop()` ends it and its children together. `ready()` resolves once /public answers.
 */
export function startBuiltApp(port: number): { base: string; ready: () => Promise<void>; stop: () => void } {
  const base = `http://localhost:${port}`;
  forgetPagesOfOtherDatabases();
  const server: ChildProcess = spawn('npx', ['next', 'start', '-p', String(port)], {
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const ready = async () => {
    for (let i = 0; i < 120; i++) {
      if (server.exitCode !== null) throw new Error('服务器启动失败');
      try {
        if ((await fetch(`${base}/public`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error('服务器 60 秒内未就绪');
  };
  const stop = () => {
    if (server.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  };
  return { base, ready, stop };
}
