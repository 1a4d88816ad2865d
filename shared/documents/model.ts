// The signed documents the transition table files (signing the PK, signing the RA, archiving both): the
// Perjanjian Kinerja (PermenPAN-RB 53/2014 format, with its attachment of indicators) and the Rencana Aksi,
// each with its approval record and a verification code derived from the signed content hash, and a warning
// on its face when the content changed after signing.
import { kolomPola } from '../capaian/pola';
import { teksNilai } from '../capaian/teks';
import type { Sha256 } from '../hash/digest';
import { kodeVerifikasi } from '../hash/digest';
import { type CalendarDate, formatTanggal, formatWaktu, toCalendarDate } from '../locale/date';
import { formatPlain } from '../locale/number';
import type { Jangkar } from '../log/chain';
import { blokirPemilik, periksaLog } from '../log/verify';
import { t } from '../messages/translate';
import {
  chainToHead,
  isAdministrator,
  isPimpinan,
  type OrgTree,
  type Pegawai,
  penilaiOf,
  superiorOf,
} from '../org/tree';
import { fail, ok, type Problem, type Result } from '../problems';
import type { SebutanPihak } from '../settings/settings';
import { lookup } from '../workbook/lookup';
import type { Kantor } from '../workbook/parse';
import { berkasOf, hashDokumen, hashTtdOf, ikiOf } from '../workflow/content';
import { identify, ttdKepalaDaerahDariCatatan } from '../workflow/machine';
import { aksiOf, peringatanRaPegawai, targetTwIndikator } from '../workflow/rencana-aksi';
import { SIGNED, transisiTtd } from '../workflow/transitions';
import { judulKey, riwayatVersi } from './versi';

export const JENIS_DOKUMEN_TTD = ['PK', 'RA'] as const;
export type JenisDokumenTtd = (typeof JENIS_DOKUMEN_TTD)[number];

export interface Pihak {
  readonly nama: string;
  readonly jabatan: string;
  readonly pangkat: string | null;
  readonly nip: string;
  /** `Plt.` or `Plh.` before the title of an acting signatory. */
  readonly sebutan: 'Plt.' | 'Plh.' | null;
}

export interface Persetujuan {
  readonly status: string;
  readonly ditandatangani: boolean;
  readonly oleh: string | null;
  readonly waktu: string | null;
  readonly hash: string | null;
  readonly kodeVerifikasi: string | null;
  /** The head of office's PK: the link to the scan of the copy the regional head signed on paper. */
  readonly pindaian: string | null;
}

export interface BarisIki {
  readonly no: number;
  readonly sasaran: string;
  readonly indikator: string;
  readonly satuan: string;
  readonly target: string;
  /** Measurement pattern (issue 16): Hitungan, Posisi or Rilis. */
  readonly polaUkur: string;
  /** Quarters measured, as a label: `setiap triwulan`, `semester (TW II, TW IV)`, ... */
  readonly periodeUkur: string;
  /** The issuing body of a Rilis indicator. */
  readonly penerbit: string | null;
}

export interface AksiRencana {
  readonly rencanaAksi: string;
  /** The action's own TW I..IV targets, `-` where blank (an action may only describe the work). */
  readonly target: readonly [string, string, string, string];
}

/** One indicator of the Rencana Aksi with its actions (one or more rows of the tab). */
export interface BarisRencanaAksi {
  readonly no: number;
  readonly kode: string;
  readonly sasaran: string;
  readonly indikator: string;
  readonly satuan: string;
  readonly agregasi: string;
  readonly targetTahunan: string;
  readonly aksi: readonly AksiRencana[];
  /** The indicator's quarterly targets used for capaian (with several actions: workflow/rencana-aksi.ts). */
  readonly target: readonly [string, string, string, string];
  /** Why the quarterly targets depart from the annual target (`Alasan Penyimpangan` of its rows), if given. */
  readonly alasan: string | null;
  /** Measurement pattern, period label and issuing body, as on the PK lampiran (issue 16). */
  readonly polaUkur: string;
  readonly periodeUkur: string;
  readonly penerbit: string | null;
}

/** A program, kegiatan or sub-kegiatan with its budget, attached to the PK (tab Anggaran PK). */
export interface BarisAnggaran {
  readonly no: number;
  readonly program: string;
  readonly anggaran: string;
  readonly keterangan: string;
}

