// How set-up lays out a tab, derived from its declaration: header, widths, cell formats, validation
// rules (dropdowns, numbers, emails, links) and protection. The add-on and the .xlsx adapter both build
// tabs from this, so a column is described in one place only.
import type { Lang, MessageKey } from '../messages/catalog';
import { t } from '../messages/translate';
import {
  ikiTab,
  pegawaiTab,
  pengaturanTab,
  pengukuranTab,
  pkTab,
  rekapTab,
  rencanaAksiTab,
  riwayatTab,
} from './declarations';
import { type AnyColumn, headersOf, type TabSpec } from './tab';

export type Validasi =
  | { readonly type: 'list'; readonly values: readonly string[] }
  | { readonly type: 'number' }
  | { readonly type: 'integer' }
  | { readonly type: 'email' }
  | { readonly type: 'url' }
  | null;

export interface KolomLayout {
  readonly field: string;
  readonly header: string;
  /** `text` keeps digits as typed (NIP); `number` and `instant` get number/date formats. */
  readonly format: 'text' | 'number' | 'instant' | 'general';
  readonly validasi: Validasi;
  /** Written by the add-on only: protected for everyone but the administrator. */
  readonly system: boolean;
  /** Protected once the row's document is signed. */
  readonly locked: boolean;
  readonly required: boolean;
  /** Characters: fits the declared typical content (long text wraps instead of growing past 60). */
  readonly width: number;
  /** What to type, with an example; who fills it (people or the add-on); in the office's language. */
  readonly note: string;
  /** Long text wraps in its cells. */
  readonly wrap: boolean;
  /** Header fill: input columns (what people type) differ from system columns (the add-on's). */
  readonly headerColour: string;
  /** A technical column (hashes): narrow and grouped at the side; people never read it. */
  readonly technical: boolean;
  /** Cell background by value (the document states). */
  readonly valueColours: readonly { readonly value: string; readonly colour: string }[];
  /** Spreadsheet number format of the cells: text for NIPs, an id-ID date-time for instants. */
  readonly numberFormat: string | null;
}

/** Header fills: blue for what people fill in, grey for what the add-on writes. */
export const HEADER_INPUT = '#d2e3fc';
export const HEADER_SYSTEM = '#e8eaed';
/**
 * The id-ID date-time format of instants (`05/04/2026 07:45:00`): day first, 24-hour clock, with seconds —
 * the Sheets API formats a date cell with it for the recap service (FORMATTED_STRING), and the Riwayat chain
 * hashes each time to the second.
 */
export const FORMAT_WAKTU = 'dd/mm/yyyy hh:mm:ss';

/** The document states' colours: done (green), waiting (yellow), returned (red). */
export const WARNA_STATUS: readonly { readonly value: string; readonly colour: string }[] = [
  ...['Ditandatangani', 'Diarsipkan', 'Ditindaklanjuti', 'Dievaluasi'].map((value) => ({
    value,
    colour: '#ceead6',
  })),
  ...['Diajukan', 'Diteliti', 'Diperiksa', 'Diukur', 'Dilaporkan'].map((value) => ({
    value,
    colour: '#fef7e0',
  })),
  { value: 'Dikembalikan', colour: '#fce8e6' },
];

