// Writing into a worksheet's XML without re-serialising it: only the rows that change are rebuilt, and in
// them only the cells that change; every other byte of the part stays as it was (formulas, styles, rows
// and columns the office added). New text goes in as inline strings (ECMA-376 Part 1, 18.3.1.53 `is`), so
// the shared string table is never rewritten; new cells take the style of their row or column.
import type { CellOut } from '../../../shared';
import { columnLetters, parseRef } from './sheet-read';

export interface CellEdit {
  /** The new value (absent: keep the value, e.g. when only locking the cell). */
  readonly value?: CellOut;
  /** Give the cell a locked (true) or unlocked (false) variant of its style. */
  readonly lock?: boolean;
}

/** row -> column -> edit (1-based). */
export type SheetEdits = Map<number, Map<number, CellEdit>>;

export interface PatchStyles {
  /** The style index that is `style` but locked (adds it to the stylesheet when needed). */
  locked(style: number): number;
  /** The style index that is `style` but unlocked (a revision reopens a signed row). */
  unlocked(style: number): number;
  /** Told when a formula cell gets a value instead (the calculation chain then lists a cell with none). */
  formulaReplaced?(): void;
  /** Told when the cell to replace holds a shared formula other cells use (`ref`): it cannot be replaced. */
  sharedFormulaMaster?(ref: string): never;
}

/** Characters XML 1.0 cannot carry (controls other than tab, LF, CR; U+FFFE, U+FFFF). */
function unwritable(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffe || code === 0xffff
  );
}

/** Text for a <t> element: XML-escaped, and unwritable characters as ST_Xstring `_xHHHH_` escapes. */
export function escapeXml(s: string): string {
  let out = '';
  // a literal `_xHHHH_` in the text keeps its meaning by escaping its underscore first
  for (const ch of s.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')) {
    const code = ch.charCodeAt(0);
    out += unwritable(code) ? `_x${code.toString(16).toUpperCase().padStart(4, '0')}_` : ch;
  }
  return out.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attrOf(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs);
  return m?.[1];
}

function withoutAttr(attrs: string, name: string): string {
  return attrs.replace(new RegExp(`\\s${name}="[^"]*"`), '');
}

/** How new text is put into the part's string: as is, or (bytes mode) as its UTF-8 bytes read as Latin-1. */
type Encode = (text: string) => string;
const asIs: Encode = (text) => text;
const utf8AsLatin1: Encode = (text) =>
  /[^\x20-\x7e]/.test(text) ? Buffer.from(text, 'utf8').toString('latin1') : text;

function valueXml(p: string, ref: string, style: string, value: CellOut | undefined, enc: Encode): string {
  const s = style ? ` s="${style}"` : '';
  if (value === null || value === undefined || value === '') return `<${p}c r="${ref}"${s}/>`;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`not a finite number at ${ref}`);
    return `<${p}c r="${ref}"${s}><${p}v>${value}</${p}v></${p}c>`;
  }
  return `<${p}c r="${ref}"${s} t="inlineStr"><${p}is><${p}t xml:space="preserve">${enc(escapeXml(value))}</${p}t></${p}is></${p}c>`;
}

interface Found {
  readonly index: number; // row or column number
  readonly start: number;
  readonly end: number;
  readonly attrs: string;
  readonly inner: string | null; // null for a self-closing element
}

function scan(xml: string, p: string, name: 'row' | 'c', from: number, to: number): Found[] {
  const re = new RegExp(`<${p}${name}(\\s[^>]*?)?(/>|>([\\s\\S]*?)</${p}${name}>)`, 'g');
  re.lastIndex = from;
  const out: Found[] = [];
  let previous = 0;
  for (let m = re.exec(xml); m && m.index < to; m = re.exec(xml)) {
    const attrs = m[1] ?? '';
    const r = attrOf(attrs, 'r');
    const index = r === undefined ? previous + 1 : name === 'row' ? Number(r) : (parseRef(r)[1] as number);
    previous = index;
    out.push({ index, start: m.index, end: m.index + m[0].length, attrs, inner: m[3] ?? null });
  }
  return out;
}

