// One workflow action on a parsed workbook, as every shell runs it (sidebar, CLI, tests): decide, then
// say exactly which cells change, which log entry is appended, which rows to protect and whom to tell.
// The shells only write what this returns, in one batch.

import type { Sha256 } from '../hash/digest';
import { hashRantai, kepalaRantai } from '../log/chain';
import { cerminDariLog } from '../log/mirror';
import { terapkan } from '../log/replay';
import { type OrgTree, superiorActors } from '../org/tree';
import type { Problem, Result } from '../problems';
import type { Row } from '../tabs/tab';
import type { BarisPk, Iki, Kantor, Pengukuran, RencanaAksi } from '../workbook/parse';
import {
  alurOf,
  berkasOf,
  hashDokumen,
  hashTtdOf,
  masalahDokumen,
  masalahIntegritas,
  pkRowOf,
} from './content';
import { decide, type EntriRiwayat, jenisOf, type Keputusan, type Permintaan } from './machine';
import { type Berkas, type Dokumen, triwulanOf } from './states';
import { type Aksi, findTransisi } from './transitions';

export interface Perubahan {
  /** The owner's PK-tab row: `row` null appends a new one. */
  readonly pk: { readonly row: number | null; readonly values: Partial<BarisPk> };
  /** Cells of the Pengukuran tab filled by an evaluation (arahan) or a follow-up. */
  readonly pengukuran: readonly { readonly row: number; readonly values: Partial<Pengukuran> }[];
  readonly riwayat: EntriRiwayat;
  /** Rows whose content columns become protected (signed or archived content). */
  readonly lindungi: readonly { readonly tab: 'IKI' | 'Rencana Aksi'; readonly rows: readonly number[] }[];
  /** Emails of the people who must act next (one notification each). */
  readonly penerima: readonly string[];
}

export interface HasilAksi {
  readonly keputusan: Keputusan;
  readonly perubahan: Perubahan;
}

const PK_STATUS_FIELD: Record<Dokumen, keyof BarisPk> = {
  PK: 'statusPk',
  RA: 'statusRa',
  TW1: 'statusTw1',
  TW2: 'statusTw2',
  TW3: 'statusTw3',
  TW4: 'statusTw4',
};

export function act(
  k: Kantor,
  email: string | null | undefined,
  p: Permintaan,
  now: number,
  sha256: Sha256,
  opsi: { readonly blokir?: readonly Problem[] } = {},
): Result<HasilAksi> {
  const dokumen: Dokumen = p.aksi === 'arsipkan' ? 'RA' : p.dokumen;
  const berkas = berkasOf(k, p.nipPemilik);
  const sampaiBukti =
    triwulanOf(dokumen) !== null && berkas[dokumen] !== 'Draf' && berkas[dokumen] !== 'Dikembalikan';
  const hashSekarang = hashDokumen(k, sha256, p.nipPemilik, dokumen);
  const decided = decide(
    email,
    { ...p, dokumen },
    {
      org: k.org,
      tahun: k.settings.tahun,
      kalender: k.settings,
      berkas,
      hashSekarang,
      hashTtd: hashTtdOf(k, p.nipPemilik, dokumen),
      masalahIsi: masalahDokumen(k, p.nipPemilik, dokumen, sampaiBukti),
      masalahIntegritas: [...(opsi.blokir ?? []), ...masalahIntegritas(k, p.nipPemilik)],
      riwayat: k.riwayat.map((r) => r.value),
      now,
    },
  );
  if (!decided.ok) return decided;
  const decidedValue = decided.value;
  const draft = changesOf(k, decidedValue, dokumen, p.nipPemilik, now);
  // the log seals what the sheet holds once the action is done (an evaluation writes the arahan first)
  const hash =
    draft.pengukuran.length > 0
      ? hashDokumen(withPengukuran(k, draft.pengukuran), sha256, p.nipPemilik, dokumen)
      : decidedValue.entri.hash;
  const sealed = { ...decidedValue.entri, hash };
  const entri = { ...sealed, hashRantai: hashRantai(sha256, kepalaRantai(k), sealed) };
  const keputusan = { ...decidedValue, entri };
  const perubahan = { ...draft, riwayat: entri, pk: sealMirror(draft.pk, entri, keputusan, k, p.nipPemilik) };
  return { ok: true, value: { keputusan, perubahan } };
}

/** The mirror columns the log now implies for a signing step (the PK row repeats the signed hash and signer). */
function sealMirror(
  pk: Perubahan['pk'],
  entri: HasilAksi['keputusan']['entri'],
  kp: HasilAksi['keputusan'],
  k: Kantor,
  nip: string,
): Perubahan['pk'] {
  const next = terapkan(alurOf(k, nip), entri, entri.dokumen as Dokumen, kp.transisi, 0);
  const mirror = cerminDariLog(next);
  const values: Record<string, unknown> = { ...pk.values };
  // a new row gets every mirror column; an existing one the columns that change
  const before = pk.row === null ? null : cerminDariLog(alurOf(k, nip));
  for (const [field, value] of Object.entries(mirror)) {
    if (before === null || before[field as keyof typeof before] !== value) values[field] = value;
  }
  return { row: pk.row, values: values as Partial<BarisPk> };
}

function withPengukuran(k: Kantor, changes: Perubahan['pengukuran']): Kantor {
  const byRow = new Map(changes.map((c) => [c.row, c.values]));
  return {
    ...k,
    pengukuran: k.pengukuran.map((r) =>
      byRow.has(r.row) ? { row: r.row, value: { ...r.value, ...byRow.get(r.row) } } : r,
    ),
  };
}

