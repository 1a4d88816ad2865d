// Capaian (achievement) of one indicator from target and realisation (DESIGN section 4), with three
// outcomes: never a silent 0 or NaN.
import type { MessageKey } from '../messages/catalog';
import type { RumusNegatif } from '../settings/settings';
import type { POLARITAS } from '../tabs/declarations';
import { type Decimal, dec, HUNDRED } from './decimal';
import { rankNilai } from './ordinal';

export type Polaritas = (typeof POLARITAS)[number];

export type Capaian =
  | { readonly status: 'belum diisi' }
  | {
      readonly status: 'terhitung';
      readonly nilai: Decimal;
      /** Negatif with target 0: R = 0 is 100%, R > 0 is 0% (marked "target nol" in reports). */
      readonly targetNol?: true;
    }
  | { readonly status: 'tidak dapat dihitung'; readonly alasan: MessageKey }
  /** The quarter is outside the indicator's Periode Ukur: no target, no realisation, in no average. */
  | { readonly status: 'tidak diukur' }
  /** A value the issuing body publishes the following year, not there yet. */
  | { readonly status: 'menunggu rilis' };

export interface AturanCapaian {
  readonly rumusNegatif: RumusNegatif;
  /** Optional upper cap in percent (e.g. 120); null for none. */
  readonly batasAtas: number | null;
}

export const ATURAN_BAKU: AturanCapaian = { rumusNegatif: '(2T-R)/T', batasAtas: null };

export interface Ukuran {
  readonly polaritas: Polaritas;
  readonly target: Decimal | number | null;
  /** Upper end of the range, for Rentang. */
  readonly targetAtas?: Decimal | number | null;
  readonly realisasi: Decimal | number | null;
}

const BELUM: Capaian = { status: 'belum diisi' };

function tidak(alasan: MessageKey): Capaian {
  return { status: 'tidak dapat dihitung', alasan };
}

export function hitungCapaian(u: Ukuran, aturan: AturanCapaian = ATURAN_BAKU): Capaian {
  if (u.realisasi === null) return BELUM;
  if (u.target === null) return tidak('capaian.tanpaTarget');
  const r = dec(u.realisasi);
  const t = dec(u.target);
  let c: Capaian;
  switch (u.polaritas) {
    case 'Positif':
      c = t.eq(0) ? tidak('capaian.targetNol') : terhitung(r.div(t).times(HUNDRED));
      break;
    case 'Negatif':
      if (t.eq(0)) return { status: 'terhitung', nilai: r.lte(0) ? HUNDRED : dec(0), targetNol: true };
      if (aturan.rumusNegatif === 'T/R')
        c = r.eq(0) ? tidak('capaian.realisasiNol') : terhitung(t.div(r).times(HUNDRED));
      else c = t.eq(0) ? tidak('capaian.targetNol') : terhitung(t.times(2).minus(r).div(t).times(HUNDRED));
      break;
    case 'Rentang': {
      if (u.targetAtas === null || u.targetAtas === undefined) return tidak('capaian.tanpaRentang');
      const atas = dec(u.targetAtas);
      if (r.gte(t) && r.lte(atas)) c = terhitung(HUNDRED);
      else if (r.lt(t)) c = t.eq(0) ? tidak('capaian.targetNol') : terhitung(r.div(t).times(HUNDRED));
      else
        c = atas.eq(0)
          ? tidak('capaian.targetNol')
          : terhitung(atas.times(2).minus(r).div(atas).times(HUNDRED));
      break;
    }
  }
  if (c.status === 'terhitung' && aturan.batasAtas !== null && c.nilai.gt(aturan.batasAtas)) {
    return terhitung(dec(aturan.batasAtas));
  }
  // never below 0%: a realisation far on the wrong side (Negatif, Rentang far outside) floors at 0
  if (c.status === 'terhitung' && c.nilai.lt(0)) return terhitung(dec(0));
  return c;
}

/**
 * Capaian of a qualitative indicator on its scale (grades lowest first): R at or above T is 100%; below,
 * rank(R) / rank(T) x 100. A grade not on the scale cannot be computed.
 */
export function hitungCapaianOrdinal(
  skala: readonly string[],
  target: string | null,
  realisasi: string | null,
): Capaian {
  if (realisasi === null) return BELUM;
  if (target === null) return tidak('capaian.tanpaTarget');
  const rt = rankNilai(skala, target);
  const rr = rankNilai(skala, realisasi);
  if (rt === null || rr === null) return tidak('capaian.bukanNilaiSkala');
  return terhitung(rr >= rt ? HUNDRED : dec(rr).div(rt).times(HUNDRED));
}

function terhitung(nilai: Decimal): Capaian {
  return { status: 'terhitung', nilai };
}
