// docs/ is kept true: the generated files equal what the declarations render, and the figures the
// hand-written domain rules quote are the code's.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderTabs, renderWorkflow } from '../scripts/docs';
import { DEFAULT_PREDIKAT, DEFAULT_SETTINGS, formatPercent, hitungCapaian } from '../shared';

const doc = (name: string) => readFileSync(new URL(`../docs/${name}`, import.meta.url), 'utf8');

describe('docs/', () => {
  it('tabs.md and workflow.md are what the declarations render (run `npm run docs` after changing them)', () => {
    expect(doc('tabs.md')).toBe(renderTabs());
    expect(doc('workflow.md')).toBe(renderWorkflow());
  });

  it('the tab contract names every tab and every header', () => {
    expect(renderTabs()).toContain('## Rencana Aksi');
    expect(renderTabs()).toContain('`Bukti Pendukung`');
  });

  it('domain.md quotes the code’s defaults and examples', () => {
    const domain = doc('domain.md');
    const c = hitungCapaian({ polaritas: 'Negatif', target: 7, realisasi: 6.5 });
    expect(c.status === 'terhitung' ? formatPercent(c.nilai) : c.status).toBe('107,14%');
    expect(domain).toContain('T 7, R 6,5 → 107,14%');
    const scale = DEFAULT_PREDIKAT.map((b, i, all) =>
      i === all.length - 1 ? `otherwise ${b.label}` : `≥ ${b.min} ${b.label}`,
    ).join('; ');
    expect(domain.replace(/\s+/g, ' ')).toContain(scale);
    const hhmm = (m: number) =>
      `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    expect(DEFAULT_SETTINGS.hariKerja).toEqual([1, 2, 3, 4, 5]);
    expect(DEFAULT_SETTINGS.offsetMenit).toBe(7 * 60);
    expect(domain).toContain(
      `Monday to Friday, ${hhmm(DEFAULT_SETTINGS.jamMulai)}-${hhmm(DEFAULT_SETTINGS.jamSelesai)}, WIB (UTC+7)`,
    );
  });

  it('links only inside the repository', () => {
    for (const name of ['README.md', 'domain.md', 'architecture.md', 'workflow.md', 'tabs.md']) {
      const links = [...doc(name).matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1] as string);
      for (const link of links)
        expect(link, `${name}: ${link}`).not.toMatch(/^\.\.\/\.\.|^\/|^\.\.\/shared\/DESIGN/);
    }
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(readme).not.toContain('../shared/DESIGN.md');
  });

  it('the README layout section lists the tree as it is', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const block = readme.split('## Layout')[1]?.split('```')[1] ?? '';
    const listed = new Set<string>();
    let parent = '';
    for (const line of block.split('\n')) {
      const m = /^( {0,2})([\w.-]+(?:\/|\.ts))(?= )/.exec(line);
      if (!m) continue;
      const name = (m[2] as string).replace(/\/$/, '');
      if ((m[1] as string).length === 0) parent = name;
      listed.add((m[1] as string).length === 0 ? name : `${parent}/${name}`);
    }
    const root = new URL('../', import.meta.url);
    const dirs = (path: string) =>
      readdirSync(new URL(path, root), { withFileTypes: true })
        .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
        .map((e) => e.name);
    const ignored = new Set(['node_modules', 'dist', 'out', 'test-output', 'coverage']);
    const tree = [
      ...dirs('.').filter((d) => !ignored.has(d)),
      ...['shared', 'addon', 'functions'].flatMap((top) => dirs(`${top}/`).map((d) => `${top}/${d}`)),
    ];
    expect(tree.filter((d) => !listed.has(d))).toEqual([]);
    const exists = new Set([...tree, 'addon/main.ts', 'addon/setup.ts', 'functions/index.ts']);
    expect([...listed].filter((d) => !exists.has(d))).toEqual([]);
  });
});
