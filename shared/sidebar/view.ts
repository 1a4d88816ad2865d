// What the sidebar shows one person: who they are, their own documents (state, problems with their place,
// what they may do), what waits for them as direct superior or acting official (with a short view of what
// they would sign and the version's hash), and for a Pengelola Kinerja the archive queue and the SOP
// compliance view. Plain data, so it crosses google.script.run as JSON.
import type { Sha256 } from '../hash/digest';
import { formatWaktu } from '../locale/date';
import { formatMenitKerja } from '../locale/duration';
import { formatPlain } from '../locale/number';
import type { Jangkar } from '../log/chain';
import { periksaLog } from '../log/verify';
import type { Lang } from '../messages/catalog';
import { describeProblem, t } from '../messages/translate';
import { type OrgTree, type Pegawai, superiorActors } from '../org/tree';
import type { Problem } from '../problems';
import { langkah } from '../sop/steps';
import { menitPerHari } from '../sop/working-time';
import { lookup } from '../workbook/lookup';
import type { Kantor } from '../workbook/parse';
import {
  berkasOf,
  hashDokumen,
  hashTtdOf,
  ikiOf,
  masalahDokumen,
  masalahIntegritas,
  masalahSegel,
} from '../workflow/content';
import { identify } from '../workflow/machine';
import { DOKUMEN, type Dokumen, triwulanOf } from '../workflow/states';
import { type Aksi, aksiTersedia, SIGNED } from '../workflow/transitions';

export interface MasalahView {
  readonly teks: string;
  readonly tab: string | null;
  readonly row: number | null;
  readonly column: string | null;
}

export interface DokumenView {
  readonly nip: string;
  readonly nama: string;
  readonly dokumen: Dokumen;
  readonly label: string;
  readonly status: string;
  readonly aksi: readonly Aksi[];
  readonly hash: string;
  /** Content changed after it was signed. */
  readonly berubah: boolean;
  readonly catatan: string | null;
  readonly masalah: readonly MasalahView[];
  /** A short view of the content (what a superior signs). */
  readonly ringkasan: readonly string[];
  /** As whom the viewer acts on it: Pegawai, Atasan, Plt, Plh, Pengelola Kinerja. */
  readonly sebagai: string;
  /** A signed PK or RA can be printed ("cetak"). */
  readonly cetak: boolean;
}

export interface KepatuhanView {
  readonly nama: string;
  readonly langkah: number;
  readonly kegiatan: string;
  readonly dokumen: string;
  readonly waktu: string;
  readonly durasi: string;
  readonly standar: string;
}

export interface SidebarView {
  readonly kantor: string;
  readonly tahun: number;
  readonly saya: {
    readonly nama: string;
    readonly nip: string;
    readonly jabatan: string;
    readonly email: string;
    readonly pengelola: boolean;
  } | null;
  /** Why there is no `saya` (blank or unknown identity), in the user's language. */
  readonly pesan: string | null;
  readonly dokumenSaya: readonly DokumenView[];
  readonly menunggu: readonly DokumenView[];
  readonly arsip: readonly DokumenView[];
  /** Subordinates' signed PK and RA, to print ("cetak") as their superior. */
  readonly bawahan: readonly DokumenView[];
  /** The most recent late steps of the year (at most `BATAS_DAFTAR`), newest first. */
  readonly kepatuhan: readonly KepatuhanView[];
  /** How many late steps the year has in all. */
  readonly kepatuhanJumlah: number;
  /** Problems in the workbook that are nobody's rows in particular (shown to the administrator). */
  readonly masalahUmum: readonly MasalahView[];
  /** The log itself is broken, shortened or unanchored: shown to everyone, first. */
  readonly integritas: readonly MasalahView[];
  readonly rekapTersedia: boolean;
}

/** Longest list the sidebar receives of what only grows with time (late steps, general problems / 5). */
export const BATAS_DAFTAR = 20;

export function labelDokumen(dokumen: Dokumen, tahun: number): string {
  if (dokumen === 'PK') return `Perjanjian Kinerja ${tahun}`;
  if (dokumen === 'RA') return `Rencana Aksi ${tahun}`;
  return `Pengukuran TW ${triwulanOf(dokumen)} ${tahun}`;
}

