// The built Sidebar.html in headless Chromium at its real width (300 px), its google.script.run calling the
// built Code.js in the vm: the year walked as each role (employee, superior, administrator, head of office),
// with a screenshot per role in test-output/ and axe-core (no serious or critical violation) on each.
import { mkdirSync, readFileSync } from 'node:fs';
import vm from 'node:vm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_NIP, headersOf, pengaturanTab, pkTab } from '../../shared';
import { documentService } from '../support/apps-script/document-service';
import { emailOf, officeBundle, valuesOf } from '../support/apps-script/office';
import type { Bundle } from '../support/apps-script/services';
import { launchChromium, openWithScriptRun, seriousViolations } from '../support/browser';
import { langkahPkRa } from '../support/steps';

const HTML = readFileSync(new URL('../../dist/addon/Sidebar.html', import.meta.url), 'utf8');
const OUT = new URL('../../test-output/', import.meta.url);
const EKO = DEMO_NIP.stafTu;
const DWI = DEMO_NIP.kasubagTu; // Eko's superior, and the Pengelola Kinerja
const DOC_URL = 'https://docs.google.com/document/d/rekap-tw1/edit';
const PDF_URL = 'https://drive.google.com/file/d/rekap-tw1-pdf/view';
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(OUT, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

function setSetting(b: Bundle, key: string, value: string) {
  const sheet = b.world.ss.raw('Pengaturan');
  const row = valuesOf(b, 'Pengaturan').findIndex((r) => r[0] === key);
  (sheet.cells[row] as unknown[])[headersOf(pengaturanTab).indexOf('Nilai')] = value;
}

interface Session {
  readonly page: Page;
  readonly user: { email: string };
  /** While set, a recap compile waits for it (to see the page during a long call). */
  gate: Promise<void> | null;
}

async function open(bundle: Bundle, email: string): Promise<Session> {
  const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  const s: Session = { page, user: { email }, gate: null };
  await openWithScriptRun(page, HTML, async (name, args) => {
    if (name === 'kompilasiRekap' && s.gate) await s.gate;
    return bundle.call(s.user.email, name, ...args);
  });
  await page.waitForSelector('h1');
  return s;
}

async function as(s: Session, email: string): Promise<void> {
  s.user.email = email;
  await s.page.click('#muat');
  await s.page.waitForSelector('#saya');
}

async function accessible(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}

const todo = (nip: string, doc: string) => `[data-section="perluTindakan"] [data-doc="${nip}|${doc}"]`;

describe('the sidebar in Chromium, the year walked as each role at 300 px', () => {
  it('employee, superior, administrator and head of office each see what waits for them and can do it', async () => {
    const bundle = officeBundle();
    setSetting(bundle, 'URL Layanan Rekap', 'https://recap.example.go.id/recap');
    // the recap service, and the document service for the documents signing and archiving file
    const documents = documentService();
    bundle.world.fetchHandler = (call) =>
      call.url.endsWith('/document')
        ? documents(call)
        : { status: 200, body: JSON.stringify({ docUrl: DOC_URL, pdfUrl: PDF_URL, summary: {} }) };
    const s = await open(bundle, emailOf(EKO));
    const { page } = s;
    const status = () => page.textContent('#status');
    console.log(
      'INTEG',
      (await page.locator('#integritas').count()) ? await page.textContent('#integritas') : '-',
    );
    const pkStatus = () =>
      valuesOf(bundle, 'PK').find((r) => r[0] === EKO)?.[headersOf(pkTab).indexOf('Status PK')];

    // the employee: the first thing is their own step, named for it, with the SOP standard
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    expect(await page.textContent('[data-section="perluTindakan"] summary')).toContain('Perlu tindakan Anda');
    expect(await page.textContent(`${todo(EKO, 'PK')} button[data-aksi="ajukan"]`)).toBe('Ajukan PK');
    expect(await page.textContent(`${todo(EKO, 'PK')} .task`)).toContain(
      'Langkah 1: Ajukan PK · standar SOP 60 menit',
    );
    await accessible(page);
    await page.screenshot({ path: new URL('role-pegawai-pk.png', OUT).pathname, fullPage: true });
    await page.click(`${todo(EKO, 'PK')} button[data-aksi="ajukan"]`);
    await page.waitForSelector('#status:has-text("Berikutnya")');
    expect(await status()).toContain('PK milik Eko Prasetyo: Ajukan PK selesai (status Diajukan).');
    expect(await status()).toContain('Berikutnya: Teliti PK oleh Dwi Rahmawati');
    expect(pkStatus()).toBe('Diajukan');

    // the superior: two steps with their own names, a labelled note for a return
    await as(s, emailOf(DWI));
    expect(await page.locator(`${todo(EKO, 'PK')} button`).allTextContents()).toEqual([
      'Teliti',
      'Kembalikan',
    ]);
    expect(await page.textContent(`${todo(EKO, 'PK')} label`)).toContain('Catatan untuk Eko Prasetyo');
    expect(await page.textContent(`${todo(EKO, 'PK')} .summary`)).toContain(
      'Jumlah data pegawai dimutakhirkan',
    );
    await page.click(`${todo(EKO, 'PK')} button[data-aksi="kembalikan"]`);
    expect(await status()).toMatch(/^Tulis dulu isian “Catatan untuk Eko Prasetyo/);
    await page.click(`${todo(EKO, 'PK')} button[data-aksi="setujui"]`);
    await page.waitForSelector('#status:has-text("Berikutnya: Tandatangani PK oleh Dwi Rahmawati")');
    expect(await page.textContent(`${todo(EKO, 'PK')} button[data-aksi="setujui"]`)).toBe('Tandatangani');
    await page.click(`${todo(EKO, 'PK')} button[data-aksi="setujui"]`);
    await page.waitForSelector('#status:has-text("Berikutnya: Ajukan RA oleh Eko Prasetyo")');
    expect(pkStatus()).toBe('Ditandatangani');
    await accessible(page);
    await page.screenshot({ path: new URL('role-atasan.png', OUT).pathname, fullPage: true });

    // the action plan, then the administrator archives it from the same panel
    bundle.call(emailOf(EKO), 'jalankanAksi', { aksi: 'ajukan', dokumen: 'RA', nip: EKO });
    bundle.call(emailOf(DWI), 'jalankanAksi', { aksi: 'setujui', dokumen: 'RA', nip: EKO });
    bundle.call(emailOf(DWI), 'jalankanAksi', { aksi: 'setujui', dokumen: 'RA', nip: EKO });
    await as(s, emailOf(DWI));
    expect(await page.textContent(`${todo(EKO, 'RA')} button[data-aksi="arsipkan"]`)).toBe('Arsipkan');
    await page.click(`${todo(EKO, 'RA')} button[data-aksi="arsipkan"]`);
    await page.waitForSelector('#status:has-text("Berikutnya: Ukur TW I oleh Eko Prasetyo")');

    // the employee measures and reports TW I; only the current quarter is open and due
    await as(s, emailOf(EKO));
    expect(await page.locator(todo(EKO, 'TW1')).count()).toBe(1);
    expect(await page.locator(todo(EKO, 'TW2')).count()).toBe(0);
    expect(await page.getAttribute(`details.doc[data-doc="${EKO}|TW1"]`, 'open')).toBe('');
    expect(await page.getAttribute(`details.doc[data-doc="${EKO}|TW2"]`, 'open')).toBeNull();
    expect(await page.textContent(`${todo(EKO, 'TW1')} button[data-aksi]`)).toBe('Ukur');
    // the quarter card offers an evidence upload per indicator until the quarter is reported
    expect(await page.locator(`${todo(EKO, 'TW1')} button[data-unggah]`).count()).toBeGreaterThan(0);
    await page.click(`${todo(EKO, 'TW1')} button[data-aksi="ajukan"]`);
    await page.waitForSelector('#status:has-text("Berikutnya: Laporkan TW I oleh Eko Prasetyo")');
    expect(await page.textContent(`${todo(EKO, 'TW1')} button[data-aksi]`)).toBe('Laporkan');
    await page.click(`${todo(EKO, 'TW1')} button[data-aksi="ajukan"]`);
    await page.waitForSelector('#status:has-text("Berikutnya: Evaluasi TW I oleh Dwi Rahmawati")');
    expect(await page.locator(`details.doc[data-doc="${EKO}|TW1"] button[data-unggah]`).count()).toBe(0);

    // the superior evaluates: the note is the arahan, and says so
    await as(s, emailOf(DWI));
    expect(await page.textContent(`${todo(EKO, 'TW1')} label`)).toContain(
      'Arahan untuk Eko Prasetyo atas Pengukuran TW I 2026',
    );
    expect(await page.textContent(`${todo(EKO, 'TW1')} .figures`)).toContain('Realisasi');
    const arahan = 'Percepat pemutakhiran data pegawai di TW II.';
    await page.fill(`${todo(EKO, 'TW1')} textarea`, arahan);
    await page.click(`${todo(EKO, 'TW1')} button[data-aksi="evaluasi"]`);
    await page.waitForSelector('#status:has-text("Berikutnya: Tindak lanjut TW I oleh Eko Prasetyo")');

    // the employee sees the arahan and the capaian before following up
    await as(s, emailOf(EKO));
    const card = todo(EKO, 'TW1');
    expect(await page.locator(`${card} .arahan`).first().textContent()).toBe(arahan);
    expect(await page.locator(`${card} div.indikator`).first().textContent()).toMatch(/Capaian\d[\d.,]*%/);
    expect(await page.locator(`${card} div.indikator a`).first().getAttribute('href')).toMatch(/^https:\/\//);
    expect(await page.textContent(`${card} label`)).toBe(`Tindak lanjut atas arahan atasan: “${arahan}”`);
    expect(await page.textContent(`${card} button`)).toBe('Tindak lanjut');
    await accessible(page);
    await page.screenshot({ path: new URL('role-pegawai-tw.png', OUT).pathname, fullPage: true });
    await page.fill(`${card} textarea`, 'Data dimutakhirkan setiap Jumat.');
    await page.click(`${card} button[data-aksi="tindaklanjut"]`);
    await page.waitForSelector('#status:has-text("Berikutnya: kompilasi rekap TW I oleh Dwi Rahmawati")');

    // the administrator: the office dashboard; compiling shows the gaps first, then runs with a progress state
    await as(s, emailOf(DWI));
    expect(await page.textContent('[data-section="dasbor"] summary')).toContain('Dasbor kantor');
    expect(await page.textContent('#progres li')).toMatch(
      // the first unit is the head of office's (the office IKU): every unit has a line
      /^.+: lapor \d+\/\d+, evaluasi \d+, tindak lanjut \d+, terlambat \d+$/,
    );
    expect(await page.textContent('#belumPkRa')).toContain('Sri Wahyuni');
    await page.selectOption('#periode', 'TW1');
    await page.click('#rekap');
    await page.waitForSelector('#kekurangan .warn');
    expect(await page.textContent('#kekurangan')).toMatch(/belum melaporkan Triwulan I\./);
    let release: () => void = () => {};
    s.gate = new Promise<void>((done) => {
      release = done;
    });
    await page.click('#rekapTetap');
    await page.waitForSelector('.progress:has-text("Menyusun rekap")');
    expect(await page.isDisabled('#rekapTetap')).toBe(true);
    expect(await page.isDisabled('#muat')).toBe(true);
    await page.screenshot({ path: new URL('role-pengelola-menyusun.png', OUT).pathname, fullPage: true });
    release();
    await page.waitForSelector(`#status a[href="${DOC_URL}"]`);
    expect(await page.getAttribute('#status a:has-text("Buka PDF")', 'href')).toBe(PDF_URL);
    expect(await page.isDisabled('#rekap')).toBe(false);
    await accessible(page);
    await page.screenshot({ path: new URL('role-pengelola.png', OUT).pathname, fullPage: true });

    // the head of office: the dashboard, read-only
    await as(s, emailOf(DEMO_NIP.sekwan));
    expect(await page.textContent('[data-section="dasbor"]')).toContain('baca saja');
    expect(await page.locator('#pengingat, #rekap').count()).toBe(0);
    await accessible(page);
    await page.screenshot({ path: new URL('role-pimpinan.png', OUT).pathname, fullPage: true });
  }, 120_000);

  it('the administrator opens a PK Perubahan by NIP with a reason; the employee sees it and submits again', async () => {
    const b = officeBundle();
    for (const [who, aksi, dokumen] of langkahPkRa(EKO, DWI, DWI))
      expect(b.call<{ ok: boolean }>(emailOf(who), 'jalankanAksi', { aksi, dokumen, nip: EKO }).ok).toBe(
        true,
      );
    const s = await open(b, emailOf(DWI));
    const { page } = s;
    await page.click('[data-section="perubahan"] summary');
    await page.fill('#perubahanNip', EKO);
    await page.selectOption('#perubahanDok', 'PK');
    // a reason is required before anything is sent
    await page.click('#perubahanBuka');
    await page.waitForSelector('#status:has-text("Alasan perubahan")');
    await page.fill('#perubahanAlasan', 'Penugasan baru sebagai pengelola SIMPEG');
    await accessible(page);
    await page.click('#perubahanBuka');
    await page.waitForSelector('#status:has-text("Dikembalikan")');
    // the employee sees the reason on the reopened PK and can submit it again
    await as(s, emailOf(EKO));
    const card = todo(EKO, 'PK');
    expect(await page.textContent(`${card} .returned`)).toBe(
      'Dikembalikan: Penugasan baru sebagai pengelola SIMPEG',
    );
    expect(await page.textContent(`${card} button[data-aksi="ajukan"]`)).toBe('Ajukan PK');
    // nobody but the administrator is offered the section
    expect(await page.locator('[data-section="perubahan"]').count()).toBe(0);
    await page.close();
  }, 120_000);

  it('an action that cannot succeed is disabled with the reason; the reminder reaches everyone late', async () => {
    const bundle = officeBundle();
    // Eko's PK is signed and the RA archived, but TW I has no realisation yet
    for (const [who, aksi, dokumen] of langkahPkRa(EKO, DWI, DWI))
      bundle.call(emailOf(who), 'jalankanAksi', { aksi, dokumen, nip: EKO });
    const sheet = bundle.world.ss.raw('Pengukuran');
    const header = valuesOf(bundle, 'Pengukuran')[0] as string[];
    const realisasi = header.indexOf('Realisasi');
    const rows = valuesOf(bundle, 'Pengukuran');
    rows.forEach((r, i) => {
      if (r[0] === EKO && r[header.indexOf('Triwulan')] === 'I')
        (sheet.cells[i] as unknown[])[realisasi] = '';
    });
    const s = await open(bundle, emailOf(EKO));
    const button = `${todo(EKO, 'TW1')} button[data-aksi="ajukan"]`;
    expect(await s.page.isDisabled(button)).toBe(true);
    const why = await s.page.getAttribute(button, 'aria-describedby');
    expect(await s.page.textContent(`#${why}`)).toMatch(/Perbaiki dulu \d+ kesalahan/);
    expect(await s.page.textContent(`${todo(EKO, 'TW1')} .problems`)).toMatch(
      /Realisasi TW I indikator .* belum diisi/,
    );
    expect(
      await s.page
        .locator(`${todo(EKO, 'TW1')} .problems button`)
        .first()
        .textContent(),
    ).toBe('buka sel');
    await accessible(s.page);

    // sixty days later Eko has still not measured TW I: the administrator's one click reminds him (and
    // everyone else something waits for past its standard), one email each
    const later = Date.now() + 60 * 24 * 60 * 60 * 1000;
    vm.runInContext(`Date.now = () => ${later};`, bundle.context);
    await as(s, emailOf(DWI));
    const label = (await s.page.textContent('#pengingat')) as string;
    const people = Number(/(\d+) orang/.exec(label)?.[1]);
    expect(people).toBeGreaterThanOrEqual(1);
    bundle.world.mails.length = 0;
    await s.page.click('#pengingat');
    await s.page.waitForSelector('#status:has-text("Pengingat terkirim")');
    expect(await s.page.textContent('#status')).toBe(`Pengingat terkirim ke ${people} orang.`);
    expect(bundle.world.mails).toHaveLength(people);
    const toEko = bundle.world.mails.find((m) => m.to === emailOf(EKO));
    expect(toEko?.body).toContain('Pengukuran TW I 2026 milik Eko Prasetyo: langkah 9');
  }, 60_000);

  it('escapes what people typed, and shows a refusal from the server', async () => {
    const bundle = officeBundle();
    const eko = await open(bundle, emailOf(EKO));
    await eko.page.click(`${todo(EKO, 'PK')} button[data-aksi="ajukan"]`);
    await eko.page.waitForSelector('#status:has-text("Berikutnya")');
    const superior = await open(bundle, emailOf(DWI));
    const note = '<img src=x onerror="window.__pwned=1">';
    await superior.page.fill(`${todo(EKO, 'PK')} textarea`, note);
    await superior.page.click(`${todo(EKO, 'PK')} button[data-aksi="kembalikan"]`);
    await superior.page.waitForSelector('#status:has-text("Dikembalikan")');
    expect(await superior.page.textContent('#status')).toContain('Berikutnya: Ajukan PK oleh Eko Prasetyo');
    await eko.page.click('#muat');
    await eko.page.waitForSelector(`details.doc[data-doc="${EKO}|PK"] .badge:has-text("Dikembalikan")`);
    expect(await eko.page.textContent(`${todo(EKO, 'PK')} .returned`)).toContain(note);
    expect(
      await eko.page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    await eko.page.screenshot({ path: new URL('sidebar-returned.png', OUT).pathname, fullPage: true });
    // a stranger sees why they cannot act
    const stranger = await open(bundle, 'orang@luar.id');
    expect(await stranger.page.textContent('#pesan')).toMatch(/tidak terdaftar di tab Pegawai/);
  }, 60_000);

  it('follows the office language: <html lang="en"> and English buttons', async () => {
    const bundle = officeBundle();
    setSetting(bundle, 'Bahasa', 'en');
    const s = await open(bundle, emailOf(EKO));
    await s.page.waitForSelector('[data-section="perluTindakan"]');
    expect(await s.page.getAttribute('html', 'lang')).toBe('en');
    expect(await s.page.textContent('[data-section="perluTindakan"] summary')).toBe('Needs your action');
    expect(await s.page.textContent(`${todo(EKO, 'PK')} button`)).toBe('Submit PK');
    // step 1 is timed from Mulai Penyusunan PK, so a draft not yet submitted shows how long it has waited
    expect(await s.page.textContent(`${todo(EKO, 'PK')} .task`)).toMatch(
      /^Step 1: Submit PK · SOP standard 60 min · waiting .+ \(past the standard\)$/,
    );
    expect(await s.page.textContent('[data-section="dokumenSaya"] summary')).toBe('My documents');
    await accessible(s.page);
  }, 60_000);
});
