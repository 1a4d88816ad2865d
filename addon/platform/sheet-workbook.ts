// The Workbook port on SpreadsheetApp: each tab read once (getDataRange().getValues()), each write one
// setValues, text from people never taken as a formula, appends after growing the grid (a range past
// getMaxRows() is refused: https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(Integer,Integer,Integer,Integer)),
// and signed rows protected for the administrators, the owner and the signer. Date cells are handed to the
// core as the core reads them (`shared/locale/date.ts`): a Date whose UTC fields are the cell's wall-clock
// time. getValues returns the instant the cell's wall-clock time has in the spreadsheet's time zone, so the
// shell adds that zone's offset back (Utilities.formatDate with `Z`:
// https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)) —
// a timestamp then reads as written even after the spreadsheet's time zone is changed.
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
  private zone: string | null = null;
  /** The spreadsheet zone's offset (minutes) by quarter hour: zones change offset on a quarter hour. */
  private readonly offsets = new Map<number, number>();

  constructor(
    readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
    /** The user the add-on runs as (read from Session when not given). */
    private currentUser?: string,
  ) {}

  private me(): string {
    this.currentUser ??= Session.getActiveUser().getEmail();
    return this.currentUser;
  }

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
      for (const row of values)
        for (let i = 0; i < row.length; i++) {
          const c = row[i];
          if (c instanceof Date) row[i] = this.wallClock(c);
        }
      let length = values.length;
      while (length > 1 && (values[length - 1] ?? []).every((c) => c === '' || c === null)) length--;
      tables[name] = values;
      this.lengths.set(name, length);
      this.widths.set(name, values[0]?.length ?? 0);
    }
    return tables;
  }

  /** A Date from getValues as its wall-clock time in the spreadsheet's time zone (in its UTC fields). */
  private wallClock(d: Date): Date {
    const ms = d.getTime();
    if (Number.isNaN(ms)) return d;
    const quarter = Math.floor(ms / 900_000);
    let offset = this.offsets.get(quarter);
    if (offset === undefined) {
      this.zone ??= this.ss.getSpreadsheetTimeZone();
      const m = /^([+-])(\d{2})(\d{2})$/.exec(Utilities.formatDate(d, this.zone, 'Z'));
      offset = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
      this.offsets.set(quarter, offset);
    }
    return new Date(ms + offset * 60_000);
  }

  /** Each write one setValues; writes into adjacent rows with the same columns are sent as one. */
  writeRanges(writes: readonly RangeWrite[]): void {
    for (const w of mergeAdjacent(writes)) {
      const sheet = this.sheet(w.tab);
      if (!sheet) continue;
      const width = Math.max(1, ...w.values.map((r) => r.length));
      const values = w.values.map((r) =>
        Array.from({ length: width }, (_, i) => asLiteralText(r[i] ?? null) ?? ''),
      );
      sheet.getRange(w.row, w.column, values.length, width).setValues(values);
    }
  }

  /**
   * After the tab's last row with content, asked at write time (under the document lock no other add-on
   * execution appends meanwhile, but the recap service appends to Riwayat without it: a row it added after
   * this execution read the tab must not be overwritten). The grid grows first when the rows would pass
   * getMaxRows(): only insertRowsAfter / appendRow grow a sheet
   * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertRowsAfter(Integer,Integer)).
   */
  appendRows(tab: string, rows: readonly (readonly CellOut[])[]): void {
    const sheet = this.sheet(tab);
    if (!sheet || rows.length === 0) return;
    const start = Math.max(this.lengths.get(tab) ?? 1, sheet.getLastRow()) + 1;
    const last = start + rows.length - 1;
    const max = sheet.getMaxRows();
    if (last > max) sheet.insertRowsAfter(max, last - max);
    this.lengths.set(tab, last);
    this.writeRanges([{ tab, row: start, column: 1, values: rows }]);
  }

  /**
   * Protect whole rows (one protection per person and document: one per run of consecutive rows), editable
   * by `editors`, the owner and the current user only. A new protection mirrors the spreadsheet's editors
   * (https://developers.google.com/apps-script/reference/spreadsheet/range#protect()), so the editors to
   * add (the current user first, when their right comes through a group) and to remove are worked out once
   * per execution from Spreadsheet.getEditors(): each protection then costs getRange, protect and one
   * removeEditors (plus one addEditors / setDomainEdit only where needed).
   */
  protectRows(tab: string, rows: readonly number[], editors: readonly string[], _description: string): void {
    const sheet = this.sheet(tab);
    if (!sheet || rows.length === 0) return;
    const sorted = [...new Set(rows)].sort((a, b) => a - b);
    const width = Math.max(1, this.widths.get(tab) ?? sheet.getLastColumn());
    const plan = this.editorPlan(editors);
    let start = sorted[0] as number;
    let prev = start;
    const flush = (from: number, to: number) => {
      const range = sheet.getRange(from, 1, to - from + 1, width);
      let protection: GoogleAppsScript.Spreadsheet.Protection;
      try {
        // no setDescription: a bulk signing of 50 must stay within its call budget; the range and its
        // editors identify the protection in Data > Protected sheets and ranges
        protection = range.protect();
      } catch (error) {
        // Sheets refuses a protection over cells already protected against this user (e.g. an acting
        // superior signing the RA of rows the PK's signer protected): those rows stay protected as they are
        if (/protected cell or object/.test(String((error as Error)?.message ?? error))) return;
        throw error;
      }
      if (plan.add.length) protection.addEditors(plan.add);
      if (plan.remove.length) protection.removeEditors(plan.remove);
      this.domainEdit ??= protection.canDomainEdit();
      if (this.domainEdit) protection.setDomainEdit(false);
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

  /**
   * Lift the protections that cover only the given rows (a revision reopens an owner's signed rows): the
   * range protections of the tab lying within the rows are removed
   * (https://developers.google.com/apps-script/reference/spreadsheet/protection#remove()); the caller is an
   * administrator, an editor of every row protection the add-on makes.
   */
  unprotectRows(tab: string, rows: readonly number[]): void {
    const sheet = this.sheet(tab);
    if (!sheet || rows.length === 0) return;
    const set = new Set(rows);
    for (const protection of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
      const range = protection.getRange();
      const first = range.getRow();
      const n = range.getNumRows();
      let inside = true;
      for (let r = first; r < first + n && inside; r++) inside = set.has(r);
      if (inside && protection.canEdit()) protection.remove();
    }
  }

  private fileEditors: string[] | null = null;
  /** Whether new protections let the whole domain edit (the same for every one: they mirror the file). */
  private domainEdit: boolean | null = null;

  private editorPlan(editors: readonly string[]): { add: string[]; remove: string[] } {
    this.fileEditors ??= this.ss.getEditors().map((u) => u.getEmail().toLowerCase());
    const file = this.fileEditors;
    const wanted = [...new Set([this.me(), ...editors].filter(Boolean).map((e) => e.toLowerCase()))];
    return {
      add: wanted.filter((w) => !file.includes(w)),
      remove: file.filter((e) => !wanted.includes(e)),
    };
  }
}

/**
 * Limit a protection to `editors`, in Google's documented order: the current user is added first (with
 * everyone else wanted, in one call), then the others are removed in one call — removing a group the
 * current user edits through would otherwise throw
 * (https://developers.google.com/apps-script/reference/spreadsheet/protection). The owner and the current
 * user always stay editors (Protection#removeEditors), and domain-wide editing is switched off.
 */
export function restrictTo(
  protection: GoogleAppsScript.Spreadsheet.Protection,
  editors: readonly string[],
): void {
  const wanted = [...new Set(editors.filter(Boolean).map((e) => e.toLowerCase()))];
  protection.addEditors(wanted);
  const others = protection
    .getEditors()
    .map((u) => u.getEmail())
    .filter((e) => !wanted.includes(e.toLowerCase()));
  if (others.length) protection.removeEditors(others);
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
}

/**
 * Writes into consecutive rows of one tab with the same first column and width, as one write (one
 * setValues instead of one per row: a bulk action changes the same cells of many adjacent rows). When a
 * cell is written twice the writes are kept as they are, in order.
 */
export function mergeAdjacent(writes: readonly RangeWrite[]): RangeWrite[] {
  const cells = new Set<string>();
  for (const w of writes) {
    const width = Math.max(1, ...w.values.map((r) => r.length));
    for (let r = w.row; r < w.row + w.values.length; r++)
      for (let c = w.column; c < w.column + width; c++) {
        const key = `${w.tab}!${r}:${c}`;
        if (cells.has(key)) return [...writes];
        cells.add(key);
      }
  }
  const widthOf = (w: RangeWrite) => Math.max(1, ...w.values.map((r) => r.length));
  const sorted = [...writes].sort(
    (a, b) => a.tab.localeCompare(b.tab) || a.column - b.column || widthOf(a) - widthOf(b) || a.row - b.row,
  );
  const out: { tab: string; row: number; column: number; values: (readonly CellOut[])[] }[] = [];
  for (const w of sorted) {
    const last = out[out.length - 1];
    if (
      last &&
      last.tab === w.tab &&
      last.column === w.column &&
      widthOf(last) === widthOf(w) &&
      last.row + last.values.length === w.row
    )
      last.values.push(...w.values);
    else out.push({ tab: w.tab, row: w.row, column: w.column, values: [...w.values] });
  }
  return out;
}
