// Writes a synthetic office workbook (N employees x 10 indicators, a complete year with its log) as the
// local mode lays it out, for the local-mode benches: `tsx bench/child/make-office.ts N FILE.xlsx`.
import { XlsxWorkbook } from '../../functions/local/xlsx-workbook';
import { syntheticTables } from '../../shared';

export async function makeOffice(n: number, file: string): Promise<void> {
  const wb = XlsxWorkbook.create();
  for (const [tab, rows] of Object.entries(syntheticTables(n, 10, true))) {
    wb.writeRanges([{ tab, row: 1, column: 1, values: rows.map((r) => r.map((c) => c ?? null) as never) }]);
  }
  await wb.save(file);
}

if (process.argv[1]?.endsWith('make-office.ts')) await makeOffice(Number(process.argv[2]), String(process.argv[3]));
