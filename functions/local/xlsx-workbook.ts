// The Workbook port on a local .xlsx file: the embedded default's spreadsheet.
// - An existing file is opened as a package (xlsx/package-workbook.ts): tabs read on demand in one
//   streaming pass each, and saved by patching only the changed sheet parts, every other part byte for byte.
// - A new workbook (init, the demo) and the upgrade of an old one (init on an existing file) are built with
//   exceljs: tabs laid out from the same declarations as in Google Sheets (headers, frozen row, dropdowns,
//   number and email rules, text-formatted NIP columns, protection of headers, system columns, signed rows
//   and the log).
// Saving is atomic: a temporary file next to the real file, then a rename (xlsx/write-file.ts).
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type ExcelJS from 'exceljs';
import {
  barisPengaturanKurang,
  type Cell,
  type CellOut,
  catatanPengaturan,
  defaultSettingRows,
  headerKeys,
  kunciPengaturan,
  normalizeHeader,
  parseKantor,
  pengaturanTab,
  pilihanNilai,
  type RangeWrite,
  type ReadOptions,
  recordToCells,
  TAB_NAMES,
  TABS,
  type TabLayout,
  type Tables,
  tabLayout,
  upgradeHeader,
  type Workbook,
} from '../../shared';
import { LocalError } from './local-error';
import { type OpenOptions, PackageWorkbook } from './xlsx/package-workbook';
import { writeAtomically } from './xlsx/write-file';

/**
 * The last row of a worksheet (1,048,576: "Excel specifications and limits", Microsoft Support): dropdowns,
 * number rules and value colours cover each column from row 2 to it, open-ended as in Google Sheets
 * (`B2:B`), so rows added later have them. (exceljs expands a range it reads into one entry per cell: read
 * such a file back with `ignoreNodes: ['dataValidations']`.)
 */
const LAST_ROW = 1_048_576;

/** exceljs, loaded only by the commands that build a workbook (it is heavy, and CommonJS: required in sync). */
let excel: typeof ExcelJS | null = null;
const exceljs = (): typeof ExcelJS => {
  excel ??= createRequire(import.meta.url)('exceljs') as typeof ExcelJS;
  return excel;
};

/** What the local commands use of a workbook, whichever way it was opened. */
export interface XlsxWorkbook extends Workbook {
  readTables(names: readonly string[], opts?: ReadOptions): Tables;
  writeRanges(writes: readonly RangeWrite[]): void;
  appendRows(tab: string, rows: readonly (readonly CellOut[])[]): void;
  protectRows(tab: string, rows: readonly number[]): void;
  /** Unlock them again (a revision reopens the signed rows for their owner). */
  unprotectRows(tab: string, rows: readonly number[]): void;
  save(path: string): Promise<void>;
  sheetNames(): string[];
  /** Drop what was read, keeping the edits, before a final save (no read or write may follow). */
  releaseReads?(): void;
}

export const XlsxWorkbook = {
  /** A new workbook with every tab laid out (in memory until saved). */
  create(): XlsxWorkbook {
    return ExcelWorkbook.create();
  },
  /** An existing file, read on demand and saved by patching. */
  open(path: string, opts?: OpenOptions): Promise<XlsxWorkbook> {
    return PackageWorkbook.open(path, opts);
  },
  /**
   * An existing file loaded whole with exceljs (tests look at its layout through it; init patches the package
   * instead: init-upgrade.ts). Data validations are not read: exceljs would expand each open-ended range
   * into a million cells.
   */
  upgrade(path: string): Promise<ExcelWorkbook> {
    return ExcelWorkbook.open(path);
  },
};

export class ExcelWorkbook implements XlsxWorkbook {
  private constructor(private readonly book: ExcelJS.Workbook) {}

  static create(): ExcelWorkbook {
    const wb = new ExcelWorkbook(new (exceljs().Workbook)());
    wb.book.creator = 'Kinerja Sheets';
    wb.setUp();
    return wb;
  }

  static async open(path: string): Promise<ExcelWorkbook> {
    try {
      await access(path, constants.R_OK);
    } catch {
      throw new LocalError('berkas.tidakAda', { path }, 1);
    }
    const book = new (exceljs().Workbook)();
    try {
      await book.xlsx.readFile(path, { ignoreNodes: ['dataValidations'] });
    } catch {
      throw new LocalError('berkas.bukanXlsx', { path }, 1);
    }
    return new ExcelWorkbook(book);
  }

