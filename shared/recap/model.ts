// The recap document model: everything the quarterly or annual performance document shows, computed
// from raw values (targets, realisations, polarity), never from a computed column in the sheet.
import type { Decimal } from '../capaian/decimal';
import type { NilaiPeriode } from '../capaian/period';
import type { CalendarDate } from '../locale/date';
import type { Problem } from '../problems';
import type { Berkas, Triwulan } from '../workflow/states';
import type { Periode } from './period';

export interface RekapIndikator {
  readonly kode: string;
  readonly sasaran: string;
  readonly indikator: string;
  readonly satuan: string;
  readonly polaritas: string;
  readonly agregasi: string;
  readonly targetTahunan: number;
  readonly targetAtas: number | null;
  /** The period's own figures: TW n against its Rencana Aksi target, or the year against the IKI target. */
  readonly periode: NilaiPeriode;
  /** For a quarter: "s.d. TW n" (to date). Null for the year. */
  readonly sdPeriode: NilaiPeriode | null;
  readonly capaianTeks: string;
  readonly predikat: string | null;
  /** Per quarter of the period (one for a quarter, up to four for the year), only where filled. */
  readonly bukti: readonly CatatanTriwulan[];
  readonly kendala: readonly CatatanTriwulan[];
  readonly arahan: readonly CatatanTriwulan[];
  readonly tindakLanjut: readonly CatatanTriwulan[];
}

export interface CatatanTriwulan {
  readonly triwulan: Triwulan;
  readonly teks: string;
}

export interface Orang {
  readonly nip: string;
  readonly nama: string;
  readonly jabatan: string;
  readonly pangkat: string | null;
}

export interface RekapPegawai extends Orang {
  readonly unitKerja: string;
  readonly atasan: Orang | null;
  readonly berkas: Berkas;
  /** Status of the period's measurement (the year: the least advanced quarter). */
  readonly statusPeriode: string;
  readonly sudahMelapor: boolean;
  readonly sudahDievaluasi: boolean;
  /** Signed documents whose content changed after signing. */
  readonly berubahSetelahTtd: readonly ('PK' | 'RA')[];
  /** Edits of this person's workflow cells outside the workflow (their figures are not to be trusted). */
  readonly integritas: readonly Problem[];
  /** Quarters whose measurement changed after it was reported, evaluated or followed up. */
  readonly ukurBerubah: readonly Triwulan[];
  readonly indikator: readonly RekapIndikator[];
  /** Mean of the computed capaian of the period. */
  readonly rataRata: Decimal | null;
  readonly predikat: string | null;
}

export interface RekapUnit {
  readonly unitKerja: string;
  readonly pegawai: readonly RekapPegawai[];
  readonly rataRata: Decimal | null;
  readonly predikat: string | null;
}

export interface LangkahTerlambat {
  readonly langkah: number;
  readonly kegiatan: string;
  readonly nip: string;
  readonly nama: string;
  readonly dokumen: string;
  readonly waktu: number;
  readonly durasi: number;
  readonly standar: number;
}

export interface Ringkasan {
  readonly jumlahPegawai: number;
  readonly jumlahIndikator: number;
  readonly terhitung: number;
  readonly belumDiisi: number;
  readonly tidakDapatDihitung: number;
  readonly rataRataCapaian: Decimal | null;
  readonly predikat: string | null;
  readonly distribusiPredikat: readonly { readonly label: string; readonly jumlah: number }[];
  readonly belumMelapor: readonly Orang[];
  readonly langkahTerlambat: readonly LangkahTerlambat[];
  /** Share of indicators with a realisation for the period, 0..100. */
  readonly kelengkapan: number;
}

export interface ModelRekap {
  readonly kantor: {
    readonly nama: string;
    readonly unit: string;
    readonly kota: string;
    readonly tahun: number;
  };
  readonly periode: Periode;
  readonly labelPeriode: string;
  readonly judul: string;
  readonly units: readonly RekapUnit[];
  readonly ringkasan: Ringkasan;
  /** What is not yet signed, reported or evaluated: shown in the document, refused with `strict`. */
  readonly kekurangan: readonly Problem[];
  /** The log itself: broken, shortened, or not anchored. Shown first; no figure is trusted while it stands. */
  readonly integritas: readonly Problem[];
  readonly penandatangan: {
    readonly kota: string;
    readonly tanggal: CalendarDate;
    readonly pengelola: Orang | null;
    readonly pimpinan: Orang | null;
  };
  readonly dibuat: number;
}
