// One or many workflow actions by one person (a click, or a bulk approval): each decided on the state the
// previous ones left (a private working copy updated in place, so each action costs what it touches), the
// refusals kept with their reasons, and every write of the batch planned before anything is written:
// the log entries in one append, the state cells (only those that change, merged per row) in one batch.

import type { Sha256 } from '../hash/digest';
import { terapkan } from '../log/replay';
import type { Problem } from '../problems';
import { pengukuranTab, pkTab, riwayatTab } from '../tabs/declarations';
import { kantorKerja, lookup } from '../workbook/lookup';
import type { BarisPk, EntriRiwayat, Kantor, Pengukuran } from '../workbook/parse';
import type { CellOut, RangeWrite } from '../workbook/port';
import { act, type HasilAksi, type Perubahan } from './act';
import { alurOf } from './content';
import { DOKUMEN, type Dokumen } from './states';
import { AKSI, type Aksi, type TabDilindungi } from './transitions';
import { appendRow, cellWrites, nextRowOf } from './writes';

export interface ActionRequest {
  readonly aksi: Aksi;
  readonly dokumen: Dokumen;
  readonly nip: string;
  readonly catatan?: string | null;
  /** The content hash of the version the user saw. */
  readonly hash?: string | null;
  /** `ttdkepaladaerah`: the paper signature's date and the scan's link. */
  readonly tanggalTtd?: string | null;
  readonly tautanTtd?: string | null;
}

export interface Batch {
  readonly done: readonly HasilAksi[];
  readonly refused: readonly Problem[];
  /** The log entries, appended first: a failure after them leaves a log the state can be replayed from. */
  readonly log: { readonly tab: string; readonly rows: readonly (readonly CellOut[])[] } | null;
  /** Every changed state cell of the batch (one range per run of adjacent cells), in one write. */
  readonly ranges: readonly RangeWrite[];
  /** New PK-tab rows (an employee's first action of the year). */
  readonly appends: readonly { readonly tab: string; readonly rows: readonly (readonly CellOut[])[] }[];
  /** Rows to protect, per tab, with the owner they belong to. */
  readonly lindungi: readonly {
    readonly tab: TabDilindungi;
    readonly rows: readonly number[];
    readonly nip: string;
  }[];
  /** The signed documents to file after the writes (the transition table's `arsip`). */
  readonly arsip: readonly { readonly nip: string; readonly jenis: 'PK' | 'RA' }[];
  /** The workbook as it is after the batch (for the new view, without reading again). */
  readonly kantor: Kantor;
}

/** A request from a client is not trusted: it must name a known action, document and NIP. */
function isActionRequest(req: unknown): req is ActionRequest {
  const r = req as Partial<ActionRequest> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    (AKSI as readonly string[]).includes(String(r.aksi)) &&
    (DOKUMEN as readonly string[]).includes(String(r.dokumen)) &&
    typeof r.nip === 'string' &&
    (r.catatan === undefined || r.catatan === null || typeof r.catatan === 'string') &&
    (r.hash === undefined || r.hash === null || typeof r.hash === 'string') &&
    (r.tanggalTtd === undefined || r.tanggalTtd === null || typeof r.tanggalTtd === 'string') &&
    (r.tautanTtd === undefined || r.tautanTtd === null || typeof r.tautanTtd === 'string')
  );
}

/** The writes of a batch, merged per row as the changes come. */
class Rencana {
  private readonly pkCells = new Map<number, Partial<BarisPk>>();
  private readonly pkNew = new Map<number, Partial<BarisPk>>();
  private readonly ukurCells = new Map<number, Partial<Pengukuran>>();
  private readonly log: EntriRiwayat[] = [];
  private nextPk: number;
  private readonly nextLog: number;

  constructor(private readonly k0: Kantor) {
    this.nextPk = nextRowOf(k0.reads.PK);
    this.nextLog = nextRowOf(k0.reads.Riwayat);
  }

