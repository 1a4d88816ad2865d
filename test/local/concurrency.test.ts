// No lost updates: 50 `kinerja act` processes on one file at once. Each takes the workbook's lock, reads
// under it and saves atomically, so all 50 submissions are kept and each is logged exactly once.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeOffice } from '../../bench/child/make-office';
import { XlsxWorkbook } from '../../functions/local/xlsx-workbook';
import { parseKantor, TAB_NAMES } from '../../shared';
import { tmp } from '../support/xlsx';

const BIN = new URL('../../bin/kinerja.mjs', import.meta.url).pathname;
const N = 50;

function kinerja(args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      err += c.toString();
    });
    child.on('close', (code) => done({ code: code ?? -1, out, err }));
  });
}

describe('concurrent kinerja act on one workbook', () => {
  let file: string;
  beforeAll(async () => {
    file = join(tmp(), 'kantor.xlsx');
    await makeOffice(N + 1, file, { fresh: true, indikator: 2 });
    expect((await kinerja(['--help'])).code).toBe(0); // builds the CLI bundle once if it is stale
  }, 120_000);

  it(`${N} processes submit ${N} PKs at once: all kept, each logged once`, async () => {
    // employees 2..N+1 (employee 1 is the administrator) each submit their own PK
    const results = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        kinerja(['act', file, '--as', `pegawai${i + 2}@kantor.go.id`, 'ajukan', '--doc', 'PK']),
      ),
    );
    for (const r of results) expect(r, r.err).toMatchObject({ code: 0 });
    const k = parseKantor((await XlsxWorkbook.open(file)).readTables(TAB_NAMES));
    expect(k.problems).toEqual([]);
    const submitted = k.pk.filter((r) => r.value.statusPk === 'Diajukan').map((r) => r.value.nip);
    expect(new Set(submitted).size).toBe(N);
    const logged = k.riwayat.map((r) => r.value.email);
    expect(logged).toHaveLength(N);
    expect(new Set(logged).size).toBe(N);
  }, 240_000);
});
