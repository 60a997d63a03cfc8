import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { AwsClient } from 'aws4fetch';
import { env } from '@/lib/env';

/**
 * Where uploaded files live. By default a local folder outside the web root (STORAGE_DIR, default
 * .data/uploads); an S3-compatible bucket when S3_BUCKET is set. Keys are random: a file's name
 * never reaches the file system.
 */
export interface FileStore {
  put(key: string, bytes: Uint8Array): Promise<void>;
  get(key: string): Promise<Uint8Array | null>;
  /** Whether the file is there (false when missing; throws when the store cannot be asked). */
  exists(key: string): Promise<boolean>;
  remove(key: string): Promise<void>;
}

export function newStorageKey(): string {
  return randomBytes(24).toString('base64url');
}

const safeKey = (key: string) => {
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(key)) throw new Error('invalid storage key');
  return key;
};

export class LocalStore implements FileStore {
  constructor(private readonly root: string) {}
  private file(key: string) {
    const k = safeKey(key);
    return path.join(this.root, k.slice(0, 2), k);
  }
  /**
   * Not `mkdir -p` for the subfolder: Node reports any failure of a recursive mkdir as ENOENT (a
   * read-only disk would be logged as a missing folder); only the storage folder itself is made so.
   */
  private async folder(dir: string) {
    try {
      await fs.mkdir(dir);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return;
      if (code !== 'ENOENT') throw e;
      await fs.mkdir(this.root, { recursive: true });
      await fs.mkdir(dir).catch((again: NodeJS.ErrnoException) => {
        if (again.code !== 'EEXIST') throw again;
      });
    }
  }
  async put(key: string, bytes: Uint8Array) {
    const f = this.file(key);
    await this.folder(path.dirname(f));
    const tmp = `${f}.${process.pid}.tmp`;
    try {
      await fs.writeFile(tmp, bytes, { mode: 0o600 });
      await fs.rename(tmp, f);
    } catch (e) {
      await fs.rm(tmp, { force: true }).catch(() => undefined);
      throw e;
    }
  }
  async get(key: string) {
    try {
      return new Uint8Array(await fs.readFile(this.file(key)));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  }
  async exists(key: string) {
    try {
      return (await fs.stat(this.file(key))).isFile();
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw e;
    }
  }
  async remove(key: string) {
    await fs.rm(this.file(key), { force: true });
  }
}

/** S3 or any S3-compatible store (MinIO, OSS, COS, OBS) over plain HTTPS with SigV4 signing. */
export class S3Store implements FileStore {
  private readonly client: AwsClient;
  constructor(
    private readonly endpoint: string,
    private readonly bucket: string,
    opts: { accessKeyId: string; secretAccessKey: string; region: string },
    private readonly fetchImpl: typeof fetch = fetch,
  ) {
    this.client = new AwsClient({ ...opts, service: 's3' });
  }
  private url(key: string) {
    return `${this.endpoint.replace(/\/$/, '')}/${this.bucket}/${safeKey(key)}`;
  }
  private async send(url: string, init: RequestInit) {
    const signed = await this.client.sign(url, init);
    return this.fetchImpl(signed);
  }
  async put(key: string, bytes: Uint8Array) {
    const res = await this.send(this.url(key), { method: 'PUT', body: Buffer.from(bytes), headers: { 'content-type': 'application/octet-stream' } });
    if (!res.ok) throw new Error(`对象存储写入失败（HTTP ${res.status}）`);
  }
  async get(key: string) {
    const res = await this.send(this.url(key), { method: 'GET' });
    if (res.status === 404) return null;
    if (!res.ok) throw new Error(`对象存储读取失败（HTTP ${res.status}）`);
    return new Uint8Array(await res.arrayBuffer());
  }
  async exists(key: string) {
    const res = await this.send(this.url(key), { method: 'HEAD' });
    if (res.status === 404) return false;
    if (!res.ok) throw new Error(`对象存储查询失败（HTTP ${res.status}）`);
    return true;
  }
  async remove(key: string) {
    const res = await this.send(this.url(key), { method: 'DELETE' });
    if (!res.ok && res.status !== 404) throw new Error(`对象存储删除失败（HTTP ${res.status}）`);
  }
}

let store: FileStore | null = null;

export function fileStore(): FileStore {
  if (store) return store;
  const e = env();
  if (e.S3_BUCKET) {
    store = new S3Store(e.S3_ENDPOINT ?? `https://s3.${e.S3_REGION}.amazonaws.com`, e.S3_BUCKET, {
      accessKeyId: e.S3_ACCESS_KEY_ID,
      secretAccessKey: e.S3_SECRET_ACCESS_KEY,
      region: e.S3_REGION,
    });
  } else {
    store = new LocalStore(path.resolve(/*turbopackIgnore: true*/ process.cwd(), e.STORAGE_DIR));
  }
  return store;
}

/** For tests: use this store instead. */
export function setFileStore(s: FileStore | null): void {
  store = s;
}
