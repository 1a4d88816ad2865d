// The .xlsx package as a zip file, read and re-written at the byte level: entries are inflated only when
// asked for, and a save copies every untouched entry (local header, data and descriptor) byte for byte,
// re-deflating only the parts that changed. Zip format: PKWARE APPNOTE 6.3.x, sections 4.3.7 (local file
// header), 4.3.12 (central directory header) and 4.3.16 (end of central directory record).
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { constants, createDeflateRaw, deflateRawSync, inflateRawSync, crc32 as nodeCrc32 } from 'node:zlib';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Parts above this size (bytes of XML) are deflated at level 1: 3x faster, about a third larger. */
const LARGE_PART = 2 << 20;

export class ZipFormatError extends Error {}

/** A part's new content, already compressed (raw deflate), with its CRC-32 and uncompressed size. */
export interface Deflated {
  readonly deflated: Buffer;
  readonly crc: number;
  readonly size: number;
}

/** Compress a part's new content (a large part, such as a year's log, at level 1: one click re-compresses it). */
export function deflatePart(content: Buffer): Deflated {
  return {
    deflated: deflateRawSync(content, { level: content.length > LARGE_PART ? 1 : 6 }),
    crc: crc32(content),
    size: content.length,
  };
}

/**
 * The same for content given as pieces (a large sheet's unchanged runs and its rebuilt rows): compressed as a
 * stream, so the whole new part is never put together in memory.
 */
export async function deflatePieces(pieces: readonly Buffer[]): Promise<Deflated> {
  let size = 0;
  let crc = 0;
  for (const piece of pieces) {
    size += piece.length;
    crc = crc32(piece, crc);
  }
  const out: Buffer[] = [];
  await pipeline(
    Readable.from(pieces),
    createDeflateRaw({ level: size > LARGE_PART ? 1 : 6 }),
    async (chunks: AsyncIterable<Buffer>) => {
      for await (const chunk of chunks) out.push(chunk);
    },
  );
  return { deflated: Buffer.concat(out), crc, size };
}

export interface ZipEntry {
  readonly name: string;
  /** The central directory record as found (fixed part, name, extra, comment). */
  readonly central: Buffer;
  readonly method: number;
  readonly compressedSize: number;
  readonly localOffset: number;
}

export class ZipPackage {
  private readonly byName = new Map<string, ZipEntry>();

  private constructor(
    readonly bytes: Buffer,
    readonly entries: readonly ZipEntry[],
    private readonly centralStart: number,
    private readonly trailer: Buffer,
  ) {
    for (const e of entries) this.byName.set(e.name, e);
  }

