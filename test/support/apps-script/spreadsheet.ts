/// <reference types="google-apps-script" />
// A fake of SpreadsheetApp's spreadsheet, sheets and ranges that holds real cell values, number formats,
// notes, validations, protections, conditional format rules and charts, and refuses what Sheets refuses.
// Each rule names the page of Google's documentation it follows. The fakes implement the real
// @types/google-apps-script interfaces (`implements Pick<Range, ...>` etc.): a misspelt or invented method, or a
// wrong signature, fails `tsc`.
import { type CallCounter, fluent } from './counter';

type Value = string | number | boolean | Date;
type Protection = GoogleAppsScript.Spreadsheet.Protection;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What a fake hands back where the real service returns its own object (the counted proxy of the fake). */
const as = <T>(x: unknown): T => x as T;

export interface Formula {
  readonly formula: string;
}

// Dates. Sheets keeps a date-time as a serial day number (days since 30 December 1899, the fraction the time
// of day: https://developers.google.com/sheets/api/reference/rest/v4/DateTimeRenderOption) in the
// spreadsheet's time zone (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetTimeZone()).
// A script's Date written with setValues becomes that serial in the spreadsheet's time zone (and the cell
// gets a date format); getValues returns a Date for a cell whose number format is a date or time format, the
// instant its wall-clock time has in the spreadsheet's time zone, and "Number, Boolean, Date, or String,
// depending on the value of the cell" (https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()).
const MINUTE = 60_000;
const DAY = 86_400_000;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/** A cell holding a date-time (a date was written or typed into it): its serial day number. */
export class SheetDate {
  constructor(readonly serial: number) {}
}

const zoneFormats = new Map<string, Intl.DateTimeFormat>();
const zoneOffsets = new Map<string, number>();

/** The UTC offset (minutes) of an IANA time zone at an instant (zones change offset on a quarter hour). */
export function zoneOffsetMinutes(ms: number, timeZone: string): number {
  const key = `${timeZone} ${Math.floor(ms / 900_000)}`;
  let offset = zoneOffsets.get(key);
  if (offset === undefined) {
    offset = zoneOffsetOf(ms, timeZone);
    zoneOffsets.set(key, offset);
  }
  return offset;
}

function zoneOffsetOf(ms: number, timeZone: string): number {
  let format = zoneFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    zoneFormats.set(timeZone, format);
  }
  const name = format.formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

export function serialOfDate(d: Date, timeZone: string): number {
  return (d.getTime() + zoneOffsetMinutes(d.getTime(), timeZone) * MINUTE - SERIAL_EPOCH) / DAY;
}

export function dateOfSerial(serial: number, timeZone: string): Date {
  // a Date holds whole milliseconds: the serial's binary fraction is rounded to the nearest one (a time
  // written to the second reads back to the second, never as 0.999 s before it)
  const wall = Math.round(serial * DAY + SERIAL_EPOCH);
  let t = wall - zoneOffsetMinutes(wall, timeZone) * MINUTE;
  t = wall - zoneOffsetMinutes(t, timeZone) * MINUTE;
  return new Date(t);
}

/** Whether a number format shows a date or a time (day, year, hour or second tokens outside quotes). */
export function isDateTimeFormat(format: unknown): boolean {
  if (typeof format !== 'string' || format === '@') return false;
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '');
  return /[dyhs]/i.test(bare);
}

// https://developers.google.com/apps-script/reference/spreadsheet/protection : a write by a user who is
// not an editor of a protection covering the cells fails with this message (also shown by the Sheets UI).
export const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';
// https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(Integer,Integer,Integer,Integer)
// : a range past getMaxRows()/getMaxColumns() is refused.
export const OUTSIDE_MESSAGE = 'The coordinates of the range are outside the dimensions of the sheet.';
/** Google's grid for a new sheet: https://support.google.com/docs/answer/37603 (a new tab is 1000 x 26). */
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;

interface Area {
  row: number;
  column: number;
  rows: number;
  columns: number;
}
const intersects = (a: Area, b: Area) =>
  a.row < b.row + b.rows &&
  b.row < a.row + a.rows &&
  a.column < b.column + b.columns &&
  b.column < a.column + a.columns;

