// The building blocks of the recap documents, written as WordprocessingML directly (ooxml-doc.ts packs
// them): paragraphs, headings that keep with what follows, tables whose column widths come from their
// content (ooxml-table.ts: header rows repeat on each page, rows never split), the letterhead (kop) with the
// coat of arms, and the signature block as a two-column table whose name, rank and NIP lines sit on the
// same rows whatever the titles' lengths. They write the elements the `docx` library writes for the same
// parts (parts.ts, which the PK and Rencana Aksi documents keep using): the same look in Word, LibreOffice
// and Google Docs, without building an object per element and serialising it again for each of a large
// recap's parts (about a third of a second and 40 MB of short-lived objects for a 1,000-employee office).
//
// Only WordprocessingML Google Docs keeps on import is written (see parts.ts and
// test/functions/layout.test.ts).
import { formatNip, type Lang, t } from '../../shared';
import { imageSize, imageType } from './image';
import { FONT, PORTRAIT_WIDTH, type TableOpts } from './layout';
import { escapeXml, type IsiSel, type RawImage, type RawRow, type RawTables } from './ooxml-table';
import type { Penanda, Ttd } from './parts';

/** A piece of a recap's body: XML of whole paragraphs or tables, a picture, or tables made on demand. */
export type Blok = string | RawImage | RawTables;

export type Rata = 'left' | 'center' | 'right' | 'both';

export interface TextOpts {
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly align?: Rata;
  /** Half-points (20 = 10 pt). */
  readonly size?: number;
  readonly color?: string;
  readonly keepNext?: boolean;
}

const FONTS = `<w:rFonts w:ascii="${FONT}" w:cs="${FONT}" w:eastAsia="${FONT}" w:hAnsi="${FONT}"/>`;

/** The runs of a text, a line break before each line after the first (as a docx TextRun with `break`). */
function runs(text: string, o: TextOpts, size: number): string {
  const props =
    `<w:rPr>${FONTS}${o.bold ? '<w:b/><w:bCs/>' : ''}${o.italics ? '<w:i/><w:iCs/>' : ''}` +
    `${o.color ? `<w:color w:val="${o.color}"/>` : ''}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>`;
  return text
    .split('\n')
    .map(
      (line, i) =>
        `<w:r>${props}${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r>`,
    )
    .join('');
}

