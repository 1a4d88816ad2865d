// The building blocks of the PK and Rencana Aksi documents (docx library): paragraphs, headings that keep
// with what follows, tables whose column widths come from their content (header rows repeat on each page,
// rows never split), the letterhead (kop) with the coat of arms, and the signature block as a two-column
// table whose name, rank and NIP lines sit on the same rows whatever the titles' lengths. The recaps write
// the same parts as WordprocessingML directly (ooxml-parts.ts): a large office's recap is rendered in many
// parts, and building then serialising the library's objects for each was a third of a second.
//
// Only features Google Docs keeps when it imports a DOCX are used: paragraphs with bold/colour/size runs,
// alignment, keep-with-next, page breaks, bottom borders; tables with fixed column widths, shading,
// borders, merged cells (gridSpan), repeated header rows (tblHeader = "pin header rows") and rows that may
// not overflow a page (cantSplit = TableRowStyle.preventOverflow); inline PNG/JPEG images; footers;
// section orientation. No text boxes, floating images, fields, tabs stops or styles Google drops.
// (Google Docs API reference, TableRowStyle: https://developers.google.com/docs/api/reference/rest/v1/documents#tablerowstyle;
// ParagraphStyle.keepWithNext: https://developers.google.com/docs/api/reference/rest/v1/documents#paragraphstyle.)
import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  ImageRun,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { formatNip, type Lang, t } from '../../shared';
import { imageSize, imageType } from './image';
import { columnWidths, FONT, PORTRAIT_WIDTH, TABLE_SIZE, type TableOpts } from './layout';

export { FONT, TABLE_SIZE };

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

export interface TextOpts {
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly align?: Align;
  readonly size?: number;
  readonly color?: string;
  readonly keepNext?: boolean;
}

export const p = (text: string, opts: TextOpts = {}): Paragraph =>
  new Paragraph({
    alignment: opts.align,
    keepNext: opts.keepNext,
    children: text.split('\n').map(
      (line, i) =>
        new TextRun({
          text: line,
          bold: opts.bold,
          italics: opts.italics,
          size: opts.size ?? 20,
          font: FONT,
          color: opts.color,
          break: i > 0 ? 1 : 0,
        }),
    ),
  });

export const blank = (): Paragraph => new Paragraph({ children: [] });

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

/** A heading that stays on the page of the paragraph or table after it. */
export function heading(text: string, level: 1 | 2 | 3): Paragraph {
  return new Paragraph({
    heading: HEADINGS[level - 1],
    keepNext: true,
    keepLines: true,
    spacing: { before: 160, after: 80 },
    children: [
      new TextRun({
        text,
        font: FONT,
        bold: true,
        color: '000000',
        size: level === 1 ? 26 : level === 2 ? 22 : 20,
      }),
    ],
  });
}

/** A paragraph the office writes itself: marked so it cannot be mistaken for generated text. */
export function isian(what: string, lang: Lang = 'id'): Paragraph {
  return p(t('doc.isian', { apa: what }, lang), { italics: true, color: '5F6368' });
}

export type Isi = string | Paragraph;

const cellOf = (content: Isi, opts: { bold?: boolean; shade?: boolean; align?: Align; span?: number }) =>
  new TableCell({
    children: [
      typeof content === 'string'
        ? p(content, { bold: opts.bold, align: opts.align, size: TABLE_SIZE })
        : content,
    ],
    shading: opts.shade ? { fill: 'E8F0FE' } : undefined,
    columnSpan: opts.span,
  });

const plain = (c: Isi): string => (typeof c === 'string' ? c : '');

/**
 * A table whose column widths come from its content (see layout.ts): the header row repeats on each page
 * and no row splits across pages.
 */
export function table(
  header: readonly string[],
  rows: readonly (readonly Isi[])[],
  opts: TableOpts = {},
): Table {
  const numeric = opts.numeric ?? [];
  const total = opts.total ?? PORTRAIT_WIDTH;
  const widths = columnWidths(
    header.map((h, i) => ({ header: h, cells: rows.map((r) => plain(r[i] ?? '')) })),
    total,
    TABLE_SIZE,
  );
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: header.map((h) => cellOf(h, { bold: true, shade: true, align: AlignmentType.CENTER })),
      }),
      ...rows.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            children: r.map((c, i) =>
              cellOf(c, { align: numeric.includes(i) ? AlignmentType.RIGHT : AlignmentType.LEFT }),
            ),
          }),
      ),
    ],
  });
}

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE };
const NO_TABLE_BORDERS = { ...NO_BORDERS, insideHorizontal: NONE, insideVertical: NONE };

