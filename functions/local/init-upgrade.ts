// `kinerja init` on an existing workbook: only what it lacks is added, by patching the package like every
// other save (xlsx/package-workbook.ts): the headers of new columns after the office's own, the Pengaturan
// keys added since (with their defaults, as the add-on's set-up adds them), and whole tabs it does not have
// (laid out by exceljs in a scratch workbook, then copied in: xlsx/add-sheets.ts). Every part it does not
// touch stays byte for byte, so the office's charts, drawings, formulas and formats survive (exceljs
// re-writing the whole package would drop its charts: exceljs#1734).
import {
  barisPengaturanKurang,
  kunciPengaturan,
  normalizeHeader,
  pengaturanTab,
  recordToCells,
  TABS,
  upgradeHeader,
} from '../../shared';
import { withSheetsFrom } from './xlsx/add-sheets';
import { PackageWorkbook } from './xlsx/package-workbook';
import { writeAtomically } from './xlsx/write-file';
import { ZipPackage } from './xlsx/zip';
import { ExcelWorkbook } from './xlsx-workbook';

/** Add what `file` lacks; false when it lacks nothing (the file is then not written at all). */
export async function upgradeWorkbook(file: string): Promise<boolean> {
  const pkg = await PackageWorkbook.open(file, {
    headerOnly: TABS.filter((t) => t !== pengaturanTab).map((t) => t.name),
  });
  const tables = pkg.readTables(TABS.map((t) => t.name));
  const missing: string[] = [];
  for (const spec of TABS) {
    const table = tables[spec.name];
    if (!table) {
      missing.push(spec.name);
      continue;
    }
    const existing = (table[0] ?? []).map((h) => (h === null || h === undefined ? '' : String(h)));
    const header = upgradeHeader(spec, existing);
    let kept = existing.length;
    while (kept > 0 && existing[kept - 1] === '') kept--;
    if (header.length > kept)
      pkg.writeRanges([{ tab: spec.name, row: 1, column: kept + 1, values: [header.slice(kept)] }]);
    if (spec === pengaturanTab) {
      // the keys introduced since the workbook was made, with their defaults, after the office's own
      const rows = barisPengaturanKurang(kunciPengaturan(table)).map((r) =>
        recordToCells(pengaturanTab, r, header).map((c) => c ?? null),
      );
      if (header.some((h) => normalizeHeader(h) === normalizeHeader('Kunci')) && rows.length)
        pkg.appendRows(spec.name, rows);
    }
  }
  if (!pkg.changed && missing.length === 0) return false;
  let bytes = await pkg.packageBytes();
  if (missing.length) {
    // the missing tabs as a new workbook lays them out (headers, widths, dropdowns, notes, protection)
    const scratch = Buffer.from(await ExcelWorkbook.create().raw.xlsx.writeBuffer());
    bytes = withSheetsFrom(ZipPackage.parse(bytes), ZipPackage.parse(scratch), missing);
  }
  await writeAtomically(file, bytes);
  return true;
}
