// Run in its own process by the bench (bundled): read every tab of a workbook with the local reader, the
// baseline the local commands are compared with. Peak RSS into KINERJA_BENCH_OUT at exit.
import { writeFileSync } from 'node:fs';
import { XlsxWorkbook } from '../../functions/local/xlsx-workbook';
import { TAB_NAMES } from '../../shared';

const wb = await XlsxWorkbook.open(process.argv[2] as string);
const tables = wb.readTables(TAB_NAMES);
const rows = Object.values(tables).reduce((n, t) => n + (t?.length ?? 0), 0);
writeFileSync(
  process.env.KINERJA_BENCH_OUT ?? '/dev/null',
  JSON.stringify({
    peakMb: process.resourceUsage().maxRSS / 1024,
    cpuMs: (process.resourceUsage().userCPUTime + process.resourceUsage().systemCPUTime) / 1000,
    code: rows > 0 ? 0 : 1,
  }),
);
