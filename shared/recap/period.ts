// The periods a recap covers: a quarter (SOP step 13) or the year (step 14).

import type { Tw } from '../capaian/period';
import type { PeriodePengukuran } from '../capaian/pola';
import { type Dokumen, TRIWULAN, type Triwulan } from '../workflow/states';

export const PERIODE = ['TW1', 'TW2', 'TW3', 'TW4', 'TAHUNAN'] as const;
export type Periode = (typeof PERIODE)[number];

export function isPeriode(value: unknown): value is Periode {
  return typeof value === 'string' && (PERIODE as readonly string[]).includes(value);
}

/** Quarter number of a period; 4 for the year (it covers TW I-IV). */
export function twOf(periode: Periode): Tw {
  return periode === 'TAHUNAN' ? 4 : (Number(periode.slice(2)) as Tw);
}

/** `Triwulan II`; measured per semester, TW2 is `Semester I` and TW4 `Semester II`. */
export function labelPeriode(periode: Periode, mode: PeriodePengukuran = 'Triwulan'): string {
  if (periode === 'TAHUNAN') return 'Tahun';
  if (mode === 'Semester') return `Semester ${twOf(periode) <= 2 ? 'I' : 'II'}`;
  return `Triwulan ${triwulanRomawi(twOf(periode))}`;
}

export function judulRekap(periode: Periode, tahun: number, mode: PeriodePengukuran = 'Triwulan'): string {
  return periode === 'TAHUNAN'
    ? `Laporan Kinerja Tahun ${tahun}`
    : `Laporan Pengukuran Kinerja ${labelPeriode(periode, mode)} Tahun ${tahun}`;
}

/** Whether a recap of this period exists in the mode: measured per semester, only TW2, TW4 and the year. */
export function periodeBerlaku(periode: Periode, mode: PeriodePengukuran): boolean {
  return mode === 'Triwulan' || periode === 'TAHUNAN' || periode === 'TW2' || periode === 'TW4';
}

export function langkahRekap(periode: Periode): 13 | 14 {
  return periode === 'TAHUNAN' ? 14 : 13;
}

/** The measurement documents a period covers (the year per semester: TW2 and TW4). */
export function dokumenPeriode(periode: Periode, mode: PeriodePengukuran = 'Triwulan'): Dokumen[] {
  if (periode !== 'TAHUNAN') return [periode];
  return mode === 'Semester' ? ['TW2', 'TW4'] : ['TW1', 'TW2', 'TW3', 'TW4'];
}

export function triwulanRomawi(tw: Tw): Triwulan {
  return TRIWULAN[tw - 1] as Triwulan;
}
