// Run in its own process by the bench: annual recap (parse + compile + render DOCX) for N employees x 10
// indicators; prints {ms, peakMb} where peakMb is the process's maximum resident set size.
import { createHash } from 'node:crypto';
import { renderRekapDocx } from '../../functions/render/recap-docx';
import { compileRekap, parseKantor, syntheticTables } from '../../shared';

const n = Number(process.argv[2]);
const sha256 = (t: string) => createHash('sha256').update(t).digest('hex');
const tables = syntheticTables(n, 10, true);
const start = performance.now();
const model = compileRekap(parseKantor(tables), 'TAHUNAN', Date.now(), sha256);
if (!model.ok) throw new Error('recap refused');
const docx = await renderRekapDocx(model.value);
const ms = performance.now() - start;
process.stdout.write(
  `${JSON.stringify({ ms, peakMb: process.resourceUsage().maxRSS / 1024, bytes: docx.length })}\n`,
);
