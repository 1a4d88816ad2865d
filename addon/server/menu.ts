// The Extensions > Kinerja menu and what its items do. onOpen may run in AuthMode.NONE (before the add-on is
// authorised): it only builds the menu, touching no other service.
import {
  describeProblem,
  type Lang,
  type MessageKey,
  masalahValidasi,
  type Periode,
  parseKantor,
  reminderEmails,
  TAB_NAMES,
  t,
} from '../../shared';
import { documentAnchor } from '../platform/anchor';
import { appsScriptSha256 } from '../platform/sha256';
import { SheetWorkbook } from '../platform/sheet-workbook';
import { setUpTabs } from '../setup';
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
  const result = setUpTabs(
    ss,
    before.org.administrators.map((a) => a.email),
  );
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
  const lang = k.settings.bahasa;
  const problems = masalahValidasi(k, documentAnchor().baca(), appsScriptSha256);
  const lines = problems.map((p) => `• ${describeProblem(p, lang)}`);
  const text = lines.length
    ? `${t('addon.masalah', { jumlah: lines.length }, lang)}\n\n${lines.slice(0, 40).join('\n')}${lines.length > 40 ? '\n…' : ''}`
    : tr('addon.valid', lang);
  SpreadsheetApp.getUi().alert(tr('addon.menu.periksa', lang), text, SpreadsheetApp.getUi().ButtonSet.OK);
}

export function recapFromMenu(periode: Periode): void {
  const result = kompilasiRekap(periode);
  SpreadsheetApp.getUi().alert(result.pesan.join('\n'));
}

export function help(): void {
  SpreadsheetApp.getUi().alert(tr('addon.bantuan', office().settings.bahasa));
}

/** Installs the daily reminder when Pengaturan says so (one time-driven trigger, never two). */
export function setReminder(): void {
  const k = office();
  const existing = ScriptApp.getProjectTriggers().filter(
    (tg) => tg.getHandlerFunction() === 'pengingatHarian',
  );
  for (const tg of existing) ScriptApp.deleteTrigger(tg);
  if (k.settings.pengingatHarian) {
    ScriptApp.newTrigger('pengingatHarian').timeBased().everyDays(1).atHour(7).create();
    SpreadsheetApp.getUi().alert(tr('addon.pengingatAktif', k.settings.bahasa));
  } else {
    SpreadsheetApp.getUi().alert(tr('addon.pengingatNonaktif', k.settings.bahasa));
  }
}

/** The time-driven trigger: one email per person with what has waited past its SOP standard. */
export function dailyReminder(): void {
  const k = office();
  if (!k.settings.pengingatHarian) return;
  for (const mail of reminderEmails(k, Date.now(), SpreadsheetApp.getActiveSpreadsheet().getUrl())) {
    try {
      MailApp.sendEmail(mail.to, mail.subject, mail.body);
    } catch {
      return; // quota reached: tomorrow's reminder will list it again
    }
  }
}