/** Column styles from <cols> (1-based column -> style index). */
function columnStyles(xml: string, p: string): (col: number) => string {
  const styles: [number, number, string][] = [];
  const re = new RegExp(`<${p}col\\s([^>]*?)/?>`, 'g');
  const cols = new RegExp(`<${p}cols>([\\s\\S]*?)</${p}cols>`).exec(xml)?.[1] ?? '';
  for (const m of cols.matchAll(re)) {
    const style = attrOf(m[1] ?? '', 'style');
    if (style) styles.push([Number(attrOf(m[1] ?? '', 'min')), Number(attrOf(m[1] ?? '', 'max')), style]);
  }
  return (col) => styles.find(([min, max]) => col >= min && col <= max)?.[2] ?? '';
}

function rewriteRow(
  xml: string,
  p: string,
  row: Found | null,
  r: number,
  edits: Map<number, CellEdit>,
  colStyle: (col: number) => string,
  styles: PatchStyles,
  enc: Encode,
): string {
  const rowAttrs = row ? withoutAttr(row.attrs, 'spans') : ` r="${r}"`;
  const rowStyle = row && attrOf(row.attrs, 'customFormat') === '1' ? (attrOf(row.attrs, 's') ?? '') : '';
  const inner = row?.inner ?? '';
  const innerStart = row && row.inner !== null ? row.end - `</${p}row>`.length - inner.length : 0;
  const cells = row && row.inner !== null ? scan(xml, p, 'c', innerStart, innerStart + inner.length) : [];
  const wanted = [...edits.keys()].sort((a, b) => a - b);
  const parts: string[] = [];
  let cursor = innerStart;
  let w = 0;
  const fresh = (col: number): string => {
    const edit = edits.get(col) as CellEdit;
    let style = rowStyle || colStyle(col);
    if (edit.lock !== undefined)
      style = String((edit.lock ? styles.locked : styles.unlocked)(Number(style || 0)));
    return valueXml(p, `${columnLetters(col)}${r}`, style === '0' ? '' : style, edit.value, enc);
  };
  for (const cell of cells) {
    parts.push(xml.slice(cursor, cell.start));
    cursor = cell.end;
    while (w < wanted.length && (wanted[w] as number) < cell.index) parts.push(fresh(wanted[w++] as number));
    const edit = cell.index === wanted[w] ? edits.get(wanted[w++] as number) : undefined;
    if (!edit) {
      parts.push(xml.slice(cell.start, cell.end));
      continue;
    }
    let style = attrOf(cell.attrs, 's') ?? '';
    if (edit.lock !== undefined)
      style = String((edit.lock ? styles.locked : styles.unlocked)(Number(style || 0)));
    const ref = `${columnLetters(cell.index)}${r}`;
    if (!('value' in edit)) {
      const attrs = withoutAttr(withoutAttr(cell.attrs, 's'), 'r');
      const s = style && style !== '0' ? ` s="${style}"` : '';
      parts.push(
        cell.inner === null
          ? `<${p}c r="${ref}"${s}${attrs}/>`
          : `<${p}c r="${ref}"${s}${attrs}>${cell.inner}</${p}c>`,
      );
    } else {
      if (cell.inner !== null && new RegExp(`<${p}f[\\s>/]`).test(cell.inner)) {
        // the master of a shared formula carries it for the cells it was filled into (ECMA-376 Part 1,
        // 18.3.1.40 f, t="shared" with ref): replacing it would leave them without a formula
        if (new RegExp(`<${p}f\\b[^>]*\\bt="shared"[^>]*\\bref=`).test(cell.inner))
          styles.sharedFormulaMaster?.(ref);
        styles.formulaReplaced?.();
      }
      parts.push(valueXml(p, ref, style, edit.value, enc));
    }
  }
  if (row && row.inner !== null) parts.push(xml.slice(cursor, innerStart + inner.length));
  while (w < wanted.length) parts.push(fresh(wanted[w++] as number));
  return `<${p}row${rowAttrs}>${parts.join('')}</${p}row>`;
}

