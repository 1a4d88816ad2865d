// The workflow state of every employee's year, replayed from the log. The log is the truth: the status,
// signed-hash and signer columns of the PK tab are only its mirror, compared cell by cell with the replay;
// any difference is reported as an edit outside the workflow (never silently resolved either way).
// The replay also checks each entry: a transition that exists from the replayed state, taken by the role
// the table names, by an identity that the log binds to one NIP.
import type { Problem } from '../problems';
import type { Row } from '../tabs/tab';
import { BERKAS_BARU, type Berkas, DOKUMEN, type Dokumen, type StatusTw } from '../workflow/states';
import { AKSI, type Aksi, findTransisi, jenisOf, type Transisi } from '../workflow/transitions';
import type { EntriLog } from './chain';

/** A signature as the log records it. */
export interface TtdLog {
  readonly hash: string | null;
  readonly nipPelaku: string | null;
  readonly peran: string;
  readonly waktu: number;
  readonly row: number;
}

/** The content hash a measurement was sealed with when reported, evaluated or followed up. */
export interface SegelLog {
  readonly hash: string | null;
  readonly status: StatusTw;
  readonly row: number;
}

export type DokumenTw = 'TW1' | 'TW2' | 'TW3' | 'TW4';

export interface AlurPemilik {
  readonly berkas: Berkas;
  readonly ttd: { readonly PK: TtdLog | null; readonly RA: TtdLog | null };
  readonly segel: Readonly<Record<DokumenTw, SegelLog | null>>;
  /** The note of the last return, while the document is returned. */
  readonly catatan: string | null;
}

export const ALUR_BARU: AlurPemilik = {
  berkas: BERKAS_BARU,
  ttd: { PK: null, RA: null },
  segel: { TW1: null, TW2: null, TW3: null, TW4: null },
  catatan: null,
};

const SEALED_TW: readonly string[] = ['Dilaporkan', 'Dievaluasi', 'Ditindaklanjuti'];

/** The entries that move a document: a known action on a known document of the year. */
export function entriAlur(e: EntriLog, tahun: number): e is EntriLog & { aksi: Aksi; dokumen: Dokumen } {
  return (
    (e.tahun ?? tahun) === tahun &&
    (AKSI as readonly string[]).includes(e.aksi) &&
    (DOKUMEN as readonly string[]).includes(e.dokumen) &&
    e.nipPemilik !== null
  );
}

/** The state after one transition: its new status (archiving the RA archives the PK too), signatures and seals. */
export function terapkan(
  a: AlurPemilik,
  e: EntriLog,
  dokumen: Dokumen,
  tr: Transisi,
  row: number,
): AlurPemilik {
  // the new status, and the documents that change with it (archiving the RA archives the PK): the table's
  const berkas = { ...a.berkas, [dokumen]: tr.ke, ...tr.ikut } as Berkas;
  const jenis = jenisOf(dokumen);
  let { ttd, segel } = a;
  if (jenis !== 'TW') {
    if (tr.segel)
      ttd = {
        ...ttd,
        [jenis]: { hash: e.hash, nipPelaku: e.nipPelaku, peran: e.peran, waktu: e.waktu, row },
      };
    else if (tr.nada === 'kembali') ttd = { ...ttd, [jenis]: null };
  } else {
    const seal = SEALED_TW.includes(tr.ke) ? { hash: e.hash, status: tr.ke as StatusTw, row } : null;
    segel = { ...segel, [dokumen]: seal };
  }
  const catatan = tr.catatan?.kolom === 'catatan' ? e.catatan : tr.hapusCatatan ? null : a.catatan;
  return { berkas, ttd, segel, catatan };
}

/** Whether the entry's actor fits the role of the transition, as the log itself records it. */
function pelakuSah(e: EntriLog, tr: Transisi): boolean {
  switch (tr.peran) {
    case 'pegawai':
      return e.peran === 'Pegawai' && e.nipPelaku === e.nipPemilik;
    case 'atasan':
      // the head of office (no superior in the office) is checked and evaluated by the Pengelola Kinerja
      if (e.peran === 'Pengelola Kinerja')
        return e.nipAtasanPemilik === null && e.nipPelaku !== null && e.nipPelaku !== e.nipPemilik;
      return (
        ['Atasan', 'Plt', 'Plh'].includes(e.peran) &&
        e.nipPelaku !== null &&
        e.nipPelaku !== e.nipPemilik &&
        (e.peran !== 'Atasan' || e.nipAtasanPemilik === null || e.nipPelaku === e.nipAtasanPemilik)
      );
    case 'pengelola':
      return e.peran === 'Pengelola Kinerja';
  }
}

export interface HasilPutarUlang {
  readonly alur: ReadonlyMap<string, AlurPemilik>;
  readonly problems: readonly Problem[];
}

/** Replay the year's log. Entries that no transition allows are reported and leave the state unchanged. */
export function putarUlang(riwayat: readonly Row<EntriLog>[], tahun: number): HasilPutarUlang {
  const alur = new Map<string, AlurPemilik>();
  const problems: Problem[] = [];
  const nipOfEmail = new Map<string, { nip: string; row: number }>();
  for (const { row, value: e } of riwayat) {
    if (e.nipPelaku && e.peran !== 'Sistem') {
      const bound = nipOfEmail.get(e.email);
      if (!bound) nipOfEmail.set(e.email, { nip: e.nipPelaku, row });
      else if (bound.nip !== e.nipPelaku)
        problems.push({
          key: 'integritas.identitasBerubah',
          tab: 'Riwayat',
          row,
          column: 'NIP Pelaku',
          ...(e.nipPemilik ? { owner: e.nipPemilik } : {}),
          params: { email: e.email, nip: bound.nip, baris: bound.row, nipBaru: e.nipPelaku },
        });
    }
    if (!entriAlur(e, tahun)) continue;
    const owner = e.nipPemilik as string;
    const now = alur.get(owner) ?? ALUR_BARU;
    const dokumen = e.dokumen;
    const tr = findTransisi(jenisOf(dokumen), e.aksi, now.berkas[dokumen], null);
    if (!tr) {
      problems.push({
        key: 'integritas.entriTidakSah',
        tab: 'Riwayat',
        row,
        column: 'Aksi',
        owner,
        params: { aksi: e.aksi, dokumen, status: now.berkas[dokumen] },
      });
      continue;
    }
    if (!pelakuSah(e, tr))
      problems.push({
        key: 'integritas.pelakuTidakSah',
        tab: 'Riwayat',
        row,
        column: 'NIP Pelaku',
        owner,
        params: { aksi: e.aksi, dokumen, peran: e.peran },
      });
    alur.set(owner, terapkan(now, e, dokumen, tr, row));
  }
  return { alur, problems };
}
