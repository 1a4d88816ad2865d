// The sidebar's evidence upload (issue 11 item 6): the file goes into the office's evidence folder on Drive
// (Pengaturan `Folder Bukti`), one subfolder per year, person and quarter, as the active user (who must be
// an editor of that folder), and its link fills the indicator's Bukti Pendukung, under the document lock.
// Where it goes and who may upload are the core's (shared/bukti); DriveApp as Google documents it:
// DriveApp.getFolderById, Folder.getFoldersByName / createFolder / createFile(blob), File.getUrl
// (https://developers.google.com/apps-script/reference/drive/folder), all under the `drive` scope.
import {
  type ActionResult,
  bacaUnggah,
  describeProblem,
  LOCK_WAIT_MS,
  namaBerkasBukti,
  pengukuranTab,
  sidebarView,
  t,
  tujuanBukti,
  tulisanBukti,
} from '../../shared';
import { documentAnchor } from '../platform/anchor';
import { appsScriptSha256 } from '../platform/sha256';
import { load } from './context';

/** The subfolder `name` of `parent`, made when it is not there yet. */
function subfolder(parent: GoogleAppsScript.Drive.Folder, name: string): GoogleAppsScript.Drive.Folder {
  const found = parent.getFoldersByName(name);
  return found.hasNext() ? found.next() : parent.createFolder(name);
}

export function unggahBukti(raw: unknown): ActionResult {
  const lock = LockService.getDocumentLock();
  const before = load();
  const lang = before.kantor.settings.bahasa;
  const view = () => {
    const c = load();
    return sidebarView(c.kantor, c.email, appsScriptSha256, { jangkar: documentAnchor().baca(), now: c.now });
  };
  const refuse = (pesan: string[]): ActionResult => ({ ok: false, pesan, view: view() });
  const req = bacaUnggah(raw);
  if (!req.ok) return refuse(req.problems.map((p) => describeProblem(p, lang)));
  const root = before.kantor.settings.folderBukti;
  if (!root) return refuse([t('bukti.tanpaFolder', {}, lang)]);
  if (!lock.tryLock(LOCK_WAIT_MS)) return refuse([t('kunci.sibuk', {}, lang)]);
  try {
    // read again under the lock: the cell written is the row as it is now
    const c = load();
    const tujuan = tujuanBukti(c.kantor, c.email, req.value);
    if (!tujuan.ok) return refuse(tujuan.problems.map((p) => describeProblem(p, lang)));
    const name = namaBerkasBukti(tujuan.value.kode, req.value.nama);
    let url: string;
    try {
      let folder = DriveApp.getFolderById(root);
      for (const seg of tujuan.value.folder) folder = subfolder(folder, seg);
      const blob = Utilities.newBlob(Utilities.base64Decode(req.value.isi), req.value.mimeType, name);
      url = folder.createFile(blob).getUrl();
    } catch (error) {
      return refuse([
        t('bukti.folderTidakDapatDibuka', { sebab: String((error as Error)?.message ?? error) }, lang),
      ]);
    }
    const { writes, append } = tulisanBukti(c.kantor, tujuan.value, url);
    if (writes.length) c.wb.writeRanges(writes);
    if (append.length) c.wb.appendRows(pengukuranTab.name, append);
    SpreadsheetApp.flush();
    return {
      ok: true,
      pesan: [t('bukti.tersimpan', { kode: tujuan.value.kode, tw: tujuan.value.triwulan, nama: name }, lang)],
      view: view(),
    };
  } finally {
    lock.releaseLock();
  }
}
