// Several actions per indicator in the Rencana Aksi tab: which rows carry the indicator's quarterly
// targets (summed for Jumlah, exactly one row otherwise), what blocks, and the consistency warnings.
import { describe, expect, it } from 'vitest';
import {
  aksiOf,
  DEMO_NIP,
  DEMO_PEGAWAI,
  demoTables,
  describeProblem,
  masalahDokumen,
  masalahRa,
  parseKantor,
  peringatanRa,
  readTab,
  rencanaAksiTab,
  sidebarView,
  TAB_NAMES,
  targetTwIndikator,
  writeTab,
} from '../../shared';
import { sha256 } from '../support/driver';
import { MemoryWorkbook } from '../support/memory-workbook';

type Ra = ReturnType<typeof readTab<typeof rencanaAksiTab>>['rows'][number]['value'];

const RAPAT = DEMO_NIP.kasubagRapat;

/** The demo office with the Rencana Aksi rows changed by `edit`. */
function officeWith(edit: (rows: Ra[]) => Ra[]) {
  const tables = demoTables();
  const rows = readTab(rencanaAksiTab, tables['Rencana Aksi']).rows.map((r) => r.value);
  const wb = new MemoryWorkbook({ ...tables, 'Rencana Aksi': writeTab(rencanaAksiTab, edit(rows)) });
  return parseKantor(wb.readTables(TAB_NAMES));
}

const ikiOf = (k: ReturnType<typeof officeWith>, nip: string, kode: string) => {
  const v = k.iki.find((r) => r.value.nip === nip && r.value.kode === kode)?.value;
  if (!v) throw new Error('no indicator');
  return v;
};

describe('the quarterly targets of an indicator with several actions', () => {
  it('sums the actions’ targets for Jumlah (the demo’s three actions make 10 a quarter)', () => {
    const k = officeWith((r) => r);
    expect(k.problems).toEqual([]);
    const rows = aksiOf(k, RAPAT, 'IKI-1');
    expect(rows.map((r) => r.value.rencanaAksi)).toHaveLength(3);
    expect(targetTwIndikator('Jumlah', rows)).toEqual([10, 10, 10, 10]);
    expect(masalahRa(k, RAPAT, ikiOf(k, RAPAT, 'IKI-1'))).toEqual([]);
    expect(masalahDokumen(k, RAPAT, 'RA', false)).toEqual([]);
  });

  it('takes the one row with targets for the other Agregasi; a description-only action adds nothing', () => {
    const k = officeWith((rows) => [
      ...rows,
      {
        ...(rows.find((r) => r.nip === RAPAT && r.kode === 'IKI-2') as Ra),
        rencanaAksi: 'Konfirmasi kehadiran anggota',
        targetTw1: null,
        targetTw2: null,
        targetTw3: null,
        targetTw4: null,
      },
    ]);
    expect(k.problems).toEqual([]);
    expect(targetTwIndikator('Nilai Akhir', aksiOf(k, RAPAT, 'IKI-2'))).toEqual([90, 90, 90, 90]);
    expect(masalahDokumen(k, RAPAT, 'RA', false)).toEqual([]);
  });

  it('blocks targets on two rows where one must carry them, naming both rows', () => {
    const k = officeWith((rows) => [
      ...rows,
      { ...(rows.find((r) => r.nip === RAPAT && r.kode === 'IKI-2') as Ra), rencanaAksi: 'Pengiriman ulang' },
    ]);
    expect(masalahDokumen(k, RAPAT, 'RA', false).map((p) => describeProblem(p))).toEqual([
      `Tab Rencana Aksi, baris ${k.ra.length + 1}, kolom Target TW I: Indikator IKI-2 (Nilai Akhir) punya beberapa rencana aksi; hanya satu baris yang boleh berisi target triwulan (baris ${(aksiOf(k, RAPAT, 'IKI-2')[0]?.row ?? 0).toString()} sudah berisi target). Kosongkan target di baris ini, atau pindahkan ke baris ${(aksiOf(k, RAPAT, 'IKI-2')[0]?.row ?? 0).toString()}.`,
    ]);
  });

  it('refuses the same action twice for one indicator as a duplicate row', () => {
    const k = officeWith((rows) => [...rows, rows.find((r) => r.nip === RAPAT && r.kode === 'IKI-2') as Ra]);
    expect(k.problems.map((p) => p.key)).toEqual(['baris.ganda']);
  });

  it('blocks a quarter no action gives a target', () => {
    const k = officeWith((rows) =>
      rows.map((r) => (r.nip === RAPAT && r.kode === 'IKI-1' ? { ...r, targetTw3: null } : r)),
    );
    expect(targetTwIndikator('Jumlah', aksiOf(k, RAPAT, 'IKI-1'))).toEqual([10, 10, null, 10]);
    expect(masalahDokumen(k, RAPAT, 'RA', false).map((p) => p.key)).toEqual(['ra.targetKosong']);
  });
});

