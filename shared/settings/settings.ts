// Office settings from the Pengaturan tab (Kunci / Nilai), with defaults for everything optional.

import { DEFAULT_SKALA_NILAI, formatSkalaNilai, parseSkalaNilai, type SkalaNilai } from '../capaian/ordinal';
import { PERIODE_PENGUKURAN, type PeriodePengukuran } from '../capaian/pola';
import { formatTanggal, isoDate, parseDate } from '../locale/date';
import { isLocaleCode, type LocaleCode } from '../locale/locale';
import { parseNumber } from '../locale/number';
import type { Lang } from '../messages/catalog';
import { normalizeNip } from '../org/nip';
import type { Problem } from '../problems';
import { liburNasional } from './libur-nasional';

export const RUMUS_NEGATIF = ['(2T-R)/T', 'T/R'] as const;
export type RumusNegatif = (typeof RUMUS_NEGATIF)[number];

export interface PredikatBand {
  readonly min: number;
  readonly label: string;
}

export interface Settings {
  readonly namaInstansi: string;
  readonly unit: string;
  readonly tahun: number;
  readonly kota: string;
  readonly emailPengelola: string;
  /** The recap service's Google account (service account): an editor of every protection it writes into. */
  readonly emailAkunLayanan: string;
  readonly folderRekap: string;
  readonly urlLayananRekap: string;
  readonly rumusNegatif: RumusNegatif;
  /** Highest band first. */
  readonly skalaPredikat: readonly PredikatBand[];
  readonly batasAtasCapaian: number | null;
  /** Named ordinal scales (grades lowest first) for qualitative targets: a Satuan naming one takes grades. */
  readonly skalaNilai: readonly SkalaNilai[];
  readonly lokal: LocaleCode;
  readonly bahasa: Lang;
  /** Office UTC offset in minutes (WIB 420, WITA 480, WIT 540). */
  readonly offsetMenit: number;
  /** 1 = Monday .. 7 = Sunday. */
  readonly hariKerja: readonly number[];
  readonly jamMulai: number; // minutes from midnight
  readonly jamSelesai: number;
  /** ISO dates `YYYY-MM-DD`. */
  readonly hariLibur: readonly string[];
  readonly pengingatHarian: boolean;
  /** The coat of arms on the letterhead: a Drive file ID in the cloud, a file path locally ('' = none). */
  readonly lambang: string;
  /** How the PK names the employee's party: regencies write PIHAK KESATU or PIHAK PERTAMA. */
  readonly sebutanPihak: SebutanPihak;
  /** The regional head (Bupati / Wali Kota): PIHAK KEDUA of the head of office's PK. */
  readonly namaKepalaDaerah: string;
  readonly jabatanKepalaDaerah: string;
  readonly nipKepalaDaerah: string | null;
  /** ISO date from which SOP step 1 (drafting the PK) is timed; null = 2 January of `tahun`. */
  readonly mulaiPenyusunanPk: string | null;
  /** Every indicator of someone other than the head must name the superior's indicator it supports. */
  readonly cascadingWajib: boolean;
  /** Steps 9-10 every quarter (default) or every semester (TW II and TW IV report two quarters each). */
  readonly periodePengukuran: PeriodePengukuran;
  /** The Drive folder (ID) evidence is uploaded into from the sidebar; '' = not set. */
  readonly folderBukti: string;
}

export const SEBUTAN_PIHAK = ['PIHAK KESATU', 'PIHAK PERTAMA'] as const;
export type SebutanPihak = (typeof SEBUTAN_PIHAK)[number];

export const DEFAULT_PREDIKAT: readonly PredikatBand[] = [
  { min: 91, label: 'Sangat Baik' },
  { min: 76, label: 'Baik' },
  { min: 66, label: 'Cukup' },
  { min: 51, label: 'Kurang' },
  { min: Number.NEGATIVE_INFINITY, label: 'Sangat Kurang' },
];

