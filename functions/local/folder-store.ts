// The local "Drive": an output folder. Documents are written as .docx (atomically); when LibreOffice is
// installed they are converted to .pdf next to them, all in one LibreOffice run at `finish()` (its start-up
// dominates the cost). File names derive from the key, so a rerun overwrites the same files.
import { execFile } from 'node:child_process';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
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

  /** Convert every document published so far to PDF, in one LibreOffice run. */
  async finish(): Promise<void> {
    if (!this.soffice || this.pending.length === 0) return;
    const files = this.pending.splice(0);
    await run(this.soffice, ['--headless', '--convert-to', 'pdf', '--outdir', resolve(this.dir), ...files], {
      timeout: 300_000,
    });
  }
}
