// How set-up lays out a tab, derived from its declaration: header, widths, cell formats, validation
// rules (dropdowns, numbers, emails, links) and protection. The add-on and the .xlsx adapter both build
// tabs from this, so a column is described in one place only.
import { type AnyColumn, headersOf, type TabSpec } from './tab';

export type Validasi =
  | { readonly type: 'list'; readonly values: readonly string[] }
  | { readonly type: 'number' }
  | { readonly type: 'integer' }
  | { readonly type: 'email' }
  | { readonly type: 'url' }
  | null;

export interface KolomLayout {
  readonly field: string;
  readonly header: string;
  /** `text` keeps digits as typed (NIP); `number` and `instant` get number/date formats. */
  readonly format: 'text' | 'number' | 'instant' | 'general';
  readonly validasi: Validasi;
  /** Written by the add-on only: protected for everyone but the administrator. */
  readonly system: boolean;
  /** Protected once the row's document is signed. */
  readonly locked: boolean;
  readonly required: boolean;
  readonly width: number;
  readonly note: string | null;
}

export interface TabLayout {
  readonly name: string;
  readonly headers: readonly string[];
  readonly frozenRows: 1;
  /** The whole tab is written by the add-on only (Riwayat, Rekap). */
  readonly systemOnly: boolean;
  readonly columns: readonly KolomLayout[];
}

function validasiOf(col: AnyColumn): Validasi {
  switch (col.kind) {
    case 'enum':
      return { type: 'list', values: col.values ?? [] };
    case 'number':
      return { type: 'number' };
    case 'integer':
      return { type: 'integer' };
    case 'email':
      return { type: 'email' };
    case 'url':
      return { type: 'url' };
    default:
      return null;
  }
}

function formatOf(col: AnyColumn): KolomLayout['format'] {
  if (col.kind === 'nip' || col.kind === 'text' || col.kind === 'email' || col.kind === 'url') return 'text';
  if (col.kind === 'number' || col.kind === 'integer' || col.kind === 'nilai') return 'number';
  if (col.kind === 'instant') return 'instant';
  return 'general';
}

function widthOf(col: AnyColumn): number {
  if (col.kind === 'nip') return 22;
  if (col.kind === 'instant') return 26;
  if (col.kind === 'number' || col.kind === 'integer' || col.kind === 'enum' || col.kind === 'nilai')
    return Math.max(12, col.header.length + 2);
  return Math.max(18, Math.min(40, col.header.length + 6));
}

export function tabLayout(spec: TabSpec): TabLayout {
  const columns = (Object.entries(spec.columns) as [string, AnyColumn][]).map(([field, col]) => ({
    field,
    header: col.header,
    format: formatOf(col),
    validasi: validasiOf(col),
    system: col.system,
    locked: col.locked,
    required: col.required,
    width: widthOf(col),
    note: col.help ?? null,
  }));
  return {
    name: spec.name,
    headers: headersOf(spec),
    frozenRows: 1,
    systemOnly: spec.systemOnly ?? false,
    columns,
  };
}
