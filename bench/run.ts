// `npm run bench`: runs every benchmark case and prints one table (case, size, figure, unit, budget, ok).
// `npm run bench -- local recap` runs only the cases whose name contains one of the words given.
import { addonCases } from './cases/addon';
import { coreCases } from './cases/core';
import { functionsCases } from './cases/functions';
import { localCases } from './cases/local';
import { formatTable, runCases } from './harness';

const only = process.argv.slice(2).map((w) => w.toLowerCase());
const cases = [...coreCases, ...localCases, ...addonCases, ...functionsCases].filter(
  (c) => only.length === 0 || only.some((w) => c.name.toLowerCase().includes(w)),
);
const rows = await runCases(cases, (row) =>
  process.stderr.write(`  ${row.case} @ ${row.size}: ${row.figure} ${row.unit}\n`),
);
process.stdout.write(`${formatTable(rows)}\n`);
process.exitCode = rows.some((r) => r.ok === 'OVER') ? 1 : 0;
