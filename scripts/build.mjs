// `npm run build`: the deployable bundles.
//   dist/addon/Code.js         the add-on as one IIFE plus a top-level function per entry point
//   dist/addon/Sidebar.html    the sidebar with its script and CSS inlined (HtmlService serves one file)
//   dist/addon/appsscript.json the manifest
//   dist/functions/index.mjs   the Cloud Functions entry (node_modules stay external; deploy with package.json)
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';

const GLOBAL = '__kinerja';

async function addon() {
  await mkdir('dist/addon', { recursive: true });
  const result = await build({
    entryPoints: ['addon/main.ts'],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    platform: 'neutral',
    target: 'es2019',
    write: false,
    // Code.js.map maps the bundle back to addon/ and shared/ (coverage of the vm runs, stack traces)
    outfile: 'dist/addon/Code.js',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'));
  const map = result.outputFiles.find((f) => f.path.endsWith('.js.map'));
  await writeFile('dist/addon/Code.js.map', map.text);
  // the entry points are the exports of addon/main.ts (an ESM build's metafile lists them)
  const esm = await build({ entryPoints: ['addon/main.ts'], bundle: true, format: 'esm', platform: 'neutral', write: false, metafile: true, logLevel: 'silent' });
  const entryPoints = Object.values(esm.metafile.outputs)[0].exports.slice().sort();
  const footer = entryPoints.map((name) => `function ${name}() { return ${GLOBAL}.${name}.apply(this, arguments); }`).join('\n');
  await writeFile('dist/addon/Code.js', `${js.text}\n${footer}\n`);

  const client = await build({
    entryPoints: ['addon/sidebar/client.ts'],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2019',
    write: false,
    minify: true,
    logLevel: 'warning',
  });
  const html = await readFile('addon/sidebar/index.html', 'utf8');
  const css = await readFile('addon/sidebar/style.css', 'utf8');
  const script = client.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  await writeFile('dist/addon/Sidebar.html', html.replace('/*STYLE*/', () => css).replace('/*SCRIPT*/', () => script));
  await copyFile('appsscript.json', 'dist/addon/appsscript.json');
  return entryPoints;
}

async function functions() {
  await mkdir('dist/functions', { recursive: true });
  // code splitting: the renderer and its libraries are a chunk loaded on first use, not at cold start
  await build({
    entryPoints: { index: 'functions/index.ts' },
    outdir: 'dist/functions',
    outExtension: { '.js': '.mjs' },
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
  const pkg = JSON.parse(await readFile('package.json', 'utf8'));
  await writeFile(
    'dist/functions/package.json',
    `${JSON.stringify({ name: 'kinerja-recap', private: true, type: 'module', main: 'index.mjs', engines: { node: '>=20' }, dependencies: pkg.dependencies }, null, 2)}\n`,
  );
}

const entryPoints = await addon();
await functions();
console.log(`built dist/addon (${entryPoints.length} entry points) and dist/functions`);
