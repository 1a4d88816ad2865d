// The benchmark harness: cases measure a figure at several sizes and compare it with a budget.
// Benchmarks measure; tests never assert wall-clock time.

export interface Measurement {
  readonly figure: number;
  readonly unit: string;
  /** The figure must not exceed this (null: reported only). */
  readonly budget: number | null;
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
  readonly unit: string;
  readonly budget: string;
  readonly ok: string;
}

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
          figure: Number.isInteger(m.figure) ? String(m.figure) : m.figure.toFixed(1),
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
  const cols = ['case', 'size', 'figure', 'unit', 'budget', 'ok'] as const;
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => r[c].length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 2 || i === 4 ? c.padStart(width[i] ?? 0) : c.padEnd(width[i] ?? 0)))
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
