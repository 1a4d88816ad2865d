// Writes a synthetic office workbook (N employees x `indikator` indicators) as the local mode lays it out,
// for the local-mode benches and the concurrency test: a year lived through the workflow (a chained log
// and its PK mirror), or with `fresh` the start of the year (nothing submitted: every PK a draft).
// `tsx bench/child/make-office.ts N FILE.xlsx [fresh]`
import { ExcelWorkbook } from '../../functions/local/xlsx-workbook';
import { nodeSha256 } from '../../functions/platform/sha256';
import { syntheticTables } from '../../shared';

export async function makeOffice(
  n: number,
  file: string,
  opts: { fresh?: boolean; indikator?: number } = {},
) {
  const wb = ExcelWorkbook.create();
  const tables = opts.fresh
    ? syntheticTables(n, opts.indikator ?? 10)
    : syntheticTables(n, opts.indikator ?? 10, nodeSha256);
  for (const [tab, rows] of Object.entries(tables))
    wb.writeRanges([{ tab, row: 1, column: 1, values: rows.map((r) => r.map((c) => c ?? null) as never) }]);
  await wb.save(file);
}

if (process.argv[1]?.endsWith('make-office.ts'))
  await makeOffice(Number(process.argv[2]), String(process.argv[3]), { fresh: process.argv[4] === 'fresh' });
