import { dataStart, type ZipEntry } from './zip-guard';

/**
 * ExcelJS's streaming reader can read a worksheet straight from the zip only once it has seen the
 * workbook's relations and shared strings; a worksheet stored before them (Excel itself stores them
 * in that order) is first copied to a temporary file, which stays on disk when reading stops early.
 * So the already-checked archive is re-laid in memory: relations, workbook, shared strings and
 * styles first, sizes written into every local header (no trailing data descriptors to hunt for),
 * and an empty shared-strings part added when the file has none.
 */
const FIRST = ['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/styles.xml'];
const SHARED_STRINGS = 'xl/sharedStrings.xml';
const EMPTY_SST = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>',
);
/** CRC-32 of EMPTY_SST (zlib.crc32 is not in every Node 20 the project supports). */
export const EMPTY_SST_CRC = 0x29a29d6e;

interface Piece {
  name: string;
  local: Buffer;
  data: Buffer;
  central: Buffer;
}

function rank(name: string): number {
  const i = FIRST.indexOf(name);
  return i < 0 ? FIRST.length : i;
}

function copied(b: Buffer, e: ZipEntry): Piece {
  const start = dataStart(b, e);
  const local = Buffer.from(b.subarray(e.offset, start));
  const central = Buffer.from(b.subarray(e.central.start, e.central.start + e.central.length));
  const flags = e.flags & ~0x08;
  local.writeUInt16LE(flags, 6);
  local.writeUInt32LE(e.crc, 14);
  local.writeUInt32LE(e.packed, 18);
  local.writeUInt32LE(e.unpacked, 22);
  central.writeUInt16LE(flags, 8);
  return { name: e.name, local, data: b.subarray(start, start + e.packed), central };
}

function stored(name: string, data: Buffer, crc: number): Piece {
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  return { name, local: Buffer.concat([local, nameBytes]), data, central: Buffer.concat([central, nameBytes]) };
}

export function restreamXlsx(bytes: Uint8Array, entries: readonly ZipEntry[]): Buffer {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const pieces = entries.map((e) => copied(b, e));
  if (!pieces.some((p) => p.name === SHARED_STRINGS)) pieces.push(stored(SHARED_STRINGS, EMPTY_SST, EMPTY_SST_CRC));
  pieces.sort((x, y) => rank(x.name) - rank(y.name));

  const out: Buffer[] = [];
  let offset = 0;
  for (const p of pieces) {
    p.central.writeUInt32LE(offset, 42);
    out.push(p.local, p.data);
    offset += p.local.length + p.data.length;
  }
  const directory = Buffer.concat(pieces.map((p) => p.central));
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(pieces.length, 8);
  end.writeUInt16LE(pieces.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...out, directory, end]);
}
