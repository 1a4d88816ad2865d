// Replacing a workbook file atomically and honestly: a symlink is written through (the real file is
// replaced, the link stays), a read-only file is refused with a message (never silently replaced), and
// the new file keeps the old one's permissions. The temporary file sits next to the real file, so the
// final rename never crosses file systems.
import { constants } from 'node:fs';
import { access, chmod, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { LocalError } from '../local-error';

/** The file a path finally names (through symlinks); the path itself when it does not exist yet. */
export async function realFile(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return path;
  }
}

export async function writeAtomically(path: string, bytes: Buffer): Promise<void> {
  const real = await realFile(path);
  let mode: number | null = null;
  try {
    const s = await stat(real);
    mode = s.mode & 0o7777;
    // a file nobody may write is the owner's decision, even for root: never replace it
    if ((mode & 0o222) === 0) throw new LocalError('berkas.hanyaBaca', { path }, 1);
  } catch (error) {
    if (error instanceof LocalError) throw error;
  }
  const tmp = join(dirname(real), `.${basename(real)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await access(dirname(real), constants.W_OK);
    await writeFile(tmp, bytes, { flag: 'wx' });
    if (mode !== null) await chmod(tmp, mode);
    await rename(tmp, real);
  } catch (error) {
    await unlink(tmp).catch(() => {});
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new LocalError('berkas.tidakDapatDitulis', { path, sebab: code }, 1);
  }
}
