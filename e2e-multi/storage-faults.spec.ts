import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD } from '../e2e/support/login';
import { pdfBytes } from '../e2e/support/files';
import { httpLogin } from '@/lib/test/http-session';
import { addTraineeUnit, database } from './support/world';
import { startApp } from './support/own-server';

/**
 * Issue #12 item 5(c): the storage folder becomes read-only while an attachment is being uploaded
 * (the first half of the body is on its way). The process is the test's own, with a storage folder
 * of its own, so nothing else is disturbed.
 *
 * How the folder is made read-only: the tests run as root, for whom permission bits change
 * nothing, so the folder is bind-mounted read-only onto itself (`mount --bind -o ro`): every write
 * then fails with EROFS, for root too, as on a disk remounted read-only. Where mounting is not
 * permitted (a container without CAP_SYS_ADMIN), the folder is moved away and a plain file put in
 * its place, so that creating anything in it fails (ENOTDIR/EEXIST), again for root too.
 */
const MESSAGE = '附件暂时无法保存（文件存储不可用），请稍后重新上传；本次未保存任何内容。';

function makeUnwritable(dir: string): { how: string; cause: RegExp; undo: () => void } {
  const mounted = spawnSync('mount', ['--bind', '-o', 'ro', dir, dir], { encoding: 'utf8' });
  if (mounted.status === 0) {
    try {
      fs.writeFileSync(path.join(dir, 'probe'), 'x');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EROFS') return { how: 'read-only bind mount', cause: /EROFS/, undo: () => void spawnSync('umount', [dir]) };
    }
    spawnSync('umount', [dir]);
    throw new Error('the read-only mount did not stop a write');
  }
  const away = `${dir}.away`;
  fs.renameSync(dir, away);
  fs.writeFileSync(dir, '');
  return {
    how: `a file in place of the folder (mount refused: ${mounted.stderr.trim()})`,
    cause: /ENOTDIR|EEXIST/,
    undo: () => {
      fs.rmSync(dir);
      fs.renameSync(away, dir);
    },
  };
}

const filesUnder = (dir: string): string[] =>
  fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));

test('the storage folder turned read-only during an upload: 503 with a clear message, logged, no file row, no stray file; uploads work again after', async () => {
  test.setTimeout(180_000);
  const sql = database();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jx-storage-fault-'));
  let app: Awaited<ReturnType<typeof startApp>> | null = null;
  let undo: (() => void) | null = null;
  try {
    const unit = await addTraineeUnit(sql, '存储故障');
    app = await startApp({ STORAGE_DIR: dir });
    const base = app.url;
    const cookie = await httpLogin(base, 'unit', unit.uscc, DEMO_PASSWORD);
    const rows = async () => (await sql<{ n: number }[]>`select count(*)::int as n from files where unit_id = ${unit.id}`)[0].n;
    const upload = (body: BodyInit) =>
      fetch(`${base}/api/files?slot=license`, {
        method: 'POST',
        body,
        headers: { cookie, origin: base, 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent('营业执照.pdf') },
        duplex: 'half',
        signal: AbortSignal.timeout(30_000),
      } as RequestInit);

    const first = await upload(new Uint8Array(pdfBytes('before')));
    expect(first.status, await first.clone().text()).toBe(201);
    expect(await rows()).toBe(1);
    const storedBefore = filesUnder(dir);

    // The body is sent in two halves; the folder becomes read-only in between.
    const bytes = new Uint8Array(pdfBytes(`during ${'x'.repeat(200_000)}`));
    let send!: ReadableStreamDefaultController<Uint8Array>;
    const stream = new ReadableStream<Uint8Array>({ start: (c) => void (send = c) });
    send.enqueue(bytes.subarray(0, bytes.length / 2));
    const pending = upload(stream);
    await new Promise((r) => setTimeout(r, 500));
    const unwritable = makeUnwritable(dir);
    undo = unwritable.undo;
    send.enqueue(bytes.subarray(bytes.length / 2));
    send.close();
    const res = await pending;
    const answer = await res.json();
    const logged = app.output().match(/^\[storage\].*$/gm) ?? [];
    console.log(`storage made unwritable by ${unwritable.how}: HTTP ${res.status} ${JSON.stringify(answer)}; log: ${logged.join(' | ')}`);
    expect(res.status).toBe(503);
    expect(answer).toEqual({ ok: false, message: MESSAGE });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^\[storage\] 附件写入失败：/);
    expect(logged[0], 'the log names the real cause').toMatch(unwritable.cause);
    expect(await rows(), 'no file row for the failed upload').toBe(1);

    undo();
    undo = null;
    expect(filesUnder(dir), 'nothing half-written left in the folder').toEqual(storedBefore);
    const after = await upload(new Uint8Array(pdfBytes('after')));
    expect(after.status).toBe(201);
    const { id } = await after.json();
    const got = await fetch(`${base}/api/files/${id}`, { headers: { cookie } });
    expect(got.status).toBe(200);
    expect(Buffer.from(await got.arrayBuffer())).toEqual(pdfBytes('after'));
    expect(await rows()).toBe(2);
  } finally {
    undo?.();
    await app?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
    await sql.end();
  }
});
