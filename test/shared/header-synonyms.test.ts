// An office's own tab often names a column differently ("Nama Pegawai", "NIP Baru", "Jabatan Struktural"):
// such a column is read and written as the declared one, and set-up never appends a duplicate of it.
import { describe, expect, it } from 'vitest';
import {
  DEMO_PEGAWAI,
  headersOf,
  pegawaiTab,
  readTab,
  recordToCells,
  upgradeHeader,
  writeTab,
} from '../../shared';

const OFFICE_HEADER = [
  'NIP Baru',
  'Nama Pegawai',
  'Jabatan Struktural',
  'Pangkat / Golongan',
  'Unit Kerja',
  'E-mail',
  'NIP Atasan Langsung',
  'Peran',
];

describe('header synonyms', () => {
  it('set-up adds only the columns that are really missing', () => {
    expect(upgradeHeader(pegawaiTab, OFFICE_HEADER)).toEqual([
      ...OFFICE_HEADER,
      'NIP Plt/Plh',
      'Jenis Plt/Plh',
    ]);
  });

  it('the reader reads the office’s columns as the declared ones, without problems', () => {
    const declared = writeTab(pegawaiTab, DEMO_PEGAWAI);
    const header = declared[0] as string[];
    // the office's table: its own header names, same data
    const renamed = header.map((h) => {
      const i = headersOf(pegawaiTab).indexOf(h);
      return i >= 0 && i < OFFICE_HEADER.length ? (OFFICE_HEADER[i] as string) : h;
    });
    const read = readTab(pegawaiTab, [renamed, ...declared.slice(1)]);
    expect(read.problems).toEqual([]);
    expect(read.rows.map((r) => r.value.nama)).toEqual(DEMO_PEGAWAI.map((p) => p.nama));
    expect(read.rows.map((r) => r.value.nip)).toEqual(DEMO_PEGAWAI.map((p) => p.nip));
    // and the writer puts a record's cells under them
    const cells = recordToCells(pegawaiTab, DEMO_PEGAWAI[0] as (typeof DEMO_PEGAWAI)[number], renamed);
    expect(cells[renamed.indexOf('Nama Pegawai')]).toBe(DEMO_PEGAWAI[0]?.nama);
  });

  it('the declared header wins over a synonym in the same row; a second synonym stays an extra column', () => {
    const header = [
      'NIP',
      'Nama',
      'Nama Pegawai',
      'Jabatan',
      'Pangkat',
      'Golongan',
      'Unit Kerja',
      'Email',
      'Peran',
    ];
    const read = readTab(pegawaiTab, [
      header,
      ['199001012015031001', 'Eko', 'Eko P.', 'Staf', 'III/a', 'III/a', 'TU', 'eko@kantor.go.id', 'Pegawai'],
    ]);
    expect(read.problems.filter((p) => p.key === 'kolom.ganda')).toEqual([]);
    expect(read.rows[0]?.value.nama).toBe('Eko');
    expect(read.rows[0]?.value.pangkat).toBe('III/a');
    expect(upgradeHeader(pegawaiTab, header)).not.toContain('Pangkat/Golongan');
  });
});
