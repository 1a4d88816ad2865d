// The Workbook port on the Sheets API v4: the tabs in two values.batchGet sent together (Riwayat on its own, its
// timestamps as serial numbers: see `readAll`); the writes into existing rows
// of an operation buffered and sent in one values.batchUpdate (RAW: text is never taken as a formula).
// Appends go through values.append, one call per tab: Sheets finds the end of the table when it writes (a
// sidebar action appending meanwhile is never overwritten, unlike writing at "rows read + 1") and inserts
// rows, so the grid grows (values.update / batchUpdate past the grid fail with "exceeds grid limits":
// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/append).
import type { sheets_v4 } from '@googleapis/sheets';
import {
  type Cell,
  type CellOut,
  type RangeWrite,
  type ReadOptions,
  TAB_OPSIONAL,
  type Tables,
  type Workbook,
} from '../../shared';
import type { GoogleClients } from './clients';
import { type RetryPolicy, withRetry } from './retry';

/** Tabs read with their date cells as serial numbers (their only date cells are instants). */
export const TAB_SERIAL: readonly string[] = ['Riwayat'];

type DateTimeRender = 'FORMATTED_STRING' | 'SERIAL_NUMBER';

export function a1Column(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

export function quoteTab(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** A tab named in a range that does not exist: the Sheets API answers 400 "Unable to parse range: X". */
export class MissingTabError extends Error {
  constructor(readonly tab: string) {
    super(`Tab not found: ${tab}`);
  }
}

export class SheetsWorkbook implements Workbook {
  private pending: sheets_v4.Schema$ValueRange[] = [];
  private appends: { tab: string; rows: CellOut[][] }[] = [];
  /** Rows each tab held when read (the API returns none of the empty rows after the last). */
  private readonly lengths = new Map<string, number>();

  constructor(
    private readonly clients: GoogleClients,
    private readonly spreadsheetId: string,
    private readonly retry?: RetryPolicy,
  ) {}

  /**
   * Riwayat in its own values.batchGet with its timestamps as serial numbers (SERIAL_NUMBER), every other
   * tab in one values.batchGet with date cells as formatted text (FORMATTED_STRING). Riwayat's date cells are
   * its instants (Waktu), whose chain hash covers the second: as formatted text they would read as the
   * column's number format shows them (an office that formats Waktu without seconds would break its own
   * chain), while a serial number is the cell's wall-clock time exactly, which the core turns into an
   * instant with the office's Zona Waktu (`parseInstant`), as it does the add-on's date cells. The other
   * tabs keep formatted text: a date a person typed into them (Pengaturan) is read as text, which the core
   * parses, where a serial number could not be told from a number.
   * https://developers.google.com/workspace/sheets/api/reference/rest/v4/DateTimeRenderOption
   */
  async readTables(names: readonly string[], opts: ReadOptions = {}): Promise<Tables> {
    const serial = names.filter((n) => TAB_SERIAL.includes(n));
    const formatted = names.filter((n) => !TAB_SERIAL.includes(n));
    const headerOnly = new Set(opts.headerOnly ?? []);
    // the two reads are independent: sent at once, the request waits for the slower one only (and for both
    // before it fails, so that no read is left retrying after the answer)
    const [some, rest] = await Promise.allSettled([
      formatted.length ? this.readSome(formatted, 'FORMATTED_STRING', headerOnly) : {},
      serial.length ? this.readSome(serial, 'SERIAL_NUMBER', headerOnly) : {},
    ]);
    if (some.status === 'rejected') throw some.reason;
    if (rest.status === 'rejected') throw rest.reason;
    return { ...some.value, ...rest.value };
  }

  private async readSome(
    names: readonly string[],
    dates: DateTimeRender,
    headerOnly: ReadonlySet<string>,
  ): Promise<Tables> {
    try {
      return await this.readAll(names, dates, headerOnly);
    } catch (error) {
      // an office set up before an optional tab existed: read the others (one more call, that office only)
      if (error instanceof MissingTabError && TAB_OPSIONAL.includes(error.tab) && names.includes(error.tab)) {
        return this.readSome(
          names.filter((n) => n !== error.tab),
          dates,
          headerOnly,
        );
      }
      throw error;
    }
  }

  /**
   * A tab asked for its header only is read as its first row: "Sheet1!1:2 refers to all the cells in the
   * first two rows of Sheet1" (https://developers.google.com/workspace/sheets/api/guides/concepts#cell).
   */
  private async readAll(
    names: readonly string[],
    dates: DateTimeRender,
    headerOnly: ReadonlySet<string>,
  ): Promise<Tables> {
    const res = await withRetry(async () => {
      try {
        return await this.clients.sheets.spreadsheets.values.batchGet(
          {
            spreadsheetId: this.spreadsheetId,
            ranges: names.map((n) => (headerOnly.has(n) ? `${quoteTab(n)}!1:1` : quoteTab(n))),
            valueRenderOption: 'UNFORMATTED_VALUE',
            dateTimeRenderOption: dates,
            majorDimension: 'ROWS',
          },
          this.clients.callOptions,
        );
      } catch (error) {
        const message = String((error as Error).message ?? '');
        const missing = /Unable to parse range: '?(.+?)'?(!|$)/.exec(message);
        if (missing) throw new MissingTabError((missing[1] ?? '').replace(/''/g, "'"));
        throw error;
      }
    }, this.retry);
    const tables: Record<string, Cell[][]> = {};
    const pool = new Map<string, string>();
    (res.data.valueRanges ?? []).forEach((vr, i) => {
      const name = names[i] as string;
      tables[name] = shareRepeated((vr.values ?? []) as Cell[][], pool);
      // a tab read whole ends where its rows do; one read as its header has an unknown length
      if (headerOnly.has(name)) this.lengths.delete(name);
      else this.lengths.set(name, tables[name].length);
    });
    // the response stays referenced after this call returns (the HTTP client's request keeps it while its
    // connection is kept alive): without its values the tables are released as soon as they are parsed
    res.data.valueRanges = [];
    return tables;
  }

  writeRanges(writes: readonly RangeWrite[]): void {
    for (const w of writes) {
      const width = Math.max(1, ...w.values.map((r) => r.length));
      const range = `${quoteTab(w.tab)}!${a1Column(w.column)}${w.row}:${a1Column(w.column + width - 1)}${w.row + w.values.length - 1}`;
      this.pending.push({ range, values: w.values.map((r) => r.map((c) => (c === null ? '' : c))) });
    }
  }

  appendRows(tab: string, rows: readonly (readonly CellOut[])[]): void {
    if (rows.length === 0) return;
    const values = rows.map((r) => r.map((c) => (c === null ? '' : c)));
    const same = this.appends.find((a) => a.tab === tab);
    if (same) same.rows.push(...values);
    else this.appends.push({ tab, rows: values });
  }

  /**
   * Send the buffered writes: the cells of existing rows in one values.batchUpdate, then each tab's
   * appended rows in one values.append (in the order they were appended: Riwayat's entry comes last).
   * values.append is not idempotent: an append whose response was lost (a 5xx or a reset after Sheets
   * wrote the rows) must not be sent again blindly. Before each retry the tab's tail (from the last row read
   * on) is read back, and the rows are not sent again when they are there: a Riwayat entry carries its
   * chain hash, so its row is unique in the log.
   */
  async flush(): Promise<void> {
    const data = this.pending;
    const appends = this.appends;
    this.pending = [];
    this.appends = [];
    if (data.length)
      await withRetry(
        () =>
          this.clients.sheets.spreadsheets.values.batchUpdate(
            { spreadsheetId: this.spreadsheetId, requestBody: { valueInputOption: 'RAW', data } },
            this.clients.callOptions,
          ),
        this.retry,
      );
    for (const a of appends) {
      await withRetry(async (attempt) => {
        if (attempt > 1 && (await this.landed(a.tab, a.rows))) return;
        await this.clients.sheets.spreadsheets.values.append(
          {
            spreadsheetId: this.spreadsheetId,
            range: `${quoteTab(a.tab)}!A1`,
            valueInputOption: 'RAW',
            insertDataOption: 'INSERT_ROWS',
            requestBody: { majorDimension: 'ROWS', values: a.rows },
          },
          this.clients.callOptions,
        );
      }, this.retry);
      // the tab now ends after these rows (a later append's tail starts there)
      this.lengths.delete(a.tab);
    }
  }

  /**
   * Whether `rows` stand, in order, in the tab from the last row this workbook read on (rows appended
   * since, by anyone, come after it): one values.batchGet of an open-ended range ("Sheet1!A5:A refers to
   * all the cells in the first column of Sheet1, from row 5 onward":
   * https://developers.google.com/sheets/api/guides/concepts#cell). The last row read always exists, so
   * the range never starts past the grid.
   */
  private async landed(tab: string, rows: readonly (readonly CellOut[])[]): Promise<boolean> {
    const from = Math.max(1, this.lengths.get(tab) ?? 1);
    const width = Math.max(1, ...rows.map((r) => r.length));
    const res = await this.clients.sheets.spreadsheets.values.batchGet(
      {
        spreadsheetId: this.spreadsheetId,
        ranges: [`${quoteTab(tab)}!A${from}:${a1Column(width)}`],
        valueRenderOption: 'UNFORMATTED_VALUE',
        // a timestamp is sent as a serial day into a date-formatted column: read back as that number
        // (https://developers.google.com/sheets/api/reference/rest/v4/DateTimeRenderOption), not as its text
        dateTimeRenderOption: 'SERIAL_NUMBER',
        majorDimension: 'ROWS',
      },
      this.clients.callOptions,
    );
    const tail = (res.data.valueRanges?.[0]?.values ?? []) as Cell[][];
    return containsRows(tail, rows);
  }
}

/** Texts up to this length are looked up in the pool (longer ones rarely repeat: notes, hashes). */
const SHARED_TEXT = 40;

/**
 * The same text in many cells (a NIP, a status, a unit's name) kept once: the parsed response holds a string
 * per cell, and the parsed rows and the recap's model refer to the cells' strings. In place.
 */
export function shareRepeated(rows: Cell[][], pool: Map<string, string>): Cell[][] {
  for (const row of rows)
    for (let i = 0; i < row.length; i++) {
      const c = row[i];
      if (typeof c !== 'string' || c.length > SHARED_TEXT) continue;
      const same = pool.get(c);
      if (same === undefined) pool.set(c, c);
      else row[i] = same;
    }
  return rows;
}

/** A cell as RAW input stores it and UNFORMATTED_VALUE reads it back (blank: empty). */
const asRead = (c: unknown): string => (c === null || c === undefined ? '' : String(c));

function sameRow(read: readonly Cell[] | undefined, sent: readonly CellOut[]): boolean {
  const width = Math.max(read?.length ?? 0, sent.length);
  for (let i = 0; i < width; i++) if (asRead(read?.[i]) !== asRead(sent[i])) return false;
  return true;
}

/** `rows` as a consecutive block of `tail`. */
export function containsRows(
  tail: readonly (readonly Cell[])[],
  rows: readonly (readonly CellOut[])[],
): boolean {
  if (rows.length === 0) return true;
  for (let i = 0; i + rows.length <= tail.length; i++)
    if (rows.every((r, j) => sameRow(tail[i + j], r))) return true;
  return false;
}
