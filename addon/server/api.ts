// The sidebar's server functions (google.script.run). Each is one round trip that returns the new view.
// Every action is decided again here (who the active user is, their role for that row, the current state)
// under the document lock; the sidebar only displays.
import {
  type ActionRequest,
  type ActionResult,
  bolehCetak,
  type Diarsip,
  DOKUMEN_PER_PERMINTAAN,
  describeProblem,
  isPeriode,
  type Jangkar,
  type JenisDokumenTtd,
  jalankan,
  LOCK_WAIT_MS,
  normalizeHeader,
  type PenyimpanJangkar,
  type Periode,
  type PortAksi,
  type SidebarServer,
  type SidebarView,
  sidebarView,
  t,
  urlLayanan,
} from '../../shared';
import { documentAnchor } from '../platform/anchor';
import { appsScriptSha256 } from '../platform/sha256';
import { type Context, load, open, type Spreadsheet } from './context';
import { kirimPengingat, periksaRekap } from './dashboard';

export type { ActionRequest, ActionResult };

/** The action service's ports on Apps Script; `jangkar` is this execution's one reading of the anchor. */
function ports(s: Spreadsheet, jangkar: PenyimpanJangkar): PortAksi {
  // signed and archived documents are filed by the document service (when configured), side by side
  const fileAll = (kantor: Context['kantor'], daftar: readonly Dokumen[]) =>
    requestDocuments({ ...s, kantor }, jangkar, daftar);
  return {
    workbook: Object.assign(s.wb, { flush: () => SpreadsheetApp.flush() }),
    lock: LockService.getDocumentLock(),
    mailer: { tautan: s.ss.getUrl(), send: (to, subject, body) => MailApp.sendEmail(to, subject, body) },
    filer: (kantor, nip, jenis) => fileAll(kantor, [{ nip, jenis }])[0] ?? null,
    filerBanyak: fileAll,
    clock: () => Date.now(),
    sha256: appsScriptSha256,
    jangkar,
  };
}

/** The anchor as the recap and document services receive it (and return it, for a recap). */
function anchorBody(j: Jangkar | null): { anchor?: { length: number; head: string; digest?: string } } {
  return j ? { anchor: { length: j.panjang, head: j.kepala, ...(j.sidik ? { digest: j.sidik } : {}) } } : {};
}

export function ambilTampilan(): SidebarView {
  const c = load();
  return sidebarView(c.kantor, c.email, appsScriptSha256, { jangkar: documentAnchor().baca(), now: c.now });
}

export function jalankanAksi(req: ActionRequest): ActionResult {
  return jalankanBanyak([req]);
}

/** One or many actions (bulk approve): decided one after another on the evolving state, written once. */
export function jalankanBanyak(reqs: readonly unknown[]): ActionResult {
  const s = open();
  return jalankan(ports(s, documentAnchor()), s.email, reqs).hasil();
}

