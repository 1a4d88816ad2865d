// The recap Cloud Function in-process (functions-framework's test server), on Google's real client pointed
// at a local Google API server: auth, allow-list, call budgets, faults, idempotency, the DOCX read back.

import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { http } from '@google-cloud/functions-framework';
import { getTestServer } from '@google-cloud/functions-framework/testing';
import { OAuth2Client } from 'google-auth-library';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Deployment } from '../../functions/config/deployment';
import { googleClients } from '../../functions/google/clients';
import type { RetryPolicy } from '../../functions/google/retry';
import { type Deps, documentHandler, recapAllHandler, recapHandler } from '../../functions/http/handlers';
import { nodeSha256 } from '../../functions/platform/sha256';
import { InProcessQueue } from '../../functions/tasks/queue';
import {
  type Cell,
  DEMO_NIP,
  DEMO_PEGAWAI,
  demoTables,
  jangkarDari,
  parseKantor,
  periksaLog,
  syntheticTables,
  TAB_NAMES,
} from '../../shared';
import { readDocx } from '../support/docx-text';
import { doAction, replayDemo } from '../support/driver';
import {
  docxCharacters,
  GoogleApiServer,
  SERVICE_ACCOUNT,
  type ServerProtection,
} from '../support/google-api-server';
import { MemoryWorkbook } from '../support/memory-workbook';
import { allowConnections, blocked, forbidExternalConnections } from '../support/network-guard';
import { certs, idToken, otherKey } from '../support/tokens';

const OFFICE = 'office-nganjuk-dprd-0001';
const OTHER = 'office-kecamatan-berbek-02';
const UNLISTED = 'office-not-registered-03';
const FOLDER = 'folder-nganjuk-dprd';
const OTHER_FOLDER = 'folder-berbek';
const ARCHIVE = 'folder-nganjuk-dprd-arsip';
const AUDIENCE = '1234-kinerja.apps.googleusercontent.com';
const TASKS_SA = 'recap-invoker@kinerja-prod.iam.gserviceaccount.com';
const RECAP_URL = 'https://asia-southeast2-kinerja-prod.cloudfunctions.net/recap';
const ADMIN = DEMO_PEGAWAI.find((p) => p.nip === DEMO_NIP.kasubagTu)?.email as string;
const STAFF = DEMO_PEGAWAI.find((p) => p.nip === DEMO_NIP.stafTu)?.email as string;
const NOW = Date.parse('2027-01-04T14:00:00+07:00');

const google = new GoogleApiServer();
const sleeps: number[] = [];
const retry: RetryPolicy = {
  attempts: 4,
  baseMs: 100,
  maxMs: 5000,
  sleep: async (ms) => void sleeps.push(ms),
  random: () => 0.5,
};
let deployment: Deployment;
let base = '';
let server: Server;
const queue = new InProcessQueue(async (task) =>
  post('/recapTest', task, idToken({ email: TASKS_SA, aud: RECAP_URL })),
);

function demoYearTables(): Record<string, Cell[][]> {
  const wb = new MemoryWorkbook(demoTables());
  replayDemo(wb);
  return wb.tabs;
}

