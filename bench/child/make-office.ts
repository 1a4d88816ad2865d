// Writes a synthetic office workbook (N employees x `indikator` indicators) as the local mode lays it out,
// for the local-mode benches and the concurrency test: a year lived through the workflow (a chained log
// and its PK mirror), or with `fresh` the start of the year (nothing submitted: every PK a draft), or with
// `late` the year's last moment (the log's last entry, the last employee's TW IV follow-up, not yet done:
// that employee can still follow up, on a workbook carrying the whole year's log).
// `tsx bench/child/make-office.ts N FILE.xlsx [fresh]`
import { jangkarLokal, simpanJangkar } from '../../functions/local/anchor-file';
import { ExcelWorkbook } from '../../functions/local/xlsx-workbook';
import { nodeSha256 } from '../../functions/platform/sha256';
import { jangkarDari, parseKantor, syntheticTables } from '../../shared';

export async function makeOffice(
  n: number,
  file: string,
  opts: { fresh?: boolean; late?: boolean; indikator?: number } = {},
): Promise<void> {
  const wb = ExcelWorkbook.create();
  const tables = opts.fresh
    ? syntheticTables(n, opts.indikator ?? 10)
    : syntheticTables(n, opts.indikator ?? 10, nodeSha256);
  if (opts.late) {
    // undo the last entry (a TW IV follow-up) in the log and in its owner's mirror row
    const log = tables.Riwayat as unknown[][];
    const head = log[0] as string[];
    const last = log.pop() as unknown[];
    const pk = tables.PK as unknown[][];
    const header = pk[0] as string[];
    const row = pk.find((r) => r[header.indexOf('NIP')] === last[head.indexOf('NIP Pemilik')]);
    if (!row || last[head.indexOf('Aksi')] !== 'tindaklanjut') throw new Error('unexpected synthetic log');
    row[header.indexOf('Status TW IV')] = 'Dievaluasi';
  }
  for (const [tab, rows] of Object.entries(tables))
    wb.writeRanges([{ tab, row: 1, column: 1, values: rows.map((r) => r.map((c) => c ?? null) as never) }]);
  await wb.save(file);
  // the log's anchor, as the workflow would have left it next to the workbook
  const log = parseKantor(tables).riwayat.map((r) => r.value);
  if (log.length > 0) {
    jangkarLokal(file, wb).tulis(jangkarDari(nodeSha256, log));
    simpanJangkar(file, wb);
  }
}

if (process.argv[1]?.endsWith('make-office.ts'))
  await makeOffice(Number(process.argv[2]), String(process.argv[3]), { fresh: process.argv[4] === 'fresh' });
