// What the official documents read besides the SOP tabs: the optional Anggaran PK tab (validated like every
// tab, absent in offices set up before it existed) and the Pengaturan keys Lambang and Sebutan Pihak.
import { describe, expect, it } from 'vitest';
import {
  anggaranPkTab,
  DEFAULT_SETTINGS,
  DEMO_NIP,
  demoTables,
  describeProblem,
  parseKantor,
  pengaturanTab,
  readSettings,
  readTab,
  TABS,
  writeTab,
} from '../../shared';

const settingsOf = (rows: { kunci: string; nilai: string }[]) =>
  readSettings(readTab(pengaturanTab, writeTab(pengaturanTab, rows)).rows);

describe('the Anggaran PK tab', () => {
  it('is declared with its exact headers, so set-up creates it', () => {
    expect(TABS).toContain(anggaranPkTab);
    expect(Object.values(anggaranPkTab.columns).map((c) => c.header)).toEqual([
      'NIP',
      'Program/Kegiatan',
      'Anggaran',
      'Keterangan',
    ]);
  });

  it('is optional: an office without it has no rows and no problem', () => {
    const { 'Anggaran PK': _absent, ...tables } = demoTables();
    const k = parseKantor(tables);
    expect(k.anggaranPk).toEqual([]);
    expect(k.problems).toEqual([]);
  });

  it('is validated like every tab: a non-number, an unknown NIP and a duplicate program, each with its place', () => {
    const tables = demoTables();
    const rows = [
      ['NIP', 'Program/Kegiatan', 'Anggaran', 'Keterangan'],
      [DEMO_NIP.kabagUmum, 'Program A', 'seratus juta', ''],
      ['198501012010011001', 'Program B', 1000, ''],
      [DEMO_NIP.kabagUmum, 'Program C', '1.500.000', 'APBD'],
      [DEMO_NIP.kabagUmum, 'Program C', 2000, ''],
    ];
    const k = parseKantor({ ...tables, 'Anggaran PK': rows });
    expect(k.problems.map((p) => describeProblem(p))).toEqual([
      'Tab Anggaran PK, baris 2, kolom Anggaran: "seratus juta" bukan angka yang sah. Tulis seperti 1.234,5.',
      `Tab Anggaran PK, baris 5, kolom NIP: Data ${DEMO_NIP.kabagUmum} / Program C sudah ada di baris 4. Hapus salah satu baris atau ubah kodenya.`,
      'Tab Anggaran PK, baris 3, kolom NIP: NIP 198501012010011001 tidak ada di tab Pegawai. Perbaiki NIP-nya atau tambahkan pegawai itu di tab Pegawai.',
    ]);
    // id-ID thousands separators read as rupiah
    expect(k.anggaranPk.find((r) => r.value.program === 'Program C')?.value.anggaran).toBe(1500000);
  });
});

describe('the document settings in Pengaturan', () => {
  it('default to no coat of arms and PIHAK KESATU', () => {
    expect(DEFAULT_SETTINGS.lambang).toBe('');
    expect(DEFAULT_SETTINGS.sebutanPihak).toBe('PIHAK KESATU');
  });

  it('read a coat of arms reference and PIHAK PERTAMA in any case; refuse another wording', () => {
    const ok = settingsOf([
      { kunci: 'Lambang', nilai: '1AbCdEfGhIjKlMnOp' },
      { kunci: 'Sebutan Pihak', nilai: 'pihak  pertama' },
    ]);
    expect(ok.problems).toEqual([]);
    expect([ok.settings.lambang, ok.settings.sebutanPihak]).toEqual(['1AbCdEfGhIjKlMnOp', 'PIHAK PERTAMA']);
    const bad = settingsOf([{ kunci: 'Sebutan Pihak', nilai: 'PIHAK SATU' }]);
    expect(bad.problems.map((p) => describeProblem(p))).toEqual([
      expect.stringContaining('PIHAK KESATU atau PIHAK PERTAMA'),
    ]);
  });
});
