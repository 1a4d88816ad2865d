// Timestamps in the local .xlsx are date cells too (a serial day with the column's id-ID date-time style),
// read back to the second the Riwayat chain hashed: checked with our reader and with exceljs (an independent
// reader), in a log whose older rows hold ISO text, and in a workbook of the 1904 date system.
import { readFileSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { XlsxWorkbook } from '../../functions/local/xlsx-workbook';
import { DEMO_NIP, DEMO_PEGAWAI, formatInstant, headersOf, riwayatTab } from '../../shared';
import { runCli } from '../support/cli';
import { demoFile } from '../support/xlsx';

const email = (nip: string) => DEMO_PEGAWAI.find((p) => p.nip === nip)?.email as string;
const EKO = DEMO_NIP.stafTu;
const DWI = DEMO_NIP.kasubagTu;
const NOW = Date.parse('2026-01-05T09:00:07+07:00');

const run = (args: string[], now = NOW) => runCli(args, { now });

const waktu = headersOf(riwayatTab).indexOf('Waktu');
const riwayat = async (file: string) =>
  ((await XlsxWorkbook.open(file)).readTables(['Riwayat']).Riwayat ?? []).slice(1).map((r) => r[waktu]);

describe('timestamps in the .xlsx', () => {
  it('are date cells in the id-ID format that read back as the second hashed, by us and by exceljs', async () => {
    const file = await demoFile();
    expect((await run(['act', file, '--as', email(EKO), 'ajukan', '--doc', 'PK'])).code).toBe(0);
    const [cell] = await riwayat(file);
    // our reader: a Date whose UTC fields are the office's wall-clock time (09:00:07 WIB)
    expect(cell).toEqual(new Date('2026-01-05T09:00:07.000Z'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const a2 = book.getWorksheet('Riwayat')?.getCell(2, waktu + 1);
    expect(a2?.value).toEqual(new Date('2026-01-05T09:00:07.000Z'));
    expect(a2?.numFmt).toBe('dd/mm/yyyy hh:mm:ss');
    expect((await run(['validate', file])).code).toBe(0);
    expect((await run(['act', file, '--as', email(DWI), 'setujui', '--nip', EKO, '--doc', 'PK'])).code).toBe(
      0,
    );
    expect((await run(['validate', file])).code).toBe(0);
  });

  it('a log whose older rows hold ISO text and newer rows date cells keeps verifying', async () => {
    const file = await demoFile();
    expect((await run(['act', file, '--as', email(EKO), 'ajukan', '--doc', 'PK'])).code).toBe(0);
    // the first entry as an older version wrote it
    const wb = await XlsxWorkbook.open(file);
    wb.writeRanges([{ tab: 'Riwayat', row: 2, column: waktu + 1, values: [[formatInstant(NOW)]] }]);
    await wb.save(file);
    expect(await riwayat(file)).toEqual(['2026-01-05T09:00:07+07:00']);
    expect((await run(['validate', file])).code).toBe(0);
    const later = NOW + 3600_000;
    expect(
      (await run(['act', file, '--as', email(DWI), 'setujui', '--nip', EKO, '--doc', 'PK'], later)).code,
    ).toBe(0);
    expect(await riwayat(file)).toEqual(['2026-01-05T09:00:07+07:00', new Date('2026-01-05T10:00:07.000Z')]);
    expect((await run(['validate', file])).code).toBe(0);
  });

  it('an edited time breaks the chain', async () => {
    const file = await demoFile();
    expect((await run(['act', file, '--as', email(EKO), 'ajukan', '--doc', 'PK'])).code).toBe(0);
    const wb = await XlsxWorkbook.open(file);
    wb.writeRanges([{ tab: 'Riwayat', row: 2, column: waktu + 1, values: [[formatInstant(NOW + 1000)]] }]);
    await wb.save(file);
    const v = await run(['validate', file]);
    expect(v.code).toBe(1);
    expect(v.err).toContain('Riwayat');
  });

  it('a workbook of the 1904 date system gets its own serial days', async () => {
    const file = await demoFile();
    const zip = await JSZip.loadAsync(readFileSync(file));
    const xml = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
    const with1904 = /<workbookPr\b/.test(xml)
      ? xml.replace(/<workbookPr\b/, '<workbookPr date1904="1"')
      : xml.replace(/<sheets>/, '<workbookPr date1904="1"/><sheets>');
    zip.file('xl/workbook.xml', with1904);
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    expect((await run(['act', file, '--as', email(EKO), 'ajukan', '--doc', 'PK'])).code).toBe(0);
    expect(await riwayat(file)).toEqual([new Date('2026-01-05T09:00:07.000Z')]);
    const sheet = await JSZip.loadAsync(readFileSync(file));
    const names = Object.keys(sheet.files).filter((n) => /worksheets\/sheet\d+\.xml$/.test(n));
    const texts = await Promise.all(names.map((n) => sheet.file(n)?.async('string')));
    // 5 January 2026 09:00:07 is day 46027 of the 1900 system, 44565 of the 1904 system
    expect(texts.some((x) => /<v>44565\.375\d*<\/v>/.test(x ?? ''))).toBe(true);
    expect((await run(['validate', file])).code).toBe(0);
  });
});
