// One workflow action on a local workbook, exactly as the sidebar does it: read once, let the core
// decide, write the returned ranges in one batch, protect signed rows.
import {
  type Aksi,
  act,
  type Dokumen,
  type HasilAksi,
  parseKantor,
  type Result,
  TAB_NAMES,
  tulisanPerubahan,
} from '../../shared';
import { nodeSha256 } from '../platform/sha256';
import type { XlsxWorkbook } from './xlsx-workbook';

export interface LocalAction {
  readonly email: string;
  readonly aksi: Aksi;
  readonly dokumen: Dokumen;
  readonly nip: string | null;
  readonly catatan?: string | null;
  readonly now: number;
}

export function actLocal(wb: XlsxWorkbook, a: LocalAction): Result<HasilAksi> {
  const k = parseKantor(wb.readTables(TAB_NAMES));
  const nip = a.nip ?? k.org.byEmail.get(a.email.trim().toLowerCase())?.nip ?? '';
  const result = act(
    k,
    a.email,
    { aksi: a.aksi, dokumen: a.dokumen, nipPemilik: nip, catatan: a.catatan ?? null },
    a.now,
    nodeSha256,
  );
  if (!result.ok) return result;
  const writes = tulisanPerubahan(k, result.value.perubahan);
  wb.writeRanges(writes.ranges);
  for (const w of writes.appends) wb.appendRows(w.tab, w.rows);
  for (const lock of result.value.perubahan.lindungi) wb.protectRows(lock.tab, lock.rows);
  return result;
}
