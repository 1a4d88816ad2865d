// A quarterly action reads the tabs its document needs and only the header of the others (Rencana Aksi,
// Rekap): run through `kinerja act` on a workbook carrying the whole year's log, the TW IV follow-up is
// done, written and logged, and the workbook still validates: every Rencana Aksi row, untouched, still
// matches the signature the log recorded for it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { makeOffice } from '../../bench/child/make-office';
import { bacaJangkar } from '../../functions/local/anchor-file';
import { ZipPackage } from '../../functions/local/xlsx/zip';
import { XlsxWorkbook } from '../../functions/local/xlsx-workbook';
import { nodeSha256 } from '../../functions/platform/sha256';
import { masalahValidasi, parseKantor, TAB_NAMES } from '../../shared';
import { runCli } from '../support/cli';
import { tmp } from '../support/xlsx';

const sheetOf = (file: string, tab: string) => {
  const zip = ZipPackage.parse(readFileSync(file));
  const wb = zip.text('xl/workbook.xml') ?? '';
  const rels = zip.text('xl/_rels/workbook.xml.rels') ?? '';
  const id = new RegExp(`<sheet [^>]*name="${tab}"[^>]*r:id="(\\w+)"`).exec(wb)?.[1];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] as string;
  return zip.raw(`xl/${target.replace(/^\/?xl\//, '')}`);
};

it('a TW IV follow-up on a year-long workbook is done, and every Rencana Aksi row stays as signed', async () => {
  const file = join(tmp(), 'kantor.xlsx');
  await makeOffice(3, file, { late: true });
  const ra = sheetOf(file, 'Rencana Aksi');
  const r = await runCli(
    ['act', file, '--as', 'pegawai3@kantor.go.id', 'tindaklanjut', '--doc', 'TW4', '--note', 'Dilaksanakan'],
    { now: Date.parse('2026-01-06T09:00:00+07:00') },
  );
  expect(r.code, r.err).toBe(0);
  expect(r.out).toContain('(Dievaluasi -> Ditindaklanjuti)');
  const k = parseKantor((await XlsxWorkbook.open(file)).readTables(TAB_NAMES));
  const own = k.pengukuran.filter((p) => p.value.nip === k.org.byEmail.get('pegawai3@kantor.go.id')?.nip);
  const tw4 = own.filter((p) => p.value.triwulan === 'IV');
  expect(tw4.length).toBeGreaterThan(0);
  for (const p of tw4) expect(p.value.tindakLanjut).toBe('Dilaksanakan');
  expect(k.riwayat.at(-1)?.value.aksi).toBe('tindaklanjut');
  expect(k.ra.length).toBeGreaterThan(0);
  expect(masalahValidasi(k, bacaJangkar(file), nodeSha256)).toEqual([]);
  expect(sheetOf(file, 'Rencana Aksi')?.equals(ra as Buffer)).toBe(true);
});
