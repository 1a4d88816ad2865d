// A corpus of bad inputs through the CLI: each cell a person could mistype, in each kind of column, and
// merged cells in data rows. Every one gives a clear Indonesian message naming the tab, row and column,
// no crash and no stack trace, and an action that is refused leaves the workbook's bytes unchanged.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { XlsxWorkbook } from '../../functions/local/xlsx-workbook';
import { type CellOut, DEMO_NIP, DEMO_PEGAWAI, TAB_NAMES } from '../../shared';
import { runCli } from '../support/cli';
import { demoFile, tmp } from '../support/xlsx';

const run = (args: string[]) => runCli(args, { now: Date.parse('2026-01-05T09:00:00+07:00') });

const TU = DEMO_NIP.stafTu;
const TU_EMAIL = DEMO_PEGAWAI.find((p) => p.nip === TU)?.email as string;

const NUMBERS: CellOut[] = [
  `1${'0'.repeat(400)}`,
  `-${'9'.repeat(400)}`,
  '1e400',
  1e13,
  -1e13,
  9.9e307,
  'abc',
  '1,2,3',
  '12..5',
  'NaN',
  'Infinity',
  '-Infinity',
  '0x10',
  '1e5e5',
  '--5',
  '5-',
  '١٢٣',
  '12 34',
  '½',
  '=1/0',
];
const YEARS: CellOut[] = [1999, 2101, 2026.5, 'dua ribu', `2${'0'.repeat(400)}`, -2026, '20 26', 1e20];
const EMAILS: CellOut[] = [
  'bukan-email',
  'a@b',
  'mailto:',
  '@kantor.go.id',
  'a b@c.id',
  'eko@@kantor.go.id',
  'eko@kantor',
  'mailto:eko',
  12345,
  'eko prasetyo',
];
const NIPS: CellOut[] = [
  '123',
  'abcdefghijklmnopqr',
  199001012015031000,
  '1990010120150310011',
  '19900101 2015',
  'NIP',
  '-1',
  '1'.repeat(400),
];
const CHOICES: Record<string, CellOut[]> = {
  Polaritas: ['Netral', 'positip', '1', 'Positif Negatif', '-'],
  Agregasi: ['Median', 'Total', 'kumulatif!', '0', 'Rata rata rata'],
  Peran: ['Raja', 'Admin', 'pengelola', '1', 'Pegawai Pengelola'],
  Triwulan: ['V', '0', 'TW1', 'I II', 'Q1'],
};
const URLS: CellOut[] = [
  'ftp://x.id/a',
  'javascript:alert(1)',
  'drive.google.com/x',
  'https://',
  'www.x.id',
  'file:///etc/passwd',
];

interface Case {
  readonly tab: string;
  readonly column: string;
  readonly value: CellOut;
  /** The document an action by the row's owner would cover. */
  readonly doc: 'PK' | 'RA' | 'TW1';
}

const cases: Case[] = [
  ...['Target', 'Target Atas'].flatMap((column) =>
    NUMBERS.map((value) => ({ tab: 'IKI', column, value, doc: 'PK' as const })),
  ),
  ...['Target TW I', 'Target TW II', 'Target TW III', 'Target TW IV'].flatMap((column) =>
    NUMBERS.map((value) => ({ tab: 'Rencana Aksi', column, value, doc: 'RA' as const })),
  ),
  ...NUMBERS.map((value) => ({ tab: 'Pengukuran', column: 'Realisasi', value, doc: 'TW1' as const })),
  ...YEARS.map((value) => ({ tab: 'PK', column: 'Tahun', value, doc: 'PK' as const })),
  ...EMAILS.map((value) => ({ tab: 'Pegawai', column: 'Email', value, doc: 'PK' as const })),
  ...NIPS.map((value) => ({ tab: 'IKI', column: 'NIP', value, doc: 'PK' as const })),
  ...NIPS.map((value) => ({ tab: 'Pegawai', column: 'NIP Atasan', value, doc: 'PK' as const })),
  ...(['Polaritas', 'Agregasi'] as const).flatMap(
    (column) => CHOICES[column]?.map((value) => ({ tab: 'IKI', column, value, doc: 'PK' as const })) ?? [],
  ),
  ...(CHOICES.Peran ?? []).map((value) => ({ tab: 'Pegawai', column: 'Peran', value, doc: 'PK' as const })),
  ...(CHOICES.Triwulan ?? []).map((value) => ({
    tab: 'Pengukuran',
    column: 'Triwulan',
    value,
    doc: 'TW1' as const,
  })),
  ...URLS.map((value) => ({ tab: 'Pengukuran', column: 'Bukti Pendukung', value, doc: 'TW1' as const })),
];

let base: string;
/** tab -> the first row owned by the staff member (TU), and the header. */
const place = new Map<string, { row: number; header: string[] }>();

beforeAll(async () => {
  base = await demoFile();
  // a PK row for TU, so that its Tahun can be mistyped
  const wb = await XlsxWorkbook.open(base);
  wb.appendRows('PK', [[TU, 2026]]);
  await wb.save(base);
  const tables = (await XlsxWorkbook.open(base)).readTables(TAB_NAMES);
  for (const tab of TAB_NAMES) {
    const rows = tables[tab] ?? [];
    const header = (rows[0] ?? []).map(String);
    const nip = header.indexOf('NIP');
    const row = rows.findIndex((r, i) => i > 0 && r[nip] === TU);
    place.set(tab, { row: row + 1, header });
  }
}, 60_000);

