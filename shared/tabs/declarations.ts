// The tabs users see (DESIGN section 5): one declaration each. Content headers are the contract;
// status, timestamp and verification columns (system: true) are the add-on's own.
import { email, instant, integer, nip, number, oneOf, text, url } from './column';
import { STATUS_PK, STATUS_RA, STATUS_TW, TRIWULAN } from './status';
import { defineTab } from './tab';

export const POLARITAS = ['Positif', 'Negatif', 'Rentang'] as const;
export const AGREGASI = ['Kumulatif', 'Nilai Akhir', 'Jumlah', 'Rata-rata'] as const;
export const PERAN = ['Pegawai', 'Pengelola Kinerja'] as const;
export const JENIS_PENJABAT = ['Plt', 'Plh'] as const;

export const pengaturanTab = defineTab({
  name: 'Pengaturan',
  key: ['kunci'],
  columns: {
    kunci: text('Kunci', { required: true }),
    nilai: text('Nilai', { required: false }),
  },
});

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
    target: number('Target', { required: true, locked: true }),
    targetAtas: number('Target Atas', {
      required: false,
      locked: true,
      help: 'hanya untuk polaritas Rentang',
    }),
    agregasi: oneOf('Agregasi', AGREGASI, { required: true, locked: true }),
    definisi: text('Definisi Operasional', { required: false, locked: true }),
    sumberData: text('Sumber Data', { required: false, locked: true }),
    kodeAtasan: text('Kode Indikator Atasan', { required: false, locked: true }),
  },
});

export const pkTab = defineTab({
  name: 'PK',
  key: ['nip', 'tahun'],
  columns: {
    nip: nip('NIP', { required: true }),
    tahun: integer('Tahun', { required: true }),
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
  key: ['nip', 'kode'],
  columns: {
    nip: nip('NIP', { required: true, locked: true }),
    kode: text('Kode', { required: true, locked: true }),
    rencanaAksi: text('Rencana Aksi', { required: true, locked: true }),
    targetTw1: number('Target TW I', { required: false, locked: true }),
    targetTw2: number('Target TW II', { required: false, locked: true }),
    targetTw3: number('Target TW III', { required: false, locked: true }),
    targetTw4: number('Target TW IV', { required: false, locked: true }),
    alasan: text('Alasan Penyimpangan', {
      required: false,
      locked: true,
      help: 'wajib bila target triwulan tidak konsisten dengan target tahunan',
    }),
  },
});

export const pengukuranTab = defineTab({
  name: 'Pengukuran',
  key: ['nip', 'kode', 'triwulan'],
  columns: {
    nip: nip('NIP', { required: true }),
    kode: text('Kode', { required: true }),
    triwulan: oneOf('Triwulan', TRIWULAN, { required: true }),
    realisasi: number('Realisasi', { required: false }),
    bukti: url('Bukti Pendukung', { required: false, help: 'tautan dokumen bukti (https://...)' }),
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
] as const;
