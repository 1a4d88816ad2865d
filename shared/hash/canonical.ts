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
  if (typeof value === 'number') return canonicalNumber(value);
  if (typeof value === 'string') return canonicalString(value);
  // joined, not concatenated: a joined string is flat, where `+=` leaves a rope of pieces in memory
  if (Array.isArray(value)) return `[${value.map((v) => canonicalize(v as Canonical)).join(',')}]`;
  const obj = value as { readonly [k: string]: Canonical };
  const keys = Object.keys(obj).sort();
  const parts = new Array<string>(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as string;
    parts[i] = `${quotedKey(k)}:${canonicalize(obj[k] as Canonical)}`;
  }
  return `{${parts.join(',')}}`;
}

/** Shortest decimal, never an exponent: `String` gives it for most numbers, big.js for the rest (1e21, 1e-7). */
function canonicalNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError('canonicalize: non-finite number');
  const s = String(value); // -0 gives "0"
  if (s.indexOf('e') < 0) return `"${s}"`;
  return JSON.stringify(new Big(value).toFixed().replace(/^-0$/, '0'));
}

/** Printable ASCII other than `"` and `\`: NFC leaves it as it is, and JSON needs no escape. */
const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

function canonicalString(value: string): string {
  const s = PLAIN.test(value) ? value : value.normalize('NFC');
  const text = s.trim().replace(/\s+/g, ' ');
  return PLAIN.test(text) ? `"${text}"` : JSON.stringify(text);
}

/** Object keys are field names (the same few, met again and again): quoted as JSON, plain ones directly. */
function quotedKey(k: string): string {
  return PLAIN.test(k) ? `"${k}"` : JSON.stringify(k);
}
