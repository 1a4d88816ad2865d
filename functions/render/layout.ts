// Page geometry and column widths computed from the content. Text is measured with DejaVu Sans (the font
// shipped in an npm package, what LibreOffice falls back to for Arial where Arial is absent, and wider than
// Arial), so a column wide enough for a word in DejaVu Sans is wide enough in Word and Google Docs too.
// Widths are per character (cached), without kerning: a slight over-estimate, never an under-estimate.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';

/** A4 in twips (1/20 pt), with the 1-inch margins the documents use. */
export const A4 = { short: 11906, long: 16838, margin: 1440 } as const;
export const PORTRAIT_WIDTH = A4.short - 2 * A4.margin; // 9026
export const LANDSCAPE_WIDTH = A4.long - 2 * A4.margin; // 13958

/** Left + right cell margins (Word's default 108 twips each) plus a little slack for borders. */
const CELL_PADDING = 260;
/** A column's preferred width never exceeds this share of the table, so long prose wraps. */
const MAX_SHARE = 0.4;

const FAMILY = 'KinerjaMeasure';
let ctx: SKRSContext2D | null = null;
const cache = new Map<string, number>();

function context(): SKRSContext2D {
  if (ctx) return ctx;
  const fonts = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  GlobalFonts.registerFromPath(join(fonts, 'DejaVuSans.ttf'), FAMILY);
  GlobalFonts.registerFromPath(join(fonts, 'DejaVuSans-Bold.ttf'), `${FAMILY} Bold`);
  ctx = createCanvas(10, 10).getContext('2d');
  return ctx;
}

/** Width of one character in thousandths of an em. */
function charWidth(ch: string, bold: boolean): number {
  const key = `${bold ? 'b' : 'r'}${ch}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const c = context();
  c.font = `1000px "${bold ? `${FAMILY} Bold` : FAMILY}"`;
  const w = c.measureText(ch).width;
  cache.set(key, w);
  return w;
}

/** Width of a text in twips at `sizeHalfPoints` (docx sizes are half-points). */
export function textWidth(text: string, sizeHalfPoints: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch, bold);
  return Math.ceil((em / 1000) * (sizeHalfPoints / 2) * 20);
}

export interface Measured {
  /** The longest unbreakable word (twips). */
  readonly word: number;
  /** The longest line as one line (twips). */
  readonly line: number;
}

export function measure(text: string, sizeHalfPoints: number, bold = false): Measured {
  let word = 0;
  let line = 0;
  for (const l of text.split('\n')) {
    line = Math.max(line, textWidth(l, sizeHalfPoints, bold));
    for (const w of l.split(/[ \t]+|(?<=-)/))
      if (w) word = Math.max(word, textWidth(w, sizeHalfPoints, bold));
  }
  return { word, line };
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
    const h = measure(c.header, sizeHalfPoints, true);
    let word = h.word;
    let line = h.word; // a header may wrap at its spaces
    for (const cell of c.cells) {
      const m = measure(cell, sizeHalfPoints);
      word = Math.max(word, m.word);
      line = Math.max(line, m.line);
    }
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
