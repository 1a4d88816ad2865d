// The Workbook port on the Sheets API v4: every tab in one values.batchGet; every write of an operation
// buffered and sent in one values.batchUpdate (RAW: text is never taken as a formula). Appends land after
// the last row that was read.
import type { sheets_v4 } from '@googleapis/sheets';
import {
  type Cell,
  type CellOut,
  type RangeWrite,
  TAB_OPSIONAL,
  type Tables,
  type Workbook,
} from '../../shared';
import type { GoogleClients } from './clients';
import { type RetryPolicy, withRetry } from './retry';

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
  private readonly lengths = new Map<string, number>();
  private pending: sheets_v4.Schema$ValueRange[] = [];

  constructor(
    private readonly clients: GoogleClients,
    private readonly spreadsheetId: string,
    private readonly retry?: RetryPolicy,
  ) {}

  async readTables(names: readonly string[]): Promise<Tables> {
    try {
      return await this.readAll(names);
    } catch (error) {
      // an office set up before an optional tab existed: read the others (one more call, that office only)
      if (error instanceof MissingTabError && TAB_OPSIONAL.includes(error.tab) && names.includes(error.tab)) {
        return this.readTables(names.filter((n) => n !== error.tab));
      }
      throw error;
    }
  }

  private async readAll(names: readonly string[]): Promise<Tables> {
    const res = await withRetry(async () => {
      try {
        return await this.clients.sheets.spreadsheets.values.batchGet(
          {
            spreadsheetId: this.spreadsheetId,
            ranges: names.map(quoteTab),
            valueRenderOption: 'UNFORMATTED_VALUE',
            dateTimeRenderOption: 'FORMATTED_STRING',
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
    (res.data.valueRanges ?? []).forEach((vr, i) => {
      const name = names[i] as string;
      const rows = (vr.values ?? []) as Cell[][];
      tables[name] = rows;
      this.lengths.set(name, rows.length);
    });
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
    const start = (this.lengths.get(tab) ?? 0) + 1;
    this.lengths.set(tab, start - 1 + rows.length);
    this.writeRanges([{ tab, row: start, column: 1, values: rows }]);
  }

  /** Send every buffered write in one values.batchUpdate. */
  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const data = this.pending;
    this.pending = [];
    await withRetry(
      () =>
        this.clients.sheets.spreadsheets.values.batchUpdate(
          { spreadsheetId: this.spreadsheetId, requestBody: { valueInputOption: 'RAW', data } },
          this.clients.callOptions,
        ),
      this.retry,
    );
  }
}