/** A replacement of xml[start, end) by `text`. */
interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The sheet XML with `edits` applied. */
export function patchSheet(xml: string, edits: SheetEdits, styles: PatchStyles): string {
  let out = '';
  let at = 0;
  for (const s of patchSplices(xml, edits, styles, asIs)) {
    out += xml.slice(at, s.start) + s.text;
    at = s.end;
  }
  return out + xml.slice(at);
}

/**
 * The sheet part's bytes with `edits` applied, without decoding it as UTF-8 nor copying it into a new
 * string: read as Latin-1 (one character per byte, so offsets are byte offsets), only the rows that change
 * are rebuilt, and the bytes between them are copied as they are.
 */
export function patchSheetBytes(raw: Buffer, edits: SheetEdits, styles: PatchStyles): Buffer {
  return Buffer.concat(patchSheetPieces(raw, edits, styles));
}

/** The same, as the pieces that make it up (runs of `raw` and the rebuilt rows), for a streaming compressor. */
export function patchSheetPieces(raw: Buffer, edits: SheetEdits, styles: PatchStyles): Buffer[] {
  const view = appendView(raw, edits);
  const xml = view ? view.text : raw.toString('latin1');
  // a position in the view is one in `raw`, or past the head, one in the tail
  const inRaw = (i: number) => (view && i >= view.head ? i - view.head + view.tail : i);
  const pieces: Buffer[] = [];
  let at = 0;
  for (const s of patchSplices(xml, edits, styles, utf8AsLatin1)) {
    pieces.push(raw.subarray(inRaw(at), inRaw(s.start)), Buffer.from(s.text, 'latin1'));
    at = s.end;
  }
  pieces.push(raw.subarray(inRaw(at)));
  return pieces;
}

/** A sheet above this size whose edits all come after its last row is read from its head and tail only. */
export const APPEND_VIEW_BYTES = 1 << 20;

/**
 * The text of a large sheet that only gets rows after its last one (a year's log getting one entry): its
 * head up to the opening `<sheetData>` (dimension, columns) and its tail from the last row on, without the
 * rows between, which the patch copies as they are. Null when the edits touch an existing row, or the last
 * row does not say its number: the whole text is read then.
 */
export function appendView(
  raw: Buffer,
  edits: SheetEdits,
): { text: string; head: number; tail: number } | null {
  if (raw.length < APPEND_VIEW_BYTES || edits.size === 0) return null;
  const start = raw.toString('latin1', 0, Math.min(raw.length, 64 * 1024));
  const p = prefixOf(start);
  const open = sheetDataOpen(start, p);
  if (!open) return null;
  const head = open.index + open[0].length;
  const close = raw.lastIndexOf(`</${p}sheetData>`, undefined, 'latin1');
  if (close < head) return null;
  const tail = raw.lastIndexOf(`<${p}row `, close, 'latin1');
  if (tail < head) return null;
  const end = raw.toString('latin1', tail, Math.min(close, tail + 256));
  const last = /^<(?:\w+:)?row [^>]*?\br="(\d+)"/.exec(end);
  if (!last || Math.min(...edits.keys()) <= Number(last[1])) return null;
  return { text: raw.toString('latin1', 0, head) + raw.toString('latin1', tail), head, tail };
}

