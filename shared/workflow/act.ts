// One workflow action on a parsed workbook: decide, then say exactly which cells change, which log entry
// is appended, which rows to protect and whom to tell, as the transition table declares. Pure: the
// action service (service/) plans the writes of a batch and runs them through the ports.

import type { Sha256 } from '../hash/digest';
import { hashRantai, kepalaRantai } from '../log/chain';
import { cerminDariLog } from '../log/mirror';
import { terapkan } from '../log/replay';
import { type OrgTree, penilaiOf } from '../org/tree';
import type { Problem, Result } from '../problems';
import { mulaiPenyusunan } from '../settings/settings';
import { lookup } from '../workbook/lookup';
import type { BarisPk, Kantor, Pengukuran } from '../workbook/parse';
import {
  alurOf,
  berkasOf,
  hashDokumen,
  hashTtdOf,
  masalahDokumen,
  masalahIntegritas,
  pkRowOf,
} from './content';
import { decide, type EntriRiwayat, type Keputusan, type Permintaan } from './machine';
import { type Dokumen, triwulanOf } from './states';
import { type Berikutnya, dokumenTetap, type TabDilindungi } from './transitions';

export interface Perubahan {
  /** The owner's PK-tab row: `row` null appends a new one. Only the fields that change. */
  readonly pk: { readonly row: number | null; readonly values: Partial<BarisPk> };
  /** Cells of the Pengukuran tab filled by an evaluation (arahan) or a follow-up. */
  readonly pengukuran: readonly { readonly row: number; readonly values: Partial<Pengukuran> }[];
  readonly riwayat: EntriRiwayat;
  /** Rows whose content columns become protected (signed or archived content). */
  readonly lindungi: readonly { readonly tab: TabDilindungi; readonly rows: readonly number[] }[];
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
  const dokumen: Dokumen = dokumenTetap(p.aksi) ?? p.dokumen;
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
      riwayat: lookup(k).riwayat.get(p.nipPemilik) ?? [],
      now,
      kepalaDaerah: { nama: k.settings.namaKepalaDaerah, jabatan: k.settings.jabatanKepalaDaerah },
      mulaiPenyusunan: mulaiPenyusunan(k.settings),
    },
  );
  if (!decided.ok) return decided;
  const decidedValue = decided.value;
  const draft = changesOf(k, decidedValue, dokumen, p.nipPemilik, now);
  // the log seals what the sheet holds once the action is done (an evaluation writes the arahan first)
  const hash =
    draft.pengukuran.length > 0
      ? hashDokumen(k, sha256, p.nipPemilik, dokumen, new Map(draft.pengukuran.map((u) => [u.row, u.values])))
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

/** The cells a decided transition changes, all read from its row of the transition table. */
function changesOf(k: Kantor, kp: Keputusan, dokumen: Dokumen, nip: string, now: number): Perubahan {
  const existing = pkRowOf(k, nip);
  const { transisi, entri } = kp;
  const before = berkasOf(k, nip);
  const values: Partial<Record<keyof BarisPk, unknown>> = existing ? {} : { nip, tahun: k.settings.tahun };
  for (const d of Object.keys(PK_STATUS_FIELD) as Dokumen[]) {
    if (kp.berkas[d] !== before[d] || !existing) values[PK_STATUS_FIELD[d]] = kp.berkas[d];
  }
  values.diperbarui = now;
  const catatan =
    transisi.catatan?.kolom === 'catatan'
      ? entri.catatan
      : transisi.hapusCatatan
        ? null
        : (existing?.value.catatan ?? null);
  if (catatan !== (existing?.value.catatan ?? null)) values.catatan = catatan;

  const tw = triwulanOf(dokumen);
  const kolom = transisi.catatan?.kolom;
  const field = kolom === 'arahan' || kolom === 'tindakLanjut' ? kolom : null;
  const pengukuran =
    tw && field
      ? (lookup(k).pengukuran.get(nip) ?? [])
          .filter((r) => r.value.triwulan === tw && !r.value[field])
          .map((r) => ({ row: r.row, values: { [field]: entri.catatan } as Partial<Pengukuran> }))
      : [];

  const rowsOf = (tab: TabDilindungi) =>
    tab === 'Anggaran PK'
      ? k.anggaranPk.filter((r) => r.value.nip === nip).map((r) => r.row)
      : ((tab === 'IKI' ? lookup(k).iki : lookup(k).ra).get(nip) ?? []).map((r) => r.row);
  return {
    pk: { row: existing?.row ?? null, values: values as Partial<BarisPk> },
    pengukuran,
    riwayat: entri,
    lindungi: transisi.lindungi.map((tab) => ({ tab, rows: rowsOf(tab) })),
    penerima: penerimaOf(k.org, nip, transisi.berikutnya, kp.pelaku.email),
  };
}

/** Who must act next on this employee's file (never the actor themself). */
function penerimaOf(org: OrgTree, nip: string, berikutnya: Berikutnya, actorEmail: string): string[] {
  const owner = org.byNip.get(nip);
  const who =
    berikutnya === 'pemilik'
      ? owner
        ? [owner.email]
        : []
      : berikutnya === 'atasan'
        ? penilaiOf(org, nip).map((s) => s.pegawai.email)
        : org.administrators.map((a) => a.email);
  return [...new Set(who)].filter((e) => e !== actorEmail);
}
