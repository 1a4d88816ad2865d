// Writes a synthetic office workbook (N employees x `indikator` indicators, a year of measurements) as the
// local mode lays it out, for the local-mode benches and the concurrency test. With `fresh`, the PK,
// Riwayat and Rekap tabs hold their headers only, so every employee's PK is a draft that can be submitted.
// `tsx bench/child/make-office.ts N FILE.xlsx [fresh]`
import { ExcelWorkbook } from '../../functions/local/xlsx-workbook';
import { syntheticTables } from '../../shared';

export async function makeOffice(
  n: number,
  file: string,
  opts: { fresh?: boolean; indikator?: number } = {},
) {
  const wb = ExcelWorkbook.create();
  const tables = syntheticTables(n, opts.indikator ?? 10, !opts.fresh);
  for (const [tab, rows] of Object.entries(tables)) {
    const kept = opts.fresh && ['PK', 'Riwayat', 'Rekap'].includes(tab) ? rows.slice(0, 1) : rows;
    wb.writeRanges([{ tab, row: 1, column: 1, values: kept.map((r) => r.map((c) => c ?? null) as never) }]);
  }
  await wb.save(file);
}

if (process.argv[1]?.endsWith('make-office.ts'))
  await makeOffice(Number(process.argv[2]), String(process.argv[3]), { fresh: process.argv[4] === 'fresh' });
