// The Extensions > Kinerja menu and what its items do. onOpen may run in AuthMode.NONE (before the add-on is
// authorised): it only builds the menu, touching no other service.
import {
  describeProblem,
  type Lang,
  type MessageKey,
  masalahValidasi,
  type Periode,
  parseKantor,
  peringatanKantor,
  reminderEmails,
  TAB_NAMES,
  t,
} from '../../shared';
import { documentAnchor } from '../platform/anchor';
import { appsScriptSha256 } from '../platform/sha256';
import { SheetWorkbook } from '../platform/sheet-workbook';
import { rencanaKolom, setGradeDropdowns, setUpTabs } from '../setup';
import { kompilasiRekap } from './api';

const tr = (key: MessageKey, lang: Lang = 'id') => t(key, {}, lang);

export function buildMenu(): void {
  const ui = SpreadsheetApp.getUi();
  ui.createAddonMenu()
    .addItem(tr('addon.menu.panel'), 'bukaPanel')
    .addItem(tr('addon.menu.siapkan'), 'siapkanTab')
    .addItem(tr('addon.menu.periksa'), 'periksaData')
    .addSubMenu(
      ui
        .createMenu(tr('addon.menu.rekap'))
        .addItem('Triwulan I', 'rekapTw1')
        .addItem('Triwulan II', 'rekapTw2')
        .addItem('Triwulan III', 'rekapTw3')
        .addItem('Triwulan IV', 'rekapTw4')
        .addItem('Tahunan', 'rekapTahunan'),
    )
    .addItem(tr('addon.menu.pengingat'), 'aturPengingat')
    .addItem(tr('addon.menu.bantuan'), 'bantuan')
    .addToUi();
}

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Kinerja');
  SpreadsheetApp.getUi().showSidebar(html);
}

function office() {
  const wb = new SheetWorkbook(SpreadsheetApp.getActiveSpreadsheet());
  return parseKantor(wb.readTables(TAB_NAMES));
}

export function setUp(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const before = office();
  const lang = before.settings.bahasa;
  // columns are added to an office's existing tabs only after the user said yes to the list
  const plan = Object.entries(rencanaKolom(ss)).map(([tab, cols]) => `• ${tab}: ${cols.join(', ')}`);
  if (plan.length) {
    const ui = SpreadsheetApp.getUi();
    const answer = ui.alert(
      tr('addon.siapkan.judul', lang),
      t('addon.siapkan.konfirmasi', { daftar: plan.join('\n') }, lang),
      ui.ButtonSet.YES_NO,
    );
    if (answer !== ui.Button.YES) {
      ui.alert(tr('addon.siapkan.batal', lang));
      return;
    }
  }
  let result: ReturnType<typeof setUpTabs>;
  try {
    result = setUpTabs(
      ss,
      before.org.administrators.map((a) => a.email),
      before.settings.emailAkunLayanan,
    );
  } catch (error) {
    // Sheets refuses a user who is not an editor of the protected header rows / Rekap
    if (!/protected cell or object/.test(String((error as Error)?.message ?? error))) throw error;
    SpreadsheetApp.getUi().alert(tr('addon.siapDilindungi', before.settings.bahasa));
    return;
  }
  // the grade dropdowns follow the rows as they are now (read again: set-up may have added columns)
  setGradeDropdowns(ss, office());
  const added = Object.entries(result.added).map(([tab, cols]) => `${tab} (${cols.length})`);
  SpreadsheetApp.getUi().alert(
    t(
      'addon.siap',
      { dibuat: result.created.join(', ') || '-', kolom: added.join(', ') || '-' },
      before.settings.bahasa,
    ),
  );
}

export function validate(): void {
  const k = office();
  setGradeDropdowns(SpreadsheetApp.getActiveSpreadsheet(), k);
  const lang = k.settings.bahasa;
  const problems = masalahValidasi(k, documentAnchor().baca(), appsScriptSha256);
  const lines = problems.map((p) => `• ${describeProblem(p, lang)}`);
  // warnings (portions that do not add up; no IKU, no regional head, an IKU nothing supports) never block
  const warnings = peringatanKantor(k).map((p) => `• ${describeProblem(p, lang)}`);
  const text = `${
    lines.length
      ? `${t('addon.masalah', { jumlah: lines.length }, lang)}\n\n${lines.slice(0, 40).join('\n')}${lines.length > 40 ? '\n…' : ''}`
      : tr('addon.valid', lang)
  }${warnings.length ? `\n\n${tr('sidebar.peringatan', lang)}\n${warnings.slice(0, 20).join('\n')}` : ''}`;
  SpreadsheetApp.getUi().alert(tr('addon.menu.periksa', lang), text, SpreadsheetApp.getUi().ButtonSet.OK);
}

export function recapFromMenu(periode: Periode): void {
  const result = kompilasiRekap(periode);
  SpreadsheetApp.getUi().alert(result.pesan.join('\n'));
}

export function help(): void {
  SpreadsheetApp.getUi().alert(tr('addon.bantuan', office().settings.bahasa));
}

// The daily reminder is a time-driven trigger. An editor add-on's time-driven trigger runs with no active
// document (https://developers.google.com/workspace/add-ons/concepts/editor-triggers), so the trigger
// cannot find its spreadsheet by itself: the spreadsheet's ID is kept in the installing user's properties
// under the trigger's unique ID (a time-driven event carries `triggerUid`:
// https://developers.google.com/apps-script/guides/triggers/events#time-driven_events), and the trigger
// opens it by ID, which needs the `spreadsheets` scope (see the README's scope table). Installable
// triggers belong to the user who created them and the add-on allows one per user and document, so
// re-installing in one office replaces only that office's trigger.

const REMINDER = 'pengingatHarian';
const keyOf = (uid: string) => `pengingat:${uid}`;

/** Installs the daily reminder when Pengaturan says so (one per office and user, never two). */
export function setReminder(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const k = office();
  const id = ss.getId();
  const props = PropertiesService.getUserProperties();
  for (const tg of ScriptApp.getProjectTriggers()) {
    if (tg.getHandlerFunction() !== REMINDER) continue;
    const key = keyOf(tg.getUniqueId());
    const of = props.getProperty(key);
    if (of !== id && of !== null) continue; // another office's reminder
    ScriptApp.deleteTrigger(tg);
    props.deleteProperty(key);
  }
  if (k.settings.pengingatHarian) {
    const tg = ScriptApp.newTrigger(REMINDER).timeBased().everyDays(1).atHour(7).create();
    props.setProperty(keyOf(tg.getUniqueId()), id);
    SpreadsheetApp.getUi().alert(tr('addon.pengingatAktif', k.settings.bahasa));
  } else {
    SpreadsheetApp.getUi().alert(tr('addon.pengingatNonaktif', k.settings.bahasa));
  }
}

/** The time-driven trigger: one email per person with what has waited past its SOP standard. */
export function dailyReminder(e?: { triggerUid?: string }): void {
  const id = e?.triggerUid ? PropertiesService.getUserProperties().getProperty(keyOf(e.triggerUid)) : null;
  // run from the editor (no event): the open spreadsheet
  const ss = id ? SpreadsheetApp.openById(id) : SpreadsheetApp.getActiveSpreadsheet();
  if (!ss) return;
  const k = parseKantor(new SheetWorkbook(ss).readTables(TAB_NAMES));
  if (!k.settings.pengingatHarian) return;
  for (const mail of reminderEmails(k, Date.now(), ss.getUrl())) {
    try {
      MailApp.sendEmail(mail.to, mail.subject, mail.body);
    } catch {
      return; // quota reached: tomorrow's reminder will list it again
    }
  }
}
