// The recap's tables written as WordprocessingML directly (the name and status lines before a table, the
// table row by row, with borders, a shaded repeating header, fixed column widths from the content, 8 pt text
// and evidence as hyperlinks), and its charts as inline pictures. The `docx` library builds an object per
// element and takes about 50 µs a cell; an annual recap of 1,000 employees has ~140,000 cells (over 30 s
// and 2 GB). The whole recap document is written this way (ooxml-doc.ts); a chart is stored once per
// document, as it is (a PNG is compressed already).

import { tautanBuktiLokal } from '../../shared';
import { imageType } from './image';
import { columnWidths, TABLE_SIZE } from './layout';

export type IsiSel = string | { readonly links: readonly { readonly text: string; readonly url: string }[] };

export interface RawParagraph {
  readonly text: string;
  readonly bold?: boolean;
}

/** A row whose cells span several grid columns (`spans` per cell, summing to the column count). */
export interface RawSpanRow {
  readonly spans: readonly number[];
  readonly cells: readonly IsiSel[];
}

export type RawRow = readonly IsiSel[] | RawSpanRow;

export interface RawTable {
  /** Paragraphs before the table (the employee's name and status): kept on the page of the table. */
  readonly before: readonly RawParagraph[];
  readonly header: readonly string[];
  readonly rows: readonly RawRow[];
  /** Table width in twips; column widths are computed from the header and the plain rows (layout.ts). */
  readonly total: number;
  /** Columns aligned right (numbers). */
  readonly numeric: readonly number[];
  /** Paragraphs after the table (a legend), before the empty paragraph that ends the block. */
  readonly after?: readonly RawParagraph[];
  /** False: no empty paragraph after the table (a table among paragraphs that space it themselves). */
  readonly trailingParagraph?: boolean;
}

const isSpan = (r: RawRow): r is RawSpanRow => !Array.isArray(r);

const plainText = (c: IsiSel): string => (typeof c === 'string' ? c : c.links.map((l) => l.text).join(', '));

/** Column widths of a raw table from its content (span rows wrap inside their merged cells). */
export function widthsOf(t: Pick<RawTable, 'header' | 'rows' | 'total'>): number[] {
  const plainRows = t.rows.filter((r): r is readonly IsiSel[] => !isSpan(r));
  return columnWidths(
    t.header.map((h, i) => ({ header: h, cells: plainRows.map((r) => plainText(r[i] ?? '')) })),
    t.total,
    TABLE_SIZE,
  );
}

const HYPERLINK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters must be found to be removed
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // control characters and U+FFFE/U+FFFF are not XML 1.0 characters (https://www.w3.org/TR/xml/#charsets)
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
  );
}

/** The paragraph style (Arial 10 pt) of the lines before each table. */
export const TEXT_STYLE = 'KinerjaTeks';

/** The characters a `<w:t>` holding this escaped text counts (an entity is one). */
function characters(escaped: string, text: string): number {
  return escaped === text ? text.length : escaped.replace(/&(amp|lt|gt|quot);/g, '_').length;
}

function textRun(line: string, props: string, br: boolean, links: Links): string {
  const space =
    line.length > 0 && (line.charCodeAt(0) <= 32 || line.charCodeAt(line.length - 1) <= 32)
      ? ' xml:space="preserve"'
      : '';
  const escaped = escapeXml(line);
  links.characters += characters(escaped, line);
  return `<w:r>${props}${br ? '<w:br/>' : ''}<w:t${space}>${escaped}</w:t></w:r>`;
}

function run(text: string, links: Links, bold = false, size?: number): string {
  const sz = size ? `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/>` : '';
  const props = bold || sz ? `<w:rPr>${bold ? '<w:b/>' : ''}${sz}</w:rPr>` : '';
  if (!text.includes('\n')) return textRun(text, props, false, links);
  return text
    .split('\n')
    .map((line, i) => textRun(line, props, i > 0, links))
    .join('');
}