function changesOf(k: Kantor, kp: Keputusan, dokumen: Dokumen, nip: string, now: number): Perubahan {
  const existing = pkRowOf(k, nip);
  const { transisi, entri } = kp;
  const values: Record<string, unknown> = existing ? {} : { nip, tahun: k.settings.tahun };
  for (const d of Object.keys(PK_STATUS_FIELD) as Dokumen[]) {
    if (kp.berkas[d] !== berkasOf(k, nip)[d] || !existing) values[PK_STATUS_FIELD[d]] = kp.berkas[d];
  }
  values.diperbarui = now;
  values.catatan =
    transisi.aksi === 'kembalikan'
      ? entri.catatan
      : transisi.aksi === 'ajukan'
        ? null
        : (existing?.value.catatan ?? null);

  const tw = triwulanOf(dokumen);
  const field =
    transisi.aksi === 'evaluasi' ? 'arahan' : transisi.aksi === 'tindaklanjut' ? 'tindakLanjut' : null;
  const pengukuran =
    tw && field
      ? k.pengukuran
          .filter((r) => r.value.nip === nip && r.value.triwulan === tw && !r.value[field])
          .map((r) => ({ row: r.row, values: { [field]: entri.catatan } as Partial<Pengukuran> }))
      : [];

  const rowsOf = (rows: readonly Row<Iki | RencanaAksi>[]) =>
    rows.filter((r) => r.value.nip === nip).map((r) => r.row);
  const lindungi: Perubahan['lindungi'] =
    transisi.langkah === 3
      ? [{ tab: 'IKI', rows: rowsOf(k.iki) }]
      : transisi.langkah === 6 || transisi.langkah === 7
        ? [
            { tab: 'IKI', rows: rowsOf(k.iki) },
            { tab: 'Rencana Aksi', rows: rowsOf(k.ra) },
          ]
        : [];

  return {
    pk: { row: existing?.row ?? null, values: values as Partial<BarisPk> },
    pengukuran,
    riwayat: entri,
    lindungi,
    penerima: nextActors(k.org, nip, dokumen, kp.berkas, kp.pelaku.email),
  };
}

/** Who must act next on this employee's file after the transition (never the actor themself). */
export function nextActors(
  org: OrgTree,
  nip: string,
  dokumen: Dokumen,
  berkas: Berkas,
  actorEmail: string,
): string[] {
  const status = berkas[dokumen];
  const jenis = jenisOf(dokumen);
  const owner = org.byNip.get(nip);
  const superiors = superiorActors(org, nip).map((s) => s.pegawai.email);
  const admins = org.administrators.map((a) => a.email);
  let who: string[] = [];
  if (status === 'Dikembalikan') who = owner ? [owner.email] : [];
  else if (['Diajukan', 'Diteliti', 'Diperiksa', 'Dilaporkan'].includes(status)) who = superiors;
  else if (status === 'Diukur') who = owner ? [owner.email] : [];
  else if (jenis === 'PK' && status === 'Ditandatangani') who = owner ? [owner.email] : [];
  else if (jenis === 'RA' && status === 'Ditandatangani') who = admins;
  else if (jenis === 'RA' && status === 'Diarsipkan') who = owner ? [owner.email] : [];
  else if (status === 'Dievaluasi') who = owner ? [owner.email] : [];
  else if (status === 'Ditindaklanjuti') who = admins;
  return [...new Set(who)].filter((e) => e !== actorEmail);
}

/** The workbook as it is after applying a change: for bulk actions decided one after another. */
export function applyPerubahan(k: Kantor, ch: Perubahan): Kantor {
  const pkRow = ch.pk.row;
  const pk =
    pkRow === null
      ? [...k.pk, { row: nextRow(k.pk), value: { ...emptyPk(), ...ch.pk.values } as BarisPk }]
      : k.pk.map((r) => (r.row === pkRow ? { row: r.row, value: { ...r.value, ...ch.pk.values } } : r));
  const byRow = new Map(ch.pengukuran.map((c) => [c.row, c.values]));
  const pengukuran = k.pengukuran.map((r) =>
    byRow.has(r.row) ? { row: r.row, value: { ...r.value, ...byRow.get(r.row) } } : r,
  );
  const row = nextRow(k.riwayat);
  const riwayat = [...k.riwayat, { row, value: ch.riwayat }];
  const owner = ch.riwayat.nipPemilik;
  const alur = new Map(k.alur);
  if (owner) {
    const dokumen = ch.riwayat.dokumen as Dokumen;
    const tr = findTransisi(jenisOf(dokumen), ch.riwayat.aksi as Aksi, alurOf(k, owner).berkas[dokumen]);
    if (tr) alur.set(owner, terapkan(alurOf(k, owner), ch.riwayat, dokumen, tr, row));
  }
  return { ...k, pk, pengukuran, riwayat, alur };
}

function nextRow(rows: readonly { row: number }[]): number {
  return rows.reduce((max, r) => Math.max(max, r.row), 1) + 1;
}

function emptyPk(): BarisPk {
  return {
    nip: '',
    tahun: 0,
    statusPk: null,
    hashPk: null,
    nipPihakKedua: null,
    ditandatanganiPk: null,
    statusRa: null,
    hashRa: null,
    ditandatanganiRa: null,
    statusTw1: null,
    statusTw2: null,
    statusTw3: null,
    statusTw4: null,
    catatan: null,
    dokumenPk: null,
    dokumenRa: null,
    diperbarui: null,
  };
}
