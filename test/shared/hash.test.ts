import { createHash } from 'node:crypto';
import Big from 'big.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bytesToHex,
  canonicalize,
  contentHash,
  DEMO_NIP,
  demoTables,
  hashDokumen,
  headersOf,
  ikiTab,
  kodeVerifikasi,
  parseKantor,
  readTab,
  TAB_NAMES,
  writeTab,
} from '../../shared';

const nodeSha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
/** What Apps Script's Utilities.computeDigest(SHA_256, text, UTF_8) returns: signed bytes. */
const appsScriptDigest = (text: string) =>
  [...createHash('sha256').update(Buffer.from(text, 'utf8')).digest()].map((b) => (b > 127 ? b - 256 : b));
const appsScriptSha256 = (text: string) => bytesToHex(appsScriptDigest(text));

describe('canonical serialisation', () => {
  it('sorts keys, normalises numbers and text', () => {
    expect(canonicalize({ b: 1.5, a: ['  x  y ', 1e21, -0, null, true] })).toBe(
      '{"a":["x y","1000000000000000000000","0",null,true],"b":"1.5"}',
    );
    expect(canonicalize('e\u0301')).toBe(canonicalize('\u00e9'));
  });

  it('gives what its plain definition gives, for any value (its fast paths change no hash)', () => {
    // the definition as first written: every signature and seal recorded so far was made with it
    const reference = (value: unknown): string => {
      if (value === null || value === undefined) return 'null';
      if (typeof value === 'boolean') return value ? 'true' : 'false';
      if (typeof value === 'number') return JSON.stringify(new Big(value).toFixed().replace(/^-0$/, '0'));
      if (typeof value === 'string')
        return JSON.stringify(value.normalize('NFC').trim().replace(/\s+/g, ' '));
      if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`;
      const obj = value as Record<string, unknown>;
      return `{${Object.keys(obj)
        .sort()
        .map((k) => `${JSON.stringify(k)}:${reference(obj[k])}`)
        .join(',')}}`;
    };
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'binary' }),
      fc.constantFrom(' a  b ', 'x\t\ny', 'e\u0301', '"q"', 'back\\slash', '\u00a0nbsp\u00a0', ''),
    );
    const number = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer(),
      fc.constantFrom(-0, 1e21, 1e-7, 123.456, 0.1 + 0.2, Number.MAX_SAFE_INTEGER + 2),
    );
    const value = fc.letrec((tie) => ({
      leaf: fc.oneof(text, number, fc.boolean(), fc.constant(null)),
      node: fc.oneof(
        { depthSize: 'small' },
        tie('leaf'),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(text, tie('node'), { maxKeys: 4 }),
      ),
    })).node;
    fc.assert(
      fc.property(value, (v) => {
        expect(canonicalize(v as never)).toBe(reference(v));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('content hash', () => {
  it('Node and Apps Script digests give the same hash', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(appsScriptSha256(text)).toBe(nodeSha256(text));
      }),
    );
    const content = { nip: DEMO_NIP.stafTu, indikator: ['Persentase', 85.5] };
    expect(contentHash(appsScriptSha256, content)).toBe(contentHash(nodeSha256, content));
    expect(contentHash(nodeSha256, content)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives a short verification code', () => {
    expect(kodeVerifikasi('a1b2c3d4e5f60718293a')).toBe('A1B2-C3D4-E5F6-0718');
  });

  const demo = demoTables();
  const hashOf = (tables: Record<string, unknown[][]>) =>
    hashDokumen(parseKantor(tables as never), nodeSha256, DEMO_NIP.stafTu, 'PK');

  it('is stable under column reordering, row order and formatting-only changes (property)', () => {
    const base = hashOf(demo);
    const iki = readTab(ikiTab, demo.IKI).rows.map((r) => r.value);
    fc.assert(
      fc.property(
        fc.shuffledSubarray(headersOf(ikiTab), { minLength: headersOf(ikiTab).length }),
        fc.shuffledSubarray(iki, { minLength: iki.length }),
        (order, rows) => {
          const table = writeTab(ikiTab, rows, order);
          // formatting only: targets typed as id-ID text instead of numbers, padded text
          const t = order.indexOf('Target');
          const s = order.indexOf('Sasaran');
          for (const r of table.slice(1)) {
            r[t] = String(r[t]).replace('.', ',');
            r[s] = `  ${r[s]}  `;
          }
          expect(hashOf({ ...demo, IKI: table })).toBe(base);
        },
      ),
    );
  });

  it('changes when the signed content changes', () => {
    const base = hashOf(demo);
    const iki = readTab(ikiTab, demo.IKI).rows.map((r) => r.value);
    const edited = iki.map((r) =>
      r.nip === DEMO_NIP.stafTu && r.kode === 'IKI-1' ? { ...r, target: (r.target as number) + 1 } : r,
    );
    expect(hashOf({ ...demo, IKI: writeTab(ikiTab, edited) })).not.toBe(base);
    const otherPerson = iki.map((r) =>
      r.nip === DEMO_NIP.stafKeuangan ? { ...r, target: (r.target as number) + 1 } : r,
    );
    expect(hashOf({ ...demo, IKI: writeTab(ikiTab, otherPerson) })).toBe(base);
    expect(TAB_NAMES).toContain('IKI');
  });
});
