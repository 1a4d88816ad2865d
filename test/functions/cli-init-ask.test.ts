// `kinerja init` on an office's existing workbook lists the columns it would add (a header under a common
// synonym counts as present) and asks before changing the file: on a terminal it asks, with --yes it goes
// ahead, and with no one to answer it changes nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../functions/local/cli';
import type { Io } from '../../functions/local/commands';
import { ExcelWorkbook, XlsxWorkbook } from '../../functions/local/xlsx-workbook';
import { headersOf, ikiTab, pegawaiTab } from '../../shared';
import { tmp } from '../support/xlsx';

/** An office's workbook: Pegawai says "Nama Pegawai", IKI predates "Kode Indikator Atasan". */
async function officeWorkbook(): Promise<string> {
  const file = join(tmp(), 'kantor-lama.xlsx');
  const wb = ExcelWorkbook.create();
  const pegawai = wb.raw.getWorksheet('Pegawai');
  const nama = headersOf(pegawaiTab).indexOf('Nama') + 1;
  if (pegawai) {
    pegawai.getRow(1).getCell(nama).value = 'Nama Pegawai';
    pegawai.getRow(2).getCell(nama).value = 'Eko Prasetyo, S.Kom.';
  }
  wb.raw.getWorksheet('IKI')?.spliceColumns(headersOf(ikiTab).indexOf('Kode Indikator Atasan') + 1, 1);
  await wb.save(file);
  return file;
}

async function run(args: string[], opts: { lang?: 'id' | 'en'; answer?: boolean } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const questions: string[] = [];
  const io: Io = {
    out: (s) => out.push(s),
    err: (s) => err.push(s),
    lang: opts.lang ?? 'id',
    now: () => Date.parse('2026-01-05T09:00:00+07:00'),
    progress: false,
    pdf: false,
    ...(opts.answer === undefined
      ? {}
      : {
          ask: async (q: string) => {
            questions.push(q);
            return opts.answer as boolean;
          },
        }),
  };
  const code = await main(args, io);
  return { code, out: out.join('\n'), err: err.join('\n'), questions };
}

const header = async (file: string, tab: string) =>
  ((await XlsxWorkbook.open(file)).readTables([tab])[tab]?.[0] ?? []).map(String);

describe('kinerja init asks before adding columns to an existing workbook', () => {
  it('with no one to answer (not a terminal) lists the columns, changes nothing and exits 2', async () => {
    const file = await officeWorkbook();
    const before = readFileSync(file);
    const r = await run(['init', file]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('• IKI: Kode Indikator Atasan');
    expect(r.err).not.toContain('• Pegawai'); // "Nama Pegawai" is the Nama column
    expect(r.err).toContain(`init tidak mengubah ${file} tanpa persetujuan`);
    expect(r.err).toContain('--yes');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('in English too', async () => {
    const file = await officeWorkbook();
    const r = await run(['init', file, '--lang', 'en'], { lang: 'en' });
    expect(r.code).toBe(2);
    expect(r.err).toContain('init will add these columns');
    expect(r.err).toContain(`init does not change ${file} without consent`);
  });

  it('on a terminal asks; "no" changes nothing (exit 1), "yes" adds only the missing column', async () => {
    const file = await officeWorkbook();
    const before = readFileSync(file);
    const no = await run(['init', file], { answer: false });
    expect(no.questions).toEqual(['Tambahkan kolom ini? [y/T] ']);
    expect(no.code).toBe(1);
    expect(no.err).toContain(`init dibatalkan: ${file} tidak diubah`);
    expect(readFileSync(file).equals(before)).toBe(true);

    const yes = await run(['init', file], { answer: true });
    expect(yes.code).toBe(0);
    expect(await header(file, 'IKI')).toContain('Kode Indikator Atasan');
    const pegawai = await header(file, 'Pegawai');
    expect(pegawai).toContain('Nama Pegawai');
    expect(pegawai).not.toContain('Nama'); // never a second Nama column
    // a complete workbook is not asked about again
    const again = await run(['init', file], { answer: false });
    expect(again.code).toBe(0);
    expect(again.questions).toEqual([]);
  });

  it('--yes adds the columns without asking', async () => {
    const file = await officeWorkbook();
    const r = await run(['init', file, '--yes'], { answer: false });
    expect(r.code).toBe(0);
    expect(r.questions).toEqual([]);
    expect(await header(file, 'IKI')).toContain('Kode Indikator Atasan');
  });
});
