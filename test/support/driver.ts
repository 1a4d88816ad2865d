// Drives workflow actions through the core against a memory workbook, as a shell would:
// read all tabs once, act, write the returned ranges.
import { createHash } from 'node:crypto';
import {
  type Aksi,
  act,
  compileRekap,
  type Dokumen,
  demoScenario,
  type HasilAksi,
  type LangkahDemo,
  type Periode,
  parseKantor,
  type Result,
  TAB_NAMES,
  tulisanPerubahan,
} from '../../shared';
import type { MemoryWorkbook } from './memory-workbook';

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** Monday 2 February 2026, 08:00 WIB. */
export const T0 = Date.parse('2026-02-02T08:00:00+07:00');
export const MINUTE = 60_000;

export function kantorOf(wb: MemoryWorkbook) {
  return parseKantor(wb.readTables(TAB_NAMES));
}

export function doAction(
  wb: MemoryWorkbook,
  email: string,
  aksi: Aksi,
  nipPemilik: string,
  dokumen: Dokumen,
  now: number,
  extra: { catatan?: string; hashDilihat?: string } = {},
): Result<HasilAksi> {
  const k = kantorOf(wb);
  const result = act(k, email, { aksi, dokumen, nipPemilik, ...extra }, now, sha256);
  if (result.ok) {
    const w = tulisanPerubahan(k, result.value.perubahan);
    wb.writeRanges(w.ranges);
    for (const a of w.appends) wb.appendRows(a.tab, a.rows);
  }
  return result;
}

export function rekap(wb: MemoryWorkbook, periode: Periode, now: number, strict = false) {
  return compileRekap(kantorOf(wb), periode, now, sha256, { strict });
}

/** Replay the demo year's workflow actions (not the recaps) up to `until`, keeping those `keep` accepts. */
export function replayDemo(
  wb: MemoryWorkbook,
  until = Number.POSITIVE_INFINITY,
  keep: (dokumen: Dokumen) => boolean = () => true,
): { step: LangkahDemo; result: Result<HasilAksi> }[] {
  const done: { step: LangkahDemo; result: Result<HasilAksi> }[] = [];
  for (const step of demoScenario()) {
    if ('rekap' in step || step.waktu > until || !keep(step.dokumen)) continue;
    const extra = step.catatan ? { catatan: step.catatan } : {};
    done.push({
      step,
      result: doAction(wb, step.email, step.aksi, step.nip, step.dokumen, step.waktu, extra),
    });
  }
  return done;
}
