// The 14 steps of the SOP "Pengumpulan Data Kinerja" (seed/000_77e1a0e2f33ba159.txt) as data:
// the same at every level of the org chain, only the actors change.
import type { Durasi } from '../locale/duration';

export const AKTOR = ['pegawai', 'atasan', 'pegawai+atasan', 'pengelola'] as const;
export type Aktor = (typeof AKTOR)[number];

export interface LangkahSop {
  readonly nomor: number;
  /** The SOP's own wording of the activity (Kegiatan). */
  readonly kegiatan: string;
  readonly aktor: Aktor;
  /** Persyaratan dan Kelengkapan. */
  readonly masukan: string;
  /** Mutu Baku: Waktu. */
  readonly waktu: Durasi;
  readonly keluaran: string;
}

export const LANGKAH_SOP: readonly LangkahSop[] = [
  {
    nomor: 1,
    kegiatan: 'Membuat Indikator Kinerja Individu (IKI) dan Perjanjian Kinerja dengan atasan langsung',
    aktor: 'pegawai',
    masukan: 'Dokumen IKI dan Perjanjian Kinerja',
    waktu: { jumlah: 60, satuan: 'menit' },
    keluaran: 'Konsep Surat',
  },
  {
    nomor: 2,
    kegiatan:
      'Meneliti Indikator Kinerja Individu dan Perjanjian Kinerja yang akan dilaksanakan selama 1 tahun',
    aktor: 'atasan',
    masukan: 'Konsep IKI dan PK',
    waktu: { jumlah: 30, satuan: 'menit' },
    keluaran: 'Konsep diteliti disesuaikan dengan peta jabatan, Tupoksi dan Kegiatan yang dilaksanakan',
  },
  {
    nomor: 3,
    kegiatan: 'Penandatanganan bersama Indikator Kinerja Individu (IKI) dan Perjanjian Kinerja',
    aktor: 'pegawai+atasan',
    masukan: 'Konsep IKI dan PK yang sudah diteliti',
    waktu: { jumlah: 15, satuan: 'menit' },
    keluaran: 'Dokumen IKI dan PK ditandatangani diparaf',
  },
  {
    nomor: 4,
    kegiatan:
      'Pembuatan Rencana Aksi disesuaikan dengan Dokumen Indikator Kinerja Individu (IKI) dan Perjanjian Kinerja',
    aktor: 'pegawai',
    masukan: 'Dokumen IKI dan PK yang ditandatangani',
    waktu: { jumlah: 1, satuan: 'hari' },
    keluaran: 'Konsep Rencana Aksi',
  },
  {
    nomor: 5,
    kegiatan:
      'Memeriksa dan mengamati Rencana Aksi Dokumen Indikator Kinerja Individu (IKI) dan Perjanjian Kinerja (PK)',
    aktor: 'atasan',
    masukan: 'Dokumen IKI dan PK yang ditandatangani dan Konsep Rencana Aksi',
    waktu: { jumlah: 60, satuan: 'menit' },
    keluaran: 'Konsep Rencana Aksi yang disesuaikan dengan IKI dan PK',
  },
  {
    nomor: 6,
    kegiatan: 'Menandatangani Rencana Aksi',
    aktor: 'atasan',
    masukan: 'Konsep Rencana Aksi yang sudah diteliti',
    waktu: { jumlah: 15, satuan: 'menit' },
    keluaran: 'Dokumen Rencana Aksi ditandatangani',
  },
  {
    nomor: 7,
    kegiatan: 'Mengarsipkan Dokumen IKI, Perjanjian Kinerja dan Rencana Aksi',
    aktor: 'pengelola',
    masukan: 'IKI, Perjanjian Kinerja dan Rencana Aksi',
    waktu: { jumlah: 15, satuan: 'menit' },
    keluaran: 'Arsip',
  },
  {
    nomor: 8,
    kegiatan:
      'Melaksanakan Kinerja atau Pekerjaan disesuaikan dengan IKI, PK dan Rencana Aksi yang telah dibuat dan ditandatangani',
    aktor: 'pegawai',
    masukan: 'IKI, Perjanjian Kinerja dan Rencana Aksi',
    waktu: { jumlah: 3, satuan: 'bulan' },
    keluaran: 'Kinerja',
  },
  {
    nomor: 9,
    kegiatan:
      'Membuat Pengukuran Kinerja yang disesuaikan dengan Rencana Aksi yang telah dilakukan tiap semester dan dilaporkan ke Atasan',
    aktor: 'pegawai',
    masukan: 'Pengukuran Kinerja',
    waktu: { jumlah: 1, satuan: 'hari' },
    keluaran: 'Data kinerja yang telah dilaksanakan',
  },
  {
    nomor: 10,
    kegiatan:
      'Pengukuran Kinerja dilaporkan tiap semesteran disertai Bukti Pendukung baik berupa dokumen atau yang lainnya',
    aktor: 'pegawai',
    masukan: 'Pengukuran Kinerja dan Bukti Pendukung',
    waktu: { jumlah: 2, satuan: 'hari' },
    keluaran: 'Evaluasi atasan',
  },
  {
    nomor: 11,
    kegiatan: 'Meneliti dan mengevaluasi kinerja',
    aktor: 'atasan',
    masukan: 'Pengukuran Kinerja dan Bukti Pendukung',
    waktu: { jumlah: 30, satuan: 'menit' },
    keluaran: 'Arahan dan evaluasi',
  },
  {
    nomor: 12,
    kegiatan: 'Memperhatikan evaluasi arahan Atasan guna langkah lebih baik kedepannya',
    aktor: 'pegawai',
    masukan: 'Dokumen perjanjian kinerja dan Rencana Aksi yang sudah diparaf',
    waktu: { jumlah: 60, satuan: 'menit' },
    keluaran: 'Tindak lanjut Evaluasi Kinerja',
  },
  {
    nomor: 13,
    kegiatan: 'Pengumpulan data Pengukuran Kinerja Triwulan',
    aktor: 'pengelola',
    masukan: 'Pengukuran Kinerja dan Data Pendukung',
    waktu: { jumlah: 30, satuan: 'menit' },
    keluaran: 'Dokumen Kinerja per triwulan',
  },
  {
    nomor: 14,
    kegiatan: 'Pembuatan dan pengumpulan dokumen Kinerja selama satu tahun',
    aktor: 'pengelola',
    masukan: 'Pengukuran Kinerja dan Data Pendukung',
    waktu: { jumlah: 30, satuan: 'menit' },
    keluaran: 'Dokumen Kinerja 1 Tahun',
  },
];

export function langkah(nomor: number): LangkahSop {
  const step = LANGKAH_SOP[nomor - 1];
  if (!step || step.nomor !== nomor) throw new RangeError(`SOP step ${nomor} does not exist`);
  return step;
}
