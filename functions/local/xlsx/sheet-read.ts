// One worksheet's values in a single streaming pass (saxes), as the core reads them: shared strings
// resolved, date-styled numbers as Dates (when they are valid dates), formula cells as their cached result,
// hyperlinks as their target (a `mailto:` link as the bare address), errors as blank. Rows are kept only up
// to the last one holding a value under a header, so a stray cell far below the data costs nothing.
// Reference: ECMA-376 Part 1, 18.3.1.4 (c), 18.3.1.73 (row), 18.3.1.55 (mergeCell), 18.3.1.47 (hyperlink).
import { SaxesParser } from 'saxes';
import type { Cell } from '../../../shared';
import { attr, decodeEscapes, local, readRels, relsPathOf, type Styles } from './parts';

export interface SheetValues {
  /** Header row first; each row trimmed to the header's width; rows past the last used one dropped. */
  readonly rows: Cell[][];
  /** Merged ranges as 1-based [firstRow, firstCol, lastRow, lastCol]. */
  readonly merges: readonly (readonly [number, number, number, number])[];
}

export interface SheetContext {
  readonly sharedStrings: readonly string[];
  readonly styles: Styles;
  readonly date1904: boolean;
  readonly text: (path: string) => string | undefined;
}

const EMPTY: Cell[] = [];
Object.freeze(EMPTY);

/** "AB12" -> [12, 28]; a reference without a row gives row 0. */
export function parseRef(ref: string): [number, number] {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    const upper = code >= 97 ? code - 32 : code;
    if (upper < 65 || upper > 90) break;
    col = col * 26 + (upper - 64);
  }
  const row = i < ref.length ? Number(ref.slice(i).replace(/\$/g, '')) : 0;
  return [row, col];
}

export function columnLetters(col: number): string {
  let s = '';
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** Excel serial day -> Date, as exceljs reads it (1900 or 1904 date system); null when not a valid date. */
export function serialToDate(serial: number, date1904: boolean): Date | null {
  const ms = Math.round((serial + (date1904 ? 1462 : 0) - 25569) * 86_400_000);
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) || serial < 0 ? null : d;
}

const isBlank = (c: Cell): boolean =>
  c === null || c === undefined || (typeof c === 'string' && c.trim() === '');

