// Deciding one workflow action: who the actor is for this document, whether the transition exists from
// the current state, its preconditions on the other documents, the note, the version seen, and the log
// entry it yields (SOP step, time taken in working minutes against the step's standard).
import type { PeriodePengukuran } from '../capaian/pola';
import { type CalendarDate, formatTanggal, fromLocal, parseDate, toCalendarDate } from '../locale/date';
import type { MessageKey } from '../messages/catalog';
import {
  identitasAmbigu,
  isAdministrator,
  isPimpinan,
  type OrgTree,
  type Pegawai,
  penilaiOf,
  superiorOf,
} from '../org/tree';
import { fail, ok, type Problem, type Result } from '../problems';
import { type Kalender, menitKerja, standarMenit } from '../sop/working-time';
import type { EntriRiwayat } from '../workbook/parse';
import { dalamSiklus } from './periode-pengukuran';
import { type Berkas, type Dokumen, type StatusPk, type StatusRa, type StatusTw, triwulanOf } from './states';
import {
  type Aksi,
  akhirTriwulan,
  dokumenTetap,
  findTransisi,
  jenisOf,
  langkahPemicu,
  type PeranAlur,
  SIGNED,
  TRANSISI,
  type Transisi,
} from './transitions';

export type { EntriRiwayat };

export interface Permintaan {
  readonly aksi: Aksi;
  readonly dokumen: Dokumen;
  readonly nipPemilik: string;
  readonly catatan?: string | null;
  /** The content hash of the version the actor saw (sidebar); refused when the content changed since. */
  readonly hashDilihat?: string | null;
  /** `ttdkepaladaerah`: the date the regional head signed on paper, and the link to the scan. */
  readonly tanggalTtd?: string | null;
  readonly tautanTtd?: string | null;
}

export interface KeadaanAlur {
  readonly org: OrgTree;
  readonly tahun: number;
  readonly kalender: Kalender;
  /** The owner's documents now. */
  readonly berkas: Berkas;
  /** Current content hash of the document requested. */
  readonly hashSekarang: string;
  /** Hash recorded when the document was signed (PK/RA), to detect edits after signing. */
  readonly hashTtd: string | null;
  /** Problems in the owner's content that block this document (computed by the core from the tabs). */
  readonly masalahIsi: readonly Problem[];
  /** Edits outside the workflow that block every action on the owner's documents (log vs mirror, chain). */
  readonly masalahIntegritas?: readonly Problem[];
  /** The log entries on the owner's documents. */
  readonly riwayat: readonly EntriRiwayat[];
  readonly now: number;
  /** The regional head from Pengaturan (PIHAK KEDUA of the head of office's PK). */
  readonly kepalaDaerah?: { readonly nama: string; readonly jabatan: string } | null;
  /** ISO date from which step 1 is timed (`Mulai Penyusunan PK`). */
  readonly mulaiPenyusunan?: string | null;
  /** `Periode Pengukuran`: with Semester, TW1 and TW3 are no documents of the cycle. */
  readonly periodePengukuran?: PeriodePengukuran;
}

export interface Keputusan {
  readonly transisi: Transisi;
  readonly pelaku: Pegawai;
  readonly sebagai: 'Pegawai' | 'Atasan' | 'Plt' | 'Plh' | 'Pengelola Kinerja';
  readonly berkas: Berkas;
  readonly entri: EntriRiwayat;
}

const PERAN_KEY: Record<PeranAlur, MessageKey> = {
  pegawai: 'peran.pegawai',
  atasan: 'peran.atasan',
  pengelola: 'peran.pengelola',
};

