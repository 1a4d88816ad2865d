// "Open, act, save" on a local workbook under an exclusive lock, so that concurrent commands (several
// `kinerja act`, the preview) never lose each other's updates: the lock is taken first, the workbook is
// read under it (never a copy read before), and the save is atomic before the lock is released.
// The lock is proper-lockfile's (a `<file>.lock` directory, refreshed while held, taken over when stale,
// e.g. after a crash); it is keyed on the real file, so two paths to one file share it.
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import lockfile from 'proper-lockfile';
import { LocalError } from './local-error';
import type { OpenOptions } from './xlsx/package-workbook';
import { realFile } from './xlsx/write-file';
import { XlsxWorkbook } from './xlsx-workbook';

const WAIT_SECONDS = 120;

export interface WorkbookSession {
  readonly wb: XlsxWorkbook;
  /** Save now (inside the lock); `withWorkbook` saves at the end when the callback returns `save: true`. */
  save(): Promise<void>;
}

/** Run `fn` while holding the exclusive lock of `file` (waits for another holder; a stale lock is taken over). */
export async function withFileLock<T>(
  file: string,
  fn: (stillHeld: () => boolean) => Promise<T>,
): Promise<T> {
  // a missing file is reported before any lock file is made
  await access(file, constants.R_OK).catch(() => {
    throw new LocalError('berkas.tidakAda', { path: file }, 1);
  });
  const real = await realFile(file);
  let compromised = false;
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(real, {
      realpath: false,
      // a holder refreshes the lock every 5 s; one not refreshed for 60 s is taken over (a crashed process).
      // A long synchronous step (a large recap) cannot refresh it; should another process take it over, the
      // holder finds out (onCompromised) and refuses to save rather than overwrite.
      stale: 60_000,
      update: 5_000,
      retries: { retries: WAIT_SECONDS * 10, factor: 1, minTimeout: 25, maxTimeout: 100, randomize: true },
      onCompromised: () => {
        compromised = true;
      },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED')
      throw new LocalError('berkas.terkunci', { path: file, detik: WAIT_SECONDS }, 1);
    throw new LocalError('berkas.tidakDapatDitulis', {
      path: file,
      sebab: (error as NodeJS.ErrnoException).code ?? String(error),
    });
  }
  try {
    return await fn(() => !compromised);
  } finally {
    await release().catch(() => {});
  }
}

/** Run `fn` with the workbook opened under the file's lock; saved atomically when `fn` asks for it. */
export function withWorkbook<T>(
  file: string,
  fn: (session: WorkbookSession) => Promise<{ readonly value: T; readonly save: boolean }>,
  opts: OpenOptions = {},
): Promise<T> {
  return withFileLock(file, async (stillHeld) => {
    const wb = await XlsxWorkbook.open(file, opts);
    const save = async () => {
      if (!stillHeld()) throw new LocalError('berkas.terkunci', { path: file, detik: WAIT_SECONDS }, 1);
      await wb.save(file);
    };
    const result = await fn({ wb, save });
    if (result.save) await save();
    return result.value;
  });
}
