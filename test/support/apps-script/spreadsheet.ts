/// <reference types="google-apps-script" />
// A fake of SpreadsheetApp's spreadsheet, sheets and ranges that holds real cell values, number formats,
// notes, validations, protections, conditional format rules and charts, and behaves like Sheets where it
// matters here: setValues interprets text as a person typing it (a leading `=` makes a formula, digits
// become numbers, a leading apostrophe keeps text) unless the cell is formatted as plain text.
import { type CallCounter, fluent } from './counter';

type Value = string | number | boolean | Date;
type GS = typeof GoogleAppsScript.Spreadsheet;

export interface Formula {
  readonly formula: string;
}

export class FakeProtection
  implements
    Pick<
      GoogleAppsScript.Spreadsheet.Protection,
      | 'setDescription'
      | 'getDescription'
      | 'getEditors'
      | 'removeEditors'
      | 'addEditors'
      | 'canDomainEdit'
      | 'setDomainEdit'
    >
{
  description = '';
  editors: string[];
  domainEdit = true;
  /** The counted proxy of this protection: what its chained methods return. */
  self: unknown = this;

  constructor(
    readonly sheet: FakeSheet,
    readonly type: 'SHEET' | 'RANGE',
    readonly area: { row: number; column: number; rows: number; columns: number } | null,
    owner: string,
  ) {
    this.editors = [owner];
  }

  setDescription(d: string): GoogleAppsScript.Spreadsheet.Protection {
    this.description = d;
    return this.self as GoogleAppsScript.Spreadsheet.Protection;
  }
  getDescription(): string {
    return this.description;
  }
  getEditors(): GoogleAppsScript.Base.User[] {
    return this.editors.map((e) => ({ getEmail: () => e }) as GoogleAppsScript.Base.User);
  }
  removeEditors(users: (string | GoogleAppsScript.Base.User)[]): GoogleAppsScript.Spreadsheet.Protection {
    const drop = new Set(users.map((u) => (typeof u === 'string' ? u : u.getEmail())));
    this.editors = this.editors.filter((e) => !drop.has(e));
    return this as unknown as GoogleAppsScript.Spreadsheet.Protection;
  }
  addEditors(emails: string[]): GoogleAppsScript.Spreadsheet.Protection {
    for (const e of emails) if (!this.editors.includes(e)) this.editors.push(e);
    return this as unknown as GoogleAppsScript.Spreadsheet.Protection;
  }
  canDomainEdit(): boolean {
    return this.domainEdit;
  }
  setDomainEdit(v: boolean): GoogleAppsScript.Spreadsheet.Protection {
    this.domainEdit = v;
    return this as unknown as GoogleAppsScript.Spreadsheet.Protection;
  }
  covers(row: number): boolean {
    return (
      this.type === 'SHEET' ||
      (this.area !== null && row >= this.area.row && row < this.area.row + this.area.rows)
    );
  }
}

export class FakeRange {
  constructor(
    private readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly rows: number,
    readonly columns: number,
    private readonly counter: CallCounter,
  ) {
    if (row < 1 || column < 1 || rows < 1 || columns < 1)
      throw new Error(`Invalid range ${row},${column},${rows},${columns}`);
  }

  getValues(): Value[][] {
    return Array.from({ length: this.rows }, (_, r) =>
      Array.from({ length: this.columns }, (_, c) => {
        const v = this.sheet.cell(this.row + r, this.column + c);
        return v === undefined || v === null
          ? ''
          : typeof v === 'object' && 'formula' in (v as object)
            ? `#FORMULA ${(v as Formula).formula}`
            : (v as Value);
      }),
    );
  }

  setValues(values: unknown[][]): FakeRange {
    if (values.length !== this.rows || values.some((r) => r.length !== this.columns)) {
      throw new Error(
        `The number of rows or columns in the data does not match the range (${values.length}x${values[0]?.length} vs ${this.rows}x${this.columns})`,
      );
    }
    for (const [i, r] of values.entries())
      for (const [j, v] of r.entries()) this.sheet.setCell(this.row + i, this.column + j, v);
    return this;
  }

