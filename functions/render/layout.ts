// Page geometry and column widths computed from the content. Text is measured with DejaVu Sans (the font
// shipped in an npm package, what LibreOffice falls back to for Arial where Arial is absent, and wider than
// Arial), so a column wide enough for a word in DejaVu Sans is wide enough in Word and Google Docs too.
// Widths are per character (cached), without kerning: a slight over-estimate, never an under-estimate.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';

/** The documents' font (what Word and Google Docs show; text is measured with DejaVu Sans, see above). */
export const FONT = 'Arial';
/** Table text: 8 pt (half-points). */
export const TABLE_SIZE = 16;

/** A4 in twips (1/20 pt), with the 1-inch margins the documents use. */
export const A4 = { short: 11906, long: 16838, margin: 1440 } as const;
export const PORTRAIT_WIDTH = A4.short - 2 * A4.margin; // 9026
export const LANDSCAPE_WIDTH = A4.long - 2 * A4.margin; // 13958

/** How a table of a document is laid out. */
export interface TableOpts {
  /** Columns aligned right (numbers). */
  readonly numeric?: readonly number[];
  /** Table width in twips: the text width of the page (portrait by default). */
  readonly total?: number;
}

/** Left + right cell margins (Word's default 108 twips each) plus a little slack for borders. */
const CELL_PADDING = 260;
/** A column's preferred width never exceeds this share of the table, so long prose wraps. */
const MAX_SHARE = 0.4;

const FAMILY = 'KinerjaMeasure';
let ctx: SKRSContext2D | null = null;
/** Widths of characters outside the Basic Multilingual Plane (a surrogate pair), by style and character. */
const cache = new Map<string, number>();
/**
 * Widths of the Basic Multilingual Plane's characters by UTF-16 code, per style (-1: not measured yet): a
 * recap measures every cell of its tables, millions of characters, so a character's width is an array read.
 */
const bmp = { r: null as Float64Array | null, b: null as Float64Array | null };

function context(): SKRSContext2D {
  if (ctx) return ctx;
  const fonts = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  GlobalFonts.registerFromPath(join(fonts, 'DejaVuSans.ttf'), FAMILY);
  GlobalFonts.registerFromPath(join(fonts, 'DejaVuSans-Bold.ttf'), `${FAMILY} Bold`);
  ctx = createCanvas(10, 10).getContext('2d');
  return ctx;
}

function measured(ch: string, bold: boolean): number {
  const c = context();
  c.font = `1000px "${bold ? `${FAMILY} Bold` : FAMILY}"`;
  return c.measureText(ch).width;
}

