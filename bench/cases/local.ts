// Local-mode benchmarks, each run as a user runs it: a fresh `kinerja` process on an office workbook of
// 10 / 100 / 1,000 employees x 10 indicators (a year of measurements). Each figure is the median of 5 runs
// (with min and max) of the wall time from process start to exit, and the peak RSS; the ratio compares a
// command with reading the same file fully with the same reader in the same way (a process that reads
// every tab and exits).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { syntheticNip } from '../../shared';
import { makeOffice } from '../child/make-office';
import { type BenchCase, type Measurement, median } from '../harness';

const RUNS = 5;
/** `KINERJA_BENCH_SIZES=1000 npm run bench -- local` measures one size only. */
const SIZES = (process.env.KINERJA_BENCH_SIZES ?? '10,100,1000').split(',').map(Number);
const dir = mkdtempSync(join(tmpdir(), 'kinerja-bench-'));
const BIN = resolve('bench/child/cli-run.mjs');
const READ = resolve('dist/bench/full-read.mjs');

interface Run {
  readonly ms: number;
  readonly peakMb: number;
  /** User + system CPU time of the process. */
  readonly cpuMs: number;
}

function once(args: string[], before?: () => void): Run {
  before?.();
  const out = join(dir, 'run.json');
  rmSync(out, { force: true });
  const start = performance.now();
  const r = spawnSync(process.execPath, args, {
    env: { ...process.env, KINERJA_BENCH_OUT: out },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const ms = performance.now() - start;
  const result = JSON.parse(readFileSync(out, 'utf8')) as { peakMb: number; cpuMs: number; code: number };
  if (r.status !== 0 || result.code !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  return { ms, peakMb: result.peakMb, cpuMs: result.cpuMs };
}

interface Runs {
  ms: number[];
  peakMb: number[];
  cpuMs: number[];
}

function runs(args: string[], before?: () => void): Runs {
  const all = Array.from({ length: RUNS }, () => once(args, before));
  return { ms: all.map((r) => r.ms), peakMb: all.map((r) => r.peakMb), cpuMs: all.map((r) => r.cpuMs) };
}

/** A workbook and its log's anchor (the sidecar next to it), copied for one run. */
function copyOffice(from: string, to: string): void {
  copyFileSync(from, to);
  const anchor = `${from}.jangkar.json`;
  if (existsSync(anchor)) copyFileSync(anchor, `${to}.jangkar.json`);
  else rmSync(`${to}.jangkar.json`, { force: true });
}

const files = new Map<number, { year: string; fresh: string }>();
async function office(n: number): Promise<{ year: string; fresh: string }> {
  let f = files.get(n);
  if (!f) {
    f = { year: join(dir, `kantor-${n}.xlsx`), fresh: join(dir, `kantor-${n}-awal.xlsx`) };
    await makeOffice(n, f.year);
    await makeOffice(n, f.fresh, { fresh: true });
    files.set(n, f);
  }
  return f;
}

const fullReads = new Map<number, { ms: number; cpuMs: number }>();
async function fullRead(n: number): Promise<Runs> {
  await build({
    entryPoints: ['bench/child/full-read.ts'],
    outfile: READ,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
  const r = runs([READ, (await office(n)).year]);
  fullReads.set(n, { ms: median(r.ms).figure, cpuMs: median(r.cpuMs).figure });
  return r;
}

/**
 * Time, peak memory and the ratio to the full read, with the budgets at 1,000 employees. The ratio
 * is given on wall time and on CPU time (user + system): on a shared machine under load, wall time measures
 * the load as much as the command, CPU time the command.
 */
function figures(n: number, r: Runs, budgets: { ms?: number; mb?: number; ratio?: number }): Measurement[] {
  const big = n >= 1000;
  const ms = median(r.ms);
  const mb = median(r.peakMb);
  const cpu = median(r.cpuMs);
  const read = fullReads.get(n);
  const ratio = (unit: string, figure: number): Measurement => ({
    figure,
    unit,
    budget: big ? (budgets.ratio ?? null) : null,
  });
  return [
    { figure: ms.figure, unit: 'ms', budget: big ? (budgets.ms ?? null) : null, spread: ms.spread },
    { figure: cpu.figure, unit: 'ms CPU', budget: null, spread: cpu.spread },
    { figure: mb.figure, unit: 'MB peak RSS', budget: big ? (budgets.mb ?? null) : null, spread: mb.spread },
    ...(read
      ? [ratio('x full read', ms.figure / read.ms), ratio('x full read (CPU)', cpu.figure / read.cpuMs)]
      : []),
  ];
}

const READERS = resolve('dist/bench/readers.mjs');

export const localCases: BenchCase[] = [
  {
    name: 'local: reading every tab in-process, by reader (package SAX pass / exceljs stream / exceljs)',
    sizes: [1000],
    async run(size) {
      await build({
        entryPoints: ['bench/child/readers.ts'],
        outfile: READERS,
        bundle: true,
        platform: 'node',
        format: 'esm',
        packages: 'external',
        logLevel: 'warning',
      });
      const { year } = await office(Number(size));
      const out: Measurement[] = [];
      for (const reader of ['package', 'exceljs-stream', 'exceljs']) {
        const all = Array.from({ length: RUNS }, () => {
          const r = spawnSync(process.execPath, [READERS, reader, year], { encoding: 'utf8' });
          if (r.status !== 0) throw new Error(`${reader}: ${r.stderr}`);
          return JSON.parse(r.stdout.trim()) as { ms: number; peakMb: number };
        });
        const ms = median(all.map((r) => r.ms));
        const mb = median(all.map((r) => r.peakMb));
        out.push({ figure: ms.figure, unit: `ms ${reader}`, budget: null, spread: ms.spread });
        out.push({ figure: mb.figure, unit: `MB peak RSS ${reader}`, budget: null, spread: mb.spread });
      }
      return out;
    },
  },
  {
    name: 'local: full read of every tab (the baseline reader)',
    sizes: SIZES,
    async run(size) {
      const n = Number(size);
      const r = await fullRead(n);
      const ms = median(r.ms);
      const cpu = median(r.cpuMs);
      const mb = median(r.peakMb);
      return [
        { figure: ms.figure, unit: 'ms', budget: null, spread: ms.spread },
        { figure: cpu.figure, unit: 'ms CPU', budget: null, spread: cpu.spread },
        { figure: mb.figure, unit: 'MB peak RSS', budget: null, spread: mb.spread },
      ];
    },
  },
  {
    name: 'local: kinerja validate',
    sizes: SIZES,
    async run(size) {
      const n = Number(size);
      return figures(n, runs([BIN, 'validate', (await office(n)).year]), { ratio: 1.2 });
    },
  },
  {
    name: 'local: kinerja act (one click: submit a PK)',
    sizes: SIZES,
    async run(size) {
      const n = Number(size);
      const { fresh } = await office(n);
      const copy = join(dir, `act-${n}.xlsx`);
      const r = runs([BIN, 'act', copy, '--as', 'pegawai2@kantor.go.id', 'ajukan', '--doc', 'PK'], () =>
        copyOffice(fresh, copy),
      );
      return figures(n, r, { ms: 2000, mb: 300, ratio: 0.5 });
    },
  },
  {
    name: 'local: kinerja act late in the year (follow up TW IV, with the whole year in Riwayat)',
    sizes: SIZES,
    async run(size) {
      const n = Number(size);
      const late = join(dir, `kantor-${n}-akhir.xlsx`);
      await makeOffice(n, late, { late: true });
      const copy = join(dir, `act-late-${n}.xlsx`);
      const r = runs(
        [
          BIN,
          'act',
          copy,
          '--as',
          `pegawai${n}@kantor.go.id`,
          'tindaklanjut',
          '--doc',
          'TW4',
          '--note',
          'Dilaksanakan',
        ],
        () => copyOffice(late, copy),
      );
      return figures(n, r, { ms: 2000, mb: 300 });
    },
  },
  {
    name: 'local: kinerja recap TAHUNAN, no PDF',
    sizes: SIZES,
    async run(size) {
      const n = Number(size);
      const { year } = await office(n);
      const copy = join(dir, `recap-${n}.xlsx`);
      const out = join(dir, `out-${n}`);
      mkdirSync(out, { recursive: true });
      const r = runs([BIN, 'recap', copy, '--period', 'TAHUNAN', '--out', out, '--no-pdf'], () =>
        copyOffice(year, copy),
      );
      return figures(n, r, { mb: 400, ratio: 1.5 });
    },
  },
  {
    name: 'local: kinerja document (one signed PK, no PDF)',
    sizes: SIZES,
    async run(size) {
      const n = Number(size);
      const { year } = await office(n);
      const copy = join(dir, `doc-${n}.xlsx`);
      const out = join(dir, `doc-out-${n}`);
      mkdirSync(out, { recursive: true });
      const r = runs(
        [BIN, 'document', copy, '--nip', syntheticNip(2), '--kind', 'PK', '--out', out, '--no-pdf'],
        () => copyOffice(year, copy),
      );
      return figures(n, r, {});
    },
  },
  {
    name: 'local: kinerja --help',
    sizes: ['-'],
    run() {
      const r = runs([BIN, '--help']);
      const ms = median(r.ms);
      return [{ figure: ms.figure, unit: 'ms', budget: 300, spread: ms.spread }];
    },
  },
];
