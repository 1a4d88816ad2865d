// The one generic tab reader: by header text (tolerant of reordered, extra and hidden columns), every
// cell parsed by its column's declaration, every problem collected with tab, row and column. Never throws.
import type { Cell } from '../locale/number';
import type { Problem } from '../problems';
import { cellText, type ParseContext } from './column';
import { type AnyColumn, headerKeys, normalizeHeader, type RecordOf, type Row, type TabSpec } from './tab';

export interface TabRead<T extends TabSpec> {
  readonly rows: Row<RecordOf<T>>[];
  readonly problems: Problem[];
  /** Declared field -> 0-based column index in the sheet, for the columns present. */
  readonly columnIndex: Partial<Record<keyof T['columns'] & string, number>>;
  readonly present: boolean;
  /** The raw values as read (header first): writers preserve cells they do not own. */
  readonly raw: readonly (readonly Cell[])[];
  /** The keys of every row whose key cells parsed, valid or not (so one bad cell does not orphan other tabs' rows). */
  readonly keys: ReadonlySet<string>;
}

export function keyOf(values: readonly unknown[]): string {
  let key = values.length > 0 ? String(values[0]) : '';
  for (let i = 1; i < values.length; i++) key += `\u0000${String(values[i])}`;
  return key;
}

export const DEFAULT_CONTEXT: ParseContext = { locale: 'id-ID', offsetMinutes: 420 };

function place(
  spec: TabSpec,
  row: number,
  col: AnyColumn,
  owner: string | undefined,
): Pick<Problem, 'tab' | 'row' | 'column' | 'owner'> {
  return { tab: spec.name, row, column: col.header, ...(owner ? { owner } : {}) };
}

function isBlank(cell: Cell): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** Map declared fields to the sheet's columns by header text. */
export function locateColumns<T extends TabSpec>(
  spec: T,
  header: readonly Cell[],
): { index: TabRead<T>['columnIndex']; problems: Problem[] } {
  const positions = new Map<string, number[]>();
  headerKeys(spec, header).forEach((key, i) => {
    if (key) positions.set(key, [...(positions.get(key) ?? []), i]);
  });
  const index: Record<string, number> = {};
  const problems: Problem[] = [];
  for (const [field, col] of Object.entries(spec.columns) as [string, AnyColumn][]) {
    const found = positions.get(normalizeHeader(col.header)) ?? [];
    if (found.length > 1) {
      problems.push({ key: 'kolom.ganda', tab: spec.name, row: 1, column: col.header });
    } else if (found.length === 1) {
      index[field] = found[0] as number;
    } else if (col.required && !col.system) {
      problems.push({ key: 'kolom.tidakAda', tab: spec.name, row: 1, column: col.header });
    }
  }
  return { index: index as TabRead<T>['columnIndex'], problems };
}

/** Read a tab's values (header in the first row). `table` undefined means the tab does not exist. */
export function readTab<T extends TabSpec>(
  spec: T,
  table: readonly (readonly Cell[])[] | undefined,
  ctx: ParseContext = DEFAULT_CONTEXT,
): TabRead<T> {
  if (!table) {
    return {
      rows: [],
      problems: [{ key: 'tab.tidakAda', tab: spec.name }],
      columnIndex: {},
      present: false,
      raw: [],
      keys: new Set(),
    };
  }
  const { index, problems } = locateColumns(spec, table[0] ?? []);
  if (problems.some((p) => p.key === 'kolom.tidakAda' || p.key === 'kolom.ganda')) {
    return { rows: [], problems, columnIndex: index, present: true, raw: table, keys: new Set() };
  }
  // each declared field with its sheet column (-1 when absent), resolved once for all rows; the loops below
  // run over every cell of the workbook, so they index arrays rather than iterate over tuples
  const entries = Object.entries(spec.columns) as [string, AnyColumn][];
  const names = entries.map(([field]) => field);
  const cols = entries.map(([, col]) => col);
  const at = names.map((field) => (index as Record<string, number | undefined>)[field] ?? -1);
  const n = names.length;
  const nipColumn = (index as Record<string, number | undefined>).nip ?? -1;
  const rows: Row<RecordOf<T>>[] = [];
  const seen = new Map<string, number>();
  const keys = new Set<string>();
  for (let i = 1; i < table.length; i++) {
    const cells = table[i] ?? [];
    const sheetRow = i + 1;
    let blank = true;
    for (let f = 0; f < n; f++) {
      const c = at[f] as number;
      if (c >= 0 && !isBlank(cells[c])) {
        blank = false;
        break;
      }
    }
    if (blank) continue;
    const record: Record<string, unknown> = {};
    const rowProblems: Problem[] = [];
    const nipCell = nipColumn >= 0 ? cells[nipColumn] : undefined;
    const owner = typeof nipCell === 'string' ? cellText(nipCell).replace(/\s+/g, '') : undefined;
    for (let f = 0; f < n; f++) {
      const field = names[f] as string;
      const col = cols[f] as AnyColumn;
      const c = at[f] as number;
      const cell = c >= 0 ? cells[c] : undefined;
      if (isBlank(cell)) {
        record[field] = null;
        if (col.required) rowProblems.push({ key: 'sel.wajib', ...place(spec, sheetRow, col, owner) });
        continue;
      }
      const parsed = col.parse(cell as Exclude<Cell, null | undefined | ''>, ctx);
      if (parsed.ok) record[field] = parsed.value;
      else for (const p of parsed.problems) rowProblems.push({ ...place(spec, sheetRow, col, owner), ...p });
    }
    if (spec.key.length > 0 && spec.key.every((k) => record[k] !== null && record[k] !== undefined)) {
      const key = keyOf(spec.key.map((k) => record[k]));
      keys.add(key);
      if (rowProblems.length === 0) {
        const first = seen.get(key);
        if (first !== undefined) {
          rowProblems.push({
            key: 'baris.ganda',
            tab: spec.name,
            row: sheetRow,
            column: (spec.columns[spec.key[0] as string] as AnyColumn).header,
            params: { baris: first, kunci: spec.key.map((k) => String(record[k])).join(' / ') },
            ...(owner ? { owner } : {}),
          });
        } else {
          seen.set(key, sheetRow);
        }
      }
    }
    if (rowProblems.length > 0) problems.push(...rowProblems);
    else rows.push({ row: sheetRow, value: record as RecordOf<T> });
  }
  return { rows, problems, columnIndex: index, present: true, raw: table, keys };
}
