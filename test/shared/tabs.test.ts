import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  asLiteralText,
  type Cell,
  describeProblem,
  headersOf,
  ikiTab,
  pegawaiTab,
  readTab,
  recordToCells,
  TABS,
  upgradeHeader,
  writeTab,
} from '../../shared';

const header = headersOf(ikiTab);
const row = (over: Record<string, Cell> = {}): Cell[] => {
  const base: Record<string, Cell> = {
    NIP: '199001012015031001',
    Kode: 'IKI-1',
    Sasaran: 'Data kepegawaian mutakhir',
    'Indikator Kinerja': 'Jumlah data dimutakhirkan',
    Satuan: 'data',
    Polaritas: 'Positif',
    Target: '1.200',
    'Target Atas': null,
    Agregasi: 'Jumlah',
    'Definisi Operasional': null,
    'Sumber Data': 'SIMPEG',
    'Kode Indikator Atasan': null,
    ...over,
  };
  return header.map((h) => base[h] ?? null);
};

describe('readTab', () => {
  it('reads typed records by header, whatever the column order, with extra and hidden columns', () => {
    const shuffled = [...header].reverse();
    const withExtra = ['Catatan pribadi', ...shuffled];
    const cells = row();
    const byHeader = Object.fromEntries(header.map((h, i) => [h, cells[i]]));
    const table = [withExtra, ['abaikan', ...shuffled.map((h) => byHeader[h] ?? null)]];
    const read = readTab(ikiTab, table);
    expect(read.problems).toEqual([]);
    expect(read.rows).toEqual([
      {
        row: 2,
        value: expect.objectContaining({
          nip: '199001012015031001',
          target: 1200,
          polaritas: 'Positif',
          agregasi: 'Jumlah',
          targetAtas: null,
        }),
      },
    ]);
  });

  it('matches headers regardless of case and spacing, skips blank rows', () => {
    const table = [
      header.map((h) => `  ${h.toUpperCase()} `),
      row(),
      [],
      header.map(() => ''),
      row({ Kode: 'IKI-2' }),
    ];
    const read = readTab(ikiTab, table);
    expect(read.rows.map((r) => r.row)).toEqual([2, 5]);
  });

  it('reports every problem at once with tab, sheet row, column and what to do, in Indonesian', () => {
    const table = [
      header,
      row({ Target: '1.5', Polaritas: 'Naik' }),
      row({ NIP: Number('199001012015031001'), Kode: 'IKI-3', Satuan: null }),
      row(),
      row(),
    ];
    const read = readTab(ikiTab, table);
    const lines = read.problems.map((p) => describeProblem(p));
    expect(lines).toEqual([
      'Tab IKI, baris 2, kolom Polaritas: "Naik" tidak termasuk pilihan. Pilih salah satu: Positif, Negatif, Rentang.',
      'Tab IKI, baris 2, kolom Target: "1.5" ditulis dengan pemisah yang berbeda dari pengaturan kantor dan bisa dibaca dua cara. Tulis seperti 1.234,5 (titik untuk ribuan, koma untuk desimal).',
      'Tab IKI, baris 3, kolom NIP: NIP 199001012015031000 tersimpan sebagai angka sehingga digitnya bisa berubah. Format kolom sebagai teks (Format > Angka > Teks biasa) lalu ketik ulang NIP.',
      'Tab IKI, baris 3, kolom Satuan: Wajib diisi.',
      'Tab IKI, baris 5, kolom NIP: Data 199001012015031001 / IKI-1 sudah ada di baris 4. Hapus salah satu baris atau ubah kodenya.',
    ]);
    expect(read.rows.map((r) => r.row)).toEqual([4]);
    expect(describeProblem(read.problems[3] as never, 'en')).toBe('Tab IKI, row 3, column Satuan: Required.');
  });

  it('reports a missing tab and missing or duplicated columns', () => {
    expect(readTab(ikiTab, undefined).problems.map((p) => p.key)).toEqual(['tab.tidakAda']);
    const missing = readTab(ikiTab, [header.filter((h) => h !== 'Target'), []]);
    expect(missing.problems).toEqual([{ key: 'kolom.tidakAda', tab: 'IKI', row: 1, column: 'Target' }]);
    const twice = readTab(ikiTab, [[...header, 'Target']]);
    expect(twice.problems.map((p) => [p.key, p.column])).toEqual([['kolom.ganda', 'Target']]);
  });

  it('never throws on arbitrary cells (property)', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.date({ noInvalidDate: false }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 14 }), { maxLength: 8 }), (rows) => {
        for (const spec of TABS) {
          const read = readTab(spec, [headersOf(spec), ...rows]);
          for (const p of read.problems) expect(describeProblem(p)).toMatch(/^Tab /);
        }
      }),
    );
  });
});

