// The ports of the action service: what a shell gives it to let a person do something. Each shell (the
// add-on, the local CLI and preview, the tests) implements them in a few lines; the rules stay here.
// One object, so a port can be added (e.g. the log anchor) without changing a shell's call.
import type { Sha256 } from '../hash/digest';
import type { PenyimpanJangkar } from '../log/chain';
import type { Kantor, Tables } from '../workbook/parse';
import type { CellOut, RangeWrite } from '../workbook/port';

/** The workbook as an action uses it: read every tab once, write exact cells, append rows, protect rows. */
export interface BukuKerja {
  readTables(names: readonly string[]): Tables;
  /** All ranges in one batch. */
  writeRanges(writes: readonly RangeWrite[]): void;
  /** Rows after the last non-blank row of a tab. */
  appendRows(tab: string, rows: readonly (readonly CellOut[])[]): void;
  /** Protect whole rows, editable by `editors` only (adapters without accounts lock the cells). */
  protectRows(tab: string, rows: readonly number[], editors: readonly string[], description: string): void;
  /** Make the writes visible to other readers (Apps Script buffers them). */
  flush?(): void;
}

/** The document lock (Apps Script LockService), or a shell's own serialisation. */
export interface Kunci {
  tryLock(timeoutMs: number): boolean;
  releaseLock(): void;
}

/** One email; a failure throws (e.g. the daily quota) and is logged, never undoing the action. */
export interface Pengirim {
  /** The link people open to act (the spreadsheet, or the local file). */
  readonly tautan: string;
  send(to: string, subject: string, body: string): void;
}

/** A signed document filed (Google Doc and PDF in the archive folder, or files next to the workbook). */
export interface Diarsip {
  readonly ok: boolean;
  readonly pesan: string;
  readonly docUrl?: string;
  readonly pdfUrl?: string | null;
}

/** Files one employee's signed PK or RA (given the workbook as the actions left it); null when the shell has
 * nowhere to file it (no document service configured). */
export type PengarsipDokumen<R> = (kantor: Kantor, nip: string, jenis: 'PK' | 'RA') => R;

/** Files several documents at once (one result each, in order), for a shell that can send them side by side. */
export type PengarsipBanyak<R> = (
  kantor: Kantor,
  daftar: readonly { readonly nip: string; readonly jenis: 'PK' | 'RA' }[],
) => R[];

export interface PortAksi<R = Diarsip | null> {
  readonly workbook: BukuKerja;
  readonly lock: Kunci;
  /** null: this shell sends no email (the local mode prints who acts next instead). */
  readonly mailer: Pengirim | null;
  readonly filer: PengarsipDokumen<R>;
  /** When given, a bulk action's documents are filed through it in one call instead of one by one. */
  readonly filerBanyak?: PengarsipBanyak<R>;
  readonly clock: () => number;
  readonly sha256: Sha256;
  /** Where the log's anchor is kept, out of a sheet editor's reach (issue 10: the log is the truth). */
  readonly jangkar: PenyimpanJangkar;
}

/** For a shell that runs one action at a time by construction (a CLI call, a test). */
export const TANPA_KUNCI: Kunci = { tryLock: () => true, releaseLock: () => {} };
