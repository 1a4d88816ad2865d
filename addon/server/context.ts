// What every server call starts from: the spreadsheet, the workbook adapter, the whole office read in one
// pass, and the active user's email (blank when the platform withholds it: then actions are refused).
import { type Kantor, parseKantor, TAB_NAMES } from '../../shared';
import { SheetWorkbook } from '../platform/sheet-workbook';

export interface Spreadsheet {
  readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly wb: SheetWorkbook;
  readonly email: string;
}

export interface Context extends Spreadsheet {
  readonly kantor: Kantor;
  readonly now: number;
}

/** The spreadsheet and the active user, nothing read yet (an action reads under the lock). */
export function open(): Spreadsheet {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return { ss, wb: new SheetWorkbook(ss), email: Session.getActiveUser().getEmail() };
}

export function load(): Context {
  const s = open();
  return { ...s, kantor: parseKantor(s.wb.readTables(TAB_NAMES)), now: Date.now() };
}
