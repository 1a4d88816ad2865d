// The local "Drive": an output folder. Documents are written as .docx (atomically); when PDFs are asked for
// and LibreOffice is installed they are converted to .pdf next to them at `finish()`, by one LibreOffice
// run per core (its start-up dominates the cost of small files; a split annual recap's large parts convert
// side by side), with a progress bar on a terminal. File names derive from the key, so a rerun overwrites
// the same files (and deletes those it no longer publishes).
import { execFile, spawn } from 'node:child_process';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { DocumentKey, DocumentStore, PublishedLinks } from '../recap/pipeline';

const run = promisify(execFile);

export function fileNameOf(key: DocumentKey): string {
  const office = key.officeId.replace(/\.xlsx$/i, '').replace(/[^A-Za-z0-9_-]+/g, '-');
  return `${office}_${key.tahun}_${key.periode}`;
}

let office: string | null | undefined;

/** The LibreOffice binary, if installed (looked up once). */
export async function findLibreOffice(): Promise<string | null> {
  if (office !== undefined) return office;
  for (const bin of ['soffice', 'libreoffice']) {
    try {
      await run(bin, ['--version'], { timeout: 20_000 });
      office = bin;
      return office;
    } catch {
      // not this one
    }
  }
  office = null;
  return office;
}

export class FolderStore implements DocumentStore {
  readonly written: string[] = [];
  private readonly pending: string[] = [];
  private soffice: string | null | undefined;

  constructor(
    private readonly dir: string,
    private readonly pdf: boolean = true,
    private readonly progress: boolean = false,
  ) {}

  async publish(doc: { key: DocumentKey; title: string; docx: Buffer }): Promise<PublishedLinks> {
    await mkdir(this.dir, { recursive: true });
    const path = resolve(join(this.dir, `${fileNameOf(doc.key)}.docx`));
    await writeFile(`${path}.tmp`, doc.docx);
    await rename(`${path}.tmp`, path);
    this.written.push(path);
    this.soffice ??= this.pdf ? await findLibreOffice() : null;
    if (!this.soffice) return { docUrl: pathToFileURL(path).href, pdfUrl: null };
    const pdfPath = path.replace(/\.docx$/, '.pdf');
    this.pending.push(path);
    this.written.push(pdfPath);
    return { docUrl: pathToFileURL(path).href, pdfUrl: pathToFileURL(pdfPath).href };
  }

  /** The coat of arms named in Pengaturan: locally a file path (relative to the working directory). */
  async readImage(ref: string): Promise<Uint8Array> {
    return readFile(resolve(ref));
  }

  /** Delete the files of `key` (a part a rerun no longer publishes); false when there were none. */
  async withdraw(key: DocumentKey): Promise<boolean> {
    const path = resolve(join(this.dir, `${fileNameOf(key)}.docx`));
    const found = await stat(path).then(
      () => true,
      () => false,
    );
    await rm(path, { force: true });
    await rm(path.replace(/\.docx$/, '.pdf'), { force: true });
    return found;
  }

  /** Convert every document published so far to PDF, in one LibreOffice run. */
  async finish(): Promise<void> {
    if (!this.soffice || this.pending.length === 0) return;
    const files = this.pending.splice(0);
    await convertAll(this.soffice, resolve(this.dir), files, this.progress);
  }
}

/** A file LibreOffice has not finished in this long is taken as hung (a large annual part takes about a minute). */
const FILE_TIMEOUT_MS = 300_000;

/**
 * The documents are converted by up to one LibreOffice process per core (at most 4), each with its own
 * profile (two processes cannot share one, nor share it with the user's own LibreOffice), each converting
 * its share of the files: a split annual recap's parts convert side by side. Each prints one
 * "convert ... -> ..." line per file done, which advances the progress bar.
 */
async function convertAll(soffice: string, outDir: string, files: readonly string[], progress: boolean) {
  const { SingleBar } = progress ? await import('cli-progress') : { SingleBar: null };
  const bar = SingleBar ? new SingleBar({ format: 'PDF [{bar}] {value}/{total}', hideCursor: true }) : null;
  bar?.start(files.length, 0);
  const processes = Math.max(1, Math.min(files.length, availableParallelism(), 4));
  // the largest first, dealt round-robin: the processes finish about together
  const sizes = await Promise.all(files.map((f) => stat(f).then((s) => s.size)));
  const order = files.map((f, i) => ({ f, size: sizes[i] ?? 0 })).sort((a, b) => b.size - a.size);
  const shares = Array.from({ length: processes }, (_, i) => order.filter((_, j) => j % processes === i));
  try {
    await Promise.all(
      shares.map((share, i) =>
        convertShare(
          soffice,
          outDir,
          i,
          share.map((s) => s.f),
          () => bar?.increment(),
        ),
      ),
    );
  } finally {
    bar?.stop();
  }
}

function convertShare(
  soffice: string,
  outDir: string,
  slot: number,
  files: readonly string[],
  done: () => void,
): Promise<void> {
  const profile = pathToFileURL(join(tmpdir(), `kinerja-libreoffice-${slot}`)).href;
  return new Promise<void>((resolve, reject) => {
    const child = spawn(
      soffice,
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    // killed only when a file takes too long, however many files there are
    let timer = setTimeout(() => child.kill(), FILE_TIMEOUT_MS);
    let buffered = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines)
        if (/^convert /.test(line)) {
          done();
          clearTimeout(timer);
          timer = setTimeout(() => child.kill(), FILE_TIMEOUT_MS);
        }
    });
    child.stderr.resume();
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`LibreOffice exited with ${code}`));
    });
  });
}