/** Typical length (characters) of what a text column holds, and an example of it. */
const ISI: Readonly<Record<string, { readonly panjang: number; readonly contoh: string }>> = {
  Kunci: { panjang: 24, contoh: 'Tahun' },
  Nilai: { panjang: 50, contoh: '2026' },
  Nama: { panjang: 32, contoh: 'Eko Prasetyo, S.Kom.' },
  Jabatan: { panjang: 45, contoh: 'Pengelola Data Kepegawaian' },
  'Pangkat/Golongan': { panjang: 26, contoh: 'Penata Muda (III/a)' },
  'Unit Kerja': { panjang: 40, contoh: 'Bagian Umum dan Keuangan' },
  Kode: { panjang: 10, contoh: 'IKI-1' },
  Sasaran: { panjang: 52, contoh: 'Meningkatnya kualitas data kepegawaian' },
  'Indikator Kinerja': { panjang: 60, contoh: 'Persentase data pegawai yang dimutakhirkan' },
  Satuan: { panjang: 12, contoh: 'persen' },
  'Definisi Operasional': { panjang: 60, contoh: 'Jumlah data mutakhir dibagi jumlah pegawai x 100%' },
  'Sumber Data': { panjang: 30, contoh: 'SIMPEG' },
  'Kode Indikator Atasan': { panjang: 12, contoh: 'IKI-3' },
  'Rencana Aksi': { panjang: 60, contoh: 'Pemutakhiran data pegawai setiap bulan' },
  'Alasan Penyimpangan': { panjang: 40, contoh: 'Kegiatan baru dimulai TW II' },
  Kendala: { panjang: 50, contoh: 'Data mutasi terlambat diterima' },
  'Arahan Atasan': { panjang: 50, contoh: 'Percepat pemutakhiran di TW II' },
  'Tindak Lanjut': { panjang: 50, contoh: 'Pemutakhiran mingguan setiap Jumat' },
  'Catatan Terakhir': { panjang: 40, contoh: 'Target TW II perlu disesuaikan' },
  Catatan: { panjang: 40, contoh: 'Target TW II perlu disesuaikan' },
  Peran: { panjang: 18, contoh: 'Pegawai' },
  Aksi: { panjang: 12, contoh: 'ajukan' },
  Dokumen: { panjang: 30, contoh: 'PK' },
  Periode: { panjang: 10, contoh: 'TW1' },
  Predikat: { panjang: 14, contoh: 'Baik' },
  Kelengkapan: { panjang: 30, contoh: 'Lengkap' },
  PDF: { panjang: 30, contoh: 'https://drive.google.com/…' },
  'Periode Ukur': { panjang: 16, contoh: 'TW II, TW IV' },
  Penerbit: { panjang: 30, contoh: 'BPK RI Perwakilan Jawa Timur' },
  'Program/Kegiatan': { panjang: 50, contoh: 'Program Penunjang Urusan Pemerintahan Daerah' },
  Keterangan: { panjang: 20, contoh: 'APBD' },
  'Dokumen PK': { panjang: 30, contoh: 'https://drive.google.com/…' },
  'Dokumen RA': { panjang: 30, contoh: 'https://drive.google.com/…' },
  'Hash PK': { panjang: 64, contoh: '9f86d081884c7d65…' },
  'Hash RA': { panjang: 64, contoh: '9f86d081884c7d65…' },
  Hash: { panjang: 64, contoh: '9f86d081884c7d65…' },
  'Hash Rantai': { panjang: 64, contoh: '9f86d081884c7d65…' },
};

/** An example of what a column of each kind holds. */
function contohOf(col: AnyColumn): string {
  const own = ISI[col.header]?.contoh;
  if (own) return own;
  switch (col.kind) {
    case 'nip':
      return '199001012015031001';
    case 'integer':
      return col.header === 'Tahun' ? '2026' : '60';
    case 'number':
      return '1.234,5';
    case 'nilai':
      return '95';
    case 'instant':
      return '05/04/2026 07:45:00';
    case 'email':
      return 'nama@instansi.go.id';
    case 'url':
      return 'https://drive.google.com/…';
    case 'enum':
      return String(col.values?.[0] ?? '');
    default:
      return '-';
  }
}

function noteOf(col: AnyColumn, systemTab: boolean, lang: Lang): string {
  const who = col.system || systemTab ? 'layout.sistem' : 'layout.isian';
  return [
    t(who, {}, lang),
    col.required && !col.system && !systemTab ? t('sel.wajib', {}, lang) : null,
    col.locked ? t('layout.terkunci', {}, lang) : null,
    col.kind === 'enum' ? t('layout.pilihan', { pilihan: (col.values ?? []).join(', ') }, lang) : null,
    col.help ? `${col.help.charAt(0).toUpperCase()}${col.help.slice(1)}.` : null,
    t('layout.contoh', { contoh: contohOf(col) }, lang),
  ]
    .filter((x): x is string => x !== null)
    .join(' ');
}

/** The note on each Pengaturan key (its Kunci cell): what the value means, with an example. */
export const CATATAN_PENGATURAN: Readonly<Record<string, MessageKey>> = {
  'Nama Instansi': 'pengaturan.catatan.namaInstansi',
  Unit: 'pengaturan.catatan.unit',
  Tahun: 'pengaturan.catatan.tahun',
  Kota: 'pengaturan.catatan.kota',
  'Email Pengelola': 'pengaturan.catatan.emailPengelola',
  'Email Akun Layanan': 'pengaturan.catatan.emailAkunLayanan',
  'Folder Rekap': 'pengaturan.catatan.folderRekap',
  'URL Layanan Rekap': 'pengaturan.catatan.urlLayananRekap',
  'Rumus Polaritas Negatif': 'pengaturan.catatan.rumusNegatif',
  'Skala Predikat': 'pengaturan.catatan.skalaPredikat',
  'Skala Nilai': 'pengaturan.catatan.skalaNilai',
  'Batas Atas Capaian': 'pengaturan.catatan.batasAtas',
  Lokal: 'pengaturan.catatan.lokal',
  Bahasa: 'pengaturan.catatan.bahasa',
  'Zona Waktu': 'pengaturan.catatan.zonaWaktu',
  'Hari Kerja': 'pengaturan.catatan.hariKerja',
  'Jam Kerja': 'pengaturan.catatan.jamKerja',
  'Hari Libur': 'pengaturan.catatan.hariLibur',
  'Pengingat Harian': 'pengaturan.catatan.pengingatHarian',
  Lambang: 'pengaturan.catatan.lambang',
  'Sebutan Pihak': 'pengaturan.catatan.sebutanPihak',
  'Nama Kepala Daerah': 'pengaturan.catatan.namaKepalaDaerah',
  'Jabatan Kepala Daerah': 'pengaturan.catatan.jabatanKepalaDaerah',
  'NIP Kepala Daerah': 'pengaturan.catatan.nipKepalaDaerah',
  'Mulai Penyusunan PK': 'pengaturan.catatan.mulaiPenyusunanPk',
  'Cascading Wajib': 'pengaturan.catatan.cascadingWajib',
  'Periode Pengukuran': 'pengaturan.catatan.periodePengukuran',
  'Folder Bukti': 'pengaturan.catatan.folderBukti',
};