export const DEFAULT_SETTINGS: Settings = {
  namaInstansi: '',
  unit: '',
  tahun: 2026,
  kota: '',
  emailPengelola: '',
  emailAkunLayanan: '',
  folderRekap: '',
  urlLayananRekap: '',
  rumusNegatif: '(2T-R)/T',
  skalaPredikat: DEFAULT_PREDIKAT,
  batasAtasCapaian: null,
  skalaNilai: DEFAULT_SKALA_NILAI,
  lokal: 'id-ID',
  bahasa: 'id',
  offsetMenit: 420,
  hariKerja: [1, 2, 3, 4, 5],
  jamMulai: 7 * 60 + 30,
  jamSelesai: 16 * 60,
  hariLibur: liburNasional(2026),
  pengingatHarian: false,
  lambang: '',
  sebutanPihak: 'PIHAK KESATU',
  namaKepalaDaerah: '',
  jabatanKepalaDaerah: '',
  nipKepalaDaerah: null,
  mulaiPenyusunanPk: null,
  cascadingWajib: false,
  periodePengukuran: 'Triwulan',
  folderBukti: '',
};

/** The date step 1 (drafting IKI and PK) is timed from: `Mulai Penyusunan PK`, default 2 January. */
export function mulaiPenyusunan(s: Pick<Settings, 'tahun' | 'mulaiPenyusunanPk'>): string {
  return s.mulaiPenyusunanPk ?? `${s.tahun}-01-02`;
}

