// Zip entries read and written in part: a tab read for its header only is inflated as far as its first row
// (the header a full read gives, whatever the size of the data below it and however long the sheet's
// preamble), and a patched sheet is compressed from its pieces (the same entry as from its whole content).
import { inflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { ZipPackage } from '../../functions/local/xlsx/zip';
import { crc32, deflated, deflatedPieces } from '../../functions/zip/entry';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

function sheet(preamble: string, rows: number): string {
  const data = Array.from(
    { length: rows },
    (_, i) =>
      `<row r="${i + 2}"><c r="A${i + 2}" t="inlineStr"><is><t>${(i * 7919).toString(36)} baris ${i}</t></is></c></row>`,
  ).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}">${preamble}<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>NIP</t></is></c></row>${data}</sheetData></worksheet>`;
}

async function zipOf(files: Record<string, string>): Promise<ZipPackage> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return ZipPackage.parse(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

const hasRowEnd = (t: string) => t.includes('</row>');

describe('the start of a zip entry', () => {
  it('inflates a large sheet only as far as its first row, the same text a full read starts with', async () => {
    const xml = sheet('', 200_000);
    const zip = await zipOf({ 'xl/worksheets/sheet1.xml': xml });
    const start = zip.textPrefix('xl/worksheets/sheet1.xml', hasRowEnd) as string;
    expect(start.length).toBeLessThan(xml.length / 10);
    const end = start.indexOf('</row>') + '</row>'.length;
    expect(start.slice(0, end)).toBe(xml.slice(0, end));
  });

  it('reads further when the first row lies beyond the first chunk (a long preamble), and gives a small entry whole', async () => {
    // column widths and views Excel writes before the data: random enough not to compress to nothing
    const cols = Array.from(
      { length: 20_000 },
      (_, i) => `<col min="${i + 1}" max="${i + 1}" width="${((i * 2654435761) % 997) / 10}"/>`,
    ).join('');
    const long = sheet(`<cols>${cols}</cols>`, 1000);
    const small = sheet('', 3);
    const zip = await zipOf({ long: long, small });
    const start = zip.textPrefix('long', hasRowEnd) as string;
    const end = long.indexOf('</row>') + '</row>'.length;
    expect(start.slice(0, end)).toBe(long.slice(0, end));
    expect(zip.textPrefix('small', hasRowEnd)).toBe(small);
    expect(zip.textPrefix('none', hasRowEnd)).toBeUndefined();
    // a text that never satisfies the test is the whole entry
    expect(zip.textPrefix('long', () => false)).toBe(long);
  });
});

describe('a part compressed from its pieces', () => {
  it('inflates to the pieces put together, with their CRC-32 and size (large and small parts)', async () => {
    for (const rows of [3, 60_000]) {
      const whole = Buffer.from(sheet('', rows), 'utf8');
      const cuts = [0, 17, Math.floor(whole.length / 3), whole.length - 5, whole.length];
      const pieces = cuts.slice(1).map((end, i) => whole.subarray(cuts[i], end));
      const d = await deflatedPieces(pieces, 1);
      expect(inflateRawSync(d.data).equals(whole)).toBe(true);
      expect(d.size).toBe(whole.length);
      expect(d.crc).toBe(deflated(whole, 6).crc);
      expect(d.crc).toBe(crc32(Buffer.concat(pieces.slice(2)), crc32(Buffer.concat(pieces.slice(0, 2)))));
    }
  });
});
