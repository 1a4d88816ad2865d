// The comparison with the previous year (LKjIP BAB III): IKI `Realisasi Tahun Lalu` against this year's
// realisation, the direction by polarity, grades by their rank on the scale, and nothing when blank.
import { describe, expect, it } from 'vitest';
import { dec, type NilaiPeriode, perbandinganTahunLalu } from '../../shared';

const tahunIni = (realisasi: number | null, huruf: string | null = null): NilaiPeriode => ({
  target: null,
  realisasi: realisasi === null ? null : dec(realisasi),
  huruf: huruf ? { target: null, realisasi: huruf } : null,
  capaian: { status: 'belum diisi' },
  belumLengkap: false,
  triwulanTerisi: [],
  keadaan: 'diukur',
});

describe('perbandinganTahunLalu', () => {
  it('gives the difference and the direction by polarity', () => {
    const naik = perbandinganTahunLalu(93.5, tahunIni(96), 'Positif', null);
    expect([naik.selisih?.toFixed(), naik.arah]).toEqual(['2.5', 'membaik']);
    // fewer findings is better
    expect(perbandinganTahunLalu(9, tahunIni(6.5), 'Negatif', null).arah).toBe('membaik');
    expect(perbandinganTahunLalu(5, tahunIni(6.5), 'Negatif', null).arah).toBe('memburuk');
    expect(perbandinganTahunLalu(6.5, tahunIni(6.5), 'Negatif', null).arah).toBe('tetap');
    // a range has no better side: the difference only
    const rentang = perbandinganTahunLalu(4, tahunIni(3), 'Rentang', null);
    expect([rentang.selisih?.toFixed(), rentang.arah]).toEqual(['-1', null]);
  });

  it('compares grades by their rank on the scale, without a difference', () => {
    const opini = ['TMP', 'TW', 'WDP', 'WTP'];
    const p = perbandinganTahunLalu('WDP', tahunIni(null, 'WTP'), 'Positif', opini);
    expect([p.selisih, p.arah]).toEqual([null, 'membaik']);
    expect(perbandinganTahunLalu('XYZ', tahunIni(null, 'WTP'), 'Positif', opini).arah).toBeNull();
  });

  it('compares nothing when last year is blank or this year is not realised', () => {
    expect(perbandinganTahunLalu(null, tahunIni(96), 'Positif', null)).toEqual({
      realisasiTahunLalu: null,
      selisih: null,
      arah: null,
    });
    expect(perbandinganTahunLalu(90, tahunIni(null), 'Positif', null).arah).toBeNull();
  });
});
