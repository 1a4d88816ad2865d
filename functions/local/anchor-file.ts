// The log's anchor in local mode: a sidecar file next to the workbook (`kantor.xlsx` ->
// `kantor.xlsx.jangkar.json`). An action only sets the anchor it leaves; the sidecar is replaced (atomically)
// once the workbook itself is saved, so a failed save never leaves an anchor ahead of the file.
// Whoever can write the workbook's folder can also write this file: locally the chain detects edits made
// in a spreadsheet program, not someone who also rewrites the sidecar (docs/integrity.md says so).
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { bacaJangkarJson, type Jangkar, type PenyimpanJangkar } from '../../shared';

export function sidecarPath(workbook: string): string {
  return `${workbook}.jangkar.json`;
}

export function bacaJangkar(workbook: string): Jangkar | null {
  const path = sidecarPath(workbook);
  return existsSync(path) ? bacaJangkarJson(readFileSync(path, 'utf8')) : null;
}

function tulisJangkar(workbook: string, j: Jangkar): void {
  const path = sidecarPath(workbook);
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(j, null, 2)}\n`);
  renameSync(tmp, path);
}

/** Anchors set on an open workbook, waiting for its save. */
const pending = new WeakMap<object, Jangkar>();

/** The anchor of the workbook `wb` opened from `file`: read from the sidecar, set until the save. */
export function jangkarLokal(file: string, wb: object): PenyimpanJangkar {
  return {
    baca: () => pending.get(wb) ?? bacaJangkar(file),
    tulis: (j) => {
      pending.set(wb, j);
    },
  };
}

/** After `wb` was saved to `file`: the anchor its actions left goes to the sidecar. */
export function simpanJangkar(file: string, wb: object): void {
  const j = pending.get(wb);
  if (!j) return;
  tulisJangkar(file, j);
  pending.delete(wb);
}
