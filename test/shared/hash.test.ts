import { createHash } from 'node:crypto';
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
      r.nip === DEMO_NIP.stafTu && r.kode === 'IKI-1' ? { ...r, target: r.target + 1 } : r,
    );
    expect(hashOf({ ...demo, IKI: writeTab(ikiTab, edited) })).not.toBe(base);
    const otherPerson = iki.map((r) =>
      r.nip === DEMO_NIP.stafKeuangan ? { ...r, target: r.target + 1 } : r,
    );
    expect(hashOf({ ...demo, IKI: writeTab(ikiTab, otherPerson) })).toBe(base);
    expect(TAB_NAMES).toContain('IKI');
  });
});
