// Set-up / upgrade of the office's tabs from the tab declarations: headers (never moving or removing user
// columns), frozen header, text format for NIP and system columns, validation (dropdowns, numbers, emails,
// links) over whole open-ended columns, status colours and capaian bands, protections, and the capaian
// chart in Rekap. The number of service calls depends on the tabs, not on the data.
//
// Protections: header rows and Rekap are editable by the administrators, the owner and the recap service's
// account (Pengaturan "Email Akun Layanan": the service writes Rekap). Riwayat gets a warning-only
// protection: the add-on runs as the clicking user and must always be able to append to it
// (https://developers.google.com/apps-script/reference/spreadsheet/protection#setWarningOnly(Boolean)); its
// tamper evidence is the hash chain, not a protection the user's own script could not pass.

import {
  catatanPengaturan,
  DEFAULT_PREDIKAT,
  defaultSettingRows,
  headerKeys,
  type Kantor,
  kolomTambahan,
  normalizeHeader,
  pengaturanTab,
  pilihanNilai,
  recordToCells,
  rekapTab,
  riwayatTab,
  TABS,
  type TabLayout,
  tabLayout,
  upgradeHeader,
} from '../shared';
import { restrictTo } from './platform/sheet-workbook';

export const PROTECTION_PREFIX = 'Kinerja:';

export interface SetUpResult {
  readonly created: string[];
  readonly added: Record<string, string[]>;
}

/**
 * The columns set-up would add to tabs the office already has (by tab): listed, and asked about, before
 * anything changes. A tab set-up creates, or an empty one, is not asked about.
 */