/** Resolve the active user's email to an employee; blank or unknown is refused, never guessed. */
export function identify(org: OrgTree, email: string | null | undefined): Result<Pegawai> {
  const normalized = (email ?? '').trim().toLowerCase();
  if (!normalized) return fail({ key: 'identitas.kosong' });
  const ambiguous = org.emailAmbigu.get(normalized);
  if (ambiguous) return fail({ key: 'identitas.ambigu', params: { email: normalized } }, ambiguous);
  const p = org.byEmail.get(normalized);
  return p ? ok(p) : fail({ key: 'identitas.tidakDikenal', params: { email: normalized } });
}

/** In what capacity (if any) `actor` may fire a transition of role `peran` on `owner`'s documents. */
export function capacity(
  org: OrgTree,
  actor: Pegawai,
  ownerNip: string,
  peran: PeranAlur,
): Keputusan['sebagai'] | null {
  switch (peran) {
    case 'pegawai':
      return actor.nip === ownerNip ? 'Pegawai' : null;
    case 'atasan': {
      if (actor.nip === ownerNip) return null;
      const found = penilaiOf(org, ownerNip).find((s) => s.pegawai.nip === actor.nip);
      return found ? found.sebagai : null;
    }
    case 'pengelola':
      // recording the regional head's signature on the head's own PK is still not one's own approval
      return isAdministrator(org, actor.nip) && !(actor.nip === ownerNip && isPimpinan(org, ownerNip))
        ? 'Pengelola Kinerja'
        : null;
  }
}

/** The precondition the table sets on the other documents, when it is not met. */
export function prasyarat(transisi: Transisi, berkas: Berkas): MessageKey | null {
  const syarat = transisi.syarat;
  return syarat && !syarat.status.includes(berkas[syarat.dokumen]) ? syarat.pesan : null;
}

function withStatus(berkas: Berkas, dokumen: Dokumen, transisi: Transisi): Berkas {
  return { ...berkas, [dokumen]: transisi.ke, ...transisi.ikut } as Berkas;
}

/** When the document became ready for this step: the previous event on it, or what enabled it. */
export function readySince(s: KeadaanAlur, p: Permintaan): number | null {
  const own = s.riwayat.filter((e) => e.nipPemilik === p.nipPemilik);
  const last = (pred: (e: EntriRiwayat) => boolean): number | null => {
    let found: number | null = null;
    for (const e of own) if (pred(e) && (found === null || e.waktu > found)) found = e.waktu;
    return found;
  };
  const previous = last((e) => e.dokumen === p.dokumen);
  // a document another one took along (the RA reopened with a revised PK) is ready once that happened and
  // its own precondition holds again (the RA after the PK's new signature)
  const along = last((e) => e.dokumen !== p.dokumen && membawa(e, p.dokumen));
  if (along !== null && (previous === null || along > previous)) {
    const pemicu = langkahPemicu(jenisOf(p.dokumen));
    const enabled = last((e) => e.dokumen !== p.dokumen && e.langkah !== null && pemicu.includes(e.langkah));
    return Math.max(along, enabled ?? along);
  }
  if (previous !== null) return previous;
  // step 1 is timed from Mulai Penyusunan PK (default 2 January)
  if (p.dokumen === 'PK') {
    const mulai = parseDate(s.mulaiPenyusunan ?? `${s.tahun}-01-02`);
    return mulai.ok ? fromLocal(mulai.value, 0, s.kalender.offsetMenit) : null;
  }
  // otherwise: since the step that met its precondition (the PK signed, the RA archived)
  const jenis = jenisOf(p.dokumen);
  const pemicu = langkahPemicu(jenis);
  const enabled = last((e) => e.dokumen !== p.dokumen && e.langkah !== null && pemicu.includes(e.langkah));
  const tw = triwulanOf(p.dokumen);
  if (tw) {
    // a quarter is measured after it ends
    const end = fromLocal(akhirTriwulan(s.tahun, tw), 24 * 60, s.kalender.offsetMenit);
    return Math.max(end, enabled ?? end);
  }
  return enabled;
}

