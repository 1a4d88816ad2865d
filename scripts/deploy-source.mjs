// The Cloud Functions deploy source's package.json and package-lock.json, derived from the build, never
// written by hand: the dependencies are exactly the packages the cloud bundle imports (esbuild's metafile,
// plus packages whose files the bundled code resolves at run time, e.g. a font folder), at the versions
// pinned in the project's package.json; the lockfile is the project's own package-lock.json cut down to
// what those packages need (npm's lockfile v3 layout), so `npm ci` in the deploy source installs exactly
// the versions that were tested, without asking the registry at build time.
import { readFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';

const BUILTIN = new Set(builtinModules);

/** "pkg/sub/path" or "@scope/pkg/sub" -> the package name; null for Node built-ins. */
export function packageOf(specifier) {
  if (specifier.startsWith('node:') || BUILTIN.has(specifier.split('/')[0])) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** An esbuild plugin that records packages resolved at run time (`require.resolve('pkg/...')`) in project files. */
export function runtimeResolves(found) {
  return {
    name: 'runtime-resolves',
    setup(build) {
      build.onLoad({ filter: /\.[cm]?[jt]s$/ }, async (args) => {
        if (args.path.includes('node_modules')) return undefined;
        const text = await readFile(args.path, 'utf8');
        for (const m of text.matchAll(/\.resolve\(\s*['"]([^'"./][^'"]*)['"]\s*\)/g)) {
          const name = packageOf(m[1]);
          if (name) found.add(name);
        }
        return undefined;
      });
    },
  };
}

/** Packages the bundle imports (external imports of every output). */
export function importedPackages(metafile) {
  const names = new Set();
  for (const output of Object.values(metafile.outputs))
    for (const i of output.imports) if (i.external) {
      const name = packageOf(i.path);
      if (name) names.add(name);
    }
  return names;
}

/** The lockfile entries reachable from `deps`, resolved as Node does (nearest node_modules first). */
export function pruneLock(lock, deps, rootName, rootVersion) {
  const all = lock.packages;
  const keep = new Map();
  const find = (from, name) => {
    let base = from;
    for (;;) {
      const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
      if (all[candidate]) return candidate;
      if (!base) return null;
      const i = base.lastIndexOf('/node_modules/');
      base = i < 0 ? '' : base.slice(0, i);
    }
  };
  const visit = (from, name, optional) => {
    const at = find(from, name);
    if (!at) {
      if (optional) return;
      throw new Error(`package-lock.json has no ${name} (needed by ${from || 'the deploy source'})`);
    }
    if (keep.has(at)) return;
    const entry = all[at];
    keep.set(at, entry);
    for (const d of Object.keys(entry.dependencies ?? {})) visit(at, d, false);
    for (const d of Object.keys(entry.optionalDependencies ?? {})) visit(at, d, true);
    for (const d of Object.keys(entry.peerDependencies ?? {}))
      visit(at, d, true); // a peer is the host's choice: kept when the lock has it
  };
  for (const name of Object.keys(deps)) visit('', name, false);
  const packages = { '': { name: rootName, version: rootVersion, dependencies: deps } };
  for (const key of [...keep.keys()].sort()) {
    const { dev, devOptional, ...entry } = keep.get(key);
    if (devOptional) entry.optional = entry.optional ?? false;
    packages[key] = entry;
  }
  return { name: rootName, version: rootVersion, lockfileVersion: 3, requires: true, packages };
}

/** package.json and package-lock.json of the deploy source. */
export async function deploySource(metafile, runtime) {
  const pkg = JSON.parse(await readFile('package.json', 'utf8'));
  const lock = JSON.parse(await readFile('package-lock.json', 'utf8'));
  const names = [...new Set([...importedPackages(metafile), ...runtime])].sort();
  const dependencies = {};
  for (const name of names) {
    const version = pkg.dependencies?.[name];
    if (!version) throw new Error(`the cloud bundle imports ${name}, which is not a dependency in package.json`);
    dependencies[name] = version;
  }
  const name = 'kinerja-recap';
  // the project's overrides of the packages deployed (npm applies them to the lock it was cut from)
  const overrides = Object.fromEntries(Object.entries(pkg.overrides ?? {}).filter(([dep]) => dep in dependencies));
  const manifest = {
    name,
    version: pkg.version,
    private: true,
    type: 'module',
    main: 'index.mjs',
    engines: pkg.engines ?? { node: '>=20' },
    dependencies,
    ...(Object.keys(overrides).length ? { overrides } : {}),
  };
  return { manifest, lock: pruneLock(lock, dependencies, name, pkg.version) };
}
