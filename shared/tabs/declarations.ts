// The tabs users see (DESIGN section 5): one declaration each. Content headers are the contract;
// status, timestamp and verification columns (system: true) are the add-on's own.
import { POLA_UKUR } from '../capaian/pola';
import { email, instant, integer, nilai, nip, number, oneOf, text, url } from './column';
import { STATUS_PK, STATUS_RA, STATUS_TW, TRIWULAN } from './status';
import { defineTab, normalizeHeader } from './tab';

export const POLARITAS = ['Positif', 'Negatif', 'Rentang'] as const;
export const AGREGASI = ['Kumulatif', 'Nilai Akhir', 'Jumlah', 'Rata-rata'] as const;
export const PERAN = ['Pegawai', 'Pengelola Kinerja'] as const;
export const JENIS_PENJABAT = ['Plt', 'Plh'] as const;
/** Targets and realisations: any real figure of an office, far from where doubles lose whole units. */
export const BATAS_ANGKA = { min: -1e12, max: 1e12 } as const;
export const BATAS_TAHUN = { min: 2000, max: 2100 } as const;

export const pengaturanTab = defineTab({
  name: 'Pengaturan',
  key: ['kunci'],
  columns: {
    kunci: text('Kunci', { required: true }),
    nilai: text('Nilai', { required: false }),
  },
});

/** The keys of a Pengaturan tab read raw (its header row first): the column headed Kunci, wherever it is. */
export function kunciPengaturan(table: readonly (readonly unknown[])[]): unknown[] {
  const kunci = (table[0] ?? []).findIndex((h) => normalizeHeader(h) === normalizeHeader('Kunci'));
  return kunci < 0 ? [] : table.slice(1).map((r) => r[kunci]);
}

export const pegawaiTab = defineTab({
  name: 'Pegawai',
  key: ['nip'],
  columns: {
    nip: nip('NIP', { required: true, help: '18 digit, ditulis sebagai teks' }),
    nama: text('Nama', { required: true }),
    jabatan: text('Jabatan', { required: true }),
    pangkat: text('Pangkat/Golongan', { required: false }),
    unitKerja: text('Unit Kerja', { required: true }),
    email: email('Email', { required: true }),
    nipAtasan: nip('NIP Atasan', { required: false, help: 'kosong hanya untuk pimpinan instansi' }),
    peran: oneOf('Peran', PERAN, { required: true }),
    nipPenjabat: nip('NIP Plt/Plh', { required: false, help: 'pejabat yang bertindak untuk jabatan ini' }),
    jenisPenjabat: oneOf('Jenis Plt/Plh', JENIS_PENJABAT, { required: false }),
  },
});

export const ikiTab = defineTab({
  name: 'IKI',
  key: ['nip', 'kode'],
  columns: {
    nip: nip('NIP', { required: true, locked: true }),
    kode: text('Kode', { required: true, locked: true }),
    sasaran: text('Sasaran', { required: true, locked: true }),
    indikator: text('Indikator Kinerja', { required: true, locked: true }),
    satuan: text('Satuan', { required: true, locked: true }),
    polaritas: oneOf('Polaritas', POLARITAS, { required: true, locked: true }),
    target: nilai('Target', {
      required: true,
      locked: true,
      batas: BATAS_ANGKA,
      help: 'angka, atau nilai huruf bila Satuan adalah nama skala di Pengaturan (misalnya Opini BPK: WTP)',
    }),
    targetAtas: number('Target Atas', {
      required: false,
      locked: true,
      help: 'hanya untuk polaritas Rentang',
      batas: BATAS_ANGKA,
    }),
    agregasi: oneOf('Agregasi', AGREGASI, { required: true, locked: true }),
    definisi: text('Definisi Operasional', { required: false, locked: true }),
    sumberData: text('Sumber Data', { required: false, locked: true }),
    kodeAtasan: text('Kode Indikator Atasan', { required: false, locked: true }),
    polaUkur: oneOf('Pola Ukur', POLA_UKUR, {
      required: false,
      locked: true,
      help: 'Hitungan (dijumlah), Posisi (nilai terakhir) atau Rilis (dirilis badan lain); kosong: dari Agregasi',
    }),
    periodeUkur: text('Periode Ukur', {
      required: false,
      locked: true,
      help: 'kosong (setiap triwulan), Semester, Tahunan, Tahun Berikutnya, atau misalnya TW II, TW IV',
    }),
    penerbit: text('Penerbit', { required: false, locked: true, help: 'wajib untuk Pola Ukur Rilis' }),
    // last year's figure for the LKjIP comparison (recap/tahun-lalu.ts): not signed content, never locked
    realisasiTahunLalu: nilai('Realisasi Tahun Lalu', {
      required: false,
      batas: BATAS_ANGKA,
      help: 'realisasi indikator ini tahun lalu (dari LKjIP atau workbook tahun lalu), untuk perbandingan di laporan tahunan; kosong: tidak dibandingkan',
    }),
  },
});

export const pkTab = defineTab({
  name: 'PK',
  key: ['nip', 'tahun'],
  columns: {
    nip: nip('NIP', { required: true }),
    tahun: integer('Tahun', { required: true, batas: BATAS_TAHUN }),
    statusPk: oneOf('Status PK', STATUS_PK, { required: false, system: true }),
    hashPk: text('Hash PK', { required: false, system: true }),
    nipPihakKedua: nip('NIP Pihak Kedua', { required: false, system: true }),
    ditandatanganiPk: instant('PK Ditandatangani', { required: false, system: true }),
    statusRa: oneOf('Status RA', STATUS_RA, { required: false, system: true }),
    hashRa: text('Hash RA', { required: false, system: true }),
    ditandatanganiRa: instant('RA Ditandatangani', { required: false, system: true }),
    statusTw1: oneOf('Status TW I', STATUS_TW, { required: false, system: true }),
    statusTw2: oneOf('Status TW II', STATUS_TW, { required: false, system: true }),
    statusTw3: oneOf('Status TW III', STATUS_TW, { required: false, system: true }),
    statusTw4: oneOf('Status TW IV', STATUS_TW, { required: false, system: true }),
    catatan: text('Catatan Terakhir', { required: false, system: true }),
    dokumenPk: text('Dokumen PK', { required: false, system: true }),
    dokumenRa: text('Dokumen RA', { required: false, system: true }),
    diperbarui: instant('Diperbarui', { required: false, system: true }),
  },
});

