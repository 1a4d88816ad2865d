// The signed documents the transition table files (signing the PK, signing the RA, archiving both): the
// Perjanjian Kinerja (PermenPAN-RB 53/2014 format, with its attachment of indicators) and the Rencana Aksi,
// each with its approval record and a verification code derived from the signed content hash, and a warning
// on its face when the content changed after signing.
import type { Sha256 } from '../hash/digest';
import { kodeVerifikasi } from '../hash/digest';
import { type CalendarDate, formatWaktu, toCalendarDate } from '../locale/date';
import { formatPlain } from '../locale/number';
import type { Jangkar } from '../log/chain';
import { blokirPemilik, periksaLog } from '../log/verify';
import { isAdministrator, type OrgTree, type Pegawai, superiorActors, superiorOf } from '../org/tree';
import { fail, ok, type Result } from '../problems';
import { lookup } from '../workbook/lookup';
import type { Kantor } from '../workbook/parse';
import { berkasOf, hashDokumen, hashTtdOf, ikiOf } from '../workflow/content';
import { identify } from '../workflow/machine';
import { SIGNED, transisiTtd } from '../workflow/transitions';

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
}

export interface BarisIki {
  readonly no: number;
  readonly sasaran: string;
  readonly indikator: string;
  readonly satuan: string;
  readonly target: string;
}

export interface BarisRencanaAksi {
  readonly no: number;
  readonly kode: string;
  readonly indikator: string;
  readonly satuan: string;
  readonly rencanaAksi: string;
  readonly target: readonly [string, string, string, string];
}

export interface ModelDokumenTtd {
  readonly jenis: JenisDokumenTtd;
  readonly judul: string;
  readonly kantor: { readonly nama: string; readonly unit: string; readonly kota: string };
  readonly tahun: number;
  readonly pihakKesatu: Pihak;
  readonly pihakKedua: Pihak | null;
  readonly pernyataan: readonly string[];
  readonly iki: readonly BarisIki[];
  readonly rencanaAksi: readonly BarisRencanaAksi[];
  readonly persetujuan: Persetujuan;
  /** The content now differs from what was signed. */
  readonly berubah: boolean;
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
    superiorActors(org, nip).some((s) => s.pegawai.nip === me.nip) ||
    isAdministrator(org, me.nip);
  return allowed
    ? ok(me)
    : fail({ key: 'dokumen.bukanHak', params: { dokumen: `${jenis} ${tahun}`, pemilik: owner.nama } });
}

const PERNYATAAN_PK = (kesatu: Pihak, kedua: Pihak | null, tahun: number): string[] => [
  'Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:',
  `Nama: ${kesatu.nama}\nJabatan: ${kesatu.jabatan}\nselanjutnya disebut PIHAK KESATU.`,
  `Nama: ${kedua?.nama ?? '-'}\nJabatan: ${kedua ? `${kedua.sebutan ? `${kedua.sebutan} ` : ''}${kedua.jabatan}` : '-'}\nselaku atasan PIHAK KESATU, selanjutnya disebut PIHAK KEDUA.`,
  `PIHAK KESATU berjanji akan mewujudkan target kinerja tahun ${tahun} sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab PIHAK KESATU.`,
  'PIHAK KEDUA akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.',
];

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
  const signing = [...(lookup(k).riwayat.get(nip) ?? [])]
    .reverse()
    .find((e) => e.dokumen === jenis && e.langkah === step);
  const signer = signing?.nipPelaku ? k.org.byNip.get(signing.nipPelaku) : undefined;
  const sebutan: Pihak['sebutan'] =
    signing?.peran === 'Plt' ? 'Plt.' : signing?.peran === 'Plh' ? 'Plh.' : null;
  const atasan = superiorOf(k.org, nip);
  // an acting official signs with their own name and NIP, under the title of the position they act for
  const kedua = signer
    ? { ...pihak(signer, sebutan), ...(sebutan && atasan ? { jabatan: atasan.jabatan } : {}) }
    : atasan
      ? pihak(atasan)
      : null;
  const status = berkasOf(k, nip)[jenis];
  const ditandatangani = SIGNED[jenis].includes(status);
  const signedHash = hashTtdOf(k, nip, jenis);
  const berubah = ditandatangani && signedHash !== null && signedHash !== hashDokumen(k, sha256, nip, jenis);
  const fmt = (n: number | null) => (n === null ? '-' : formatPlain(n, 4, k.settings.lokal));
  const iki = ikiOf(k, nip).map(({ value: v }, i) => ({
    no: i + 1,
    sasaran: v.sasaran,
    indikator: v.indikator,
    satuan: v.satuan,
    target:
      v.polaritas === 'Rentang' && v.targetAtas !== null
        ? `${fmt(v.target)}–${fmt(v.targetAtas)}`
        : fmt(v.target),
  }));
  const rencanaAksi = ikiOf(k, nip).map(({ value: v }, i) => {
    const ra = lookup(k).raByKode.get(`${nip}|${v.kode}`)?.value;
    return {
      no: i + 1,
      kode: v.kode,
      indikator: v.indikator,
      satuan: v.satuan,
      rencanaAksi: ra?.rencanaAksi ?? '-',
      target: [
        fmt(ra?.targetTw1 ?? null),
        fmt(ra?.targetTw2 ?? null),
        fmt(ra?.targetTw3 ?? null),
        fmt(ra?.targetTw4 ?? null),
      ] as const,
    };
  });
  const kesatu = pihak(owner);
  return ok({
    jenis,
    judul:
      jenis === 'PK'
        ? `PERJANJIAN KINERJA TAHUN ${k.settings.tahun}`
        : `RENCANA AKSI TAHUN ${k.settings.tahun}`,
    kantor: { nama: k.settings.namaInstansi, unit: k.settings.unit, kota: k.settings.kota },
    tahun: k.settings.tahun,
    pihakKesatu: kesatu,
    pihakKedua: kedua,
    pernyataan: jenis === 'PK' ? PERNYATAAN_PK(kesatu, kedua, k.settings.tahun) : [],
    iki,
    rencanaAksi,
    persetujuan: {
      status,
      ditandatangani,
      oleh: signing
        ? `${signer?.nama ?? signing.email}${sebutan ? ` (${sebutan.replace('.', '')})` : ''}`
        : null,
      waktu: signing ? formatWaktu(signing.waktu, k.settings.offsetMenit) : null,
      hash: signing?.hash ?? null,
      kodeVerifikasi: signing?.hash ? kodeVerifikasi(signing.hash) : null,
    },
    berubah,
    tanggal: toCalendarDate(signing?.waktu ?? now, k.settings.offsetMenit),
  });
}

/** The URL of another function of the same deployment: `.../recap` -> `.../document`. */
export function urlLayanan(recapUrl: string, fungsi: 'recap' | 'document'): string {
  return recapUrl.replace(/\/[^/]*\/?$/, `/${fungsi}`);
}
