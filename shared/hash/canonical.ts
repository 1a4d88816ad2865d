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
  if (typeof value === 'string') return canonicalString(value);
  if (typeof value === 'number') return canonicalNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  // joined, not concatenated: a joined string is flat, where `+=` leaves a rope of pieces in memory
  if (Array.isArray(value)) {
    const parts = new Array<string>(value.length);
    for (let i = 0; i < value.length; i++) parts[i] = canonicalize(value[i] as Canonical);
    return `[${parts.join(',')}]`;
  }
  const obj = value as { readonly [k: string]: Canonical };
  const shape = shapeOf(Object.keys(obj));
  const parts = new Array<string>(shape.sorted.length);
  for (let i = 0; i < shape.sorted.length; i++)
    parts[i] = (shape.quoted[i] as string) + canonicalize(obj[shape.sorted[i] as string] as Canonical);
  return `{${parts.join(',')}}`;
}

interface Shape {
  readonly keys: readonly string[];
  /** The keys sorted. */
  readonly sorted: readonly string[];
  /** Each sorted key quoted, with its colon. */
  readonly quoted: readonly string[];
}

/**
 * The same few shapes of object are met again and again (an IKI row, a log entry): their keys, in the order
 * the object has them, are sorted and quoted once. A shape is remembered by its keys in order (compared one
 * by one), under its first key.
 */
const shapes = new Map<string, Shape[]>();

function shapeOf(keys: string[]): Shape {
  const first = keys[0] ?? '';
  let known = shapes.get(first);
  if (known) {
    for (const shape of known) {
      if (shape.keys.length !== keys.length) continue;
      let same = true;
      for (let i = 1; i < keys.length; i++) {
        if (shape.keys[i] !== keys[i]) {
          same = false;
          break;
        }
      }
      if (same) return shape;
    }
  } else if (shapes.size < 1024) {
    known = [];
    shapes.set(first, known);
  }
  const sorted = [...keys].sort();
  const shape = { keys, sorted, quoted: sorted.map((k) => `${quotedKey(k)}:`) };
  if (known && known.length < 32) known.push(shape);
  return shape;
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
/** Plain text already trimmed with single inner spaces: canonical as it is. */
const CANONICAL_PLAIN = /^(?:[\x21\x23-\x5b\x5d-\x7e]+(?: [\x21\x23-\x5b\x5d-\x7e]+)*)?$/;

function canonicalString(value: string): string {
  if (CANONICAL_PLAIN.test(value)) return `"${value}"`;
  const s = PLAIN.test(value) ? value : value.normalize('NFC');
  const text = s.trim().replace(/\s+/g, ' ');
  return PLAIN.test(text) ? `"${text}"` : JSON.stringify(text);
}

/** Object keys are field names: quoted as JSON, plain ones directly. */
function quotedKey(k: string): string {
  return PLAIN.test(k) ? `"${k}"` : JSON.stringify(k);
}
