// Run in its own process by the bench: the `kinerja` CLI exactly as bin/kinerja.mjs runs it (the bundle),
// then, at exit, the process's peak resident set size into the file named by KINERJA_BENCH_OUT.
import { writeFileSync } from 'node:fs';

process.on('exit', (code) => {
  writeFileSync(
    process.env.KINERJA_BENCH_OUT ?? '/dev/null',
    JSON.stringify({ peakMb: process.resourceUsage().maxRSS / 1024, code }),
  );
});
await import('../../bin/kinerja.mjs');
