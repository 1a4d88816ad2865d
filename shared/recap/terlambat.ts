// The SOP steps of a recap period that took longer than their standard. Each lateness is attributed to
// whoever had to act (the superior, their Plt/Plh when they acted, the employee, the Pengelola Kinerja) and
// reported once: a quarter's measurement in that quarter's recap; a PK or RA step in the quarter in which it
// happened; the annual recap lists the whole year.

import type { Tw } from '../capaian/period';
import { akhirPeriodePengukuran } from '../capaian/pola';
import { toCalendarDate } from '../locale/date';
import { langkah } from '../sop/steps';
import type { Kantor } from '../workbook/parse';
import { triwulanOf } from '../workflow/states';
import type { LangkahTerlambat } from './model';
import { type Periode, twOf } from './period';

/** The quarter (1-4) in whose recap a log entry's lateness is reported. */
export function triwulanLaporan(
  e: { dokumen: string; waktu: number },
  tahun: number,
  offsetMenit: number,
): number {
  const tw = triwulanOf(e.dokumen as 'TW1');
  if (tw) return ['I', 'II', 'III', 'IV'].indexOf(tw) + 1;
  const d = toCalendarDate(e.waktu, offsetMenit);
  if (d.tahun < tahun) return 1;
  if (d.tahun > tahun) return 4;
  return Math.ceil(d.bulan / 3);
}

export function langkahTerlambatPeriode(k: Kantor, periode: Periode): LangkahTerlambat[] {
  const tw = twOf(periode);
  return k.riwayat
    .map((r) => r.value)
    .filter(
      (e) =>
        e.melebihi === 'Ya' &&
        e.langkah !== null &&
        e.durasi !== null &&
        e.standar !== null &&
        ['PK', 'RA', 'TW1', 'TW2', 'TW3', 'TW4'].includes(e.dokumen) &&
        (periode === 'TAHUNAN' ||
          // measured per semester: a step is reported in its semester's recap (TW II or TW IV)
          akhirPeriodePengukuran(
            triwulanLaporan(e, k.settings.tahun, k.settings.offsetMenit) as Tw,
            k.settings.periodePengukuran,
          ) === tw),
    )
    .map((e) => {
      const pelaku = k.org.byNip.get(e.nipPelaku ?? '') ?? k.org.byEmail.get(e.email);
      return {
        langkah: e.langkah as number,
        kegiatan: langkah(e.langkah as number).kegiatan,
        nip: pelaku?.nip ?? e.nipPelaku ?? '',
        nama: pelaku?.nama ?? e.email,
        sebagai: e.peran,
        nipPemilik: e.nipPemilik ?? '',
        namaPemilik: k.org.byNip.get(e.nipPemilik ?? '')?.nama ?? '',
        dokumen: e.dokumen,
        waktu: e.waktu,
        durasi: e.durasi as number,
        standar: e.standar as number,
      };
    });
}