const ZONA: Record<string, number> = {
  'Asia/Jakarta': 420,
  'Asia/Pontianak': 420,
  'Asia/Makassar': 480,
  'Asia/Jayapura': 540,
};
const HARI = ['senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'minggu'];

type Parser = (value: string) => Partial<Settings> | string;

/** Each known key: how its value is read, and what a valid value looks like (the error's hint). */
export const SETTING_KEYS: Record<string, Parser> = {
  'Nama Instansi': (v) => ({ namaInstansi: v }),
  Unit: (v) => ({ unit: v }),
  Tahun: (v) => (/^\d{4}$/.test(v) ? { tahun: Number(v) } : 'tahun 4 digit, misalnya 2026'),
  Kota: (v) => ({ kota: v }),
  'Email Pengelola': (v) =>
    /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? { emailPengelola: v.toLowerCase() } : 'alamat email',
  'Email Akun Layanan': (v) =>
    /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v)
      ? { emailAkunLayanan: v.toLowerCase() }
      : 'alamat email akun layanan, misalnya kinerja-rekap@proyek.iam.gserviceaccount.com',
  'Folder Rekap': (v) => ({ folderRekap: v }),
  'URL Layanan Rekap': (v) =>
    v === '' || /^https:\/\/\S+$/.test(v) ? { urlLayananRekap: v } : 'tautan https://',
  'Rumus Polaritas Negatif': (v) => {
    const found = RUMUS_NEGATIF.find(
      (r) => r.replace(/\s/g, '').toLowerCase() === v.replace(/\s/g, '').toLowerCase(),
    );
    return found ? { rumusNegatif: found } : RUMUS_NEGATIF.join(' atau ');
  },
  'Skala Predikat': (v) =>
    parseSkala(v) ?? 'misalnya 91 Sangat Baik; 76 Baik; 66 Cukup; 51 Kurang; 0 Sangat Kurang',
  'Batas Atas Capaian': (v) => {
    if (v === '' || v === '-') return { batasAtasCapaian: null };
    const n = parseNumber(v.replace(/%$/, ''), 'id-ID');
    return n.ok && n.value > 0 ? { batasAtasCapaian: n.value } : 'angka persen, misalnya 120, atau kosong';
  },
  'Skala Nilai': (v) => {
    const skala = parseSkalaNilai(v);
    return skala
      ? { skalaNilai: skala }
      : 'nama skala, titik dua, nilai dari terendah dipisah <, antarskala titik koma; misalnya Opini BPK: TMP < TW < WDP < WTP; Nilai SAKIP: D < C < CC < B < BB < A < AA';
  },
  Lokal: (v) => (isLocaleCode(v) ? { lokal: v } : 'id-ID atau en-US'),
  Bahasa: (v) => (v === 'id' || v === 'en' ? { bahasa: v } : 'id atau en'),
  'Zona Waktu': (v) => (ZONA[v] !== undefined ? { offsetMenit: ZONA[v] } : Object.keys(ZONA).join(', ')),
  'Hari Kerja': (v) => {
    const days = v
      .split(/[,;]\s*|\s+/)
      .filter(Boolean)
      .map((d) => HARI.indexOf(d.toLowerCase().replace("'", '')) + 1);
    return days.length > 0 && days.every((d) => d > 0)
      ? { hariKerja: days }
      : 'nama hari, misalnya Senin, Selasa, Rabu, Kamis, Jumat';
  },
  'Jam Kerja': (v) => {
    const m = /^(\d{1,2})[.:](\d{2})\s*-\s*(\d{1,2})[.:](\d{2})$/.exec(v);
    if (!m) return 'misalnya 07.30-16.00';
    const mulai = Number(m[1]) * 60 + Number(m[2]);
    const selesai = Number(m[3]) * 60 + Number(m[4]);
    return mulai < selesai && selesai <= 24 * 60
      ? { jamMulai: mulai, jamSelesai: selesai }
      : 'jam mulai sebelum jam selesai';
  },
  'Hari Libur': (v) => {
    if (v === '-') return { hariLibur: [] };
    const items = v
      .split(/[;\n]/)
      .map((s) => s.trim())
      .filter(Boolean);
    const parsed = items.map((s) => parseDate(s));
    return parsed.every((p) => p.ok)
      ? { hariLibur: parsed.map((p) => (p.ok ? isoDate(p.value) : '')) }
      : 'tanggal dipisah titik koma, misalnya 17 Agustus 2026; 25 Desember 2026';
  },
  'Pengingat Harian': (v) =>
    /^(ya|aktif|true)$/i.test(v)
      ? { pengingatHarian: true }
      : /^(tidak|nonaktif|false|)$/i.test(v)
        ? { pengingatHarian: false }
        : 'Ya atau Tidak',
  Lambang: (v) => ({ lambang: v }),
  'Sebutan Pihak': (v) => {
    const found = SEBUTAN_PIHAK.find((s) => s === v.toUpperCase().replace(/\s+/g, ' '));
    return found ? { sebutanPihak: found } : SEBUTAN_PIHAK.join(' atau ');
  },
  'Nama Kepala Daerah': (v) => ({ namaKepalaDaerah: v }),
  'Jabatan Kepala Daerah': (v) => ({ jabatanKepalaDaerah: v }),
  'NIP Kepala Daerah': (v) => {
    if (v === '-') return { nipKepalaDaerah: null };
    const n = normalizeNip(v);
    return n.ok ? { nipKepalaDaerah: n.value } : 'NIP 18 digit, atau kosong';
  },
  'Mulai Penyusunan PK': (v) => {
    const d = parseDate(v);
    return d.ok ? { mulaiPenyusunanPk: isoDate(d.value) } : 'tanggal, misalnya 2 Januari 2026';
  },
  'Cascading Wajib': (v) =>
    /^(ya|true)$/i.test(v)
      ? { cascadingWajib: true }
      : /^(tidak|false)$/i.test(v)
        ? { cascadingWajib: false }
        : 'Ya atau Tidak',
  'Folder Bukti': (v) => {
    // a folder's link (…/folders/<id>…) or its ID
    const id = /\/folders\/([A-Za-z0-9_-]+)/.exec(v)?.[1] ?? (/^[A-Za-z0-9_-]{10,}$/.test(v) ? v : null);
    return id
      ? { folderBukti: id }
      : 'tautan folder Drive, misalnya https://drive.google.com/drive/folders/1AbC...';
  },
  'Periode Pengukuran': (v) => {
    const w = v.trim().toLowerCase();
    const found = PERIODE_PENGUKURAN.find((m) => w === m.toLowerCase() || w === `${m.toLowerCase()}an`);
    return found ? { periodePengukuran: found } : PERIODE_PENGUKURAN.join(' atau ');
  },
};

function parseSkala(text: string): Partial<Settings> | null {
  const bands = text.split(';').map((part) => /^\s*(\d+(?:[.,]\d+)?)\s+(.+?)\s*$/.exec(part));
  if (bands.length < 2 || bands.some((b) => !b)) return null;
  const parsed = bands.map((b) => ({ min: Number((b?.[1] ?? '').replace(',', '.')), label: b?.[2] ?? '' }));
  const sorted = [...parsed].sort((a, b) => b.min - a.min);
  const last = sorted[sorted.length - 1];
  if (!last) return null;
  return { skalaPredikat: [...sorted.slice(0, -1), { min: Number.NEGATIVE_INFINITY, label: last.label }] };
}

/** Settings from the Pengaturan rows; unknown keys and bad values are problems, and the default stays. */
/** One parsed row of the Pengaturan tab (its declaration is in tabs/, a layer above). */
export interface BarisPengaturan {
  readonly row: number;
  readonly value: { readonly kunci: string; readonly nilai: string | null };
}

