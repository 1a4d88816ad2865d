// The sidebar's server functions (google.script.run). Each is one round trip that returns the new view.
// Every action is decided again here (who the active user is, their role for that row, the current state)
// under the document lock; the sidebar only displays.
import {
  type ActionRequest,
  type ActionResult,
  bolehCetak,
  type Diarsip,
  describeProblem,
  isPeriode,
  type JenisDokumenTtd,
  jalankan,
  LOCK_WAIT_MS,
  normalizeHeader,
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
import { unggahBukti } from './bukti';
import { type Context, load, open, type Spreadsheet } from './context';
import { kirimPengingat, periksaRekap } from './dashboard';

export type { ActionRequest, ActionResult };

/** The action service's ports on Apps Script. */
function ports(s: Spreadsheet): PortAksi {
  return {
    workbook: Object.assign(s.wb, { flush: () => SpreadsheetApp.flush() }),
    lock: LockService.getDocumentLock(),
    mailer: { tautan: s.ss.getUrl(), send: (to, subject, body) => MailApp.sendEmail(to, subject, body) },
    // signed and archived documents are filed by the document service (when configured)
    filer: (kantor, nip, jenis) => requestDocument({ ...s, kantor }, nip, jenis),
    clock: () => Date.now(),
    sha256: appsScriptSha256,
    jangkar: documentAnchor(),
  };
}

/** The anchor as the recap and document services receive it (and return it, for a recap). */
function anchorBody(): { anchor?: { length: number; head: string; digest?: string } } {
  const j = documentAnchor().baca();
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
  return jalankan(ports(s), s.email, reqs).hasil();
}

/** Compile a recap through the recap service, as the active user (their identity token), then the new view. */
export function kompilasiRekap(periode: Periode): ActionResult {
  const c = load();
  const lang = c.kantor.settings.bahasa;
  const view = () =>
    sidebarView(load().kantor, c.email, appsScriptSha256, { jangkar: documentAnchor().baca(), now: c.now });
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
        ...anchorBody(),
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
      documentAnchor().tulis({
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

/** Ask the document service for one employee's PK or RA (Google Doc + PDF in the archive folder). */
function requestDocument(
  c: Pick<Context, 'ss' | 'kantor'>,
  nip: string,
  jenis: JenisDokumenTtd,
): Diarsip | null {
  const url = c.kantor.settings.urlLayananRekap;
  if (!url) return null;
  const res = UrlFetchApp.fetch(urlLayanan(url, 'document'), {
    method: 'post',
    contentType: 'application/json',
    headers: { Authorization: `Bearer ${ScriptApp.getIdentityToken()}` },
    payload: JSON.stringify({
      spreadsheetId: c.ss.getId(),
      year: c.kantor.settings.tahun,
      nip,
      kind: jenis,
      ...anchorBody(),
    }),
    muteHttpExceptions: true,
  });
  const lang = c.kantor.settings.bahasa;
  let body: { docUrl?: string; pdfUrl?: string | null; error?: { pesan?: string; message?: string } } = {};
  try {
    body = JSON.parse(res.getContentText());
  } catch {
    body = {};
  }
  if (res.getResponseCode() !== 200 || !body.docUrl) {
    const pesan =
      (lang === 'en' ? body.error?.message : body.error?.pesan) ?? res.getContentText().slice(0, 200);
    return { ok: false, pesan: t('addon.rekapGagal', { status: res.getResponseCode(), pesan }, lang) };
  }
  return {
    ok: true,
    pesan: `${jenis} ${nip}: ${body.docUrl}`,
    docUrl: body.docUrl,
    pdfUrl: body.pdfUrl ?? null,
  };
}

/** "Cetak": the signed PK or RA as a Google Doc and PDF, for the employee, their superior or an administrator. */
export function cetakDokumen(nip: string, jenis: JenisDokumenTtd): ActionResult {
  const c = load();
  const lang = c.kantor.settings.bahasa;
  const view = sidebarView(c.kantor, c.email, appsScriptSha256, {
    jangkar: documentAnchor().baca(),
    now: c.now,
  });
  const allowed = bolehCetak(c.kantor.org, c.email, nip, jenis, c.kantor.settings.tahun);
  if (!allowed.ok) return { ok: false, pesan: allowed.problems.map((p) => describeProblem(p, lang)), view };
  if (!c.kantor.settings.urlLayananRekap)
    return { ok: false, pesan: [t('addon.rekapTanpaUrl', {}, lang)], view };
  const filed = requestDocument(c, nip, jenis);
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
  unggahBukti,
}) satisfies SidebarServer;
