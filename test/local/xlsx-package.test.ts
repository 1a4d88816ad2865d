// The local workbook as a package: an action rewrites only the sheet parts it changes (every other part
// byte for byte), and what the office added survives: a chart, a formula column, a user-added column,
// dates and formats. Read back with exceljs (an independent reader) after each action.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { ZipPackage } from '../../functions/local/xlsx/zip';
import { ExcelWorkbook, XlsxWorkbook } from '../../functions/local/xlsx-workbook';
import {
  DEMO_NIP,
  DEMO_PEGAWAI,
  demoTables,
  headersOf,
  ikiTab,
  parseKantor,
  rekapTab,
  rencanaAksiTab,
  TAB_NAMES,
} from '../../shared';
import { runCli } from '../support/cli';
import { tmp } from '../support/xlsx';

const email = (nip: string) => DEMO_PEGAWAI.find((p) => p.nip === nip)?.email as string;

const run = (args: string[]) => runCli(args, { now: Date.parse('2026-01-05T09:00:00+07:00') });

const CHART = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>IKI!$G$2:$G$5</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`;
const DRAWING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><xdr:twoCellAnchor><xdr:from><xdr:col>20</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>28</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Grafik Target"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;

/** Adds a bar chart (a drawing with a chart part) to the PK sheet, as Excel would save it. */
async function withChart(file: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const wbRels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const wbXml = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rid = /<sheet [^>]*name="PK"[^>]*r:id="(\w+)"/.exec(wbXml)?.[1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(wbRels)?.[1] as string;
  const sheetPath = `xl/${target.replace(/^\/?xl\//, '')}`;
  const relsPath = sheetPath.replace('worksheets/', 'worksheets/_rels/').concat('.rels');
  const rels =
    (await zip.file(relsPath)?.async('string')) ??
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  zip.file(
    relsPath,
    rels.replace(
      '</Relationships>',
      '<Relationship Id="rIdChart1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>',
    ),
  );
  const sheet = (await zip.file(sheetPath)?.async('string')) ?? '';
  const at = sheet.search(/<legacyDrawing|<\/worksheet>/);
  zip.file(sheetPath, `${sheet.slice(0, at)}<drawing r:id="rIdChart1"/>${sheet.slice(at)}`);
  zip.file('xl/drawings/drawing1.xml', DRAWING);
  zip.file(
    'xl/drawings/_rels/drawing1.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/></Relationships>',
  );
  zip.file('xl/charts/chart1.xml', CHART);
  const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/><Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>',
    ),
  );
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

const USER_COL = headersOf(ikiTab).length + 1; // "Catatan Kantor", typed by the office
const FORMULA_COL = USER_COL + 1; // "Target Ganda" = Target * 2
const DATE_COL = USER_COL + 2; // "Tanggal Rapat", a date with the office's format

/** The demo office before any action, with a formula column, a user column, a date column and a chart. */
async function officeFile(): Promise<string> {
  const file = join(tmp(), 'kantor.xlsx');
  const wb = ExcelWorkbook.create();
  for (const [tab, rows] of Object.entries(demoTables()))
    wb.writeRanges([{ tab, row: 1, column: 1, values: rows.map((r) => r.map((c) => c ?? null)) }]);
  const iki = wb.raw.getWorksheet('IKI') as ExcelJS.Worksheet;
  const target = headersOf(ikiTab).indexOf('Target') + 1;
  const letter = iki.getColumn(target).letter;
  iki.getRow(1).getCell(USER_COL).value = 'Catatan Kantor';
  iki.getRow(1).getCell(FORMULA_COL).value = 'Target Ganda';
  iki.getRow(1).getCell(DATE_COL).value = 'Tanggal Rapat';
  for (let r = 2; r <= iki.rowCount; r++) {
    iki.getRow(r).getCell(USER_COL).value = `catatan ${r}`;
    iki.getRow(r).getCell(FORMULA_COL).value = { formula: `${letter}${r}*2`, result: 0 };
    const date = iki.getRow(r).getCell(DATE_COL);
    date.value = new Date(Date.UTC(2026, 0, r));
    date.numFmt = 'dd/mm/yyyy';
  }
  await wb.save(file);
  await withChart(file);
  return file;
}

