// Writes a synthetic office workbook (N employees x `indikator` indicators) as the local mode lays it out,
// for the local-mode benches and the concurrency test (its tabs also feed the functions bench's Google API
// server): a year lived through the workflow (a chained log
// and its PK mirror), or with `fresh` the start of the year (nothing submitted: every PK a draft), or with
// `late` the year's last moment (the log's last entry, the last employee's TW IV follow-up, not yet done:
// that employee can still follow up, on a workbook carrying the whole year's log). The head of office has
// the office IKU as IKI (with their action plan and measurements, outside the log: their PK is with the
// regional head), so a recap carries the IKU section and its charts as a real office's does.
// `tsx bench/child/make-office.ts N FILE.xlsx [fresh]`
import { jangkarLokal, simpanJangkar } from '../../functions/local/anchor-file';
import { ExcelWorkbook } from '../../functions/local/xlsx-workbook';
import { nodeSha256 } from '../../functions/platform/sha256';
import {
  type Cell,
  ikiTab,
  jangkarDari,
  parseKantor,
  pengukuranTab,
  rencanaAksiTab,
  syntheticNip,
  syntheticTables,
  writeTab,
} from '../../shared';

/** The bench office's tabs (the rows every local and functions row of the bench works on). */
export function benchOfficeTables(
  n: number,
  opts: { fresh?: boolean; late?: boolean; indikator?: number } = {},
): Record<string, Cell[][]> {
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
  // the head's IKI (the office IKU), action plan and measurements, appended under each tab's header
  const head = syntheticNip(0);
  const indikator = opts.indikator ?? 10;
  const iku = Array.from({ length: indikator }, (_, j) => ({
    nip: head,
    kode: `IKU-${j + 1}`,
    sasaran: `Sasaran strategis ${j + 1}`,
    indikator: `Indikator kinerja utama ${j + 1}`,
    satuan: '%',
    polaritas: 'Positif' as const,
    target: 90,
    targetAtas: null,
    agregasi: 'Nilai Akhir' as const,
    definisi: null,
    sumberData: 'Laporan',
    kodeAtasan: null,
  }));
  const append = (tab: string, rows: unknown[][]) => (tables[tab] as unknown[][]).push(...rows.slice(1));
  append(ikiTab.name, writeTab(ikiTab, iku));
  append(
    rencanaAksiTab.name,
    writeTab(
      rencanaAksiTab,
      iku.map((r) => ({
        nip: head,
        kode: r.kode,
        rencanaAksi: 'Rencana aksi',
        targetTw1: 90,
        targetTw2: 90,
        targetTw3: 90,
        targetTw4: 90,
        alasan: null,
      })),
    ),
  );
  append(
    pengukuranTab.name,
    writeTab(
      pengukuranTab,
      iku.flatMap((r, j) =>
        (['I', 'II', 'III', 'IV'] as const).map((triwulan, q) => ({
          nip: head,
          kode: r.kode,
          triwulan,
          realisasi: 80 + ((j * 7 + q * 3) % 25),
          bukti: `https://drive.google.com/file/d/iku-${j}-${q}/view`,
          kendala: null,
          arahan: null,
          tindakLanjut: null,
        })),
      ),
    ),
  );
  return tables;
}

export async function makeOffice(
  n: number,
  file: string,
  opts: { fresh?: boolean; late?: boolean; indikator?: number } = {},
): Promise<void> {
  const wb = ExcelWorkbook.create();
  const tables = benchOfficeTables(n, opts);
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