export function rencanaKolom(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Record<string, string[]> {
  const plan: Record<string, string[]> = {};
  for (const spec of TABS) {
    const sheet = ss.getSheetByName(spec.name);
    const width = sheet?.getLastColumn() ?? 0;
    if (!sheet || width === 0) continue;
    const existing = sheet.getRange(1, 1, 1, width).getValues()[0] ?? [];
    if (existing.every((h) => String(h ?? '').trim() === '')) continue;
    const extra = kolomTambahan(spec, existing);
    if (extra.length) plan[spec.name] = extra;
  }
  return plan;
}

export function setUpTabs(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  administrators: readonly string[],
  /** The recap service's account (Pengaturan "Email Akun Layanan"), blank when not deployed. */
  serviceAccount = '',
): SetUpResult {
  const created: string[] = [];
  const added: Record<string, string[]> = {};
  const me = Session.getActiveUser().getEmail();
  for (const spec of TABS) {
    const layout = tabLayout(spec);
    let sheet = ss.getSheetByName(spec.name);
    if (!sheet) {
      sheet = ss.insertSheet(spec.name);
      created.push(spec.name);
    }
    const width = sheet.getLastColumn();
    const existing = width > 0 ? (sheet.getRange(1, 1, 1, width).getValues()[0] ?? []) : [];
    const header = upgradeHeader(spec, existing);
    if (header.length > existing.length) {
      // a new sheet has 26 columns; writing past them is refused, so the grid grows first
      const columns = sheet.getMaxColumns();
      if (header.length > columns) sheet.insertColumnsAfter(columns, header.length - columns);
      const extra = header.slice(existing.length);
      sheet.getRange(1, existing.length + 1, 1, extra.length).setValues([extra]);
      added[spec.name] = extra;
    }
    if (spec === pengaturanTab) addMissingSettings(sheet, header, created.includes(spec.name));
    sheet.setFrozenRows(1);
    sheet.getRange(1, 1, 1, header.length).setFontWeight('bold').setBackground('#e8f0fe');
    layOutColumns(sheet, layout, header);
    if (spec === pengaturanTab) noteSettingKeys(sheet, header);
    protect(ss, sheet, layout, header.length, [me, ...administrators, serviceAccount]);
    if (spec === rekapTab) addChart(sheet, header);
  }
  return { created, added };
}

/**
 * The grade dropdown of each row whose indicator is on a scale (Target, Target TW I-IV, Realisasi), none on
 * the others: one Range.setDataValidations call per column, a rule or null per row
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#setDataValidations(DataValidation)).
 * Rows added later get theirs the next time set-up or Periksa data runs; every cell is checked when read.
 */
export function setGradeDropdowns(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, k: Kantor): void {
  for (const kolom of pilihanNilai(k)) {
    const sheet = ss.getSheetByName(kolom.tab);
    if (!sheet || kolom.nilai.length === 0) continue;
    const rules = kolom.nilai.map((grades) => [
      grades
        ? SpreadsheetApp.newDataValidation()
            .setAllowInvalid(false)
            .requireValueInList([...grades], true)
            .setHelpText(`Pilih: ${grades.join(', ')}`)
            .build()
        : null,
    ]);
    sheet.getRange(2, kolom.kolom, rules.length, 1).setDataValidations(rules);
  }
}

/** Each known Pengaturan key gets a note on its Kunci cell: what the value means, with an example. */
function noteSettingKeys(sheet: GoogleAppsScript.Spreadsheet.Sheet, header: readonly string[]): void {
  const kunci = header.findIndex((h) => normalizeHeader(h) === 'kunci') + 1;
  const rows = sheet.getLastRow() - 1;
  if (kunci === 0 || rows < 1) return;
  const keys = sheet.getRange(2, kunci, rows, 1).getValues();
  keys.forEach(([k], r) => {
    const note = catatanPengaturan(String(k ?? '').trim());
    if (note) sheet.getRange(r + 2, kunci).setNote(note);
  });
}

function layOutColumns(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  layout: TabLayout,
  header: readonly string[],
): void {
  const rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] = [];
  const keys = headerKeys(TABS.find((t) => t.name === layout.name) ?? pengaturanTab, header);
  header.forEach((_h, i) => {
    const col = layout.columns.find((c) => normalizeHeader(c.header) === keys[i]);
    if (!col) return;
    // the whole column below the header, open-ended: rows added later (appends grow the grid) are covered
    const letter = columnLetter(i + 1);
    const range = sheet.getRange(`${letter}2:${letter}`);
    // text stays as typed (NIP); timestamps are date cells shown in id-ID (05/04/2026 07:45:00)
    if (col.numberFormat) range.setNumberFormat(col.numberFormat);
    // input and system columns look different; every header says what to type, with an example; the
    // width fits the declared content (about 7 px a character) and long text wraps
    sheet
      .getRange(1, i + 1)
      .setNote(col.note)
      .setBackground(col.headerColour);
    sheet.setColumnWidth(i + 1, Math.round(col.width * 7 + 10));
    if (col.wrap) range.setWrap(true);
    // hashes: a narrow column in its own collapsed group (the header note says what it is for), once
    if (col.technical && sheet.getColumnGroupDepth(i + 1) === 0) {
      sheet.getRange(1, i + 1).shiftColumnGroupDepth(1);
      sheet.getColumnGroup(i + 1, 1)?.collapse();
    }
    const v = col.validasi;
    if (v && !col.system && !layout.systemOnly) {
      const builder = SpreadsheetApp.newDataValidation().setAllowInvalid(false);
      const rule =
        v.type === 'list'
          ? builder.requireValueInList([...v.values], true).setHelpText(`Pilih: ${v.values.join(', ')}`)
          : v.type === 'number'
            ? builder.requireNumberBetween(-1e15, 1e15).setHelpText('Isi dengan angka.')
            : v.type === 'integer'
              ? builder.requireNumberBetween(0, 1e9).setHelpText('Isi dengan bilangan bulat.')
              : v.type === 'email'
                ? builder.requireTextIsEmail().setHelpText('Isi dengan alamat email.')
                : builder.requireTextIsUrl().setHelpText('Tempel tautan yang diawali https://');
      range.setDataValidation(rule.build());
    }
    for (const { value, colour } of col.valueColours)
      rules.push(
        SpreadsheetApp.newConditionalFormatRule()
          .whenTextEqualTo(value)
          .setBackground(colour)
          .setRanges([range])
          .build(),
      );
    if (col.header === 'Capaian (%)') {
      const [sangatBaik, baik, cukup, kurang] = DEFAULT_PREDIKAT.map((b) => b.min);
      rules.push(
        SpreadsheetApp.newConditionalFormatRule()
          .whenNumberGreaterThanOrEqualTo(sangatBaik ?? 91)
          .setBackground('#ceead6')
          .setRanges([range])
          .build(),
      );
      rules.push(
        SpreadsheetApp.newConditionalFormatRule()
          .whenNumberBetween(baik ?? 76, (sangatBaik ?? 91) - 0.001)
          .setBackground('#e6f4ea')
          .setRanges([range])
          .build(),
      );
      rules.push(
        SpreadsheetApp.newConditionalFormatRule()
          .whenNumberBetween(cukup ?? 66, (baik ?? 76) - 0.001)
          .setBackground('#fef7e0')
          .setRanges([range])
          .build(),
      );
      rules.push(
        SpreadsheetApp.newConditionalFormatRule()
          .whenNumberLessThan(kurang ?? 51)
          .setBackground('#fce8e6')
          .setRanges([range])
          .build(),
      );
    }
  });
  if (rules.length) sheet.setConditionalFormatRules(rules);
}

