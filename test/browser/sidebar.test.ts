// The built Sidebar.html in headless Chromium, its google.script.run calling the built Code.js in the vm:
// submit as an employee, switch user, approve as the superior, and check the sheet and the new view.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_NIP, headersOf, pkTab } from '../../shared';
import { emailOf, officeBundle, valuesOf } from '../support/apps-script/office';
import type { Bundle } from '../support/apps-script/services';
import { launchChromium, openWithScriptRun } from '../support/browser';

const HTML = readFileSync(new URL('../../dist/addon/Sidebar.html', import.meta.url), 'utf8');
const OUT = new URL('../../test-output/', import.meta.url);
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(OUT, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

async function open(bundle: Bundle, user: { email: string }): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  await openWithScriptRun(page, HTML, (name, args) => bundle.call(user.email, name, ...args));
  await page.waitForSelector('h1');
  return page;
}

describe('the sidebar in Chromium', () => {
  it('submit as the employee, switch user, approve as the superior; the sheet and the view agree', async () => {
    const bundle = officeBundle();
    const user = { email: emailOf(DEMO_NIP.stafTu) };
    const page = await open(bundle, user);
    expect(await page.textContent('#saya')).toContain('Eko Prasetyo');
    await page.click('[data-doc$="|PK"] button[data-aksi="ajukan"]');
    await page.waitForSelector('#status:has-text("PK: Diajukan")');
    expect(await page.textContent('[data-doc$="|PK"] .badge')).toBe('Diajukan');
    const status = () =>
      valuesOf(bundle, 'PK').find((r) => r[0] === DEMO_NIP.stafTu)?.[headersOf(pkTab).indexOf('Status PK')];
    expect(status()).toBe('Diajukan');

    // switch user: Eko's superior opens the sidebar
    user.email = emailOf(DEMO_NIP.kasubagTu);
    await page.click('#muat');
    await page.waitForSelector(`[data-doc="${DEMO_NIP.stafTu}|PK"]`);
    expect(await page.textContent(`[data-doc="${DEMO_NIP.stafTu}|PK"] .summary`)).toContain(
      'Jumlah data pegawai dimutakhirkan',
    );
    // returning needs a note: the sidebar says so before any call
    await page.click(`[data-doc="${DEMO_NIP.stafTu}|PK"] button[data-aksi="kembalikan"]`);
    expect(await page.textContent('#status')).toBe('Tulis catatan terlebih dahulu.');
    await page.click(`[data-doc="${DEMO_NIP.stafTu}|PK"] button[data-aksi="setujui"]`);
    await page.waitForSelector('#status:has-text("PK: Diteliti")');
    expect(status()).toBe('Diteliti');
    await page.click(`[data-doc="${DEMO_NIP.stafTu}|PK"] button[data-aksi="setujui"]`);
    await page.waitForSelector('#status:has-text("PK: Ditandatangani")');
    expect(status()).toBe('Ditandatangani');
    // no longer waiting for the superior; now among the subordinates' signed documents, with "cetak"
    expect(await page.locator(`[data-section="menunggu"] [data-doc="${DEMO_NIP.stafTu}|PK"]`).count()).toBe(
      0,
    );
    expect(await page.locator(`[data-section="bawahan"] [data-cetak="${DEMO_NIP.stafTu}|PK"]`).count()).toBe(
      1,
    );
    await page.screenshot({ path: new URL('sidebar-superior.png', OUT).pathname, fullPage: true });
  }, 60_000);

  it('escapes what people typed, and shows a refusal from the server', async () => {
    const bundle = officeBundle();
    const page = await open(bundle, { email: emailOf(DEMO_NIP.stafTu) });
    await page.click('[data-doc$="|PK"] button[data-aksi="ajukan"]');
    await page.waitForSelector('#status:has-text("Diajukan")');
    const superior = await open(bundle, { email: emailOf(DEMO_NIP.kasubagTu) });
    const note = '<img src=x onerror="window.__pwned=1">';
    await superior.fill(`[data-doc="${DEMO_NIP.stafTu}|PK"] textarea`, note);
    await superior.click(`[data-doc="${DEMO_NIP.stafTu}|PK"] button[data-aksi="kembalikan"]`);
    await superior.waitForSelector('#status:has-text("Dikembalikan")');
    await page.click('#muat');
    await page.waitForSelector('[data-doc$="|PK"] .badge:has-text("Dikembalikan")');
    expect(await page.textContent('[data-doc$="|PK"]')).toContain(note);
    expect(
      await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    await page.screenshot({ path: new URL('sidebar-returned.png', OUT).pathname, fullPage: true });
    // a stranger sees why they cannot act
    const stranger = await open(bundle, { email: 'orang@luar.id' });
    expect(await stranger.textContent('#pesan')).toMatch(/tidak terdaftar di tab Pegawai/);
  }, 60_000);
});
