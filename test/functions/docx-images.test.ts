// Charts placed into the packed DOCX (functions/render/ooxml-table.ts fillBlocks): each placeholder becomes
// an inline picture whose relationship names a file in word/media, the same chart twice is one file stored
// as it is (not deflated again), drawing ids stay unique next to the docx library's own picture (the coat
// of arms), and PNG is a declared content type.
import { Document, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderTrenChart } from '../../functions/render/chart';
import { type Blocks, fillBlocks, placeholder } from '../../functions/render/ooxml-table';
import { gambar } from '../../functions/render/recap-parts';
import { readDocx } from '../support/docx-text';

const chart = (judul: string) =>
  renderTrenChart(judul, [{ label: 'IKU-01', nilai: [90, 95, null, 110] }], { width: 1200, height: 480 });

describe('charts placed into the document', () => {
  it('links every picture to its media file, stores a repeated chart once, uncompressed, with unique ids', async () => {
    const a = chart('A');
    const b = chart('B');
    const raw: Blocks[] = [];
    const lambang = chart('lambang');
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({
              children: [
                new ImageRun({ type: 'png', data: lambang, transformation: { width: 60, height: 24 } }),
              ],
            }),
            gambar(raw, a, 640, 256),
            new Paragraph('between'),
            gambar(raw, b, 720, 300),
            gambar(raw, a, 640, 256),
          ],
        },
      ],
    });
    const bytes = await fillBlocks(await Packer.toBuffer(doc), raw);
    const zip = await JSZip.loadAsync(bytes);
    const { xml, paragraphs, media } = await readDocx(bytes);
    expect(xml).not.toContain('KINERJA-TABEL');
    expect(paragraphs).toContain('between');
    // the coat of arms from docx, and the two charts (a twice, b once)
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
    // the shown size in EMU (9525 a pixel) and unique drawing ids
    expect(xml).toContain(`<wp:extent cx="${640 * 9525}" cy="${256 * 9525}"/>`);
    expect(xml).toContain(`<wp:extent cx="${720 * 9525}" cy="${300 * 9525}"/>`);
    const ids = [...xml.matchAll(/<wp:docPr id="(\d+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(4);
    expect(new Set(ids).size).toBe(4);
    const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
    expect(types).toMatch(/<Default [^>]*Extension="png"|<Default ContentType="image\/png" Extension="png"/);
  });

  it('rejects the document when a table fails while it is written', async () => {
    const raw: Blocks[] = [
      () => {
        throw new Error('table failed');
      },
    ];
    const doc = new Document({
      sections: [
        { children: [new Paragraph('before'), new Paragraph({ children: [new TextRun(placeholder(0))] })] },
      ],
    });
    await expect(fillBlocks(await Packer.toBuffer(doc), raw)).rejects.toThrow(/table failed/);
  });
});