function ringkasan(k: Kantor, nip: string, dokumen: Dokumen): string[] {
  const iki = ikiOf(k, nip);
  const fmt = (n: number | null) => (n === null ? '-' : formatPlain(n, 4, k.settings.lokal));
  if (dokumen === 'PK')
    return iki.map(
      ({ value: v }) =>
        `${v.kode} ${v.indikator}: ${fmt(v.target)} ${v.satuan} (${v.polaritas}, ${v.agregasi})`,
    );
  if (dokumen === 'RA') {
    return iki.map(({ value: v }) => {
      const ra = lookup(k).raByKode.get(`${nip}|${v.kode}`)?.value;
      return `${v.kode}: ${[ra?.targetTw1, ra?.targetTw2, ra?.targetTw3, ra?.targetTw4].map((x) => fmt(x ?? null)).join(' / ')} — ${ra?.rencanaAksi ?? '-'}`;
    });
  }
  const tw = triwulanOf(dokumen);
  return iki.map(({ value: v }) => {
    const u = lookup(k).pengukuranByKey.get(`${nip}|${v.kode}|${tw}`)?.value;
    return `${v.kode}: realisasi ${fmt(u?.realisasi ?? null)} ${v.satuan}${u?.bukti ? ' (ada bukti)' : ' (tanpa bukti)'}${u?.kendala ? `; kendala: ${u.kendala}` : ''}`;
  });
}

function masalahView(p: Problem, lang: Lang): MasalahView {
  return { teks: describeProblem(p, lang), tab: p.tab ?? null, row: p.row ?? null, column: p.column ?? null };
}

function dokumenView(
  k: Kantor,
  sha256: Sha256,
  owner: Pegawai,
  dokumen: Dokumen,
  peran: 'pegawai' | 'atasan' | 'pengelola',
  sebagai: string,
  lang: Lang,
): DokumenView {
  const berkas = berkasOf(k, owner.nip);
  const status = berkas[dokumen];
  const jenis = dokumen === 'PK' || dokumen === 'RA' ? dokumen : 'TW';
  const hash = hashDokumen(k, sha256, owner.nip, dokumen);
  const signed = hashTtdOf(k, owner.nip, dokumen);
  const sampaiBukti = triwulanOf(dokumen) !== null && status !== 'Draf' && status !== 'Dikembalikan';
  // edits outside the workflow and changed measurements are shown to everyone who sees the document
  const integritas = [
    ...masalahIntegritas(k, owner.nip),
    ...(jenis === 'TW'
      ? masalahSegel(k, sha256, owner.nip).filter((p) => p.params?.tw === triwulanOf(dokumen))
      : []),
  ];
  const problems = [
    ...integritas,
    ...(peran === 'pegawai' ? masalahDokumen(k, owner.nip, dokumen, sampaiBukti) : []),
  ];
  const row = lookup(k).pk.get(owner.nip)?.value;
  return {
    nip: owner.nip,
    nama: owner.nama,
    dokumen,
    label: labelDokumen(dokumen, k.settings.tahun),
    status,
    aksi: aksiTersedia(jenis, status, peran),
    hash,
    berubah: jenis !== 'TW' && SIGNED[jenis].includes(status) && signed !== null && signed !== hash,
    catatan: status === 'Dikembalikan' ? (row?.catatan ?? null) : null,
    masalah: problems.map((p) => masalahView(p, lang)),
    ringkasan: peran === 'pegawai' ? [] : ringkasan(k, owner.nip, dokumen),
    sebagai,
    cetak: jenis !== 'TW' && SIGNED[jenis].includes(status),
  };
}

/** The documents an employee works on now: PK and RA until archived, then the quarters. */
function ownDocuments(k: Kantor, nip: string): Dokumen[] {
  const b = berkasOf(k, nip);
  return DOKUMEN.filter((d) => d === 'PK' || d === 'RA' || b.RA === 'Diarsipkan');
}

