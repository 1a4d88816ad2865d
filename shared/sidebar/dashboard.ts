// The office dashboard the Pengelola Kinerja works from (the head of office sees it read-only): progress of
// the current quarter per unit, who has not finished PK/RA, the late steps of the last 30 days, and how many
// people a reminder would reach now.

import { akhirPeriodePengukuran } from '../capaian/pola';
import type { Sha256 } from '../hash/digest';
import { fromLocal } from '../locale/date';
import { formatMenitKerja } from '../locale/duration';
import type { Lang } from '../messages/catalog';
import { describeProblem } from '../messages/translate';
import { isPimpinan } from '../org/tree';
import { compileRekap } from '../recap/build';
import type { Periode } from '../recap/period';
import { langkah } from '../sop/steps';
import { menitPerHari } from '../sop/working-time';
import type { Kantor } from '../workbook/parse';
import { berkasOf } from '../workflow/content';
import { DOKUMEN, type Dokumen, TRIWULAN, type Triwulan } from '../workflow/states';
import { akhirTriwulan } from '../workflow/transitions';
import { tertunda } from './notify';
import { menungguLangkah } from './steps';

export interface UnitProgres {
  readonly unit: string;
  readonly pegawai: number;
  readonly dilaporkan: number;
  readonly dievaluasi: number;
  readonly ditindaklanjuti: number;
  /** Employees whose quarter waits past the SOP standard of its next step. */
  readonly terlambat: number;
}

export interface BelumPkRa {
  readonly nama: string;
  readonly unit: string;
  readonly pk: string;
  readonly ra: string;
}

export interface LangkahTerlambatView {
  /** Who had to act and acted late (the superior, their Plt/Plh, the employee), with the capacity. */
  readonly nama: string;
  readonly sebagai: string;
  /** Whose document it was. */
  readonly pemilik: string;
  readonly langkah: number;
  readonly kegiatan: string;
  readonly dokumen: string;
  readonly durasi: string;
  readonly standar: string;
}

export interface DasborView {
  /** The head of office sees the dashboard without the administrator's buttons. */
  readonly bacaSaja: boolean;
  readonly triwulan: Triwulan;
  readonly dokumen: Dokumen;
  readonly unit: readonly UnitProgres[];
  readonly belumPkRa: readonly BelumPkRa[];
  /** Steps done past their SOP standard in the last 30 days (Riwayat), newest first, at most BATAS_DAFTAR. */
  readonly terlambat: readonly LangkahTerlambatView[];
  /** How many there are in all (the list above is bounded, however long the log grows). */
  readonly terlambatJumlah: number;
  /** People a reminder would reach now (everyone something waits for past its standard). */
  readonly pengingat: number;
}

const HARI_MS = 24 * 60 * 60 * 1000;

/** Longest list the sidebar receives of what only grows with time (late steps, general problems / 5). */
export const BATAS_DAFTAR = 20;
const REPORTED = ['Dilaporkan', 'Dievaluasi', 'Ditindaklanjuti'];
const EVALUATED = ['Dievaluasi', 'Ditindaklanjuti'];

/** The quarter being reported at `now`: the last one that has ended (TW I before the first one ends). */
export function triwulanBerjalan(k: Kantor, now: number | null): Triwulan {
  if (now === null) return 'I';
  let current: Triwulan = 'I';
  for (const tw of TRIWULAN) {
    if (fromLocal(akhirTriwulan(k.settings.tahun, tw), 24 * 60, k.settings.offsetMenit) <= now) current = tw;
  }
  // measured per semester: the semester's report (TW II or TW IV)
  const laporan = akhirPeriodePengukuran(
    (TRIWULAN.indexOf(current) + 1) as 1 | 2 | 3 | 4,
    k.settings.periodePengukuran,
  );
  return TRIWULAN[laporan - 1] as Triwulan;
}

export function dasborView(
  k: Kantor,
  now: number | null,
  bacaSaja: boolean,
  lang: Lang = k.settings.bahasa,
): DasborView {
  const triwulan = triwulanBerjalan(k, now);
  const dokumen = DOKUMEN[TRIWULAN.indexOf(triwulan) + 2] as Dokumen;
  // everyone with a file: the head of office too (the office IKU)
  const staff = k.org.all.filter((p) => p.nipAtasan || isPimpinan(k.org, p.nip));
  const units = new Map<string, UnitProgres>();
  for (const p of staff) {
    const status = berkasOf(k, p.nip)[dokumen];
    const late = menungguLangkah(k, p.nip, dokumen, now)?.terlambat ?? false;
    const u = units.get(p.unitKerja) ?? {
      unit: p.unitKerja,
      pegawai: 0,
      dilaporkan: 0,
      dievaluasi: 0,
      ditindaklanjuti: 0,
      terlambat: 0,
    };
    units.set(p.unitKerja, {
      ...u,
      pegawai: u.pegawai + 1,
      dilaporkan: u.dilaporkan + (REPORTED.includes(status) ? 1 : 0),
      dievaluasi: u.dievaluasi + (EVALUATED.includes(status) ? 1 : 0),
      ditindaklanjuti: u.ditindaklanjuti + (status === 'Ditindaklanjuti' ? 1 : 0),
      terlambat: u.terlambat + (late ? 1 : 0),
    });
  }
  const belumPkRa = staff.flatMap((p) => {
    const b = berkasOf(k, p.nip);
    const pkDone = b.PK === 'Ditandatangani' || b.PK === 'Diarsipkan';
    return pkDone && b.RA === 'Diarsipkan' ? [] : [{ nama: p.nama, unit: p.unitKerja, pk: b.PK, ra: b.RA }];
  });
  const perHari = menitPerHari(k.settings);
  const late = k.riwayat
    .map((r) => r.value)
    .filter(
      (e) =>
        e.melebihi === 'Ya' &&
        e.langkah !== null &&
        (e.tahun ?? k.settings.tahun) === k.settings.tahun &&
        (now === null || e.waktu >= now - 30 * HARI_MS),
    );
  const terlambat = late
    .slice(-BATAS_DAFTAR)
    .reverse()
    .map((e) => ({
      nama: k.org.byNip.get(e.nipPelaku ?? '')?.nama ?? e.email,
      sebagai: e.peran,
      pemilik: k.org.byNip.get(e.nipPemilik ?? '')?.nama ?? '',
      langkah: e.langkah as number,
      kegiatan: langkah(e.langkah as number).kegiatan,
      dokumen: e.dokumen,
      durasi: formatMenitKerja(e.durasi ?? 0, perHari, lang),
      standar: formatMenitKerja(e.standar ?? 0, perHari, lang),
    }));
  const pengingat = now === null ? 0 : new Set(tertunda(k, now).map((x) => x.kepada)).size;
  return {
    bacaSaja,
    triwulan,
    dokumen,
    unit: [...units.values()],
    belumPkRa,
    terlambat,
    terlambatJumlah: late.length,
    pengingat,
  };
}

/** What a recap of `periode` would miss, in the user's language: shown before compiling, to confirm. */
export function kekuranganRekap(k: Kantor, periode: Periode, now: number, sha256: Sha256): string[] {
  const lang = k.settings.bahasa;
  const r = compileRekap(k, periode, now, sha256, { lang });
  const problems = r.ok ? r.value.kekurangan : r.problems;
  return problems.map((p) => describeProblem(p, lang));
}
