// The periods a recap covers: a quarter (SOP step 13) or the year (step 14).

import type { Tw } from '../capaian/period';
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

export function labelPeriode(periode: Periode): string {
  return periode === 'TAHUNAN' ? 'Tahun' : `Triwulan ${triwulanRomawi(twOf(periode))}`;
}

export function judulRekap(periode: Periode, tahun: number): string {
  return periode === 'TAHUNAN'
    ? `Laporan Kinerja Tahun ${tahun}`
    : `Laporan Pengukuran Kinerja ${labelPeriode(periode)} Tahun ${tahun}`;
}

export function langkahRekap(periode: Periode): 13 | 14 {
  return periode === 'TAHUNAN' ? 14 : 13;
}

/** The measurement documents a period covers. */
export function dokumenPeriode(periode: Periode): Dokumen[] {
  return periode === 'TAHUNAN' ? ['TW1', 'TW2', 'TW3', 'TW4'] : [periode];
}

export function triwulanRomawi(tw: Tw): Triwulan {
  return TRIWULAN[tw - 1] as Triwulan;
}
