// The PK tab's status, signed-hash and signer cells are a mirror of the replayed log. This compares them
// cell by cell and names every cell that differs, with the value the log gives, so the office can put it
// back; the workflow itself always decides from the log.
import type { Problem } from '../problems';
import type { pkTab } from '../tabs/declarations';
import type { RecordOf, Row } from '../tabs/tab';
import { transisiTtd } from '../workflow/transitions';
import { ALUR_BARU, type AlurPemilik } from './replay';

type BarisPk = RecordOf<typeof pkTab>;

/** The mirror columns of a PK-tab row, as the log says they must read. */
export function cerminDariLog(
  a: AlurPemilik,
): Pick<
  BarisPk,
  | 'statusPk'
  | 'statusRa'
  | 'statusTw1'
  | 'statusTw2'
  | 'statusTw3'
  | 'statusTw4'
  | 'hashPk'
  | 'hashRa'
  | 'nipPihakKedua'
  | 'ditandatanganiPk'
  | 'ditandatanganiRa'
> {
  const cermin = {
    statusPk: a.berkas.PK,
    statusRa: a.berkas.RA,
    statusTw1: a.berkas.TW1,
    statusTw2: a.berkas.TW2,
    statusTw3: a.berkas.TW3,
    statusTw4: a.berkas.TW4,
    hashPk: null,
    hashRa: null,
    nipPihakKedua: null,
    ditandatanganiPk: null,
    ditandatanganiRa: null,
  } as ReturnType<typeof cerminDariLog>;
  // the cells each signing transition declares it seals (the transition table's `segel`)
  for (const jenis of ['PK', 'RA'] as const) {
    const segel = transisiTtd(jenis).segel;
    const ttd = a.ttd[jenis];
    if (!segel) continue;
    Object.assign(cermin, {
      [segel.hash]: ttd?.hash ?? null,
      [segel.waktu]: ttd?.waktu ?? null,
      ...(segel.penandatangan ? { [segel.penandatangan]: ttd?.nipPelaku ?? null } : {}),
    });
  }
  return cermin;
}

const HEADERS: Record<keyof ReturnType<typeof cerminDariLog>, string> = {
  statusPk: 'Status PK',
  statusRa: 'Status RA',
  statusTw1: 'Status TW I',
  statusTw2: 'Status TW II',
  statusTw3: 'Status TW III',
  statusTw4: 'Status TW IV',
  hashPk: 'Hash PK',
  hashRa: 'Hash RA',
  nipPihakKedua: 'NIP Pihak Kedua',
  ditandatanganiPk: 'PK Ditandatangani',
  ditandatanganiRa: 'RA Ditandatangani',
};

/** A blank status cell reads as Draf (a row set up before any action). */
function sama(field: string, sheet: unknown, log: unknown): boolean {
  const norm = (v: unknown) => (v === null || v === undefined || v === '' ? null : v);
  if (field.startsWith('status')) return (norm(sheet) ?? 'Draf') === (norm(log) ?? 'Draf');
  return norm(sheet) === norm(log);
}

/**
 * Every mirror cell of the year's PK rows that differs from the log; `format` renders a logged value
 * as the cell would show it (timestamps in the office's time zone).
 */
export function bandingkanCermin(
  rows: readonly Row<BarisPk>[],
  alur: ReadonlyMap<string, AlurPemilik>,
  format: (field: string, value: unknown) => string,
): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const { row, value } of rows) {
    seen.add(value.nip);
    const want = cerminDariLog(alur.get(value.nip) ?? ALUR_BARU);
    for (const [field, header] of Object.entries(HEADERS)) {
      const expected = want[field as keyof typeof want];
      const actual = value[field as keyof BarisPk];
      if (sama(field, actual, expected)) continue;
      problems.push({
        key: 'integritas.cerminBerbeda',
        tab: 'PK',
        row,
        column: header,
        owner: value.nip,
        params: {
          kolom: header,
          log: expected === null ? '-' : format(field, expected),
          sel: actual === null || actual === undefined ? '-' : format(field, actual),
        },
      });
    }
  }
  for (const nip of alur.keys()) {
    if (!seen.has(nip)) problems.push({ key: 'integritas.barisPkHilang', tab: 'PK', params: { nip } });
  }
  return problems;
}
