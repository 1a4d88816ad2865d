// shared/ must run unchanged in Apps Script, Node and a browser: bundled alone, it runs in a bare V8
// context that has only ECMAScript built-ins (no require, process, Buffer, window, document, fetch).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../shared/', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('shared/ is pure', () => {
  it('imports nothing but itself and big.js', () => {
    for (const file of files(root)) {
      const imports = [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1] as string);
      for (const spec of imports)
        expect(spec.startsWith('.') || spec === 'big.js', `${file}: ${spec}`).toBe(true);
    }
  });

  it('runs in a bare V8 context, as in Apps Script', async () => {
    const out = await build({
      entryPoints: [join(root, 'index.ts')],
      bundle: true,
      format: 'iife',
      globalName: 'Kinerja',
      platform: 'neutral',
      target: 'es2019',
      write: false,
      logLevel: 'silent',
    });
    const code = out.outputFiles[0]?.text ?? '';
    const context = vm.createContext({});
    vm.runInContext(
      `${code}
      var c = Kinerja.hitungCapaian({ polaritas: 'Negatif', target: 7, realisasi: 6.5 });
      var shown = Kinerja.formatPercent(c.nilai);
      var k = Kinerja.parseKantor(Kinerja.demoTables());
      var problems = k.problems.length;
      var hex = Kinerja.bytesToHex([-1, 0, 127, -128]);`,
      context,
      { timeout: 5000 },
    );
    expect(context.shown).toBe('107,14%');
    expect(context.problems).toBe(0);
    expect(context.hex).toBe('ff007f80');
    for (const name of ['require', 'process', 'Buffer', 'window', 'document', 'fetch', 'setTimeout']) {
      expect(typeof (context as Record<string, unknown>)[name]).toBe('undefined');
    }
  });
});
