// Headless Chromium (Debian's package, driven by playwright-core; never a downloaded browser) and the
// google.script.run shim that calls a server in the test process.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, chromium, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (.ci/run does this)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/**
 * Open `html` with `google.script.run.<name>(...args)` calling `server(name, args)` in the test process.
 * The shim is put in the page's head, before the sidebar's own script runs.
 */
export async function openWithScriptRun(
  page: Page,
  html: string,
  server: (name: string, args: unknown[]) => unknown,
): Promise<void> {
  await page.exposeFunction('__scriptRun', async (name: string, args: unknown[]) => {
    try {
      return { ok: true, value: await server(name, args) };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  });
  const shim = () => {
    type Handler = (v: unknown) => void;
    const make = (success: Handler | null, failure: Handler | null): unknown =>
      new Proxy(
        {},
        {
          get(_t, prop: string) {
            if (prop === 'withSuccessHandler') return (fn: Handler) => make(fn, failure);
            if (prop === 'withFailureHandler') return (fn: Handler) => make(success, fn);
            return (...args: unknown[]) => {
              (
                globalThis as unknown as {
                  __scriptRun: (
                    n: string,
                    a: unknown[],
                  ) => Promise<{ ok: boolean; value?: unknown; message?: string }>;
                }
              )
                .__scriptRun(prop, args)
                .then((r) => (r.ok ? success?.(r.value) : failure?.(new Error(r.message))));
            };
          },
        },
      );
    (globalThis as unknown as { google: unknown }).google = {
      script: {
        get run() {
          return make(null, null);
        },
      },
    };
  };
  await page.setContent(html.replace('<head>', () => `<head><script>(${shim.toString()})();</script>`));
}

/** axe-core (pinned in package.json, read from node_modules: nothing is downloaded) injected into the page. */
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

/** The page's accessibility violations of serious or critical impact (WCAG 2 A/AA rules), as axe reports them. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const r = await axe.run((globalThis as unknown as { document: unknown }).document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] },
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
