// Timestamps in the add-on are date cells shown in id-ID (Riwayat, PK, Pengukuran): Sheets keeps the serial
// day in the spreadsheet's time zone and getValues returns Dates (the fakes do as Sheets does); the Riwayat
// chain hashes each time to the second, so the cells must read back as exactly the instant hashed — also in
// a log whose older rows hold ISO text, and after the spreadsheet's time zone is changed.
import { describe, expect, it } from 'vitest';
import { DEMO_NIP, FORMAT_WAKTU, formatInstant, headersOf, pkTab, riwayatTab } from '../../shared';
import { emailOf, officeBundle, valuesOf } from '../support/apps-script/office';
import type { Bundle } from '../support/apps-script/services';
import { SheetDate } from '../support/apps-script/spreadsheet';

const EKO = DEMO_NIP.stafTu;
const DWI = DEMO_NIP.kasubagTu;

interface Result {
  ok: boolean;
  pesan: string[];
}
const act = (b: Bundle, who: string, aksi: string, nip: string, dokumen: string) =>
  b.call<Result>(emailOf(who), 'jalankanAksi', { aksi, dokumen, nip });

const waktuCol = headersOf(riwayatTab).indexOf('Waktu') + 1;

describe('timestamps as date cells', () => {
  it('writes the Riwayat and PK times as serial days in the id-ID date-time format, read back as Dates', () => {
    const b = officeBundle();
    expect(act(b, EKO, 'ajukan', EKO, 'PK').ok).toBe(true);
    const riwayat = b.world.ss.raw('Riwayat');
    const serial = riwayat.cell(2, waktuCol);
    expect(typeof serial).toBe('number');
    expect(riwayat.formatAt(waktuCol, 2)).toBe(FORMAT_WAKTU);
    expect(FORMAT_WAKTU).toBe('dd/mm/yyyy hh:mm:ss');
    // what the add-on's getValues sees: a Date, the wall-clock time in the spreadsheet's zone (WIB)
    const shown = riwayat.displayed(2, waktuCol);
    expect(Object.prototype.toString.call(shown)).toBe('[object Date]');
    expect(((shown as Date).getTime() / 1000) % 1).toBe(0);
    const pk = b.world.ss.raw('PK');
    const diperbarui = headersOf(pkTab).indexOf('Diperbarui') + 1;
    expect(typeof pk.cell(2, diperbarui) === 'number' || pk.cell(2, diperbarui) instanceof SheetDate).toBe(
      true,
    );
    // the next step finds the chain intact: the date cell hashes as it did when written
    expect(act(b, DWI, 'setujui', EKO, 'PK').ok).toBe(true);
    b.call(emailOf(DWI), 'periksaData');
    expect(b.world.alerts.at(-1)).toContain('Tidak ada kesalahan');
  });

  it('a log with older ISO-text times and newer date cells keeps verifying', () => {
    const b = officeBundle();
    expect(act(b, EKO, 'ajukan', EKO, 'PK').ok).toBe(true);
    const riwayat = b.world.ss.raw('Riwayat');
    // the first entry as an older version wrote it: ISO 8601 text with the office offset
    const shown = riwayat.displayed(2, waktuCol) as Date;
    const iso = formatInstant(shown.getTime());
    expect(iso).toMatch(/^2\d{3}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
    (riwayat.cells[1] as unknown[])[waktuCol - 1] = iso;
    expect(act(b, DWI, 'setujui', EKO, 'PK').ok).toBe(true);
    expect(act(b, DWI, 'setujui', EKO, 'PK').ok).toBe(true);
    const cells = valuesOf(b, 'Riwayat')
      .slice(1)
      .map((r) => typeof r[waktuCol - 1]);
    expect(cells).toEqual(['string', 'number', 'number']);
    b.call(emailOf(DWI), 'periksaData');
    expect(b.world.alerts.at(-1)).toContain('Tidak ada kesalahan');
  });

  it('keeps verifying after the spreadsheet time zone changes (the cells keep their wall-clock time)', () => {
    const b = officeBundle();
    expect(act(b, EKO, 'ajukan', EKO, 'PK').ok).toBe(true);
    const before = (b.world.ss.raw('Riwayat').displayed(2, waktuCol) as Date).getTime();
    b.world.ss.setSpreadsheetTimeZone('America/Los_Angeles');
    const after = (b.world.ss.raw('Riwayat').displayed(2, waktuCol) as Date).getTime();
    expect(after).not.toBe(before); // getValues now names another instant …
    expect(act(b, DWI, 'setujui', EKO, 'PK').ok).toBe(true); // … and the shell still reads the one hashed
    b.call(emailOf(DWI), 'periksaData');
    expect(b.world.alerts.at(-1)).toContain('Tidak ada kesalahan');
  });

  it('an edited time breaks the chain (a date cell is no loophole)', () => {
    const b = officeBundle();
    expect(act(b, EKO, 'ajukan', EKO, 'PK').ok).toBe(true);
    const riwayat = b.world.ss.raw('Riwayat');
    const serial = riwayat.cell(2, waktuCol) as number;
    (riwayat.cells[1] as unknown[])[waktuCol - 1] = serial + 1 / 86400; // one second later
    const r = act(b, DWI, 'setujui', EKO, 'PK');
    expect(r.ok).toBe(false);
    expect(r.pesan.join('\n')).toMatch(/Riwayat/);
  });
});
