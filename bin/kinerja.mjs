#!/usr/bin/env node
// The `kinerja` command: runs the bundled CLI (dist/cli/kinerja.mjs, built by `npm ci` through `prepare`).
// When the bundle is missing or older than any source it was built from, it is rebuilt first (esbuild is a
// development dependency); without esbuild an existing bundle runs as it is.
import { existsSync, readFileSync, statSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const bundle = new URL('dist/cli/kinerja.mjs', root);

function stale() {
  if (!existsSync(bundle)) return true;
  const built = statSync(bundle).mtimeMs;
  try {
    const inputs = JSON.parse(readFileSync(new URL('dist/cli/inputs.json', root), 'utf8'));
    return inputs.some((file) => {
      try {
        return statSync(new URL(file, root)).mtimeMs > built;
      } catch {
        return true; // a source was removed or renamed
      }
    });
  } catch {
    return true;
  }
}

if (stale()) {
  try {
    const { buildCli } = await import('../scripts/build-cli.mjs');
    await buildCli();
  } catch (error) {
    if (!existsSync(bundle)) {
      process.stderr.write(`kinerja: the CLI bundle is missing and cannot be built (${error.message}). Run: npm ci\n`);
      process.exit(1);
    }
  }
}
const { runCli } = await import(bundle.href);
runCli(process.argv.slice(2));