export class FakeProtection
  implements
    Pick<
      Protection,
      | 'setDescription'
      | 'getDescription'
      | 'getEditors'
      | 'removeEditors'
      | 'addEditors'
      | 'addEditor'
      | 'canDomainEdit'
      | 'setDomainEdit'
      | 'canEdit'
      | 'setWarningOnly'
      | 'isWarningOnly'
      | 'remove'
      | 'getProtectionType'
      | 'getRange'
    >
{
  description = '';
  /** Null while the protection mirrors the spreadsheet's sharing (everyone who can edit the file can edit). */
  editors: string[] | null = null;
  domainEdit: boolean;
  warningOnly = false;
  /** The counted proxy of this protection: what its chained methods return. */
  self: unknown = this;

  constructor(
    readonly sheet: FakeSheet,
    readonly type: 'SHEET' | 'RANGE',
    readonly area: Area | null,
  ) {
    this.domainEdit = sheet.ss.domainShared;
  }

  private get ss(): FakeSpreadsheet {
    return this.sheet.ss;
  }

  /**
   * https://developers.google.com/apps-script/reference/spreadsheet/protection#removeEditors(String)
   * "Neither the owner of the spreadsheet nor the current user can be removed", and the owner can always
   * edit (https://support.google.com/docs/answer/1218656: owners can always edit protected ranges).
   */
  allows(email: string): boolean {
    if (this.warningOnly || this.editors === null) return true;
    if (this.domainEdit && this.ss.domainShared) return true;
    return (
      email === this.ss.owner ||
      this.editors.includes(email) ||
      this.editors.some((e) => this.ss.groups.get(e)?.includes(email))
    );
  }
  /** Changing a protection needs edit rights on it (Protection#canEdit). */
  private mustEdit(): void {
    if (!this.allows(this.ss.user())) throw new Error(PROTECTED_MESSAGE);
  }
  private materialise(): string[] {
    this.editors ??= [this.ss.owner, ...this.ss.editorsOfFile.filter((e) => e !== this.ss.owner)];
    return this.editors;
  }

  setDescription(d: string): Protection {
    this.mustEdit();
    this.description = d;
    return as(this.self);
  }
  getDescription(): string {
    return this.description;
  }
  getEditors(): GoogleAppsScript.Base.User[] {
    return this.materialise().map((e) => as<GoogleAppsScript.Base.User>({ getEmail: () => e }));
  }
  removeEditors(users: (string | GoogleAppsScript.Base.User)[]): Protection {
    this.mustEdit();
    const keep = new Set([this.ss.owner, this.ss.user()]);
    const drop = new Set(users.map((u) => (typeof u === 'string' ? u : u.getEmail())));
    // a user whose right comes from a group cannot be removed from it without losing their own right
    // (https://developers.google.com/apps-script/reference/spreadsheet/protection : "Ensure the current user
    // is an editor before removing others. Otherwise, if the user's edit permission comes from a group, the
    // script throws an exception upon removing the group.")
    const editors = this.materialise();
    for (const group of drop) {
      const members = this.ss.groups.get(group);
      if (
        members?.includes(this.ss.user()) &&
        !editors.includes(this.ss.user()) &&
        this.ss.user() !== this.ss.owner
      )
        throw new Error(`Cannot remove ${group}: you would lose your own access to the protected range.`);
    }
    this.editors = editors.filter((e) => keep.has(e) || !drop.has(e));
    return as(this.self);
  }
  addEditors(emails: string[]): Protection {
    this.mustEdit();
    const editors = this.materialise();
    for (const e of emails) if (!editors.includes(e)) editors.push(e);
    return as(this.self);
  }
  addEditor(email: string | GoogleAppsScript.Base.User): Protection {
    return this.addEditors([typeof email === 'string' ? email : email.getEmail()]);
  }
  canDomainEdit(): boolean {
    return this.domainEdit;
  }
  setDomainEdit(v: boolean): Protection {
    this.mustEdit();
    this.domainEdit = v;
    return as(this.self);
  }
  canEdit(): boolean {
    return this.allows(this.ss.user());
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/protection#setWarningOnly(Boolean) :
  // a warning-only protection shows a warning in the UI and blocks nobody.
  setWarningOnly(v: boolean): Protection {
    this.mustEdit();
    this.warningOnly = v;
    return as(this.self);
  }
  isWarningOnly(): boolean {
    return this.warningOnly;
  }
  remove(): void {
    this.mustEdit();
    const i = this.sheet.protections.indexOf(this);
    if (i >= 0) this.sheet.protections.splice(i, 1);
  }
  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return as(this.type);
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/protection#getRange() : "Gets the range
  // that is being protected. If the protection applies to the sheet instead of a range, this method returns a
  // range that spans the entire sheet."
  getRange(): Range {
    const a = this.area ?? {
      row: 1,
      column: 1,
      rows: this.sheet.getMaxRows(),
      columns: this.sheet.getMaxColumns(),
    };
    return this.sheet.getRange(a.row, a.column, a.rows, a.columns);
  }
  covers(area: Area): boolean {
    return this.type === 'SHEET' || (this.area !== null && intersects(this.area, area));
  }
}

/** An A1 reference: `A1`, `A1:C9`, or open-ended `A2:A` / `A:A` (to the last row, now and after growth). */
export function parseA1(a1: string): { row: number; column: number; rows: number | null; columns: number } {
  const ref = a1.includes('!') ? (a1.split('!').pop() as string) : a1;
  const m = /^\$?([A-Z]+)\$?(\d*)(?::\$?([A-Z]+)\$?(\d*))?$/.exec(ref.trim().toUpperCase());
  if (!m) throw new Error(`Range not found`);
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const c1 = col(m[1] as string);
  const r1 = m[2] ? Number(m[2]) : 1;
  const c2 = m[3] ? col(m[3]) : c1;
  const r2 = m[3] ? (m[4] ? Number(m[4]) : null) : r1;
  return { row: r1, column: c1, rows: r2 === null ? null : r2 - r1 + 1, columns: c2 - c1 + 1 };
}

export function a1Column(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

export class FakeRange
  implements
    Pick<
      Range,
      | 'getValues'
      | 'getValue'
      | 'setValues'
      | 'setValue'
      | 'clearContent'
      | 'setNumberFormat'
      | 'setNote'
      | 'setDataValidation'
      | 'setDataValidations'
      | 'setFontWeight'
      | 'setWrap'
      | 'shiftColumnGroupDepth'
      | 'setBackground'
      | 'protect'
      | 'activate'
      | 'getA1Notation'
      | 'getRow'
      | 'getColumn'
      | 'getNumRows'
      | 'getNumColumns'
    >
{
  constructor(
    private readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly rows: number,
    readonly columns: number,
    private readonly counter: CallCounter,
    /** Made from an A1 reference without a last row (`A2:A`): formats and rules extend with the grid. */
    readonly openEnded = false,
  ) {
    if (row < 1 || column < 1 || rows < 1 || columns < 1)
      throw new Error(`The number of rows in the range must be at least 1.`);
    if (row + rows - 1 > sheet.maxRows || column + columns - 1 > sheet.maxColumns)
      throw new Error(OUTSIDE_MESSAGE);
  }

  private get area(): Area {
    return { row: this.row, column: this.column, rows: this.rows, columns: this.columns };
  }
  private write(): void {
    this.sheet.mustEdit(this.area);
  }

  getValues(): Value[][] {
    return Array.from({ length: this.rows }, (_, r) =>
      Array.from({ length: this.columns }, (_, c) => this.sheet.displayed(this.row + r, this.column + c)),
    );
  }
  getValue(): Value {
    return this.sheet.displayed(this.row, this.column);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object) : "The size of
  // the two-dimensional array must match the size of the range."
  setValues(values: unknown[][]): Range {
    if (values.length !== this.rows)
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${this.rows}.`,
      );
    for (const r of values)
      if (r.length !== this.columns)
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${r.length} but the range has ${this.columns}.`,
        );
    this.write();
    for (const [i, r] of values.entries())
      for (const [j, v] of r.entries()) this.sheet.setCell(this.row + i, this.column + j, v);
    return as(this);
  }
  setValue(value: unknown): Range {
    this.write();
    this.sheet.setCell(this.row, this.column, value);
    return as(this);
  }
  clearContent(): Range {
    this.write();
    for (let r = 0; r < this.rows; r++)
      for (let c = 0; c < this.columns; c++) this.sheet.setCell(this.row + r, this.column + c, '');
    return as(this);
  }

  private rule(kind: 'format' | 'validation', value: unknown): void {
    this.write();
    this.sheet.rules.push({
      kind,
      value,
      row: this.row,
      column: this.column,
      columns: this.columns,
      lastRow: this.openEnded ? Number.POSITIVE_INFINITY : this.row + this.rows - 1,
    });
  }
  setNumberFormat(format: string): Range {
    this.rule('format', format);
    return as(this);
  }
  setNote(note: string): Range {
    this.write();
    this.sheet.notes.set(`${this.row}:${this.column}`, note);
    return as(this);
  }
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): Range {
    this.rule('validation', rule);
    return as(this);
  }
  /**
   * Range.setDataValidations(rules): one rule (or null, clearing it) per cell, indexed by row then column;
   * "the array dimensions must correspond to the range dimensions", otherwise Sheets throws
   * (https://developers.google.com/apps-script/reference/spreadsheet/range#setDataValidations(DataValidation)).
   */
  setDataValidations(rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][]): Range {
    if (rules.length !== this.rows || rules.some((r) => r.length !== this.columns))
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${rules.length} but the range has ${this.rows}.`,
      );
    this.write();
    rules.forEach((row, r) => {
      row.forEach((value, c) => {
        this.sheet.rules.push({
          kind: 'validation',
          value,
          row: this.row + r,
          column: this.column + c,
          columns: 1,
          lastRow: this.row + r,
        });
      });
    });
    return as(this);
  }
  /**
   * Range.shiftColumnGroupDepth(delta): the range's columns one group deeper (or shallower, never below 0)
   * (https://developers.google.com/apps-script/reference/spreadsheet/range#shiftColumnGroupDepth(Integer)).
   */
  shiftColumnGroupDepth(delta: number): Range {
    this.write();
    for (let c = this.column; c < this.column + this.columns; c++) {
      const depth = Math.max(0, this.sheet.columnGroupDepth(c) + delta);
      this.sheet.groupDepths.set(c, depth);
      if (depth === 0) this.sheet.collapsedGroups.delete(c);
    }
    return as(this);
  }
  /** Range.setWrap(Boolean): https://developers.google.com/apps-script/reference/spreadsheet/range#setWrap(Boolean) */
  setWrap(wrap: boolean): Range {
    this.write();
    for (let c = 0; c < this.columns; c++)
      if (wrap) this.sheet.wraps.add(this.column + c);
      else this.sheet.wraps.delete(this.column + c);
    return as(this);
  }
  setFontWeight(_w: string | null): Range {
    this.write();
    return as(this);
  }
  setBackground(_c: string | null): Range {
    this.write();
    return as(this);
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/range#protect() : the new protection
  // mirrors the file's sharing until its editors are changed. A user cannot protect cells that are
  // already protected against them (they could not edit them, so they cannot restrict them either).
  protect(): Protection {
    this.write();
    const p = new FakeProtection(this.sheet, 'RANGE', this.area);
    this.sheet.protections.push(p);
    p.self = this.counter.wrap('Protection', p);
    return as(p.self);
  }
  activate(): Range {
    this.sheet.ss.active = { sheet: this.sheet.name, row: this.row, column: this.column };
    return as(this);
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/range#getA1Notation() : e.g. "A1:E2".
  getA1Notation(): string {
    const first = `${a1Column(this.column)}${this.row}`;
    if (this.rows === 1 && this.columns === 1) return first;
    return `${first}:${a1Column(this.column + this.columns - 1)}${this.openEnded ? '' : this.row + this.rows - 1}`;
  }
  getRow(): number {
    return this.row;
  }
  getColumn(): number {
    return this.column;
  }
  getNumRows(): number {
    return this.rows;
  }
  getNumColumns(): number {
    return this.columns;
  }
}

export interface FakeRule {
  readonly kind: string;
  readonly args: unknown[];
  readonly helpText?: string;
}

interface CellRule {
  readonly kind: 'format' | 'validation';
  readonly value: unknown;
  row: number;
  readonly column: number;
  readonly columns: number;
  lastRow: number;
}

export class FakeSheet
  implements
    Pick<
      Sheet,
      | 'getName'
      | 'getRange'
      | 'getDataRange'
      | 'getLastColumn'
      | 'getLastRow'
      | 'getMaxRows'
      | 'getMaxColumns'
      | 'insertRowsAfter'
      | 'insertColumnsAfter'
      | 'appendRow'
      | 'deleteRow'
      | 'setFrozenRows'
      | 'setColumnWidth'
      | 'getColumnGroupDepth'
      | 'getColumnGroup'
      | 'setConditionalFormatRules'
      | 'getProtections'
      | 'protect'
      | 'getCharts'
      | 'newChart'
      | 'insertChart'
    >
{
  readonly cells: unknown[][] = [];
  readonly notes = new Map<string, string>();
  readonly rules: CellRule[] = [];
  /** Column widths in pixels, and wrapping columns, as set-up left them. */
  readonly widths = new Map<number, number>();
  readonly wraps = new Set<number>();
  /** Column group depth by column, and the columns whose (depth-1) group is collapsed, i.e. hidden. */
  readonly groupDepths = new Map<number, number>();
  readonly collapsedGroups = new Set<number>();
  readonly protections: FakeProtection[] = [];
  conditionalRules: unknown[] = [];
  readonly charts: unknown[] = [];
  frozenRows = 0;
  maxRows = NEW_SHEET_ROWS;
  maxColumns = NEW_SHEET_COLUMNS;

  constructor(
    readonly ss: FakeSpreadsheet,
    readonly name: string,
    private readonly counter: CallCounter,
  ) {}

  columnGroupDepth(column: number): number {
    return this.groupDepths.get(column) ?? 0;
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#getColumnGroupDepth(Integer) */
  getColumnGroupDepth(columnIndex: number): number {
    return this.columnGroupDepth(columnIndex);
  }
  /**
   * The group of depth `groupDepth` over a column: the run of adjacent columns at least that deep, null when
   * there is none (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getColumnGroup(Integer,Integer)).
   * Collapsing it hides its columns (https://developers.google.com/apps-script/reference/spreadsheet/group).
   */
  getColumnGroup(columnIndex: number, groupDepth: number): GoogleAppsScript.Spreadsheet.Group | null {
    if (groupDepth < 1 || this.columnGroupDepth(columnIndex) < groupDepth) return null;
    let first = columnIndex;
    while (this.columnGroupDepth(first - 1) >= groupDepth) first--;
    let last = columnIndex;
    while (this.columnGroupDepth(last + 1) >= groupDepth) last++;
    const columns = Array.from({ length: last - first + 1 }, (_, i) => first + i);
    const group = {
      collapse: () => {
        for (const c of columns) this.collapsedGroups.add(c);
        return group;
      },
      expand: () => {
        for (const c of columns) this.collapsedGroups.delete(c);
        return group;
      },
      isCollapsed: () => columns.every((c) => this.collapsedGroups.has(c)),
      getDepth: () => groupDepth,
    };
    return as(this.counter.wrap('Group', group));
  }

  /** Throws Google's message when the active user may not edit `area` (a non-warning protection covers it). */
  mustEdit(area: Area): void {
    const user = this.ss.user();
    if (this.protections.some((p) => p.covers(area) && !p.allows(user))) throw new Error(PROTECTED_MESSAGE);
  }

  cell(row: number, column: number): unknown {
    return this.cells[row - 1]?.[column - 1];
  }

  /** What getValues returns for a stored cell (a date-time as a Date in the spreadsheet's time zone). */
  displayed(row: number, column: number): Value {
    const v = this.cell(row, column);
    if (v === undefined || v === null) return '';
    if (v instanceof SheetDate) return this.ss.makeDate(dateOfSerial(v.serial, this.ss.timeZone).getTime());
    if (typeof v === 'number' && isDateTimeFormat(this.ruleAt('format', row, column)))
      return this.ss.makeDate(dateOfSerial(v, this.ss.timeZone).getTime());
    if (typeof v === 'object' && 'formula' in (v as object)) return `#FORMULA ${(v as Formula).formula}`;
    return v as Value;
  }

  /** The latest rule of `kind` covering a cell. */
  ruleAt(kind: 'format' | 'validation', row: number, column: number): unknown {
    for (let i = this.rules.length - 1; i >= 0; i--) {
      const r = this.rules[i] as CellRule;
      if (
        r.kind === kind &&
        column >= r.column &&
        column < r.column + r.columns &&
        row >= r.row &&
        row <= r.lastRow
      )
        return r.value;
    }
    return undefined;
  }
  /** Test view: the format / validation in force at a row (default: the last row of the grid) by column. */
  formatAt(column: number, row = this.maxRows): unknown {
    return this.ruleAt('format', row, column);
  }
  validationAt(column: number, row = this.maxRows): FakeRule | undefined {
    return this.ruleAt('validation', row, column) as FakeRule | undefined;
  }

  setCell(row: number, column: number, raw: unknown): void {
    this.cells[row - 1] ??= [];
    const row0 = this.cells[row - 1] as unknown[];
    const v = interpret(raw, this.ruleAt('format', row, column) === '@');
    const isDate = Object.prototype.toString.call(v) === '[object Date]'; // a Date of any realm
    row0[column - 1] = isDate ? new SheetDate(serialOfDate(v as Date, this.ss.timeZone)) : v;
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
  getRange(a1OrRow: string | number, column = 1, rows = 1, columns = 1): Range {
    if (typeof a1OrRow === 'string') {
      const a = parseA1(a1OrRow);
      const open = a.rows === null;
      const range = new FakeRange(
        this,
        a.row,
        a.column,
        open ? Math.max(1, this.maxRows - a.row + 1) : (a.rows as number),
        a.columns,
        this.counter,
        open,
      );
      return as(this.counter.wrap('Range', range));
    }
    return as(this.counter.wrap('Range', new FakeRange(this, a1OrRow, column, rows, columns, this.counter)));
  }
  getDataRange(): Range {
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
  getMaxColumns(): number {
    return this.maxColumns;
  }
  /**
   * Sheet.setColumnWidth(columnPosition, width), width in pixels; positions start at 1:
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#setColumnWidth(Integer,Integer)
   * (a column past getMaxColumns() is refused like any range past the grid)
   */
  setColumnWidth(column: number, width: number): Sheet {
    if (!Number.isInteger(column) || column < 1) throw new Error(`Invalid column position ${column}`);
    if (column > this.maxColumns) throw new Error(OUTSIDE_MESSAGE);
    this.widths.set(column, width);
    return as(this);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertRowsAfter(Integer,Integer)
  // : the only ways the grid grows are insert* and appendRow. Inserting is an edit of the sheet: a sheet
  // protection or a range protection spanning the insertion point blocks a non-editor. New rows take the
  // formats and rules of the row before them (Sheets API InsertDimensionRequest.inheritFromBefore,
  // https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#insertdimensionrequest).
  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    if (afterPosition < 1 || afterPosition > this.maxRows || howMany < 1) throw new Error(OUTSIDE_MESSAGE);
    const user = this.ss.user();
    const inside = (p: FakeProtection) =>
      p.type === 'SHEET' ||
      (p.area !== null && p.area.row <= afterPosition && p.area.row + p.area.rows - 1 > afterPosition);
    if (this.protections.some((p) => inside(p) && !p.allows(user))) throw new Error(PROTECTED_MESSAGE);
    if (afterPosition < this.cells.length)
      this.cells.splice(afterPosition, 0, ...Array.from({ length: howMany }, () => [] as unknown[]));
    for (const r of this.rules) {
      if (r.row > afterPosition) r.row += howMany;
      if (r.lastRow >= afterPosition) r.lastRow += howMany;
    }
    for (const p of this.protections) {
      if (!p.area) continue;
      if (p.area.row > afterPosition) p.area.row += howMany;
      else if (p.area.row + p.area.rows - 1 > afterPosition) p.area.rows += howMany;
    }
    this.maxRows += howMany;
    return as(this);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    if (afterPosition < 1 || afterPosition > this.maxColumns || howMany < 1) throw new Error(OUTSIDE_MESSAGE);
    this.mustEdit({ row: 1, column: afterPosition, rows: this.maxRows, columns: 1 });
    if (afterPosition < this.maxColumns) throw new Error('insertColumnsAfter inside the grid is not faked');
    this.maxColumns += howMany;
    return as(this);
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#appendRow(Object) : after the
  // last row with content; the grid grows when that row is past getMaxRows().
  appendRow(rowContents: unknown[]): Sheet {
    const row = this.lastRow() + 1;
    if (rowContents.length > this.maxColumns) throw new Error(OUTSIDE_MESSAGE);
    this.mustEdit({ row, column: 1, rows: 1, columns: Math.max(1, rowContents.length) });
    if (row > this.maxRows) this.insertRowsAfter(this.maxRows, row - this.maxRows);
    for (const [j, v] of rowContents.entries()) this.setCell(row, j + 1, v);
    return as(this);
  }
  deleteRow(rowPosition: number): Sheet {
    if (rowPosition < 1 || rowPosition > this.maxRows) throw new Error(OUTSIDE_MESSAGE);
    this.mustEdit({ row: rowPosition, column: 1, rows: 1, columns: this.maxColumns });
    this.cells.splice(rowPosition - 1, 1);
    this.maxRows -= 1;
    return as(this);
  }
  setFrozenRows(n: number): void {
    this.frozenRows = n;
  }
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    this.conditionalRules = rules;
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): Protection[] {
    return as(this.protections.filter((p) => p.type === (type as unknown as string)).map((p) => p.self));
  }
  protect(): Protection {
    this.mustEdit({ row: 1, column: 1, rows: this.maxRows, columns: this.maxColumns });
    const p = new FakeProtection(this, 'SHEET', null);
    this.protections.push(p);
    p.self = this.counter.wrap('Protection', p);
    return as(p.self);
  }
  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    return as(this.charts);
  }
  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    const spec = {
      type: '',
      ranges: [] as string[],
      options: {} as Record<string, unknown>,
      headers: 0,
      position: [] as number[],
    };
    return as(
      fluent<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder, typeof spec>(spec, {
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
      }),
    );
  }
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.charts.push(chart);
  }

  /** Can `email` edit `row` (protections that cover it and do not let them)? */
  canEdit(email: string, row: number): boolean {
    return this.protections
      .filter((p) => p.covers({ row, column: 1, rows: 1, columns: this.maxColumns }))
      .every((p) => p.allows(email));
  }
}

