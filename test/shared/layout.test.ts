// The workbook is pleasant to work in: set-up's layout (from the declarations) gives every column a width
// that fits its content, wrapping for long text, a header note saying what to type with an example, input
// columns that look different from system columns, coloured states and a narrow group for hashes; and
// every Pengaturan key a note with an example.
import { describe, expect, it } from 'vitest';
import {
  CATATAN_PENGATURAN,
  catatanPengaturan,
  HEADER_INPUT,
  HEADER_SYSTEM,
  ikiTab,
  pkTab,
  SETTING_KEYS,
  TABS,
  tabLayout,
} from '../../shared';

describe('the tabs’ layout', () => {
  const columns = TABS.flatMap((spec) => tabLayout(spec).columns.map((c) => ({ tab: spec.name, ...c })));

  it('every column has a note saying who fills it and what to type, with an example, in both languages', () => {
    expect(
      columns.filter((c) => !/Contoh: (?!-$)\S/.test(c.note)).map((c) => `${c.tab}!${c.header}`),
    ).toEqual([]);
    expect(columns.filter((c) => !/^(Diisi pengguna|Diisi sistem)/.test(c.note))).toEqual([]);
    const en = TABS.flatMap((s) => tabLayout(s, 'en').columns);
    expect(en.filter((c) => !/Example: \S/.test(c.note) || /Contoh|Diisi/.test(c.note))).toEqual([]);
    const polaritas = tabLayout(ikiTab).columns.find((c) => c.header === 'Polaritas');
    expect(polaritas?.note).toContain('Pilih: Positif, Negatif, Rentang.');
  });

  it('input and system columns differ in header colour', () => {
    for (const c of columns)
      expect([c.tab, c.header, c.headerColour]).toEqual([
        c.tab,
        c.header,
        c.system || TABS.find((t) => t.name === c.tab)?.systemOnly ? HEADER_SYSTEM : HEADER_INPUT,
      ]);
    expect(HEADER_INPUT).not.toBe(HEADER_SYSTEM);
  });

  it('widths fit the header and the declared content; long text wraps; hashes are narrow and grouped', () => {
    for (const c of columns.filter((x) => !x.technical)) {
      expect(c.width).toBeGreaterThanOrEqual(c.header.length + 2);
      expect(c.width).toBeLessThanOrEqual(60);
    }
    const iki = tabLayout(ikiTab).columns;
    const sasaran = iki.find((c) => c.header === 'Sasaran');
    expect(sasaran?.width).toBeGreaterThanOrEqual(52);
    expect(sasaran?.wrap).toBe(true);
    expect(iki.find((c) => c.header === 'Indikator Kinerja')?.wrap).toBe(true);
    expect(iki.find((c) => c.header === 'Kode')?.wrap).toBe(false);
    const pk = tabLayout(pkTab).columns;
    expect(pk.filter((c) => c.technical).map((c) => [c.header, c.width])).toEqual([
      ['Hash PK', 10],
      ['Hash RA', 10],
    ]);
    expect(pk.find((c) => c.header === 'Status PK')?.valueColours.map((v) => v.value)).toContain(
      'Dikembalikan',
    );
    expect(pk.find((c) => c.header === 'Diperbarui')?.numberFormat).toBe('dd/mm/yyyy hh:mm:ss');
    expect(pk.find((c) => c.header === 'NIP')?.numberFormat).toBe('@');
  });

  it('every Pengaturan key has a note with an example, and no note names an unknown key', () => {
    expect(Object.keys(CATATAN_PENGATURAN).sort()).toEqual(Object.keys(SETTING_KEYS).sort());
    for (const k of Object.keys(SETTING_KEYS)) {
      expect(catatanPengaturan(k)).toMatch(/Contoh: \S/);
      expect(catatanPengaturan(k, 'en')).toMatch(/Example: \S/);
    }
  });
});
