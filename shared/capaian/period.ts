// Quarters and the year by the indicator's Agregasi (DESIGN section 4): a quarter against its Rencana Aksi
// target; "s.d. TW n" and the year over the filled quarters, marked `belumLengkap` when one is missing.
import type { AGREGASI } from '../tabs/declarations';
import { type AturanCapaian, type Capaian, hitungCapaian, type Polaritas } from './capaian';
import { type Decimal, dec } from './decimal';

export type Agregasi = (typeof AGREGASI)[number];

/** Quarter number 1..4. */
export type Tw = 1 | 2 | 3 | 4;

export interface Indikator {
  readonly polaritas: Polaritas;
  readonly agregasi: Agregasi;
  /** Annual target (IKI), and for Rentang its lower end. */
  readonly target: number;
  readonly targetAtas: number | null;
  /** Rencana Aksi targets TW I..IV (null where not set). */
  readonly targetTw: readonly [number | null, number | null, number | null, number | null];
  /** Realisation TW I..IV as entered (cumulative to date for Kumulatif). */
  readonly realisasiTw: readonly [number | null, number | null, number | null, number | null];
}

export interface NilaiPeriode {
  readonly target: Decimal | null;
  readonly realisasi: Decimal | null;
  readonly capaian: Capaian;
  /** Some quarter of the period has no realisation: computed over the filled ones. */
  readonly belumLengkap: boolean;
  readonly triwulanTerisi: readonly Tw[];
}

const QUARTERS: readonly Tw[] = [1, 2, 3, 4];

/** Capaian of TW n alone: its realisation against the Rencana Aksi target of TW n (Rentang: the IKI range). */
export function capaianTriwulan(ind: Indikator, tw: Tw, aturan?: AturanCapaian): NilaiPeriode {
  const r = ind.realisasiTw[tw - 1] ?? null;
  const t = ind.polaritas === 'Rentang' ? ind.target : (ind.targetTw[tw - 1] ?? null);
  return {
    target: t === null ? null : dec(t),
    realisasi: r === null ? null : dec(r),
    capaian: hitungCapaian(
      { polaritas: ind.polaritas, target: t, targetAtas: ind.targetAtas, realisasi: r },
      aturan,
    ),
    belumLengkap: r === null,
    triwulanTerisi: r === null ? [] : [tw],
  };
}

function aggregate(agregasi: Agregasi, values: readonly Decimal[]): Decimal | null {
  if (values.length === 0) return null;
  switch (agregasi) {
    case 'Kumulatif':
    case 'Nilai Akhir':
      return values[values.length - 1] as Decimal;
    case 'Jumlah':
      return values.reduce((a, b) => a.plus(b), dec(0));
    case 'Rata-rata':
      return values.reduce((a, b) => a.plus(b), dec(0)).div(values.length);
  }
}

/**
 * Capaian "s.d. TW n" (n = 4 with `tahunan` for the year): realisation aggregated over the filled quarters
 * up to n; compared with the IKI annual target for the year, or to date with the same quarters' targets.
 */
export function capaianKumulatif(
  ind: Indikator,
  sampai: Tw,
  tahunan: boolean,
  aturan?: AturanCapaian,
): NilaiPeriode {
  const filled = QUARTERS.filter((q) => q <= sampai && ind.realisasiTw[q - 1] !== null);
  const belumLengkap = filled.length < sampai;
  const realisasi = aggregate(
    ind.agregasi,
    filled.map((q) => dec(ind.realisasiTw[q - 1] as number)),
  );
  let target: Decimal | null;
  if (ind.polaritas === 'Rentang' || tahunan) {
    target = dec(ind.target);
  } else if (filled.length === 0) {
    target = null;
  } else {
    const targets = filled.map((q) => ind.targetTw[q - 1] ?? null);
    target = targets.some((t) => t === null)
      ? null
      : aggregate(
          ind.agregasi,
          targets.map((t) => dec(t as number)),
        );
  }
  return {
    target,
    realisasi,
    capaian: hitungCapaian(
      { polaritas: ind.polaritas, target, targetAtas: ind.targetAtas, realisasi },
      aturan,
    ),
    belumLengkap,
    triwulanTerisi: filled,
  };
}

export function capaianTahunan(ind: Indikator, aturan?: AturanCapaian): NilaiPeriode {
  return capaianKumulatif(ind, 4, true, aturan);
}