function parts(file: string): Map<string, { raw: Buffer; text: Buffer }> {
  const zip = ZipPackage.parse(readFileSync(file));
  return new Map(
    zip.entries.map((e) => [e.name, { raw: zip.raw(e.name) as Buffer, text: zip.read(e.name) as Buffer }]),
  );
}

async function sheetPath(file: string, name: string): Promise<string> {
  const wbXml = ZipPackage.parse(readFileSync(file)).text('xl/workbook.xml') ?? '';
  const rels = ZipPackage.parse(readFileSync(file)).text('xl/_rels/workbook.xml.rels') ?? '';
  const rid = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="(\\w+)"`).exec(wbXml)?.[1];
  return `xl/${new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1]}`;
}

describe('the local workbook package', () => {
  it('an action rewrites only the sheets it changes; every other part is copied byte for byte', async () => {
    const file = await officeFile();
    const before = parts(file);
    const r = await run(['act', file, '--as', email(DEMO_NIP.stafTu), 'ajukan', '--doc', 'PK']);
    expect(r).toMatchObject({ code: 0 });
    const after = parts(file);
    expect([...after.keys()]).toEqual([...before.keys()]);
    const changed = [...after.keys()].filter((k) => !after.get(k)?.raw.equals(before.get(k)?.raw as Buffer));
    expect(changed.sort()).toEqual([await sheetPath(file, 'PK'), await sheetPath(file, 'Riwayat')].sort());
    for (const name of after.keys())
      if (!changed.includes(name))
        expect(after.get(name)?.text.equals(before.get(name)?.text as Buffer)).toBe(true);
  });

  it('keeps the chart, the formula column, the user column and dates through the signing of a PK', async () => {
    const file = await officeFile();
    const chartBefore = parts(file).get('xl/charts/chart1.xml')?.raw as Buffer;
    const tu = email(DEMO_NIP.stafTu);
    const boss = email(DEMO_NIP.kasubagTu);
    expect((await run(['act', file, '--as', tu, 'ajukan', '--doc', 'PK'])).code).toBe(0);
    expect(
      (await run(['act', file, '--as', boss, 'setujui', '--nip', DEMO_NIP.stafTu, '--doc', 'PK'])).code,
    ).toBe(0);
    const signed = await run(['act', file, '--as', boss, 'setujui', '--nip', DEMO_NIP.stafTu, '--doc', 'PK']);
    expect(signed.out).toContain('Ditandatangani');

    const after = parts(file);
    expect(after.get('xl/charts/chart1.xml')?.raw.equals(chartBefore)).toBe(true);
    expect(after.get(await sheetPath(file, 'PK'))?.text.toString()).toContain('<drawing r:id="rIdChart1"/>');

    // an independent reader sees the office's additions and the action's result
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(file) as unknown as ArrayBuffer, { ignoreNodes: ['dataValidations'] });
    const iki = book.getWorksheet('IKI') as ExcelJS.Worksheet;
    expect(iki.getRow(1).getCell(USER_COL).value).toBe('Catatan Kantor');
    for (let r = 2; r <= 4; r++) {
      expect(iki.getRow(r).getCell(USER_COL).value).toBe(`catatan ${r}`);
      expect(iki.getRow(r).getCell(FORMULA_COL).formula).toMatch(/^[A-Z]+\d+\*2$/);
      expect(iki.getRow(r).getCell(DATE_COL).value).toEqual(new Date(Date.UTC(2026, 0, r)));
      expect(iki.getRow(r).getCell(DATE_COL).numFmt).toBe('dd/mm/yyyy');
    }
    // the signed PK's IKI rows are locked; another employee's stay open for typing
    const k = parseKantor((await XlsxWorkbook.open(file)).readTables(TAB_NAMES));
    const own = k.iki.find((r) => r.value.nip === DEMO_NIP.stafTu)?.row as number;
    const other = k.iki.find((r) => r.value.nip !== DEMO_NIP.stafTu)?.row as number;
    const targetCol = headersOf(ikiTab).indexOf('Target') + 1;
    expect(iki.getRow(own).getCell(targetCol).protection?.locked).not.toBe(false);
    expect(iki.getRow(other).getCell(targetCol).protection?.locked).toBe(false);
    expect(iki.getRow(own).getCell(USER_COL).value).toBe(`catatan ${own}`);
    expect(k.pk.find((r) => r.value.nip === DEMO_NIP.stafTu)?.value.statusPk).toBe('Ditandatangani');
    expect(k.riwayat).toHaveLength(3);
    expect(book.getWorksheet('Riwayat')?.actualRowCount).toBe(4);
  });

  it('reads a stray cell at the last row of the grid without reading a million rows', async () => {
    const file = await officeFile();
    const zip = await JSZip.loadAsync(readFileSync(file));
    const path = await sheetPath(file, 'Pengukuran');
    const xml = (await zip.file(path)?.async('string')) ?? '';
    zip.file(
      path,
      xml.replace(
        '</sheetData>',
        '<row r="1048576"><c r="Z1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>',
      ),
    );
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const tables = (await XlsxWorkbook.open(file)).readTables(['Pengukuran']);
    expect(tables.Pengukuran?.length).toBeLessThan(100);
    expect((await run(['validate', file])).code).toBe(0);
  });
});

describe('replacing the workbook file', () => {
  it('writes through a symlink (the link stays) and refuses a read-only file with a message', async () => {
    const { symlinkSync, lstatSync, chmodSync } = await import('node:fs');
    const file = await officeFile();
    const link = join(tmp(), 'tautan.xlsx');
    symlinkSync(file, link);
    expect((await run(['act', link, '--as', email(DEMO_NIP.stafTu), 'ajukan', '--doc', 'PK'])).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    const k = parseKantor((await XlsxWorkbook.open(file)).readTables(TAB_NAMES));
    expect(k.pk.find((r) => r.value.nip === DEMO_NIP.stafTu)?.value.statusPk).toBe('Diajukan');

    const other = await officeFile();
    chmodSync(other, 0o444);
    const before = readFileSync(other);
    const r = await run(['act', other, '--as', email(DEMO_NIP.stafTu), 'ajukan', '--doc', 'PK']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('hanya-baca');
    expect(readFileSync(other).equals(before)).toBe(true);
    expect(lstatSync(other).mode & 0o777).toBe(0o444);
  });
});

describe('kinerja init on an existing workbook', () => {
  it('leaves a complete workbook byte for byte as it was (its chart included)', async () => {
    const file = await officeFile();
    const before = readFileSync(file);
    const r = await run(['init', file]);
    expect(r.code).toBe(0);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe('a workbook missing a tab the action writes', () => {
  it('is refused with the tab and the init command, and left unchanged', async () => {
    const file = await officeFile();
    const zip = await JSZip.loadAsync(readFileSync(file));
    const wbXml = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
    zip.file('xl/workbook.xml', wbXml.replace(/<sheet [^>]*name="Riwayat"[^>]*\/>/, ''));
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const before = readFileSync(file);
    const r = await run(['act', file, '--as', email(DEMO_NIP.stafTu), 'ajukan', '--doc', 'PK']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Tab Riwayat tidak ada');
    expect(r.err).toContain('kinerja init');
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe('a formula in a cell the workflow writes', () => {
  it('is replaced by the value, and the calculation chain (a cache Excel rebuilds) is dropped with it', async () => {
    const file = await officeFile();
    expect((await run(['act', file, '--as', email(DEMO_NIP.stafTu), 'ajukan', '--doc', 'PK'])).code).toBe(0);
    // the office typed a formula into Status PK, and Excel saved its calculation chain
    const zip = await JSZip.loadAsync(readFileSync(file));
    const pk = await sheetPath(file, 'PK');
    const xml = (await zip.file(pk)?.async('string')) ?? '';
    const cell = /<c r="C2"[^>]*?(\/>|>[\s\S]*?<\/c>)/.exec(xml)?.[0] as string;
    const style = / s="(\d+)"/.exec(cell)?.[1];
    zip.file(
      pk,
      xml.replace(cell, `<c r="C2" s="${style}" t="str"><f>"Diaju"&amp;"kan"</f><v>Diajukan</v></c>`),
    );
    zip.file(
      'xl/calcChain.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="C2" i="4"/></calcChain>',
    );
    const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
    zip.file(
      'xl/_rels/workbook.xml.rels',
      rels.replace(
        '</Relationships>',
        '<Relationship Id="rIdCalc" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
      ),
    );
    const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
    zip.file(
      '[Content_Types].xml',
      types.replace(
        '</Types>',
        '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
      ),
    );
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    expect(parseKantor((await XlsxWorkbook.open(file)).readTables(TAB_NAMES)).pk[0]?.value.statusPk).toBe(
      'Diajukan',
    );

    const boss = email(DEMO_NIP.kasubagTu);
    expect(
      (await run(['act', file, '--as', boss, 'setujui', '--nip', DEMO_NIP.stafTu, '--doc', 'PK'])).code,
    ).toBe(0);
    const after = parts(file);
    expect(after.has('xl/calcChain.xml')).toBe(false);
    expect(after.get('xl/_rels/workbook.xml.rels')?.text.toString()).not.toContain('calcChain');
    expect(after.get('[Content_Types].xml')?.text.toString()).not.toContain('calcChain');
    expect(after.get(pk)?.text.toString()).not.toContain('<f>');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(file) as unknown as ArrayBuffer, { ignoreNodes: ['dataValidations'] });
    expect(book.getWorksheet('PK')?.getRow(2).getCell(3).value).toBe('Diteliti');
    // the office's formula column elsewhere is untouched
    expect(book.getWorksheet('IKI')?.getRow(2).getCell(FORMULA_COL).formula).toMatch(/\*2$/);
  });
});

describe('the workbook lock', () => {
  it('takes over a lock left by a crashed process', async () => {
    const { mkdirSync, utimesSync, existsSync } = await import('node:fs');
    const file = await officeFile();
    const old = new Date(Date.now() - 5 * 60_000);
    mkdirSync(`${file}.lock`);
    utimesSync(`${file}.lock`, old, old);
    const r = await run(['act', file, '--as', email(DEMO_NIP.stafTu), 'ajukan', '--doc', 'PK']);
    expect(r.code).toBe(0);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });
});

describe('a shared formula in a cell the workflow writes', () => {
  it('is refused with the tab and cell before anything is written (the cells it was filled into need it)', async () => {
    const file = await officeFile();
    expect((await run(['act', file, '--as', email(DEMO_NIP.stafTu), 'ajukan', '--doc', 'PK'])).code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(file));
    const pk = await sheetPath(file, 'PK');
    const xml = (await zip.file(pk)?.async('string')) ?? '';
    const cell = /<c r="C2"[^>]*?(\/>|>[\s\S]*?<\/c>)/.exec(xml)?.[0] as string;
    zip.file(
      pk,
      xml.replace(
        cell,
        '<c r="C2" t="str"><f t="shared" ref="C2:C3" si="0">"Diajukan"</f><v>Diajukan</v></c>',
      ),
    );
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const before = readFileSync(file);
    const boss = email(DEMO_NIP.kasubagTu);
    const r = await run(['act', file, '--as', boss, 'setujui', '--nip', DEMO_NIP.stafTu, '--doc', 'PK']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Tab PK, sel C2: sel ini memegang rumus yang disalin');
    expect(r.out).not.toContain('Berhasil');
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe('kinerja init on a workbook an older version made', () => {
  /** The demo office without the Rekap tab, the `Skala Nilai` setting and Rencana Aksi's last column, with a chart. */
  async function olderOffice(): Promise<string> {
    const file = join(tmp(), 'lama.xlsx');
    const wb = ExcelWorkbook.create();
    for (const [tab, rows] of Object.entries(demoTables()))
      wb.writeRanges([{ tab, row: 1, column: 1, values: rows.map((r) => r.map((c) => c ?? null)) }]);
    wb.raw.removeWorksheet(wb.raw.getWorksheet('Rekap')?.id ?? -1);
    const pengaturan = wb.raw.getWorksheet('Pengaturan') as ExcelJS.Worksheet;
    pengaturan.eachRow((row, r) => {
      if (row.getCell(1).value === 'Skala Nilai') pengaturan.spliceRows(r, 1);
    });
    const ra = wb.raw.getWorksheet('Rencana Aksi') as ExcelJS.Worksheet;
    ra.spliceColumns(headersOf(rencanaAksiTab).length, 1);
    await wb.save(file);
    await withChart(file);
    return file;
  }

  it('patches in only what it lacks: the chart and every untouched part stay byte for byte', async () => {
    const file = await olderOffice();
    const before = parts(file);
    expect(await sheetPath(file, 'Rekap')).toBe('xl/undefined');
    const r = await run(['init', file, '--yes']);
    expect(r.code).toBe(0);
    const after = parts(file);
    const changed = [...before.keys()].filter((k) => !after.get(k)?.raw.equals(before.get(k)?.raw as Buffer));
    expect(changed.sort()).toEqual(
      [
        '[Content_Types].xml',
        'xl/_rels/workbook.xml.rels',
        'xl/styles.xml',
        'xl/workbook.xml',
        await sheetPath(file, 'Pengaturan'),
        await sheetPath(file, 'Rencana Aksi'),
      ].sort(),
    );
    // the office's chart, its drawing and the sheet holding it are untouched
    for (const part of ['xl/charts/chart1.xml', 'xl/drawings/drawing1.xml', await sheetPath(file, 'PK')])
      expect(after.get(part)?.raw.equals(before.get(part)?.raw as Buffer)).toBe(true);
    // the new tab and its notes are new parts; nothing was removed
    const added = [...after.keys()].filter((k) => !before.has(k));
    expect(added).toContain(await sheetPath(file, 'Rekap'));
    expect(added.some((k) => /comments\d+\.xml$/.test(k))).toBe(true);
    expect([...before.keys()].every((k) => after.has(k))).toBe(true);

    // an independent reader (exceljs) opens it: the tab, the setting and the column are there
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(file) as unknown as ArrayBuffer, { ignoreNodes: ['dataValidations'] });
    const rekap = book.getWorksheet('Rekap') as ExcelJS.Worksheet;
    expect((rekap.getRow(1).values as unknown[]).slice(1)).toEqual(headersOf(rekapTab));
    expect(rekap.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(rekap.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const keys: unknown[] = [];
    book.getWorksheet('Pengaturan')?.eachRow((row) => {
      keys.push(row.getCell(1).value);
    });
    expect(keys).toContain('Skala Nilai');
    const ra = book.getWorksheet('Rencana Aksi') as ExcelJS.Worksheet;
    expect(ra.getRow(1).getCell(headersOf(rencanaAksiTab).length).value).toBe(
      headersOf(rencanaAksiTab).at(-1),
    );
    // the new tab's dropdowns cover the whole column below the header
    const rekapXml = after.get(await sheetPath(file, 'Rekap'))?.text.toString() ?? '';
    expect(rekapXml).not.toContain('t="s"');
    // the workbook is complete: valid, and a second init leaves the file as it is
    const k = parseKantor((await XlsxWorkbook.open(file)).readTables(TAB_NAMES));
    expect(k.problems).toEqual([]);
    expect(k.settings.skalaNilai.length).toBeGreaterThan(0);
    const once = readFileSync(file);
    expect((await run(['init', file])).code).toBe(0);
    expect(readFileSync(file).equals(once)).toBe(true);
    // and the workflow runs on it
    expect((await run(['act', file, '--as', email(DEMO_NIP.stafTu), 'ajukan', '--doc', 'PK'])).code).toBe(0);
  });
});