/**
 * What Sheets stores when a person types `raw` (or a script writes it with setValues): a leading `=`
 * makes a formula, numbers become numbers, dates become dates, TRUE/FALSE booleans, and a leading
 * apostrophe keeps text; a cell formatted as plain text (`@`) keeps the text as typed. "The values will be
 * parsed as if the user typed them into the UI. Numbers will stay as numbers, but strings may be converted
 * to numbers, dates, etc." (https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption),
 * and getValues returns "Number, Boolean, Date, or String, depending on the value of the cell"
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()).
 */
export function interpret(raw: unknown, plainText: boolean): unknown {
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
  const text = raw.trim();
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (/^(TRUE|FALSE)$/i.test(text)) return text.toUpperCase() === 'TRUE';
  // a date typed in the spreadsheet's time zone (Asia/Jakarta, UTC+7): a Date at local midnight
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m) return jakartaDate(Number(m[1]), Number(m[2]), Number(m[3])) ?? raw;
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (m) return jakartaDate(Number(m[3]), Number(m[2]), Number(m[1])) ?? raw;
  return raw;
}

function jakartaDate(y: number, mo: number, d: number): Date | null {
  const ms = Date.UTC(y, mo - 1, d) - 7 * 3600_000;
  const check = new Date(ms + 7 * 3600_000);
  return check.getUTCDate() === d && check.getUTCMonth() === mo - 1 ? new Date(ms) : null;
}