  setNumberFormat(format: string): FakeRange {
    for (let c = 0; c < this.columns; c++) this.sheet.formats.set(this.column + c, format);
    return this;
  }
  setNote(note: string): FakeRange {
    this.sheet.notes.set(`${this.row}:${this.column}`, note);
    return this;
  }
  setDataValidation(rule: unknown): FakeRange {
    for (let c = 0; c < this.columns; c++) this.sheet.validations.set(this.column + c, rule as FakeRule);
    return this;
  }
  /** Range.setWrap(Boolean): https://developers.google.com/apps-script/reference/spreadsheet/range#setWrap(Boolean) */
  setWrap(wrap: boolean): FakeRange {
    for (let c = 0; c < this.columns; c++)
      if (wrap) this.sheet.wraps.add(this.column + c);
      else this.sheet.wraps.delete(this.column + c);
    return this;
  }
  setFontWeight(_w: string): FakeRange {
    return this;
  }
  setBackground(_c: string): FakeRange {
    return this;
  }
  protect(): FakeProtection {
    const p = new FakeProtection(
      this.sheet,
      'RANGE',
      { row: this.row, column: this.column, rows: this.rows, columns: this.columns },
      this.sheet.ss.owner,
    );
    this.sheet.protections.push(p);
    p.self = this.counter.wrap('Protection', p);
    return p.self as FakeProtection;
  }
  activate(): FakeRange {
    this.sheet.ss.active = { sheet: this.sheet.name, row: this.row, column: this.column };
    return this;
  }
  getA1Notation(): string {
    return `${this.row},${this.column}`;
  }
}

export interface FakeRule {
  readonly kind: string;
  readonly args: unknown[];
  readonly helpText?: string;
}

export class FakeSheet {
  readonly cells: unknown[][] = [];
  readonly formats = new Map<number, string>();
  readonly notes = new Map<string, string>();
  /** Column widths in pixels, and wrapping columns, as set-up left them. */
  readonly widths = new Map<number, number>();
  readonly wraps = new Set<number>();
  readonly validations = new Map<number, FakeRule>();
  readonly protections: FakeProtection[] = [];
  conditionalRules: unknown[] = [];
  readonly charts: unknown[] = [];
  frozenRows = 0;
  maxRows = 1000;

  constructor(
    readonly ss: FakeSpreadsheet,
    readonly name: string,
    private readonly counter: CallCounter,
  ) {}

  cell(row: number, column: number): unknown {
    return this.cells[row - 1]?.[column - 1];
  }

  setCell(row: number, column: number, raw: unknown): void {
    this.cells[row - 1] ??= [];
    const row0 = this.cells[row - 1] as unknown[];
    row0[column - 1] = this.interpret(raw, this.formats.get(column) === '@');
    this.maxRows = Math.max(this.maxRows, row);
  }

  /** What Sheets stores when a value is written with setValues. */
  private interpret(raw: unknown, plainText: boolean): unknown {
    if (typeof raw !== 'string') return raw === null || raw === undefined ? '' : raw;
    if (raw.startsWith("'")) return raw.slice(1);
    if (plainText) return raw;
    if (
      raw.startsWith('=') ||
      raw.startsWith('+') ||
      (raw.startsWith('-') && raw.length > 1 && !/^-\d/.test(raw)) ||
      raw.startsWith('@')
    ) {
      return { formula: raw } satisfies Formula;
    }
    if (/^-?\d+(\.\d+)?$/.test(raw.trim())) return Number(raw);
    return raw;
  }

  lastRow(): number {
    for (let r = this.cells.length; r > 0; r--)
      if ((this.cells[r - 1] ?? []).some((v) => v !== '' && v !== undefined && v !== null)) return r;
    return 0;
  }
  lastColumn(): number {
    let max = 0;
    for (const row of this.cells) {
      for (const [c, v] of (row ?? []).entries())
        if (v !== '' && v !== undefined && v !== null) max = Math.max(max, c + 1);
    }
    return max;
  }

