// Column declarations: header text, kind, required or not, allowed values, whether the add-on owns the
// column (system) and whether it is locked once a document is signed. Each kind knows how to parse a cell
// into a typed value and how to write one back; tab readers, writers, validation and protection all
// derive from these declarations.
import { instantToSerial, parseInstant, wallText } from '../locale/date';
import type { LocaleCode } from '../locale/locale';
import type { Cell } from '../locale/number';
import { parseNumber } from '../locale/number';
import { normalizeNip } from '../org/nip';
import { fail, ok, type Problem, type Result } from '../problems';

export const COLUMN_KINDS = [
  'text',
  'nip',
  'email',
  'enum',
  'number',
  'integer',
  'url',
  'instant',
  'nilai',
] as const;
export type ColumnKind = (typeof COLUMN_KINDS)[number];

export interface ParseContext {
  readonly locale: LocaleCode;
  readonly offsetMinutes: number;
}

export interface Column<T, R extends boolean = boolean> {
  readonly header: string;
  readonly kind: ColumnKind;
  readonly required: R;
  /** Allowed values (dropdown) for `enum` columns. */
  readonly values?: readonly string[];
  /** Written by the add-on, not by people (status, timestamps, hashes). */
  readonly system: boolean;
  /** Content that a signature covers: locked (protected) once the document is signed. */
  readonly locked: boolean;
  /** One line of help for the header note and the validation message. */
  readonly help?: string;
  /** Allowed range of a number or integer column (inclusive). */
  readonly batas?: Batas;
  readonly parse: (cell: Exclude<Cell, null | undefined | ''>, ctx: ParseContext) => Result<T>;
  readonly write: (value: T, ctx: ParseContext) => string | number;
}

export type ValueOf<C> = C extends Column<infer T, infer R> ? (R extends true ? T : T | null) : never;

export interface Batas {
  readonly min: number;
  readonly max: number;
}

interface Options<R extends boolean> {
  readonly required: R;
  readonly system?: boolean;
  readonly locked?: boolean;
  readonly help?: string;
  readonly batas?: Batas;
}

/** A parsed number outside its column's range (or not finite, e.g. 400 digits) is a problem. */
function withinBatas(parsed: Result<number>, cell: Cell, batas: Batas | undefined): Result<number> {
  if (!parsed.ok) return parsed;
  const v = parsed.value;
  const min = batas?.min ?? -Number.MAX_VALUE;
  const max = batas?.max ?? Number.MAX_VALUE;
  if (Number.isFinite(v) && v >= min && v <= max) return parsed;
  const nilai = cellText(cell);
  return fail({
    key: 'angka.diLuarBatas',
    params: {
      nilai: nilai.length > 24 ? `${nilai.slice(0, 20)}… (${nilai.length} karakter)` : nilai,
      min,
      max,
    },
  });
}

function column<T, R extends boolean>(
  header: string,
  kind: ColumnKind,
  opts: Options<R>,
  parse: Column<T, R>['parse'],
  write: Column<T, R>['write'],
  values?: readonly string[],
): Column<T, R> {
  return {
    header,
    kind,
    required: opts.required,
    system: opts.system ?? false,
    locked: opts.locked ?? false,
    ...(opts.help ? { help: opts.help } : {}),
    ...(opts.batas ? { batas: opts.batas } : {}),
    ...(values ? { values } : {}),
    parse,
    write,
  };
}

export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  // a date cell's UTC fields are the office's wall-clock time (`locale/date.ts`)
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : wallText(cell);
  return String(cell).trim();
}

export function text<const R extends boolean>(header: string, opts: Options<R>): Column<string, R> {
  return column(
    header,
    'text',
    opts,
    (cell) => ok(cellText(cell)),
    (v) => v,
  );
}

