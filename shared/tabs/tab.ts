// A tab declaration: its name, its columns (in the order set-up lays them out) and its unique key.
// Record types are derived from the declaration, so a tab is described in exactly one place.
import type { Column, ValueOf } from './column';

// biome-ignore lint/suspicious/noExplicitAny: a column of any value type
export type AnyColumn = Column<any, boolean>;

// biome-ignore lint/suspicious/noExplicitAny: the default stands for any tab (columns are invariant through `key`)
export interface TabSpec<C extends Record<string, AnyColumn> = any> {
  readonly name: string;
  readonly columns: C;
  /** Fields whose values identify a row; a repeated key is an error. */
  readonly key: readonly (keyof C & string)[];
  /** Only the add-on writes this tab (e.g. the Riwayat log): protected as a whole. */
  readonly systemOnly?: boolean;
}

export type RecordOf<T extends TabSpec> = { -readonly [K in keyof T['columns']]: ValueOf<T['columns'][K]> };

/** One parsed row and where it stands in the sheet (1-based, header is row 1). */
export interface Row<R> {
  readonly row: number;
  readonly value: R;
}

export function defineTab<const C extends Record<string, AnyColumn>>(spec: TabSpec<C>): TabSpec<C> {
  return spec;
}

export function headersOf(spec: TabSpec): string[] {
  return (Object.values(spec.columns) as AnyColumn[]).map((c) => c.header);
}

/** Header text as matched: case, surrounding and repeated spaces do not matter. */
export function normalizeHeader(header: unknown): string {
  return String(header ?? '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/**
 * The header row set-up should leave: the existing headers in their places (users may reorder, add or
 * hide columns) followed by every declared header that is missing. Never moves or drops a column.
 */
export function upgradeHeader(spec: TabSpec, existing: readonly unknown[]): string[] {
  const have = new Set(existing.map(normalizeHeader));
  const kept = existing.map((h) => String(h ?? ''));
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
  return [...kept, ...headersOf(spec).filter((h) => !have.has(normalizeHeader(h)))];
}
