// A fake office spreadsheet for add-on tests: set up by the bundle itself, then filled with an office.
import {
  type Cell,
  DEMO_PEGAWAI,
  demoTables,
  headersOf,
  parseKantor,
  pkTab,
  type SuntingDemo,
  syntheticTables,
  TAB_NAMES,
  tulisanSunting,
} from '../../../shared';
import { AppsScriptWorld, type Bundle, loadBundle } from './services';

export const OWNER = 'owner@nganjukkab.go.id';

export function emailOf(nip: string): string {
  return DEMO_PEGAWAI.find((p) => p.nip === nip)?.email as string;
}

/** A world whose spreadsheet went through "Siapkan tab" and holds `tables` (default: the demo office). */
export function officeBundle(tables: Record<string, Cell[][]> = demoTables()): Bundle {
  const world = new AppsScriptWorld(OWNER);
  const bundle = loadBundle(world);
  bundle.call(OWNER, 'siapkanTab');
  world.ss.load(tables as Record<string, unknown[][]>);
  // the owner shares the file with every employee as an editor (they fill in their own rows)
  const pegawai = (tables.Pegawai ?? []) as unknown[][];
  const email = (pegawai[0] ?? []).indexOf('Email');
  world.ss.editorsOfFile = pegawai
    .slice(1)
    .map((r) => String(r[email] ?? '').toLowerCase())
    .filter(Boolean);
  world.alerts.length = 0;
  world.counter.reset();
  return bundle;
}

/** A synthetic office at the start of the year (no document submitted yet). */
export function syntheticBundle(employees: number): Bundle {
  return officeBundle({ ...syntheticTables(employees, 8), PK: [headersOf(pkTab)] });
}

/** The sheet's values as the add-on reads them (not counted). */
export function valuesOf(bundle: Bundle, tab: string): unknown[][] {
  const s = bundle.world.ss.raw(tab);
  const rows = s.lastRow();
  const cols = s.lastColumn();
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => s.cell(r + 1, c + 1) ?? ''),
  );
}

/** An edit of the demo typed into the sheet by `user` (under that user's protections, as in the browser). */
export function sunting(bundle: Bundle, user: string, edit: SuntingDemo): void {
  const tables = Object.fromEntries(TAB_NAMES.map((n) => [n, valuesOf(bundle, n) as Cell[][]]));
  const k = parseKantor(tables);
  bundle.world.activeUser = user;
  for (const w of tulisanSunting(k, edit)) {
    const sheet = bundle.world.ss.getSheetByName(w.tab);
    sheet
      ?.getRange(w.row, w.column, w.values.length, w.values[0]?.length ?? 1)
      .setValues(w.values.map((r) => [...r]));
  }
}
