// Set-up applies the layout's guidance in both shells: the add-on (Code.js with the Apps Script fakes) and
// the .xlsx of the local mode: a note on every header and on every Pengaturan key, input and system
// columns in different colours, long text wrapping, hashes grouped.
import { describe, expect, it } from 'vitest';
import { ExcelWorkbook } from '../../functions/local/xlsx-workbook';
import {
  type CellOut,
  DEMO_NIP,
  demoTables,
  HEADER_INPUT,
  HEADER_SYSTEM,
  headersOf,
  ikiTab,
  parseKantor,
  pilihanNilai,
  pkTab,
  riwayatTab,
} from '../../shared';
import { emailOf, OWNER, officeBundle } from '../support/apps-script/office';
import { AppsScriptWorld, loadBundle } from '../support/apps-script/services';

describe('set-up applies the layout', () => {
  it('in the add-on: widths from content, wrapping, header notes with examples, and a note on each Pengaturan key', () => {
    const world = new AppsScriptWorld(OWNER);
    loadBundle(world).call(OWNER, 'siapkanTab');
    const iki = world.ss.raw('IKI');
    const sasaran = headersOf(ikiTab).indexOf('Sasaran') + 1;
    expect(iki.notes.get(`1:${sasaran}`)).toMatch(/^Diisi pengguna\. Wajib diisi\. .*Contoh: /);
    expect(iki.widths.get(sasaran)).toBeGreaterThanOrEqual(52 * 7);
    expect(iki.wraps.has(sasaran)).toBe(true);
    expect(iki.wraps.has(headersOf(ikiTab).indexOf('Kode') + 1)).toBe(false);
    const pengaturan = world.ss.raw('Pengaturan');
    const tahunRow = pengaturan.cells.findIndex((r) => r?.[0] === 'Tahun') + 1;
    expect(pengaturan.notes.get(`${tahunRow}:1`)).toBe('Tahun kinerja, 4 digit. Contoh: 2026');
    // hashes sit narrow in a collapsed group of their own, with a note saying what they are
    const pk = world.ss.raw('PK');
    const hashPk = headersOf(pkTab).indexOf('Hash PK') + 1;
    expect(pk.groupDepths.get(hashPk)).toBe(1);
    expect(pk.collapsedGroups.has(hashPk)).toBe(true);
    expect(pk.groupDepths.get(headersOf(pkTab).indexOf('Status PK') + 1)).toBeUndefined();
    expect(pk.widths.get(hashPk)).toBeLessThanOrEqual(80);
    expect(pk.notes.get(`1:${hashPk}`)).toMatch(/^Diisi sistem/);
    const riwayat = world.ss.raw('Riwayat');
    const rantai = headersOf(riwayatTab).indexOf('Hash Rantai') + 1;
    expect(riwayat.collapsedGroups.has(rantai)).toBe(true);
    // set-up run again nests nothing deeper
    loadBundle(world).call(OWNER, 'siapkanTab');
    expect(pk.groupDepths.get(hashPk)).toBe(1);
  });

  it('in the .xlsx: header colours and notes, wrapping, the hash group and the Pengaturan notes', () => {
    const wb = ExcelWorkbook.create();
    const pk = wb.raw.getWorksheet('PK');
    const fill = (col: number) =>
      (pk?.getRow(1).getCell(col).fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
    const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;
    expect(fill(headersOf(pkTab).indexOf('NIP') + 1)).toBe(argb(HEADER_INPUT));
    expect(fill(headersOf(pkTab).indexOf('Status PK') + 1)).toBe(argb(HEADER_SYSTEM));
    expect(pk?.getColumn(headersOf(pkTab).indexOf('Hash PK') + 1).outlineLevel).toBe(1);
    expect(pk?.getColumn(headersOf(pkTab).indexOf('Hash PK') + 1).hidden).toBe(true);
    const iki = wb.raw.getWorksheet('IKI');
    const sasaran = iki?.getColumn(headersOf(ikiTab).indexOf('Sasaran') + 1);
    expect(sasaran?.alignment?.wrapText).toBe(true);
    expect(sasaran?.width).toBeGreaterThanOrEqual(52);
    expect(String(iki?.getRow(1).getCell(1).note)).toContain('Contoh: 199001012015031001');
    const pengaturan = wb.raw.getWorksheet('Pengaturan');
    let note = '';
    pengaturan?.eachRow((row) => {
      if (row.getCell(1).value === 'Jam Kerja') note = String(row.getCell(1).note);
    });
    expect(note).toBe('Jam kerja untuk standar waktu SOP. Contoh: 07.30-16.00');
  });
});

describe('the grade dropdowns of qualitative indicators (issue 16)', () => {
  const row = (
    tables: Record<string, unknown[][]>,
    tab: string,
    pick: (r: unknown[], h: string[]) => boolean,
  ) => {
    const [h, ...rows] = tables[tab] as unknown[][];
    return rows.findIndex((r) => pick(r, (h as string[]) ?? [])) + 2;
  };
  const at = (h: string[], r: unknown[], header: string) => r[h.indexOf(header)];
  const opini = (r: unknown[], h: string[]) =>
    at(h, r, 'Kode') === 'IKU-3' && at(h, r, 'NIP') === DEMO_NIP.kabagUmum;
  const spj = (r: unknown[], h: string[]) =>
    at(h, r, 'Kode') === 'IKI-1' && at(h, r, 'NIP') === DEMO_NIP.stafTu;

  it('in the core: a list per row whose Satuan names a scale, none for numeric rows', () => {
    const tables = demoTables();
    const k = parseKantor(tables);
    const target = pilihanNilai(k).find((c) => c.tab === 'IKI' && c.header === 'Target');
    expect(target?.kolom).toBe(headersOf(ikiTab).indexOf('Target') + 1);
    expect(target?.nilai[row(tables, 'IKI', opini) - 2]).toEqual(['TMP', 'TW', 'WDP', 'WTP']);
    expect(target?.nilai[row(tables, 'IKI', spj) - 2]).toBeNull();
    const ra = pilihanNilai(k)
      .filter((c) => c.tab === 'Rencana Aksi')
      .map((c) => c.header);
    expect(ra).toEqual(['Target TW I', 'Target TW II', 'Target TW III', 'Target TW IV']);
    const ukur = pilihanNilai(k).find((c) => c.tab === 'Pengukuran');
    expect(ukur?.nilai.filter((v) => v !== null).length).toBeGreaterThan(0);
  });

  it('in the add-on: set-up and Periksa data give the graded rows their list (one call per column)', () => {
    const b = officeBundle();
    b.call(OWNER, 'siapkanTab');
    const iki = b.world.ss.raw('IKI');
    const tables = demoTables();
    const col = headersOf(ikiTab).indexOf('Target') + 1;
    const rule = iki.validationAt(col, row(tables, 'IKI', opini)) as
      | { kind: string; args: unknown[] }
      | undefined;
    expect(rule?.kind).toBe('list');
    expect(rule?.args).toEqual([['TMP', 'TW', 'WDP', 'WTP'], true]);
    expect(iki.validationAt(col, row(tables, 'IKI', spj)) ?? null).toBeNull();
    // a row added later is covered by the next Periksa data
    const header = headersOf(ikiTab);
    const copy = [...(iki.cells[row(tables, 'IKI', opini) - 1] as unknown[])];
    copy[header.indexOf('Kode')] = 'IKU-9';
    iki.cells.push(copy);
    b.call(emailOf(DEMO_NIP.kasubagTu), 'periksaData');
    expect((iki.validationAt(col, iki.cells.length) as { kind: string } | undefined)?.kind).toBe('list');
  });

  it('in the .xlsx: each graded cell carries its list', async () => {
    const wb = ExcelWorkbook.create();
    const tables = demoTables();
    for (const [tab, rows] of Object.entries(tables))
      wb.writeRanges([
        { tab, row: 1, column: 1, values: rows.map((r) => r.map((c) => (c ?? null) as CellOut)) },
      ]);
    wb.setGradeDropdowns();
    const ws = wb.raw.getWorksheet('IKI');
    const letter = ws?.getColumn(headersOf(ikiTab).indexOf('Target') + 1).letter;
    const model = (ws as unknown as { dataValidations: { model: Record<string, { formulae?: string[] }> } })
      .dataValidations.model;
    expect(model[`${letter}${row(tables, 'IKI', opini)}`]?.formulae).toEqual(['"TMP,TW,WDP,WTP"']);
    expect(model[`${letter}${row(tables, 'IKI', spj)}`]).toBeUndefined();
  });
});