describe('the consistency of the quarterly targets with the annual target', () => {
  const cases = [
    { nip: DEMO_NIP.kabagUmum, kode: 'IKU-1', set: { targetTw4: 90 }, key: 'ra.kumulatifAkhir' },
    { nip: DEMO_NIP.kabagUmum, kode: 'IKU-1', set: { targetTw3: 40 }, key: 'ra.kumulatifTurun' },
    { nip: DEMO_NIP.stafTu, kode: 'IKI-1', set: { targetTw4: 40 }, key: 'ra.jumlahTidakSama' },
    { nip: DEMO_NIP.kasubagKeuangan, kode: 'IKI-2', set: { targetTw4: 90 }, key: 'ra.nilaiAkhirBeda' },
    { nip: DEMO_NIP.kasubagTu, kode: 'IKI-2', set: { targetTw1: 60 }, key: 'ra.rataRataBeda' },
  ] as const;

  for (const c of cases) {
    it(`${c.key}: warns and explains, never blocks, and is silenced by Alasan Penyimpangan`, () => {
      const edit = (alasan: string | null) => (rows: Ra[]) =>
        rows.map((r) => (r.nip === c.nip && r.kode === c.kode ? { ...r, ...c.set, alasan } : r));
      const k = officeWith(edit(null));
      const iki = ikiOf(k, c.nip, c.kode);
      expect(peringatanRa(k, c.nip, iki).map((p) => p.key)).toEqual([c.key]);
      expect(describeProblem(peringatanRa(k, c.nip, iki)[0] as never)).toMatch(
        /: Peringatan, indikator .* jelaskan di Alasan Penyimpangan\.$/,
      );
      expect(masalahDokumen(k, c.nip, 'RA', false)).toEqual([]);
      const explained = officeWith(edit('Kegiatan dipusatkan di semester kedua'));
      expect(peringatanRa(explained, c.nip, ikiOf(explained, c.nip, c.kode))).toEqual([]);
    });
  }

  it('shows the warning in the sidebar on the employee’s Rencana Aksi, which can still be submitted', () => {
    const k = officeWith((rows) =>
      rows.map((r) => (r.nip === DEMO_NIP.stafTu && r.kode === 'IKI-1' ? { ...r, targetTw4: 40 } : r)),
    );
    const eko = DEMO_PEGAWAI.find((p) => p.nip === DEMO_NIP.stafTu)?.email;
    const ra = sidebarView(k, eko, sha256).dokumenSaya?.find((d) => d.dokumen === 'RA');
    expect(ra?.masalah.map((m) => m.teks)).toEqual([
      expect.stringContaining('Peringatan, indikator IKI-1 (Jumlah)'),
    ]);
    expect(ra?.aksi).toContain('ajukan');
  });

  it('has nothing to say about the demo office as it is', () => {
    const k = officeWith((r) => r);
    const all = k.iki.flatMap((r) => peringatanRa(k, r.value.nip, r.value));
    expect(all).toEqual([]);
  });
});
