// The office level in the built sidebar (Chromium, google.script.run into the built Code.js): the head of
// office submits their PK; the Pengelola Kinerja records the regional head's paper signature with its date
// and scan; an employee sees which of the superior's indicators each of theirs supports.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_NIP, headersOf, pkTab } from '../../shared';
import { emailOf, officeBundle, valuesOf } from '../support/apps-script/office';
import type { Bundle } from '../support/apps-script/services';
import { launchChromium, openWithScriptRun } from '../support/browser';

const HTML = readFileSync(new URL('../../dist/addon/Sidebar.html', import.meta.url), 'utf8');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
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

describe('the office level in the sidebar', () => {
  it('the head submits the PK; the Pengelola Kinerja records the Bupati’s signature with its date and scan', async () => {
    const bundle = officeBundle();
    const head = DEMO_NIP.sekwan;
    const user = { email: emailOf(head) };
    const page = await open(bundle, user);
    await page.click(`[data-doc="${head}|PK"] button[data-aksi="ajukan"]`);
    await page.waitForSelector('#status:has-text("(status Diajukan)")');

    user.email = emailOf(DEMO_NIP.kasubagTu);
    await page.click('#muat');
    const card = `[data-doc="${head}|PK"]:has(button[data-aksi="ttdkepaladaerah"])`;
    await page.waitForSelector(card);
    expect(await page.locator(`${card} button[data-aksi="setujui"]`).count()).toBe(0);
    // without the scan's link the server refuses, and says why
    await page.fill(`${card} input[type="date"]`, '2026-01-06');
    await page.click(`${card} button[data-aksi="ttdkepaladaerah"]`);
    await page.waitForSelector('#status:has-text("pindaian")');
    await page.fill(`${card} input[type="date"]`, '2026-01-06');
    await page.fill(`${card} input[type="url"]`, 'https://drive.google.com/file/d/pk-bupati/view');
    await page.click(`${card} button[data-aksi="ttdkepaladaerah"]`);
    await page.waitForSelector('#status:has-text("(status Ditandatangani)")');
    const row = valuesOf(bundle, 'PK').find((r) => r[0] === head);
    expect(row?.[headersOf(pkTab).indexOf('Status PK')]).toBe('Ditandatangani');
    await page.close();
  });

  it('an employee sees which of the superior’s indicators each of theirs supports', async () => {
    const page = await open(officeBundle(), { email: emailOf(DEMO_NIP.stafTu) });
    expect(await page.textContent('[data-section="dukungan"]')).toContain(
      'IKI-1 mendukung IKI-2 Nilai kepuasan layanan kepegawaian (Dwi Rahmawati, S.Sos.)',
    );
    await page.close();
  });
});
