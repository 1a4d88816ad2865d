// The sidebar's evidence upload in the built Code.js (issue 11 item 6): the file lands in the office's
// evidence folder on Drive, one subfolder per year, person and quarter (made once, then reused), as the
// uploading user; its link fills Bukti Pendukung; refused, with what to do, without the folder setting,
// without access to the folder, or for a quarter already reported.
import { describe, expect, it } from 'vitest';
import {
  type ActionResult,
  type Cell,
  DEMO_NIP,
  demoTables,
  headersOf,
  pengaturanTab,
  pengukuranTab,
  type SidebarView,
} from '../../shared';
import { emailOf, officeBundle, valuesOf } from '../support/apps-script/office';
import type { Bundle } from '../support/apps-script/services';
import { replayDemo } from '../support/driver';
import { MemoryWorkbook } from '../support/memory-workbook';

const EKO = emailOf(DEMO_NIP.stafTu);
const ADMIN = emailOf(DEMO_NIP.kasubagTu);
const FITRI = emailOf(DEMO_NIP.stafKeuangan);
const upload = (kode: string, triwulan: string, nama = 'Laporan SPJ.pdf') => ({
  kode,
  triwulan,
  nama,
  mimeType: 'application/pdf',
  isi: Buffer.from('%PDF-1.4 bukti').toString('base64'),
});

/** The demo office with PK and RA archived (and TW I reported), evidence folder shared with Eko and the admin. */
function office(folder = true): { b: Bundle; root: string } {
  const mem = new MemoryWorkbook(demoTables());
  replayDemo(mem, Number.POSITIVE_INFINITY, (d) => !d.startsWith('TW') || d === 'TW1');
  const b = officeBundle(mem.tabs as Record<string, Cell[][]>);
  const root = b.world.drive.addFolder('Bukti Kinerja Setwan', [ADMIN, EKO]);
  if (folder) {
    const rows = valuesOf(b, 'Pengaturan');
    const row = rows.findIndex((r) => r[0] === 'Folder Bukti');
    const cells = b.world.ss.raw('Pengaturan').cells;
    const value = `https://drive.google.com/drive/folders/${root}?usp=sharing`;
    if (row >= 0) (cells[row] as unknown[])[headersOf(pengaturanTab).indexOf('Nilai')] = value;
    else cells.push(['Folder Bukti', value]);
  }
  return { b, root };
}

const buktiCell = (b: Bundle, kode: string, tw: string) => {
  const [h, ...rows] = valuesOf(b, 'Pengukuran') as string[][];
  const col = (name: string) => (h as string[]).indexOf(name);
  return rows.find(
    (r) => r[col('NIP')] === DEMO_NIP.stafTu && r[col('Kode')] === kode && r[col('Triwulan')] === tw,
  )?.[col('Bukti Pendukung')];
};

describe('unggah bukti from the sidebar', () => {
  it('stores the file in <folder>/<year>/<person>/<quarter> on Drive and fills Bukti Pendukung with its link', () => {
    const { b } = office();
    const view = b.call<SidebarView>(EKO, 'ambilTampilan');
    const tw2 = view.dokumenSaya?.find((d) => d.dokumen === 'TW2');
    expect(tw2?.indikatorTw.find((i) => i.kode === 'IKI-1')?.unggah).toBe(true);
    // TW I is reported: sealed, no upload offered
    const tw1 = view.dokumenSaya?.find((d) => d.dokumen === 'TW1');
    expect(tw1?.indikatorTw.every((i) => !i.unggah)).toBe(true);

    const r = b.call<ActionResult>(EKO, 'unggahBukti', upload('IKI-1', 'II'));
    expect(r.pesan).toEqual([expect.stringContaining('Bukti IKI-1 TW II tersimpan di Drive')]);
    expect(r.ok).toBe(true);
    const [file] = b.world.drive.files;
    expect(file?.name).toBe('IKI-1_Laporan-SPJ.pdf');
    expect(file?.bytes.toString()).toBe('%PDF-1.4 bukti');
    expect(file?.owner).toBe(EKO);
    expect(b.world.drive.pathOf(file?.parent ?? '')).toEqual([
      'Bukti Kinerja Setwan',
      '2026',
      '199001012015031001-Eko-Prasetyo',
      'TW2',
    ]);
    expect(buktiCell(b, 'IKI-1', 'II')).toBe(`https://drive.google.com/file/d/${file?.id}/view?usp=drivesdk`);
    // the next upload of the quarter reuses its folders
    const folders = b.world.drive.folders.size;
    expect(b.call<ActionResult>(EKO, 'unggahBukti', upload('IKI-2', 'II', 'foto.jpg')).ok).toBe(true);
    expect(b.world.drive.folders.size).toBe(folders);
    expect(b.world.drive.files.map((f) => f.parent)).toEqual([file?.parent, file?.parent]);
    expect(headersOf(pengukuranTab)).toContain('Bukti Pendukung');
  });

  it('refuses, saying what to do, without the folder setting, without access, or for a reported quarter', () => {
    const none = office(false).b;
    expect(none.call<ActionResult>(EKO, 'unggahBukti', upload('IKI-1', 'II')).pesan).toEqual([
      expect.stringContaining('Pengaturan Folder Bukti'),
    ]);
    const { b } = office();
    // Fitri's own indicator, but the folder is not shared with her
    const own = b.call<ActionResult>(FITRI, 'unggahBukti', upload('IKI-1', 'II'));
    expect(own.ok).toBe(false);
    expect(own.pesan).toEqual([
      expect.stringContaining('tidak dapat dibuka atau ditulisi dengan akun Anda: minta Pengelola Kinerja'),
    ]);
    expect(own.pesan[0]).toContain('No item with the given ID could be found');
    const reported = b.call<ActionResult>(EKO, 'unggahBukti', upload('IKI-1', 'I'));
    expect(reported.pesan).toEqual([expect.stringContaining('TW I sudah dilaporkan')]);
    const big = b.call<ActionResult>(EKO, 'unggahBukti', {
      ...upload('IKI-1', 'II'),
      isi: 'A'.repeat(15 * 1024 * 1024),
    });
    expect(big.pesan).toEqual([expect.stringContaining('lebih dari 10 MB')]);
    expect(b.world.drive.files).toEqual([]);
  });

  it('needs the drive scope the manifest declares', () => {
    const { b } = office();
    b.world.scopes = b.world.scopes.filter((s) => !s.endsWith('/auth/drive'));
    const r = b.call<ActionResult>(EKO, 'unggahBukti', upload('IKI-1', 'II'));
    expect(r.ok).toBe(false);
    expect(r.pesan.join(' ')).toContain('Required permissions: https://www.googleapis.com/auth/drive');
  });
});
