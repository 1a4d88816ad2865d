// Text of a target or realisation as documents and the sidebar show it: a number in the office locale,
// a grade as typed, `-` when empty; and the label of a quarter's state from the one rule (`keadaanTriwulan`).
import type { LocaleCode } from '../locale/locale';
import { formatPlain } from '../locale/number';
import type { Lang } from '../messages/catalog';
import { t } from '../messages/translate';
import type { KeadaanUkur } from './pola';

export function teksNilai(v: number | string | null | undefined, lokal: LocaleCode = 'id-ID'): string {
  if (v === null || v === undefined) return '-';
  return typeof v === 'number' ? formatPlain(v, 4, lokal) : v;
}

/** `tidak diukur` / `menunggu rilis` (null when the quarter is measured). */
export function labelKeadaan(k: KeadaanUkur, lang: Lang = 'id'): string | null {
  if (k === 'tidak diukur') return t('keadaan.tidakDiukur', {}, lang);
  if (k === 'menunggu rilis') return t('keadaan.menungguRilis', {}, lang);
  return null;
}
