// What the sidebar view tells each person (the core, without a browser): a Rentang target as a range,
// how long a step has waited against its SOP standard, the office dashboard for the administrator and,
// read-only, the head of office, and the line after an action naming what comes next and for whom.
import { describe, expect, it } from 'vitest';
import { DEMO_NIP, DEMO_PEGAWAI, demoTables, pesanHasil, sidebarView } from '../../shared';
import { doAction, kantorOf, MINUTE, sha256, T0 } from '../support/driver';
import { MemoryWorkbook } from '../support/memory-workbook';

const email = (nip: string) => DEMO_PEGAWAI.find((p) => p.nip === nip)?.email as string;

describe('the sidebar view', () => {
  it('shows a Rentang target as its range, and how long the review has waited against its standard', () => {
    const wb = new MemoryWorkbook(demoTables());
    expect(doAction(wb, email(DEMO_NIP.kasubagRapat), 'ajukan', DEMO_NIP.kasubagRapat, 'PK', T0).ok).toBe(
      true,
    );
    // the superior opens the sidebar 2 working hours later: past the 30-minute standard of step 2
    const view = sidebarView(kantorOf(wb), email(DEMO_NIP.kabagSidang), sha256, { now: T0 + 120 * MINUTE });
    const card = view.perluTindakan.find((d) => d.nip === DEMO_NIP.kasubagRapat && d.dokumen === 'PK');
    expect(card?.ringkasan.find((r) => r.startsWith('IKI-2'))).toContain(': 90–100 %');
    expect(card?.tombol.map((b) => [b.label, b.alasan])).toEqual([
      ['Teliti', null],
      ['Kembalikan', null],
    ]);
    expect(card?.tugas).toEqual({
      langkah: 2,
      tombol: 'Teliti',
      kegiatan: expect.stringMatching(/^Meneliti Indikator Kinerja Individu/),
      standar: '30 menit',
      menunggu: '2 jam',
      terlambat: true,
    });
  });

  it('says which Pengukuran row to add when a measurement has none, and does not list later quarters as due', () => {
    const wb = new MemoryWorkbook(demoTables(false)); // no realisation entered yet
    const eko = DEMO_NIP.stafTu;
    const dwi = email(DEMO_NIP.kasubagTu);
    let now = T0;
    for (const [who, aksi, dokumen] of [
      [email(eko), 'ajukan', 'PK'],
      [dwi, 'setujui', 'PK'],
      [dwi, 'setujui', 'PK'],
      [email(eko), 'ajukan', 'RA'],
      [dwi, 'setujui', 'RA'],
      [dwi, 'setujui', 'RA'],
      [dwi, 'arsipkan', 'RA'],
    ] as const) {
      now += 10 * MINUTE;
      expect(doAction(wb, who, aksi, eko, dokumen, now).ok).toBe(true);
    }
    const view = sidebarView(kantorOf(wb), email(eko), sha256, { now });
    expect(view.perluTindakan.map((d) => d.dokumen)).toEqual(['TW1']);
    const tw1 = view.perluTindakan[0];
    expect(tw1?.tombol).toEqual([
      expect.objectContaining({
        label: 'Ukur',
        alasan: expect.stringMatching(/^Perbaiki dulu \d+ kesalahan/),
      }),
    ]);
    expect(tw1?.masalah[0]).toEqual({
      teks: `Tab Pengukuran belum punya baris TW I untuk indikator IKI-1. Tambahkan baris dengan NIP ${eko}, Kode IKI-1, Triwulan I, lalu isi Realisasi dan Bukti Pendukung.`,
      tab: 'Pengukuran',
      row: 2,
      column: 'NIP',
    });
  });

  it('gives the administrator the dashboard, the head of office a read-only one, and staff none', () => {
    const wb = new MemoryWorkbook(demoTables());
    const k = kantorOf(wb);
    const admin = sidebarView(k, email(DEMO_NIP.kasubagTu), sha256, { now: T0 });
    expect(admin.dasbor?.bacaSaja).toBe(false);
    expect(admin.dasbor?.triwulan).toBe('I');
    // everyone with a file: the head of office (the office IKU) and the 7 employees
    expect(admin.dasbor?.belumPkRa).toHaveLength(8);
    expect(admin.dasbor?.unit.reduce((n, u) => n + u.pegawai, 0)).toBe(8);
    expect(sidebarView(k, email(DEMO_NIP.sekwan), sha256, { now: T0 }).dasbor?.bacaSaja).toBe(true);
    expect(sidebarView(k, email(DEMO_NIP.stafTu), sha256, { now: T0 }).dasbor).toBeNull();
  });

  it('after an action, one line says what happened and what comes next, for whom', () => {
    const wb = new MemoryWorkbook(demoTables());
    const k = kantorOf(wb);
    const r = doAction(wb, email(DEMO_NIP.stafTu), 'ajukan', DEMO_NIP.stafTu, 'PK', T0);
    expect(r.ok && pesanHasil(k, r.value, 'id')).toBe(
      'PK milik Eko Prasetyo: Ajukan PK selesai (status Diajukan). Berikutnya: Teliti PK oleh Dwi Rahmawati, S.Sos.',
    );
    expect(r.ok && pesanHasil(k, r.value, 'en')).toBe(
      'PK of Eko Prasetyo: Submit PK done (state Diajukan). Next: Review PK by Dwi Rahmawati, S.Sos.',
    );
  });
});
