// `kinerja bukti` (issue 11 item 6): an evidence file copied into the workbook's evidence folder, one folder
// per year, person and quarter, and the indicator's Bukti Pendukung filled with its link (relative to the
// workbook); refused, naming why, for someone else's indicator, a quarter already reported or not measured.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { XlsxWorkbook } from '../../functions/local/xlsx-workbook';
import {
  type CellOut,
  DEMO_NIP,
  DEMO_PEGAWAI,
  demoTables,
  describeProblem,
  parseKantor,
  TAB_NAMES,
  tautanBuktiLokal,
} from '../../shared';
import { runCli } from '../support/cli';
import { replayDemo } from '../support/driver';
import { MemoryWorkbook } from '../support/memory-workbook';
import { tmp } from '../support/xlsx';

const EKO = DEMO_NIP.stafTu;
const mail = (nip: string) => DEMO_PEGAWAI.find((p) => p.nip === nip)?.email as string;

/** The demo office as an .xlsx after PK and RA are archived (and, with `tw1`, TW I reported). */
async function office(opts: { realisasi: boolean; tw1?: boolean }): Promise<string> {
  const mem = new MemoryWorkbook(demoTables(opts.realisasi));
  replayDemo(mem, Number.POSITIVE_INFINITY, (d) => !d.startsWith('TW') || (opts.tw1 === true && d === 'TW1'));
  const file = join(tmp(), 'kantor.xlsx');
  const wb = XlsxWorkbook.create();
  for (const [tab, rows] of Object.entries(mem.tabs))
    wb.writeRanges([
      { tab, row: 1, column: 1, values: rows.map((r) => r.map((c) => (c ?? null) as CellOut)) },
    ]);
  await wb.save(file);
  return file;
}

const run = (args: string[]) => runCli(args, { now: Date.parse('2026-07-06T09:00:00+07:00') });

async function buktiOf(file: string, nip: string, kode: string, tw: string) {
  const k = parseKantor(await (await XlsxWorkbook.open(file)).readTables(TAB_NAMES));
  return {
    k,
    row: k.pengukuran.find((r) => r.value.nip === nip && r.value.kode === kode && r.value.triwulan === tw),
  };
}

describe('kinerja bukti', () => {
  it('copies the file into <workbook>-bukti/<year>/<person>/<quarter>/ and fills Bukti Pendukung with its link', async () => {
    const file = await office({ realisasi: true });
    const scan = join(tmp(), 'Laporan SPJ Juni (final).pdf');
    writeFileSync(scan, '%PDF-1.4 bukti');
    const r = await run(['bukti', file, scan, '--as', mail(EKO), '--kode', 'IKI-1', '--tw', 'TW II']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const link = 'kantor-bukti/2026/199001012015031001-Eko-Prasetyo/TW2/IKI-1_Laporan-SPJ-Juni-final-.pdf';
    expect(r.out).toContain(`Bukti Pendukung: ${link}`);
    const copied = join(file, '..', ...link.split('/'));
    expect(readFileSync(copied, 'utf8')).toBe('%PDF-1.4 bukti');
    const { k, row } = await buktiOf(file, EKO, 'IKI-1', 'II');
    expect(row?.value.bukti).toBe(link);
    // the link reads as a valid cell: the workbook has no new problem
    expect(k.problems.map((p) => describeProblem(p))).toEqual([]);
  });

  it('adds the Pengukuran row when the quarter has none yet', async () => {
    const file = await office({ realisasi: false });
    const scan = join(tmp(), 'foto.jpg');
    writeFileSync(scan, 'jpeg');
    const r = await run(['bukti', file, scan, '--as', mail(EKO), '--kode', 'IKI-2', '--tw', '3']);
    expect([r.code, r.err]).toEqual([0, '']);
    const { row } = await buktiOf(file, EKO, 'IKI-2', 'III');
    expect(row?.value).toMatchObject({
      realisasi: null,
      bukti: expect.stringMatching(/\/TW3\/IKI-2_foto\.jpg$/),
    });
  });

  it("refuses someone else's indicator, a reported quarter, an unknown code and a missing file, naming why", async () => {
    const file = await office({ realisasi: true, tw1: true });
    const scan = join(tmp(), 'a.pdf');
    writeFileSync(scan, 'x');
    const dwi = await run([
      'bukti',
      file,
      scan,
      '--as',
      mail(DEMO_NIP.kasubagTu),
      '--nip',
      EKO,
      '--kode',
      'IKI-1',
      '--tw',
      'TW1',
    ]);
    expect(dwi.code).toBe(1);
    expect(dwi.err).toContain('hanya dapat diunggah oleh yang bersangkutan');
    const reported = await run(['bukti', file, scan, '--as', mail(EKO), '--kode', 'IKI-1', '--tw', 'TW1']);
    expect(reported.code).toBe(1);
    expect(reported.err).toContain('TW I sudah dilaporkan');
    const unknown = await run(['bukti', file, scan, '--as', mail(EKO), '--kode', 'IKI-9', '--tw', 'TW2']);
    expect(unknown.err).toContain('Indikator IKI-9 tidak ada di IKI Anda');
    const missing = await run([
      'bukti',
      file,
      join(tmp(), 'tidak-ada.pdf'),
      '--as',
      mail(EKO),
      '--kode',
      'IKI-1',
      '--tw',
      'TW2',
    ]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('tidak ditemukan');
    expect((await run(['bukti', file, scan, '--as', mail(EKO), '--kode', 'IKI-1', '--tw', 'TW5'])).code).toBe(
      2,
    );
    // nothing was copied for the refusals
    expect(existsSync(join(file, '..', 'kantor-bukti'))).toBe(false);
  });
});

describe('a local evidence link', () => {
  it('is a safe path inside an evidence folder, never outside it', () => {
    expect(tautanBuktiLokal('kantor-bukti/2026/199001012015031001-Eko/TW1/IKI-1_a.pdf')).toBe(true);
    for (const bad of [
      'kantor-bukti',
      '../kantor-bukti/a.pdf',
      'kantor-bukti/../../etc/passwd',
      'kantor-bukti/2026/a b.pdf',
      '/etc/kantor-bukti/a',
      'kantor/2026/a.pdf',
      'file:///kantor-bukti/a.pdf',
    ])
      expect(tautanBuktiLokal(bad), bad).toBe(false);
  });
});
