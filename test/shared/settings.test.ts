import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  defaultSettingRows,
  pengaturanTab,
  readSettings,
  readTab,
  writeTab,
} from '../../shared';

const settingsOf = (rows: { kunci: string; nilai: string }[]) =>
  readSettings(readTab(pengaturanTab, writeTab(pengaturanTab, rows)).rows);

describe('settings', () => {
  it('defaults: id-ID, (2T-R)/T, LKjIP scale, no cap, Monday-Friday 07:30-16:00 WIB', () => {
    const { settings, problems } = settingsOf(defaultSettingRows());
    expect(problems).toEqual([]);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(settings.skalaPredikat.map((b) => b.label)).toEqual([
      'Sangat Baik',
      'Baik',
      'Cukup',
      'Kurang',
      'Sangat Kurang',
    ]);
  });

  it('reads every office setting', () => {
    const { settings, problems } = settingsOf([
      { kunci: 'Nama Instansi', nilai: 'Sekretariat DPRD' },
      { kunci: 'tahun', nilai: '2027' },
      { kunci: 'Rumus Polaritas Negatif', nilai: 't / r' },
      { kunci: 'Skala Predikat', nilai: '90 A; 80 B; 0 C' },
      { kunci: 'Batas Atas Capaian', nilai: '120%' },
      { kunci: 'Zona Waktu', nilai: 'Asia/Makassar' },
      { kunci: 'Hari Kerja', nilai: "Senin, Selasa, Rabu, Kamis, Jum'at, Sabtu" },
      { kunci: 'Jam Kerja', nilai: '08.00-15.30' },
      { kunci: 'Hari Libur', nilai: '17 Agustus 2027; 25/12/2027' },
      { kunci: 'Pengingat Harian', nilai: 'Ya' },
      { kunci: 'Email Pengelola', nilai: 'TU@Kantor.go.id' },
    ]);
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({
      namaInstansi: 'Sekretariat DPRD',
      tahun: 2027,
      rumusNegatif: 'T/R',
      batasAtasCapaian: 120,
      offsetMenit: 480,
      hariKerja: [1, 2, 3, 4, 5, 6],
      jamMulai: 480,
      jamSelesai: 930,
      hariLibur: ['2027-08-17', '2027-12-25'],
      pengingatHarian: true,
      emailPengelola: 'tu@kantor.go.id',
    });
    expect(settings.skalaPredikat).toEqual([
      { min: 90, label: 'A' },
      { min: 80, label: 'B' },
      { min: Number.NEGATIVE_INFINITY, label: 'C' },
    ]);
  });

  it('reports unknown keys and bad values with the row, and keeps the default', () => {
    const { settings, problems } = settingsOf([
      { kunci: 'Warna', nilai: 'biru' },
      { kunci: 'Tahun', nilai: 'dua ribu' },
      { kunci: 'Jam Kerja', nilai: '16.00-07.30' },
    ]);
    expect(problems.map((p) => [p.key, p.row, p.column])).toEqual([
      ['pengaturan.tidakDikenal', 2, 'Kunci'],
      ['pengaturan.nilai', 3, 'Nilai'],
      ['pengaturan.nilai', 4, 'Nilai'],
    ]);
    expect(settings.tahun).toBe(DEFAULT_SETTINGS.tahun);
  });
});
