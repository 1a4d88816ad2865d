// What the sidebar shows one person: who they are, their own documents (state, problems with their place,
// what they may do), what waits for them as direct superior or acting official (with a short view of what
// they would sign and the version's hash), and for a Pengelola Kinerja the archive queue and the SOP
// compliance view. Plain data, so it crosses google.script.run as JSON.
import { tujuanBukti } from '../bukti/bukti';
import { aturanKantor, indikatorDari } from '../capaian/indikator';
import { capaianTriwulan, type Tw } from '../capaian/period';
import { keadaanTriwulan, polaOf } from '../capaian/pola';
import { labelKeadaan, teksNilai } from '../capaian/teks';
import { atasanTtdDari, ikiByNip } from '../cascade/check';
import { indukOf } from '../cascade/pohon';
import type { Sha256 } from '../hash/digest';
import { formatWaktu, isoDate, toCalendarDate } from '../locale/date';
import { formatMenitKerja } from '../locale/duration';
import type { Jangkar } from '../log/chain';
import { periksaLog } from '../log/verify';
import type { Lang } from '../messages/catalog';
import { describeProblem, t } from '../messages/translate';
import { isPimpinan, type OrgTree, type Pegawai, penilaiOf } from '../org/tree';
import type { Problem } from '../problems';
import { capaianTeks } from '../recap/build';
import { labelPeriode, PERIODE, type Periode, periodeBerlaku } from '../recap/period';
import { langkah } from '../sop/steps';
import { menitPerHari } from '../sop/working-time';
import { lookup } from '../workbook/lookup';
import type { Kantor } from '../workbook/parse';
import { peringatanKantor } from '../workbook/peringatan';
import { act } from '../workflow/act';
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
import { dokumenSiklus } from '../workflow/periode-pengukuran';
import { aksiOf, peringatanRaPegawai, targetTwIndikator } from '../workflow/rencana-aksi';
import { type Dokumen, triwulanOf } from '../workflow/states';
import { type Aksi, aksiTersedia, SIGNED } from '../workflow/transitions';
import { BATAS_DAFTAR, type DasborView, dasborView } from './dashboard';
import { labelDokumen, menungguLangkah, namaTombol, type TugasView, transisiOf, tugasView } from './steps';

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
  /** Each open action as a button named for its SOP step; `alasan` says why it cannot succeed now. */
  readonly tombol: readonly TombolView[];
  /** What the note field is for ("Arahan untuk ...", "Tindak lanjut atas arahan ..."); null: no note. */
  readonly labelCatatan: string | null;
  /** The step this document waits for, its SOP time standard and how long it has waited. */
  readonly tugas: TugasView | null;
  /** A quarter's figures per indicator (target, realisation, capaian, evidence, arahan, follow-up). */
  readonly indikatorTw: readonly IndikatorTwView[];
  /** Shown expanded (the current quarter, and what waits for the viewer). */
  readonly terbuka: boolean;
}

export interface TombolView {
  readonly aksi: Aksi;
  readonly label: string;
  readonly catatanWajib: boolean;
  /** Why the action cannot succeed now (it is shown disabled with this text); null when it can. */
  readonly alasan: string | null;
}

export interface IndikatorTwView {
  readonly kode: string;
  readonly indikator: string;
  readonly target: string;
  readonly realisasi: string;
  readonly capaian: string;
  readonly bukti: string | null;
  readonly kendala: string | null;
  readonly arahan: string | null;
  readonly tindakLanjut: string | null;
  /** The owner may upload evidence for it now (their own card shows the upload; shared/bukti). */
  readonly unggah: boolean;
}

export interface DukunganView {
  readonly kode: string;
  readonly indikator: string;
  /** The superior's (or their Plt/Plh's) indicator this one supports; null when it names none. */
  readonly mendukung: { readonly kode: string; readonly indikator: string; readonly nama: string } | null;
}

export interface KepatuhanView {
  /** Who had to act and acted late (the superior, their Plt/Plh, the employee), with the capacity. */
  readonly nama: string;
  readonly sebagai: string;
  /** Whose document it was. */
  readonly pemilik: string;
  readonly langkah: number;
  readonly kegiatan: string;
  readonly dokumen: string;
  readonly waktu: string;
  readonly durasi: string;
  readonly standar: string;
}

