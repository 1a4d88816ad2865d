// The `kinerja` CLI as an esbuild bundle: dist/cli/kinerja.mjs (commander, the catalogue and the argument
// parsing) with every command in a chunk loaded when it runs (exceljs, docx, canvas, the preview server stay
// out of `kinerja --help`). dist/cli/inputs.json lists the project sources it was built from, so that
// bin/kinerja.mjs rebuilds it when any of them is newer (it cannot go stale), and `npm ci` builds it
// through the `prepare` script.
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Read at every start of every command: bundled (the others are loaded by the commands that use them). */
const BUNDLED = new Set(['big.js', 'commander', 'proper-lockfile', 'saxes']);

export async function buildCli() {
  const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
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
    // the small pure-JavaScript packages every command loads are bundled in (one module to load instead of
    // a dozen, with no CommonJS export scan at start); the rest stay where npm put them
    external: Object.keys(pkg.dependencies).filter((name) => !BUNDLED.has(name)),
    // CommonJS bundled into ES modules requires Node's own modules through a real `require`
    banner: { js: "import{createRequire as __kinerjaRequire}from'node:module';const require=__kinerjaRequire(import.meta.url);" },
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
