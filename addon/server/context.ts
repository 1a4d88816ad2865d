// What every server call starts from: the spreadsheet, the workbook adapter, the whole office read in one
// pass, and the active user's email (blank when the platform withholds it: then actions are refused).
import { type Kantor, parseKantor, TAB_NAMES } from '../../shared';
import { SheetWorkbook } from '../platform/sheet-workbook';

export interface Context {
  readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly wb: SheetWorkbook;
  readonly kantor: Kantor;
  readonly email: string;
  readonly now: number;
}

export function load(): Context {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const wb = new SheetWorkbook(ss);
  const kantor = parseKantor(wb.readTables(TAB_NAMES));
  return { ss, wb, kantor, email: Session.getActiveUser().getEmail(), now: Date.now() };
}
