// The port every shell implements: the core reads several tabs in one call and writes several ranges in
// one call. Adapters: the Apps Script spreadsheet service, Sheets API v4, a local .xlsx file, memory (tests).
import type { Cell } from '../locale/number';
import type { Tables } from './parse';

export type CellOut = string | number | null;

export interface RangeWrite {
  readonly tab: string;
  /** 1-based sheet row and column of the top-left cell. */
  readonly row: number;
  readonly column: number;
  readonly values: readonly (readonly CellOut[])[];
}

export interface ReadOptions {
  /**
   * Tabs whose rows the caller does not need: an adapter may return their header row only (one that reads
   * whole tabs anyway returns them whole).
   */
  readonly headerOnly?: readonly string[];
}

export interface Workbook {
  /** Values of the named tabs (header row first); a missing tab is absent from the result. */
  readTables(names: readonly string[], opts?: ReadOptions): Promise<Tables> | Tables;
  /** Write all ranges in one batch. */
  writeRanges(writes: readonly RangeWrite[]): Promise<void> | void;
  /** Append rows at the end of a tab. */
  appendRows(tab: string, rows: readonly (readonly CellOut[])[]): Promise<void> | void;
  /** Adapters that buffer writes send them here, in one batch. */
  flush?(): Promise<void> | void;
}

export type { Cell };
