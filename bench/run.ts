// `npm run bench`: runs every benchmark case and prints one table (case, size, figure, unit, budget, ok).
import { addonCases } from './cases/addon';
import { coreCases } from './cases/core';
import { functionsCases } from './cases/functions';
import { localCases } from './cases/local';
import { formatTable, runCases } from './harness';

const rows = await runCases([...coreCases, ...localCases, ...addonCases, ...functionsCases], (row) =>
  process.stderr.write(`  ${row.case} @ ${row.size}: ${row.figure} ${row.unit}\n`),
);
process.stdout.write(`${formatTable(rows)}\n`);
process.exitCode = rows.some((r) => r.ok === 'OVER') ? 1 : 0;
