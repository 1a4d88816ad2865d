// What a person is asked to do, in the words of the SOP: the name of the step a button performs, how long
// a document has waited for its next step against the SOP time standard, and what comes next after an
// action (and for whom). The sidebar, the CLI's `status` and the result lines all read these.
import type { Sha256 } from '../hash/digest';
import { formatDurasi, formatMenitKerja } from '../locale/duration';
import type { Lang, MessageKey } from '../messages/catalog';
import { t } from '../messages/translate';
import { isPimpinan, type Pegawai, penilaiOf } from '../org/tree';
import { mulaiPenyusunan } from '../settings/settings';
import { langkah } from '../sop/steps';
import { menitKerja, menitPerHari, standarMenit } from '../sop/working-time';
import type { Kantor } from '../workbook/parse';
import { act, type HasilAksi } from '../workflow/act';
import { berkasOf } from '../workflow/content';
import { readySince } from '../workflow/machine';
import { dokumenSiklus } from '../workflow/periode-pengukuran';
import { type Berkas, type Dokumen, triwulanOf } from '../workflow/states';
import {
  type Aksi,
  berlakuUntuk,
  jenisOf,
  type PeranAlur,
  TRANSISI,
  type Transisi,
} from '../workflow/transitions';

export function labelDokumen(dokumen: Dokumen, tahun: number): string {
  if (dokumen === 'PK') return `Perjanjian Kinerja ${tahun}`;
  if (dokumen === 'RA') return `Rencana Aksi ${tahun}`;
  return `Pengukuran TW ${triwulanOf(dokumen)} ${tahun}`;
}

/** A document as named in one line: PK, RA, TW I..IV. */
export function dokumenPendek(dokumen: Dokumen): string {
  const tw = triwulanOf(dokumen);
  return tw ? `TW ${tw}` : dokumen;
}

/** A step on a document in one line: "Teliti PK", "Ajukan RA" (not "Ajukan RA RA"), "Ukur TW I". */
function langkahDokumen(tr: Transisi, dokumen: Dokumen, lang: Lang): string {
  const nama = namaTombol(tr, lang);
  const dok = dokumenPendek(dokumen);
  return nama.includes(dok) ? nama : `${nama} ${dok}`;
}

/** The button of a transition, keyed by document kind and the state it leads to. */

const PERAN: Record<PeranAlur, MessageKey> = {
  pegawai: 'peran.pegawai',
  atasan: 'peran.atasan',
  pengelola: 'peran.pengelola',
};

/** The transition an action fires on a document in its current state (null: the action is not open). */
export function transisiOf(dokumen: Dokumen, aksi: Aksi, status: string): Transisi | null {
  const jenis = jenisOf(aksi === 'arsipkan' ? 'RA' : dokumen);
  return TRANSISI.find((tr) => tr.jenis === jenis && tr.aksi === aksi && tr.dari.includes(status)) ?? null;
}

/** "Ajukan PK", "Teliti", "Tandatangani", "Ukur", "Laporkan", ... ("Kembalikan" for a return). */
export function namaTombol(tr: Transisi, lang: Lang): string {
  return t(tr.tombol, {}, lang);
}

/**
 * The step that moves a document forward from its state (a return is never "the next step");
 * `pimpinan`: the head of office's documents (their PK is recorded, not approved, in the office).
 */
export function langkahMaju(dokumen: Dokumen, status: string, pimpinan = false): Transisi | null {
  const jenis = jenisOf(dokumen);
  return (
    TRANSISI.find(
      (tr) =>
        tr.jenis === jenis &&
        tr.dari.includes(status) &&
        tr.aksi !== 'kembalikan' &&
        // a revision is opened on request, never awaited
        tr.aksi !== 'perubahan' &&
        berlakuUntuk(tr, pimpinan),
    ) ?? null
  );
}

export interface Menunggu {
  readonly transisi: Transisi;
  /** Working minutes waited since the document became ready for the step (null: not started yet). */
  readonly menit: number | null;
  readonly standarMenit: number;
  readonly terlambat: boolean;
}

/** How long a document has waited for its next forward step, against that step's SOP time standard. */
export function menungguLangkah(
  k: Kantor,
  nip: string,
  dokumen: Dokumen,
  now: number | null,
): Menunggu | null {
  const berkas = berkasOf(k, nip);
  const tr = langkahMaju(dokumen, berkas[dokumen], isPimpinan(k.org, nip));
  if (!tr || (triwulanOf(dokumen) !== null && berkas.RA !== 'Diarsipkan')) return null;
  // the regional head's paper signature is outside the office's SOP timing
  if (tr.aksi === 'ttdkepaladaerah') return null;
  const standar = standarMenit(k.settings, langkah(tr.langkah).waktu);
  if (now === null) return { transisi: tr, menit: null, standarMenit: standar, terlambat: false };
  const since = readySince(
    {
      org: k.org,
      tahun: k.settings.tahun,
      kalender: k.settings,
      berkas,
      hashSekarang: '',
      hashTtd: null,
      masalahIsi: [],
      riwayat: k.riwayat.map((r) => r.value),
      now,
      mulaiPenyusunan: mulaiPenyusunan(k.settings),
      periodePengukuran: k.settings.periodePengukuran,
    },
    { aksi: tr.aksi, dokumen, nipPemilik: nip },
  );
  const menit = since === null || since > now ? null : menitKerja(k.settings, since, now);
  return { transisi: tr, menit, standarMenit: standar, terlambat: menit !== null && menit > standar };
}