export function sidebarView(
  k: Kantor,
  email: string | null | undefined,
  sha256: Sha256,
  opsi: { readonly jangkar?: Jangkar | null } = {},
): SidebarView {
  const lang = k.settings.bahasa;
  const integ = periksaLog(k, opsi.jangkar ?? null, sha256);
  const integritas = [...integ.blokirSemua, ...integ.peringatan].map((p) => masalahView(p, lang));
  const base = {
    kantor: k.settings.namaInstansi,
    tahun: k.settings.tahun,
    rekapTersedia: k.settings.urlLayananRekap !== '',
  };
  const who = identify(k.org, email);
  if (!who.ok) {
    return {
      ...base,
      saya: null,
      pesan: describeProblem(who.problems[0] ?? { key: 'identitas.kosong' }, lang),
      dokumenSaya: [],
      menunggu: [],
      arsip: [],
      bawahan: [],
      kepatuhan: [],
      kepatuhanJumlah: 0,
      masalahUmum: [],
      integritas,
    };
  }
  const me = who.value;
  const pengelola = me.peran === 'Pengelola Kinerja';
  const dokumenSaya = me.nipAtasan
    ? ownDocuments(k, me.nip).map((d) => dokumenView(k, sha256, me, d, 'pegawai', 'Pegawai', lang))
    : [];
  const menunggu: DokumenView[] = [];
  const bawahan: DokumenView[] = [];
  for (const p of subordinatesFor(k.org, me.nip)) {
    const berkas = berkasOf(k, p.pegawai.nip);
    for (const d of ['PK', 'RA'] as const) {
      if (SIGNED[d].includes(berkas[d]))
        bawahan.push(dokumenView(k, sha256, p.pegawai, d, 'atasan', p.sebagai, lang));
    }
    for (const d of DOKUMEN) {
      // only what waits for an action is shown (and hashed)
      const jenis = d === 'PK' || d === 'RA' ? d : 'TW';
      if (aksiTersedia(jenis, berkas[d], 'atasan').length === 0) continue;
      menunggu.push(dokumenView(k, sha256, p.pegawai, d, 'atasan', p.sebagai, lang));
    }
  }
  const arsip = pengelola
    ? k.org.all
        .filter((p) => p.nipAtasan && berkasOf(k, p.nip).RA === 'Ditandatangani')
        .map((p) => dokumenView(k, sha256, p, 'RA', 'pengelola', 'Pengelola Kinerja', lang))
    : [];
  const perHari = menitPerHari(k.settings);
  // the administrator's payload stays bounded however long the log grows: the year's late steps, newest first
  const terlambat = pengelola
    ? k.riwayat.filter(
        (r) =>
          r.value.melebihi === 'Ya' &&
          r.value.langkah !== null &&
          (r.value.tahun ?? k.settings.tahun) === k.settings.tahun,
      )
    : [];
  const kepatuhan: KepatuhanView[] = pengelola
    ? terlambat
        .slice(-BATAS_DAFTAR)
        .reverse()
        .map(({ value: e }) => ({
          nama: k.org.byNip.get(e.nipPemilik ?? '')?.nama ?? e.email,
          langkah: e.langkah as number,
          kegiatan: langkah(e.langkah as number).kegiatan,
          dokumen: e.dokumen,
          waktu: formatWaktu(e.waktu, k.settings.offsetMenit),
          durasi: formatMenitKerja(e.durasi ?? 0, perHari),
          standar: formatMenitKerja(e.standar ?? 0, perHari),
        }))
    : [];
  const masalahUmum = pengelola
    ? k.problems
        .filter((p) => !p.owner)
        .slice(0, BATAS_DAFTAR * 5)
        .map((p) => ({
          teks: describeProblem(p, lang),
          tab: p.tab ?? null,
          row: p.row ?? null,
          column: p.column ?? null,
        }))
    : [];
  return {
    ...base,
    saya: { nama: me.nama, nip: me.nip, jabatan: me.jabatan, email: me.email, pengelola },
    pesan: me.nipAtasan ? null : t('syarat.tanpaAtasan', {}, lang),
    dokumenSaya,
    menunggu,
    arsip,
    bawahan,
    kepatuhan,
    kepatuhanJumlah: terlambat.length,
    masalahUmum,
    integritas,
  };
}

/** Everyone whose documents this person acts on as superior (directly, or as Plt/Plh for a position). */
function subordinatesFor(org: OrgTree, nip: string): { pegawai: Pegawai; sebagai: string }[] {
  const out: { pegawai: Pegawai; sebagai: string }[] = [];
  for (const p of org.all) {
    const actor = superiorActors(org, p.nip).find((s) => s.pegawai.nip === nip);
    if (actor) out.push({ pegawai: p, sebagai: actor.sebagai });
  }
  return out;
}