/**
 * The target of a link to evidence, as a URI reference a package may hold (an external relationship's
 * Target is a URI, ECMA-376 Part 2): an https address as the WHATWG URL parser writes it, with what RFC 3986
 * does not allow percent-encoded, or a local evidence path (`tautanBuktiLokal`, the Bukti column's rule);
 * null for anything else.
 */
function linkTarget(url: string): string | null {
  if (tautanBuktiLokal(url)) return url;
  try {
    const u = new URL(url);
    // what the URL parser leaves as it is but RFC 3986 does not allow (`|`, `^`, `{`...): percent-encoded
    return u.protocol === 'https:'
      ? u.href.replace(/[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/g, (c) => encodeURIComponent(c))
      : null;
  } catch {
    return null;
  }
}

const IMAGE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';

/** What the blocks written so far added to the document: relationships, and text characters. */
export class Links {
  readonly rels: string[] = [];
  /** Text characters written in `<w:t>` elements, as Google Docs counts them (pipeline.ts docxCharacters). */
  characters = 0;
  private n = 0;
  /** Each picture's file in word/media, by its bytes (the same chart twice is one file). */
  readonly media = new Map<Uint8Array, { readonly path: string; readonly id: string }>();

  add(url: string): string {
    const id = `rIdKinerja${++this.n}`;
    this.rels.push(
      `<Relationship Id="${id}" Type="${HYPERLINK}" Target="${escapeXml(url)}" TargetMode="External"/>`,
    );
    return id;
  }

  /** The relationship of a picture (a chart's PNG, the coat of arms), its file added to word/media the first time. */
  image(bytes: Uint8Array): { readonly path: string; readonly id: string; readonly fresh: boolean } {
    const known = this.media.get(bytes);
    if (known) return { ...known, fresh: false };
    const k = this.media.size + 1;
    const ext = imageType(bytes) === 'jpg' ? 'jpg' : 'png';
    const entry = { path: `media/kinerja-grafik-${k}.${ext}`, id: `rIdKinerjaGrafik${k}` };
    this.media.set(bytes, entry);
    this.rels.push(`<Relationship Id="${entry.id}" Type="${IMAGE}" Target="${entry.path}"/>`);
    return { ...entry, fresh: true };
  }
}

function cell(
  content: IsiSel,
  opts: { header?: boolean; right?: boolean; span?: number; keepNext?: boolean },
  links: Links,
): string {
  const span = opts.span && opts.span > 1 ? `<w:gridSpan w:val="${opts.span}"/>` : '';
  const fill = opts.header ? '<w:shd w:val="clear" w:color="auto" w:fill="E8F0FE"/>' : '';
  const shade = span || fill ? `<w:tcPr>${span}${fill}</w:tcPr>` : '';
  const jc =
    (opts.keepNext ? '<w:keepNext/>' : '') +
    (opts.header ? '<w:jc w:val="center"/>' : opts.right ? '<w:jc w:val="right"/>' : '');
  const body =
    typeof content === 'string'
      ? run(content, links, opts.header)
      : content.links
          .map((l, i) => {
            const sep = i > 0 ? run(', ', links) : '';
            const target = linkTarget(l.url);
            // a target that is no URI would make the package unreadable: the text, unlinked
            if (target === null) return `${sep}${run(l.text, links)}`;
            const text = escapeXml(l.text);
            links.characters += characters(text, l.text);
            return `${sep}<w:hyperlink r:id="${links.add(target)}"><w:r><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r></w:hyperlink>`;
          })
          .join('');
  // widths come from the table grid (fixed layout), so cells carry none of their own
  // table text takes the document default (8 pt, no spacing): no paragraph style per cell
  return `<w:tc>${shade}<w:p>${jc ? `<w:pPr>${jc}</w:pPr>` : ''}${body}</w:p></w:tc>`;
}

/**
 * A line before or after a table: 10 pt set on the run itself too, since Google Docs turns named styles other
 * than headings into Normal when it imports a DOCX.
 */
function paragraphXml(p: RawParagraph, links: Links, keepNext = false): string {
  return `<w:p><w:pPr><w:pStyle w:val="${TEXT_STYLE}"/>${keepNext ? '<w:keepNext/>' : ''}</w:pPr>${run(p.text, links, p.bold, 20)}</w:p>`;
}

/**
 * One block in pieces of XML: the paragraphs before (kept with the table), the table row by row, any
 * legend, an empty paragraph. A unit's table is hundreds of kilobytes: written whole, each would be one
 * string too large for the young generation, kept until a full collection.
 */
export function* blockXml(t: RawTable, links: Links): Generator<string> {
  for (const p of t.before) yield paragraphXml(p, links, true);
  yield* tableXml(t, links);
  for (const p of t.after ?? []) yield paragraphXml(p, links);
  if (t.trailingParagraph !== false) yield '<w:p/>';
}

function* tableXml(t: RawTable, links: Links): Generator<string> {
  const widths = widthsOf(t);
  const total = t.total;
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('');
  const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  const head = `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${t.header.map((h) => cell(h, { header: true }, links)).join('')}</w:tr>`;
  // CT_TblPr is a sequence (ECMA-376 Part 1, 17.4.60): tblW, ..., tblBorders, shd, tblLayout, ...; Word
  // refuses or repairs a table whose properties come in another order (LibreOffice does not mind)
  yield `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${head}`;
  // a plain row followed by a span row (its notes) keeps with it: the pair stays on one page
  for (const [n, r] of t.rows.entries()) {
    const cells = isSpan(r)
      ? r.cells.map((c, i) => cell(c, { span: r.spans[i] }, links)).join('')
      : r
          .map((c, i) => {
            const next = t.rows[n + 1];
            return cell(
              c,
              { right: t.numeric.includes(i), keepNext: next !== undefined && isSpan(next) },
              links,
            );
          })
          .join('');
    yield `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cells}</w:tr>`;
  }
  yield '</w:tbl>';
}

/** A picture (a chart, the coat of arms): PNG or JPEG bytes shown centred at `width` x `height` pixels (96 per inch), whatever its own pixel size. */
export interface RawImage {
  /** The picture, or how to draw it when the document reaches it (ooxml-doc.ts). */
  readonly png: Uint8Array | (() => Uint8Array);
  readonly width: number;
  readonly height: number;
}

/** English Metric Units per pixel at 96 dpi (914,400 per inch). */
const EMU_PER_PIXEL = 9525;

/**
 * A centred paragraph holding the picture inline, in the elements the docx library writes for an ImageRun
 * (and Google Docs keeps: see test/functions/layout.test.ts). `docPr` ids are unique in the document.
 */
export function imageXml(relId: string, docPr: number, width: number, height: number): string {
  const cx = Math.round(width * EMU_PER_PIXEL);
  const cy = Math.round(height * EMU_PER_PIXEL);
  const a = 'http://schemas.openxmlformats.org/drawingml/2006/main';
  const pic = 'http://schemas.openxmlformats.org/drawingml/2006/picture';
  return (
    `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">` +
    `<wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent t="0" r="0" b="0" l="0"/><wp:docPr id="${docPr}" name=""/>` +
    `<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="${a}" noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic xmlns:a="${a}"><a:graphicData uri="${pic}"><pic:pic xmlns:pic="${pic}">` +
    `<pic:nvPicPr><pic:cNvPr id="0" name="" descr=""/><pic:cNvPicPr><a:picLocks noChangeAspect="1" noChangeArrowheads="1"/></pic:cNvPicPr></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${relId}" cstate="none"/><a:srcRect/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
    `</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`
  );
}

/** Tables produced on demand (the rows of every employee are built while streaming, never all held at once). */
export type RawTables = () => Iterable<RawTable>;
