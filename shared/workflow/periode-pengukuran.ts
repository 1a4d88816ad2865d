// The documents of the year's cycle under the office's `Periode Pengukuran` (issue 11 item 5): PK, RA and
// the four quarters, or, measured per semester, PK, RA, TW2 (Semester I) and TW4 (Semester II). TW1 and
// TW3 are then no document of anyone's: no action, no reminder, no lateness, in no recap.
import { type PeriodePengukuran, triwulanPengukuran } from '../capaian/pola';
import { DOKUMEN, type Dokumen, TRIWULAN, triwulanOf } from './states';

/** Whether `dokumen` is a document of the cycle in this mode (PK and RA always are). */
export function dalamSiklus(dokumen: Dokumen, mode: PeriodePengukuran): boolean {
  const tw = triwulanOf(dokumen);
  if (tw === null) return true;
  return triwulanPengukuran(mode).includes((TRIWULAN.indexOf(tw) + 1) as 1 | 2 | 3 | 4);
}

/** The documents of the cycle, in order. */
export function dokumenSiklus(mode: PeriodePengukuran): readonly Dokumen[] {
  return DOKUMEN.filter((d) => dalamSiklus(d, mode));
}
