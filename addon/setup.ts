// Set-up / upgrade of the office's tabs from the tab declarations: headers (never moving or removing user
// columns), frozen header, text format for NIP and system columns, validation (dropdowns, numbers, emails,
// links), status colours and capaian bands, protection of the log, the recap and header rows, and the
// capaian chart in Rekap. The number of service calls depends on the tabs, not on the data.
import {
  catatanPengaturan,
  DEFAULT_PREDIKAT,
  defaultSettingRows,
  headerKeys,
  normalizeHeader,
  pengaturanTab,
  recordToCells,
  rekapTab,
  TABS,
  type TabLayout,
  tabLayout,
  upgradeHeader,
} from '../shared';

export const PROTECTION_PREFIX = 'Kinerja:';

export interface SetUpResult {
  readonly created: string[];
  readonly added: Record<string, string[]>;
}

export function setUpTabs(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  administrators: readonly string[],
): SetUpResult {
  const created: string[] = [];
  const added: Record<string, string[]> = {};
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
      const extra = header.slice(existing.length);
      sheet.getRange(1, existing.length + 1, 1, extra.length).setValues([extra]);
      added[spec.name] = extra;
    }
    if (created.includes(spec.name) && spec === pengaturanTab) {
      const rows = defaultSettingRows().map((r) =>
        recordToCells(pengaturanTab, r, header).map((c) => c ?? ''),
      );
      sheet.getRange(2, 1, rows.length, header.length).setValues(rows);
    }
    sheet.setFrozenRows(1);
    sheet.getRange(1, 1, 1, header.length).setFontWeight('bold').setBackground('#e8f0fe');
    layOutColumns(sheet, layout, header);
    if (spec === pengaturanTab) noteSettingKeys(sheet, header);
    protect(ss, sheet, layout, header.length, administrators);
    if (spec === rekapTab) addChart(sheet, header);
  }
  return { created, added };
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
  const rows = Math.max(1, sheet.getMaxRows() - 1);
  const rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] = [];
  const keys = headerKeys(TABS.find((t) => t.name === layout.name) ?? pengaturanTab, header);
  header.forEach((_h, i) => {
    const col = layout.columns.find((c) => normalizeHeader(c.header) === keys[i]);
    if (!col) return;
    const range = sheet.getRange(2, i + 1, rows, 1);
    if (col.format === 'text' || col.format === 'instant') range.setNumberFormat('@');
    // input and system columns look different; every header says what to type, with an example; the
    // width fits the declared content (about 7 px a character) and long text wraps
    sheet
      .getRange(1, i + 1)
      .setNote(col.note)
      .setBackground(col.headerColour);
    sheet.setColumnWidth(i + 1, Math.round(col.width * 7 + 10));
    if (col.wrap) range.setWrap(true);
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
  const editors = [...administrators];
  const owner = ss.getOwner()?.getEmail();
  if (owner && !editors.includes(owner)) editors.push(owner);
  const restrict = (p: GoogleAppsScript.Spreadsheet.Protection) => {
    p.removeEditors(p.getEditors());
    if (editors.length) p.addEditors(editors);
    if (p.canDomainEdit()) p.setDomainEdit(false);
  };
  if (layout.systemOnly) {
    if (!sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).some(ours)) {
      restrict(sheet.protect().setDescription(`${PROTECTION_PREFIX} ${layout.name} hanya diisi oleh add-on`));
    }
    return;
  }
  const header = `${PROTECTION_PREFIX} judul kolom ${layout.name}`;
  if (!sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE).some((p) => p.getDescription() === header)) {
    restrict(sheet.getRange(1, 1, 1, width).protect().setDescription(header));
  }
}

function addChart(sheet: GoogleAppsScript.Spreadsheet.Sheet, header: readonly string[]): void {
  if (sheet.getCharts().length > 0) return;
  const nama = header.findIndex((h) => normalizeHeader(h) === 'nama') + 1;
  const capaian = header.findIndex((h) => normalizeHeader(h) === 'capaian (%)') + 1;
  if (nama < 1 || capaian < 1) return;
  const rows = Math.max(2, sheet.getMaxRows());
  const chart = sheet
    .newChart()
    .asBarChart()
    .addRange(sheet.getRange(1, nama, rows, 1))
    .addRange(sheet.getRange(1, capaian, rows, 1))
    .setNumHeaders(1)
    .setOption('title', 'Capaian per pegawai (%)')
    .setOption('legend', { position: 'none' })
    .setPosition(2, header.length + 2, 0, 0)
    .build();
  sheet.insertChart(chart);
}
