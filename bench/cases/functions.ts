// Recap function benchmarks, each measured in a fresh process on bundled code (as deployed): the annual
// recap through the real HTTP handler against the local Google API server over HTTP (identity check,
// values.batchGet parsing, compile, DOCX render, Drive upload, the Rekap and Riwayat writes), and the cold
// import of the built entry point. Figures are medians of 5 runs with min and max.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { nodeSha256 } from '../../functions/platform/sha256';
import { jangkarDari, parseKantor } from '../../shared';
import { GoogleApiServer } from '../../test/support/google-api-server';
import { certs, idToken } from '../../test/support/tokens';
import { benchOfficeTables } from '../child/make-office';
import {
  BENCH_ADMIN,
  BENCH_ADMIN_AUDIENCE,
  BENCH_OFFICE,
  DEPLOYED_NODE_OPTIONS,
} from '../child/recap-http-config';
import { type BenchCase, median } from '../harness';

const RUNS = 5;

function child(args: string[], env: Record<string, string> = {}): Record<string, number> {
  const out = execFileSync(process.execPath, args, {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
    env: { ...process.env, ...env },
  });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}');
}

export const functionsCases: BenchCase[] = [
  {
    name: 'functions: annual recap over HTTP, as deployed (real handler, local Google API server, x10 indicators)',
    sizes: (process.env.KINERJA_BENCH_SIZES ?? '10,100,1000').split(',').map(Number),
    async run(size) {
      // split as the deploy build splits (scripts/build.mjs): the renderer and its libraries are a chunk the
      // request loads on first use, as in the deployed function
      const bundle = resolve('dist/bench/recap-http/recap-http.mjs');
      await build({
        entryPoints: { 'recap-http': 'bench/child/recap-http.ts' },
        outdir: 'dist/bench/recap-http',
        outExtension: { '.js': '.mjs' },
        splitting: true,
        chunkNames: 'chunks/[name]-[hash]',
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        packages: 'external',
        logLevel: 'warning',
      });
      const google = new GoogleApiServer();
      await google.start();
      // the office's recap folder, in a Shared Drive (where a service account may create files)
      google.sharedDrive('drive-bench', 'folder-bench');
      const env = {
        KINERJA_BENCH_GOOGLE: google.url,
        KINERJA_BENCH_CERTS: JSON.stringify(await certs()),
        KINERJA_BENCH_TOKEN: idToken({ email: BENCH_ADMIN, aud: BENCH_ADMIN_AUDIENCE, hd: 'kantor.go.id' }),
      };
      const runs: Record<string, number>[] = [];
      try {
        for (let i = 0; i < RUNS; i++) {
          // each run starts from the same office (a rerun would replace the same Rekap rows anyway)
          // the local rows' office: the head's office IKU gives the recap its IKU section and charts
          const tables = benchOfficeTables(Number(size));
          google.spreadsheets.set(BENCH_OFFICE, tables);
          // the log's anchor, as the add-on sends it with the request
          const j = jangkarDari(
            nodeSha256,
            parseKantor(tables).riwayat.map((r) => r.value),
          );
          const anchor = JSON.stringify({ length: j.panjang, head: j.kepala, digest: j.sidik });
          // the API server runs in this process (so the child is not waited for synchronously)
          // with the deploy recipe's NODE_OPTIONS (the heap the deployed function has)
          const { stdout, stderr } = await promisify(execFile)(process.execPath, [bundle], {
            encoding: 'utf8',
            maxBuffer: 1 << 20,
            env: {
              ...process.env,
              ...env,
              KINERJA_BENCH_ANCHOR: anchor,
              NODE_OPTIONS: DEPLOYED_NODE_OPTIONS,
            },
          });
          const r = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as Record<string, number>;
          if (r.status !== 200) throw new Error(`recap answered ${r.status}: ${stderr}`);
          runs.push(r);
        }
      } finally {
        await google.stop();
      }
      const ms = median(runs.map((r) => r.ms ?? Number.NaN));
      const cpu = median(runs.map((r) => r.cpuMs ?? Number.NaN));
      const mb = median(runs.map((r) => r.peakMb ?? Number.NaN));
      const big = Number(size) >= 1000;
      return [
        { figure: ms.figure, unit: 'ms', budget: big ? 3000 : null, spread: ms.spread },
        { figure: cpu.figure, unit: 'ms CPU', budget: null, spread: cpu.spread },
        { figure: mb.figure, unit: 'MB peak RSS', budget: big ? 256 : null, spread: mb.spread },
      ];
    },
  },
  {
    name: 'functions: cold import of dist/functions/index.mjs',
    sizes: ['-'],
    run() {
      const entry = resolve('dist/functions/index.mjs');
      if (!existsSync(entry)) execFileSync('npm', ['run', 'build'], { stdio: 'ignore' });
      const ms = median(
        Array.from({ length: RUNS }, () => child(['bench/child/cold-import.mjs', entry]).ms ?? Number.NaN),
      );
      return [{ figure: ms.figure, unit: 'ms', budget: 300, spread: ms.spread }];
    },
  },
];
