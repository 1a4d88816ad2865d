// The trend of capaian over TW I-IV for the annual report: per unit and for the office, the mean of the
// indicators' computed capaian of each quarter alone (null where no indicator of the quarter is computed).
import type { Decimal } from '../capaian/decimal';
import { dec } from '../capaian/decimal';
import type { RekapIndikator, RekapUnit } from './model';

export interface Tren {
  readonly label: string;
  /** Mean capaian TW I..IV. */
  readonly nilai: readonly (Decimal | null)[];
}

function meanOf(indikator: readonly RekapIndikator[], q: number): Decimal | null {
  const values = indikator.flatMap((i) => {
    const c = i.perTriwulan[q]?.capaian;
    return c?.status === 'terhitung' ? [c.nilai] : [];
  });
  return values.length === 0 ? null : values.reduce((a, b) => a.plus(b), dec(0)).div(values.length);
}

function trenOf(label: string, indikator: readonly RekapIndikator[]): Tren {
  return { label, nilai: [0, 1, 2, 3].map((q) => meanOf(indikator, q)) };
}

/** One series per unit, then the office's. */
export function trenCapaian(units: readonly RekapUnit[], labelKantor: string): Tren[] {
  const per = units.map((u) =>
    trenOf(
      u.unitKerja,
      u.pegawai.flatMap((p) => p.indikator),
    ),
  );
  return [
    ...per,
    trenOf(
      labelKantor,
      units.flatMap((u) => u.pegawai.flatMap((p) => p.indikator)),
    ),
  ];
}