  // --- the Sheet API used by the add-on ---
  getName(): string {
    return this.name;
  }
  getRange(row: number, column: number, rows = 1, columns = 1): FakeRange {
    return this.counter.wrap('Range', new FakeRange(this, row, column, rows, columns, this.counter));
  }
  getDataRange(): FakeRange {
    return this.getRange(1, 1, Math.max(1, this.lastRow()), Math.max(1, this.lastColumn()));
  }
  getLastColumn(): number {
    return this.lastColumn();
  }
  getLastRow(): number {
    return this.lastRow();
  }
  getMaxRows(): number {
    return this.maxRows;
  }
  /**
   * Sheet.setColumnWidth(columnPosition, width), width in pixels; positions start at 1:
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#setColumnWidth(Integer,Integer)
   */
  setColumnWidth(column: number, width: number): FakeSheet {
    if (!Number.isInteger(column) || column < 1) throw new Error(`Invalid column position ${column}`);
    this.widths.set(column, width);
    return this;
  }
  setFrozenRows(n: number): FakeSheet {
    this.frozenRows = n;
    return this;
  }
  setConditionalFormatRules(rules: unknown[]): void {
    this.conditionalRules = rules;
  }
  getProtections(type: string): FakeProtection[] {
    return this.protections.filter((p) => p.type === type);
  }
  protect(): FakeProtection {
    const p = new FakeProtection(this, 'SHEET', null, this.ss.owner);
    this.protections.push(p);
    p.self = this.counter.wrap('Protection', p);
    return p.self as FakeProtection;
  }
  getCharts(): unknown[] {
    return this.charts;
  }
  newChart(): unknown {
    const spec = {
      type: '',
      ranges: [] as string[],
      options: {} as Record<string, unknown>,
      headers: 0,
      position: [] as number[],
    };
    return fluent(spec, {
      asBarChart: (c) => {
        c.type = 'bar';
      },
      addRange: (c, r: FakeRange) => {
        c.ranges.push(r.getA1Notation());
      },
      setNumHeaders: (c, n: number) => {
        c.headers = n;
      },
      setOption: (c, k: string, v: unknown) => {
        c.options[k] = v;
      },
      setPosition: (c, ...p: number[]) => {
        c.position = p;
      },
    });
  }
  insertChart(chart: unknown): void {
    this.charts.push(chart);
  }

  /** Can `email` edit `row` (protections that cover it and do not list them)? */
  canEdit(email: string, row: number): boolean {
    return this.protections.filter((p) => p.covers(row)).every((p) => p.editors.includes(email));
  }
}

export class FakeSpreadsheet {
  readonly sheets: FakeSheet[] = [];
  active: { sheet: string; row: number; column: number } | null = null;

  constructor(
    private readonly counter: CallCounter,
    readonly owner = 'owner@nganjukkab.go.id',
    readonly id = 'office-nganjuk-dprd-0001',
  ) {}

  getSheetByName(name: string): FakeSheet | null {
    const s = this.sheets.find((x) => x.name === name);
    return s ? this.counter.wrap('Sheet', s) : null;
  }
  insertSheet(name: string): FakeSheet {
    if (this.sheets.some((x) => x.name === name))
      throw new Error(`A sheet with the name "${name}" already exists.`);
    const s = new FakeSheet(this, name, this.counter);
    this.sheets.push(s);
    return this.counter.wrap('Sheet', s);
  }
  getOwner(): { getEmail(): string } {
    return { getEmail: () => this.owner };
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  getId(): string {
    return this.id;
  }

  /** Test helpers (not counted): a sheet by name and its values as the add-on would read them. */
  raw(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }
  load(tables: Record<string, unknown[][]>, textColumns: Record<string, string[]> = {}): void {
    for (const [name, rows] of Object.entries(tables)) {
      const s = this.sheets.find((x) => x.name === name) ?? new FakeSheet(this, name, this.counter);
      if (!this.sheets.includes(s)) this.sheets.push(s);
      const header = (rows[0] ?? []) as string[];
      for (const h of textColumns[name] ?? []) {
        const c = header.indexOf(h);
        if (c >= 0) s.formats.set(c + 1, '@');
      }
      for (const [i, r] of rows.entries()) {
        for (const [j, v] of r.entries())
          s.setCell(i + 1, j + 1, v === null || v === undefined ? '' : typeof v === 'string' ? `'${v}` : v);
      }
    }
  }
}

export type { GS };

// The fakes implement methods of the real services by name: a misspelt or invented method fails to compile.
type Real<T, K extends keyof T> = K;
export type FakedSpreadsheet = Real<
  GoogleAppsScript.Spreadsheet.Spreadsheet,
  'getSheetByName' | 'insertSheet' | 'getOwner' | 'getUrl' | 'getId'
>;
export type FakedSheet = Real<
  GoogleAppsScript.Spreadsheet.Sheet,
  | 'getName'
  | 'getRange'
  | 'getDataRange'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getMaxRows'
  | 'setFrozenRows'
  | 'setColumnWidth'
  | 'setConditionalFormatRules'
  | 'getProtections'
  | 'protect'
  | 'getCharts'
  | 'newChart'
  | 'insertChart'
>;
export type FakedRange = Real<
  GoogleAppsScript.Spreadsheet.Range,
  | 'getValues'
  | 'setValues'
  | 'setNumberFormat'
  | 'setNote'
  | 'setDataValidation'
  | 'setFontWeight'
  | 'setWrap'
  | 'setBackground'
  | 'protect'
  | 'activate'
  | 'getA1Notation'
>;