export class FakeSpreadsheet
  implements
    Pick<
      GoogleAppsScript.Spreadsheet.Spreadsheet,
      | 'getSheetByName'
      | 'insertSheet'
      | 'getOwner'
      | 'getUrl'
      | 'getId'
      | 'getSpreadsheetTimeZone'
      | 'setSpreadsheetTimeZone'
    >
{
  readonly sheets: FakeSheet[] = [];
  /** Makes the Dates getValues returns (the world gives the add-on realm's Date). */
  makeDate: (ms: number) => Date = (ms) => new Date(ms);
  /** File > Settings > Time zone: the zone date-time cells are kept in (an office in WIB by default). */
  timeZone = 'Asia/Jakarta';
  active: { sheet: string; row: number; column: number } | null = null;
  /** Who runs the current execution (set by the world). */
  user: () => string = () => this.owner;
  /** People the file is shared with as editors (what a new protection mirrors). */
  editorsOfFile: string[] = [];
  /** Shared with the whole domain as editors (new protections then let the domain edit). */
  domainShared = false;
  /** Google Groups by address, with their members. */
  readonly groups = new Map<string, string[]>();

  constructor(
    private readonly counter: CallCounter,
    readonly owner = 'owner@nganjukkab.go.id',
    readonly id = 'office-nganjuk-dprd-0001',
  ) {}

  getSheetByName(name: string): Sheet | null {
    const s = this.sheets.find((x) => x.name === name);
    return s ? as(this.counter.wrap('Sheet', s)) : null;
  }
  insertSheet(nameOrIndex?: unknown, ..._options: unknown[]): Sheet {
    if (typeof nameOrIndex !== 'string') throw new Error('insertSheet without a name is not faked');
    const name = nameOrIndex;
    if (this.sheets.some((x) => x.name === name))
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    const s = new FakeSheet(this, name, this.counter);
    this.sheets.push(s);
    return as(this.counter.wrap('Sheet', s));
  }
  getOwner(): GoogleAppsScript.Base.User {
    return as({ getEmail: () => this.owner });
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getEditors() : the owner
  // and everyone the file is shared with as an editor
  getEditors(): GoogleAppsScript.Base.User[] {
    return [this.owner, ...this.editorsOfFile.filter((e) => e !== this.owner)].map((e) =>
      as<GoogleAppsScript.Base.User>({ getEmail: () => e }),
    );
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  getId(): string {
    return this.id;
  }
  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }
  /** Changing the zone keeps every cell's serial: the same wall-clock times now name other instants. */
  setSpreadsheetTimeZone(timezone: string): void {
    zoneOffsetMinutes(0, timezone); // an unknown zone throws (RangeError), as Sheets refuses it
    this.timeZone = timezone;
  }

  /** Test helpers (not counted): a sheet by name and its values as the add-on would read them. */
  raw(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }
  /**
   * People typing `tables` into the tabs: each value is typed as Sheets types input (a number-looking text
   * becomes a number unless its column is plain text, an ISO date a Date); the owner grows a tab's grid
   * first when the table is longer than it (as a person adds rows at the bottom of the sheet).
   */
  load(tables: Record<string, unknown[][]>): void {
    for (const [name, rows] of Object.entries(tables)) {
      const s = this.sheets.find((x) => x.name === name) ?? new FakeSheet(this, name, this.counter);
      if (!this.sheets.includes(s)) this.sheets.push(s);
      if (rows.length > s.maxRows) s.maxRows = rows.length;
      for (const [i, r] of rows.entries()) {
        for (const [j, v] of r.entries())
          s.setCell(i + 1, j + 1, v === null || v === undefined ? '' : typeof v === 'number' ? v : String(v));
      }
    }
  }
}