function patchSplices(xml: string, edits: SheetEdits, styles: PatchStyles, enc: Encode): Splice[] {
  if (edits.size === 0) return [];
  const p = prefixOf(xml);
  const colStyle = columnStyles(xml, p);
  const splices: Splice[] = [];
  const wanted = [...edits.keys()].sort((a, b) => a - b);
  const rewrite = (row: Found | null, r: number) =>
    rewriteRow(xml, p, row, r, edits.get(r) as Map<number, CellEdit>, colStyle, styles, enc);
  const dimension = widenDimension(xml, p, wanted.at(-1) ?? 0, maxColumn(edits));
  if (dimension) splices.push(dimension);
  const empty = new RegExp(`<${p}sheetData\\s*/>`).exec(xml);
  if (empty) {
    // an empty <sheetData/>: rewritten as an element with content
    const rows = wanted.map((r) => rewrite(null, r)).join('');
    splices.push({
      start: empty.index,
      end: empty.index + empty[0].length,
      text: `<${p}sheetData>${rows}</${p}sheetData>`,
    });
    return splices;
  }
  const open = sheetDataOpen(xml, p);
  if (!open) throw new Error('no sheetData');
  const bodyStart = open.index + open[0].length;
  const bodyEnd = xml.indexOf(`</${p}sheetData>`, bodyStart);
  let w = 0;
  // rows appended after the last one (the log's entry): the rows before it need not be scanned
  const last = scan(xml, p, 'row', lastRowStart(xml, p, bodyStart, bodyEnd), bodyEnd).at(-1);
  const from = last && (wanted[0] as number) > last.index ? bodyEnd : bodyStart;
  for (const row of scan(xml, p, 'row', from, bodyEnd)) {
    if (w >= wanted.length) break;
    if ((wanted[w] as number) > row.index) continue;
    // rows the sheet lacks before this one go in front of it
    let before = '';
    while (w < wanted.length && (wanted[w] as number) < row.index)
      before += rewrite(null, wanted[w++] as number);
    if (before) splices.push({ start: row.start, end: row.start, text: before });
    if (row.index === wanted[w])
      splices.push({ start: row.start, end: row.end, text: rewrite(row, wanted[w++] as number) });
  }
  let tail = '';
  while (w < wanted.length) tail += rewrite(null, wanted[w++] as number);
  if (tail) splices.push({ start: bodyEnd, end: bodyEnd, text: tail });
  return splices;
}

/** The namespace prefix of the sheet's elements (`x:`), or none. */
function prefixOf(xml: string): string {
  return /<(\w+:)?worksheet[\s>]/.exec(xml)?.[1] ?? '';
}

/** The opening tag of the sheet's rows. */
function sheetDataOpen(xml: string, p: string): RegExpExecArray | null {
  return new RegExp(`<${p}sheetData(\\s[^>]*)?>`).exec(xml);
}

/** Where the body's last row starts (the body's start when it has none). */
function lastRowStart(xml: string, p: string, bodyStart: number, bodyEnd: number): number {
  for (
    let at = xml.lastIndexOf(`<${p}row`, bodyEnd);
    at >= bodyStart;
    at = xml.lastIndexOf(`<${p}row`, at - 1)
  ) {
    const next = xml.charCodeAt(at + p.length + 4);
    if (next === 0x20 || next === 0x3e || next === 0x2f || next === 0x0a || next === 0x0d || next === 0x09)
      return at;
  }
  return bodyStart;
}

function maxColumn(edits: SheetEdits): number {
  let max = 0;
  for (const row of edits.values()) for (const c of row.keys()) max = Math.max(max, c);
  return max;
}

function widenDimension(xml: string, p: string, lastRow: number, lastCol: number): Splice | null {
  const re = new RegExp(`<${p}dimension ref="([A-Z]+\\d+)(?::([A-Z]+\\d+))?"`);
  const m = re.exec(xml);
  if (!m) return null;
  const [r1, c1] = parseRef(m[1] ?? 'A1');
  const [r2, c2] = parseRef(m[2] ?? m[1] ?? 'A1');
  const row = Math.max(r2, lastRow);
  const col = Math.max(c2, lastCol);
  if (row === r2 && col === c2) return null;
  const ref = `${columnLetters(c1)}${r1}:${columnLetters(col)}${row}`;
  return { start: m.index, end: m.index + m[0].length, text: `<${p}dimension ref="${ref}"` };
}
