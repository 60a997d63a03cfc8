import 'server-only';
import { createHash } from 'node:crypto';
import { and, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/lib/db/client';
import { files, filings } from '@/lib/db/schema';
import { fileStore, newStorageKey } from '@/lib/storage';
import { formatSize, maxAttachmentBytes, sniffAttachment, type AllowedMime } from '@/lib/storage/sniff';
import { scopeOf } from '@/lib/access/scope';
import type { Viewer } from '@/lib/access/viewer';
import { stripInvisible } from '@/lib/validation/text';
import { isUuid } from '@/lib/validation/uuid';
import { UserFacingError } from '@/lib/errors';

const STORE_DOWN = '附件存储暂时不可用，申报未提交，请稍后重试。';

export type UploadResult = { ok: true; id: string; name: string; size: number; mime: AllowedMime } | { ok: false; status: number; message: string };

const EXTENSION: Record<AllowedMime, { ext: string; also: string[] }> = {
  'application/pdf': { ext: 'pdf', also: [] },
  'image/jpeg': { ext: 'jpg', also: ['jpeg'] },
  'image/png': { ext: 'png', also: [] },
};

/**
 * Keeps the name a person gave the file (shown and offered on download), minus anything path-like,
 * control or bidi characters, and with the extension of the type found in its content: a PDF
 * uploaded as `x.html` is offered as `x.pdf`.
 */
export function cleanFileName(name: string, mime: AllowedMime): string {
  const base = stripInvisible(name.split(/[\\/]/).pop() ?? '');
  const clean = base.replace(/[\u0000-\u001f\u007f-\u009f"<>|:*?]/g, '').trim();
  const { ext, also } = EXTENSION[mime];
  const dot = clean.lastIndexOf('.');
  const given = dot > 0 ? clean.slice(dot + 1).toLowerCase() : '';
  const stem = (dot > 0 ? clean.slice(0, dot) : clean).replace(/^\.+/, '').trim();
  const kept = also.includes(given) ? given : ext;
  return `${stem.slice(-100) || '附件'}.${kept}`;
}

/** Stores one attachment of a unit after checking its size and its content type. */
export async function saveAttachment(db: Db, unitId: string, slot: string, name: string, bytes: Uint8Array): Promise<UploadResult> {
  if (bytes.length === 0) return { ok: false, status: 400, message: '文件为空，请重新选择。' };
  if (bytes.length > maxAttachmentBytes()) return { ok: false, status: 413, message: `文件超过 ${formatSize(maxAttachmentBytes())}，请压缩后重新上传。` };
  const mime = sniffAttachment(bytes);
  if (!mime) return { ok: false, status: 415, message: '只能上传 PDF、JPG 或 PNG 文件（按文件内容判断，改扩展名无效）。' };
  const storageKey = newStorageKey();
  try {
    await fileStore().put(storageKey, bytes);
  } catch (e) {
    // Disk full, folder unwritable, object store down: nothing is recorded, the unit may retry.
    console.error('[storage] 附件写入失败：', e instanceof Error ? e.message : e);
    return { ok: false, status: 503, message: '附件暂时无法保存（文件存储不可用），请稍后重新上传；本次未保存任何内容。' };
  }
  const [row] = await db
    .insert(files)
    .values({
      unitId,
      slot,
      storageKey,
      originalName: cleanFileName(name, mime),
      mime,
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    })
    .returning({ id: files.id, name: files.originalName });
  await cleanupStaleUploads(db);
  return { ok: true, id: row.id, name: row.name, size: bytes.length, mime };
}

/** Uploads never attached to a submitted filing are removed after 24 hours. */
export async function cleanupStaleUploads(db: Db, olderThanHours = 24): Promise<number> {
  const stale = await db
    .select({ id: files.id, key: files.storageKey })
    .from(files)
    .where(and(isNull(files.filingId), lt(files.createdAt, sql`now() - make_interval(hours => ${olderThanHours})`)))
    .limit(100);
  if (stale.length === 0) return 0;
  const removed = await db
    .delete(files)
    .where(
      and(
        inArray(
          files.id,
          stale.map((s) => s.id),
        ),
        isNull(files.filingId),
      ),
    )
    .returning({ key: files.storageKey });
  for (const r of removed) await fileStore().remove(r.key);
  return removed.length;
}

/**
 * Attaches the unit's uploads to a filing. Each id must be this unit's file for that slot, either
 * free or already on this filing (a resubmission may keep a file), and its file must still be in
 * the store: a filing never points at a missing file. Returns the slots that failed.
 */
export async function attachFiles(tx: Tx, unitId: string, filingId: string, bySlot: Record<string, string>): Promise<string[]> {
  const ids = Object.values(bySlot);
  const rows = await tx
    .select({ id: files.id, slot: files.slot, storageKey: files.storageKey })
    .from(files)
    .where(and(inArray(files.id, ids), eq(files.unitId, unitId), or(isNull(files.filingId), eq(files.filingId, filingId))));
  const bad = Object.entries(bySlot)
    .filter(([slot, id]) => !rows.some((r) => r.id === id && r.slot === slot))
    .map(([slot]) => slot);
  if (bad.length) return bad;
  const present = await Promise.all(rows.map((r) => fileStore().exists(r.storageKey))).catch((e: unknown) => {
    console.error('[storage] 无法核对附件文件：', e instanceof Error ? e.message : e);
    throw new UserFacingError(STORE_DOWN, { status: 503 });
  });
  const missing = rows.filter((_, i) => !present[i]);
  // Lost from the disk or the bucket after its upload (a restore, a hand-made clean-up): the unit uploads it again.
  for (const r of missing) console.error(`[storage] 附件文件缺失：文件 ${r.id}（存储键 ${r.storageKey}），申报未提交`);
  if (missing.length) return missing.map((r) => r.slot);
  // Files of this filing that were replaced are detached (and later cleaned).
  await tx
    .update(files)
    .set({ filingId: null, createdAt: sql`now() - interval '25 hours'` })
    .where(
      and(
        eq(files.filingId, filingId),
        sql`${files.id} not in (${sql.join(
          ids.map((i) => sql`${i}::uuid`),
          sql`, `,
        )})`,
      ),
    );
  await tx.update(files).set({ filingId }).where(inArray(files.id, ids));
  return [];
}

export type StoredFile = { id: string; name: string; mime: AllowedMime; size: number; storageKey: string };

/**
 * A file the viewer may read: the owning unit always; a reviewer only when the filing it belongs
 * to lies inside the reviewer's region scope. Anyone else gets null, as for a missing file.
 */
export async function fileForViewer(db: Db, viewer: Viewer, fileId: string): Promise<StoredFile | null> {
  if (!isUuid(fileId)) return null;
  const cols = { id: files.id, name: files.originalName, mime: files.mime, size: files.size, storageKey: files.storageKey };
  // A unit also reads its uploads not yet attached to a filing; a reviewer only those of a filing in scope.
  if (viewer.role === 'unit') {
    const [row] = await db
      .select(cols)
      .from(files)
      .where(and(eq(files.id, fileId), eq(files.unitId, viewer.unitId)));
    return row ?? null;
  }
  const [row] = await db
    .select(cols)
    .from(files)
    .innerJoin(filings, eq(filings.id, files.filingId))
    .where(and(eq(files.id, fileId), scopeOf(viewer).filings));
  return row ?? null;
}
