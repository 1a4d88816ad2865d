// Canonical serialisation of a document's content: what a signature covers, independent of column order,
// cell formatting and whether a number was typed as text. Keys sorted, numbers as shortest decimal,
// text trimmed with inner whitespace collapsed and Unicode NFC-normalised, rows in key order.
import Big from 'big.js';

export type Canonical =
  | null
  | boolean
  | number
  | string
  | readonly Canonical[]
  | { readonly [k: string]: Canonical };

export function canonicalize(value: Canonical): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError('canonicalize: non-finite number');
    return JSON.stringify(new Big(value).toFixed().replace(/^-0$/, '0'));
  }
  if (typeof value === 'string') return JSON.stringify(value.normalize('NFC').trim().replace(/\s+/g, ' '));
  if (Array.isArray(value)) return `[${value.map((v) => canonicalize(v as Canonical)).join(',')}]`;
  const obj = value as { readonly [k: string]: Canonical };
  const keys = Object.keys(obj).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalize(obj[k] as Canonical)}`).join(',')}}`;
}
