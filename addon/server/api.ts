// The sidebar's server functions (google.script.run). Each is one round trip that returns the new view.
// Every action is decided again here (who the active user is, their role for that row, the current state)
// under the document lock; the sidebar only displays.
import {
  type ActionRequest,
  actMany,
  barisRiwayat,
  bolehCetak,
  describeProblem,
  dokumenUntukLangkah,
  type EntriRiwayat,
  emailsFor,
  type HasilAksi,
  isPeriode,
  type JenisDokumenTtd,
  type Kantor,
  kepalaRantai,
  type Periode,
  riwayatTab,
  type SidebarView,
  sambungkan,
  sidebarView,
  t,
  urlLayanan,
} from '../../shared';
import { appsScriptSha256 } from '../platform/sha256';
import { type Context, load } from './context';

export type { ActionRequest };

export interface ActionResult {
  readonly ok: boolean;
  /** What happened or why not, in the user's language. */
  readonly pesan: readonly string[];
  readonly view: SidebarView;
  readonly tautan?: { readonly docUrl: string; readonly pdfUrl: string | null };
}

const LOCK_WAIT_MS = 10_000;

export function ambilTampilan(): SidebarView {
  const c = load();
  return sidebarView(c.kantor, c.email, appsScriptSha256);
}

export function jalankanAksi(req: ActionRequest): ActionResult {
  return jalankanBanyak([req]);
}

/** One or many actions (bulk approve): decided one after another on the evolving state, written once. */
export function jalankanBanyak(reqs: readonly unknown[]): ActionResult {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    const c = load();
    return {
      ok: false,
      pesan: [t('kunci.sibuk', {}, c.kantor.settings.bahasa)],
      view: sidebarView(c.kantor, c.email, appsScriptSha256),
    };
  }
  let c: Context;
  let batch: ReturnType<typeof actMany>;
  try {
    c = load();
    batch = actMany(c.kantor, c.email, reqs, c.now, appsScriptSha256);
    if (batch.done.length) {
      c.wb.writeRanges(batch.ranges);
      for (const a of batch.appends) c.wb.appendRows(a.tab, a.rows);
      const editors = c.kantor.org.administrators.map((a) => a.email);
      for (const l of batch.lindungi)
        c.wb.protectRows(l.tab, l.rows, editors, `Kinerja: ${l.tab} ${l.nip} ditandatangani`);
      notify(c, batch.kantor, batch.done);
      SpreadsheetApp.flush();
    }
  } finally {
    lock.releaseLock();
  }
  // signed and archived documents are filed by the document service (when configured), after the lock is
  // released (the service reads the sheet itself); a failure is reported, never undoing the action
  const filed = batch.done.flatMap((d) =>
    dokumenUntukLangkah(d.keputusan.transisi.langkah).map((jenis) =>
      requestDocument(c, d.perubahan.riwayat.nipPemilik ?? '', jenis),
    ),
  );
  const lang = c.kantor.settings.bahasa;
  return {
    ok: batch.refused.length === 0,
    pesan: [
      ...batch.done.map((d) => `${d.keputusan.entri.dokumen}: ${d.keputusan.transisi.ke}`),
      ...batch.refused.map((p) => describeProblem(p, lang)),
      ...filed.flatMap((f) => (f ? [f.pesan] : [])),
    ],
    // the state after the writes, without reading the sheet again
    view: sidebarView(batch.kantor, c.email, appsScriptSha256),
  };
}

/** One email per recipient; a failure (e.g. the daily quota) never undoes the action: it is logged. */
function notify(c: Context, k: Kantor, done: readonly HasilAksi[]): void {
  const failures: EntriRiwayat[] = [];
  for (const mail of emailsFor(k, done, c.ss.getUrl())) {
    try {
      MailApp.sendEmail(mail.to, mail.subject, mail.body);
    } catch (error) {
      failures.push({
        waktu: c.now,
        email: c.email,
        nipPelaku: null,
        peran: 'Sistem',
        aksi: 'notifikasi',
        langkah: null,
        dokumen: '-',
        tahun: k.settings.tahun,
        nipPemilik: null,
        nipAtasanPemilik: null,
        hash: null,
        catatan: t(
          'addon.emailGagal',
          { kepada: mail.to, sebab: String((error as Error)?.message ?? error) },
          k.settings.bahasa,
        ),
        durasi: null,
        standar: null,
        melebihi: null,
        hashRantai: null,
      });
    }
  }
  if (failures.length)
    c.wb.appendRows(
      riwayatTab.name,
      sambungkan(appsScriptSha256, kepalaRantai(k), failures).entri.map((f) => barisRiwayat(k, f)),
    );
}

/** Compile a recap through the recap service, as the active user (their identity token), then the new view. */
export function kompilasiRekap(periode: Periode): ActionResult {
  const c = load();
  const lang = c.kantor.settings.bahasa;
  const view = () => sidebarView(load().kantor, c.email, appsScriptSha256);
  if (!isPeriode(periode))
    return {
      ok: false,
      pesan: [t('cli.periodeTidakDikenal', { periode: String(periode) }, lang)],
      view: view(),
    };
  const url = c.kantor.settings.urlLayananRekap;
  if (!url) return { ok: false, pesan: [t('addon.rekapTanpaUrl', {}, lang)], view: view() };
  const res = UrlFetchApp.fetch(`${url.replace(/\/$/, '')}`, {
    method: 'post',
    contentType: 'application/json',
    headers: { Authorization: `Bearer ${ScriptApp.getIdentityToken()}` },
    payload: JSON.stringify({ spreadsheetId: c.ss.getId(), year: c.kantor.settings.tahun, period: periode }),
    muteHttpExceptions: true,
  });
  const status = res.getResponseCode();
  let body: { docUrl?: string; pdfUrl?: string | null; error?: { pesan?: string; message?: string } } = {};
  try {
    body = JSON.parse(res.getContentText());
  } catch {
    body = {};
  }
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

interface Filed {
  readonly ok: boolean;
  readonly pesan: string;
  readonly docUrl?: string;
  readonly pdfUrl?: string | null;
}

/** Ask the document service for one employee's PK or RA (Google Doc + PDF in the archive folder). */
function requestDocument(c: Context, nip: string, jenis: JenisDokumenTtd): Filed | null {
  const url = c.kantor.settings.urlLayananRekap;
  if (!url) return null;
  const res = UrlFetchApp.fetch(urlLayanan(url, 'document'), {
    method: 'post',
    contentType: 'application/json',
    headers: { Authorization: `Bearer ${ScriptApp.getIdentityToken()}` },
    payload: JSON.stringify({ spreadsheetId: c.ss.getId(), year: c.kantor.settings.tahun, nip, kind: jenis }),
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
  const view = sidebarView(c.kantor, c.email, appsScriptSha256);
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
  const col = column
    ? header.findIndex((h) => String(h).trim().toLowerCase() === column.toLowerCase()) + 1
    : 1;
  sheet.getRange(Math.max(1, row), Math.max(1, col)).activate();
}
