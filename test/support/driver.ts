// Drives workflow actions through the core against a memory workbook, as a shell would:
// read all tabs once, act, write the returned ranges.
import { createHash } from 'node:crypto';
import {
  type Aksi,
  act,
  compileRekap,
  type Dokumen,
  type HasilAksi,
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