export interface SidebarView {
  /** The office's language (Pengaturan > Bahasa): the sidebar's `<html lang>` and every text. */
  readonly bahasa: Lang;
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
  /** "Perlu tindakan Anda": my own steps due, then my subordinates' items, then the administrator's queue. */
  readonly perluTindakan: readonly DokumenView[];
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
  /** Warnings, never blocks: cascaded count indicators whose portions do not add up (issue 16); one's own,
   * or every one for the administrator. */
  readonly peringatan: readonly MasalahView[];
  /** The log itself is broken, shortened or unanchored: shown to everyone, first. */
  readonly integritas: readonly MasalahView[];
  readonly rekapTersedia: boolean;
  /** The recap periods of the office's Periode Pengukuran, each with its label (Semester I is TW2). */
  readonly periodeRekap: readonly { readonly periode: Periode; readonly label: string }[];
  /** The office dashboard: for the Pengelola Kinerja, and read-only for the head of office. */
  readonly dasbor: DasborView | null;
  /** For each of my indicators, the superior's indicator it supports (cascading), or null. */
  readonly dukungan: readonly DukunganView[];
  /** The Pengelola Kinerja may open a revision (PK Perubahan) of an archived PK or RA, by NIP, with a reason. */
  readonly perubahan: boolean;
}

export { BATAS_DAFTAR, labelDokumen };

/** A short view of what a superior signs: the PK's indicators and targets, the RA's quarterly targets. */
function ringkasan(k: Kantor, nip: string, dokumen: Dokumen, lang: Lang): string[] {
  const iki = ikiOf(k, nip);
  const fmt = (n: number | string | null) => teksNilai(n, k.settings.lokal);
  if (dokumen === 'PK')
    return iki.map(({ value: v }) =>
      t(
        'sidebar.ringkasan.pk',
        {
          kode: v.kode,
          indikator: v.indikator,
          target: targetTeks(v.polaritas, v.target, v.targetAtas, fmt),
          satuan: v.satuan,
          polaritas: v.polaritas,
          agregasi: v.agregasi,
        },
        lang,
      ),
    );
  if (dokumen === 'RA') {
    // an indicator's actions and the quarterly targets its capaian uses (workflow/rencana-aksi.ts)
    return iki.map(({ value: v }) => {
      const aksi = aksiOf(k, nip, v.kode);
      return t(
        'sidebar.ringkasan.ra',
        {
          kode: v.kode,
          target: targetTwIndikator(v.agregasi, aksi).map(fmt).join(' / '),
          rencana: aksi.map((a) => a.value.rencanaAksi).join('; ') || '-',
        },
        lang,
      );
    });
  }
  return [];
}

/** A target as people read it: a range for Rentang ("3–5"), one figure otherwise. */
function targetTeks(
  polaritas: string,
  target: number | string | null,
  targetAtas: number | null,
  fmt: (n: number | string | null) => string,
): string {
  return polaritas === 'Rentang' && targetAtas !== null ? `${fmt(target)}–${fmt(targetAtas)}` : fmt(target);
}

/** A quarter's figures per indicator, as the employee and their superior see them on the quarter card. */
function indikatorTw(k: Kantor, nip: string, dokumen: Dokumen, lang: Lang): IndikatorTwView[] {
  const tw = triwulanOf(dokumen);
  if (!tw) return [];
  const q = (['I', 'II', 'III', 'IV'].indexOf(tw) + 1) as Tw;
  const fmt = (n: number | string | null) => teksNilai(n, k.settings.lokal);
  const index = lookup(k);
  return ikiOf(k, nip).map(({ value: v }) => {
    const u = index.pengukuranByKey.get(`${nip}|${v.kode}|${tw}`)?.value;
    // the same reading of the indicator as the recap: its pattern, its scale, the office's capaian rules
    const ind = indikatorDari(k, nip, v);
    const nilai = capaianTriwulan(ind, q, aturanKantor(k));
    const keadaan = labelKeadaan(
      keadaanTriwulan(polaOf(v, k.settings.periodePengukuran), q, u?.realisasi != null),
      lang,
    );
    return {
      kode: v.kode,
      indikator: v.indikator,
      target:
        keadaan ??
        `${targetTeks(v.polaritas, v.polaritas === 'Rentang' ? v.target : (ind.targetTw[q - 1] ?? null), v.targetAtas, fmt)} ${v.satuan}`,
      realisasi: keadaan ?? `${fmt(u?.realisasi ?? null)} ${v.satuan}`,
      capaian: capaianTeks(nilai.capaian, k, lang, nilai.huruf?.realisasi ?? null),
      bukti: u?.bukti ?? null,
      kendala: u?.kendala ?? null,
      arahan: u?.arahan ?? null,
      tindakLanjut: u?.tindakLanjut ?? null,
      unggah: tujuanBukti(k, k.org.byNip.get(nip)?.email, { kode: v.kode, triwulan: tw, nip }).ok,
    };
  });
}

