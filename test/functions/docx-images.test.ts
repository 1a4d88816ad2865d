// Pictures in a recap's DOCX (functions/render/ooxml-doc.ts): each chart is an inline picture whose
// relationship names a file in word/media, the same chart twice is one file stored as it is (not deflated
// again), drawing ids stay unique next to the letterhead's coat of arms (PNG or JPEG), and both are declared
// content types; a table that fails while document.xml is written rejects the document.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderTrenChart } from '../../functions/render/chart';
import { writeDocx } from '../../functions/render/ooxml-doc';
import { kop, p } from '../../functions/render/ooxml-parts';
import { gambar } from '../../functions/render/recap-parts';
import { readDocx } from '../support/docx-text';

const chart = (judul: string) =>
  renderTrenChart(judul, [{ label: 'IKU-01', nilai: [90, 95, null, 110] }], { width: 1200, height: 480 });

/** The smallest JPEG header the size reader accepts: SOI, then an SOF0 of 40 x 20 pixels. */
const JPEG = Buffer.from([
  0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x14, 0x00, 0x28, 0x03, 0, 0, 0, 0, 0, 0,
]);

describe('charts placed into the document', () => {
  it('links every picture to its media file, stores a repeated chart once, uncompressed, with unique ids', async () => {
    const a = chart('A');
    const b = chart('B');
    const lambang = chart('lambang');
    const bytes = await writeDocx({
      title: 'T',
      footer: 'F',
      sections: [
        {
          landscape: false,
          children: [
            ...kop('Pemerintah Kabupaten', 'Dinas', lambang),
            gambar(() => a, 640, 256),
            p('between'),
            gambar(() => b, 720, 300),
            gambar(() => a, 640, 256),
          ],
        },
      ],
    });
    const zip = await JSZip.loadAsync(bytes);
    const { xml, paragraphs, media } = await readDocx(bytes);
    expect(paragraphs).toContain('between');
    // the coat of arms, and the two charts (a twice, b once)
    expect(media).toHaveLength(3);
    const rels = (await zip.file('word/_rels/document.xml.rels')?.async('string')) ?? '';
    const target = (id: string) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
    const embeds = [...xml.matchAll(/r:embed="([^"]+)"/g)].map((m) => m[1] as string);
    expect(embeds).toHaveLength(4);
    const files = embeds.map((id) => `word/${target(id)}`);
    for (const f of files) expect(media).toContain(f);
    // in document order: the coat of arms, a, b, a again (the same file)
    expect(files[1]).toBe(files[3]);
    expect(new Set(files).size).toBe(3);
    expect(Buffer.from(await (zip.file(files[1] as string)?.async('uint8array') ?? [])).equals(a)).toBe(true);
    expect(Buffer.from(await (zip.file(files[2] as string)?.async('uint8array') ?? [])).equals(b)).toBe(true);
    // stored, not deflated: the archive's local header gives compression method 0
    const at = bytes.indexOf(Buffer.from(files[2] as string, 'utf8')) - 30;
    expect(bytes.readUInt32LE(at)).toBe(0x04034b50);
    expect(bytes.readUInt16LE(at + 8)).toBe(0);
    // the shown size in EMU (9525 a pixel): the coat of arms 76 pixels tall, keeping its aspect ratio
    expect(xml).toContain(`<wp:extent cx="${640 * 9525}" cy="${256 * 9525}"/>`);
    expect(xml).toContain(`<wp:extent cx="${720 * 9525}" cy="${300 * 9525}"/>`);
    expect(xml).toContain(`<wp:extent cx="${190 * 9525}" cy="${76 * 9525}"/>`);
    const ids = [...xml.matchAll(/<wp:docPr id="(\d+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(4);
    expect(new Set(ids).size).toBe(4);
    const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
    expect(types).toMatch(/<Default Extension="png" ContentType="image\/png"\/>/);
  });

  it('stores a JPEG coat of arms as .jpg, a declared type', async () => {
    const bytes = await writeDocx({
      title: 'T',
      footer: 'F',
      sections: [{ landscape: false, children: kop('', 'Dinas', JPEG) }],
    });
    const zip = await JSZip.loadAsync(bytes);
    const { media, xml } = await readDocx(bytes);
    expect(media).toEqual([expect.stringMatching(/^word\/media\/.+\.jpg$/)]);
    expect(xml).toContain(`<wp:extent cx="${152 * 9525}" cy="${76 * 9525}"/>`);
    const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
    expect(types).toMatch(/<Default Extension="jpg" ContentType="image\/jpeg"\/>/);
  });

  it('rejects the document when a table fails while it is written', async () => {
    const failing = () => {
      throw new Error('table failed');
    };
    await expect(
      writeDocx({
        title: 'T',
        footer: 'F',
        sections: [{ landscape: false, children: [p('before'), failing] }],
      }),
    ).rejects.toThrow(/table failed/);
  });
});