  /** Create missing tabs and columns; never moves or removes what is there. */
  setUp(): void {
    for (const spec of TABS) {
      const layout = tabLayout(spec);
      let ws = this.book.getWorksheet(spec.name);
      const isNew = !ws;
      ws ??= this.book.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
      const existing = isNew ? [] : headerOf(ws);
      const header = upgradeHeader(spec, existing);
      header.forEach((h, i) => {
        ws.getRow(1).getCell(i + 1).value = h;
      });
      if (spec === pengaturanTab) {
        // a new tab gets every default row; an older one the keys introduced since, at the end
        const ada = isNew ? [] : kunciPengaturan(this.readTables([spec.name])[spec.name] ?? []);
        const rows = isNew ? defaultSettingRows() : barisPengaturanKurang(ada);
        this.appendRows(
          spec.name,
          rows.map((r) => recordToCells(pengaturanTab, r, header).map((v) => v ?? null)),
        );
      }
      applyLayout(ws, layout, header);
      if (spec === pengaturanTab) noteSettingKeys(ws, header);
    }
  }

  readTables(names: readonly string[]): Tables {
    const tables: Record<string, Cell[][]> = {};
    for (const name of names) {
      const ws = this.book.getWorksheet(name);
      if (!ws) continue;
      const rows: Cell[][] = [];
      const width = ws.columnCount;
      for (let r = 1; r <= ws.rowCount; r++) {
        const row = ws.getRow(r);
        const cells: Cell[] = [];
        for (let c = 1; c <= width; c++) cells.push(fromExcel(row.getCell(c).value));
        rows.push(cells);
      }
      tables[name] = rows;
    }
    return tables;
  }

  writeRanges(writes: readonly RangeWrite[]): void {
    for (const w of writes) {
      const ws = this.sheet(w.tab);
      w.values.forEach((cells, r) => {
        const row = ws.getRow(w.row + r);
        cells.forEach((v, c) => {
          row.getCell(w.column + c).value = v;
        });
        row.commit();
      });
    }
  }

  appendRows(tab: string, rows: readonly (readonly CellOut[])[]): void {
    const ws = this.sheet(tab);
    let last = ws.rowCount;
    while (last > 1 && isBlankRow(ws.getRow(last))) last--;
    rows.forEach((cells, i) => {
      const row = ws.getRow(last + 1 + i);
      cells.forEach((v, c) => {
        row.getCell(c + 1).value = v;
      });
      row.commit();
    });
  }

  /** Lock the content cells of signed rows (the format's sheet protection enforces it). */
  protectRows(tab: string, rows: readonly number[]): void {
    this.lockRows(tab, rows, true);
  }

  unprotectRows(tab: string, rows: readonly number[]): void {
    this.lockRows(tab, rows, false);
  }

  private lockRows(tab: string, rows: readonly number[], locked: boolean): void {
    const ws = this.sheet(tab);
    const spec = TABS.find((t) => t.name === tab);
    if (!spec) return;
    const lockedHeaders = new Set(
      tabLayout(spec)
        .columns.filter((c) => c.locked)
        .map((c) => normalizeHeader(c.header)),
    );
    const keys = headerKeys(spec, headerOf(ws));
    for (const r of rows) {
      keys.forEach((key, i) => {
        if (lockedHeaders.has(key)) ws.getRow(r).getCell(i + 1).protection = { locked };
      });
    }
  }

  /**
   * The grade dropdown of each row whose indicator is on a scale (Target, Target TW I-IV, Realisasi), as the
   * add-on's set-up writes them (shared/capaian/pilihan-nilai.ts); a numeric row has none.
   */
  setGradeDropdowns(): void {
    const k = parseKantor(this.readTables(TAB_NAMES));
    for (const kolom of pilihanNilai(k)) {
      const ws = this.book.getWorksheet(kolom.tab);
      if (!ws) continue;
      // exceljs supports cell validations but its typings omit `dataValidations`
      const validations = (
        ws as unknown as {
          dataValidations: { add(a: string, r: ExcelJS.DataValidation): void; remove(a: string): void };
        }
      ).dataValidations;
      const letter = ws.getColumn(kolom.kolom).letter;
      kolom.nilai.forEach((grades, i) => {
        const address = `${letter}${i + 2}`;
        if (!grades) {
          validations.remove(address);
          return;
        }
        validations.add(address, {
          type: 'list',
          allowBlank: true,
          showErrorMessage: true,
          errorStyle: 'stop',
          formulae: [`"${grades.join(',')}"`],
          error: `Pilih salah satu: ${grades.join(', ')}`,
        });
      });
    }
  }

  /** Write atomically: a temporary file next to the target, then rename over it. */
  async save(path: string): Promise<void> {
    this.setGradeDropdowns();
    const bytes = Buffer.from(await this.book.xlsx.writeBuffer());
    await writeAtomically(path, bytes);
  }

  sheetNames(): string[] {
    return this.book.worksheets.map((w) => w.name);
  }

  /** For tests: the underlying exceljs workbook. */
  get raw(): ExcelJS.Workbook {
    return this.book;
  }

  private sheet(name: string): ExcelJS.Worksheet {
    return this.book.getWorksheet(name) ?? this.book.addWorksheet(name);
  }
}

function headerOf(ws: ExcelJS.Worksheet): string[] {
  const cells: string[] = [];
  for (let c = 1; c <= ws.columnCount; c++) {
    const v = fromExcel(ws.getRow(1).getCell(c).value);
    cells.push(v === null || v === undefined ? '' : String(v));
  }
  return cells;
}

