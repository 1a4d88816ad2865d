// The `kinerja` CLI as an esbuild bundle: dist/cli/kinerja.mjs (commander, the catalogue and the argument
// parsing) with every command in a chunk loaded when it runs (exceljs, docx, canvas, the preview server stay
// out of `kinerja --help`). dist/cli/inputs.json lists the project sources it was built from, so that
// bin/kinerja.mjs rebuilds it when any of them is newer (it cannot go stale), and `npm ci` builds it
// through the `prepare` script.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function buildCli() {
  const { build } = await import('esbuild');
  // built aside, then swapped in, so that a running `kinerja` never sees a half-written bundle
  const final = join(ROOT, 'dist/cli');
  const stamp = `${process.pid}-${Date.now()}`;
  const out = join(ROOT, `dist/.cli-${stamp}`);
  await mkdir(out, { recursive: true });
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: { kinerja: 'functions/local/cli.ts' },
    outdir: out,
    outExtension: { '.js': '.mjs' },
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    // whitespace and syntax only: names stay readable in stack traces and profiles
    minifyWhitespace: true,
    minifySyntax: true,
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
  });
  const inputs = Object.keys(result.metafile.inputs)
    .filter((f) => !f.includes('node_modules'))
    .map((f) => relative(ROOT, join(ROOT, f)));
  await writeFile(join(out, 'inputs.json'), `${JSON.stringify(inputs.sort(), null, 0)}\n`);
  const old = join(ROOT, `dist/.cli-old-${stamp}`);
  await rename(final, old).catch(() => {});
  await rename(out, final).catch(() => rm(out, { recursive: true, force: true })); // another build won
  await rm(old, { recursive: true, force: true });
  return inputs.length;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const n = await buildCli();
  console.log(`built dist/cli (${n} sources)`);
}
