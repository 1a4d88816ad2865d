// Quarters and the year by the indicator's Agregasi and measurement pattern (DESIGN section 4, issue 16):
// a quarter against its Rencana Aksi target; "s.d. TW n" and the year over the filled measured quarters,
// marked `belumLengkap` when a measured one is missing. Quarters outside the Periode Ukur are not measured:
// no target, no realisation, never counted. A qualitative indicator (a scale) compares grades.
import type { AGREGASI } from '../tabs/declarations';
import {
  type AturanCapaian,
  type Capaian,
  hitungCapaian,
  hitungCapaianOrdinal,
  type Polaritas,
} from './capaian';
import { type Decimal, dec } from './decimal';
import { ejaanNilai } from './ordinal';
import {
  type KeadaanUkur,
  keadaanTriwulan,
  type PolaIndikator,
  polaDariAgregasi,
  SETIAP_TRIWULAN,
} from './pola';

export type Agregasi = (typeof AGREGASI)[number];

/** Quarter number 1..4. */
export type Tw = 1 | 2 | 3 | 4;

/** A target or realisation: a number, or a grade on the indicator's scale. */
export type Nilai = number | string;
type Empat = readonly [Nilai | null, Nilai | null, Nilai | null, Nilai | null];

export interface Indikator {
  readonly polaritas: Polaritas;
  readonly agregasi: Agregasi;
  /** Annual target (IKI), and for Rentang its lower end. */
  readonly target: Nilai;
  readonly targetAtas: number | null;
  /** Rencana Aksi targets TW I..IV (null where not set). */
  readonly targetTw: Empat;
  /** Realisation TW I..IV as entered (cumulative to date for Kumulatif). */
  readonly realisasiTw: Empat;
  /** Pattern and measured quarters; every quarter, pattern from Agregasi when absent. */
  readonly pola?: PolaIndikator;
  /** The grades (lowest first) when the indicator's Satuan names a scale. */
  readonly skala?: readonly string[] | null;
}

export interface NilaiPeriode {
  readonly target: Decimal | null;
  readonly realisasi: Decimal | null;
  /** Grades of a qualitative indicator (target and realisation are then null). */
  readonly huruf: { readonly target: string | null; readonly realisasi: string | null } | null;
  readonly capaian: Capaian;
  /** Some measured quarter of the period has no realisation: computed over the filled ones. */
  readonly belumLengkap: boolean;
  readonly triwulanTerisi: readonly Tw[];
  /** The period's state: not measured at all in it, waiting for a release, or measured. */
  readonly keadaan: KeadaanUkur;
}

const QUARTERS: readonly Tw[] = [1, 2, 3, 4];

export function polaIndikator(ind: Indikator): PolaIndikator {
  return ind.pola ?? { pola: polaDariAgregasi(ind.agregasi), periode: SETIAP_TRIWULAN };
}

/** The state of quarter `tw` of an indicator: the one rule, from `keadaanTriwulan`. */
export function keadaanIndikator(ind: Indikator, tw: Tw): KeadaanUkur {
  return keadaanTriwulan(polaIndikator(ind), tw, ind.realisasiTw[tw - 1] != null);
}

function tanpaUkur(keadaan: 'tidak diukur' | 'menunggu rilis', huruf: NilaiPeriode['huruf']): NilaiPeriode {
  return {
    target: null,
    realisasi: null,
    huruf,
    capaian: { status: keadaan },
    belumLengkap: keadaan === 'menunggu rilis',
    triwulanTerisi: [],
    keadaan,
  };
}

const grade = (skala: readonly string[], v: Nilai | null): string | null =>
  v === null ? null : typeof v === 'string' ? (ejaanNilai(skala, v) ?? v) : String(v);

/** A numeric value; a grade where a number is expected is not computed (the parse check names the cell). */
const angka = (v: Nilai | null): Decimal | null | 'huruf' =>
  v === null ? null : typeof v === 'number' ? dec(v) : 'huruf';

function numerik(
  ind: Indikator,
  target: Nilai | null,
  realisasi: Nilai | null,
  aturan: AturanCapaian | undefined,
): { target: Decimal | null; realisasi: Decimal | null; capaian: Capaian } {
  const t = angka(target);
  const r = angka(realisasi);
  const atas = ind.targetAtas;
  if (t === 'huruf' || r === 'huruf')
    return {
      target: t === 'huruf' ? null : t,
      realisasi: r === 'huruf' ? null : r,
      capaian: { status: 'tidak dapat dihitung', alasan: 'capaian.bukanAngka' },
    };
  return {
    target: t,
    realisasi: r,
    capaian: hitungCapaian({ polaritas: ind.polaritas, target: t, targetAtas: atas, realisasi: r }, aturan),
  };
}