/** Whether a logged action moved `dokumen` along with its own document (the table's `ikut`). */
function membawa(e: EntriRiwayat, dokumen: Dokumen): boolean {
  if (dokumen !== 'PK' && dokumen !== 'RA') return false;
  if (e.dokumen !== 'PK' && e.dokumen !== 'RA') return false;
  return TRANSISI.some(
    (tr) =>
      tr.jenis === e.dokumen &&
      tr.aksi === e.aksi &&
      tr.langkah === e.langkah &&
      tr.ikut[dokumen] !== undefined,
  );
}

/** Decide one action. Refusals are problems in the user's language; nothing is changed by a refusal. */
export function decide(email: string | null | undefined, p: Permintaan, s: KeadaanAlur): Result<Keputusan> {
  const who = identify(s.org, email);
  if (!who.ok) return who;
  const actor = who.value;
  const dokumen: Dokumen = dokumenTetap(p.aksi) ?? p.dokumen;
  const jenis = jenisOf(dokumen);
  const status = s.berkas[dokumen] as StatusPk | StatusRa | StatusTw;
  const owner = s.org.byNip.get(p.nipPemilik);
  const docLabel = `${dokumen} ${s.tahun}`;
  if (!owner)
    return fail({
      key: 'alur.prasyarat',
      params: { dokumen: docLabel, syarat: `@syarat.pegawaiTidakDikenal` },
    });
  if (!dalamSiklus(dokumen, s.periodePengukuran ?? 'Triwulan'))
    return fail({ key: 'alur.bukanPeriodePengukuran', params: { dokumen: docLabel } });
  const pimpinan = isPimpinan(s.org, owner.nip);
  if (!owner.nipAtasan && !pimpinan)
    return fail({ key: 'alur.prasyarat', params: { dokumen: docLabel, syarat: '@syarat.tanpaAtasan' } });
  const ambigu = identitasAmbigu(s.org, actor.nip, p.nipPemilik);
  if (ambigu) return fail({ key: 'alur.identitasAmbigu', params: { dokumen: docLabel } }, ambigu);
  if (s.masalahIntegritas && s.masalahIntegritas.length > 0)
    return fail({ key: 'alur.integritas', params: { dokumen: docLabel } }, ...s.masalahIntegritas);
  const transisi = findTransisi(jenis, p.aksi, status, pimpinan);
  if (!transisi)
    return fail({
      key: 'alur.aksiTidakBerlaku',
      params: { aksi: `@aksi.${p.aksi}`, dokumen: docLabel, status },
    });
  const sebagai = capacity(s.org, actor, p.nipPemilik, transisi.peran);
  if (!sebagai) {
    if (transisi.menyetujui && actor.nip === p.nipPemilik) return fail({ key: 'alur.milikSendiri' });
    return fail({
      key: 'alur.bukanPeran',
      params: {
        aksi: `@aksi.${p.aksi}`,
        dokumen: docLabel,
        pemilik: owner.nama,
        peran: `@${PERAN_KEY[transisi.peran]}`,
      },
    });
  }
  const syarat = prasyarat(transisi, s.berkas);
  if (syarat) return fail({ key: 'alur.prasyarat', params: { dokumen: docLabel, syarat: `@${syarat}` } });
  const catatan = (p.catatan ?? '').trim();
  if (transisi.catatan && !catatan)
    return fail({ key: 'alur.catatanWajib', params: { aksi: `@aksi.${p.aksi}` } });
  if (transisi.menyetujui && p.hashDilihat && p.hashDilihat !== s.hashSekarang)
    return fail({ key: 'alur.versiBerubah' });
  // content under a signature must still be what was signed
  const signed = jenis !== 'TW' && SIGNED[jenis].includes(status);
  if (signed && s.hashTtd !== null && s.hashTtd !== s.hashSekarang) {
    return fail({ key: 'alur.berubahSetelahTtd', params: { dokumen: docLabel } });
  }
  // a return never waits for valid content
  if (transisi.nada !== 'kembali' && s.masalahIsi.length > 0) {
    return {
      ok: false,
      problems: [{ key: 'alur.datanyaSalah', params: { jumlah: s.masalahIsi.length } }, ...s.masalahIsi],
    };
  }
  // the regional head's paper signature: its date and scan are logged (and chained) in the entry's note
  let catatanEntri = catatan;
  if (transisi.aksi === 'ttdkepaladaerah') {
    const ttd = ttdDicatat(p, s, docLabel);
    if (!ttd.ok) return ttd;
    catatanEntri = ttd.value + (catatan ? ` ; catatan: ${catatan}` : '');
  }
  const since = readySince(s, { ...p, dokumen });
  const standar = Math.round(standarMenit(s.kalender, transisi.waktu));
  // the regional head's signature on paper, and opening a revision (on request), are outside the SOP's timing
  const durasi =
    since === null || transisi.aksi === 'ttdkepaladaerah' || transisi.aksi === 'perubahan'
      ? null
      : Math.round(menitKerja(s.kalender, since, s.now));
  const entri: EntriRiwayat = {
    waktu: s.now,
    email: actor.email,
    nipPelaku: actor.nip,
    peran: sebagai,
    aksi: p.aksi,
    langkah: transisi.langkah,
    dokumen,
    tahun: s.tahun,
    nipPemilik: p.nipPemilik,
    nipAtasanPemilik: superiorOf(s.org, p.nipPemilik)?.nip ?? null,
    hash: s.hashSekarang,
    catatan: catatanEntri || null,
    durasi,
    standar,
    melebihi: durasi === null ? null : durasi > standar ? 'Ya' : 'Tidak',
    hashRantai: null,
  };
  return ok({
    transisi,
    pelaku: actor,
    sebagai,
    berkas: withStatus(s.berkas, dokumen, transisi),
    entri,
  });
}

