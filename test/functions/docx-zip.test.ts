// The recap's zip writer (functions/render/docx-zip.ts): what it writes reads back with JSZip checking every
// CRC-32, entries stored or deflated as asked, in the order added, a text deflated in batches (any number,
// any piece size, non-ASCII text across a batch's end) is one valid deflate stream, added when it ends.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
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
    const text = xml.toString('utf8');
    const doc = zip.text('word/document.xml', 1);
    for (const piece of [text.slice(0, 1000), text.slice(1000, 50_000), text.slice(50_000)]) doc.write(piece);
    doc.end();
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

  it('deflates a text of many batches, small and oversized pieces, into one stream that inflates to it', async () => {
    // about 2 MB: eight batches and more, with pieces of every size up to one larger than a batch
    const pieces: string[] = [];
    for (let i = 0; i < 30_000; i++) pieces.push(`<w:t>Capaian ${i} — ½ 😀</w:t>`.repeat(1 + (i % 7)));
    pieces.push(`<w:t>${'é'.repeat(300_000)}</w:t>`, '', 'tail');
    const zip = new DocxZip();
    const doc = zip.text('word/document.xml', 1);
    for (const piece of pieces) doc.write(piece);
    doc.end();
    const bytes = zip.bytes();
    const whole = Buffer.from(pieces.join(''), 'utf8');
    const back = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(Buffer.from((await back.file('word/document.xml')?.async('uint8array')) ?? []).equals(whole)).toBe(
      true,
    );
    // zlib reads it as one raw deflate stream too, to its end
    const at = bytes.indexOf(Buffer.from('word/document.xml')) + 'word/document.xml'.length;
    const compressed = bytes.readUInt32LE(at - 'word/document.xml'.length - 30 + 18);
    expect(inflateRawSync(bytes.subarray(at, at + compressed)).equals(whole)).toBe(true);
  });

  it('adds a text when it ends, and writes the same bytes for the same entries', () => {
    const unfinished = new DocxZip();
    unfinished.text('word/document.xml', 1).write('<w:document>');
    unfinished.add('a.xml', Buffer.from('x'));
    expect(unfinished.bytes().includes(Buffer.from('word/document.xml'))).toBe(false);
    const one = () => {
      const z = new DocxZip();
      z.add('a.xml', Buffer.from('x'.repeat(1000)));
      const b = z.text('b.xml', 1);
      b.write('y'.repeat(3000));
      b.end();
      return z.bytes();
    };
    expect(one().equals(one())).toBe(true);
  });
});
