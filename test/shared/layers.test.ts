// The core's layers, read from the import statements of every file in shared/: each folder has a layer,
// a file may import only from its own layer or below, and no group of folders imports each other in a
// cycle. Order: vocabulary, tabs, the parsed workbook and org, the workflow (with its writes), then what
// is computed from it (capaian, recap, documents, views), then the action service and the demo.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../shared');

const LAYERS: readonly (readonly string[])[] = [
  // vocabulary; org/nip.ts (the NIP rule) and capaian/decimal.ts (exact decimals) are plain value rules
  // capaian/ordinal.ts (grade scales, a setting) and capaian/pola.ts (measurement patterns, a column's values)
  [
    'locale',
    'messages',
    'hash',
    'settings',
    'sop',
    'org/nip.ts',
    'capaian/decimal.ts',
    'capaian/ordinal.ts',
    'capaian/pola.ts',
  ],
  // the tabs, and the workflow's vocabulary (document states, the transition table): the log replays it
  ['tabs', 'workflow/states.ts', 'workflow/transitions.ts'],
  // the parsed workbook, with the org tree and the log replayed (the truth the PK tab mirrors)
  // capaian/check.ts: the parse checks of patterns and grades across IKI, Rencana Aksi and Pengukuran;
  // cascade/: the cascade (Kode Indikator Atasan) checked against the org and the log
  ['workbook', 'org', 'log', 'capaian/check.ts', 'cascade'],
  // the workflow and its writes; checking the log against its anchor reads document content
  ['workflow', 'log/verify.ts'],
  // the office's warnings read capaian (portions) as well as the workbook
  // bukti/: where an evidence file goes and the cell its link fills
  ['capaian', 'recap', 'documents', 'sidebar', 'workbook/peringatan.ts', 'bukti'],
  ['service', 'demo'],
  ['index.ts'],
];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** A problem is a message with a place: problems.ts and messages/ are one unit (each names the other). */
const SAME_UNIT: Readonly<Record<string, string>> = { 'problems.ts': 'messages' };

/** The unit a file belongs to: a file named in LAYERS on its own, else its top folder (or itself at the root). */
function unitOf(file: string): string {
  const rel = relative(ROOT, file).replace(/\\/g, '/');
  if (SAME_UNIT[rel]) return SAME_UNIT[rel];
  if (LAYERS.some((l) => l.includes(rel))) return rel;
  return rel.includes('/') ? (rel.split('/')[0] as string) : rel;
}

function layerOf(unit: string): number {
  return LAYERS.findIndex((l) => l.includes(unit));
}

/** Every relative import (value or type) of a file, resolved to a file. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'";]*?from\s*'([^']+)'/g)].map(
    (m) => m[1] as string,
  );
  return specs
    .filter((s) => s.startsWith('.'))
    .map((s) => {
      const base = resolve(dirname(file), s);
      return base.endsWith('.ts')
        ? base
        : (files(dirname(base)).find((f) => f === `${base}.ts`) ?? join(base, 'index.ts'));
    });
}

const graph = files(ROOT).map((f) => ({ file: f, unit: unitOf(f), imports: importsOf(f) }));

describe('the layers of shared/', () => {
  it('reads a graph of the whole core', () => {
    expect(graph.length).toBeGreaterThan(50);
    expect(graph.reduce((n, g) => n + g.imports.length, 0)).toBeGreaterThan(150);
  });

  it('puts every folder in a layer', () => {
    expect(graph.filter((g) => layerOf(g.unit) < 0).map((g) => g.unit)).toEqual([]);
  });

  it('imports only from the same layer or below', () => {
    const upward = graph.flatMap((g) =>
      g.imports
        .filter((i) => layerOf(unitOf(i)) > layerOf(g.unit))
        .map((i) => `${relative(ROOT, g.file)} -> ${relative(ROOT, i)}`),
    );
    expect(upward).toEqual([]);
  });

  it('has no cycle between folders', () => {
    const edges = new Map<string, Set<string>>();
    for (const g of graph)
      for (const i of g.imports) {
        const to = unitOf(i);
        if (to !== g.unit) edges.set(g.unit, (edges.get(g.unit) ?? new Set()).add(to));
      }
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (u: string, path: string[]) => {
      if (state.get(u) === 'done') return;
      if (state.get(u) === 'open') {
        cycles.push([...path.slice(path.indexOf(u)), u].join(' -> '));
        return;
      }
      state.set(u, 'open');
      for (const v of edges.get(u) ?? []) visit(v, [...path, u]);
      state.set(u, 'done');
    };
    for (const u of edges.keys()) visit(u, []);
    expect(cycles).toEqual([]);
  });

  it('would catch an upward import', () => {
    // the check itself: a workbook file importing the workflow is flagged
    const fake = { unit: 'workbook', imports: [join(ROOT, 'workflow/act.ts')] };
    expect(fake.imports.filter((i) => layerOf(unitOf(i)) > layerOf(fake.unit))).toHaveLength(1);
  });
});
