import { functionsCases } from '/work/wt/localio/bench/cases/functions';
import { localCases } from '/work/wt/localio/bench/cases/local';
import { formatTable, runCases } from '/work/wt/localio/bench/harness';

const rows = await runCases([...localCases, ...functionsCases], (r) =>
  process.stderr.write(`${r.case} ${r.size} ${r.figure} ${r.unit}\n`),
);
console.log(formatTable(rows));
