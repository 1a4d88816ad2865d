// Run in its own process by the bench: the annual recap pipeline (read, compile, render DOCX, write back)
// for N employees x 10 indicators, as the function runs it; prints {ms, peakMb, bytes} where peakMb is the
// process's maximum resident set size. The workbook hands over its tables once, as a Sheets batchGet
// response would, and the store only measures the document.
import { createHash } from 'node:crypto';
import { runRecap } from '../../functions/recap/pipeline';
import { syntheticTables, type Tables, type Workbook } from '../../shared';

const n = Number(process.argv[2]);
const sha256 = (t: string) => createHash('sha256').update(t).digest('hex');
let tables: Tables | null = syntheticTables(n, 10, sha256);
const wb: Workbook = {
  readTables: () => {
    const t = tables ?? {};
    tables = null;
    return t;
  },
  writeRanges: () => {},
  appendRows: () => {},
};
let bytes = 0;
const start = performance.now();
const result = await runRecap(
  wb,
  {
    publish: async (doc) => {
      bytes = doc.docx.length;
      return { docUrl: 'https://docs.google.com/document/d/bench/edit', pdfUrl: null };
    },
  },
  { officeId: 'bench', periode: 'TAHUNAN', email: 'pegawai1@kantor.go.id', now: Date.now() },
  sha256,
);
if (!result.ok) throw new Error('recap refused');
const ms = performance.now() - start;
process.stdout.write(`${JSON.stringify({ ms, peakMb: process.resourceUsage().maxRSS / 1024, bytes })}\n`);