  /** Records a change; returns the PK-tab row it lands on (a new row gets the next free one) and its log row. */
  add(ch: Perubahan): { row: number; logRow: number } {
    let row = ch.pk.row;
    if (row === null) {
      row = this.nextPk++;
      this.pkNew.set(row, { ...ch.pk.values });
    } else {
      const into = this.pkNew.has(row) ? this.pkNew : this.pkCells;
      into.set(row, { ...into.get(row), ...ch.pk.values });
    }
    for (const u of ch.pengukuran) this.ukurCells.set(u.row, { ...this.ukurCells.get(u.row), ...u.values });
    this.log.push(ch.riwayat);
    return { row, logRow: this.nextLog + this.log.length - 1 };
  }

  writes(): Pick<Batch, 'log' | 'ranges' | 'appends'> {
    const { reads, ctx } = this.k0;
    const ranges = [
      ...[...this.pkCells].flatMap(([row, v]) => cellWrites(pkTab, reads.PK, row, v, ctx)),
      ...[...this.ukurCells].flatMap(([row, v]) => cellWrites(pengukuranTab, reads.Pengukuran, row, v, ctx)),
    ];
    const fresh = [...this.pkNew.values()].map((v) => appendRow(pkTab, reads.PK, v, ctx));
    return {
      log: this.log.length
        ? { tab: riwayatTab.name, rows: this.log.map((e) => appendRow(riwayatTab, reads.Riwayat, e, ctx)) }
        : null,
      ranges,
      appends: fresh.length ? [{ tab: pkTab.name, rows: fresh }] : [],
    };
  }
}

const EMPTY_PK: BarisPk = {
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

export function actMany(
  k0: Kantor,
  email: string | null | undefined,
  requests: readonly unknown[],
  now: number,
  sha256: Sha256,
  /** Problems that block every action (e.g. the log does not match its anchor). */
  opsi: { readonly blokir?: readonly Problem[] } = {},
): Batch {
  const work = kantorKerja(k0);
  const k = work.kantor;
  const plan = new Rencana(k0);
  const done: HasilAksi[] = [];
  const refused: Problem[] = [];
  const lindungi: Batch['lindungi'][number][] = [];
  const arsip: Batch['arsip'][number][] = [];
  for (const req of requests) {
    if (!isActionRequest(req)) {
      refused.push({ key: 'http.badanTidakSah', params: { detail: 'permintaan aksi tidak lengkap' } });
      continue;
    }
    const r = act(
      k,
      email,
      {
        aksi: req.aksi,
        dokumen: req.dokumen,
        nipPemilik: req.nip,
        catatan: req.catatan ?? null,
        hashDilihat: req.hash ?? null,
        tanggalTtd: req.tanggalTtd ?? null,
        tautanTtd: req.tautanTtd ?? null,
      },
      now,
      sha256,
      opsi,
    );
    if (!r.ok) {
      refused.push(...r.problems);
      continue;
    }
    const ch = r.value.perubahan;
    const { row, logRow } = plan.add(ch);
    const l = lookup(k);
    const pkBefore = l.pk.get(req.nip)?.value ?? { ...EMPTY_PK };
    const ukur = l.pengukuran.get(req.nip) ?? [];
    work.terapkan({
      pk: { row, value: { ...pkBefore, ...ch.pk.values } },
      pengukuran: ch.pengukuran.flatMap((u) => {
        const current = ukur.find((x) => x.row === u.row);
        return current ? [{ row: u.row, value: { ...current.value, ...u.values } }] : [];
      }),
      riwayat: { row: logRow, value: ch.riwayat },
      alur: terapkan(
        alurOf(k, req.nip),
        ch.riwayat,
        r.value.keputusan.entri.dokumen as Dokumen,
        r.value.keputusan.transisi,
        logRow,
      ),
    });
    for (const t of ch.lindungi) lindungi.push({ ...t, nip: req.nip });
    for (const jenis of r.value.keputusan.transisi.arsip) arsip.push({ nip: req.nip, jenis });
    done.push(r.value);
  }
  return { done, refused, ...plan.writes(), lindungi, arsip, kantor: k };
}
