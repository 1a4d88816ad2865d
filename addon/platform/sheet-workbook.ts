// The Workbook port on SpreadsheetApp: each tab read once (getDataRange().getValues()), each write one
// setValues, text from people never taken as a formula, and signed rows protected for the administrators.
import {
  asLiteralText,
  type Cell,
  type CellOut,
  type RangeWrite,
  type Tables,
  type Workbook,
} from '../../shared';

export class SheetWorkbook implements Workbook {
  private readonly sheets = new Map<string, GoogleAppsScript.Spreadsheet.Sheet | null>();
  private readonly lengths = new Map<string, number>();
  private readonly widths = new Map<string, number>();

  constructor(readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet) {}

  sheet(name: string): GoogleAppsScript.Spreadsheet.Sheet | null {
    if (!this.sheets.has(name)) this.sheets.set(name, this.ss.getSheetByName(name));
    return this.sheets.get(name) ?? null;
  }

  readTables(names: readonly string[]): Tables {
    const tables: Record<string, Cell[][]> = {};
    for (const name of names) {
      const sheet = this.sheet(name);
      if (!sheet) continue;
      const values = sheet.getDataRange().getValues() as Cell[][];
      let length = values.length;
      while (length > 1 && (values[length - 1] ?? []).every((c) => c === '' || c === null)) length--;
      tables[name] = values;
      this.lengths.set(name, length);
      this.widths.set(name, values[0]?.length ?? 0);
    }
    return tables;
  }

  writeRanges(writes: readonly RangeWrite[]): void {
    for (const w of writes) {
      const sheet = this.sheet(w.tab);
      if (!sheet) continue;
      const width = Math.max(1, ...w.values.map((r) => r.length));
      const values = w.values.map((r) =>
        Array.from({ length: width }, (_, i) => asLiteralText(r[i] ?? null) ?? ''),
      );
      sheet.getRange(w.row, w.column, values.length, width).setValues(values);
    }
  }

  appendRows(tab: string, rows: readonly (readonly CellOut[])[]): void {
    const start = (this.lengths.get(tab) ?? 1) + 1;
    this.lengths.set(tab, start - 1 + rows.length);
    this.writeRanges([{ tab, row: start, column: 1, values: rows }]);
  }

  /** Protect whole rows (one protection per run of consecutive rows), editable by the given editors only. */
  protectRows(tab: string, rows: readonly number[], editors: readonly string[], description: string): void {
    const sheet = this.sheet(tab);
    if (!sheet || rows.length === 0) return;
    const sorted = [...new Set(rows)].sort((a, b) => a - b);
    const width = Math.max(1, this.widths.get(tab) ?? sheet.getLastColumn());
    let start = sorted[0] as number;
    let prev = start;
    const flush = (from: number, to: number) => {
      const protection = sheet
        .getRange(from, 1, to - from + 1, width)
        .protect()
        .setDescription(description);
      protection.removeEditors(protection.getEditors());
      if (editors.length) protection.addEditors([...editors]);
      if (protection.canDomainEdit()) protection.setDomainEdit(false);
    };
    for (const r of sorted.slice(1)) {
      if (r !== prev + 1) {
        flush(start, prev);
        start = r;
      }
      prev = r;
    }
    flush(start, prev);
  }
}