/** The PK's level by the person's place under the head of office (PermenPAN-RB 53/2014 formats). */
export const TINGKAT_PK = ['Eselon II', 'Eselon III', 'Eselon IV', 'Individu'] as const;
export type TingkatPk = (typeof TINGKAT_PK)[number];

/** What the sasaran of each level is called in the PK attachment. */
export const SASARAN_TINGKAT: Record<TingkatPk, string> = {
  'Eselon II': 'Sasaran Strategis',
  'Eselon III': 'Sasaran Program',
  'Eselon IV': 'Sasaran Kegiatan',
  Individu: 'Sasaran Kinerja',
};

export interface ModelDokumenTtd {
  readonly jenis: JenisDokumenTtd;
  readonly judul: string;
  readonly kantor: { readonly nama: string; readonly unit: string; readonly kota: string };
  readonly tahun: number;
  readonly pihakKesatu: Pihak;
  readonly pihakKedua: Pihak | null;
  readonly pernyataan: readonly string[];
  readonly iki: readonly BarisIki[];
  /** The action plan of an RA (a PK has none: its rows are not read for it, see `tabTanpaBarisDokumen`). */
  readonly rencanaAksi: readonly BarisRencanaAksi[];
  /** How the employee's party is named (Pengaturan `Sebutan Pihak`). */
  readonly sebutan: SebutanPihak;
  readonly tingkat: TingkatPk;
  /** The PK's program/kegiatan budget table; empty when the person has no rows in Anggaran PK. */
  readonly anggaran: readonly BarisAnggaran[];
  /** The total of `anggaran` (rupiah, formatted), null when there are no rows. */
  readonly jumlahAnggaran: string | null;
  /** Rencana Aksi targets that do not add up to the annual target (warnings with their explanation). */
  readonly peringatan: readonly Problem[];
  readonly persetujuan: Persetujuan;
  /** The content now differs from what was signed. */
  readonly berubah: boolean;
  /** The version of the document (1, or N+1 after N revisions: a "Perjanjian Kinerja Perubahan"). */
  readonly versi: number;
  /** A revised version: the reason, and the version it replaces with its verification code. */
  readonly perubahan: {
    readonly alasan: string;
    readonly menggantikan: { readonly versi: number; readonly kode: string; readonly tanggal: string };
  } | null;
  readonly tanggal: CalendarDate;
}

function pihak(p: Pegawai, sebutan: Pihak['sebutan'] = null): Pihak {
  return { nama: p.nama, jabatan: p.jabatan, pangkat: p.pangkat, nip: p.nip, sebutan };
}

/** Who may print an employee's PK or RA: the employee, their superior or acting official, an administrator. */
export function bolehCetak(
  org: OrgTree,
  email: string | null | undefined,
  nip: string,
  jenis: JenisDokumenTtd,
  tahun: number,
): Result<Pegawai> {
  const who = identify(org, email);
  if (!who.ok) return who;
  const owner = org.byNip.get(nip);
  if (!owner) return fail({ key: 'dokumen.pegawaiTidakAda', params: { nip } });
  const me = who.value;
  const allowed =
    me.nip === nip ||
    penilaiOf(org, nip).some((s) => s.pegawai.nip === me.nip) ||
    isAdministrator(org, me.nip);
  return allowed
    ? ok(me)
    : fail({ key: 'dokumen.bukanHak', params: { dokumen: `${jenis} ${tahun}`, pemilik: owner.nama } });
}

const PERNYATAAN_PK = (kesatu: Pihak, kedua: Pihak | null, tahun: number, sebut: SebutanPihak): string[] => [
  'Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:',
  `Nama: ${kesatu.nama}\nJabatan: ${kesatu.jabatan}\nselanjutnya disebut ${sebut}.`,
  `Nama: ${kedua?.nama ?? '..............................'}\nJabatan: ${kedua ? `${kedua.sebutan ? `${kedua.sebutan} ` : ''}${kedua.jabatan}` : '..............................'}\nselaku atasan ${sebut}, selanjutnya disebut PIHAK KEDUA.`,
  `${sebut} berjanji akan mewujudkan target kinerja tahun ${tahun} sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab ${sebut}.`,
  `PIHAK KEDUA akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.`,
];

/** Rupiah as written in budget documents: `Rp1.250.000.000`, cents only when there are any. */
export function formatRupiah(n: number): string {
  return `Rp${formatPlain(n, 2, 'id-ID')}`;
}