interface Lihat {
  readonly k: Kantor;
  readonly sha256: Sha256;
  readonly email: string;
  readonly now: number | null;
  readonly lang: Lang;
}

function masalahView(p: Problem, lang: Lang): MasalahView {
  return { teks: describeProblem(p, lang), tab: p.tab ?? null, row: p.row ?? null, column: p.column ?? null };
}

/**
 * A problem as the sidebar shows it; a measurement whose Pengukuran row does not exist yet says which row
 * to add, and "buka sel" goes to the first empty row of the tab.
 */
function masalahDenganPetunjuk(k: Kantor, nip: string, p: Problem, lang: Lang): MasalahView {
  if (p.key !== 'ukur.realisasiKosong' || p.row !== undefined) return masalahView(p, lang);
  const next = k.pengukuran.reduce((max, r) => Math.max(max, r.row), 1) + 1;
  return {
    teks: t(
      'sidebar.tanpaBarisUkur',
      { nip, kode: String(p.params?.kode ?? ''), tw: String(p.params?.tw ?? '') },
      lang,
    ),
    tab: 'Pengukuran',
    row: next,
    column: 'NIP',
  };
}

function dokumenView(
  v: Lihat,
  owner: Pegawai,
  dokumen: Dokumen,
  peran: 'pegawai' | 'atasan' | 'pengelola',
  sebagai: string,
  terbuka = false,
): DokumenView {
  const { k, sha256, lang } = v;
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
    // targets that do not add up: a warning with its explanation for the employee and the reviewer, no block
    ...(jenis === 'RA' ? peringatanRaPegawai(k, owner.nip) : []),
  ];
  const row = lookup(k).pk.get(owner.nip)?.value;
  // the head of office's documents: the Pengelola Kinerja acting as superior also records the regional
  // head's signature on the PK (that is a 'pengelola' transition)
  const pimpinan = isPimpinan(k.org, owner.nip);
  const aksi = [
    ...aksiTersedia(jenis, status, peran, pimpinan),
    ...(pimpinan && peran === 'atasan'
      ? aksiTersedia(jenis, status, 'pengelola', true).filter((a) => a !== 'arsipkan' && a !== 'perubahan')
      : []),
  ];
  const label = labelDokumen(dokumen, k.settings.tahun);
  const tombol = aksi.flatMap((a): TombolView[] => {
    const tr = transisiOf(dokumen, a, status);
    if (!tr) return [];
    // the core decides, exactly as it will after the click (a note stands in for the one to be typed)
    const tried = act(
      k,
      v.email,
      {
        aksi: a,
        dokumen,
        nipPemilik: owner.nip,
        catatan: tr.catatan ? '-' : '',
        hashDilihat: null,
        // the regional head's signature: a date and a scan stand in for the ones to be typed
        ...(a === 'ttdkepaladaerah'
          ? {
              tanggalTtd: isoDate(toCalendarDate(v.now ?? 0, k.settings.offsetMenit)),
              tautanTtd: 'https://-',
            }
          : {}),
      },
      v.now ?? 0,
      sha256,
    );
    const first = tried.ok ? null : tried.problems[0];
    return [
      {
        aksi: a,
        label: namaTombol(tr, lang),
        catatanWajib: tr.catatan !== null,
        alasan: first ? describeProblem(first, lang) : null,
      },
    ];
  });
  const arahanTw = indikatorTw(k, owner.nip, dokumen, lang);
  const arahan = [...new Set(arahanTw.flatMap((i) => (i.arahan ? [i.arahan] : [])))].join(' / ');
  // what the note is called comes from the transition table (a forward step's note before a return's)
  const noted = [...aksi]
    .sort((a, b) => Number(a === 'kembalikan') - Number(b === 'kembalikan'))
    .map((a) => transisiOf(dokumen, a, status)?.catatan)
    .find((c) => c);
  const labelCatatan = noted
    ? t(noted.label, { nama: owner.nama, dokumen: label, arahan: arahan || '-' }, lang)
    : null;
  const menunggu = aksi.some((a) => a !== 'kembalikan')
    ? menungguLangkah(k, owner.nip, dokumen, v.now)
    : null;
  return {
    nip: owner.nip,
    nama: owner.nama,
    dokumen,
    label,
    status,
    aksi,
    hash,
    berubah: jenis !== 'TW' && SIGNED[jenis].includes(status) && signed !== null && signed !== hash,
    catatan: status === 'Dikembalikan' ? (row?.catatan ?? null) : null,
    masalah: problems.map((p) => masalahDenganPetunjuk(k, owner.nip, p, lang)),
    ringkasan: peran === 'pegawai' || jenis === 'TW' ? [] : ringkasan(k, owner.nip, dokumen, lang),
    sebagai,
    cetak: jenis !== 'TW' && SIGNED[jenis].includes(status),
    tombol,
    labelCatatan,
    tugas: menunggu ? tugasView(k, menunggu, lang) : null,
    indikatorTw: peran === 'pengelola' ? [] : arahanTw,
    terbuka,
  };
}