function protect(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  layout: TabLayout,
  width: number,
  administrators: readonly string[],
): void {
  const ours = (p: GoogleAppsScript.Spreadsheet.Protection) =>
    p.getDescription().startsWith(PROTECTION_PREFIX);
  const owner = ss.getOwner()?.getEmail();
  const editors = [...administrators, owner ?? ''].filter(Boolean);
  const restrict = (p: GoogleAppsScript.Spreadsheet.Protection) => restrictTo(p, editors);
  if (layout.name === riwayatTab.name) {
    // warning-only: people see a warning before editing by hand; nobody's add-on is blocked
    const existing = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).filter(ours);
    if (existing.length === 0)
      sheet
        .protect()
        .setDescription(`${PROTECTION_PREFIX} ${layout.name} diisi oleh add-on (dijaga oleh rantai hash)`)
        .setWarningOnly(true);
    for (const p of existing) if (!p.isWarningOnly()) p.setWarningOnly(true);
    return;
  }
  if (layout.systemOnly) {
    const existing = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).filter(ours);
    if (existing.length === 0)
      restrict(sheet.protect().setDescription(`${PROTECTION_PREFIX} ${layout.name} hanya diisi oleh add-on`));
    else for (const p of existing) restrict(p);
    return;
  }
  const header = `${PROTECTION_PREFIX} judul kolom ${layout.name}`;
  const found = sheet
    .getProtections(SpreadsheetApp.ProtectionType.RANGE)
    .filter((p) => p.getDescription() === header);
  if (found.length === 0) restrict(sheet.getRange(1, 1, 1, width).protect().setDescription(header));
  else for (const p of found) restrict(p); // an upgrade: e.g. the service account was added to Pengaturan
}

/** A new Pengaturan gets every default; an existing one gets the keys added since (with their default). */
function addMissingSettings(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  header: readonly string[],
  fresh: boolean,
): void {
  const last = sheet.getLastRow();
  const kunci = header.findIndex((h) => normalizeHeader(h) === 'kunci');
  const present =
    fresh || last < 2 || kunci < 0
      ? new Set<string>()
      : new Set(
          sheet
            .getRange(2, kunci + 1, last - 1, 1)
            .getValues()
            .map((r) => String(r[0]).trim().toLowerCase()),
        );
  const rows = defaultSettingRows()
    .filter((r) => !present.has(r.kunci.toLowerCase()))
    .map((r) => recordToCells(pengaturanTab, r, header).map((c) => c ?? ''));
  if (rows.length === 0) return;
  const start = Math.max(2, last + 1);
  const end = start + rows.length - 1;
  if (end > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), end - sheet.getMaxRows());
  sheet.getRange(start, 1, rows.length, header.length).setValues(rows);
}

function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

function addChart(sheet: GoogleAppsScript.Spreadsheet.Sheet, header: readonly string[]): void {
  if (sheet.getCharts().length > 0) return;
  const nama = header.findIndex((h) => normalizeHeader(h) === 'nama') + 1;
  const capaian = header.findIndex((h) => normalizeHeader(h) === 'capaian (%)') + 1;
  if (nama < 1 || capaian < 1) return;
  const whole = (c: number) => sheet.getRange(`${columnLetter(c)}1:${columnLetter(c)}`);
  const chart = sheet
    .newChart()
    .asBarChart()
    .addRange(whole(nama))
    .addRange(whole(capaian))
    .setNumHeaders(1)
    .setOption('title', 'Capaian per pegawai (%)')
    .setOption('legend', { position: 'none' })
    .setPosition(2, header.length + 2, 0, 0)
    .build();
  sheet.insertChart(chart);
}
