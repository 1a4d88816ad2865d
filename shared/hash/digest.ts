// SHA-256 is supplied by each platform (Node's crypto, Apps Script's Utilities.computeDigest); the core
// only defines what is hashed and how the bytes become text.
import { type Canonical, canonicalize } from './canonical';

/** UTF-8 text -> SHA-256 digest as lowercase hex. */
export type Sha256 = (utf8Text: string) => string;

/** Bytes (Apps Script gives signed -128..127) as lowercase hex. */
export function bytesToHex(bytes: ArrayLike<number>): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += ((bytes[i] as number) & 0xff).toString(16).padStart(2, '0');
  return out;
}

export function contentHash(sha256: Sha256, content: Canonical): string {
  return sha256(canonicalize(content));
}

/**
 * The code printed on signed documents so a paper copy can be checked against the log: the first 64 bits of
 * the signed hash (the full hash stays in Riwayat), grouped `A1B2-C3D4-E5F6-A7B8`. 64 bits cannot be
 * matched by searching for another content with the same code.
 */
export function kodeVerifikasi(hash: string): string {
  const code = hash.slice(0, 16).toUpperCase();
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}
