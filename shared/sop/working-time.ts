// Working time, as a civil servant counts it: only office days and hours count, holidays do not.
// A PK submitted at 15:50 and reviewed at 07:45 the next working day took 25 minutes.
import { addDays, type CalendarDate, dayOfWeek, fromLocal, isoDate, toCalendarDate } from '../locale/date';
import type { Durasi } from '../locale/duration';
import type { Settings } from '../settings/settings';

export type Kalender = Pick<Settings, 'offsetMenit' | 'hariKerja' | 'jamMulai' | 'jamSelesai' | 'hariLibur'>;

export function menitPerHari(k: Kalender): number {
  return k.jamSelesai - k.jamMulai;
}

export function isHariKerja(k: Kalender, d: CalendarDate): boolean {
  const iso = dayOfWeek(d) === 0 ? 7 : dayOfWeek(d);
  return k.hariKerja.includes(iso) && !k.hariLibur.includes(isoDate(d));
}

/** Working minutes between two instants (0 when `to` is not after `from`). */
export function menitKerja(k: Kalender, from: number, to: number): number {
  if (!(to > from)) return 0;
  let total = 0;
  let day = toCalendarDate(from, k.offsetMenit);
  const last = toCalendarDate(to, k.offsetMenit);
  for (let guard = 0; guard < 3700; guard++) {
    if (isHariKerja(k, day)) {
      const start = Math.max(from, fromLocal(day, k.jamMulai, k.offsetMenit));
      const end = Math.min(to, fromLocal(day, k.jamSelesai, k.offsetMenit));
      if (end > start) total += (end - start) / 60_000;
    }
    if (isoDate(day) === isoDate(last)) break;
    day = addDays(day, 1);
  }
  return total;
}

/** A SOP time standard in working minutes; months count as 21 working days each. */
export function standarMenit(k: Kalender, waktu: Durasi): number {
  switch (waktu.satuan) {
    case 'menit':
      return waktu.jumlah;
    case 'jam':
      return waktu.jumlah * 60;
    case 'hari':
      return waktu.jumlah * menitPerHari(k);
    case 'bulan':
      return waktu.jumlah * 21 * menitPerHari(k);
  }
}
