// Print layout of every document type, read from the DOCX XML: column widths from the content (no header
// word narrower than its column allows), tables as wide as the page's text, header rows repeated and rows
// unsplit, headings kept with what follows, and only the WordprocessingML Google Docs keeps on import.
import { describe, expect, it } from 'vitest';
import { runDocument } from '../../functions/documents/pipeline';
import type { DocumentKey, DocumentStore } from '../../functions/recap/pipeline';
import {
  columnWidths,
  LANDSCAPE_WIDTH,
  measure,
  PORTRAIT_WIDTH,
  textWidth,
} from '../../functions/render/layout';
import { renderRekapDocx } from '../../functions/render/recap-docx';
import { DEMO_NIP, DEMO_PEGAWAI, demoTables } from '../../shared';
import { readDocx } from '../support/docx-text';
import { rekap, replayDemo, sha256 } from '../support/driver';
import { MemoryWorkbook } from '../support/memory-workbook';

const NOW = Date.parse('2027-01-10T09:00:00+07:00');
const admin = DEMO_PEGAWAI.find((p) => p.nip === DEMO_NIP.kasubagTu)?.email as string;

class MemoryStore implements DocumentStore {
  last: Buffer = Buffer.alloc(0);
  async publish(doc: { key: DocumentKey; title: string; docx: Buffer }) {
    this.last = doc.docx;
    return { docUrl: 'https://docs.google.com/document/d/x/edit', pdfUrl: null };
  }
}

/** Every document type of the demo office, as DOCX bytes. */
async function documents(): Promise<[string, Buffer][]> {
  const wb = new MemoryWorkbook(demoTables());
  replayDemo(wb);
  const out: [string, Buffer][] = [];
  for (const [nip, jenis] of [
    [DEMO_NIP.kabagUmum, 'PK'],
    [DEMO_NIP.kasubagRapat, 'RA'],
  ] as const) {
    const store = new MemoryStore();
    const r = await runDocument(wb, store, { officeId: 'k', nip, jenis, email: admin, now: NOW }, sha256);
    expect(r.ok).toBe(true);
    out.push([jenis, store.last]);
  }
  for (const periode of ['TW2', 'TAHUNAN'] as const) {
    const m = rekap(wb, periode, NOW);
    if (!m.ok) throw new Error('recap failed');
    out.push([periode, await renderRekapDocx(m.value)]);
  }
  return out;
}

