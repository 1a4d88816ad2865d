// The .xlsx package as a zip file, read and re-written at the byte level: entries are inflated only when
// asked for, and a save copies every untouched entry (local header, data and descriptor) byte for byte,
// re-deflating only the parts that changed. Zip format: PKWARE APPNOTE 6.3.x, sections 4.3.7 (local file
// header), 4.3.12 (central directory header) and 4.3.16 (end of central directory record).
import { constants, inflateRawSync } from 'node:zlib';
import {
  CENTRAL,
  centralHeader,
  DEFLATE,
  deflated,
  type Entry,
  EOCD,
  endOfCentralDirectory,
  LOCAL,
  localHeader,
  nameFlags,
  type Packed,
  STORE,
} from '../../zip/entry';

/** Parts above this size (bytes of XML) are deflated at level 1: 3x faster, about a third larger. */
const LARGE_PART = 2 << 20;

export class ZipFormatError extends Error {}

/** The deflate level of a part of `size` bytes (a large part, such as a year's log, at level 1: one click re-compresses it). */
export function partLevel(size: number): number {
  return size > LARGE_PART ? 1 : 6;
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
    if (e.method === STORE) return data;
    if (e.method === DEFLATE) return inflateRawSync(data);
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
    if (e.method !== DEFLATE) return this.text(name);
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
    changed: ReadonlyMap<string, Buffer | Packed | null>,
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
    const write = (name: Buffer, flags: number, time: Buffer, part: Buffer | Packed, template?: Buffer) => {
      const packed = Buffer.isBuffer(part) ? deflated(part, partLevel(part.length)) : part;
      const entry: Entry = { ...packed, name, flags, time };
      const local = localHeader(entry);
      parts.push(local, entry.data);
      central.push(centralHeader(entry, offset, template));
      offset += local.length + entry.data.length;
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
      write(bytes, nameFlags(name, bytes), time, content);
    }
    const centralBytes = Buffer.concat(central);
    const count = this.entries.filter((e) => changed.get(e.name) !== null).length + added.size;
    const trailer = endOfCentralDirectory(count, centralBytes.length, offset, this.trailer);
    return Buffer.concat([...parts, centralBytes, trailer]);
  }
}