/** NIP: 18 digits kept as text. A number cell has already lost precision or its form: an error. */
export function nip<const R extends boolean>(header: string, opts: Options<R>): Column<string, R> {
  return column(
    header,
    'nip',
    opts,
    (cell) => {
      if (typeof cell === 'number') return fail({ key: 'nip.angka', params: { nilai: String(cell) } });
      return normalizeNip(cellText(cell));
    },
    (v) => v,
  );
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function email<const R extends boolean>(header: string, opts: Options<R>): Column<string, R> {
  return column(
    header,
    'email',
    opts,
    (cell) => {
      // Excel turns a typed address into a link and a copy may carry its `mailto:` prefix
      const value = cellText(cell)
        .replace(/^mailto:/i, '')
        .toLowerCase();
      return EMAIL.test(value)
        ? ok(value)
        : fail({ key: 'email.tidakValid', params: { nilai: cellText(cell) } });
    },
    (v) => v,
  );
}

/**
 * A link to a file in a local workbook's evidence folder, relative to the workbook:
 * `kantor-bukti/2026/199001012015031001-eko-prasetyo/TW1/IKI-1_scan.pdf` (safe names only, no `..`).
 */
export function tautanBuktiLokal(value: string): boolean {
  const parts = value.split('/');
  return (
    parts.length >= 2 &&
    /^[A-Za-z0-9._-]+-bukti$/.test(parts[0] as string) &&
    parts.every((p) => /^[A-Za-z0-9._-]+$/.test(p) && !/^\.+$/.test(p))
  );
}

export function url<const R extends boolean>(header: string, opts: Options<R>): Column<string, R> {
  return column(
    header,
    'url',
    opts,
    (cell) => {
      const value = cellText(cell);
      // evidence is a link a reviewer can open from anywhere: https only (a Drive file or any https page),
      // or, in local mode, a file `kinerja bukti` copied into the evidence folder next to the workbook
      return /^https:\/\/\S+$/i.test(value) || tautanBuktiLokal(value)
        ? ok(value)
        : fail({ key: 'url.tidakValid', params: { nilai: value } });
    },
    (v) => v,
  );
}

export function oneOf<const V extends readonly string[], const R extends boolean>(
  header: string,
  values: V,
  opts: Options<R>,
): Column<V[number], R> {
  return column(
    header,
    'enum',
    opts,
    (cell) => {
      const raw = cellText(cell);
      const wanted = raw.toLowerCase().replace(/\s+/g, ' ');
      const found = values.find((v) => v.toLowerCase() === wanted);
      return found !== undefined
        ? ok(found as V[number])
        : fail({ key: 'pilihan.tidakValid', params: { nilai: raw, pilihan: values.join(', ') } });
    },
    (v) => v,
    values,
  );
}

export function number<const R extends boolean>(header: string, opts: Options<R>): Column<number, R> {
  return column(
    header,
    'number',
    opts,
    (cell, ctx) => withinBatas(parseNumber(cell, ctx.locale), cell, opts.batas),
    (v) => v,
  );
}

/**
 * A target or realisation: a number, or a grade (text) for an indicator whose Satuan names a scale in
 * Pengaturan. The cell alone cannot tell which is allowed: the cross-tab check (`masalahNilai`) accepts a
 * grade only on such an indicator and names the tab, row and column otherwise.
 */
export function nilai<const R extends boolean>(header: string, opts: Options<R>): Column<number | string, R> {
  return column<number | string, R>(
    header,
    'nilai',
    opts,
    (cell, ctx) => {
      const parsed = withinBatas(parseNumber(cell, ctx.locale), cell, opts.batas);
      if (parsed.ok || typeof cell === 'number') return parsed;
      const raw = cellText(cell);
      // digits and separators only: a mistyped number, never a grade
      return /^[\d\s.,%+-]+$/.test(raw) ? parsed : ok(raw);
    },
    (v) => v,
  );
}

export function integer<const R extends boolean>(header: string, opts: Options<R>): Column<number, R> {
  return column(
    header,
    'integer',
    opts,
    (cell, ctx) => {
      const parsed = withinBatas(parseNumber(cell, ctx.locale), cell, opts.batas);
      if (!parsed.ok) return parsed;
      return Number.isInteger(parsed.value)
        ? parsed
        : fail({ key: 'angka.bukanBulat', params: { nilai: cellText(cell) } } satisfies Problem);
    },
    (v) => v,
  );
}

/**
 * An instant (epoch ms), written as a date cell: its serial day number in the office's wall-clock time, to
 * the second (the tab layout formats the column as an id-ID date-time). Text written by older versions (ISO
 * 8601 with the office offset) still reads as the same instant.
 */
export function instant<const R extends boolean>(header: string, opts: Options<R>): Column<number, R> {
  return column(
    header,
    'instant',
    opts,
    (cell, ctx) => parseInstant(cell, ctx.offsetMinutes),
    (v, ctx) => instantToSerial(v, ctx.offsetMinutes),
  );
}