export function catatanPengaturan(kunci: string, lang: Lang = 'id'): string | null {
  const key = CATATAN_PENGATURAN[kunci];
  return key ? t(key, {}, lang) : null;
}

export interface TabLayout {
  readonly name: string;
  readonly headers: readonly string[];
  readonly frozenRows: 1;
  /** The whole tab is written by the add-on only (Riwayat, Rekap). */
  readonly systemOnly: boolean;
  readonly columns: readonly KolomLayout[];
}

function validasiOf(col: AnyColumn): Validasi {
  switch (col.kind) {
    case 'enum':
      return { type: 'list', values: col.values ?? [] };
    case 'number':
      return { type: 'number' };
    case 'integer':
      return { type: 'integer' };
    case 'email':
      return { type: 'email' };
    case 'url':
      return { type: 'url' };
    default:
      return null;
  }
}

function formatOf(col: AnyColumn): KolomLayout['format'] {
  if (col.kind === 'nip' || col.kind === 'text' || col.kind === 'email' || col.kind === 'url') return 'text';
  if (col.kind === 'number' || col.kind === 'integer' || col.kind === 'nilai') return 'number';
  if (col.kind === 'instant') return 'instant';
  return 'general';
}

const isTechnical = (col: AnyColumn) => col.header.startsWith('Hash');

/** Long text wraps past this many characters. */
const LEBAR_MAKS = 60;

function widthOf(col: AnyColumn): number {
  if (isTechnical(col)) return 10;
  const head = col.header.length + 2;
  if (col.kind === 'nip') return Math.max(20, head);
  if (col.kind === 'instant') return Math.max(18, head);
  if (col.kind === 'number' || col.kind === 'integer' || col.kind === 'nilai') return Math.max(10, head);
  if (col.kind === 'enum')
    return Math.max(head, ...(col.values ?? []).map((v: unknown) => String(v).length + 4));
  if (col.kind === 'email') return Math.max(30, head);
  if (col.kind === 'url') return Math.max(30, head);
  return Math.min(LEBAR_MAKS, Math.max(head, ISI[col.header]?.panjang ?? 20));
}

export function tabLayout(spec: TabSpec, lang: Lang = 'id'): TabLayout {
  const systemTab = spec.systemOnly ?? false;
  const columns = (Object.entries(spec.columns) as [string, AnyColumn][]).map(([field, col]) => ({
    field,
    header: col.header,
    format: formatOf(col),
    validasi: validasiOf(col),
    system: col.system,
    locked: col.locked,
    required: col.required,
    width: widthOf(col),
    note: noteOf(col, systemTab, lang),
    wrap: col.kind === 'text' && (ISI[col.header]?.panjang ?? 0) >= 40,
    headerColour: col.system || systemTab ? HEADER_SYSTEM : HEADER_INPUT,
    technical: isTechnical(col),
    valueColours: col.kind === 'enum' && col.header.startsWith('Status') ? WARNA_STATUS : [],
    numberFormat: col.kind === 'instant' ? FORMAT_WAKTU : formatOf(col) === 'text' ? '@' : null,
  }));
  return {
    name: spec.name,
    headers: headersOf(spec),
    frozenRows: 1,
    systemOnly: spec.systemOnly ?? false,
    columns,
  };
}

/** The Panduan: how to fill each tab, in the order set-up lays the tabs out (shown in the sidebar). */
export const PANDUAN: readonly (readonly [string, MessageKey])[] = [
  [pengaturanTab.name, 'panduan.Pengaturan'],
  [pegawaiTab.name, 'panduan.Pegawai'],
  [ikiTab.name, 'panduan.IKI'],
  [pkTab.name, 'panduan.PK'],
  [rencanaAksiTab.name, 'panduan.Rencana Aksi'],
  [pengukuranTab.name, 'panduan.Pengukuran'],
  [riwayatTab.name, 'panduan.Riwayat'],
  [rekapTab.name, 'panduan.Rekap'],
];
