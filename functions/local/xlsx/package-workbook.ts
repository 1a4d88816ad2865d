// The Workbook port on an existing .xlsx file, without loading it whole: each tab's sheet XML is inflated
// and read (one SAX pass) only when a command asks for it, and once; tabs a command does not need can be
// read as their header only. Writes are kept as cell edits, compared with what was read (a cell that
// keeps its value is not touched, so formulas and dates the office typed survive), and a save patches only
// the changed sheet parts (and the stylesheet when a row is locked) into the package, copying every other
// entry byte for byte.
import { readFile } from 'node:fs/promises';
import {
  type Cell,
  type CellOut,
  normalizeHeader,
  type RangeWrite,
  type ReadOptions,
  TABS,
  type Tables,
  tabLayout,
} from '../../../shared';
import { deflatedPieces, type Packed } from '../../zip/entry';
import { LocalError } from '../local-error';
import {
  readSharedStrings,
  readStyles,
  readWorkbookParts,
  type SheetRef,
  type Styles,
  type WorkbookParts,
} from './parts';
import { type CellEdit, patchSheetPieces, type SheetEdits } from './sheet-patch';
import { columnLetters, readSheet, type SheetContext } from './sheet-read';
import { lockedStyles } from './styles-patch';
import { writeAtomically } from './write-file';
import { partLevel, ZipPackage } from './zip';

export interface OpenOptions {
  /** Tabs read as their header row only (the command needs none of their rows). */
  readonly headerOnly?: readonly string[];
}

interface Loaded {
  rows: Cell[][];
  /** false: only the header row was read. */
  full: boolean;
}

export class PackageWorkbook {
  private readonly loaded = new Map<string, Loaded>();
  private readonly edits = new Map<string, SheetEdits>();
  private readonly nextRow = new Map<string, number>();
  private sharedStrings: string[] | null = null;
  private styles: Styles | null = null;
  private released = false;

  private constructor(
    private readonly path: string,
    private readonly zip: ZipPackage,
    private readonly parts: WorkbookParts,
    private readonly headerOnly: ReadonlySet<string>,
  ) {}

  static async open(path: string, opts: OpenOptions = {}): Promise<PackageWorkbook> {
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch {
      throw new LocalError('berkas.tidakAda', { path }, 1);
    }
    try {
      const zip = ZipPackage.parse(bytes);
      const parts = readWorkbookParts((p) => zip.text(p));
      return new PackageWorkbook(path, zip, parts, new Set(opts.headerOnly ?? []));
    } catch {
      throw new LocalError('berkas.bukanXlsx', { path }, 1);
    }
  }

  sheetNames(): string[] {
    return this.parts.sheets.map((s) => s.name);
  }

  /** Whether anything waits to be saved. */
  get changed(): boolean {
    return [...this.edits.values()].some((e) => e.size > 0);
  }

  readTables(names: readonly string[], opts: ReadOptions = {}): Tables {
    const out: Record<string, Cell[][]> = {};
    for (const name of names) {
      const loaded = this.load(name, !this.headerOnly.has(name) && !opts.headerOnly?.includes(name));
      if (loaded) out[name] = loaded.rows;
    }
    return out;
  }

  writeRanges(writes: readonly RangeWrite[]): void {
    for (const w of writes) {
      const loaded = this.sheetFor(w.tab);
      w.values.forEach((cells, i) => {
        cells.forEach((value, j) => {
          this.set(w.tab, loaded, w.row + i, w.column + j, value);
        });
      });
    }
  }

  appendRows(tab: string, rows: readonly (readonly CellOut[])[]): void {
    const loaded = this.sheetFor(tab);
    let row = this.nextRow.get(tab) ?? Math.max(loaded?.rows.length ?? 0, 1) + 1;
    for (const cells of rows) {
      for (const [j, value] of cells.entries()) {
        if (value !== null && value !== '') this.set(tab, loaded, row, j + 1, value);
      }
      row++;
    }
    this.nextRow.set(tab, row);
  }

  /** Lock the content cells of signed rows (sheet protection, set up by init, enforces it). */
  protectRows(tab: string, rows: readonly number[]): void {
    this.lockRows(tab, rows, true);
  }

  /** Unlock them again (a revision reopens the signed rows for their owner). */
  unprotectRows(tab: string, rows: readonly number[]): void {
    this.lockRows(tab, rows, false);
  }

