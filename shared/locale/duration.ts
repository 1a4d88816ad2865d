// Durations as the SOP writes them (`60 Menit`, `1 hari`, `3 Bulan`) and as people read working time
// (`1 jam 20 menit`, `2 hari kerja 3 jam`).
import type { Lang, MessageKey } from '../messages/catalog';
import { t } from '../messages/translate';
import { fail, ok, type Result } from '../problems';

export const SATUAN_DURASI = ['menit', 'jam', 'hari', 'bulan'] as const;
export type SatuanDurasi = (typeof SATUAN_DURASI)[number];

export interface Durasi {
  readonly jumlah: number;
  readonly satuan: SatuanDurasi;
}

export function parseDurasi(text: string): Result<Durasi> {
  const m = /^\s*(\d+)\s*(menit|jam|hari|bulan)\s*$/i.exec(text);
  if (!m) return fail({ key: 'durasi.tidakValid', params: { nilai: text } });
  return ok({ jumlah: Number(m[1]), satuan: (m[2] ?? '').toLowerCase() as SatuanDurasi });
}

const SATUAN_KEY: Record<SatuanDurasi, MessageKey> = {
  menit: 'durasi.menit',
  jam: 'durasi.jam',
  hari: 'durasi.hari',
  bulan: 'durasi.bulan',
};

export function formatDurasi(d: Durasi, lang: Lang = 'id'): string {
  return t(SATUAN_KEY[d.satuan], { n: d.jumlah }, lang);
}

/** Working minutes for people: `25 menit`, `1 jam 20 menit`, `2 hari kerja 3 jam`. */
export function formatMenitKerja(minutes: number, minutesPerDay: number, lang: Lang = 'id'): string {
  const total = Math.round(minutes);
  const days = Math.floor(total / minutesPerDay);
  const rest = total - days * minutesPerDay;
  const hours = Math.floor(rest / 60);
  const mins = rest % 60;
  const parts: string[] = [];
  if (days) parts.push(t('durasi.hariKerja', { n: days }, lang));
  if (hours) parts.push(t('durasi.jam', { n: hours }, lang));
  if (mins || parts.length === 0) parts.push(t('durasi.menit', { n: mins }, lang));
  return parts.join(' ');
}