export function readSettings(rows: readonly BarisPengaturan[]): {
  settings: Settings;
  problems: Problem[];
} {
  let settings: Settings = DEFAULT_SETTINGS;
  const problems: Problem[] = [];
  const known = Object.keys(SETTING_KEYS);
  let liburDiisi = false;
  for (const { row, value } of rows) {
    const key = known.find((k) => k.toLowerCase() === value.kunci.toLowerCase().trim());
    if (!key) {
      problems.push({
        key: 'pengaturan.tidakDikenal',
        tab: 'Pengaturan',
        row,
        column: 'Kunci',
        params: { kunci: value.kunci, daftar: known.join(', ') },
      });
      continue;
    }
    const raw = (value.nilai ?? '').trim();
    if (raw === '') continue; // blank: the default stays
    const parsed = (SETTING_KEYS[key] as Parser)(raw);
    if (typeof parsed === 'string') {
      problems.push({
        key: 'pengaturan.nilai',
        tab: 'Pengaturan',
        row,
        column: 'Nilai',
        params: { kunci: key, nilai: raw, harapan: parsed },
      });
    } else {
      settings = { ...settings, ...parsed };
      if (key === 'Hari Libur') liburDiisi = true;
    }
  }
  // no list of its own: the national holidays of the office's year (and the next, when published)
  if (!liburDiisi) settings = { ...settings, hariLibur: liburNasional(settings.tahun) };
  return { settings, problems };
}

/** Rows for a new Pengaturan tab. */
export function defaultSettingRows(
  overrides: Partial<Record<keyof typeof SETTING_KEYS, string>> = {},
): { kunci: string; nilai: string }[] {
  const defaults: Record<string, string> = {
    'Nama Instansi': '',
    Unit: '',
    Tahun: String(DEFAULT_SETTINGS.tahun),
    Kota: '',
    'Email Pengelola': '',
    'Email Akun Layanan': '',
    'Folder Rekap': '',
    'URL Layanan Rekap': '',
    'Rumus Polaritas Negatif': DEFAULT_SETTINGS.rumusNegatif,
    'Skala Predikat': '91 Sangat Baik; 76 Baik; 66 Cukup; 51 Kurang; 0 Sangat Kurang',
    'Batas Atas Capaian': '',
    'Skala Nilai': formatSkalaNilai(DEFAULT_SKALA_NILAI),
    Lokal: 'id-ID',
    Bahasa: 'id',
    'Zona Waktu': 'Asia/Jakarta',
    'Hari Kerja': 'Senin, Selasa, Rabu, Kamis, Jumat',
    'Jam Kerja': '07.30-16.00',
    'Hari Libur': daftarLibur(liburNasional(Number(overrides.Tahun ?? DEFAULT_SETTINGS.tahun))),
    'Pengingat Harian': 'Tidak',
    Lambang: '',
    'Sebutan Pihak': DEFAULT_SETTINGS.sebutanPihak,
    'Nama Kepala Daerah': '',
    'Jabatan Kepala Daerah': '',
    'NIP Kepala Daerah': '',
    'Mulai Penyusunan PK': '',
    'Cascading Wajib': 'Tidak',
    'Periode Pengukuran': DEFAULT_SETTINGS.periodePengukuran,
    'Folder Bukti': '',
    ...overrides,
  };
  return Object.entries(defaults).map(([kunci, nilai]) => ({ kunci, nilai }));
}

/** A holiday list as the `Hari Libur` cell holds it: `1 Januari 2026; 16 Januari 2026; ...`. */
export function daftarLibur(iso: readonly string[]): string {
  return iso
    .map((d) => {
      const [tahun, bulan, hari] = d.split('-').map(Number);
      return formatTanggal({ tahun: tahun ?? 0, bulan: bulan ?? 1, hari: hari ?? 1 });
    })
    .join('; ');
}

/** Set-up of an older workbook: the default rows of the keys its Pengaturan tab does not have yet. */
export function barisPengaturanKurang(kunciAda: readonly unknown[]): { kunci: string; nilai: string }[] {
  const ada = new Set(
    kunciAda.map((k) =>
      String(k ?? '')
        .trim()
        .toLowerCase(),
    ),
  );
  return defaultSettingRows().filter((r) => !ada.has(r.kunci.toLowerCase()));
}