/** Compile a recap through the recap service, as the active user (their identity token), then the new view. */
export function kompilasiRekap(periode: Periode): ActionResult {
  const c = load();
  const lang = c.kantor.settings.bahasa;
  const anchor = documentAnchor();
  const view = () =>
    sidebarView(load().kantor, c.email, appsScriptSha256, { jangkar: anchor.baca(), now: c.now });
  if (!isPeriode(periode))
    return {
      ok: false,
      pesan: [t('cli.periodeTidakDikenal', { periode: String(periode) }, lang)],
      view: view(),
    };
  const url = c.kantor.settings.urlLayananRekap;
  if (!url) return { ok: false, pesan: [t('addon.rekapTanpaUrl', {}, lang)], view: view() };
  // under the document lock: no action appends to the log between the service's read and its append, and
  // the anchor it returns is stored before anyone acts again
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) return { ok: false, pesan: [t('kunci.sibuk', {}, lang)], view: view() };
  let res: GoogleAppsScript.URL_Fetch.HTTPResponse;
  let body: {
    docUrl?: string;
    pdfUrl?: string | null;
    anchor?: { length?: unknown; head?: unknown; digest?: unknown } | null;
    error?: { pesan?: string; message?: string };
  } = {};
  try {
    res = UrlFetchApp.fetch(`${url.replace(/\/$/, '')}`, {
      method: 'post',
      contentType: 'application/json',
      headers: { Authorization: `Bearer ${ScriptApp.getIdentityToken()}` },
      payload: JSON.stringify({
        spreadsheetId: c.ss.getId(),
        year: c.kantor.settings.tahun,
        period: periode,
        ...anchorBody(anchor.baca()),
      }),
      muteHttpExceptions: true,
    });
    try {
      body = JSON.parse(res.getContentText());
    } catch {
      body = {};
    }
    const a = body.anchor;
    if (res.getResponseCode() === 200 && typeof a?.length === 'number' && typeof a.head === 'string')
      anchor.tulis({
        panjang: a.length,
        kepala: a.head,
        ...(typeof a.digest === 'string' ? { sidik: a.digest } : {}),
      });
  } finally {
    lock.releaseLock();
  }
  const status = res.getResponseCode();
  if (status !== 200 || !body.docUrl) {
    const pesan =
      (lang === 'en' ? body.error?.message : body.error?.pesan) ?? res.getContentText().slice(0, 200);
    return { ok: false, pesan: [t('addon.rekapGagal', { status, pesan }, lang)], view: view() };
  }
  return {
    ok: true,
    pesan: [`${periode}: ${body.docUrl}`],
    view: view(),
    tautan: { docUrl: body.docUrl, pdfUrl: body.pdfUrl ?? null },
  };
}

interface Dokumen {
  readonly nip: string;
  readonly jenis: JenisDokumenTtd;
}

/**
 * Requests sent side by side in one UrlFetchApp.fetchAll ("Makes multiple requests to fetch multiple URLs":
 * https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app#fetchAll(Object)). A bulk
 * archive of 50 is 100 documents: 20 requests of DOKUMEN_PER_PERMINTAAN, one wave, where one request at a
 * time took 100 (over Apps Script's 6 minutes). Each request reads and writes the sheet once, so a wave
 * stays within the Sheets API's 60 reads and 60 writes a minute per user
 * (https://developers.google.com/workspace/sheets/api/limits).
 */
export const PERMINTAAN_SEKALIGUS = 20;

interface JawabanDokumen {
  readonly status?: number;
  readonly docUrl?: string;
  readonly pdfUrl?: string | null;
  readonly error?: { pesan?: string; message?: string };
}

/**
 * Ask the document service for employees' PKs and RAs (Google Doc + PDF in the archive folder): requests of
 * DOKUMEN_PER_PERMINTAAN documents, sent side by side; one result per document, in order. The service
 * files each document idempotently by its key, so a request that is sent again never duplicates one.
 */
