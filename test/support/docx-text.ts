// Reading a .docx back for assertions: the text of each paragraph and table cell of word/document.xml.
import JSZip from 'jszip';

export interface DocxContent {
  readonly xml: string;
  /** Paragraph texts in document order. */
  readonly paragraphs: string[];
  /** Each table as rows of cell texts. */
  readonly tables: string[][][];
  readonly media: string[];
  /** The text of each footer. */
  readonly footers: string[];
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
    .map((m) => (m[1] === undefined ? '\n' : decode(m[1])))
    .join('');
}

export async function readDocx(bytes: Buffer | Uint8Array): Promise<DocxContent> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => textOf(m[0]));
  const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) =>
    [...t[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) =>
      [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => textOf(c[0])),
    ),
  );
  const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
  const footers = await Promise.all(
    Object.keys(zip.files)
      .filter((f) => /^word\/footer\d*\.xml$/.test(f))
      .map(async (f) => textOf((await zip.file(f)?.async('string')) ?? '')),
  );
  return { xml, paragraphs, tables, media, footers };
}