/** Width of one character (a code point) in thousandths of an em. */
function charWidth(ch: string, bold: boolean): number {
  if (ch.length === 1) return codeWidth(ch.charCodeAt(0), bold);
  const key = `${bold ? 'b' : 'r'}${ch}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const w = measured(ch, bold);
  cache.set(key, w);
  return w;
}

/** Width of one UTF-16 code unit standing for itself (not half of a surrogate pair). */
function codeWidth(code: number, bold: boolean): number {
  let table = bold ? bmp.b : bmp.r;
  if (!table) {
    table = new Float64Array(0x10000).fill(-1);
    if (bold) bmp.b = table;
    else bmp.r = table;
  }
  const hit = table[code] as number;
  if (hit >= 0) return hit;
  const w = measured(String.fromCharCode(code), bold);
  table[code] = w;
  return w;
}

const twips = (em: number, sizeHalfPoints: number) => Math.ceil((em / 1000) * (sizeHalfPoints / 2) * 20);

/** Width of a text in twips at `sizeHalfPoints` (docx sizes are half-points). */
export function textWidth(text: string, sizeHalfPoints: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch, bold);
  return twips(em, sizeHalfPoints);
}

export interface Measured {
  /** The longest unbreakable word (twips). */
  readonly word: number;
  /** The longest line as one line (twips). */
  readonly line: number;
}

/**
 * The longest word and line of a text, in one pass over its characters: lines end at a line feed, words at
 * spaces and tabs and after a hyphen (where Word and Docs may wrap). Each word's and line's width is summed
 * from its first character, in order, as `textWidth` sums it, so the figures are the same to the bit.
 */
export function measure(text: string, sizeHalfPoints: number, bold = false): Measured {
  measureEm(text, bold);
  return { word: twips(emWord, sizeHalfPoints), line: twips(emLine, sizeHalfPoints) };
}

/** The last `measureEm`'s longest word and line in thousandths of an em (no object for each of a table's cells). */
let emWord = 0;
let emLine = 0;

function measureEm(text: string, bold: boolean): void {
  let maxWord = 0;
  let maxLine = 0;
  let word = 0;
  let line = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (word > maxWord) maxWord = word;
      if (line > maxLine) maxLine = line;
      word = 0;
      line = 0;
      continue;
    }
    let w: number;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        w = charWidth(text.slice(i, i + 2), bold);
        i++;
      } else w = codeWidth(c, bold);
    } else w = codeWidth(c, bold);
    line += w;
    if (c === 32 || c === 9) {
      if (word > maxWord) maxWord = word;
      word = 0;
      continue;
    }
    word += w;
    if (c === 45) {
      // a hyphen ends its word
      if (word > maxWord) maxWord = word;
      word = 0;
    }
  }
  if (word > maxWord) maxWord = word;
  if (line > maxLine) maxLine = line;
  emWord = maxWord;
  emLine = maxLine;
}

export interface ColumnContent {
  readonly header: string;
  readonly cells: readonly string[];
}

/**
 * Column widths (twips) summing to `total`: every column at least as wide as its longest word (header
 * words in bold), the remaining space shared by how much more each column's longest line wants. A word
 * longer than `MAX_SHARE` of the table (a URL) is allowed to break.
 */
export function columnWidths(
  columns: readonly ColumnContent[],
  total: number,
  sizeHalfPoints: number,
): number[] {
  const cap = total * MAX_SHARE;
  const min: number[] = [];
  const want: number[] = [];
  for (const c of columns) {
    // in em, converted once: the largest em is the largest width in twips (the conversion only grows)
    measureEm(c.header, true);
    const header = twips(emWord, sizeHalfPoints);
    let wordEm = 0;
    let lineEm = 0;
    for (const cell of c.cells) {
      measureEm(cell, false);
      if (emWord > wordEm) wordEm = emWord;
      if (emLine > lineEm) lineEm = emLine;
    }
    const word = Math.max(header, twips(wordEm, sizeHalfPoints));
    const line = Math.max(header, twips(lineEm, sizeHalfPoints)); // a header may wrap at its spaces
    const lo = Math.min(word, cap) + CELL_PADDING;
    min.push(lo);
    want.push(Math.max(lo, Math.min(line, cap) + CELL_PADDING));
  }
  const sumMin = min.reduce((a, b) => a + b, 0);
  if (sumMin >= total) return scaleTo(min, total);
  const extra = total - sumMin;
  const desire = want.map((w, i) => w - (min[i] as number));
  const sumDesire = desire.reduce((a, b) => a + b, 0);
  const widths =
    sumDesire === 0
      ? min.map((m) => m + extra / min.length)
      : sumDesire <= extra
        ? want.map((w) => w + ((extra - sumDesire) * w) / want.reduce((a, b) => a + b, 0))
        : min.map((m, i) => m + (extra * (desire[i] as number)) / sumDesire);
  return scaleTo(widths, total);
}

/** Whole twips summing exactly to `total` (proportional scaling, the rounding remainder on the widest). */
function scaleTo(widths: readonly number[], total: number): number[] {
  const sum = widths.reduce((a, b) => a + b, 0);
  const out = widths.map((w) => Math.floor((w * total) / sum));
  const rest = total - out.reduce((a, b) => a + b, 0);
  const widest = out.indexOf(Math.max(...out));
  out[widest] = (out[widest] as number) + rest;
  return out;
}

/** A text that must not wrap (a NIP in a table): its spaces made non-breaking (kept by Word and Google Docs). */
export function utuh(text: string): string {
  return text.replace(/ /g, '\u00a0');
}