  static parse(bytes: Buffer): ZipPackage {
    const from = Math.max(0, bytes.length - 22 - 0xffff);
    let eocd = -1;
    for (let i = bytes.length - 22; i >= from; i--) {
      if (bytes.readUInt32LE(i) === EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new ZipFormatError('no end of central directory');
    const count = bytes.readUInt16LE(eocd + 10);
    const size = bytes.readUInt32LE(eocd + 12);
    const start = bytes.readUInt32LE(eocd + 16);
    if (count === 0xffff || start === 0xffffffff || size === 0xffffffff)
      throw new ZipFormatError('zip64 packages are not supported');
    if (start + size > eocd) throw new ZipFormatError('central directory out of bounds');
    const entries: ZipEntry[] = [];
    let p = start;
    for (let i = 0; i < count; i++) {
      if (bytes.readUInt32LE(p) !== CENTRAL) throw new ZipFormatError('bad central directory');
      const flags = bytes.readUInt16LE(p + 8);
      const nameLength = bytes.readUInt16LE(p + 28);
      const length = 46 + nameLength + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
      const rawName = bytes.subarray(p + 46, p + 46 + nameLength);
      const entry: ZipEntry = {
        name: rawName.toString(flags & 0x0800 ? 'utf8' : 'latin1'),
        central: bytes.subarray(p, p + length),
        method: bytes.readUInt16LE(p + 10),
        compressedSize: bytes.readUInt32LE(p + 20),
        localOffset: bytes.readUInt32LE(p + 42),
      };
      if (entry.localOffset >= start || bytes.readUInt32LE(entry.localOffset) !== LOCAL)
        throw new ZipFormatError('bad local header');
      entries.push(entry);
      p += length;
    }
    return new ZipPackage(bytes, entries, start, bytes.subarray(eocd));
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** The uncompressed bytes of an entry (undefined when absent). */
  read(name: string): Buffer | undefined {
    const e = this.byName.get(name);
    if (!e) return undefined;
    const data = this.data(e);
    if (e.method === 0) return data;
    if (e.method === 8) return inflateRawSync(data);
    throw new ZipFormatError(`compression method ${e.method}`);
  }

  /**
   * The start of an entry's text, long enough for `enough` to accept it (or the whole text): a sheet read for
   * its header row only is inflated as far as that row, not its megabytes of data rows. A deflate stream can
   * be inflated from its start with no end (a sync flush hands out what the input so far holds).
   */
  textPrefix(name: string, enough: (text: string) => boolean): string | undefined {
    const e = this.byName.get(name);
    if (!e) return undefined;
    if (e.method !== 8) return this.text(name);
    const data = this.data(e);
    for (let size = 16 * 1024; size < data.length; size *= 4) {
      const text = inflateRawSync(data.subarray(0, size), { finishFlush: constants.Z_SYNC_FLUSH }).toString(
        'utf8',
      );
      if (enough(text)) return text;
    }
    return this.text(name);
  }

  private data(e: ZipEntry): Buffer {
    const at = e.localOffset;
    const dataStart = at + 30 + this.bytes.readUInt16LE(at + 26) + this.bytes.readUInt16LE(at + 28);
    return this.bytes.subarray(dataStart, dataStart + e.compressedSize);
  }

  /** The entry's bytes as stored: local header, compressed data and data descriptor. */
  raw(name: string): Buffer | undefined {
    const e = this.byName.get(name);
    if (!e) return undefined;
    const next = this.entries.reduce(
      (end, o) => (o.localOffset > e.localOffset && o.localOffset < end ? o.localOffset : end),
      this.centralStart,
    );
    return this.bytes.subarray(e.localOffset, next);
  }

  text(name: string): string | undefined {
    return this.read(name)?.toString('utf8');
  }

  /**
   * The package with `changed` entries replaced (deflated anew) or, when null, removed, and `added` entries
   * appended; every other entry is copied byte for byte, in the original order, with only its offset in the
   * central directory updated.
   */
  with(
    changed: ReadonlyMap<string, Buffer | Deflated | null>,
    added: ReadonlyMap<string, Buffer> = new Map(),
  ): Buffer {
    for (const name of changed.keys()) if (!this.byName.has(name)) throw new ZipFormatError(`no ${name}`);
    for (const name of added.keys()) if (this.byName.has(name)) throw new ZipFormatError(`${name} exists`);
    // each entry's bytes run from its local header to the next entry's (or the central directory)
    const offsets = [...new Set(this.entries.map((e) => e.localOffset)), this.centralStart].sort(
      (a, b) => a - b,
    );
    const endOf = new Map(offsets.slice(0, -1).map((o, i) => [o, offsets[i + 1] as number]));
    const parts: Buffer[] = [];
    const central: Buffer[] = [];
    let offset = 0;
    const write = (name: Buffer, flags: number, time: Buffer, part: Buffer | Deflated, template?: Buffer) => {
      const { deflated: data, crc, size } = Buffer.isBuffer(part) ? deflatePart(part) : part;
      const local = Buffer.alloc(30);
      local.writeUInt32LE(LOCAL, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(flags, 6);
      local.writeUInt16LE(8, 8);
      time.copy(local, 10); // modification time and date
      local.writeUInt32LE(crc, 14);
      local.writeUInt32LE(data.length, 18);
      local.writeUInt32LE(size, 22);
      local.writeUInt16LE(name.length, 26);
      local.writeUInt16LE(0, 28);
      const record = Buffer.alloc(46);
      if (template) template.copy(record, 0, 0, 46);
      else {
        record.writeUInt32LE(CENTRAL, 0);
        record.writeUInt16LE(20, 4); // made by: MS-DOS, version 2.0
      }
      record.writeUInt16LE(20, 6);
      record.writeUInt16LE(flags, 8);
      record.writeUInt16LE(8, 10);
      time.copy(record, 12);
      record.writeUInt32LE(crc, 16);
      record.writeUInt32LE(data.length, 20);
      record.writeUInt32LE(size, 24);
      record.writeUInt16LE(name.length, 28);
      record.writeUInt16LE(0, 30); // no extra field
      record.writeUInt16LE(0, 32); // no comment
      record.writeUInt32LE(offset, 42);
      parts.push(local, name, data);
      central.push(record, name);
      offset += local.length + name.length + data.length;
    };
    for (const e of this.entries) {
      const replacement = changed.get(e.name);
      if (replacement === null) continue; // removed
      if (replacement === undefined) {
        const span = this.bytes.subarray(e.localOffset, endOf.get(e.localOffset));
        const record = Buffer.from(e.central);
        record.writeUInt32LE(offset, 42);
        parts.push(span);
        central.push(record);
        offset += span.length;
        continue;
      }
      const name = e.central.subarray(46, 46 + e.central.readUInt16LE(28));
      const flags = e.central.readUInt16LE(8) & 0x0800; // keep only the UTF-8 name flag
      write(name, flags, e.central.subarray(12, 16), replacement, e.central);
    }
    // new entries carry the time of the package's first entry (a save changes no date it does not need to)
    const time = this.entries[0]?.central.subarray(12, 16) ?? Buffer.alloc(4);
    for (const [name, content] of added) {
      const bytes = Buffer.from(name, 'utf8');
      write(bytes, bytes.length === name.length ? 0 : 0x0800, time, content);
    }
    const centralBytes = Buffer.concat(central);
    const trailer = Buffer.from(this.trailer);
    const count = this.entries.filter((e) => changed.get(e.name) !== null).length + added.size;
    trailer.writeUInt16LE(count, 8);
    trailer.writeUInt16LE(count, 10);
    trailer.writeUInt32LE(centralBytes.length, 12);
    trailer.writeUInt32LE(offset, 16);
    return Buffer.concat([...parts, centralBytes, trailer]);
  }
}

let table: Uint32Array | undefined;

/** CRC-32 (zlib's where Node has it, else the same polynomial by table), continuing `from` (a CRC so far). */
export function crc32(data: Buffer, from = 0): number {
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