/** The documents an employee works on now: PK and RA until archived, then the quarters. */
function ownDocuments(k: Kantor, nip: string): Dokumen[] {
  const b = berkasOf(k, nip);
  return dokumenSiklus(k.settings.periodePengukuran).filter(
    (d) => d === 'PK' || d === 'RA' || b.RA === 'Diarsipkan',
  );
}

/** The employee's current document: the first of the year not finished (PK, RA, then TW I..IV). */
export function dokumenBerjalan(k: Kantor, nip: string): Dokumen {
  const b = berkasOf(k, nip);
  if (b.PK !== 'Ditandatangani' && b.PK !== 'Diarsipkan') return 'PK';
  if (b.RA !== 'Diarsipkan') return 'RA';
  return (
    dokumenSiklus(k.settings.periodePengukuran).find(
      (d) => triwulanOf(d) !== null && b[d] !== 'Ditindaklanjuti',
    ) ?? 'TW4'
  );
}

export function sidebarView(
  k: Kantor,
  email: string | null | undefined,
  sha256: Sha256,
  opsi: {
    readonly jangkar?: Jangkar | null;
    /** The time the view is for: how long documents have waited, the current quarter, the last 30 days. */
    readonly now?: number | null;
    /** The language of the texts (the CLI's --lang); the office's Bahasa setting otherwise. */
    readonly lang?: Lang;
  } = {},
): SidebarView {
  const lang = opsi.lang ?? k.settings.bahasa;
  const integ = periksaLog(k, opsi.jangkar ?? null, sha256);
  const integritas = [...integ.blokirSemua, ...integ.peringatan].map((p) => masalahView(p, lang));
  const base = {
    bahasa: lang,
    kantor: k.settings.namaInstansi,
    tahun: k.settings.tahun,
    rekapTersedia: k.settings.urlLayananRekap !== '',
    periodeRekap: PERIODE.filter((p) => periodeBerlaku(p, k.settings.periodePengukuran)).map((periode) => ({
      periode,
      label: labelPeriode(periode, k.settings.periodePengukuran),
    })),
  };
  const who = identify(k.org, email);
  if (!who.ok) {
    return {
      ...base,
      saya: null,
      pesan: describeProblem(who.problems[0] ?? { key: 'identitas.kosong' }, lang),
      dokumenSaya: [],
      perluTindakan: [],
      menunggu: [],
      arsip: [],
      bawahan: [],
      kepatuhan: [],
      kepatuhanJumlah: 0,
      masalahUmum: [],
      dasbor: null,
      peringatan: [],
      dukungan: [],
      perubahan: false,
      integritas,
    };
  }
  const me = who.value;
  const now = opsi.now ?? null;
  const v: Lihat = { k, sha256, email: me.email, now, lang };
  const pengelola = me.peran === 'Pengelola Kinerja';
  // the head of office goes through the same cycle (their PK with the regional head)
  const pimpinan = isPimpinan(k.org, me.nip);
  const berjalan = me.nipAtasan || pimpinan ? dokumenBerjalan(k, me.nip) : null;
  const dokumenSaya =
    me.nipAtasan || pimpinan
      ? ownDocuments(k, me.nip).map((d) => dokumenView(v, me, d, 'pegawai', 'Pegawai', d === berjalan))
      : [];
  // my own steps due: the current document, and a PK/RA step I can take now (later quarters wait)
  const sayaPerlu = dokumenSaya
    .filter(
      (d) =>
        d.tombol.length > 0 &&
        (d.dokumen === berjalan ||
          (triwulanOf(d.dokumen) === null && d.tombol.some((b) => b.alasan === null))),
    )
    .map((d) => ({ ...d, terbuka: true }));
  const menunggu: DokumenView[] = [];
  const bawahan: DokumenView[] = [];
  for (const p of subordinatesFor(k.org, me.nip)) {
    const berkas = berkasOf(k, p.pegawai.nip);
    for (const d of ['PK', 'RA'] as const) {
      if (SIGNED[d].includes(berkas[d])) bawahan.push(dokumenView(v, p.pegawai, d, 'atasan', p.sebagai));
    }
    for (const d of dokumenSiklus(k.settings.periodePengukuran)) {
      // only what waits for an action is shown (and hashed)
      const jenis = d === 'PK' || d === 'RA' ? d : 'TW';
      const pimpinanLain = isPimpinan(k.org, p.pegawai.nip);
      if (
        aksiTersedia(jenis, berkas[d], 'atasan', pimpinanLain).length === 0 &&
        !(
          pimpinanLain &&
          aksiTersedia(jenis, berkas[d], 'pengelola', true).some((a) => a !== 'arsipkan' && a !== 'perubahan')
        )
      )
        continue;
      menunggu.push(dokumenView(v, p.pegawai, d, 'atasan', p.sebagai, true));
    }
  }
  const arsip = pengelola
    ? k.org.all
        .filter(
          (p) => (p.nipAtasan || isPimpinan(k.org, p.nip)) && berkasOf(k, p.nip).RA === 'Ditandatangani',
        )
        .map((p) => dokumenView(v, p, 'RA', 'pengelola', 'Pengelola Kinerja', true))
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
          nama: k.org.byNip.get(e.nipPelaku ?? '')?.nama ?? e.email,
          sebagai: e.peran,
          pemilik: k.org.byNip.get(e.nipPemilik ?? '')?.nama ?? '',
          langkah: e.langkah as number,
          kegiatan: langkah(e.langkah as number).kegiatan,
          dokumen: e.dokumen,
          waktu: formatWaktu(e.waktu, k.settings.offsetMenit),
          durasi: formatMenitKerja(e.durasi ?? 0, perHari, lang),
          standar: formatMenitKerja(e.standar ?? 0, perHari, lang),
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
  const peringatan = peringatanKantor(k)
    .filter((p) => pengelola || p.owner === me.nip)
    .map((p) => ({
      teks: describeProblem(p, lang),
      tab: p.tab ?? null,
      row: p.row ?? null,
      column: p.column ?? null,
    }));
  return {
    ...base,
    saya: { nama: me.nama, nip: me.nip, jabatan: me.jabatan, email: me.email, pengelola },
    pesan: me.nipAtasan || pimpinan ? null : t('syarat.tanpaAtasan', {}, lang),
    dokumenSaya,
    perluTindakan: [...sayaPerlu, ...menunggu, ...arsip],
    menunggu,
    arsip,
    bawahan,
    kepatuhan,
    kepatuhanJumlah: terlambat.length,
    masalahUmum,
    dasbor: pengelola || !me.nipAtasan ? dasborView(k, now, !pengelola, lang) : null,
    peringatan,
    dukungan: dukunganOf(k, me.nip),
    // by NIP, decided by the core on click: the payload stays the same whatever the office's size
    perubahan: pengelola,
    integritas,
  };
}

/** Each of my indicators with the superior's indicator it supports (Kode Indikator Atasan). */
function dukunganOf(k: Kantor, nip: string): DukunganView[] {
  const byNip = ikiByNip(k.iki);
  const atasanTtd = atasanTtdDari(k.alur, k.riwayat);
  return (byNip.get(nip) ?? []).map((iki) => {
    const induk = indukOf(k.org, byNip, iki, atasanTtd);
    return {
      kode: iki.kode,
      indikator: iki.indikator,
      mendukung: induk
        ? {
            kode: induk.iki.kode,
            indikator: induk.iki.indikator,
            nama: k.org.byNip.get(induk.nip)?.nama ?? '',
          }
        : null,
    };
  });
}

/** Everyone whose documents this person acts on as superior (directly, or as Plt/Plh for a position). */
function subordinatesFor(org: OrgTree, nip: string): { pegawai: Pegawai; sebagai: string }[] {
  const out: { pegawai: Pegawai; sebagai: string }[] = [];
  for (const p of org.all) {
    const actor = penilaiOf(org, p.nip).find((s) => s.pegawai.nip === nip);
    if (actor) out.push({ pegawai: p, sebagai: actor.sebagai });
  }
  return out;
}