/** The coat of arms as an inline image about 2 cm tall, or nothing when absent or unreadable. */
function lambangRun(bytes: Uint8Array | null): ImageRun | null {
  if (!bytes) return null;
  const type = imageType(bytes);
  const size = imageSize(bytes);
  if (!type || !size || size.width === 0 || size.height === 0) return null;
  const height = 76; // pixels at 96 dpi ≈ 2 cm
  const width = Math.round((size.width / size.height) * height);
  return new ImageRun({ type, data: bytes, transformation: { width, height } });
}

/**
 * The letterhead: the coat of arms (when Pengaturan names one) left of the government unit and the office,
 * then a double rule. A blank `Unit` prints only the office: never a bare "PEMERINTAH".
 */
export function kop(unit: string, office: string, lambang: Uint8Array | null = null, total = PORTRAIT_WIDTH) {
  const lines = [
    ...(unit.trim() ? [p(unit.toUpperCase(), { bold: true, align: AlignmentType.CENTER, size: 28 })] : []),
    p(office.toUpperCase(), { bold: true, align: AlignmentType.CENTER, size: 32 }),
  ];
  const image = lambangRun(lambang);
  const rule = new Paragraph({
    border: { bottom: { style: BorderStyle.DOUBLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
  if (!image) return [...lines, rule, blank()];
  // the coat of arms on the left, the text centred in the rest (a narrow right margin column keeps it clear
  // of the edge), as regency letterheads are laid out
  const left = 1300;
  const right = 300;
  return [
    new Table({
      width: { size: total, type: WidthType.DXA },
      columnWidths: [left, total - left - right, right],
      layout: TableLayoutType.FIXED,
      borders: NO_TABLE_BORDERS,
      rows: [
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              borders: NO_BORDERS,
              verticalAlign: VerticalAlign.CENTER,
              children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [image] })],
            }),
            new TableCell({ borders: NO_BORDERS, verticalAlign: VerticalAlign.CENTER, children: lines }),
            new TableCell({ borders: NO_BORDERS, children: [blank()] }),
          ],
        }),
      ],
    }),
    rule,
    blank(),
  ];
}

export interface Penanda {
  readonly nama: string;
  readonly nip: string;
  readonly pangkat: string | null;
}

/** One signatory of a signature block: the title lines above the space to sign, and the person. */
export interface Ttd {
  readonly title: string;
  readonly orang: Penanda | null;
}

/**
 * Two signatories side by side, the city and date above the right one. Each line is its own table row, so
 * the names, ranks and NIPs line up even when one title wraps to more lines than the other; the rows keep
 * together on one page.
 */
export function signatures(
  left: Ttd,
  right: Ttd,
  dateLine: string,
  total = PORTRAIT_WIDTH,
): (Paragraph | Table)[] {
  const centre = (text: string, bold = false) =>
    p(text, { align: AlignmentType.CENTER, bold, keepNext: true });
  const line = (l: string, r: string, bold = false) =>
    new TableRow({
      cantSplit: true,
      children: [
        new TableCell({ borders: NO_BORDERS, children: [centre(l, bold)] }),
        new TableCell({ borders: NO_BORDERS, children: [centre(r, bold)] }),
      ],
    });
  const name = (o: Penanda | null) => o?.nama ?? '........................................';
  // a regional head (Bupati / Wali Kota) is an elected official without a NIP
  const nip = (o: Penanda | null) =>
    o ? (o.nip ? `NIP. ${formatNip(o.nip)}` : '') : 'NIP. ........................';
  const half = Math.floor(total / 2);
  return [
    blank(),
    new Table({
      width: { size: total, type: WidthType.DXA },
      columnWidths: [half, total - half],
      layout: TableLayoutType.FIXED,
      borders: NO_TABLE_BORDERS,
      rows: [
        line('', dateLine),
        line(left.title, right.title),
        line('\n\n\n', '\n\n\n'),
        line(name(left.orang), name(right.orang), true),
        line(left.orang?.pangkat ?? '', right.orang?.pangkat ?? ''),
        line(nip(left.orang), nip(right.orang)),
      ],
    }),
  ];
}