/** A paragraph of text (10 pt unless `size` says otherwise); `\n` breaks the line. */
export function p(text: string, opts: TextOpts = {}): string {
  const pPr = `${opts.keepNext ? '<w:keepNext/>' : ''}${opts.align ? `<w:jc w:val="${opts.align}"/>` : ''}`;
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${runs(text, opts, opts.size ?? 20)}</w:p>`;
}

export const blank = (): string => '<w:p/>';

/** A page break: what follows starts a new page. */
export const pageBreak = (): string => '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';

const HEADING_SIZE = [26, 22, 20] as const;

/** A heading (Word's Heading 1-3 styles, which Google Docs maps to its own) that stays on the page of what follows. */
export function heading(text: string, level: 1 | 2 | 3): string {
  return (
    `<w:p><w:pPr><w:pStyle w:val="Heading${level}"/><w:keepNext/><w:keepLines/><w:spacing w:after="80" w:before="160"/></w:pPr>` +
    `${runs(text, { bold: true, color: '000000' }, HEADING_SIZE[level - 1] as number)}</w:p>`
  );
}

/** A paragraph the office writes itself: marked so it cannot be mistaken for generated text. */
export function isian(what: string, lang: Lang = 'id'): string {
  return p(t('doc.isian', { apa: what }, lang), { italics: true, color: '5F6368' });
}

/**
 * A table whose column widths come from its content (layout.ts): the header row repeats on each page and no
 * row splits across pages. Written with the per-employee tables (ooxml-table.ts), without a paragraph after.
 */
export function table(
  header: readonly string[],
  rows: readonly (readonly IsiSel[])[],
  opts: TableOpts = {},
): RawTables {
  const t = {
    before: [],
    header,
    rows: rows as readonly RawRow[],
    total: opts.total ?? PORTRAIT_WIDTH,
    numeric: opts.numeric ?? [],
    trailingParagraph: false,
  };
  return () => [t];
}

const NONE =
  '<w:top w:val="none" w:color="FFFFFF" w:sz="0"/><w:left w:val="none" w:color="FFFFFF" w:sz="0"/><w:bottom w:val="none" w:color="FFFFFF" w:sz="0"/><w:right w:val="none" w:color="FFFFFF" w:sz="0"/>';
const NO_TABLE_BORDERS = `<w:tblBorders>${NONE}<w:insideH w:val="none" w:color="FFFFFF" w:sz="0"/><w:insideV w:val="none" w:color="FFFFFF" w:sz="0"/></w:tblBorders>`;

/** The start of a borderless layout table (the letterhead, the signatures) with its columns. */
function layoutTable(widths: readonly number[]): string {
  const total = widths.reduce((a, b) => a + b, 0);
  return (
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${total}"/>${NO_TABLE_BORDERS}<w:tblLayout w:type="fixed"/></w:tblPr>` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`
  );
}

/** A borderless cell of a layout table holding `content` (paragraphs). */
const layoutCell = (width: number, content: string, middle = false) =>
  `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/><w:tcBorders>${NONE}</w:tcBorders>${middle ? '<w:vAlign w:val="center"/>' : ''}</w:tcPr>${content}</w:tc>`;

/** The coat of arms about 2 cm tall, or null when absent or unreadable. */
function lambangImage(bytes: Uint8Array | null): RawImage | null {
  if (!bytes) return null;
  const size = imageSize(bytes);
  if (!imageType(bytes) || !size || size.width === 0 || size.height === 0) return null;
  const height = 76; // pixels at 96 dpi ≈ 2 cm
  return { png: bytes, width: Math.round((size.width / size.height) * height), height };
}

/**
 * The letterhead: the coat of arms (when Pengaturan names one) left of the government unit and the office,
 * then a double rule. A blank `Unit` prints only the office: never a bare "PEMERINTAH".
 */
export function kop(
  unit: string,
  office: string,
  lambang: Uint8Array | null = null,
  total = PORTRAIT_WIDTH,
): Blok[] {
  const lines = [
    ...(unit.trim() ? [p(unit.toUpperCase(), { bold: true, align: 'center', size: 28 })] : []),
    p(office.toUpperCase(), { bold: true, align: 'center', size: 32 }),
  ].join('');
  const rule =
    '<w:p><w:pPr><w:pBdr><w:bottom w:val="double" w:color="000000" w:sz="6" w:space="1"/></w:pBdr></w:pPr></w:p>';
  const image = lambangImage(lambang);
  if (!image) return [lines, rule, blank()];
  // the coat of arms on the left, the text centred in the rest (a narrow right margin column keeps it clear
  // of the edge), as regency letterheads are laid out
  const left = 1300;
  const right = 300;
  const middle = total - left - right;
  const open = `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${left}"/><w:tcBorders>${NONE}</w:tcBorders><w:vAlign w:val="center"/></w:tcPr>`;
  return [
    `${layoutTable([left, middle, right])}<w:tr><w:trPr><w:cantSplit/></w:trPr>${open}`,
    // the picture's own centred paragraph fills the first cell
    image,
    `</w:tc>${layoutCell(middle, lines, true)}${layoutCell(right, blank())}</w:tr></w:tbl>`,
    rule,
    blank(),
  ];
}

/**
 * Two signatories side by side, the city and date above the right one. Each line is its own table row, so
 * the names, ranks and NIPs line up even when one title wraps to more lines than the other; the rows keep
 * together on one page.
 */
export function signatures(left: Ttd, right: Ttd, dateLine: string, total = PORTRAIT_WIDTH): Blok[] {
  const half = Math.floor(total / 2);
  const centre = (text: string, bold: boolean) => p(text, { align: 'center', bold, keepNext: true });
  const line = (l: string, r: string, bold = false) =>
    `<w:tr><w:trPr><w:cantSplit/></w:trPr>${layoutCell(half, centre(l, bold))}${layoutCell(total - half, centre(r, bold))}</w:tr>`;
  const name = (o: Penanda | null) => o?.nama ?? '........................................';
  // a regional head (Bupati / Wali Kota) is an elected official without a NIP
  const nip = (o: Penanda | null) =>
    o ? (o.nip ? `NIP. ${formatNip(o.nip)}` : '') : 'NIP. ........................';
  return [
    blank(),
    layoutTable([half, total - half]) +
      line('', dateLine) +
      line(left.title, right.title) +
      line('\n\n\n', '\n\n\n') +
      line(name(left.orang), name(right.orang), true) +
      line(left.orang?.pangkat ?? '', right.orang?.pangkat ?? '') +
      line(nip(left.orang), nip(right.orang)) +
      '</w:tbl>',
  ];
}
