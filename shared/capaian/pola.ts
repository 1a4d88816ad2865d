// How an indicator is measured (issue 16): its pattern (Pola Ukur) and the quarters it is measured in
// (Periode Ukur), and the one function that says, for a quarter, whether it is measured, not measured, or
// waiting for another body's release. Every view (recap, validate, Rekap tab, sidebar, workflow) asks here.
//  - Hitungan (a count): quarterly targets split the annual one; realisation is summed.
//  - Posisi (a position at a date): the latest value against the target of that quarter; never summed.
//  - Rilis (a value an issuing body publishes): measured only in its release period, Penerbit required.
export const POLA_UKUR = ['Hitungan', 'Posisi', 'Rilis'] as const;
export type PolaUkur = (typeof POLA_UKUR)[number];
type Tw = 1 | 2 | 3 | 4;

/** What a quarter is for an indicator. */
export type KeadaanUkur = 'diukur' | 'tidak diukur' | 'menunggu rilis';

export interface PeriodeUkur {
  /** Quarters measured, ascending. */
  readonly triwulan: readonly Tw[];
  /** The value for the year is published in the following year (Opini BPK, IPM). */
  readonly tahunBerikutnya: boolean;
}

export interface PolaIndikator {
  readonly pola: PolaUkur;
  readonly periode: PeriodeUkur;
}

export const SETIAP_TRIWULAN: PeriodeUkur = { triwulan: [1, 2, 3, 4], tahunBerikutnya: false };
const TAHUNAN: PeriodeUkur = { triwulan: [4], tahunBerikutnya: false };

/**
 * The office's measurement period (Pengaturan `Periode Pengukuran`, issue 11 item 5): every quarter
 * (`Triwulan`, the default), or every semester (`Semester`): then the TW II and TW IV measurements are the
 * semester reports, each covering two quarters (TW II: January-June; TW IV: July-December), and TW I and
 * TW III are measured by nobody.
 */
export const PERIODE_PENGUKURAN = ['Triwulan', 'Semester'] as const;
export type PeriodePengukuran = (typeof PERIODE_PENGUKURAN)[number];

/** The quarters whose measurement documents the office's cycle uses: all four, or the semester ends. */
export function triwulanPengukuran(mode: PeriodePengukuran): readonly Tw[] {
  return mode === 'Semester' ? [2, 4] : [1, 2, 3, 4];
}

/** The quarter whose document reports quarter `tw` in this mode: itself, or its semester's end. */
export function akhirPeriodePengukuran(tw: Tw, mode: PeriodePengukuran): Tw {
  return mode === 'Semester' ? (tw <= 2 ? 2 : 4) : tw;
}

/** An indicator's measured quarters as the office reports them: in Semester mode each moves to its semester's end. */
export function periodeMenurut(p: PeriodeUkur, mode: PeriodePengukuran): PeriodeUkur {
  if (mode === 'Triwulan') return p;
  const triwulan = [...new Set(p.triwulan.map((q) => akhirPeriodePengukuran(q, mode)))].sort();
  return { triwulan, tahunBerikutnya: p.tahunBerikutnya };
}

/**
 * The pattern of an indicator whose Pola Ukur is blank: Agregasi `Jumlah` is a count, every other Agregasi
 * a position. (Agregasi as text: this rule sits below the tab declarations, which take POLA_UKUR from here.)
 */
export function polaDariAgregasi(agregasi: string | null): PolaUkur {
  return agregasi === 'Jumlah' ? 'Hitungan' : 'Posisi';
}

const ROMAWI: Record<string, Tw> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/**
 * Periode Ukur as typed: blank (every quarter; Tahunan for Rilis), `Semester` (TW II and IV), `Tahunan`
 * (TW IV), `Tahun Berikutnya` (TW IV, published the following year), or named quarters `TW II, TW IV`.
 * Null when not understood.
 */