  private lockRows(tab: string, rows: readonly number[], lock: boolean): void {
    const spec = TABS.find((t) => t.name === tab);
    const loaded = this.load(tab, false);
    if (!spec || !loaded) return;
    const locked = new Set(
      tabLayout(spec)
        .columns.filter((c) => c.locked)
        .map((c) => normalizeHeader(c.header)),
    );
    const header = loaded.rows[0] ?? [];
    header.forEach((h, i) => {
      if (!locked.has(normalizeHeader(h))) return;
      for (const r of rows) this.edit(tab, r, i + 1, { lock });
    });
  }

  /**
   * Drop every row read (the edits stay): a command about to make its final save of a large workbook frees
   * the memory its reads took before the changed sheets are inflated and patched. Reading or writing again
   * afterwards is a programming error.
   */
  releaseReads(): void {
    this.loaded.clear();
    this.sharedStrings = null;
    this.released = true;
  }

  /** The package with the edits patched in (untouched entries byte for byte). */
  async packageBytes(): Promise<Buffer> {
    const changed = new Map<string, Buffer | Packed | null>();
    const lock = lockedStyles(this.parts.stylesPath ? (this.zip.text(this.parts.stylesPath) ?? '') : '');
    let formulaReplaced = false;
    for (const [tab, edits] of this.edits) {
      if (edits.size === 0) continue;
      const ref = this.ref(tab);
      if (!ref) continue;
      const raw = this.zip.read(ref.path) ?? Buffer.alloc(0);
      const styles = {
        locked: (style: number) => lock.locked(style),
        unlocked: (style: number) => lock.unlocked(style),
        formulaReplaced: () => {
          formulaReplaced = true;
        },
        sharedFormulaMaster: (cell: string): never => {
          throw new LocalError('xlsx.rumusBersama', { tab, sel: cell, path: this.path });
        },
      };
      // compressed at once, as a stream of the unchanged runs and the rebuilt rows: a large sheet's patched
      // copy is never put together, and its text is dropped before the next sheet
      const pieces = patchSheetPieces(raw, edits, styles);
      const size = pieces.reduce((n, piece) => n + piece.length, 0);
      changed.set(ref.path, await deflatedPieces(pieces, partLevel(size)));
    }
    if (lock.changed && this.parts.stylesPath)
      changed.set(this.parts.stylesPath, Buffer.from(lock.xml(), 'utf8'));
    if (formulaReplaced) for (const [path, bytes] of withoutCalcChain(this.zip)) changed.set(path, bytes);
    return changed.size ? this.zip.with(changed) : this.zip.bytes;
  }

  /** Save atomically (a temporary file next to the real file, then a rename over it). */
  async save(path: string = this.path): Promise<void> {
    if (!this.changed && path === this.path) return;
    await writeAtomically(path, await this.packageBytes());
  }

  private ref(tab: string): SheetRef | undefined {
    return this.parts.sheets.find((s) => s.name === tab);
  }

  private context(): SheetContext {
    this.sharedStrings ??= readSharedStrings(
      this.parts.sharedStringsPath ? this.zip.text(this.parts.sharedStringsPath) : undefined,
    );
    this.styles ??= readStyles(this.parts.stylesPath ? this.zip.text(this.parts.stylesPath) : undefined);
    return {
      sharedStrings: this.sharedStrings,
      styles: this.styles,
      date1904: this.parts.date1904,
      text: (p) => this.zip.text(p),
    };
  }

  private load(tab: string, full: boolean): Loaded | undefined {
    if (this.released) throw new Error(`${tab}: read after releaseReads()`);
    const have = this.loaded.get(tab);
    if (have && (have.full || !full)) return have;
    const ref = this.ref(tab);
    if (!ref) return undefined;
    const xml = full
      ? (this.zip.text(ref.path) ?? '')
      : firstRowOnly(this.zip.textPrefix(ref.path, (t) => firstRowEnd(t) >= 0) ?? '');
    const { rows, merges } = readSheet(ref.path, xml, this.context());
    if (full) refuseMerges(tab, rows, merges);
    const loaded = { rows, full };
    this.loaded.set(tab, loaded);
    return loaded;
  }

  /** A write into a tab the file does not have is refused before anything is saved (init adds tabs). */
  private sheetFor(tab: string): Loaded {
    const loaded = this.load(tab, true);
    if (!loaded) throw new LocalError('berkas.tabTidakAda', { tab, path: this.path }, 1);
    return loaded;
  }

  private set(tab: string, loaded: Loaded | undefined, row: number, col: number, value: CellOut): void {
    const rows = loaded?.rows;
    if (rows && loaded?.full) {
      const current = rows[row - 1]?.[col - 1] ?? null;
      if (same(current, value)) return;
      const cells = rows[row - 1] && Object.isFrozen(rows[row - 1]) ? [] : (rows[row - 1] ?? []);
      while (rows.length < row - 1) rows.push([]);
      rows[row - 1] = cells;
      cells[col - 1] = value === '' ? null : value;
    }
    this.edit(tab, row, col, { value: this.inDateSystem(tab, loaded, col, value) });
  }

