// The sidebar's server functions (google.script.run). Each is one round trip that returns the new view.
// Every action is decided again here (who the active user is, their role for that row, the current state)
// under the document lock; the sidebar only displays.
import {
  AKSI,
  type Aksi,
  act,
  applyPerubahan,
  barisRiwayat,
  DOKUMEN,
  type Dokumen,
  describeProblem,
  type EntriRiwayat,
  emailsFor,
  type HasilAksi,
  isPeriode,
  type Kantor,
  type Periode,
  type Problem,
  riwayatTab,
  type SidebarView,
  sidebarView,
  t,
  tulisanPerubahan,
} from '../../shared';
import { appsScriptSha256 } from '../platform/sha256';
import { type Context, load } from './context';

export interface ActionRequest {
  readonly aksi: Aksi;
  readonly dokumen: Dokumen;
  readonly nip: string;
  readonly catatan?: string | null;
  /** The content hash of the version the user saw. */
  readonly hash?: string | null;
}

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
export function jalankanBanyak(reqs: readonly ActionRequest[]): ActionResult {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    const c = load();
    return {
      ok: false,
      pesan: [t('kunci.sibuk', {}, c.kantor.settings.bahasa)],
      view: sidebarView(c.kantor, c.email, appsScriptSha256),
    };
  }
  try {
    const c = load();
    const lang = c.kantor.settings.bahasa;
    let k = c.kantor;
    const done: HasilAksi[] = [];
    const refused: Problem[] = [];
    const writes = {
      ranges: [] as ReturnType<typeof tulisanPerubahan>['ranges'][number][],
      appends: [] as ReturnType<typeof tulisanPerubahan>['appends'][number][],
    };
    for (const req of reqs) {
      if (!isRequest(req)) {
        refused.push({ key: 'http.badanTidakSah', params: { detail: 'permintaan aksi tidak lengkap' } });
        continue;
      }
      const r = act(
        k,
        c.email,
        {
          aksi: req.aksi,
          dokumen: req.dokumen,
          nipPemilik: req.nip,
          catatan: req.catatan ?? null,
          hashDilihat: req.hash ?? null,
        },
        c.now,
        appsScriptSha256,
      );
      if (!r.ok) {
        refused.push(...r.problems);
        continue;
      }
      const w = tulisanPerubahan(k, r.value.perubahan);
      writes.ranges.push(...w.ranges);
      writes.appends.push(...w.appends);
      k = applyPerubahan(k, r.value.perubahan);
      done.push(r.value);
    }
    if (done.length) {
      c.wb.writeRanges(writes.ranges);
      const appended = mergeAppends(writes.appends);
      for (const a of appended) c.wb.appendRows(a.tab, a.rows);
      const editors = c.kantor.org.administrators.map((a) => a.email);
      for (const d of done) {
        for (const lock of d.perubahan.lindungi)
          c.wb.protectRows(
            lock.tab,
            lock.rows,
            editors,
            `Kinerja: ${lock.tab} ${d.perubahan.riwayat.nipPemilik} ditandatangani`,
          );
      }
      notify(c, k, done);
      SpreadsheetApp.flush();
    }
    // the state after the writes, without reading the sheet again
    const view = sidebarView(k, c.email, appsScriptSha256);
    const pesan = [
      ...done.map((d) => `${d.keputusan.entri.dokumen}: ${d.keputusan.transisi.ke}`),
      ...refused.map((p) => describeProblem(p, lang)),
    ];
    return { ok: refused.length === 0, pesan, view };
  } finally {
    lock.releaseLock();
  }
}

/** The client is not trusted: a request must name a known action, document and NIP. */
function isRequest(req: unknown): req is ActionRequest {
  const r = req as Partial<ActionRequest> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    (AKSI as readonly string[]).includes(String(r.aksi)) &&
    (DOKUMEN as readonly string[]).includes(String(r.dokumen)) &&
    typeof r.nip === 'string'
  );
}

/** Appends to the same tab in one write. */
function mergeAppends(
  appends: readonly { tab: string; rows: readonly (readonly (string | number | null)[])[] }[],
) {
  const byTab = new Map<string, (readonly (string | number | null)[])[]>();
  for (const a of appends) byTab.set(a.tab, [...(byTab.get(a.tab) ?? []), ...a.rows]);
  return [...byTab].map(([tab, rows]) => ({ tab, rows }));
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
        nipPemilik: null,
        hash: null,
        catatan: t(
          'addon.emailGagal',
          { kepada: mail.to, sebab: String((error as Error)?.message ?? error) },
          k.settings.bahasa,
        ),
        durasi: null,
        standar: null,
        melebihi: null,
      });
    }
  }
  if (failures.length)
    c.wb.appendRows(
      riwayatTab.name,
      failures.map((f) => barisRiwayat(k, f)),
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
