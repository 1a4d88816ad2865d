// `npm run build`: the deployable bundles.
//   dist/functions/index.mjs  the Cloud Functions entry (node_modules stay external; deploy with package.json)
// (The add-on bundle is added to this script by the add-on issue.)
import { mkdir, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';

await mkdir('dist/functions', { recursive: true });
await build({
  entryPoints: ['functions/index.ts'],
  outfile: 'dist/functions/index.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
const pkg = JSON.parse(await (await import('node:fs/promises')).readFile('package.json', 'utf8'));
await writeFile(
  'dist/functions/package.json',
  `${JSON.stringify({ name: 'kinerja-recap', private: true, type: 'module', main: 'index.mjs', engines: { node: '>=20' }, dependencies: pkg.dependencies }, null, 2)}\n`,
);
console.log('built dist/functions');