/** The regional head's paper signature as the administrator records it: who, the date, the scan's link. */
function ttdDicatat(p: Permintaan, s: KeadaanAlur, docLabel: string): Result<string> {
  const kd = s.kepalaDaerah;
  if (!kd?.nama.trim() || !kd.jabatan.trim())
    return fail({
      key: 'alur.prasyarat',
      params: { dokumen: docLabel, syarat: '@syarat.kepalaDaerahKosong' },
    });
  const tanggal = parseDate((p.tanggalTtd ?? '').trim());
  if (!tanggal.ok) return fail({ key: 'ttd.tanggalWajib' });
  const waktu = fromLocal(tanggal.value, 0, s.kalender.offsetMenit);
  const hariIni = toCalendarDate(s.now, s.kalender.offsetMenit);
  if (waktu > fromLocal(hariIni, 0, s.kalender.offsetMenit) || tanggal.value.tahun < s.tahun - 1)
    return fail({ key: 'ttd.tanggalTidakMasuk', params: { tanggal: formatTanggal(tanggal.value) } });
  const tautan = (p.tautanTtd ?? '').trim();
  if (!/^https:\/\/\S+$/.test(tautan)) return fail({ key: 'ttd.tautanWajib' });
  return ok(
    `Ditandatangani ${kd.jabatan} (${kd.nama}) pada ${formatTanggal(tanggal.value)}; pindaian: ${tautan}`,
  );
}

/** The date and scan of a regional head's signature, read back from the log entry's note that `decide` wrote. */
export function ttdKepalaDaerahDariCatatan(
  catatan: string | null,
): { readonly tanggal: CalendarDate; readonly tautan: string } | null {
  const m = / pada (\d{1,2} [A-Za-z]+ \d{4}); pindaian: (https:\/\/\S+)/.exec(catatan ?? '');
  const tanggal = m ? parseDate(m[1] ?? '') : null;
  return m && tanggal?.ok ? { tanggal: tanggal.value, tautan: m[2] ?? '' } : null;
}