export const rencanaAksiTab = defineTab({
  name: 'Rencana Aksi',
  // several actions per indicator: one row each (the same action twice is a duplicate)
  key: ['nip', 'kode', 'rencanaAksi'],
  columns: {
    nip: nip('NIP', { required: true, locked: true }),
    kode: text('Kode', { required: true, locked: true }),
    rencanaAksi: text('Rencana Aksi', { required: true, locked: true }),
    targetTw1: nilai('Target TW I', { required: false, locked: true, batas: BATAS_ANGKA }),
    targetTw2: nilai('Target TW II', { required: false, locked: true, batas: BATAS_ANGKA }),
    targetTw3: nilai('Target TW III', { required: false, locked: true, batas: BATAS_ANGKA }),
    targetTw4: nilai('Target TW IV', { required: false, locked: true, batas: BATAS_ANGKA }),
    alasan: text('Alasan Penyimpangan', {
      required: false,
      locked: true,
      help: 'isi bila target triwulan sengaja tidak konsisten dengan target tahunan (peringatan tidak muncul lagi)',
    }),
  },
});

/** Optional: the program/kegiatan/sub-kegiatan and budget a person's PK carries (eselon II/III). */
export const anggaranPkTab = defineTab({
  name: 'Anggaran PK',
  key: ['nip', 'program'],
  columns: {
    nip: nip('NIP', { required: true, locked: true }),
    program: text('Program/Kegiatan', {
      required: true,
      locked: true,
      help: 'nama program, kegiatan atau sub-kegiatan',
    }),
    anggaran: number('Anggaran', {
      required: true,
      locked: true,
      help: 'dalam rupiah, misalnya 150.000.000',
    }),
    keterangan: text('Keterangan', { required: false, locked: true, help: 'misalnya APBD, DAK' }),
  },
});

export const pengukuranTab = defineTab({
  name: 'Pengukuran',
  key: ['nip', 'kode', 'triwulan'],
  columns: {
    nip: nip('NIP', { required: true }),
    kode: text('Kode', { required: true }),
    triwulan: oneOf('Triwulan', TRIWULAN, { required: true }),
    realisasi: nilai('Realisasi', { required: false, batas: BATAS_ANGKA }),
    bukti: url('Bukti Pendukung', {
      required: false,
      help: 'tautan dokumen bukti (https://...); untuk indikator Rilis, tautan publikasi penerbit',
    }),
    kendala: text('Kendala', { required: false }),
    arahan: text('Arahan Atasan', { required: false }),
    tindakLanjut: text('Tindak Lanjut', { required: false }),
  },
});

export const riwayatTab = defineTab({
  name: 'Riwayat',
  key: [],
  systemOnly: true,
  columns: {
    waktu: instant('Waktu', { required: true, system: true }),
    email: email('Email', { required: true, system: true }),
    nipPelaku: nip('NIP Pelaku', { required: false, system: true }),
    peran: text('Peran', { required: true, system: true }),
    aksi: text('Aksi', { required: true, system: true }),
    langkah: integer('Langkah SOP', { required: false, system: true }),
    dokumen: text('Dokumen', { required: true, system: true }),
    tahun: integer('Tahun', { required: false, system: true }),
    nipPemilik: nip('NIP Pemilik', { required: false, system: true }),
    nipAtasanPemilik: nip('NIP Atasan Pemilik', {
      required: false,
      system: true,
      help: 'atasan langsung pemilik dokumen saat aksi dicatat',
    }),
    hash: text('Hash', { required: false, system: true }),
    catatan: text('Catatan', { required: false, system: true }),
    durasi: integer('Durasi (menit kerja)', { required: false, system: true }),
    standar: integer('Standar (menit kerja)', { required: false, system: true }),
    melebihi: oneOf('Melebihi Standar', ['Ya', 'Tidak'] as const, { required: false, system: true }),
    hashRantai: text('Hash Rantai', {
      required: false,
      system: true,
      help: 'hash entri ini bersama hash entri sebelumnya (rantai log)',
    }),
  },
});

export const rekapTab = defineTab({
  name: 'Rekap',
  key: ['periode', 'nip'],
  systemOnly: true,
  columns: {
    periode: text('Periode', { required: true, system: true }),
    nip: nip('NIP', { required: true, system: true }),
    nama: text('Nama', { required: false, system: true }),
    unitKerja: text('Unit Kerja', { required: false, system: true }),
    capaian: number('Capaian (%)', { required: false, system: true }),
    predikat: text('Predikat', { required: false, system: true }),
    kelengkapan: text('Kelengkapan', { required: false, system: true }),
    dokumen: text('Dokumen', { required: false, system: true }),
    pdf: text('PDF', { required: false, system: true }),
    dikompilasi: instant('Dikompilasi', { required: false, system: true }),
  },
});

export const TABS = [
  pengaturanTab,
  pegawaiTab,
  ikiTab,
  pkTab,
  rencanaAksiTab,
  pengukuranTab,
  riwayatTab,
  rekapTab,
  anggaranPkTab,
] as const;
