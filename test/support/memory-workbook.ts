// The memory adapter of the Workbook port, for tests: tabs as arrays of rows.
import {
  type Cell,
  type CellOut,
  jangkarMemori,
  type RangeWrite,
  type ReadOptions,
  type Tables,
  type Workbook,
} from '../../shared';

export class MemoryWorkbook implements Workbook {
  readonly tabs: Record<string, Cell[][]>;
  reads = 0;
  writes = 0;
  /** The log's anchor, as a shell keeps it out of the sheet (set by actions through the service). */
  readonly anchor = jangkarMemori();
  /** Rows protected by the action service, as `tab:row`. */
  readonly protectedRows = new Set<string>();

  constructor(tabs: Record<string, Cell[][]>) {
    this.tabs = structuredClone(tabs);
  }

  readTables(names: readonly string[], opts: ReadOptions = {}): Tables {
    this.reads++;
    // tabs asked for their header only get it, as the file and Sheets adapters give it
    const rows = (n: string) => {
      const tab = this.tabs[n] as Cell[][];
      return opts.headerOnly?.includes(n) ? tab.slice(0, 1) : tab;
    };
    return Object.fromEntries(names.filter((n) => this.tabs[n]).map((n) => [n, rows(n)]));
  }

  writeRanges(writes: readonly RangeWrite[]): void {
    this.writes++;
    for (const w of writes) {
      const tab = this.tab(w.tab);
      w.values.forEach((cells, r) => {
        tab[w.row - 1 + r] ??= [];
        const row = tab[w.row - 1 + r] as Cell[];
        cells.forEach((v, c) => {
          row[w.column - 1 + c] = v;
        });
      });
    }
  }

  appendRows(name: string, rows: readonly (readonly CellOut[])[]): void {
    this.writes++;
    const tab = this.tab(name);
    while (
      tab.length > 1 &&
      (tab[tab.length - 1] ?? []).every((c) => c === null || c === undefined || c === '')
    )
      tab.pop();
    tab.push(...rows.map((r) => [...r]));
  }

  protectRows(tab: string, rows: readonly number[]): void {
    for (const r of rows) this.protectedRows.add(`${tab}:${r}`);
  }

  unprotectRows(tab: string, rows: readonly number[]): void {
    for (const r of rows) this.protectedRows.delete(`${tab}:${r}`);
  }

  private tab(name: string): Cell[][] {
    this.tabs[name] ??= [];
    return this.tabs[name];
  }
}