/** Capaian of TW n alone: its realisation against the Rencana Aksi target of TW n (Rentang: the IKI range). */
export function capaianTriwulan(ind: Indikator, tw: Tw, aturan?: AturanCapaian): NilaiPeriode {
  const keadaan = keadaanIndikator(ind, tw);
  const r = ind.realisasiTw[tw - 1] ?? null;
  if (ind.skala) {
    const t = ind.targetTw[tw - 1] ?? ind.target;
    const huruf = { target: grade(ind.skala, t), realisasi: grade(ind.skala, r) };
    if (keadaan !== 'diukur') return tanpaUkur(keadaan, keadaan === 'tidak diukur' ? null : huruf);
    return {
      target: null,
      realisasi: null,
      huruf,
      capaian: hitungCapaianOrdinal(ind.skala, huruf.target, huruf.realisasi),
      belumLengkap: r === null,
      triwulanTerisi: r === null ? [] : [tw],
      keadaan,
    };
  }
  if (keadaan !== 'diukur') return tanpaUkur(keadaan, null);
  const t = ind.polaritas === 'Rentang' ? ind.target : (ind.targetTw[tw - 1] ?? null);
  // the properties named one by one: spread into a literal, each of a recap's 40,000 quarter figures got
  // a hidden class of its own (about 10 MB of them for 1,000 employees)
  const n = numerik(ind, t, r, aturan);
  return {
    target: n.target,
    realisasi: n.realisasi,
    capaian: n.capaian,
    huruf: null,
    belumLengkap: r === null,
    triwulanTerisi: r === null ? [] : [tw],
    keadaan,
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
 * Capaian "s.d. TW n" (n = 4 with `tahunan` for the year): realisation aggregated over the filled measured
 * quarters up to n; compared with the IKI annual target for the year, or to date with the same quarters'
 * targets. No measured quarter up to n: `tidak diukur`; only releases still awaited: `menunggu rilis`.
 */
export function capaianKumulatif(
  ind: Indikator,
  sampai: Tw,
  tahunan: boolean,
  aturan?: AturanCapaian,
): NilaiPeriode {
  const measured = QUARTERS.filter((q) => q <= sampai && keadaanIndikator(ind, q) !== 'tidak diukur');
  const filled = measured.filter((q) => ind.realisasiTw[q - 1] != null);
  const menunggu = measured.some((q) => keadaanIndikator(ind, q) === 'menunggu rilis');
  const belumLengkap = filled.length < measured.length;
  if (ind.skala) {
    const last = filled[filled.length - 1];
    const t = tahunan || last === undefined ? ind.target : (ind.targetTw[last - 1] ?? ind.target);
    const huruf = {
      target: grade(ind.skala, t),
      realisasi: last === undefined ? null : grade(ind.skala, ind.realisasiTw[last - 1] ?? null),
    };
    if (measured.length === 0) return tanpaUkur('tidak diukur', null);
    if (filled.length === 0 && menunggu) return tanpaUkur('menunggu rilis', huruf);
    return {
      target: null,
      realisasi: null,
      huruf,
      capaian: hitungCapaianOrdinal(ind.skala, huruf.target, huruf.realisasi),
      belumLengkap,
      triwulanTerisi: filled,
      keadaan: 'diukur',
    };
  }
  if (measured.length === 0) return tanpaUkur('tidak diukur', null);
  if (filled.length === 0 && menunggu) return tanpaUkur('menunggu rilis', null);
  const values = filled.map((q) => ind.realisasiTw[q - 1] as Nilai);
  const bukanAngka = (): NilaiPeriode => ({
    target: null,
    realisasi: null,
    huruf: null,
    capaian: { status: 'tidak dapat dihitung', alasan: 'capaian.bukanAngka' },
    belumLengkap,
    triwulanTerisi: filled,
    keadaan: 'diukur',
  });
  if (values.some((v) => typeof v !== 'number')) return bukanAngka();
  const realisasi = aggregate(
    ind.agregasi,
    values.map((v) => dec(v as number)),
  );
  let target: Nilai | Decimal | null;
  if (ind.polaritas === 'Rentang' || tahunan) {
    target = ind.target;
  } else if (filled.length === 0) {
    target = null;
  } else {
    const targets = filled.map((q) => ind.targetTw[q - 1] ?? null);
    target = targets.some((t) => typeof t !== 'number')
      ? null
      : aggregate(
          ind.agregasi,
          targets.map((t) => dec(t as number)),
        );
  }
  if (typeof target === 'string') return bukanAngka();
  const t = target === null ? null : dec(target);
  return {
    target: t,
    realisasi,
    huruf: null,
    capaian: hitungCapaian(
      { polaritas: ind.polaritas, target: t, targetAtas: ind.targetAtas, realisasi },
      aturan,
    ),
    belumLengkap,
    triwulanTerisi: filled,
    keadaan: 'diukur',
  };
}

export function capaianTahunan(ind: Indikator, aturan?: AturanCapaian): NilaiPeriode {
  return capaianKumulatif(ind, 4, true, aturan);
}
