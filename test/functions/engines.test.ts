// package.json's `engines` tells the truth: every installed package accepts the oldest Node it declares
// (docx's nanoid is pinned through `overrides` to a version that supports Node 20; docx inlines its own copy).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { minVersion, satisfies, validRange } from 'semver';
import { expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;

function packages(dir: string): { name: string; version: string; node: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    if (name.startsWith('.')) return [];
    const path = join(dir, name);
    if (name.startsWith('@')) return packages(path);
    const pj = join(path, 'package.json');
    const own: { name: string; version: string; node: string }[] = [];
    if (existsSync(pj)) {
      const j = JSON.parse(readFileSync(pj, 'utf8')) as {
        name?: string;
        version?: string;
        engines?: { node?: unknown };
      };
      const node = j.engines?.node;
      if (typeof node === 'string' && validRange(node))
        own.push({ name: j.name ?? name, version: j.version ?? '', node });
    }
    return [...own, ...packages(join(path, 'node_modules'))];
  });
}

it('every installed package supports the oldest Node that package.json declares', () => {
  const declared = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).engines.node as string;
  const oldest = minVersion(declared)?.version as string;
  const refusing = packages(join(ROOT, 'node_modules'))
    .filter((p) => !satisfies(oldest, p.node))
    .map((p) => `${p.name}@${p.version} needs node ${p.node}`);
  expect(refusing).toEqual([]);
});