const cellText = (xml: string) =>
  [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
    .map((m) => (m[1] === undefined ? '\n' : m[1]))
    .join('');

/**
 * The WordprocessingML the documents may use: what Google Docs keeps when it imports a DOCX (paragraphs
 * with alignment, spacing, keep-with-next and borders; runs with bold/italic/underline/colour/size/font;
 * tables with fixed widths, borders, shading, merged cells, vertical alignment, repeated header rows and
 * rows that may not break (Docs API TableRowStyle.tableHeader / preventOverflow:
 * https://developers.google.com/docs/api/reference/rest/v1/documents#tablerowstyle); hyperlinks; inline
 * images; sections with page size, orientation, margins and footers). No text boxes, anchored (floating)
 * drawings, fields, content controls or tab stops.
 */
const KEPT_BY_GOOGLE_DOCS = new Set(
  `w:document w:body w:p w:pPr w:pStyle w:keepNext w:keepLines w:spacing w:jc w:pBdr w:top w:bottom w:left
  w:right w:r w:rPr w:rFonts w:b w:bCs w:i w:iCs w:u w:color w:sz w:szCs w:t w:br w:hyperlink w:tbl w:tblPr
  w:tblW w:tblLayout w:tblBorders w:insideH w:insideV w:tblGrid w:gridCol w:tr w:trPr w:cantSplit
  w:tblHeader w:tc w:tcPr w:tcW w:tcBorders w:shd w:gridSpan w:vMerge w:vAlign w:drawing wp:inline
  wp:extent wp:effectExtent wp:docPr wp:cNvGraphicFramePr a:graphicFrameLocks a:graphic a:graphicData
  pic:pic pic:nvPicPr pic:cNvPr pic:cNvPicPr a:picLocks pic:blipFill a:blip a:srcRect a:stretch a:fillRect
  pic:spPr a:xfrm a:off a:ext a:prstGeom a:avLst w:sectPr w:pgSz w:pgMar w:pgNumType w:footerReference
  w:docGrid`.split(/\s+/),
);

describe('column widths from the content', () => {
  it('gives each column at least its longest word, fills the width, and lets only an over-long word break', () => {
    const columns = [
      { header: 'No', cells: ['1', '2'] },
      { header: 'Satuan', cells: ['dokumen', 'kesalahan'] },
      { header: 'Ditindaklanjuti', cells: ['x'] },
      { header: 'Uraian', cells: ['Pemutakhiran data pegawai pada SIMPEG setiap triwulan berjalan'] },
      { header: 'Bukti', cells: [`https://drive.google.com/file/d/${'x'.repeat(200)}/view`] },
    ];
    const widths = columnWidths(columns, PORTRAIT_WIDTH, 16);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(PORTRAIT_WIDTH);
    columns.slice(0, 4).forEach((c, i) => {
      const longest = Math.max(measure(c.header, 16, true).word, ...c.cells.map((x) => measure(x, 16).word));
      expect(widths[i]).toBeGreaterThanOrEqual(longest);
    });
    // the URL is capped, so the other columns keep their words
    expect(widths[4]).toBeLessThan(textWidth(columns[4]?.cells[0] ?? '', 16));
  });
});

describe('measuring text in one pass', () => {
  /** The definition: each line whole, and each word of it (split at spaces and tabs, and after a hyphen). */
  function reference(text: string, size: number, bold = false) {
    let word = 0;
    let line = 0;
    for (const l of text.split('\n')) {
      line = Math.max(line, textWidth(l, size, bold));
      for (const w of l.split(/[ \t]+|(?<=-)/)) if (w) word = Math.max(word, textWidth(w, size, bold));
    }
    return { word, line };
  }

  it('gives the longest word and line exactly as measuring each word and line would', () => {
    const pieces = [
      'a',
      'W',
      'mm',
      ' ',
      '  ',
      '\t',
      '-',
      '\n',
      'é',
      'ж',
      '😀',
      '1,5',
      '%',
      '\u00a0',
      '\ud800',
    ];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const texts = [
      '',
      'Pemutakhiran data pegawai',
      'e-Kinerja dan e-SAKIP',
      'Realisasi\nTW IV',
      ...Array.from({ length: 400 }, () =>
        Array.from(
          { length: 1 + Math.floor(next() * 30) },
          () => pieces[Math.floor(next() * pieces.length)],
        ).join(''),
      ),
    ];
    for (const text of texts)
      for (const [size, bold] of [
        [16, false],
        [16, true],
        [20, false],
      ] as const)
        expect(measure(text, size, bold), JSON.stringify(text)).toEqual(reference(text, size, bold));
  });
});

describe('the print layout of every document type', () => {
  it('keeps header words whole, fills the page text width, repeats headers and keeps rows and headings together', async () => {
    for (const [name, bytes] of await documents()) {
      const { xml } = await readDocx(bytes);
      // the sections' widths in document order: a table belongs to the section whose sectPr follows it
      const sections = [...xml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => ({
        end: m.index ?? 0,
        width: /w:orient="landscape"/.test(m[0]) ? LANDSCAPE_WIDTH : PORTRAIT_WIDTH,
      }));
      const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)];
      expect(tables.length, name).toBeGreaterThan(0);
      for (const tb of tables) {
        const grid = [...tb[0].matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
        const width = sections.find((s) => s.end > (tb.index ?? 0))?.width;
        expect(
          grid.reduce((a, b) => a + b, 0),
          name,
        ).toBe(width);
        const rows = [...tb[0].matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((r) => r[0]);
        for (const row of rows) expect(row, name).toContain('<w:cantSplit/>');
        const header = rows[0] ?? '';
        if (!header.includes('<w:tblHeader/>')) continue; // letterhead and signature layout tables
        const cells = [...header.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => cellText(c[0]));
        cells.forEach((h, i) => {
          const word = measure(h, 16, true).word;
          expect(word, `${name}: "${h}" in ${grid[i]} twips`).toBeLessThan(grid[i] as number);
        });
      }
      const headings = [
        ...xml.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:pStyle w:val="Heading\d"\/>[\s\S]*?<\/w:p>/g),
      ];
      for (const h of headings) expect(h[0], name).toContain('<w:keepNext/>');
    }
  });

  it('uses only WordprocessingML that Google Docs keeps when it imports the DOCX', async () => {
    for (const [name, bytes] of await documents()) {
      const { xml } = await readDocx(bytes);
      const used = new Set([...xml.matchAll(/<([a-z0-9]+:[A-Za-z]+)/g)].map((m) => m[1] as string));
      expect(
        [...used].filter((e) => !KEPT_BY_GOOGLE_DOCS.has(e)),
        name,
      ).toEqual([]);
    }
  });
});
