// The building blocks every document shares (docx library): paragraphs, tables, the letterhead (kop) and
// the two-column signature block.
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { formatNip } from '../../shared';

export const FONT = 'Arial';

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

export const p = (
  text: string,
  opts: { bold?: boolean; align?: Align; size?: number; color?: string } = {},
): Paragraph =>
  new Paragraph({
    alignment: opts.align,
    children: text.split('\n').map(
      (line, i) =>
        new TextRun({
          text: line,
          bold: opts.bold,
          size: opts.size ?? 20,
          font: FONT,
          color: opts.color,
          break: i > 0 ? 1 : 0,
        }),
    ),
  });

export const blank = (): Paragraph => new Paragraph({ children: [] });

export type Isi = string | Paragraph;

const cell = (content: Isi, opts: { bold?: boolean; shade?: boolean; align?: Align } = {}) =>
  new TableCell({
    children: [
      typeof content === 'string' ? p(content, { bold: opts.bold, align: opts.align, size: 16 }) : content,
    ],
    shading: opts.shade ? { fill: 'E8F0FE' } : undefined,
  });

/** A table; `widths` in twentieths of a point fixes the column layout (else equal shares of the page). */
export function table(
  header: readonly string[],
  rows: readonly (readonly Isi[])[],
  numeric: readonly number[] = [],
  widths?: readonly number[],
): Table {
  return new Table({
    width: widths
      ? { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }
      : { size: 100, type: WidthType.PERCENTAGE },
    ...(widths ? { columnWidths: [...widths], layout: TableLayoutType.FIXED } : {}),
    rows: [
      new TableRow({
        tableHeader: true,
        children: header.map((h) => cell(h, { bold: true, shade: true, align: AlignmentType.CENTER })),
      }),
      ...rows.map(
        (r) =>
          new TableRow({
            children: r.map((c, i) =>
              cell(c, { align: numeric.includes(i) ? AlignmentType.RIGHT : AlignmentType.LEFT }),
            ),
          }),
      ),
    ],
  });
}

/** The letterhead: the government unit, the office, a double rule. */
export function kop(unit: string, office: string): Paragraph[] {
  return [
    p((unit || 'PEMERINTAH').toUpperCase(), { bold: true, align: AlignmentType.CENTER, size: 28 }),
    p(office.toUpperCase(), { bold: true, align: AlignmentType.CENTER, size: 32 }),
    new Paragraph({
      border: { bottom: { style: BorderStyle.DOUBLE, size: 6, color: '000000', space: 1 } },
      children: [],
    }),
    blank(),
  ];
}

export interface Penanda {
  readonly nama: string;
  readonly nip: string;
  readonly pangkat: string | null;
}

/** One signatory: the title lines, room to sign, name, rank and NIP. */
export function signer(title: string, o: Penanda | null): Paragraph[] {
  return [
    p(title, { align: AlignmentType.CENTER }),
    blank(),
    blank(),
    blank(),
    p(o?.nama ?? '........................................', { bold: true, align: AlignmentType.CENTER }),
    p(o?.pangkat ?? '', { align: AlignmentType.CENTER }),
    p(o ? `NIP. ${formatNip(o.nip)}` : 'NIP.', { align: AlignmentType.CENTER }),
  ];
}

/** Two signatories side by side, with a line (city and date) above the right one. */
export function signatures(left: Paragraph[], right: Paragraph[], dateLine: string): (Paragraph | Table)[] {
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const borders = { top: none, bottom: none, left: none, right: none };
  return [
    blank(),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: { ...borders, insideHorizontal: none, insideVertical: none },
      rows: [
        new TableRow({
          children: [
            new TableCell({ borders, children: [p(''), ...left] }),
            new TableCell({ borders, children: [p(dateLine, { align: AlignmentType.CENTER }), ...right] }),
          ],
        }),
      ],
    }),
  ];
}