function isBlankRow(row: ExcelJS.Row): boolean {
  let blank = true;
  row.eachCell((cell) => {
    const v = fromExcel(cell.value);
    if (v !== null && v !== undefined && v !== '') blank = false;
  });
  return blank;
}

/** exceljs cell values -> the plain cells the core reads. */
export function fromExcel(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('hyperlink' in value) return value.hyperlink || (typeof value.text === 'string' ? value.text : null);
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      return result === undefined || (typeof result === 'object' && !(result instanceof Date))
        ? null
        : (result as Cell);
    }
    if ('error' in value) return null;
  }
  return String(value);
}

function excelValidation(layout: TabLayout['columns'][number]): ExcelJS.DataValidation | null {
  const v = layout.validasi;
  const base = { allowBlank: true, showErrorMessage: true, errorStyle: 'stop' as const };
  if (!v) return null;
  switch (v.type) {
    case 'list':
      return {
        ...base,
        type: 'list',
        formulae: [`"${v.values.join(',')}"`],
        error: `Pilih salah satu: ${v.values.join(', ')}`,
      };
    case 'number':
      return {
        ...base,
        type: 'decimal',
        operator: 'between',
        formulae: [-1e15, 1e15],
        error: 'Isi dengan angka.',
      };
    case 'integer':
      return {
        ...base,
        type: 'whole',
        operator: 'between',
        formulae: [0, 1e9],
        error: 'Isi dengan bilangan bulat.',
      };
    case 'email':
      return {
        ...base,
        type: 'custom',
        formulae: ['ISNUMBER(SEARCH("@",INDIRECT("RC",FALSE)))'],
        error: 'Isi dengan alamat email.',
      };
    case 'url':
      return {
        ...base,
        type: 'custom',
        formulae: ['LEFT(INDIRECT("RC",FALSE),4)="http"'],
        error: 'Tempel tautan yang diawali https://',
      };
  }
}

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

/** Each known Pengaturan key gets a note on its Kunci cell: what the value means, with an example. */
function noteSettingKeys(ws: ExcelJS.Worksheet, header: readonly string[]): void {
  const kunci = header.findIndex((h) => normalizeHeader(h) === 'kunci') + 1;
  if (kunci === 0) return;
  ws.eachRow((row, r) => {
    const note = r > 1 ? catatanPengaturan(String(row.getCell(kunci).value ?? '').trim()) : null;
    if (note) row.getCell(kunci).note = note;
  });
}

function applyLayout(ws: ExcelJS.Worksheet, layout: TabLayout, header: readonly string[]): void {
  const byHeader = new Map(layout.columns.map((c) => [normalizeHeader(c.header), c]));
  const keys = headerKeys(
    TABS.find((t) => t.name === layout.name) ?? { name: '', columns: {}, key: [] },
    header,
  );
  header.forEach((_h, i) => {
    const col = byHeader.get(keys[i] ?? '');
    const column = ws.getColumn(i + 1);
    const headerCell = ws.getRow(1).getCell(i + 1);
    headerCell.font = { bold: true };
    headerCell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F0FE' } };
    headerCell.protection = { locked: true };
    if (!col) return;
    column.width = col.width;
    // input and system columns look different; long text wraps; hashes sit in a collapsed group
    headerCell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(col.headerColour) } };
    if (col.wrap) column.alignment = { wrapText: true, vertical: 'top' };
    if (col.technical) {
      // a collapsed group: Excel and LibreOffice show a + to open it
      column.outlineLevel = 1;
      column.hidden = true;
    }
    if (col.numberFormat) column.numFmt = col.numberFormat;
    headerCell.note = col.note;
    if (col.valueColours.length)
      ws.addConditionalFormatting({
        ref: `${column.letter}2:${column.letter}${LAST_ROW}`,
        rules: col.valueColours.map((c, priority) => ({
          type: 'cellIs' as const,
          operator: 'equal' as const,
          formulae: [`"${c.value}"`],
          priority: priority + 1,
          style: {
            fill: { type: 'pattern' as const, pattern: 'solid' as const, bgColor: { argb: argb(c.colour) } },
          },
        })),
      });
    // people may edit content columns; system columns and whole system tabs stay locked
    column.protection = { locked: layout.systemOnly || col.system };
    headerCell.protection = { locked: true };
    const rule = layout.systemOnly || col.system ? null : excelValidation(col);
    const letter = column.letter;
    // exceljs supports range validations but its typings omit `dataValidations`
    const validations = (
      ws as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }
    ).dataValidations;
    if (rule) validations.add(`${letter}2:${letter}${LAST_ROW}`, rule);
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  void ws.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatCells: true,
    formatColumns: true,
    formatRows: true,
    insertRows: !layout.systemOnly,
    deleteRows: !layout.systemOnly,
    insertColumns: false,
    sort: true,
    autoFilter: true,
  });
}
