// `kinerja preview` in Chromium: the real sidebar against a local .xlsx; switch user, submit, approve, and
// see the change in the workbook file.
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Preview, startPreview } from '../../functions/local/preview';
import { XlsxWorkbook } from '../../functions/local/xlsx-workbook';
import { DEMO_NIP, DEMO_PEGAWAI, parseKantor, TAB_NAMES } from '../../shared';
import { launchChromium, seriousViolations } from '../support/browser';
import { demoFile } from '../support/xlsx';

const email = (nip: string) => DEMO_PEGAWAI.find((p) => p.nip === nip)?.email as string;
const OUT = new URL('../../test-output/', import.meta.url);
let browser: Browser;
let preview: Preview | null = null;

beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(OUT, { recursive: true });
});
afterAll(async () => {
  await preview?.close();
  await browser?.close();
});

describe('kinerja preview', () => {
  it('serves the sidebar on the local workbook: switch user, submit, approve, and the file changes', async () => {
    const file = await demoFile();
    preview = await startPreview(file, 0);
    const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
    await page.goto(preview.url);
    await page.waitForSelector('#saya');
    expect(await page.textContent('#saya')).toContain('Bambang Sutrisno');
    expect(await seriousViolations(page)).toEqual([]);

    await page.selectOption('#__as', email(DEMO_NIP.stafTu));
    await page.waitForSelector('#saya:has-text("Eko Prasetyo")');
    await page.click(
      `[data-section="perluTindakan"] [data-doc="${DEMO_NIP.stafTu}|PK"] button[data-aksi="ajukan"]`,
    );
    await page.waitForSelector('#status:has-text("Berikutnya: Teliti PK")');

    await page.selectOption('#__as', email(DEMO_NIP.kasubagTu));
    await page.waitForSelector(`[data-doc="${DEMO_NIP.stafTu}|PK"]`);
    await page.click(`[data-doc="${DEMO_NIP.stafTu}|PK"] button[data-aksi="setujui"]`);
    await page.waitForSelector('#status:has-text("Berikutnya: Tandatangani PK")');
    await page.screenshot({ path: new URL('preview-superior.png', OUT).pathname, fullPage: true });

    // the administrator compiles TW I locally from the panel
    await page.selectOption('#periode', 'TW1');
    await page.click('#rekap');
    // the gaps first (nobody has reported TW I), then compile anyway: the result links to the files
    await page.waitForSelector('#kekurangan .warn');
    await page.click('#rekapTetap');
    await page.waitForSelector('#status:has-text("TW1:")');
    expect(await page.textContent('#status')).toMatch(/kantor-rekap\/kantor_2026_TW1\.docx/);
    expect(await page.getAttribute('#status .links a', 'href')).toMatch(/^file:.*kantor_2026_TW1\.docx$/);

    const k = parseKantor((await XlsxWorkbook.open(file)).readTables(TAB_NAMES));
    expect(k.pk.find((r) => r.value.nip === DEMO_NIP.stafTu)?.value.statusPk).toBe('Diteliti');
    expect(k.riwayat.map((r) => [r.value.email, r.value.aksi, r.value.langkah])).toEqual([
      [email(DEMO_NIP.stafTu), 'ajukan', 1],
      [email(DEMO_NIP.kasubagTu), 'setujui', 2],
      [email(DEMO_NIP.kasubagTu), 'rekap', 13],
    ]);
  }, 60_000);
});
