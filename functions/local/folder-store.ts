// The local "Drive": an output folder. A document is written as .docx (atomically) and, when LibreOffice
// is installed, converted to .pdf next to it. The file name is derived from the key, so a rerun
// overwrites the same files.
import { execFile } from 'node:child_process';
import { mkdir, rename, writeFile } from 'node:fs/promises';
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

  constructor(
    private readonly dir: string,
    private readonly pdf: boolean = true,
  ) {}

  async publish(doc: { key: DocumentKey; title: string; docx: Buffer }): Promise<PublishedLinks> {
    await mkdir(this.dir, { recursive: true });
    const base = fileNameOf(doc.key);
    const path = resolve(join(this.dir, `${base}.docx`));
    await writeFile(`${path}.tmp`, doc.docx);
    await rename(`${path}.tmp`, path);
    this.written.push(path);
    let pdfUrl: string | null = null;
    const soffice = this.pdf ? await findLibreOffice() : null;
    if (soffice) {
      await run(soffice, ['--headless', '--convert-to', 'pdf', '--outdir', resolve(this.dir), path], {
        timeout: 120_000,
      });
      const pdfPath = path.replace(/\.docx$/, '.pdf');
      this.written.push(pdfPath);
      pdfUrl = pathToFileURL(pdfPath).href;
    }
    return { docUrl: pathToFileURL(path).href, pdfUrl };
  }
}
