// Run in its own process by the bench: the `kinerja` CLI exactly as bin/kinerja.mjs runs it (the bundle),
// then, at exit, the process's peak resident set size and CPU time into the file named by KINERJA_BENCH_OUT.
import { writeFileSync } from 'node:fs';

/** User and system CPU time of the process so far (a loaded machine stretches wall time, not this). */
const cpuMs = () => {
  const u = process.resourceUsage();
  return (u.userCPUTime + u.systemCPUTime) / 1000;
};

process.on('exit', (code) => {
  writeFileSync(
    process.env.KINERJA_BENCH_OUT ?? '/dev/null',
    JSON.stringify({ peakMb: process.resourceUsage().maxRSS / 1024, cpuMs: cpuMs(), code }),
  );
});
await import('../../bin/kinerja.mjs');