  /**
   * The core writes a timestamp as a serial day of the 1900 date system; a workbook in the 1904 system
   * (ECMA-376 Part 1, 18.2.28 workbookPr date1904) counts its days 1462 later.
   */
  private inDateSystem(tab: string, loaded: Loaded | undefined, col: number, value: CellOut): CellOut {
    if (!this.parts.date1904 || typeof value !== 'number') return value;
    const spec = TABS.find((t) => t.name === tab);
    const header = normalizeHeader(loaded?.rows[0]?.[col - 1] ?? '');
    const instant =
      spec &&
      Object.values(spec.columns).some((c) => c.kind === 'instant' && normalizeHeader(c.header) === header);
    return instant ? value - 1462 : value;
  }

  private edit(tab: string, row: number, col: number, edit: CellEdit): void {
    let sheet = this.edits.get(tab);
    if (!sheet) {
      sheet = new Map();
      this.edits.set(tab, sheet);
    }
    let cells = sheet.get(row);
    if (!cells) {
      cells = new Map();
      sheet.set(row, cells);
    }
    cells.set(col, { ...cells.get(col), ...edit });
  }
}

/**
 * The calculation chain lists every formula cell; once a formula cell holds a value instead, Excel reports
 * the chain as damaged. It is only a cache (ECMA-376 Part 1, 18.6: the application may rebuild it), so it is
 * removed with its relationship and content-type entry, and Excel rebuilds it on the next calculation.
 */
function withoutCalcChain(zip: ZipPackage): Map<string, Buffer | null> {
  const out = new Map<string, Buffer | null>();
  const part = 'xl/calcChain.xml';
  if (!zip.has(part)) return out;
  out.set(part, null);
  const rels = zip.text('xl/_rels/workbook.xml.rels');
  if (rels)
    out.set(
      'xl/_rels/workbook.xml.rels',
      Buffer.from(
        rels.replace(/<Relationship\b[^>]*Target="(?:\/xl\/)?calcChain\.xml"[^>]*\/>/g, ''),
        'utf8',
      ),
    );
  const types = zip.text('[Content_Types].xml');
  if (types)
    out.set(
      '[Content_Types].xml',
      Buffer.from(types.replace(/<Override\b[^>]*PartName="\/xl\/calcChain\.xml"[^>]*\/>/g, ''), 'utf8'),
    );
  return out;
}

/** Whether writing `next` over the cell read as `current` changes nothing the core can see. */
function same(current: Cell, next: CellOut): boolean {
  const blank = (v: unknown) => v === null || v === undefined || v === '';
  if (blank(current) || blank(next)) return blank(current) && blank(next);
  // a date cell (its UTC fields the wall-clock time) and the serial day the core writes for it
  if (current instanceof Date)
    return typeof next === 'number'
      ? Math.round((next - 25569) * 86_400_000) === current.getTime()
      : next === current.toISOString();
  if (typeof current === 'boolean') return String(current) === next;
  return current === next;
}

/** Where the first row's end tag ends (-1 when the text holds none). */
function firstRowEnd(xml: string): number {
  const p = /<(\w+:)?worksheet[\s>]/.exec(xml)?.[1] ?? '';
  const end = xml.indexOf(`</${p}row>`);
  return end < 0 ? -1 : end + `</${p}row>`.length;
}

/** The sheet XML cut after its first row (the header), for a header-only read. */
function firstRowOnly(xml: string): string {
  const end = firstRowEnd(xml);
  if (end < 0) return xml;
  const p = /<(\w+:)?worksheet[\s>]/.exec(xml)?.[1] ?? '';
  return `${xml.slice(0, end)}</${p}sheetData></${p}worksheet>`;
}

/** Merged cells under a header, in a data row, make rows ambiguous: refused before anything is written. */
function refuseMerges(
  tab: string,
  rows: readonly (readonly Cell[])[],
  merges: readonly (readonly [number, number, number, number])[],
): void {
  if (!TABS.some((t) => t.name === tab)) return;
  const header = rows[0] ?? [];
  for (const [r1, c1, r2, c2] of merges) {
    if (r2 < 2) continue;
    for (let c = c1; c <= c2; c++) {
      const h = header[c - 1];
      if (h === null || h === undefined || h === '') continue;
      throw new LocalError('xlsx.selGabung', {
        tab,
        row: Math.max(r1, 2),
        column: String(h),
        ref: `${columnLetters(c1)}${r1}:${columnLetters(c2)}${r2}`,
      });
    }
  }
}
