// Predikat from capaian on the office's scale (default: the common LKjIP scale).
import { roundHalfUp } from '../locale/number';
import { DEFAULT_PREDIKAT, type PredikatBand } from '../settings/settings';
import type { Capaian } from './capaian';
import type { Decimal } from './decimal';

/** The band of a capaian, judged on the value as displayed (rounded half up to 2 decimals). */
export function predikatOf(nilai: Decimal, skala: readonly PredikatBand[] = DEFAULT_PREDIKAT): string {
  const shown = roundHalfUp(nilai, 2);
  for (const band of skala)
    if (band.min === Number.NEGATIVE_INFINITY || shown.gte(band.min)) return band.label;
  return skala[skala.length - 1]?.label ?? '';
}

export function predikatCapaian(
  c: Capaian,
  skala: readonly PredikatBand[] = DEFAULT_PREDIKAT,
): string | null {
  return c.status === 'terhitung' ? predikatOf(c.nilai, skala) : null;
}
