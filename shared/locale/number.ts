// Numbers from cells: a number cell as is, a text cell parsed in the office's locale
// (id-ID `1.234,5`, `85,5%`). Ambiguous or malformed text is a problem, never a guess.
// Formatting rounds half up on the exact decimal value (Big), never on binary floating point.
import Big from 'big.js';
import { fail, ok, type Problem, type Result } from '../problems';
import { LOCALES, type LocaleCode } from './locale';

export type Cell = string | number | boolean | Date | null | undefined;

const MINUS = /^[-\u2212]/;

/** Parse one cell as a finite number. Blank cells are handled by the caller (they are not numbers). */
export function parseNumber(cell: Cell, locale: LocaleCode = 'id-ID'): Result<number> {
  if (typeof cell === 'number') {
    return Number.isFinite(cell)
      ? ok(cell)
      : fail({ key: 'angka.tidakValid', params: { nilai: String(cell) } });
  }
  if (typeof cell !== 'string')
    return fail({ key: 'angka.bukanAngka', params: { nilai: describeCell(cell) } });
  const text = cell
    .trim()
    .replace(/\s*%$/, '')
    .replace(/\u00a0/g, ' ');
  if (text === '') return fail({ key: 'angka.bukanAngka', params: { nilai: cell } });
  const negative = MINUS.test(text);
  const body = negative ? text.slice(1).trim() : text.startsWith('+') ? text.slice(1).trim() : text;
  const parsed = parseUnsigned(body, locale);
  if (parsed === null) return fail(numberProblem(cell, locale));
  const value = Number(parsed);
  return ok(negative && value !== 0 ? -value : value);
}

const PATTERNS = new Map<LocaleCode, { grouped: RegExp; plain: RegExp }>();

function patterns(locale: LocaleCode): { grouped: RegExp; plain: RegExp } {
  let p = PATTERNS.get(locale);
  if (!p) {
    const g = escapeRegExp(LOCALES[locale].group);
    const d = escapeRegExp(LOCALES[locale].decimal);
    p = { grouped: new RegExp(`^\\d{1,3}(${g}\\d{3})+(${d}\\d+)?$`), plain: new RegExp(`^\\d+(${d}\\d+)?$`) };
    PATTERNS.set(locale, p);
  }
  return p;
}

/** The unsigned digits as a plain JS decimal literal, or null when malformed for the locale. */
function parseUnsigned(body: string, locale: LocaleCode): string | null {
  const { grouped, plain } = patterns(locale);
  if (plain.test(body)) return body.replace(LOCALES[locale].decimal, '.');
  if (!grouped.test(body)) return null;
  return body.split(LOCALES[locale].group).join('').replace(LOCALES[locale].decimal, '.');
}

function numberProblem(cell: string, locale: LocaleCode): Problem {
  const other = locale === 'id-ID' ? 'en-US' : 'id-ID';
  const looksOther =
    parseUnsigned(
      cell
        .trim()
        .replace(/^[-+\u2212]/, '')
        .replace(/\s*%$/, ''),
      other,
    ) !== null;
  return looksOther
    ? { key: 'angka.ambigu', params: { nilai: cell, contoh: formatNumber(1234.5, 1, locale) } }
    : { key: 'angka.tidakValid', params: { nilai: cell, contoh: formatNumber(1234.5, 1, locale) } };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function describeCell(cell: Cell): string {
  if (cell instanceof Date)
    return Number.isNaN(cell.getTime()) ? 'tanggal tidak valid' : cell.toISOString().slice(0, 10);
  return String(cell);
}

/** Round half up on the exact decimal value. */
export function roundHalfUp(value: Big | number, decimals: number): Big {
  return new Big(value).round(decimals, Big.roundHalfUp);
}

/** `1234.5` -> `1.234,50` (id-ID) with the given number of decimals, rounded half up. */
export function formatNumber(value: Big | number, decimals: number, locale: LocaleCode = 'id-ID'): string {
  const { group, decimal } = LOCALES[locale];
  const fixed = roundHalfUp(value, decimals).toFixed(decimals);
  const negative = fixed.startsWith('-');
  const [whole = '0', fraction] = (negative ? fixed.slice(1) : fixed).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const text = fraction ? `${grouped}${decimal}${fraction}` : grouped;
  return negative && !/^[0.,]+$/.test(text) ? `-${text}` : text;
}

/** A number as the office writes it: no trailing zeros, up to `maxDecimals` decimals. */
export function formatPlain(value: Big | number, maxDecimals = 4, locale: LocaleCode = 'id-ID'): string {
  const rounded = roundHalfUp(value, maxDecimals);
  const decimals = (rounded.toFixed(maxDecimals).split('.')[1] ?? '').replace(/0+$/, '').length;
  return formatNumber(rounded, decimals, locale);
}

/** `107.142857` -> `107,14%`. */
export function formatPercent(value: Big | number, locale: LocaleCode = 'id-ID'): string {
  return `${formatNumber(value, 2, locale)}%`;
}
