// The benchmark harness: cases measure a figure at several sizes and compare it with a budget.
// Benchmarks measure; tests never assert wall-clock time.

export interface Measurement {
  readonly figure: number;
  readonly unit: string;
  /** The figure must not exceed this (null: reported only). */
  readonly budget: number | null;
  /** When the figure is the median of several runs: their minimum, maximum and count. */
  readonly spread?: { readonly min: number; readonly max: number; readonly runs: number };
}

/** The median of a set of runs, with its spread (the figure a bench reports, never the best run). */
export function median(values: readonly number[]): { figure: number; spread: Measurement['spread'] } {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const figure =
    sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return {
    figure,
    spread: { min: sorted[0] as number, max: sorted.at(-1) as number, runs: sorted.length },
  };
}

export interface BenchCase {
  readonly name: string;
  readonly sizes: readonly (number | string)[];
  run(size: number | string): Promise<Measurement[]> | Measurement[];
}

export interface Row {
  readonly case: string;
  readonly size: string;
  readonly figure: string;
  readonly range: string;
  readonly unit: string;
  readonly budget: string;
  readonly ok: string;
}

const show = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(n < 10 ? 2 : 1));

export async function runCases(
  cases: readonly BenchCase[],
  onRow: (row: Row) => void = () => {},
): Promise<Row[]> {
  const rows: Row[] = [];
  for (const c of cases) {
    for (const size of c.sizes) {
      for (const m of await c.run(size)) {
        const row: Row = {
          case: c.name,
          size: String(size),
          figure: show(m.figure),
          range: m.spread ? `${show(m.spread.min)}-${show(m.spread.max)} (${m.spread.runs})` : '-',
          unit: m.unit,
          budget: m.budget === null ? '-' : String(m.budget),
          ok: m.budget === null ? '-' : m.figure <= m.budget ? 'ok' : 'OVER',
        };
        rows.push(row);
        onRow(row);
      }
    }
  }
  return rows;
}

export function formatTable(rows: readonly Row[]): string {
  const cols = ['case', 'size', 'figure', 'range', 'unit', 'budget', 'ok'] as const;
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => r[c].length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 2 || i === 5 ? c.padStart(width[i] ?? 0) : c.padEnd(width[i] ?? 0)))
      .join('  ');
  return [
    line(cols),
    line(width.map((w) => '-'.repeat(w))),
    ...rows.map((r) => line(cols.map((c) => r[c]))),
  ].join('\n');
}

/** Time one call in milliseconds (best of `repeat`). */
export async function timeMs(fn: () => unknown, repeat = 3): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    await fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}
