// The built add-on (dist/addon/Code.js, what clasp pushes) run in a bare V8 context with Apps Script fakes.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import * as Main from '../../addon/main';
import { headersOf, ikiTab, pegawaiTab, pengaturanTab, TABS } from '../../shared';
import { OWNER, officeBundle, syntheticBundle, valuesOf } from '../support/apps-script/office';
import { AppsScriptWorld, BUNDLE_PATH, loadBundle } from '../support/apps-script/services';

// every export of addon/main.ts is an entry point (a trigger, a menu item or a sidebar call)
const ENTRY_POINTS = Object.keys(Main);

describe('the built bundle', () => {
  it('declares a top-level function for every menu item, trigger and sidebar call', () => {
    const code = readFileSync(BUNDLE_PATH, 'utf8');
    expect(ENTRY_POINTS).toEqual(expect.arrayContaining(['onOpen', 'jalankanAksi', 'cetakDokumen']));
    for (const name of ENTRY_POINTS) expect(code).toMatch(new RegExp(`^function ${name}\\(\\) \\{`, 'm'));
  });

  it('runs with only ECMAScript built-ins and the Apps Script services (no Node or DOM globals)', () => {
    const code = readFileSync(BUNDLE_PATH, 'utf8');
    const bare = vm.createContext({});
    expect(() => vm.runInContext(code, bare)).not.toThrow();
    expect(code).not.toMatch(
      /\brequire\(|process\.env|\bwindow\.\w|\bdocument\.(getElement|createElement|querySelector|body)/,
    );
  });

  it('builds the menu in AuthMode.NONE without any other service', () => {
    const world = new AppsScriptWorld();
    world.authMode = 'NONE';
    const bundle = loadBundle(world);
    bundle.call('', 'onOpen', { authMode: 'NONE' });
    expect((world.menu as { caption: string }[]).map((i) => i.caption)).toEqual([
      'Buka panel',
      'Siapkan / perbarui tab',
      'Periksa data',
      'Kompilasi rekap',
      'Aktifkan pengingat harian',
      'Bantuan',
    ]);
    expect([...world.counter.counts.keys()].filter((k) => !k.startsWith('SpreadsheetApp.getUi'))).toEqual([]);
  });

  it('shows the built sidebar', () => {
    const bundle = officeBundle();
    bundle.call(OWNER, 'bukaPanel');
    expect(bundle.world.sidebars[0]).toContain('<div id="app"></div>');
    expect(bundle.world.sidebars[0]).not.toMatch(/<script src=|<link /);
  });
});

describe('Siapkan tab (set-up)', () => {
  it('creates every tab with headers, frozen header, text NIP, dropdowns, protections, colours and the chart', () => {
    const world = new AppsScriptWorld(OWNER);
    const bundle = loadBundle(world);
    bundle.call(OWNER, 'siapkanTab');
    expect(world.ss.sheets.map((s) => s.name)).toEqual(TABS.map((t) => t.name));
    const iki = world.ss.raw('IKI');
    expect(valuesOf(bundle, 'IKI')[0]).toEqual(headersOf(ikiTab));
    expect(iki.frozenRows).toBe(1);
    expect(iki.formatAt(headersOf(ikiTab).indexOf('NIP') + 1)).toBe('@');
    expect(iki.validationAt(headersOf(ikiTab).indexOf('Polaritas') + 1)).toMatchObject({
      kind: 'list',
      args: [['Positif', 'Negatif', 'Rentang'], true],
    });
    // Target takes a number or, where the Satuan names a scale, a grade: checked when read, not by a rule
    expect(iki.validationAt(headersOf(ikiTab).indexOf('Target') + 1)).toBeUndefined();
    expect(iki.validationAt(headersOf(ikiTab).indexOf('Target Atas') + 1)).toMatchObject({ kind: 'number' });
    expect(world.ss.raw('Pegawai').validationAt(6)).toMatchObject({ kind: 'email' });
    expect(world.ss.raw('Pengukuran').validationAt(5)).toMatchObject({ kind: 'url' });
    // Riwayat: warning-only (every user's add-on appends to it); Rekap: the owner (and administrators)
    expect(world.ss.raw('Riwayat').protections.map((p) => [p.type, p.warningOnly])).toEqual([
      ['SHEET', true],
    ]);
    expect(world.ss.raw('Rekap').protections.map((p) => [p.type, p.editors])).toEqual([['SHEET', [OWNER]]]);
    // validation and text format cover whole open-ended columns: still there after the grid grows
    iki.insertRowsAfter(iki.maxRows, 500);
    expect(iki.validationAt(headersOf(ikiTab).indexOf('Target Atas') + 1, 1500)).toMatchObject({
      kind: 'number',
    });
    expect(iki.formatAt(headersOf(ikiTab).indexOf('NIP') + 1, 1500)).toBe('@');
    expect(iki.protections.map((p) => [p.type, p.area?.row, p.area?.rows])).toEqual([['RANGE', 1, 1]]);
    expect(world.ss.raw('PK').conditionalRules.length).toBeGreaterThan(10);
    expect(world.ss.raw('Rekap').charts).toHaveLength(1);
    expect(valuesOf(bundle, 'Pengaturan').map((r) => r[0])).toEqual([
      'Kunci',
      ...Object.keys(
        Object.fromEntries(
          valuesOf(bundle, 'Pengaturan')
            .slice(1)
            .map((r) => [r[0], 1]),
        ),
      ),
    ]);
    expect(valuesOf(bundle, 'Pengaturan')[0]).toEqual(headersOf(pengaturanTab));
    expect(world.alerts[0]).toMatch(/^Tab Kinerja siap\. Dibuat: Pengaturan, Pegawai/);
  });

  it('run again on a sheet full of data, loses or moves nothing and adds what is missing', () => {
    const bundle = officeBundle();
    const sheet = bundle.world.ss.raw('IKI');
    // a user moved a column, added their own, and the office predates the "Kode Indikator Atasan" column
    const before = valuesOf(bundle, 'IKI');
    const atasan = before[0]?.indexOf('Kode Indikator Atasan') as number;
    for (let r = 1; r <= before.length; r++)
      (sheet.cells[r - 1] as unknown[])[atasan] = r === 1 ? 'Catatan saya' : `catatan ${r}`;
    const snapshot = valuesOf(bundle, 'IKI');
    bundle.call(OWNER, 'siapkanTab');
    const after = valuesOf(bundle, 'IKI');
    expect(after.map((r) => r.slice(0, snapshot[0]?.length))).toEqual(snapshot);
    expect(after[0]?.slice(snapshot[0]?.length)).toEqual(['Kode Indikator Atasan']);
    expect(bundle.world.ss.raw('Riwayat').protections).toHaveLength(1);
    expect(bundle.world.ss.raw('Rekap').charts).toHaveLength(1);
  });

  it('asks before adding columns to existing tabs, listing them; "No" changes nothing', () => {
    const bundle = officeBundle();
    const iki = bundle.world.ss.raw('IKI');
    const pegawai = bundle.world.ss.raw('Pegawai');
    // the office's own headers: "Nama Pegawai" for Nama (a synonym), and IKI predates a column
    (pegawai.cells[0] as unknown[])[headersOf(pegawaiTab).indexOf('Nama')] = 'Nama Pegawai';
    const atasan = headersOf(ikiTab).indexOf('Kode Indikator Atasan');
    for (const row of iki.cells) (row as unknown[]).splice(atasan, 1);
    const before = JSON.stringify(bundle.world.ss.sheets.map((s) => [s.name, s.cells, s.notes.size]));
    const asked: string[] = [];
    bundle.world.answer = (text) => {
      asked.push(text);
      return 'NO';
    };
    bundle.call(OWNER, 'siapkanTab');
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatch(/^Tambah kolom\?\nSiapkan tab akan menambahkan kolom berikut/);
    expect(asked[0]).toContain('• IKI: Kode Indikator Atasan');
    expect(asked[0]).not.toContain('• Pegawai');
    expect(bundle.world.alerts.at(-1)).toMatch(/^Siapkan tab dibatalkan: tidak ada yang diubah/);
    expect(JSON.stringify(bundle.world.ss.sheets.map((s) => [s.name, s.cells, s.notes.size]))).toBe(before);

    bundle.world.answer = () => 'YES';
    bundle.call(OWNER, 'siapkanTab');
    expect(valuesOf(bundle, 'IKI')[0]?.at(-1)).toBe('Kode Indikator Atasan');
    const header = valuesOf(bundle, 'Pegawai')[0] as string[];
    expect(header).toContain('Nama Pegawai');
    expect(header).not.toContain('Nama');
    // nothing left to add: no question the next time
    asked.length = 0;
    bundle.world.answer = (text) => {
      asked.push(text);
      return 'NO';
    };
    bundle.call(OWNER, 'siapkanTab');
    expect(asked).toEqual([]);
    expect(bundle.world.alerts.at(-1)).toMatch(/^Tab Kinerja siap/);
  });

  it('makes the recap service account an editor of Rekap and the header rows once Pengaturan names it', () => {
    const bundle = officeBundle();
    const sa = 'kinerja-rekap@kinerja-prod.iam.gserviceaccount.com';
    const rows = valuesOf(bundle, 'Pengaturan');
    const row = rows.findIndex((r) => r[0] === 'Email Akun Layanan');
    expect(row).toBeGreaterThan(0); // set-up writes the key
    (bundle.world.ss.raw('Pengaturan').cells[row] as unknown[])[headersOf(pengaturanTab).indexOf('Nilai')] =
      sa;
    bundle.call(OWNER, 'siapkanTab');
    const rekap = bundle.world.ss.raw('Rekap').protections;
    expect(rekap).toHaveLength(1);
    expect(rekap[0]?.allows(sa)).toBe(true);
    const header = bundle.world.ss.raw('IKI').protections.filter((p) => p.area?.row === 1);
    expect(header.map((p) => p.allows(sa))).toEqual([true]);
    // a staff member is no editor of either
    expect(rekap[0]?.allows('pegawai-biasa@nganjukkab.go.id')).toBe(false);
  });

  it('adds the settings keys an older Pengaturan lacks, keeping the values it has', () => {
    const bundle = officeBundle();
    const sheet = bundle.world.ss.raw('Pengaturan');
    const rows = valuesOf(bundle, 'Pengaturan');
    const row = rows.findIndex((r) => r[0] === 'Email Akun Layanan');
    (sheet.cells[row] as unknown[]).fill('');
    const kota = rows.find((r) => r[0] === 'Kota')?.[1];
    bundle.call(OWNER, 'siapkanTab');
    const after = valuesOf(bundle, 'Pengaturan');
    expect(after.filter((r) => r[0] === 'Email Akun Layanan')).toHaveLength(1);
    expect(after.find((r) => r[0] === 'Kota')?.[1]).toBe(kota);
  });

  it('tells anyone but the owner or a Pengelola Kinerja that set-up is not theirs to run', () => {
    const bundle = officeBundle();
    bundle.call('pegawai-biasa@nganjukkab.go.id', 'siapkanTab');
    expect(bundle.world.alerts.at(-1)).toMatch(
      /^Siapkan tab hanya dapat dijalankan oleh pemilik spreadsheet/,
    );
  });

  it('costs the same number of service calls for 10 and 500 employees', () => {
    const counts = [10, 500].map((n) => {
      const bundle = syntheticBundle(n);
      bundle.call(OWNER, 'siapkanTab');
      return Object.fromEntries(bundle.world.counter.counts);
    });
    expect(counts[1]).toEqual(counts[0]);
  });
});
