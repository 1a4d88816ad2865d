// The Cloud Functions deploy source is derived from the build: its package.json lists exactly the packages
// the bundle imports (at the project's pinned versions), and its lockfile, cut from the project's, resolves
// every one of their dependencies (npm checks it offline).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEPLOYED_NODE_OPTIONS } from '../../bench/child/recap-http-config';

const DIST = new URL('../../dist/functions/', import.meta.url).pathname;
const json = (file: string) => JSON.parse(readFileSync(join(DIST, file), 'utf8'));

describe('the functions deploy source', () => {
  it('lists only what the cloud bundle imports, at the pinned versions', async () => {
    const script = '../../scripts/deploy-source.mjs';
    const { importedPackages } = (await import(script)) as { importedPackages: (m: unknown) => Set<string> };
    const manifest = json('package.json');
    const project = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    const imported: Set<string> = importedPackages(json('meta.json'));
    const listed = Object.keys(manifest.dependencies);
    for (const name of imported) expect(listed).toContain(name);
    // only the font folder is resolved at run time rather than imported
    expect(listed.filter((n) => !imported.has(n))).toEqual(['dejavu-fonts-ttf']);
    for (const local of ['exceljs', 'commander', 'cli-progress', 'saxes', 'proper-lockfile', 'tsx'])
      expect(listed).not.toContain(local);
    for (const [name, version] of Object.entries(manifest.dependencies))
      expect(version).toBe(project.dependencies[name]);
  });

  it('has a lockfile that npm accepts offline, with the tested versions', () => {
    const lock = json('package-lock.json');
    expect(lock.packages[''].dependencies).toEqual(json('package.json').dependencies);
    const project = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8'));
    for (const [path, entry] of Object.entries(lock.packages) as [string, { version?: string }][])
      if (path) expect(entry.version, path).toBe(project.packages[path].version);
    execFileSync('npm', ['ls', '--package-lock-only', '--all', '--offline'], { cwd: DIST, stdio: 'ignore' });
  });

  it('the README deploys recap with the heap the bench runs it with', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const recipe = /gcloud functions deploy recap (?:.*\\\n)*.*/.exec(readme)?.[0] ?? '';
    expect(recipe).toContain('--memory 512MB');
    expect(recipe).toContain(`--set-env-vars 'NODE_OPTIONS=${DEPLOYED_NODE_OPTIONS}'`);
  });
});
