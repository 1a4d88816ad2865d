// Recap function benchmarks, each measured in a fresh process: compile + render of the annual recap at
// office sizes (time and peak memory), and the cold import of the built entry point.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import type { BenchCase } from '../harness';

function child(args: string[]): Record<string, number> {
  const out = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}');
}

export const functionsCases: BenchCase[] = [
  {
    name: 'functions: annual recap pipeline: compile + render DOCX + write back (x10 indicators)',
    sizes: [10, 100, 1000],
    async run(size) {
      // measured on bundled code, as deployed (not through the tsx loader)
      const bundle = resolve('dist/bench/recap-size.mjs');
      await build({
        entryPoints: ['bench/child/recap-size.ts'],
        outfile: bundle,
        bundle: true,
        platform: 'node',
        format: 'esm',
        packages: 'external',
        logLevel: 'warning',
      });
      // best time of two fresh processes; the larger peak of the two
      const runs = [child([bundle, String(size)]), child([bundle, String(size)])];
      const r = {
        ms: Math.min(...runs.map((x) => x.ms ?? Number.NaN)),
        peakMb: Math.max(...runs.map((x) => x.peakMb ?? Number.NaN)),
      };
      const big = Number(size) >= 1000;
      return [
        { figure: r.ms ?? Number.NaN, unit: 'ms', budget: big ? 3000 : null },
        { figure: r.peakMb ?? Number.NaN, unit: 'MB peak RSS', budget: big ? 256 : null },
      ];
    },
  },
  {
    name: 'functions: cold import of dist/functions/index.mjs',
    sizes: ['-'],
    run() {
      const entry = resolve('dist/functions/index.mjs');
      if (!existsSync(entry)) execFileSync('npm', ['run', 'build'], { stdio: 'ignore' });
      const runs = [0, 1, 2].map(() => child(['bench/child/cold-import.mjs', entry]).ms ?? Number.NaN);
      return [{ figure: Math.min(...runs), unit: 'ms', budget: 300 }];
    },
  },
];
