// The log's anchor in local mode: a sidecar file next to the workbook (`kantor.xlsx` ->
// `kantor.xlsx.jangkar.json`), replaced atomically after the workbook is saved. Whoever can write the
// workbook's folder can also write this file: locally the chain detects edits made in a spreadsheet program,
// not edits by someone who also rewrites the sidecar (the README says so).
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Jangkar, PenyimpanJangkar } from '../../shared';

export function sidecarPath(workbook: string): string {
  return `${workbook}.jangkar.json`;
}

export function fileAnchor(workbook: string): PenyimpanJangkar {
  const path = sidecarPath(workbook);
  return {
    baca(): Jangkar | null {
      if (!existsSync(path)) return null;
      try {
        const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<Jangkar>;
        return typeof parsed.panjang === 'number' && typeof parsed.kepala === 'string'
          ? { panjang: parsed.panjang, kepala: parsed.kepala }
          : null;
      } catch {
        return null;
      }
    },
    tulis(j: Jangkar): void {
      const tmp = `${path}.${process.pid}.tmp`;
      writeFileSync(tmp, `${JSON.stringify({ panjang: j.panjang, kepala: j.kepala }, null, 2)}\n`);
      renameSync(tmp, path);
    },
  };
}
