// One zip entry as written, for every zip this project writes (the .xlsx patched in place, the recap's
// .docx made new): its content stored or deflated by Node's native zlib, with its CRC-32 and size, and the
// records that frame it. Zip format: PKWARE APPNOTE 6.3.x, sections 4.3.7 (local file header), 4.3.12
// (central directory header) and 4.3.16 (end of central directory record); no data descriptors, no ZIP64.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createDeflateRaw, deflateRawSync, crc32 as nodeCrc32 } from 'node:zlib';

export const LOCAL = 0x04034b50;
export const CENTRAL = 0x02014b50;
export const EOCD = 0x06054b50;
export const STORE = 0;
export const DEFLATE = 8;
/** Version needed to extract (and made by, MS-DOS): 2.0, deflate. */
const VERSION = 20;

/** An entry's content as it goes into the file: stored or raw-deflated, with its CRC-32 and size. */
export interface Packed {
  readonly method: typeof STORE | typeof DEFLATE;
  readonly data: Buffer;
  readonly crc: number;
  /** Uncompressed size. */
  readonly size: number;
}

export function stored(content: Buffer): Packed {
  return { method: STORE, data: content, crc: crc32(content), size: content.length };
}

export function deflated(content: Buffer, level: number): Packed {
  return {
    method: DEFLATE,
    data: deflateRawSync(content, { level }),
    crc: crc32(content),
    size: content.length,
  };
}

/**
 * Content given in pieces (a large sheet's unchanged runs and its rebuilt rows, a document.xml written row by
 * row), deflated as a stream: the whole text is never put together, only its compressed bytes are. A piece
 * that fails rejects.
 */
export async function deflatedPieces(pieces: Iterable<Buffer>, level: number): Promise<Packed> {
  let crc = 0;
  let size = 0;
  const counted = function* () {
    for (const piece of pieces) {
      crc = crc32(piece, crc);
      size += piece.length;
      yield piece;
    }
  };
  const out: Buffer[] = [];
  await pipeline(
    Readable.from(counted()),
    createDeflateRaw({ level }),
    async (chunks: AsyncIterable<Buffer>) => {
      for await (const chunk of chunks) out.push(chunk);
    },
  );
  return { method: DEFLATE, data: Buffer.concat(out), crc, size };
}

/** An entry to write: its name (UTF-8 bytes), flags (only the UTF-8 name flag is kept) and DOS time and date. */
export interface Entry extends Packed {
  readonly name: Buffer;
  readonly flags: number;
  /** Modification time then date, MS-DOS format, 4 bytes. */
  readonly time: Buffer;
}

/** Flags for a name: bit 11 when it is not plain ASCII. */
export function nameFlags(name: string, bytes: Buffer): number {
  return bytes.length === name.length ? 0 : 0x0800;
}

/** The local file header with the name (no extra field); the entry's data follows it. */
export function localHeader(e: Entry): Buffer {
  const local = Buffer.alloc(30 + e.name.length);
  local.writeUInt32LE(LOCAL, 0);
  local.writeUInt16LE(VERSION, 4);
  local.writeUInt16LE(e.flags, 6);
  local.writeUInt16LE(e.method, 8);
  e.time.copy(local, 10);
  local.writeUInt32LE(e.crc, 14);
  local.writeUInt32LE(e.data.length, 18);
  local.writeUInt32LE(e.size, 22);
  local.writeUInt16LE(e.name.length, 26);
  local.writeUInt16LE(0, 28);
  e.name.copy(local, 30);
  return local;
}

/**
 * The central directory header with the name (no extra field, no comment), for an entry whose local header
 * is at `offset`. `template`, the record an existing entry had, keeps what the entry said of itself (the
 * system it was made on, its external attributes).
 */
export function centralHeader(e: Entry, offset: number, template?: Buffer): Buffer {
  const record = Buffer.alloc(46 + e.name.length);
  if (template) template.copy(record, 0, 0, 46);
  else {
    record.writeUInt32LE(CENTRAL, 0);
    record.writeUInt16LE(VERSION, 4);
  }
  record.writeUInt16LE(VERSION, 6);
  record.writeUInt16LE(e.flags, 8);
  record.writeUInt16LE(e.method, 10);
  e.time.copy(record, 12);
  record.writeUInt32LE(e.crc, 16);
  record.writeUInt32LE(e.data.length, 20);
  record.writeUInt32LE(e.size, 24);
  record.writeUInt16LE(e.name.length, 28);
  record.writeUInt16LE(0, 30); // no extra field
  record.writeUInt16LE(0, 32); // no comment
  record.writeUInt32LE(offset, 42);
  e.name.copy(record, 46);
  return record;
}

/**
 * The end of central directory record. `template`, the package's own record (with its comment), keeps the
 * comment; only the counts, size and offset change.
 */
export function endOfCentralDirectory(
  count: number,
  size: number,
  offset: number,
  template?: Buffer,
): Buffer {
  const end = template ? Buffer.from(template) : Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return end;
}

let table: Uint32Array | undefined;

/** CRC-32 (zlib's where Node has it, else the same polynomial by table), continuing `from` (a CRC so far). */
export function crc32(data: Uint8Array, from = 0): number {
  if (typeof nodeCrc32 === 'function') return nodeCrc32(data, from) >>> 0;
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = (from ^ 0xffffffff) >>> 0;
  for (const byte of data) crc = (table[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