export function readSheet(path: string, xml: string, ctx: SheetContext): SheetValues {
  const rows: Cell[][] = [];
  const merges: [number, number, number, number][] = [];
  const links = new Map<string, string>(); // "row,col" -> target
  const linkIds: { ref: string; id: string | undefined; location: string | undefined }[] = [];
  let rowIndex = 0;
  let colIndex = 0;
  let cellType = 'n';
  let cellStyle = 0;
  let cellRow = 0;
  let text = '';
  let collecting = false; // inside <v> or an inline string's <t>
  let phonetic = 0;
  let inSheetData = false;
  let current: Cell[] | null = null;

  const p = new SaxesParser();
  p.on('opentag', (tag) => {
    const n = local(tag.name);
    switch (n) {
      case 'sheetData':
        inSheetData = true;
        return;
      case 'row': {
        // the attributes of <row> and <c> are unqualified: read directly (this runs for every cell)
        const r = tag.attributes.r;
        rowIndex = r ? Number(r) : rowIndex + 1;
        colIndex = 0;
        current = null;
        return;
      }
      case 'c': {
        const a = tag.attributes;
        const r = a.r;
        if (r) {
          const [row, col] = parseRef(r);
          colIndex = col;
          cellRow = row || rowIndex;
        } else {
          colIndex++;
          cellRow = rowIndex;
        }
        cellType = a.t ?? 'n';
        cellStyle = a.s === undefined ? 0 : Number(a.s);
        text = '';
        return;
      }
      case 'v':
        if (inSheetData) collecting = true;
        return;
      case 't':
        if (inSheetData && phonetic === 0) collecting = true;
        return;
      case 'rPh':
        phonetic++;
        return;
      case 'mergeCell': {
        const [a, b] = (attr(tag, 'ref') ?? '').split(':');
        if (!a) return;
        const [r1, c1] = parseRef(a);
        const [r2, c2] = parseRef(b ?? a);
        merges.push([r1, c1, r2, c2]);
        return;
      }
      case 'hyperlink':
        linkIds.push({ ref: attr(tag, 'ref') ?? '', id: attr(tag, 'id'), location: attr(tag, 'location') });
        return;
    }
  });
  p.on('text', (s) => {
    if (collecting) text += s;
  });
  p.on('cdata', (s) => {
    if (collecting) text += s;
  });
  p.on('closetag', (tag) => {
    const n = local(tag.name);
    if (n === 'v' || n === 't') collecting = false;
    else if (n === 'rPh') phonetic--;
    else if (n === 'sheetData') inSheetData = false;
    else if (n === 'c') {
      const value = cellValue(cellType, cellStyle, text, ctx);
      if (value === null) return;
      if (cellRow !== rowIndex || current === null) {
        rowIndex = cellRow;
        current = rows[cellRow - 1] ?? [];
        rows[cellRow - 1] = current;
      }
      current[colIndex - 1] = value;
    }
  });
  p.write(xml).close();

  if (linkIds.length) {
    const rels = readRels(ctx.text(relsPathOf(path)), path);
    for (const l of linkIds) {
      const target = l.id ? rels.get(l.id)?.target : undefined;
      if (!target) continue;
      const [from, to] = l.ref.split(':');
      const [r1, c1] = parseRef(from ?? '');
      const [r2, c2] = parseRef(to ?? from ?? '');
      for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) links.set(`${r},${c}`, target);
    }
    for (const [key, target] of links) {
      const [r, c] = key.split(',').map(Number) as [number, number];
      const row = rows[r - 1];
      if (!row || isBlank(row[c - 1] ?? null)) continue;
      row[c - 1] = /^mailto:/i.test(target)
        ? decodeURIComponent(target.slice(7).split('?')[0] ?? '')
        : target;
    }
  }

  // the header's width, and the last row with a value under a header
  const header = rows[0] ?? [];
  let width = header.length;
  while (width > 0 && isBlank(header[width - 1] ?? null)) width--;
  let last = 0;
  for (let r = rows.length - 1; r >= 1; r--) {
    const row = rows[r];
    if (!row) continue;
    let used = false;
    for (let c = 0; c < Math.min(width, row.length); c++)
      if (!isBlank(row[c] ?? null)) {
        used = true;
        break;
      }
    if (used) {
      last = r;
      break;
    }
  }
  const out: Cell[][] = [];
  for (let r = 0; r <= (rows.length ? Math.max(last, 0) : -1); r++) {
    const row = rows[r];
    out.push(row ? (row.length > width ? row.slice(0, width) : row) : EMPTY);
  }
  for (let r = 0; r < out.length; r++) {
    const row = out[r] as Cell[];
    for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
  }
  return { rows: out, merges };
}

function cellValue(type: string, style: number, raw: string, ctx: SheetContext): Cell {
  switch (type) {
    case 's': {
      const s = ctx.sharedStrings[Number(raw)];
      return s === undefined || s === '' ? null : s;
    }
    case 'inlineStr':
    case 'str':
      return raw === '' ? null : decodeEscapes(raw);
    case 'b':
      return raw === '1' || raw === 'true';
    case 'e':
      return null;
    case 'd': {
      const d = new Date(raw);
      return Number.isNaN(d.getTime()) ? raw : d;
    }
    default: {
      if (raw === '') return null;
      const n = Number(raw);
      if (!Number.isFinite(n)) return raw;
      if (ctx.styles.dateStyle[style]) return serialToDate(n, ctx.date1904) ?? n;
      return n;
    }
  }
}