export function parsePeriodeUkur(text: string | null, pola: PolaUkur): PeriodeUkur | null {
  const v = (text ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
  if (v === '') return pola === 'Rilis' ? TAHUNAN : SETIAP_TRIWULAN;
  if (v === 'setiap triwulan' || v === 'triwulan' || v === 'triwulanan') return SETIAP_TRIWULAN;
  if (v === 'semester' || v === 'semesteran') return { triwulan: [2, 4], tahunBerikutnya: false };
  if (v === 'tahunan') return TAHUNAN;
  if (v === 'tahun berikutnya' || v === 'tahunan, rilis tahun berikutnya')
    return { triwulan: [4], tahunBerikutnya: true };
  const items = v
    .split(/[,;]|\bdan\b/)
    .map((s) => s.trim().replace(/^tw\s*/, ''))
    .filter(Boolean);
  const quarters = items.map((s) => ROMAWI[s]);
  if (quarters.length === 0 || quarters.some((q) => q === undefined)) return null;
  return { triwulan: [...new Set(quarters as Tw[])].sort(), tahunBerikutnya: false };
}

/** The period as a label for documents: `setiap triwulan`, `semester (TW II, TW IV)`, `tahunan (TW IV)`. */
export function labelPeriodeUkur(p: PeriodeUkur): string {
  const tw = p.triwulan.map((q) => `TW ${['I', 'II', 'III', 'IV'][q - 1]}`).join(', ');
  if (p.tahunBerikutnya) return `tahunan, rilis tahun berikutnya (${tw})`;
  if (p.triwulan.length === 4) return 'setiap triwulan';
  if (p.triwulan.length === 2 && p.triwulan[0] === 2 && p.triwulan[1] === 4) return `semester (${tw})`;
  if (p.triwulan.length === 1 && p.triwulan[0] === 4) return `tahunan (${tw})`;
  return tw;
}

/**
 * The pattern of an IKI row: Pola Ukur when given, else from Agregasi; a bad Periode Ukur falls back. With
 * the office's `Periode Pengukuran` Semester, the measured quarters move to the semesters' ends.
 */
export function polaOf(
  iki: {
    readonly agregasi: string | null;
    readonly polaUkur?: PolaUkur | null;
    readonly periodeUkur?: string | null;
  },
  mode: PeriodePengukuran = 'Triwulan',
): PolaIndikator {
  const pola = iki.polaUkur ?? polaDariAgregasi(iki.agregasi);
  const periode = parsePeriodeUkur(iki.periodeUkur ?? null, pola) ?? SETIAP_TRIWULAN;
  return { pola, periode: periodeMenurut(periode, mode) };
}

/** Pattern, period label and issuing body of an IKI row, as documents (the PK lampiran) show them. */
export function kolomPola(
  iki: Parameters<typeof polaOf>[0] & { readonly penerbit?: string | null },
  mode: PeriodePengukuran = 'Triwulan',
): {
  readonly polaUkur: PolaUkur;
  readonly periodeUkur: string;
  readonly penerbit: string | null;
} {
  const p = polaOf(iki, mode);
  return { polaUkur: p.pola, periodeUkur: labelPeriodeUkur(p.periode), penerbit: iki.penerbit ?? null };
}

/** The pattern, period and issuing body in one cell of a document: `Rilis; tahunan (TW IV); Penerbit: BPK RI`. */
export function teksPolaPeriode(k: {
  readonly polaUkur: string;
  readonly periodeUkur: string;
  readonly penerbit: string | null;
}): string {
  return `${k.polaUkur}; ${k.periodeUkur}${k.penerbit ? `; Penerbit: ${k.penerbit}` : ''}`;
}

/**
 * THE state of one quarter of an indicator. Outside its period: `tidak diukur` (no target, no realisation,
 * not late, not 0, in no average). A value published the following year that is not there yet:
 * `menunggu rilis` (never `belum melapor`). Otherwise `diukur` (filled in or not).
 */
export function keadaanTriwulan(p: PolaIndikator, tw: Tw, adaRealisasi: boolean): KeadaanUkur {
  if (!p.periode.triwulan.includes(tw)) return 'tidak diukur';
  if (p.periode.tahunBerikutnya && !adaRealisasi) return 'menunggu rilis';
  return 'diukur';
}

/** Whether a missing realisation of this quarter is a shortfall (late, `belum melapor`, required). */
export function realisasiDiharapkan(p: PolaIndikator, tw: Tw): boolean {
  return keadaanTriwulan(p, tw, false) === 'diukur';
}
