import { inflateRawSync } from 'node:zlib';

/**
 * Reads a zip's central directory before any unzip library touches it, so that a zip bomb (tiny
 * file, huge content) or a zip with hidden entries is refused without being inflated blindly.
 * The streaming reader used afterwards follows local headers, not the directory, so we also check
 * that the local entries tile the file exactly and that each inflates to no more than it declares.
 */
export interface ZipLimits {
  maxUnpackedBytes: number;
  maxEntries: number;
  /** Refused when an entry larger than `ratioFloorBytes` expands more than this many times. */
  maxRatio: number;
  ratioFloorBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxUnpackedBytes: 200 * 1024 * 1024,
  maxEntries: 2000,
  maxRatio: 100,
  ratioFloorBytes: 1024 * 1024,
};

export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  packed: number;
  unpacked: number;
  /** Start of the local header. */
  offset: number;
  /** The entry's record in the central directory, to be copied. */
  central: { start: number; length: number };
}

export type ZipCheck = { ok: true; names: Set<string>; entries: ZipEntry[] } | { ok: false; problem: 'corrupt' | 'bomb' | 'encrypted'; detail: string };
type Entry = ZipEntry;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;
const ZIP64 = 0xffffffff;

function findEndOfDirectory(b: Buffer): number {
  const stop = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= stop; i--) if (b.readUInt32LE(i) === EOCD) return i;
  return -1;
}

function readDirectory(b: Buffer): { entries: Entry[]; directoryStart: number } | string {
  const end = findEndOfDirectory(b);
  if (end < 0) return '找不到压缩目录';
  const count = b.readUInt16LE(end + 10);
  const start = b.readUInt32LE(end + 16);
  if (count === 0xffff || start === ZIP64) return 'ZIP64 格式';
  const entries: Entry[] = [];
  let p = start;
  for (let i = 0; i < count; i++) {
    if (p + 46 > end || b.readUInt32LE(p) !== CENTRAL) return '压缩目录损坏';
    const nameLength = b.readUInt16LE(p + 28);
    const length = 46 + nameLength + b.readUInt16LE(p + 30) + b.readUInt16LE(p + 32);
    const entry: Entry = {
      flags: b.readUInt16LE(p + 8),
      method: b.readUInt16LE(p + 10),
      crc: b.readUInt32LE(p + 16),
      packed: b.readUInt32LE(p + 20),
      unpacked: b.readUInt32LE(p + 24),
      offset: b.readUInt32LE(p + 42),
      name: b.toString('utf8', p + 46, p + 46 + nameLength),
      central: { start: p, length },
    };
    if (entry.packed === ZIP64 || entry.unpacked === ZIP64 || entry.offset === ZIP64) return 'ZIP64 格式';
    entries.push(entry);
    p += length;
  }
  return { entries, directoryStart: start };
}

export function dataStart(b: Buffer, e: ZipEntry): number {
  return e.offset + 30 + b.readUInt16LE(e.offset + 26) + b.readUInt16LE(e.offset + 28);
}

/** End of an entry's local record (header, data, optional data descriptor), or -1 when it is malformed. */
function localRecordEnd(b: Buffer, e: Entry): number {
  if (e.offset + 30 > b.length || b.readUInt32LE(e.offset) !== LOCAL) return -1;
  let end = dataStart(b, e) + e.packed;
  if (e.flags & 0x08) end += end + 4 <= b.length && b.readUInt32LE(end) === DESCRIPTOR ? 16 : 12;
  return end <= b.length ? end : -1;
}

function inflatesAsDeclared(b: Buffer, e: Entry): boolean {
  const start = dataStart(b, e);
  const data = b.subarray(start, start + e.packed);
  if (e.method === 0) return e.packed === e.unpacked;
  try {
    // One byte of headroom: output beyond the declared size makes zlib throw instead of allocating it.
    return inflateRawSync(data, { maxOutputLength: e.unpacked + 1 }).length === e.unpacked;
  } catch {
    return false;
  }
}

export function checkZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipCheck {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dir = readDirectory(b);
  if (typeof dir === 'string') return { ok: false, problem: 'corrupt', detail: dir };
  const { entries } = dir;
  if (entries.length > limits.maxEntries) return { ok: false, problem: 'bomb', detail: `含有${entries.length}个文件` };
  let total = 0;
  for (const e of entries) {
    if (e.flags & 0x01) return { ok: false, problem: 'encrypted', detail: e.name };
    if (e.method !== 0 && e.method !== 8) return { ok: false, problem: 'corrupt', detail: `不支持的压缩方式 ${e.method}` };
    total += e.unpacked;
    if (e.unpacked > limits.ratioFloorBytes && e.unpacked / Math.max(e.packed, 1) > limits.maxRatio) {
      return { ok: false, problem: 'bomb', detail: `${e.name} 压缩比超过 ${limits.maxRatio}` };
    }
  }
  if (total > limits.maxUnpackedBytes) return { ok: false, problem: 'bomb', detail: `解压后共 ${Math.ceil(total / 1048576)} MB` };

  let cursor = 0;
  for (const e of [...entries].sort((x, y) => x.offset - y.offset)) {
    if (e.offset !== cursor) return { ok: false, problem: 'corrupt', detail: '压缩包中有目录以外的内容' };
    cursor = localRecordEnd(b, e);
    if (cursor < 0) return { ok: false, problem: 'corrupt', detail: `${e.name} 记录损坏` };
  }
  if (cursor !== dir.directoryStart) return { ok: false, problem: 'corrupt', detail: '压缩包中有目录以外的内容' };
  for (const e of entries) {
    if (!inflatesAsDeclared(b, e)) return { ok: false, problem: 'bomb', detail: `${e.name} 解压后的大小与声明不符` };
  }
  return { ok: true, names: new Set(entries.map((e) => e.name)), entries };
}