async function fileWith(c: Case): Promise<{ file: string; row: number }> {
  const file = join(tmp(), 'kantor.xlsx');
  copyFileSync(base, file);
  const at = place.get(c.tab) as { row: number; header: string[] };
  const wb = await XlsxWorkbook.open(file);
  wb.writeRanges([{ tab: c.tab, row: at.row, column: at.header.indexOf(c.column) + 1, values: [[c.value]] }]);
  await wb.save(file);
  return { file, row: at.row };
}

const clear = (text: string) => {
  expect(text).not.toMatch(/\n\s+at |Kesalahan tak terduga|undefined|\[object/);
};

describe('bad inputs through the CLI', () => {
  it('the corpus holds at least 200 bad inputs', () => {
    expect(cases.length + MERGES.length).toBeGreaterThanOrEqual(200);
  });

  it.each(cases.map((c) => [c.tab, c.column, String(c.value).slice(0, 30), c] as const))(
    '%s / %s = %s: validate names the cell; the action is refused and the file unchanged',
    async (tab, column, _shown, c) => {
      const { file, row } = await fileWith(c);
      const v = await run(['validate', file]);
      expect(v.code).toBe(1);
      expect(v.err).toContain(`Tab ${tab}, baris ${row}, kolom ${column}`);
      clear(v.err);
      const before = readFileSync(file);
      const a = await run(['act', file, '--as', TU_EMAIL, 'ajukan', '--doc', c.doc]);
      clear(a.err);
      expect([0, 1]).toContain(a.code);
      if (a.code !== 0) expect(readFileSync(file).equals(before)).toBe(true);
      // still valid only when the bad cell is no longer TU's: a mistyped year (another PK row) or NIP
      else expect(column === 'Tahun' || column === 'NIP').toBe(true);
    },
  );
});

/** A merge, and the document whose action reads that tab. */
const MERGES: { tab: string; ref: string; column: string; row: number; doc: string }[] = [
  { tab: 'Pegawai', ref: 'B3:C3', column: 'Nama', row: 3, doc: 'PK' },
  { tab: 'Pegawai', ref: 'A2:A4', column: 'NIP', row: 2, doc: 'PK' },
  { tab: 'IKI', ref: 'C2:D2', column: 'Sasaran', row: 2, doc: 'PK' },
  { tab: 'IKI', ref: 'G5:G9', column: 'Target', row: 5, doc: 'PK' },
  { tab: 'Rencana Aksi', ref: 'D2:G2', column: 'Target TW I', row: 2, doc: 'RA' },
  { tab: 'Pengukuran', ref: 'D2:D3', column: 'Realisasi', row: 2, doc: 'TW1' },
  { tab: 'Pengaturan', ref: 'A2:B2', column: 'Kunci', row: 2, doc: 'PK' },
  { tab: 'PK', ref: 'A1:B2', column: 'NIP', row: 2, doc: 'RA' },
];

describe('merged cells in data rows', () => {
  it.each(MERGES.map((m) => [m.tab, m.ref, m] as const))(
    '%s %s: refused with tab, row and column',
    async (_t, _r, m) => {
      const file = join(tmp(), 'kantor.xlsx');
      const zip = await JSZip.loadAsync(readFileSync(base));
      const wbXml = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
      const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
      const rid = new RegExp(`<sheet [^>]*name="${m.tab}"[^>]*r:id="(\\w+)"`).exec(wbXml)?.[1];
      const path = `xl/${new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1]}`;
      const xml = (await zip.file(path)?.async('string')) ?? '';
      const at = xml.search(/<dataValidations|<pageMargins/);
      zip.file(
        path,
        `${xml.slice(0, at)}<mergeCells count="1"><mergeCell ref="${m.ref}"/></mergeCells>${xml.slice(at)}`,
      );
      writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
      const before = readFileSync(file);
      for (const args of [
        ['validate', file],
        ['act', file, '--as', TU_EMAIL, 'ajukan', '--doc', m.doc],
      ]) {
        const r = await run(args);
        expect(r.code).toBe(1);
        expect(r.err).toContain(`Tab ${m.tab}, baris ${m.row}, kolom ${m.column}: sel digabung`);
        clear(r.err);
      }
      expect(readFileSync(file).equals(before)).toBe(true);
    },
  );
});

describe('inputs that are accepted as meant', () => {
  it('an email pasted from Excel with its mailto: prefix is the address', async () => {
    const c: Case = { tab: 'Pegawai', column: 'Email', value: `mailto:${TU_EMAIL.toUpperCase()}`, doc: 'PK' };
    const { file } = await fileWith(c);
    expect((await run(['validate', file])).code).toBe(0);
    expect((await run(['act', file, '--as', TU_EMAIL, 'ajukan', '--doc', 'PK'])).code).toBe(0);
  });

  it('--out naming a file is a usage error, and nothing is written', async () => {
    const out = join(tmp(), 'bukan-folder.txt');
    writeFileSync(out, 'x');
    const before = readFileSync(base);
    const r = await run(['recap', base, '--period', 'TW1', '--out', out]);
    expect(r).toMatchObject({ code: 2 });
    expect(r.err).toContain('adalah berkas, bukan folder');
    expect(readFileSync(base).equals(before)).toBe(true);
  });
});