async function post(
  path: string,
  body: unknown,
  token?: string,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

const adminToken = () => idToken({ email: ADMIN, aud: AUDIENCE, hd: 'nganjukkab.go.id' });
const recap = (body: Record<string, unknown> = {}, token: string | null = adminToken()) =>
  post('/recapTest', { spreadsheetId: OFFICE, year: 2026, period: 'TAHUNAN', ...body }, token ?? undefined);

beforeAll(async () => {
  forbidExternalConnections();
  await google.start();
  // the recap folders are in a Shared Drive where the service account is a member (README deploy steps)
  google.sharedDrive('drive-kinerja', FOLDER, OTHER_FOLDER, ARCHIVE);
  deployment = {
    offices: {
      [OFFICE]: { folderId: FOLDER, archiveFolderId: ARCHIVE },
      [OTHER]: { folderId: OTHER_FOLDER },
    },
    identity: {
      audiences: [AUDIENCE],
      hostedDomains: ['nganjukkab.go.id'],
      serviceAccounts: [TASKS_SA],
      serviceAudience: RECAP_URL,
    },
    operators: ['operator@nganjukkab.go.id'],
    queue: null,
    recapUrl: RECAP_URL,
    tasksServiceAccount: TASKS_SA,
    googleRootUrl: google.url,
  };
  const auth = new OAuth2Client();
  auth.setCredentials({ access_token: 'test-access-token', expiry_date: Date.now() + 3_600_000 });
  const deps: Deps = {
    deployment,
    certs,
    clients: () => googleClients({ rootUrl: google.url, auth }),
    queue: () => queue,
    now: () => NOW,
    retry,
  };
  http('recapTest', recapHandler(deps));
  http('recapAllTest', recapAllHandler(deps));
  http('documentTest', documentHandler(deps));
  // one server routes by path to the registered function names
  const recapServer = getTestServer('recapTest');
  const allServer = getTestServer('recapAllTest');
  const documentServer = getTestServer('documentTest');
  server = (await import('node:http')).createServer((req, res) => {
    const target = req.url?.startsWith('/recapAllTest')
      ? allServer
      : req.url?.startsWith('/documentTest')
        ? documentServer
        : recapServer;
    target.emit('request', req, res);
  });
  // fetch keeps connections alive between tests: a server closing an idle one after Node's default 5 s, just
  // as the next request reuses it, resets that request (ECONNRESET) on a loaded machine
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await google.stop();
  allowConnections();
  expect(google.errors).toEqual([]);
  expect(blocked).toEqual([]);
});

beforeEach(() => {
  google.reset();
  google.files.clear();
  google.spreadsheets.set(OFFICE, demoYearTables());
  google.protections.set(OFFICE, setUpProtections());
  sleeps.length = 0;
});

/** What set-up leaves in an office whose Pengaturan names the service account (see addon/setup.ts). */
function setUpProtections(serviceAccount = SERVICE_ACCOUNT): ServerProtection[] {
  const editors = ['owner@nganjukkab.go.id', ADMIN, serviceAccount];
  return [
    ...TAB_NAMES.filter((t) => t !== 'Rekap' && t !== 'Riwayat').map((tab) => ({
      tab,
      rows: [1, 1] as const,
      editors,
    })),
    { tab: 'Rekap', editors },
    { tab: 'Riwayat', editors: ['owner@nganjukkab.go.id'], warningOnly: true },
  ];
}

describe('POST /recap', () => {
  it('compiles the annual document into the office folder with 2 batchGet, 4 Drive calls and 2 values.append', async () => {
    const res = await recap();
    expect(res.status).toBe(200);
    expect(res.json.docUrl).toMatch(/^https:\/\/docs\.google\.com\/document\/d\/file\d+\/edit$/);
    expect(res.json.pdfUrl).toMatch(/^https:\/\/drive\.google\.com\/file\/d\/file\d+\/view$/);
    expect(res.json.summary).toMatchObject({ jumlahPegawai: 7, jumlahIndikator: 19, kelengkapan: 100 });
    // every tab but Riwayat, then Riwayat (its timestamps as serial numbers); new Rekap rows and the Riwayat
    // entry are appended (values.append finds the end and grows the grid)
    expect(google.requests.map((r) => r.op)).toEqual([
      'batchGet',
      'batchGet',
      'list',
      'create',
      'export',
      'create',
      'append',
      'append',
    ]);
    const files = [...google.files.values()];
    expect(
      files.map((f) => [
        f.mimeType,
        f.parents,
        f.appProperties.office,
        f.appProperties.year,
        f.appProperties.period,
      ]),
    ).toEqual([
      ['application/vnd.google-apps.document', [FOLDER], OFFICE, '2026', 'TAHUNAN'],
      ['application/pdf', [FOLDER], OFFICE, '2026', 'TAHUNAN'],
    ]);
    // the links, time and status are back in the sheet, with the step in Riwayat
    const k = parseKantor(google.spreadsheets.get(OFFICE) as never);
    expect(k.problems).toEqual([]);
    expect(k.rekap.filter((r) => r.value.periode === 'TAHUNAN').map((r) => r.value.dokumen)).toEqual(
      Array(8).fill(res.json.docUrl),
    );
    expect(k.riwayat.at(-1)?.value).toMatchObject({ langkah: 14, email: ADMIN, dokumen: 'REKAP TAHUNAN' });
  });

  it('writes a DOCX whose numbers equal the recap model', async () => {
    const res = await recap();
    const doc = [...google.files.values()].find((f) => f.mimeType === 'application/vnd.google-apps.document');
    expect(doc?.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const docx = await readDocx(doc?.content ?? Buffer.alloc(0));
    // the annual report is the LKjIP draft: its executive summary states the model's figures
    expect(docx.paragraphs).toContain('LAPORAN KINERJA INSTANSI PEMERINTAH');
    const summary = res.json.summary as {
      jumlahIndikator: number;
      jumlahPegawai: number;
      rataRataCapaianDibulatkan: string;
      predikat: string;
    };
    const ikhtisar = docx.paragraphs.find((t) => t.startsWith('Pada tahun 2026,'));
    expect(ikhtisar).toContain(
      `mengukur ${summary.jumlahIndikator} indikator kinerja individu dari ${summary.jumlahPegawai} pegawai, dengan rata-rata capaian kinerja ${summary.rataRataCapaianDibulatkan.replace('.', ',')}% dengan predikat ${summary.predikat}.`,
    );
    expect(docx.xml).toContain('107,14%');
  });

  it('is idempotent: a rerun updates the same two files', async () => {
    await recap();
    google.reset();
    const again = await recap();
    expect(again.status).toBe(200);
    expect(google.files.size).toBe(2);
    expect(google.requests.map((r) => r.op)).toEqual([
      'batchGet',
      'batchGet',
      'list',
      'update',
      'export',
      'update',
      'batchUpdate',
      'append',
    ]);
    const k = parseKantor(google.spreadsheets.get(OFFICE) as never);
    expect(k.rekap.filter((r) => r.value.periode === 'TAHUNAN')).toHaveLength(8);
  });

  it('reads an office set up before the optional Anggaran PK tab with one more batchGet', async () => {
    const { 'Anggaran PK': _absent, ...older } = demoYearTables();
    google.spreadsheets.set(OFFICE, older);
    const res = await recap();
    expect(res.status).toBe(200);
    // Sheets answers 400 "Unable to parse range" for the missing tab; the others are read again without it
    expect(google.requests.map((r) => r.op)).toEqual([
      'batchGet',
      'batchGet',
      'batchGet',
      'list',
      'create',
      'export',
      'create',
      // a first recap appends its Rekap rows and its Riwayat entry (values.append grows the grid)
      'append',
      'append',
    ]);
  });

  it('reads Riwayat’s timestamps as serial numbers: a Waktu column formatted without seconds still verifies', async () => {
    // a step taken at a time with seconds, as every click is
    const wb = new MemoryWorkbook(demoTables());
    const taken = doAction(
      wb,
      STAFF,
      'ajukan',
      DEMO_NIP.stafTu,
      'PK',
      Date.parse('2026-01-05T08:00:37+07:00'),
    );
    expect(taken.ok).toBe(true);
    const tables = wb.tabs;
    google.spreadsheets.set(OFFICE, tables);
    const waktu = ((tables.Riwayat as Cell[][])[0] ?? []).indexOf('Waktu') + 1;
    expect(waktu).toBeGreaterThan(0);
    // an administrator reformats the column without seconds (Format > Number > custom)
    google.numberFormat(OFFICE, 'Riwayat', waktu, 'dd/mm/yyyy hh:mm');
    const read = async (dateTimeRenderOption: string) => {
      const url = `${google.url}v4/spreadsheets/${OFFICE}/values:batchGet?ranges=Riwayat&valueRenderOption=UNFORMATTED_VALUE&dateTimeRenderOption=${dateTimeRenderOption}`;
      const res = await fetch(url, { headers: { Authorization: 'Bearer test-access-token' } });
      return ((await res.json()) as { valueRanges: { values: Cell[][] }[] }).valueRanges[0]?.values ?? [];
    };
    // as text in the column's format the seconds the chain hashes are gone, and the log no longer verifies
    const asText = await read('FORMATTED_STRING');
    expect(asText[1]?.[waktu - 1]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    const broken = parseKantor({ ...tables, Riwayat: asText });
    expect(periksaLog(broken, null, nodeSha256).blokirSemua.map((p) => p.key)).toContain(
      'integritas.rantaiPutus',
    );
    // as serial numbers they are the cells' wall-clock times to the second
    expect((await read('SERIAL_NUMBER'))[1]?.[waktu - 1]).toBe((tables.Riwayat as Cell[][])[1]?.[waktu - 1]);
    google.reset();
    const anchor = jangkarDari(
      nodeSha256,
      parseKantor(tables).riwayat.map((r) => r.value),
    );
    const res = await recap({
      anchor: { length: anchor.panjang, head: anchor.kepala, digest: anchor.sidik },
    });
    expect(res.status).toBe(200);
    // a new anchor is given only for a log that verified
    expect(res.json.anchor).toMatchObject({ length: anchor.panjang + 1 });
    // the two reads are sent together: either may be answered first
    const reads = google.requests.slice(0, 2);
    expect(reads.map((r) => r.op)).toEqual(['batchGet', 'batchGet']);
    const riwayat = reads.find((r) => r.query.getAll('ranges').includes("'Riwayat'"));
    const others = reads.find((r) => r !== riwayat);
    expect(riwayat?.query.getAll('ranges')).toEqual(["'Riwayat'"]);
    expect(riwayat?.query.get('dateTimeRenderOption')).toBe('SERIAL_NUMBER');
    expect(others?.query.get('dateTimeRenderOption')).toBe('FORMATTED_STRING');
  });

  it('answers an unknown render option as Sheets does (400), and a render it does not model loudly', async () => {
    const url = (q: string) => `${google.url}v4/spreadsheets/${OFFICE}/values:batchGet?ranges=Riwayat&${q}`;
    const get = (q: string) => fetch(url(q), { headers: { Authorization: 'Bearer test-access-token' } });
    const bad = await get('valueRenderOption=UNFORMATTED_VALUE&dateTimeRenderOption=ISO');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toContain(
      "Invalid value at 'date_time_render_option'",
    );
    expect((await get('valueRenderOption=RAW')).status).toBe(400);
    const formatted = await get('valueRenderOption=FORMATTED_VALUE');
    expect(formatted.status).toBe(500);
    expect(google.errors.splice(0)).toHaveLength(1);
  });

  it('keeps the same call budget whatever the office size', async () => {
    const counts: number[][] = [];
    for (const size of [10, 200]) {
      google.reset();
      google.files.clear();
      const tables = syntheticTables(size, 8);
      google.spreadsheets.set(OFFICE, tables);
      const res = await post(
        '/recapTest',
        { spreadsheetId: OFFICE, year: 2026, period: 'TW2' },
        idToken({ email: 'pegawai1@kantor.go.id', aud: AUDIENCE, hd: 'nganjukkab.go.id' }),
      );
      expect(res.status).toBe(200);
      counts.push(
        (['batchGet', 'list', 'create', 'update', 'export', 'batchUpdate', 'append'] as const).map((op) =>
          google.count(op),
        ),
      );
    }
    expect(counts[0]).toEqual([2, 1, 2, 0, 1, 0, 2]);
    expect(counts[1]).toEqual(counts[0]);
  });

  it('serves only its allow-list, and the folder comes from the deployment, never from the sheet', async () => {
    const unlisted = await recap({ spreadsheetId: UNLISTED });
    expect(unlisted.status).toBe(403);
    expect((unlisted.json.error as { pesan: string }).pesan).toContain('tidak terdaftar pada layanan rekap');
    const tables = demoYearTables();
    (tables.Pengaturan as Cell[][]).push(['Folder Rekap', OTHER_FOLDER]);
    google.spreadsheets.set(OFFICE, tables);
    expect((await recap()).status).toBe(200);
    expect(
      [...google.files.values()].every(
        (f) => f.parents.includes(FOLDER) && !f.parents.includes(OTHER_FOLDER),
      ),
    ).toBe(true);
    // another office's recap is keyed by its own spreadsheet ID: it cannot overwrite this one
    google.spreadsheets.set(OTHER, demoYearTables());
    expect((await recap({ spreadsheetId: OTHER })).status).toBe(200);
    expect(google.files.size).toBe(4);
    expect([...google.files.values()].filter((f) => f.appProperties.office === OFFICE)).toHaveLength(2);
  });

  it.each([
    ['no token', null, 401, 'http.tokenKosong'],
    [
      'an expired token',
      idToken({
        email: ADMIN,
        aud: AUDIENCE,
        hd: 'nganjukkab.go.id',
        iat: Math.floor(Date.now() / 1000) - 7200,
        exp: Math.floor(Date.now() / 1000) - 3600,
      }),
      401,
      'http.tokenTidakSah',
    ],
    [
      'a wrong audience',
      idToken({ email: ADMIN, aud: 'someone-else.apps.googleusercontent.com', hd: 'nganjukkab.go.id' }),
      401,
      'http.tokenTidakSah',
    ],
    [
      'a wrong issuer',
      idToken({ email: ADMIN, aud: AUDIENCE, hd: 'nganjukkab.go.id', iss: 'https://evil.example.com' }),
      401,
      'http.tokenTidakSah',
    ],
    [
      'a forged signature',
      idToken({ email: ADMIN, aud: AUDIENCE, hd: 'nganjukkab.go.id' }, otherKey),
      401,
      'http.tokenTidakSah',
    ],
    [
      'an unverified email',
      idToken({ email: ADMIN, aud: AUDIENCE, hd: 'nganjukkab.go.id', email_verified: false }),
      401,
      'http.emailBelumDiverifikasi',
    ],
    ['another domain', idToken({ email: 'someone@gmail.com', aud: AUDIENCE }), 403, 'http.domainDitolak'],
    [
      'an employee who is not an administrator',
      idToken({ email: STAFF, aud: AUDIENCE, hd: 'nganjukkab.go.id' }),
      403,
      'alur.bukanPeran',
    ],
  ])('refuses %s and touches nothing', async (_what, token, status, kode) => {
    const res = await recap({}, token);
    expect(res.status).toBe(status);
    expect(res.json.error).toMatchObject({ kode });
    expect(google.files.size).toBe(0);
    expect(google.count('batchUpdate') + google.count('append')).toBe(0);
  });

  it.each([
    [{ spreadsheetId: 'x' }, 400],
    [{ year: '2026' }, 400],
    [{ period: 'TW5' }, 400],
    [{ strict: 'ya' }, 400],
    [{ year: 2025 }, 409],
  ])('answers %j with %i and an Indonesian message', async (body, status) => {
    const res = await recap(body);
    expect(res.status).toBe(status);
    expect((res.json.error as { pesan: string }).pesan.length).toBeGreaterThan(10);
  });

  it('404 for a spreadsheet that is missing or not shared, and for a missing tab', async () => {
    google.spreadsheets.delete(OFFICE);
    const missing = await recap();
    expect(missing.status).toBe(404);
    expect(missing.json.error).toMatchObject({ kode: 'http.spreadsheetTidakAda' });
    const tables = demoYearTables();
    delete tables.Pengukuran;
    google.spreadsheets.set(OFFICE, tables);
    const noTab = await recap();
    expect(noTab.status).toBe(404);
    expect((noTab.json.error as { pesan: string }).pesan).toBe(
      'Tab Pengukuran: Tab ini tidak ada. Jalankan menu Kinerja > Siapkan tab.',
    );
  });

  it('409 with strict when data is incomplete, listing what is missing', async () => {
    google.spreadsheets.set(OFFICE, demoTables(false));
    const res = await recap({ strict: true, period: 'TW1' });
    expect(res.status).toBe(409);
    expect(res.json.error).toMatchObject({ kode: 'rekap.belumLengkap' });
    expect((res.json.error as { rincian: string[] }).rincian.length).toBeGreaterThan(7);
    expect(google.files.size).toBe(0);
  });

  it.each(['batchGet', 'list', 'create', 'export', 'append'] as const)(
    'retries a transient 503 on %s and still makes exactly one document',
    async (op) => {
      google.faults.push({ op, status: 503 });
      const res = await recap();
      expect(res.status).toBe(200);
      // create and append: two documents and two appends; batchGet: the tabs, then Riwayat
      expect(google.count(op)).toBe(op === 'create' || op === 'append' || op === 'batchGet' ? 3 : 2);
      expect([...google.files.values()].filter((f) => f.appProperties.kinerjaKind === 'doc')).toHaveLength(1);
      expect(sleeps).toHaveLength(1);
    },
  );

  it('retries Drive’s 403 rate limit like a 429, and after the bound answers 503, never "not shared"', async () => {
    google.faults.push({ op: 'create', status: 403, rateLimit: true });
    expect((await recap()).status).toBe(200);
    expect(google.count('create')).toBe(3);
    expect(sleeps).toHaveLength(1);
    google.reset();
    google.faults.push({ op: 'list', status: 403, rateLimit: true, times: 10 });
    const failed = await recap();
    expect(failed.status).toBe(503);
    expect(failed.json.error).toMatchObject({ kode: 'http.googleGagal' });
    expect(google.count('list')).toBe(retry.attempts);
    // a 403 that is not a rate limit is not retried
    google.reset();
    google.faults.push({ op: 'list', status: 403 });
    expect((await recap()).status).toBe(404);
    expect(google.count('list')).toBe(1);
  });

  it('honours Retry-After on 429', async () => {
    google.faults.push({ op: 'batchGet', status: 429, retryAfter: '3' });
    expect((await recap()).status).toBe(200);
    expect(sleeps).toEqual([3000]);
  });

  it('a create whose response was lost is retried as find-then-update: no duplicate', async () => {
    google.faults.push({ op: 'create', status: 500, afterEffect: true });
    expect((await recap()).status).toBe(200);
    expect(google.files.size).toBe(2);
    expect(google.requests.map((r) => r.op)).toEqual([
      'batchGet',
      'batchGet',
      'list',
      'create',
      'list',
      'update',
      'export',
      'create',
      'append',
      'append',
    ]);
  });

  it('an append whose response was lost is not sent again: the tail read back holds it, Riwayat gets one entry', async () => {
    const before = parseKantor(google.spreadsheets.get(OFFICE) as never).riwayat.length;
    // both appends (Rekap's rows, then Riwayat's entry) take effect and answer 500
    google.faults.push({ op: 'append', status: 500, afterEffect: true, times: 2 });
    const res = await recap();
    expect(res.status).toBe(200);
    expect(google.requests.map((r) => r.op)).toEqual([
      'batchGet',
      'batchGet',
      'list',
      'create',
      'export',
      'create',
      'append',
      'batchGet',
      'append',
      'batchGet',
    ]);
    // the tail starts at the last row read (it exists, so the range is inside the grid)
    const tail = google.requests.filter((r) => r.op === 'batchGet').slice(2);
    expect(tail.map((r) => r.query.getAll('ranges').join())).toEqual([
      expect.stringMatching(/^'Rekap'!A1:[A-Z]+$/),
      expect.stringMatching(new RegExp(`^'Riwayat'!A${before + 1}:[A-Z]+$`)),
    ]);
    const k = parseKantor(google.spreadsheets.get(OFFICE) as never);
    expect(k.riwayat.length).toBe(before + 1);
    const keys = k.rekap.map((r) => `${r.value.nip} ${r.value.periode}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBeGreaterThan(0);
  });

  it('an append that failed before taking effect is sent again after the tail shows it missing', async () => {
    const before = parseKantor(google.spreadsheets.get(OFFICE) as never).riwayat.length;
    google.faults.push({ op: 'append', status: 500, times: 2 });
    expect((await recap()).status).toBe(200);
    expect(google.count('append')).toBe(4);
    expect(parseKantor(google.spreadsheets.get(OFFICE) as never).riwayat.length).toBe(before + 1);
  });

  it('gives up after bounded retries with 502 (503 when rate-limited), and a rerun ends with exactly one document', async () => {
    google.faults.push({ op: 'export', status: 500, times: 10 });
    const failed = await recap();
    expect(failed.status).toBe(502);
    expect(failed.json.error).toMatchObject({ kode: 'http.googleGagal' });
    expect(google.count('export')).toBe(retry.attempts);
    expect(google.count('batchUpdate') + google.count('append')).toBe(0);
    google.reset();
    google.faults.push({ op: 'batchGet', status: 429, times: 10 });
    expect((await recap()).status).toBe(503);
    google.reset();
    expect((await recap()).status).toBe(200);
    expect([...google.files.values()].map((f) => f.appProperties.kinerjaKind).sort()).toEqual(['doc', 'pdf']);
  });
});

describe('on Google’s rules (the strict local server)', () => {
  const direct = () => {
    const auth = new OAuth2Client();
    auth.setCredentials({ access_token: 'test-access-token', expiry_date: Date.now() + 3_600_000 });
    return googleClients({ rootUrl: google.url, auth });
  };
  const apiError = async (p: Promise<unknown>) => {
    try {
      await p;
    } catch (e) {
      const err = e as { status?: number; message?: string; response?: { status?: number } };
      return { status: err.status ?? err.response?.status, message: String(err.message) };
    }
    throw new Error('no error');
  };

  it('a service account that is not an editor of Rekap’s protection gets 409 saying what to fix, and writes nothing', async () => {
    google.protections.set(OFFICE, setUpProtections('someone-else@kinerja-prod.iam.gserviceaccount.com'));
    const before = JSON.stringify(google.spreadsheets.get(OFFICE));
    const res = await recap();
    expect(res.status).toBe(409);
    expect(res.json.error).toMatchObject({ kode: 'http.dilindungi' });
    expect((res.json.error as { pesan: string }).pesan).toContain('Email Akun Layanan');
    expect(JSON.stringify(google.spreadsheets.get(OFFICE))).toBe(before);
  });

  it('refuses a service-account file outside a Shared Drive (storageQuotaExceeded) with a clear message', async () => {
    google.folders.set(FOLDER, { driveId: null });
    try {
      const res = await recap();
      expect(res.status).toBe(500);
      expect(res.json.error).toMatchObject({ kode: 'http.bukanDriveBersama' });
      expect(google.files.size).toBe(0);
    } finally {
      google.sharedDrive('drive-kinerja', FOLDER);
    }
  });

  it('appends Riwayat past row 1000 (values.append grows the grid); a write past the grid is refused', async () => {
    const tables = demoYearTables();
    const log = tables.Riwayat as Cell[][];
    while (log.length < 1000) log.push([...(log[1] as Cell[])]);
    google.spreadsheets.set(OFFICE, tables);
    expect((await recap()).status).toBe(200);
    expect(google.spreadsheets.get(OFFICE)?.Riwayat).toHaveLength(1001);
    expect(google.grid(OFFICE, 'Riwayat').rows).toBeGreaterThanOrEqual(1001);
    const refused = await apiError(
      direct().sheets.spreadsheets.values.update({
        spreadsheetId: OFFICE,
        range: "'Pegawai'!A1001",
        valueInputOption: 'RAW',
        requestBody: { values: [['x']] },
      }),
    );
    expect(refused).toMatchObject({ status: 400 });
    expect(refused.message).toBe(
      "Range ('Pegawai'!A1001) exceeds grid limits. Max rows: 1000, max columns: 26",
    );
    // a read of an open-ended range: from its first row on, inside the grid only
    const tail = await direct().sheets.spreadsheets.values.batchGet({
      spreadsheetId: OFFICE,
      ranges: ["'Pegawai'!B3:C"],
      valueRenderOption: 'UNFORMATTED_VALUE',
    });
    const pegawai = google.spreadsheets.get(OFFICE)?.Pegawai as Cell[][];
    expect(tail.data.valueRanges?.[0]?.values?.[0]).toEqual(pegawai[2]?.slice(1, 3));
    expect(tail.data.valueRanges?.[0]?.values).toHaveLength(pegawai.length - 2);
    const past = await apiError(
      direct().sheets.spreadsheets.values.batchGet({
        spreadsheetId: OFFICE,
        ranges: ["'Pegawai'!A1001:B"],
        valueRenderOption: 'UNFORMATTED_VALUE',
      }),
    );
    expect(past).toMatchObject({ status: 400 });
    expect(past.message).toMatch(/exceeds grid limits/);
  });

  it('refuses a write into protected cells, a Shared Drive file without supportsAllDrives, a too-large DOCX and export', async () => {
    const c = direct();
    google.protections.set(OFFICE, [{ tab: 'PK', rows: [2, 3], editors: [ADMIN] }]);
    const update = await apiError(
      c.sheets.spreadsheets.values.batchUpdate({
        spreadsheetId: OFFICE,
        requestBody: { valueInputOption: 'RAW', data: [{ range: "'PK'!A3", values: [['x']] }] },
      }),
    );
    expect(update).toMatchObject({ status: 400 });
    expect(update.message).toMatch(/^You are trying to edit a protected cell or object/);
    const single = await apiError(
      c.sheets.spreadsheets.values.update({
        spreadsheetId: OFFICE,
        range: "'PK'!B2",
        valueInputOption: 'RAW',
        requestBody: { values: [['x']] },
      }),
    );
    expect(single).toMatchObject({ status: 400 });
    expect(single.message).toMatch(/^You are trying to edit a protected cell or object/);
    google.protections.set(OFFICE, [{ tab: 'PK', editors: [ADMIN] }]);
    const append = await apiError(
      c.sheets.spreadsheets.values.append({
        spreadsheetId: OFFICE,
        range: "'PK'!A1",
        valueInputOption: 'RAW',
        requestBody: { values: [['x']] },
      }),
    );
    expect(append).toMatchObject({ status: 400 });
    expect(append.message).toMatch(/^You are trying to edit a protected cell or object/);
    google.protections.set(OFFICE, setUpProtections());
    // a published file in the Shared Drive is invisible without supportsAllDrives
    await recap();
    const doc = [...google.files.values()].find((f) => f.appProperties.kinerjaKind === 'doc');
    const hidden = await apiError(
      c.drive.files.update({ fileId: doc?.id as string, requestBody: { name: 'x' } }, c.callOptions),
    );
    expect(hidden).toMatchObject({ status: 404 });
    const listed = await c.drive.files.list({ q: `'${FOLDER}' in parents` }, c.callOptions);
    expect(listed.data.files).toEqual([]);
    // a DOCX whose text is above 1.02 million characters does not convert to a Google Doc
    const { Document, Packer, Paragraph } = await import('docx');
    const big = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph('x'.repeat(1_020_001))] }] }),
    );
    const convert = await apiError(
      c.drive.files.create(
        {
          requestBody: { name: 'big', parents: [FOLDER], mimeType: 'application/vnd.google-apps.document' },
          media: {
            mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
            body: (await import('node:stream')).Readable.from(big),
          },
          supportsAllDrives: true,
        },
        c.callOptions,
      ),
    );
    expect(convert).toMatchObject({ status: 400 });
    // files.export refuses content above 10 MB
    (doc as { content: Buffer }).content = Buffer.alloc(4 * 1024 * 1024);
    const exported = await apiError(
      c.drive.files.export({ fileId: doc?.id as string, mimeType: 'application/pdf' }, c.callOptions),
    );
    expect(exported).toMatchObject({ status: 403 });
    expect(exported.message).toBe('This file is too large to be exported.');
  });

  it('splits the annual recap of 1,000 employees x 10 indicators into parts that each fit Google Docs, idempotently', {
    timeout: 300_000,
  }, async () => {
    const tables = syntheticTables(1000, 10);
    google.spreadsheets.set(OFFICE, tables);
    // each answer takes a moment, as Google's do: requests sent together are answered together
    google.latencyMs = 20;
    const token = idToken({ email: 'pegawai1@kantor.go.id', aud: AUDIENCE, hd: 'nganjukkab.go.id' });
    const run = () => post('/recapTest', { spreadsheetId: OFFICE, year: 2026, period: 'TAHUNAN' }, token);
    const res = await run();
    expect(res.status).toBe(200);
    const parts = res.json.parts as { title: string; docUrl: string }[];
    expect(parts.length).toBeGreaterThan(2);
    expect(parts[0]?.docUrl).toBe(res.json.docUrl);
    const docs = [...google.files.values()].filter((f) => f.appProperties.kinerjaKind === 'doc');
    expect(docs).toHaveLength(parts.length);
    for (const d of docs) expect(docxCharacters(d.content)).toBeLessThanOrEqual(1_000_000);
    // every employee's Rekap row links the part holding their details; the log names every part
    const k = parseKantor(google.spreadsheets.get(OFFICE) as never);
    const rows = k.rekap.filter((r) => r.value.periode === 'TAHUNAN');
    expect(rows).toHaveLength(1000);
    const links = new Set(rows.map((r) => r.value.dokumen));
    expect([...links].every((l) => parts.slice(1).some((p) => p.docUrl === l))).toBe(true);
    expect(links.size).toBe(parts.length - 1);
    for (const p of parts) expect(k.riwayat.at(-1)?.value.catatan).toContain(p.docUrl);
    // the parts were published three at a time (each waits mostly on Drive)
    expect(google.maxInFlight).toBe(3);
    // a rerun updates the same files
    google.reset();
    expect((await run()).status).toBe(200);
    expect([...google.files.values()].filter((f) => f.appProperties.kinerjaKind === 'doc')).toHaveLength(
      parts.length,
    );
    expect(google.count('create')).toBe(0);
  });

  it.each([
    ['recorded on the first part', { kinerjaBagian: '3' }, 4],
    ['of a first part that recorded none (looked for)', {}, 5],
  ])(
    'moves the parts of an earlier split run that this run does not publish to the trash, by key, once: %s',
    async (_, record, lists) => {
      // an earlier annual recap of this office was split in three parts after its first (a Doc and a PDF
      // each); the office is now small enough for one document
      const file = (id: string, periode: string, kind: 'doc' | 'pdf', extra: Record<string, string> = {}) =>
        google.files.set(id, {
          id,
          name: `Rekap Tahunan ${periode}${kind === 'pdf' ? '.pdf' : ''}`,
          mimeType: kind === 'doc' ? 'application/vnd.google-apps.document' : 'application/pdf',
          parents: [FOLDER],
          appProperties: {
            kinerjaKey: `${OFFICE}:2026:${periode}`,
            kinerjaKind: kind,
            office: OFFICE,
            year: '2026',
            period: periode,
            ...extra,
          },
          content: Buffer.from('earlier run'),
          contentType:
            kind === 'doc'
              ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
              : 'application/pdf',
          trashed: false,
        });
      file('first-doc', 'TAHUNAN', 'doc', record);
      file('first-pdf', 'TAHUNAN', 'pdf');
      const stale = [1, 2, 3].flatMap((n) =>
        (['doc', 'pdf'] as const).map((kind) => {
          file(`part-${n}-${kind}`, `TAHUNAN-BAGIAN-${n}`, kind);
          return `part-${n}-${kind}`;
        }),
      );
      // another period's part stays
      file('tw1-part', 'TW1-BAGIAN-1', 'doc');
      const res = await recap();
      expect(res.status).toBe(200);
      expect(res.json.parts).toBeUndefined();
      expect(stale.map((id) => google.files.get(id)?.trashed)).toEqual(stale.map(() => true));
      expect(google.files.get('tw1-part')?.trashed).toBe(false);
      expect(google.files.get('first-doc')).toMatchObject({
        trashed: false,
        appProperties: { kinerjaBagian: '0' },
      });
      // a trash call per file; a files.list per part withdrawn (and one that finds nothing when unrecorded)
      expect(google.count('update-metadata')).toBe(6);
      expect(google.count('list')).toBe(lists);
      expect(google.count('create')).toBe(0);
      // a rerun: the first part's record says there is nothing to withdraw
      google.reset();
      expect((await recap()).status).toBe(200);
      expect(google.count('update-metadata')).toBe(0);
      expect(google.count('list')).toBe(1);
    },
  );
});

describe('POST /document', () => {
  it('files an employee’s signed PK into the archive folder, once, and refuses a peer', async () => {
    const doc = (nip: string, token: string) =>
      post('/documentTest', { spreadsheetId: OFFICE, year: 2026, nip, kind: 'PK' }, token);
    const res = await doc(DEMO_NIP.stafTu, idToken({ email: STAFF, aud: AUDIENCE, hd: 'nganjukkab.go.id' }));
    expect(res.status).toBe(200);
    expect(res.json.kodeVerifikasi).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
    await doc(DEMO_NIP.stafTu, adminToken());
    const files = [...google.files.values()];
    expect(files.map((f) => [f.parents[0], f.appProperties.period])).toEqual([
      [ARCHIVE, `PK-${DEMO_NIP.stafTu}`],
      [ARCHIVE, `PK-${DEMO_NIP.stafTu}`],
    ]);
    expect(new Set(files.map((f) => f.mimeType)).size).toBe(2);
    const peer = await doc(
      DEMO_NIP.stafTu,
      idToken({
        email: DEMO_PEGAWAI.find((p) => p.nip === DEMO_NIP.stafKeuangan)?.email,
        aud: AUDIENCE,
        hd: 'nganjukkab.go.id',
      }),
    );
    expect(peer.status).toBe(403);
    expect(peer.json.error).toMatchObject({ kode: 'dokumen.bukanHak' });
    const k = parseKantor(google.spreadsheets.get(OFFICE) as never);
    expect(k.pk.find((r) => r.value.nip === DEMO_NIP.stafTu)?.value.dokumenPk).toBe(res.json.docUrl);
  });

  it('files a batch (the add-on’s bulk action) with one read (the tabs, then Riwayat) and one write of the sheet, each idempotent by key, answered per document', async () => {
    const staffToken = idToken({ email: STAFF, aud: AUDIENCE, hd: 'nganjukkab.go.id' });
    const documents = [
      { nip: DEMO_NIP.stafTu, kind: 'PK' },
      { nip: DEMO_NIP.stafTu, kind: 'RA' },
      { nip: DEMO_NIP.stafKeuangan, kind: 'PK' },
    ];
    const batch = (token: string) =>
      post('/documentTest', { spreadsheetId: OFFICE, year: 2026, documents }, token);
    const res = await batch(adminToken());
    expect(res.status).toBe(200);
    const answers = res.json.documents as { nip: string; kind: string; status: number; docUrl: string }[];
    expect(answers.map((a) => [a.nip, a.kind, a.status])).toEqual(documents.map((d) => [d.nip, d.kind, 200]));
    expect(google.count('batchGet')).toBe(2);
    // no PK or RA is made of Pengukuran or Rekap: their header row only (A1 rows "Sheet1!1:2", Google's
    // concepts page), every other tab whole
    const ranges = google.requests
      .filter((r) => r.op === 'batchGet')
      .flatMap((r) => r.query.getAll('ranges'));
    expect(ranges.filter((r) => r.endsWith('!1:1'))).toEqual(["'Pengukuran'!1:1", "'Rekap'!1:1"]);
    expect(ranges).toContain("'Rencana Aksi'");
    expect(google.count('batchUpdate')).toBe(1);
    expect(google.count('create')).toBe(6);
    const k = parseKantor(google.spreadsheets.get(OFFICE) as never);
    const row = (nip: string) => k.pk.find((r) => r.value.nip === nip)?.value;
    expect([row(DEMO_NIP.stafTu)?.dokumenPk, row(DEMO_NIP.stafTu)?.dokumenRa]).toEqual([
      answers[0]?.docUrl,
      answers[1]?.docUrl,
    ]);
    expect(row(DEMO_NIP.stafKeuangan)?.dokumenPk).toBe(answers[2]?.docUrl);
    // the same request again (a retry): the same files updated, none created; a document the caller may
    // not have is refused on its own, the others filed
    const again = await batch(staffToken);
    expect(again.status).toBe(200);
    expect((again.json.documents as { status: number }[]).map((a) => a.status)).toEqual([200, 200, 403]);
    expect((again.json.documents as { error?: { kode: string } }[])[2]?.error?.kode).toBe('dokumen.bukanHak');
    expect(google.count('create')).toBe(6);
    expect(google.files.size).toBe(6);
    // a batch is bounded
    const tooMany = await post(
      '/documentTest',
      { spreadsheetId: OFFICE, year: 2026, documents: Array.from({ length: 6 }, () => documents[0]) },
      adminToken(),
    );
    expect(tooMany.status).toBe(400);
  });
});

describe('the coat of arms from Pengaturan in the cloud', () => {
  const PNG = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAIAAAADCAIAAAA2iEnWAAAAEklEQVR4nGP4z8DAwMDAwMDAAAHXAv+ZBhzsAAAAAElFTkSuQmCC',
    'base64',
  );
  const withLambang = (ref: string) => {
    const tables = demoYearTables();
    const row = (tables.Pengaturan ?? []).find((r) => r[0] === 'Lambang');
    if (!row) throw new Error('no Lambang row');
    row[1] = ref;
    google.spreadsheets.set(OFFICE, tables);
  };
  const file = (id: string, mimeType: string, content: Buffer) =>
    google.files.set(id, {
      id,
      name: id,
      mimeType,
      parents: [FOLDER],
      appProperties: {},
      content,
      contentType: mimeType,
      trashed: false,
    });

  it('downloads the Drive file (files.get alt=media) and puts it on the letterhead', async () => {
    file('lambangKabupaten', 'image/png', PNG);
    withLambang('lambangKabupaten');
    const res = await post(
      '/documentTest',
      { spreadsheetId: OFFICE, year: 2026, nip: DEMO_NIP.stafTu, kind: 'PK' },
      adminToken(),
    );
    expect(res.status).toBe(200);
    const get = google.requests.find((r) => r.op === 'get');
    expect([get?.path, get?.query.get('alt')]).toEqual(['/drive/v3/files/lambangKabupaten', 'media']);
    const doc = [...google.files.values()].find((f) => f.mimeType === 'application/vnd.google-apps.document');
    const docx = await readDocx(doc?.content ?? Buffer.alloc(0));
    expect(docx.media).toHaveLength(1);
  });

  it('refuses a Google Doc as the coat of arms, naming the setting, and writes nothing', async () => {
    file('bukanGambar', 'application/vnd.google-apps.document', Buffer.from('x'));
    withLambang('bukanGambar');
    const res = await recap({ period: 'TW1' });
    expect(res.status).toBe(422);
    expect(res.json.error).toMatchObject({ kode: 'lambang.tidakTerbaca' });
    expect(google.requests.map((r) => r.op)).toEqual(['batchGet', 'batchGet', 'get']);
  });
});

describe('POST /recap-all', () => {
  it('enqueues one task per office; each runs /recap as the service account and is logged as scheduled', async () => {
    google.spreadsheets.set(OTHER, demoYearTables());
    const res = await post(
      '/recapAllTest',
      { spreadsheetIds: [OFFICE, OTHER], year: 2026, period: 'TW4' },
      idToken({ email: 'operator@nganjukkab.go.id', aud: AUDIENCE, hd: 'nganjukkab.go.id' }),
    );
    expect(res.status).toBe(202);
    expect(res.json.tasks).toHaveLength(2);
    expect(queue.ran.map((t) => t.spreadsheetId)).toEqual([OFFICE, OTHER]);
    expect(google.files.size).toBe(4);
    const k = parseKantor(google.spreadsheets.get(OFFICE) as never);
    expect(k.riwayat.at(-1)?.value).toMatchObject({
      langkah: 13,
      email: ADMIN,
      catatan: 'Dikompilasi terjadwal melalui Cloud Tasks',
    });
  });

  it('is for operators only, and only for offices on the allow-list', async () => {
    const notOperator = await post(
      '/recapAllTest',
      { spreadsheetIds: [OFFICE], year: 2026, period: 'TW4' },
      adminToken(),
    );
    expect(notOperator.status).toBe(403);
    const unlisted = await post(
      '/recapAllTest',
      { spreadsheetIds: [OFFICE, UNLISTED], year: 2026, period: 'TW4' },
      idToken({ email: 'operator@nganjukkab.go.id', aud: AUDIENCE, hd: 'nganjukkab.go.id' }),
    );
    expect(unlisted.status).toBe(403);
  });
});

describe('the deployed entry points', () => {
  it('registers recap and recapAll, and refuses an unauthenticated call without reaching Google', async () => {
    await import('../../functions/index');
    for (const name of ['recap', 'recapAll', 'document']) {
      const s = getTestServer(name);
      await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
      const res = await fetch(`http://127.0.0.1:${(s.address() as AddressInfo).port}/`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          spreadsheetId: OFFICE,
          year: 2026,
          period: 'TW1',
          spreadsheetIds: [OFFICE],
          nip: DEMO_NIP.stafTu,
          kind: 'PK',
        }),
      });
      expect(res.status).toBe(401);
      await new Promise<void>((resolve) => s.close(() => resolve()));
    }
    expect(TAB_NAMES).toHaveLength(9);
  });
});
