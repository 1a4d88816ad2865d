// The recap's zip writer (functions/render/docx-zip.ts): what it writes reads back with JSZip checking every
// CRC-32, entries stored or deflated as asked, in the order added, and a piece that fails rejects.
import { deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { DocxZip } from '../../functions/render/docx-zip';

describe('the docx zip writer', () => {
  it('writes entries that read back byte for byte with their CRC-32 checked', async () => {
    const zip = new DocxZip();
    const small = Buffer.from('<a/>', 'utf8');
    const xml = Buffer.from(
      `<w:document>${'<w:p><w:r><w:t>Capaian 105,00%</w:t></w:r></w:p>'.repeat(2000)}</w:document>`,
    );
    const png = deflateRawSync(Buffer.alloc(5000, 7)); // incompressible enough, stored as is
    zip.add('[Content_Types].xml', small);
    zip.add('word/media/grafik.png', png, false);
    const pieces = [xml.subarray(0, 1000), xml.subarray(1000, 50_000), xml.subarray(50_000)];
    await zip.addPieces('word/document.xml', pieces, 1);
    zip.add('word/styles.xml', xml);
    const bytes = zip.bytes();
    const back = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(Object.keys(back.files)).toEqual([
      '[Content_Types].xml',
      'word/media/grafik.png',
      'word/document.xml',
      'word/styles.xml',
    ]);
    const read = async (name: string) => Buffer.from((await back.file(name)?.async('uint8array')) ?? []);
    expect((await read('[Content_Types].xml')).equals(small)).toBe(true);
    expect((await read('word/media/grafik.png')).equals(png)).toBe(true);
    expect((await read('word/document.xml')).equals(xml)).toBe(true);
    expect((await read('word/styles.xml')).equals(xml)).toBe(true);
    // methods in the local headers: small and the PNG stored (0), the XML deflated (8)
    const method = (name: string) => bytes.readUInt16LE(bytes.indexOf(Buffer.from(name)) - 30 + 8);
    expect(method('[Content_Types].xml')).toBe(0);
    expect(method('word/media/grafik.png')).toBe(0);
    expect(method('word/document.xml')).toBe(8);
    expect(bytes.length).toBeLessThan(xml.length);
  });

  it('rejects when a piece fails, and writes the same bytes for the same entries', async () => {
    const failing = new DocxZip();
    const pieces = function* () {
      yield Buffer.from('<w:document>');
      throw new Error('piece failed');
    };
    await expect(failing.addPieces('word/document.xml', pieces(), 1)).rejects.toThrow(/piece failed/);
    const one = async () => {
      const z = new DocxZip();
      z.add('a.xml', Buffer.from('x'.repeat(1000)));
      await z.addPieces('b.xml', [Buffer.from('y'.repeat(3000))], 1);
      return z.bytes();
    };
    expect((await one()).equals(await one())).toBe(true);
  });
});
