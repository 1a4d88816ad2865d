// The trend of capaian over TW I-IV for the annual report: per unit and for the office, the mean of the
// indicators' computed capaian of each quarter alone (null where no indicator of the quarter is computed).
// Computed once when the recap is compiled (build.ts): the summary and the parts of a split document show
// every unit's line and the whole office's, not the means of the employees they happen to hold.
import type { Decimal } from '../capaian/decimal';
import type { NilaiPeriode } from '../capaian/period';
import { roundHalfUp } from '../locale/number';
import type { ModelRekap, RekapIndikator } from './model';

export interface Tren {
  readonly label: string;
  /** Mean capaian TW I..IV. */
  readonly nilai: readonly (Decimal | null)[];
}

function meanOf(indikator: readonly RekapIndikator[], q: number): Decimal | null {
  let sum: Decimal | null = null;
  let n = 0;
  for (const i of indikator) {
    const c = i.perTriwulan[q]?.capaian;
    if (c?.status !== 'terhitung') continue;
    sum = sum === null ? c.nilai : sum.plus(c.nilai);
    n++;
  }
  return sum === null ? null : sum.div(n);
}

/** A quarter's capaian as a trend chart draws it: the percentage to two places, null where not computed. */
export function titikGrafik(n: NilaiPeriode): number | null {
  return n.capaian.status === 'terhitung' ? roundHalfUp(n.capaian.nilai, 2).toNumber() : null;
}

/** Mean capaian of each quarter TW I..IV over the indicators. */
export function trenTriwulan(indikator: readonly RekapIndikator[]): readonly (Decimal | null)[] {
  return [0, 1, 2, 3].map((q) => meanOf(indikator, q));
}

/** One series per unit, then the office's. */
export function trenCapaian(m: Pick<ModelRekap, 'units' | 'trenKantor'>, labelKantor: string): Tren[] {
  return [
    ...m.units.map((u) => ({ label: u.unitKerja, nilai: u.tren })),
    { label: labelKantor, nilai: m.trenKantor },
  ];
}
