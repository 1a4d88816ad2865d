// A local .xlsx workbook holding the demo office before any action (for CLI and preview tests).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XlsxWorkbook } from '../../functions/local/xlsx-workbook';
import { demoTables } from '../../shared';

export const tmp = (): string => mkdtempSync(join(tmpdir(), 'kinerja-'));

export async function demoFile(): Promise<string> {
  const file = join(tmp(), 'kantor.xlsx');
  const wb = XlsxWorkbook.create();
  for (const [tab, rows] of Object.entries(demoTables())) {
    wb.writeRanges([
      {
        tab,
        row: 1,
        column: 1,
        values: rows.map((r) => r.map((c) => c ?? null)),
      },
    ]);
  }
  await wb.save(file);
  return file;
}