function requestDocuments(
  c: Pick<Context, 'ss' | 'kantor'>,
  jangkar: PenyimpanJangkar,
  daftar: readonly Dokumen[],
): (Diarsip | null)[] {
  const url = c.kantor.settings.urlLayananRekap;
  if (!url || daftar.length === 0) return daftar.map(() => null);
  const lang = c.kantor.settings.bahasa;
  const base = {
    spreadsheetId: c.ss.getId(),
    year: c.kantor.settings.tahun,
    ...anchorBody(jangkar.baca()),
  };
  const headers = { Authorization: `Bearer ${ScriptApp.getIdentityToken()}` };
  const groups: Dokumen[][] = [];
  for (let i = 0; i < daftar.length; i += DOKUMEN_PER_PERMINTAAN)
    groups.push(daftar.slice(i, i + DOKUMEN_PER_PERMINTAAN));
  const requests = groups.map(
    (g): GoogleAppsScript.URL_Fetch.URLFetchRequest => ({
      url: urlLayanan(url, 'document'),
      method: 'post',
      contentType: 'application/json',
      headers,
      payload: JSON.stringify({ ...base, documents: g.map((d) => ({ nip: d.nip, kind: d.jenis })) }),
      muteHttpExceptions: true,
    }),
  );
  const responses: GoogleAppsScript.URL_Fetch.HTTPResponse[] = [];
  for (let i = 0; i < requests.length; i += PERMINTAAN_SEKALIGUS)
    responses.push(...UrlFetchApp.fetchAll(requests.slice(i, i + PERMINTAAN_SEKALIGUS)));
  const gagal = (status: number, e: JawabanDokumen['error'], raw: string): Diarsip => ({
    ok: false,
    pesan: t(
      'addon.rekapGagal',
      { status, pesan: (lang === 'en' ? e?.message : e?.pesan) ?? raw.slice(0, 200) },
      lang,
    ),
  });
  return groups.flatMap((g, i) => {
    const res = responses[i] as GoogleAppsScript.URL_Fetch.HTTPResponse;
    const raw = res.getContentText();
    let body: { documents?: JawabanDokumen[]; error?: JawabanDokumen['error'] } = {};
    try {
      body = JSON.parse(raw);
    } catch {
      body = {};
    }
    const answers = res.getResponseCode() === 200 ? body.documents : undefined;
    // a request refused as a whole (identity, allow-list) or not answered: each of its documents says so
    if (!Array.isArray(answers) || answers.length !== g.length)
      return g.map(() => gagal(res.getResponseCode(), body.error, raw));
    return g.map((d, j): Diarsip => {
      const a = answers[j] as JawabanDokumen;
      return a.status === 200 && a.docUrl
        ? {
            ok: true,
            pesan: `${d.jenis} ${d.nip}: ${a.docUrl}`,
            docUrl: a.docUrl,
            pdfUrl: a.pdfUrl ?? null,
          }
        : gagal(a.status ?? 0, a.error, JSON.stringify(a));
    });
  });
}

/** "Cetak": the signed PK or RA as a Google Doc and PDF, for the employee, their superior or an administrator. */
export function cetakDokumen(nip: string, jenis: JenisDokumenTtd): ActionResult {
  const c = load();
  const lang = c.kantor.settings.bahasa;
  const anchor = documentAnchor();
  const view = sidebarView(c.kantor, c.email, appsScriptSha256, { jangkar: anchor.baca(), now: c.now });
  const allowed = bolehCetak(c.kantor.org, c.email, nip, jenis, c.kantor.settings.tahun);
  if (!allowed.ok) return { ok: false, pesan: allowed.problems.map((p) => describeProblem(p, lang)), view };
  if (!c.kantor.settings.urlLayananRekap)
    return { ok: false, pesan: [t('addon.rekapTanpaUrl', {}, lang)], view };
  const [filed] = requestDocuments(c, anchor, [{ nip, jenis }]);
  return filed?.ok && filed.docUrl
    ? { ok: true, pesan: [filed.pesan], view, tautan: { docUrl: filed.docUrl, pdfUrl: filed.pdfUrl ?? null } }
    : { ok: false, pesan: [filed?.pesan ?? ''], view };
}

/** "Go to cell" from a problem in the sidebar. */
export function bukaSel(tab: string, row: number, column: string | null): void {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(tab);
  if (!sheet) return;
  const width = sheet.getLastColumn();
  const header = width > 0 ? (sheet.getRange(1, 1, 1, width).getValues()[0] ?? []) : [];
  const col = column ? header.findIndex((h) => normalizeHeader(h) === normalizeHeader(column)) + 1 : 1;
  sheet.getRange(Math.max(1, row), Math.max(1, col)).activate();
}

// the sidebar's server interface, checked against the shared declaration the preview implements too
({
  ambilTampilan,
  jalankanAksi,
  jalankanBanyak,
  kompilasiRekap,
  cetakDokumen,
  bukaSel,
  periksaRekap,
  kirimPengingat,
}) satisfies SidebarServer;
