// The recap document model: everything the quarterly or annual performance document shows, computed
// from raw values (targets, realisations, polarity), never from a computed column in the sheet.
import type { Decimal } from '../capaian/decimal';
import type { NilaiPeriode } from '../capaian/period';
import type { PolaUkur } from '../capaian/pola';
import type { PorsiCabang } from '../capaian/porsi';
import type { PohonKinerja } from '../cascade/pohon';
import type { CalendarDate } from '../locale/date';
import type { Lang } from '../messages/catalog';
import type { Problem } from '../problems';
import type { Berkas, Triwulan } from '../workflow/states';
import type { Dikecualikan, NilaiSimpul, SeksiIku } from './iku';
import type { Periode } from './period';
import type { PerbandinganTahunLalu } from './tahun-lalu';
import type { KodeTanda } from './tanda';

export interface RekapIndikator {
  readonly kode: string;
  readonly sasaran: string;
  readonly indikator: string;
  readonly satuan: string;
  readonly polaritas: string;
  readonly agregasi: string;
  /** A number, or a grade when the Satuan names a scale (Opini BPK: WTP). */
  readonly targetTahunan: number | string;
  readonly targetAtas: number | null;
  /** Measurement pattern and the label of the quarters measured (issue 16); Penerbit for Rilis. */
  readonly polaUkur: PolaUkur;
  readonly periodeUkur: string;
  readonly penerbit: string | null;
  /** The period's own figures: TW n against its Rencana Aksi target, or the year against the IKI target. */
  readonly periode: NilaiPeriode;
  /** For a quarter: "s.d. TW n" (to date). Null for the year. */
  readonly sdPeriode: NilaiPeriode | null;
  /** Each quarter alone, TW I..IV (the trend of the annual report). */
  readonly perTriwulan: readonly NilaiPeriode[];
  /** Incomplete data behind the period's figures (not reported, not evaluated, ...): see tanda.ts. */
  readonly tanda: readonly KodeTanda[];
  /** The same for the figures to date (TW I up to the period's quarter). */
  readonly tandaSd: readonly KodeTanda[];
  readonly capaianTeks: string;
  readonly predikat: string | null;
  /** Per quarter of the period (one for a quarter, up to four for the year), only where filled. */
  readonly bukti: readonly CatatanTriwulan[];
  readonly kendala: readonly CatatanTriwulan[];
  readonly arahan: readonly CatatanTriwulan[];
  readonly tindakLanjut: readonly CatatanTriwulan[];
  /** This year's realisation against IKI `Realisasi Tahun Lalu` (tahun-lalu.ts). */
  readonly tahunLalu: PerbandinganTahunLalu;
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
  /** Indicators the predikat is built on, and those the person has in the period (not "tidak diukur"). */
  readonly indikatorTerhitung: number;
  readonly indikatorDiukur: number;
  /** `dari 1 dari 3 indikator` when the predikat rests on fewer indicators than the person has. */
  readonly keteranganPredikat: string | null;
  /** Mean of the computed capaian to date (s.d. the quarter); null for the year. */
  readonly rataRataSd: Decimal | null;
  /** Verification code of the signed PK (from the hash recorded at signing), null when not signed. */
  readonly kodeVerifikasiPk: string | null;
}

/** What a unit's rows add up to: its tables and the compliance text count these, not the rows at hand. */
export interface JumlahUnit {
  readonly pegawai: number;
  readonly indikator: number;
  readonly sudahMelapor: number;
  readonly sudahDievaluasi: number;
  /** PKs signed (with the hash the verification code comes from). */
  readonly pkDitandatangani: number;
  readonly raDiarsipkan: number;
}

export interface RekapUnit {
  readonly unitKerja: string;
  /** The unit's employees in this document (none in the summary of a recap split into parts). */
  readonly pegawai: readonly RekapPegawai[];
  /** Counted over the unit's employees (in a part: those of the part), kept when they are left out. */
  readonly jumlah: JumlahUnit;
  readonly rataRata: Decimal | null;
  readonly predikat: string | null;
  /** Mean of the employees' capaian to date. */
  readonly rataRataSd: Decimal | null;
  /** Mean capaian of each quarter alone, TW I..IV, over the unit's indicators (tren.ts). */
  readonly tren: readonly (Decimal | null)[];
}

export interface LangkahTerlambat {
  readonly langkah: number;
  readonly kegiatan: string;
  /** Who had to act and acted late (the superior, their Plt/Plh, the employee, the Pengelola Kinerja). */
  readonly nip: string;
  readonly nama: string;
  /** In what capacity they acted: Pegawai, Atasan, Plt, Plh, Pengelola Kinerja. */
  readonly sebagai: string;
  /** Whose document it was. */
  readonly nipPemilik: string;
  readonly namaPemilik: string;
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
  /** Indicators outside their Periode Ukur in the period, and releases still awaited (issue 16). */
  readonly tidakDiukur: number;
  readonly menungguRilis: number;
  /** Mean of the computed capaian of the individual indicators below the head (not the office's performance: see `iku`). */
  readonly rataRataCapaian: Decimal | null;
  readonly predikat: string | null;
  readonly distribusiPredikat: readonly { readonly label: string; readonly jumlah: number }[];
  readonly belumMelapor: readonly Orang[];
  readonly langkahTerlambat: readonly LangkahTerlambat[];
  /** Share of the indicators expected in the period that have a realisation, 0..100. */
  readonly kelengkapan: number;
}

export interface ModelRekap {
  /** The language the document is written in (Pengaturan `Bahasa`, or the caller's choice). */
  readonly bahasa: Lang;
  readonly kantor: {
    readonly nama: string;
    readonly unit: string;
    readonly kota: string;
    readonly tahun: number;
  };
  readonly periode: Periode;
  readonly labelPeriode: string;
  readonly judul: string;
  /** The office level, first in every recap: the head of office's indicators (the office IKU). */
  readonly iku: SeksiIku;
  /** Pohon kinerja: from each IKU down to staff indicators, with capaian per node. */
  readonly pohon: PohonKinerja<NilaiSimpul>;
  /** Indicator rows left out of the recap, whose and why. */
  readonly dikecualikan: readonly Dikecualikan[];
  /** Working minutes in an office day (Jam Kerja), for writing durations in days. */
  readonly menitPerHari: number;
  readonly units: readonly RekapUnit[];
  /** The office's trend TW I..IV over every unit's indicators: kept whole in each part of a split recap. */
  readonly trenKantor: readonly (Decimal | null)[];
  readonly ringkasan: Ringkasan;
  /** Cascading count indicators: the subordinates' portions against the superior's target (issue 16). */
  readonly porsi: readonly PorsiCabang[];
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