export interface TugasView {
  readonly langkah: number;
  readonly tombol: string;
  readonly kegiatan: string;
  /** The SOP time standard, e.g. "30 menit". */
  readonly standar: string;
  /** How long it has waited, e.g. "2 hari kerja 3 jam"; null when it has not started. */
  readonly menunggu: string | null;
  readonly terlambat: boolean;
}

export function tugasView(k: Kantor, m: Menunggu, lang: Lang): TugasView {
  const perHari = menitPerHari(k.settings);
  const step = langkah(m.transisi.langkah);
  return {
    langkah: step.nomor,
    tombol: namaTombol(m.transisi, lang),
    kegiatan: step.kegiatan,
    standar: formatDurasi(step.waktu, lang),
    menunggu: m.menit === null ? null : formatMenitKerja(m.menit, perHari, lang),
    terlambat: m.terlambat,
  };
}

/** Who performs a forward step on an employee's documents. */
export function pelakuLangkah(k: Kantor, owner: Pegawai, peran: PeranAlur): Pegawai[] {
  if (peran === 'pegawai') return [owner];
  if (peran === 'atasan') return penilaiOf(k.org, owner.nip).map((s) => s.pegawai);
  return [...k.org.administrators];
}

/** What comes next in an employee's year after their documents reached `berkas`: the step, and for whom. */
export function berikutnya(k: Kantor, nip: string, dokumen: Dokumen, berkas: Berkas, lang: Lang): string {
  const owner = k.org.byNip.get(nip);
  if (!owner) return '';
  const tw = triwulanOf(dokumen);
  if (tw && berkas[dokumen] === 'Ditindaklanjuti')
    return t(
      'hasil.rekapBerikutnya',
      { periode: `TW ${tw}`, siapa: k.org.administrators.map((a) => a.nama).join(', ') || '-' },
      lang,
    );
  // the document itself, then the year's next documents in order
  const siklus = dokumenSiklus(k.settings.periodePengukuran);
  const order = [dokumen, ...siklus.slice(siklus.indexOf(dokumen) + 1)];
  for (const d of order) {
    const tr = langkahMaju(d, berkas[d], isPimpinan(k.org, nip));
    if (!tr) continue;
    if (tr.aksi === 'arsipkan' && d !== 'RA') continue;
    const who = pelakuLangkah(k, owner, tr.peran);
    return t(
      'hasil.berikutnya',
      {
        langkah: langkahDokumen(tr, d, lang),
        siapa: who.length ? who.map((p) => p.nama).join(', ') : t(PERAN[tr.peran], {}, lang),
      },
      lang,
    );
  }
  return t('hasil.selesai', {}, lang);
}

/** One line after an action: what happened, and what comes next for whom. */
export function pesanHasil(k: Kantor, hasil: HasilAksi, lang: Lang): string {
  const { keputusan, perubahan } = hasil;
  const nip = perubahan.riwayat.nipPemilik ?? '';
  const dokumen = perubahan.riwayat.dokumen as Dokumen;
  const done = t(
    'hasil.selesaiLangkah',
    {
      langkah: namaTombol(keputusan.transisi, lang),
      dokumen: dokumenPendek(dokumen),
      pemilik: k.org.byNip.get(nip)?.nama ?? '-',
      status: keputusan.transisi.ke,
    },
    lang,
  );
  return `${done} ${berikutnya(k, nip, dokumen, keputusan.berkas, lang)}`;
}

export interface AksiTerbuka {
  readonly dokumen: Dokumen;
  readonly aksi: Aksi;
  /** The step's name with its document: "Teliti PK", "Ukur TW I". */
  readonly langkah: string;
  readonly siapa: readonly Pegawai[];
}

/**
 * The actions open now on someone's documents, each with the people who may take it (for refusals):
 * the transitions from the documents' states whose prerequisites hold (the core's own `act` says so).
 */
export function aksiTerbuka(k: Kantor, nip: string, lang: Lang, now: number, sha256: Sha256): AksiTerbuka[] {
  const owner = k.org.byNip.get(nip);
  if (!owner) return [];
  const berkas = berkasOf(k, nip);
  const out: AksiTerbuka[] = [];
  for (const d of dokumenSiklus(k.settings.periodePengukuran)) {
    const pimpinan = isPimpinan(k.org, nip);
    for (const tr of TRANSISI.filter(
      (x) => x.jenis === jenisOf(d) && x.dari.includes(berkas[d]) && berlakuUntuk(x, pimpinan),
    )) {
      const siapa = pelakuLangkah(k, owner, tr.peran);
      const tried = act(
        k,
        siapa[0]?.email,
        { aksi: tr.aksi, dokumen: d, nipPemilik: nip, catatan: '-' },
        now,
        sha256,
      );
      if (!tried.ok && tried.problems.some((p) => p.key === 'alur.prasyarat')) continue;
      out.push({ dokumen: d, aksi: tr.aksi, langkah: langkahDokumen(tr, d, lang), siapa });
    }
  }
  return out;
}

/** "Teliti PK (kinerja act … setujui --doc PK) oleh dwi@..." */
export function formatTerbuka(a: AksiTerbuka, lang: Lang): string {
  return t(
    'hasil.terbuka',
    {
      langkah: a.langkah,
      aksi: a.aksi,
      dokumen: a.dokumen,
      siapa: a.siapa.map((p) => p.email).join(', ') || '-',
    },
    lang,
  );
}
