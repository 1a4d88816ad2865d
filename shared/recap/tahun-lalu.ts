// The comparison of an indicator's realisation with the previous year (LKjIP BAB III). The previous year's
// figure is typed by the office in the optional IKI column `Realisasi Tahun Lalu` (a number, or a grade when
// the Satuan names a scale): one column works the same in the add-on, the cloud recap and the local mode,
// whatever workbook last year's figures came from. Blank: nothing is compared, the document prints "-" and
// says why. Direction follows the polarity: higher is better for Positif, lower for Negatif; a Rentang
// indicator, a grade off its scale, or a year not yet realised gets no direction.
import { type Decimal, dec } from '../capaian/decimal';
import { rankNilai } from '../capaian/ordinal';
import type { NilaiPeriode } from '../capaian/period';

export type ArahPerubahan = 'membaik' | 'memburuk' | 'tetap';

export interface PerbandinganTahunLalu {
  /** As typed in IKI `Realisasi Tahun Lalu`; null when blank. */
  readonly realisasiTahunLalu: number | string | null;
  /** This year's realisation minus last year's (numbers only). */
  readonly selisih: Decimal | null;
  readonly arah: ArahPerubahan | null;
}

/** Position of a realisation on one line: a number, or a grade's rank on its scale. */
function posisi(v: number | string | Decimal | null, skala: readonly string[] | null): Decimal | null {
  if (v === null) return null;
  if (typeof v === 'number') return dec(v);
  if (typeof v === 'string') {
    const r = skala ? rankNilai(skala, v) : null;
    return r === null ? null : dec(r);
  }
  return v;
}

export function perbandinganTahunLalu(
  tahunLalu: number | string | null,
  tahunIni: NilaiPeriode,
  polaritas: string,
  skala: readonly string[] | null,
): PerbandinganTahunLalu {
  const lalu = posisi(tahunLalu, skala);
  const ini = posisi(tahunIni.huruf ? tahunIni.huruf.realisasi : tahunIni.realisasi, skala);
  if (lalu === null || ini === null) return { realisasiTahunLalu: tahunLalu, selisih: null, arah: null };
  const selisih = typeof tahunLalu === 'number' && !tahunIni.huruf ? ini.minus(lalu) : null;
  const cmp = ini.cmp(lalu);
  const arah: ArahPerubahan | null =
    cmp === 0
      ? 'tetap'
      : polaritas === 'Positif'
        ? cmp > 0
          ? 'membaik'
          : 'memburuk'
        : polaritas === 'Negatif'
          ? cmp < 0
            ? 'membaik'
            : 'memburuk'
          : null;
  return { realisasiTahunLalu: tahunLalu, selisih, arah };
}
