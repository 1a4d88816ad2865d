// The `kinerja` command starts at once: bin/kinerja.mjs runs the esbuild bundle, whose start-up graph
// (the entry and the chunks it imports statically) holds none of the heavy modules; they load with the
// command that uses them. No lost updates: 50 `kinerja act` processes on one file at once each take the
// workbook's lock, read under it and save atomically, so all 50 are kept and logged once. The bundle is
// rebuilt when a source is newer, so it cannot go stale. (One file: these run the real bin one after another.)
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeOffice } from '../../bench/child/make-office';
import { XlsxWorkbook } from '../../functions/local/xlsx-workbook';
import { parseKantor, TAB_NAMES } from '../../shared';
import { tmp } from '../support/xlsx';

const ROOT = new URL('../../', import.meta.url).pathname;
const CLI = join(ROOT, 'dist/cli');
const BIN = join(ROOT, 'bin/kinerja.mjs');
const N = 50;

function kinerja(args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      err += c.toString();
    });
    child.on('close', (code) => done({ code: code ?? -1, out, err }));
  });
}

const HEAVY = [
  'exceljs',
  'docx',
  '@napi-rs/canvas',
  'chart.js',
  'saxes',
  'proper-lockfile',
  'cli-progress',
  'node:http',
  'jszip',
];

/**
 * Code the bundle carries inside its own chunks (small packages every command needs are bundled in): a
 * string each one's code holds, to find it in a chunk loaded at start-up.
 */
const HEAVY_BUNDLED: Record<string, string> = {
  saxes: 'SaxesParser',
  'proper-lockfile': 'Lock file is already being held',
};

/**
 * Every module the entry loads before running: static imports (minified or not), followed through the
 * bundle's chunks; a chunk is listed by its path.
 */
function startupImports(file: string, seen = new Set<string>()): Set<string> {
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+)["']/g)) {
    const spec = m[1] as string;
    if (spec.startsWith('./') || spec.startsWith('../')) {
      const path = join(file, '..', spec);
      if (!seen.has(path)) {
        seen.add(path);
        startupImports(path, seen);
      }
    } else seen.add(spec);
  }
  return seen;
}

describe('the kinerja bundle', () => {
  it('prints its help through the bundle, in Indonesian and English', () => {
    const help = execFileSync(process.execPath, [join(ROOT, 'bin/kinerja.mjs'), '--help'], {
      encoding: 'utf8',
    });
    expect(help).toContain('kinerja');
    expect(help).toMatch(/validate/);
    const en = execFileSync(process.execPath, [join(ROOT, 'bin/kinerja.mjs'), '--help', '--lang', 'en'], {
      encoding: 'utf8',
    });
    expect(en).not.toBe(help);
  });

  it('loads no heavy module at start-up; the commands are chunks loaded on use', () => {
    const graph = [...startupImports(join(CLI, 'kinerja.mjs'))];
    // the entry's own chunks are found (the pattern reads minified imports)
    expect(graph.some((m) => m.includes('/chunks/'))).toBe(true);
    for (const heavy of HEAVY)
      expect(graph.filter((m) => m === heavy || m.startsWith(`${heavy}/`))).toEqual([]);
    const code = [join(CLI, 'kinerja.mjs'), ...graph.filter((m) => m.startsWith('/'))].map((f) =>
      readFileSync(f, 'utf8'),
    );
    for (const [name, marker] of Object.entries(HEAVY_BUNDLED)) {
      // the marker is in the bundle (so its absence below means something)
      expect(
        readdirSync(join(CLI, 'chunks'))
          .filter((f) => f.endsWith('.mjs'))
          .some((f) => readFileSync(join(CLI, 'chunks', f), 'utf8').includes(marker)),
        name,
      ).toBe(true);
      expect(
        code.filter((c) => c.includes(marker)),
        name,
      ).toEqual([]);
    }
    const entry = readFileSync(join(CLI, 'kinerja.mjs'), 'utf8');
    expect(entry).toMatch(/import\(["']\.\/chunks\/commands-[A-Z0-9]+\.mjs["']\)/);
    expect(entry).toMatch(/import\(["']\.\/chunks\/preview-[A-Z0-9]+\.mjs["']\)/);
  });
});

describe('concurrent kinerja act on one workbook', () => {
  let file: string;
  beforeAll(async () => {
    file = join(tmp(), 'kantor.xlsx');
    await makeOffice(N + 1, file, { fresh: true, indikator: 2 });
    expect((await kinerja(['--help'])).code).toBe(0); // builds the CLI bundle once if it is stale
  }, 120_000);

  it(`${N} processes submit ${N} PKs at once: all kept, each logged once`, async () => {
    // employees 2..N+1 (employee 1 is the administrator) each submit their own PK
    const results = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        kinerja(['act', file, '--as', `pegawai${i + 2}@kantor.go.id`, 'ajukan', '--doc', 'PK']),
      ),
    );
    for (const r of results) expect(r, r.err).toMatchObject({ code: 0 });
    const k = parseKantor((await XlsxWorkbook.open(file)).readTables(TAB_NAMES));
    expect(k.problems).toEqual([]);
    const submitted = k.pk.filter((r) => r.value.statusPk === 'Diajukan').map((r) => r.value.nip);
    expect(new Set(submitted).size).toBe(N);
    const logged = k.riwayat.map((r) => r.value.email);
    expect(logged).toHaveLength(N);
    expect(new Set(logged).size).toBe(N);
  }, 240_000);
});

describe('the kinerja bundle, rebuilt', () => {
  it('is rebuilt when a source it was built from is newer', () => {
    const inputs: string[] = JSON.parse(readFileSync(join(CLI, 'inputs.json'), 'utf8'));
    expect(inputs).toContain('functions/local/cli.ts');
    const bundle = join(CLI, 'kinerja.mjs');
    const before = statSync(bundle).mtimeMs;
    const source = join(ROOT, 'functions/local/local-error.ts');
    const future = new Date(before + 60_000);
    const original = statSync(source);
    try {
      utimesSync(source, future, future);
      execFileSync(process.execPath, [join(ROOT, 'bin/kinerja.mjs'), '--help'], { encoding: 'utf8' });
      expect(statSync(bundle).mtimeMs).toBeGreaterThan(before);
    } finally {
      utimesSync(source, original.atime, original.mtime);
    }
  });
});