describe('writeTab and the round trip', () => {
  const record = fc.record({
    nip: fc.constantFrom('199001012015031001', '198001102005012008'),
    kode: fc.stringMatching(/^[A-Z]{2,4}-[0-9]{1,3}$/),
    sasaran: fc
      .string({ minLength: 1 })
      .filter((s) => s.trim() !== '')
      .map((s) => s.trim()),
    indikator: fc.constant('Indikator'),
    satuan: fc.constantFrom('%', 'dokumen', 'hari'),
    polaritas: fc.constantFrom('Positif' as const, 'Negatif' as const, 'Rentang' as const),
    // a number, or a grade (the column takes both; the Satuan decides which is valid, checked across tabs)
    target: fc.oneof(
      fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 100),
      fc.constantFrom('WTP', 'BB', 'Baik Sekali'),
    ),
    targetAtas: fc.option(fc.integer({ min: 0, max: 1e6 })),
    agregasi: fc.constantFrom(
      'Kumulatif' as const,
      'Nilai Akhir' as const,
      'Jumlah' as const,
      'Rata-rata' as const,
    ),
    definisi: fc.option(fc.constant('Definisi')),
    sumberData: fc.option(fc.constant('SIMPEG')),
    kodeAtasan: fc.option(fc.constant('IKU-1')),
    polaUkur: fc.option(fc.constantFrom('Hitungan' as const, 'Posisi' as const, 'Rilis' as const)),
    periodeUkur: fc.option(fc.constantFrom('Semester', 'TW II, TW IV')),
    penerbit: fc.option(fc.constant('BPK RI')),
    realisasiTahunLalu: fc.option(fc.oneof(fc.constant(93.5), fc.constant('WDP'))),
  });

  it('records -> rows in any column order -> the same records (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(record, { selector: (r) => `${r.nip}|${r.kode}`, maxLength: 10 }),
        fc.shuffledSubarray(header, { minLength: header.length }),
        (records, order) => {
          const table = writeTab(ikiTab, records, order);
          const read = readTab(ikiTab, table);
          expect(read.problems).toEqual([]);
          expect(read.rows.map((r) => r.value)).toEqual(records);
        },
      ),
    );
  });

  it('leaves columns it does not know undefined (kept as they are)', () => {
    const cells = recordToCells(pegawaiTab, { nama: 'Eko' }, ['Catatan', 'Nama', 'NIP']);
    expect(cells).toEqual([undefined, 'Eko', undefined]);
  });

  it('makes formula-like text literal', () => {
    expect(asLiteralText('=IMPORTXML("http://x")')).toBe('\'=IMPORTXML("http://x")');
    expect(asLiteralText('+62 812')).toBe("'+62 812");
    expect(asLiteralText('-')).toBe("'-");
    expect(asLiteralText('@user')).toBe("'@user");
    expect(asLiteralText('biasa')).toBe('biasa');
    expect(asLiteralText(12)).toBe(12);
  });
});

describe('upgradeHeader', () => {
  it('keeps user columns in place and appends what is missing', () => {
    expect(upgradeHeader(pegawaiTab, ['Nama', 'Catatan', 'NIP', '', ''])).toEqual([
      'Nama',
      'Catatan',
      'NIP',
      'Jabatan',
      'Pangkat/Golongan',
      'Unit Kerja',
      'Email',
      'NIP Atasan',
      'Peran',
      'NIP Plt/Plh',
      'Jenis Plt/Plh',
    ]);
    expect(upgradeHeader(pegawaiTab, headersOf(pegawaiTab))).toEqual(headersOf(pegawaiTab));
  });
});