function tingkatOf(k: Kantor, nip: string): TingkatPk {
  const depth = chainToHead(k.org, nip).length;
  return TINGKAT_PK[Math.min(depth, TINGKAT_PK.length - 1)] as TingkatPk;
}

export function modelDokumenTtd(
  k: Kantor,
  nip: string,
  jenis: JenisDokumenTtd,
  sha256: Sha256,
  now: number,
  opsi: { readonly jangkar?: Jangkar | null } = {},
): Result<ModelDokumenTtd> {
  const owner = k.org.byNip.get(nip);
  if (!owner) return fail({ key: 'dokumen.pegawaiTidakAda', params: { nip } });
  // a signed document is proof of a signature: none is produced while the log or this person's workflow
  // cells were edited outside the workflow
  const blokir = blokirPemilik(k, periksaLog(k, opsi.jangkar ?? null, sha256), nip);
  if (blokir.length)
    return fail(
      { key: 'dokumen.integritas', params: { dokumen: `${jenis} ${k.settings.tahun}` } },
      ...blokir,
    );
  const step = transisiTtd(jenis).langkah;
  // the version in force, or the one being drafted in a revision (whose earlier signature is not its own)
  const versions = riwayatVersi(k, nip, jenis);
  const versi = Math.max(1, versions.versi.length + (versions.terbuka ? 1 : 0));
  const sebelumnya = versions.versi[versi - 2] ?? null;
  const signing = versions.terbuka
    ? undefined
    : [...(lookup(k).riwayat.get(nip) ?? [])]
        .reverse()
        .find((e) => e.dokumen === jenis && e.langkah === step);
  const signer = signing?.nipPelaku ? k.org.byNip.get(signing.nipPelaku) : undefined;
  const sebutan: Pihak['sebutan'] =
    signing?.peran === 'Plt' ? 'Plt.' : signing?.peran === 'Plh' ? 'Plh.' : null;
  const atasan = superiorOf(k.org, nip);
  // the head of office's PK is with the regional head (Pengaturan), who signs on paper; the Pengelola
  // Kinerja records that signature (aksi ttdkepaladaerah) and the date and scan are on the PK row
  const pimpinan = isPimpinan(k.org, nip);
  const kd = k.settings;
  const kepalaDaerah: Pihak | null =
    pimpinan && (kd.namaKepalaDaerah || kd.jabatanKepalaDaerah)
      ? {
          nama: kd.namaKepalaDaerah,
          jabatan: kd.jabatanKepalaDaerah,
          pangkat: null,
          nip: kd.nipKepalaDaerah ?? '',
          sebutan: null,
        }
      : null;
  // an acting official signs with their own name and NIP, under the title of the position they act for
  const kedua = pimpinan
    ? kepalaDaerah
    : signer
      ? { ...pihak(signer, sebutan), ...(sebutan && atasan ? { jabatan: atasan.jabatan } : {}) }
      : atasan
        ? pihak(atasan)
        : null;
  // the paper signature's date and scan, as logged (and chained) when the Pengelola Kinerja recorded it
  const ttdKd = signing?.aksi === 'ttdkepaladaerah' ? ttdKepalaDaerahDariCatatan(signing.catatan) : null;
  const status = berkasOf(k, nip)[jenis];
  const ditandatangani = SIGNED[jenis].includes(status);
  const signedHash = hashTtdOf(k, nip, jenis);
  const berubah = ditandatangani && signedHash !== null && signedHash !== hashDokumen(k, sha256, nip, jenis);
  const fmt = (n: number | string | null) => teksNilai(n, k.settings.lokal);
  const iki = ikiOf(k, nip).map(({ value: v }, i) => ({
    no: i + 1,
    sasaran: v.sasaran,
    indikator: v.indikator,
    satuan: v.satuan,
    target:
      v.polaritas === 'Rentang' && v.targetAtas !== null
        ? `${fmt(v.target)}–${fmt(v.targetAtas)}`
        : fmt(v.target),
    ...kolomPola(v, k.settings.periodePengukuran),
  }));
  const rencanaAksi = (jenis === 'RA' ? ikiOf(k, nip) : []).map(({ value: v }, i): BarisRencanaAksi => {
    const rows = aksiOf(k, nip, v.kode);
    const four = (t: readonly (number | string | null)[]) =>
      [fmt(t[0] ?? null), fmt(t[1] ?? null), fmt(t[2] ?? null), fmt(t[3] ?? null)] as const;
    return {
      no: i + 1,
      kode: v.kode,
      sasaran: v.sasaran,
      indikator: v.indikator,
      satuan: v.satuan,
      agregasi: v.agregasi,
      ...kolomPola(v, k.settings.periodePengukuran),
      targetTahunan: iki[i]?.target ?? fmt(v.target),
      aksi: rows.map(({ value: a }) => ({
        rencanaAksi: a.rencanaAksi,
        target: four([a.targetTw1, a.targetTw2, a.targetTw3, a.targetTw4]),
      })),
      target: four(targetTwIndikator(v.agregasi, rows)),
      alasan:
        rows
          .map((r) => (r.value.alasan ?? '').trim())
          .filter(Boolean)
          .join('; ') || null,
    };
  });
  const anggaranRows = k.anggaranPk.filter((r) => r.value.nip === nip);
  const anggaran = anggaranRows.map(({ value: a }, i) => ({
    no: i + 1,
    program: a.program,
    anggaran: formatRupiah(a.anggaran),
    keterangan: a.keterangan ?? '',
  }));
  const total = anggaranRows.reduce((sum, r) => sum + Math.round(r.value.anggaran * 100), 0) / 100;
  const sebutanPihak = k.settings.sebutanPihak;
  const kesatu = pihak(owner);
  return ok({
    jenis,
    judul: `${t(judulKey(jenis, versi), {}, 'id').toUpperCase()} TAHUN ${k.settings.tahun}`,
    kantor: { nama: k.settings.namaInstansi, unit: k.settings.unit, kota: k.settings.kota },
    tahun: k.settings.tahun,
    pihakKesatu: kesatu,
    pihakKedua: kedua,
    pernyataan: jenis === 'PK' ? PERNYATAAN_PK(kesatu, kedua, k.settings.tahun, sebutanPihak) : [],
    iki,
    rencanaAksi,
    sebutan: sebutanPihak,
    tingkat: tingkatOf(k, nip),
    anggaran,
    jumlahAnggaran: anggaranRows.length ? formatRupiah(total) : null,
    peringatan: jenis === 'RA' ? peringatanRaPegawai(k, nip) : [],
    persetujuan: {
      status,
      ditandatangani,
      oleh: ttdKd
        ? `${kd.jabatanKepalaDaerah} ${kd.namaKepalaDaerah} (tanda tangan basah, dicatat oleh ${signer?.nama ?? signing?.email})`
        : signing
          ? `${signer?.nama ?? signing.email}${sebutan ? ` (${sebutan.replace('.', '')})` : ''}${signing.peran === 'Pengelola Kinerja' ? ' (Pengelola Kinerja)' : ''}`
          : null,
      waktu: ttdKd
        ? formatTanggal(ttdKd.tanggal)
        : signing
          ? formatWaktu(signing.waktu, k.settings.offsetMenit)
          : null,
      pindaian: ttdKd?.tautan ?? null,
      hash: signing?.hash ?? null,
      kodeVerifikasi: signing?.hash ? kodeVerifikasi(signing.hash) : null,
    },
    berubah,
    versi,
    perubahan:
      versi > 1 && sebelumnya
        ? {
            alasan: (versions.versi[versi - 1]?.alasan ?? versions.terbuka?.alasan ?? '').trim() || '-',
            menggantikan: {
              versi: sebelumnya.versi,
              kode: sebelumnya.kode,
              tanggal: formatTanggal(sebelumnya.tanggal),
            },
          }
        : null,
    tanggal: ttdKd?.tanggal ?? toCalendarDate(signing?.waktu ?? now, k.settings.offsetMenit),
  });
}

/** The URL of another function of the same deployment: `.../recap` -> `.../document`. */
export function urlLayanan(recapUrl: string, fungsi: 'recap' | 'document'): string {
  return recapUrl.replace(/\/[^/]*\/?$/, `/${fungsi}`);
}

/**
 * Documents per request to the document service: a bulk action's documents go in requests of this many,
 * sent side by side (the add-on sends them in one parallel fetch); each request reads and writes the sheet once.
 */
export const DOKUMEN_PER_PERMINTAAN = 5;
