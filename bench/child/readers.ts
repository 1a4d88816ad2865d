// Run in its own process by the bench (bundled): read every tab's values of a workbook with one reader
// (`package`: the local mode's SAX pass; `exceljs-stream`: exceljs's streaming WorkbookReader;
// `exceljs`: exceljs loading the whole workbook), for the choice of reader. Prints {ms, peakMb, cells}.
import ExcelJS from 'exceljs';
import { XlsxWorkbook } from '../../functions/local/xlsx-workbook';
import { TAB_NAMES } from '../../shared';

const [reader, file] = process.argv.slice(2) as [string, string];
const start = performance.now();
let cells = 0;
if (reader === 'package') {
  const tables = (await XlsxWorkbook.open(file)).readTables(TAB_NAMES);
  for (const t of Object.values(tables)) for (const row of t ?? []) cells += row.length;
} else if (reader === 'exceljs-stream') {
  const wb = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'cache',
    worksheets: 'emit',
  });
  for await (const ws of wb)
    for await (const row of ws) cells += Array.isArray(row.values) ? row.values.length - 1 : 0;
} else {
  const wb = new ExcelJS.Workbook();
  // its dropdowns are not read: exceljs expands an open-ended range into one entry per cell
  await wb.xlsx.readFile(file, { ignoreNodes: ['dataValidations'] });
  wb.eachSheet((ws) => {
    ws.eachRow((row) => {
      cells += Array.isArray(row.values) ? row.values.length - 1 : 0;
    });
  });
}
const ms = performance.now() - start;
process.stdout.write(`${JSON.stringify({ ms, peakMb: process.resourceUsage().maxRSS / 1024, cells })}\n`);
