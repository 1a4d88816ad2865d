// The message catalogue is complete and has no dead text: every key reads in both languages with the same
// parameters, every key is used by some source file, and every message a source names exists.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../shared';

const ROOT = new URL('../../', import.meta.url).pathname;
const CATALOG_FILE = join(ROOT, 'shared/messages/catalog.ts');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sources(path);
    return path.endsWith('.ts') && path !== CATALOG_FILE ? [path] : [];
  });
}

const code = ['shared', 'addon', 'functions', 'scripts']
  .flatMap((d) => {
    try {
      return sources(join(ROOT, d));
    } catch {
      return [];
    }
  })
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');

/** Every quoted literal in the sources ('x', "x", `x` without substitutions), without a leading `@`. */
const literals = new Set(
  [...code.matchAll(/'([^'\\\n]*)'|"([^"\\\n]*)"|`([^`$\\\n]*)`/g)].map((m) =>
    (m[1] ?? m[2] ?? m[3] ?? '').replace(/^@/, ''),
  ),
);
/** Families of keys built at run time: `prefix.${...}` (e.g. `aksi.${aksi}`, `@status.${tahap}`). */
const dynamicPrefixes = new Set([...code.matchAll(/`@?([a-zA-Z]+)\.\$\{/g)].map((m) => `${m[1]}.`));

const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the message catalogue', () => {
  const entries = Object.entries(CATALOG) as [string, { id: string; en: string }][];

  it('every key reads in Indonesian and English, with the same parameters', () => {
    const broken = entries.filter(
      ([, m]) => !m.id.trim() || !m.en.trim() || params(m.id).join() !== params(m.en).join(),
    );
    expect(broken.map(([k]) => k)).toEqual([]);
  });

  it('every key is used by a source file (literally, or through a family built at run time)', () => {
    const unused = entries
      .map(([k]) => k)
      .filter((k) => {
        if (literals.has(k)) return false;
        const prefix = [...dynamicPrefixes].find((p) => k.startsWith(p));
        // a family member is used when its last part is a value some source names
        return !(prefix && literals.has(k.slice(prefix.length)));
      });
    expect(unused).toEqual([]);
  });

  it('every message a source names as a parameter (`@key`) exists', () => {
    const named = [...code.matchAll(/['"`]@([a-zA-Z]+\.[a-zA-Z.]+)['"`]/g)].map((m) => m[1] as string);
    expect(named.filter((k) => !(k in CATALOG))).toEqual([]);
  });
});
