// The one generic tab writer: typed records back to cells, in the sheet's own column order.
import type { Cell } from '../locale/number';
import type { ParseContext } from './column';
import { DEFAULT_CONTEXT } from './read';
import { type AnyColumn, headerKeys, headersOf, normalizeHeader, type RecordOf, type TabSpec } from './tab';

type Layout = readonly ([string, AnyColumn] | undefined)[];

/** For each header cell, the declared field and column it holds (undefined for other columns). */
function layoutOf(spec: TabSpec, header: readonly Cell[]): Layout {
  const byHeader = new Map<string, [string, AnyColumn]>();
  for (const [field, col] of Object.entries(spec.columns) as [string, AnyColumn][]) {
    byHeader.set(normalizeHeader(col.header), [field, col]);
  }
  return headerKeys(spec, header).map((key) => byHeader.get(key));
}

function cellsOf(
  layout: Layout,
  record: Readonly<Record<string, unknown>>,
  ctx: ParseContext,
): (string | number | null | undefined)[] {
  return layout.map((entry) => {
    if (!entry) return undefined;
    const [field, col] = entry;
    if (!(field in record)) return undefined;
    const value = record[field];
    return value === null || value === undefined ? null : col.write(value, ctx);
  });
}

/** Cells of one record laid out under `header` (default: the declared order). Unknown columns are `undefined`: leave them as they are. */
export function recordToCells<T extends TabSpec>(
  spec: T,
  record: Partial<RecordOf<T>>,
  header: readonly Cell[] = headersOf(spec),
  ctx: ParseContext = DEFAULT_CONTEXT,
): (string | number | null | undefined)[] {
  return cellsOf(layoutOf(spec, header), record, ctx);
}

/** A whole tab: header row then one row per record. */
export function writeTab<T extends TabSpec>(
  spec: T,
  records: readonly Partial<RecordOf<T>>[],
  header: readonly Cell[] = headersOf(spec),
  ctx: ParseContext = DEFAULT_CONTEXT,
): (string | number | null | undefined)[][] {
  const layout = layoutOf(spec, header);
  return [
    header.map((h) => (h === null || h === undefined ? '' : String(h))),
    ...records.map((r) => cellsOf(layout, r, ctx)),
  ];
}

/**
 * Text from people, made safe to write through an API that interprets input (Apps Script setValues,
 * Sheets USER_ENTERED): a leading `=`, `+`, `-` or `@` would start a formula, so it is stored as text.
 */
export function asLiteralText(value: string | number | null | undefined): string | number | null | undefined {
  return typeof value === 'string' && /^[=+\-@]/.test(value) ? `'${value}` : value;
}
