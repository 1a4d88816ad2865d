// PK Perubahan (issue 11 item 3): after archiving, the Pengelola Kinerja opens a revision with a reason;
// the person edits and the cycle repeats into version N+1; the earlier signed version stays verifiable
// ("versi N, digantikan oleh versi N+1 pada tanggal ..."); and the demo's mutasi keeps the earlier
// quarters and signatures valid.
import { describe, expect, it } from 'vitest';
import {
  aksiTersedia,
  berkasOf,
  cariKodeVerifikasi,
  DEMO_MUTASI,
  DEMO_NIP,
  DEMO_PEGAWAI,
  DEMO_PERUBAHAN,
  demoTables,
  describeProblem,
  formatTanggal,
  hashDokumen,
  kodeVerifikasi,
  masalahValidasi,
  modelDokumenTtd,
  riwayatVersi,
  sidebarView,
  uraiVerifikasi,
  versiBerjalan,
} from '../../shared';
import { doAction, kantorOf, MINUTE, replayDemo, sha256 } from '../support/driver';
import { MemoryWorkbook } from '../support/memory-workbook';

const email = (nip: string) => DEMO_PEGAWAI.find((p) => p.nip === nip)?.email as string;
const DWI = DEMO_NIP.kasubagTu; // the Pengelola Kinerja, Eko's superior until the mutasi
const EKO = DEMO_NIP.stafTu;
const HENDRA = DEMO_NIP.kasubagKeuangan;
const FITRI = DEMO_NIP.stafKeuangan;
const SRI = DEMO_NIP.kabagUmum;
const ADMIN = email(DWI);
const errorsOf = (r: { ok: boolean; problems?: readonly unknown[] }) =>
  r.ok ? [] : (r.problems ?? []).map((p) => describeProblem(p as never));

/** The demo office with every PK and RA archived (January), no quarter measured yet. */
function archived(): { wb: MemoryWorkbook; t: number } {
  const wb = new MemoryWorkbook(demoTables());
  replayDemo(wb, Date.parse('2026-02-01T00:00:00+07:00'));
  return { wb, t: Date.parse('2026-02-02T08:00:00+07:00') };
}

/** Fitri's PK and RA signed again after a revision, by her superior Hendra, and archived. */
function cycle(wb: MemoryWorkbook, t0: number, nip = FITRI, atasan = HENDRA): number {
  let t = t0;
  const step = (who: string, aksi: 'ajukan' | 'setujui' | 'arsipkan', dokumen: 'PK' | 'RA') => {
    t += 10 * MINUTE;
    const r = doAction(wb, who, aksi, nip, dokumen, t);
    expect(errorsOf(r), `${aksi} ${dokumen}`).toEqual([]);
  };
  if (berkasOf(kantorOf(wb), nip).PK !== 'Ditandatangani') {
    step(email(nip), 'ajukan', 'PK');
    step(email(atasan), 'setujui', 'PK');
    step(email(atasan), 'setujui', 'PK');
  }
  step(email(nip), 'ajukan', 'RA');
  step(email(atasan), 'setujui', 'RA');
  step(email(atasan), 'setujui', 'RA');
  step(ADMIN, 'arsipkan', 'RA');
  return t;
}

describe('PK Perubahan: opening a revision', () => {
  it('only the Pengelola Kinerja, only after archiving, only with a reason', () => {
    const wb = new MemoryWorkbook(demoTables());
    const t = Date.parse('2026-01-05T08:00:00+07:00');
    // before archiving there is nothing to revise
    expect(errorsOf(doAction(wb, ADMIN, 'perubahan', FITRI, 'PK', t, { catatan: 'x' }))[0]).toMatch(
      /tidak berlaku/,
    );
    const a = archived();
    expect(aksiTersedia('PK', 'Diarsipkan', 'pengelola')).toEqual(['perubahan']);
    expect(aksiTersedia('PK', 'Diarsipkan', 'atasan')).toEqual([]);
    // the superior and the owner cannot open it
    for (const who of [email(HENDRA), email(FITRI)])
      expect(errorsOf(doAction(a.wb, who, 'perubahan', FITRI, 'PK', a.t, { catatan: 'APBD-P' })).length).toBe(
        1,
      );
    // a reason is required
    expect(errorsOf(doAction(a.wb, ADMIN, 'perubahan', FITRI, 'PK', a.t))[0]).toMatch(/catatan|alasan/i);
    const r = doAction(a.wb, ADMIN, 'perubahan', FITRI, 'PK', a.t, {
      catatan: 'Mutasi tugas: SPJ seluruh bagian',
    });
    expect(errorsOf(r)).toEqual([]);
    if (!r.ok) return;
    // logged like every action, outside the SOP's timing, the reason on the entry and on the PK row
    expect(r.value.keputusan.entri).toMatchObject({
      aksi: 'perubahan',
      peran: 'Pengelola Kinerja',
      catatan: 'Mutasi tugas: SPJ seluruh bagian',
      durasi: null,
      melebihi: null,
    });
    const k = kantorOf(a.wb);
    // the PK takes the RA along (its content repeats the IKI); the quarters keep their state
    expect(berkasOf(k, FITRI)).toMatchObject({ PK: 'Dikembalikan', RA: 'Dikembalikan', TW1: 'Draf' });
    expect(k.pk.find((p) => p.value.nip === FITRI)?.value).toMatchObject({
      catatan: 'Mutasi tugas: SPJ seluruh bagian',
      hashPk: null,
      hashRa: null,
    });
    // the signed rows are open to their owner again
    const ikiRows = k.iki.filter((i) => i.value.nip === FITRI).map((i) => `IKI:${i.row}`);
    for (const row of ikiRows) expect(a.wb.protectedRows.has(row)).toBe(false);
    // the log replays without a problem, the mirror agrees
    expect(masalahValidasi(k, a.wb.anchor.baca(), sha256).map((p) => describeProblem(p))).toEqual([]);
    // the owner sees the reason and submits again
    const view = sidebarView(k, email(FITRI), sha256, { now: a.t + MINUTE });
    const pk = view.dokumenSaya.find((d) => d.dokumen === 'PK');
    expect(pk?.catatan).toBe('Mutasi tugas: SPJ seluruh bagian');
    expect(pk?.tombol.map((b) => b.aksi)).toEqual(['ajukan']);
  });

  it('the administrator’s sidebar offers “Buka perubahan”; it is never a step anyone waits for', () => {
    const a = archived();
    const view = sidebarView(kantorOf(a.wb), ADMIN, sha256, { now: a.t });
    expect(view.perubahan).toBe(true);
    expect(sidebarView(kantorOf(a.wb), email(FITRI), sha256, { now: a.t }).perubahan).toBe(false);
    expect(view.perluTindakan.filter((d) => d.tombol.some((b) => b.aksi === 'perubahan'))).toEqual([]);
    // an unknown NIP is refused with what to do
    expect(errorsOf(doAction(a.wb, ADMIN, 'perubahan', '123', 'PK', a.t, { catatan: 'x' })).join()).toMatch(
      /pegawai tidak terdaftar/,
    );
  });
});

describe('PK Perubahan: the cycle repeats into version 2', () => {
  it('a revised PK is signed again as “Perjanjian Kinerja Perubahan”, version 2; version 1 stays verifiable', () => {
    const a = archived();
    const before = kantorOf(a.wb);
    const v1 = riwayatVersi(before, FITRI, 'PK').versi;
    expect(v1).toHaveLength(1);
    const kode1 = v1[0]?.kode as string;
    expect(kode1).toBe(kodeVerifikasi(before.pk.find((p) => p.value.nip === FITRI)?.value.hashPk as string));
    let t = a.t;
    expect(errorsOf(doAction(a.wb, ADMIN, 'perubahan', FITRI, 'PK', t, { catatan: 'APBD-P 2026' }))).toEqual(
      [],
    );
    // the person edits: the annual target of IKI-3 rises from 400 to 440
    const k1 = kantorOf(a.wb);
    expect(versiBerjalan(k1, FITRI, 'PK')).toBe(2);
    const row = k1.iki.find((i) => i.value.nip === FITRI && i.value.kode === 'IKI-3')?.row as number;
    const col = k1.reads.IKI.columnIndex.target as number;
    a.wb.writeRanges([{ tab: 'IKI', row, column: col + 1, values: [[440]] }]);
    // while the revision is open, version 1 is still the last one signed
    const open = uraiVerifikasi(kantorOf(a.wb), kode1, 'id');
    expect(open.baris.join('\n')).toMatch(
      /Perubahan dibuka pada 2 Februari 2026 \(APBD-P 2026\); versi 2 belum/,
    );
    // the draft of version 2 is a concept, not signed by anyone yet
    const draft = modelDokumenTtd(kantorOf(a.wb), FITRI, 'PK', sha256, t);
    expect(draft.ok && draft.value).toMatchObject({
      judul: 'PERJANJIAN KINERJA PERUBAHAN TAHUN 2026',
      versi: 2,
      persetujuan: { ditandatangani: false, oleh: null, kodeVerifikasi: null },
    });
    t = cycle(a.wb, t);
    const k = kantorOf(a.wb);
    expect(berkasOf(k, FITRI)).toMatchObject({ PK: 'Diarsipkan', RA: 'Diarsipkan' });
    const versi = riwayatVersi(k, FITRI, 'PK').versi;
    expect(versi.map((v) => [v.versi, v.alasan])).toEqual([
      [1, null],
      [2, 'APBD-P 2026'],
    ]);
    expect(versi[1]?.hash).toBe(hashDokumen(k, sha256, FITRI, 'PK'));
    // the document
    const doc = modelDokumenTtd(k, FITRI, 'PK', sha256, t);
    expect(doc.ok && doc.value).toMatchObject({
      judul: 'PERJANJIAN KINERJA PERUBAHAN TAHUN 2026',
      versi: 2,
      berubah: false,
      perubahan: { alasan: 'APBD-P 2026', menggantikan: { versi: 1, kode: kode1 } },
      persetujuan: { ditandatangani: true, kodeVerifikasi: versi[1]?.kode },
    });
    const ra = modelDokumenTtd(k, FITRI, 'RA', sha256, t);
    expect(ra.ok && ra.value.judul).toBe('RENCANA AKSI PERUBAHAN TAHUN 2026');
    // version 1's code resolves to its replacement; version 2's is in force
    const old = uraiVerifikasi(k, kode1.toLowerCase().replace(/-/g, ''), 'id');
    expect(old.ok).toBe(true);
    expect(old.baris.join('\n')).toContain(
      `Versi 1, digantikan oleh versi 2 pada tanggal ${formatTanggal(versi[1]?.tanggal as never)}.`,
    );
    expect(uraiVerifikasi(k, versi[1]?.kode as string, 'en').baris.join('\n')).toMatch(
      /Revised Performance Agreement 2026 .* version 2[\s\S]*Version 2 is the version in force/,
    );
    expect(cariKodeVerifikasi(k, '0000-0000-0000-0000')).toEqual([]);
    expect(uraiVerifikasi(k, 'bukan kode', 'id').ok).toBe(false);
    // the log replays cleanly and the rows are protected again
    expect(masalahValidasi(k, a.wb.anchor.baca(), sha256).map((p) => describeProblem(p))).toEqual([]);
    expect(a.wb.protectedRows.has(`IKI:${row}`)).toBe(true);
  });

  it('an RA-only revision keeps the PK signed (version 1) and archives both again', () => {
    const a = archived();
    const kodePk = riwayatVersi(kantorOf(a.wb), FITRI, 'PK').versi[0]?.kode;
    const r = doAction(a.wb, ADMIN, 'perubahan', FITRI, 'RA', a.t, { catatan: 'Jadwal kegiatan bergeser' });
    expect(errorsOf(r)).toEqual([]);
    const k = kantorOf(a.wb);
    expect(berkasOf(k, FITRI)).toMatchObject({ PK: 'Ditandatangani', RA: 'Dikembalikan' });
    // the PK's signature stays in force; the IKI rows stay protected, the RA rows open
    expect(riwayatVersi(k, FITRI, 'PK')).toMatchObject({ terbuka: null });
    expect(versiBerjalan(k, FITRI, 'PK')).toBe(1);
    expect(versiBerjalan(k, FITRI, 'RA')).toBe(2);
    const ikiRow = k.iki.find((i) => i.value.nip === FITRI)?.row as number;
    const raRow = k.ra.find((i) => i.value.nip === FITRI)?.row as number;
    expect(a.wb.protectedRows.has(`IKI:${ikiRow}`)).toBe(true);
    expect(a.wb.protectedRows.has(`Rencana Aksi:${raRow}`)).toBe(false);
    cycle(a.wb, a.t);
    const after = kantorOf(a.wb);
    expect(berkasOf(after, FITRI)).toMatchObject({ PK: 'Diarsipkan', RA: 'Diarsipkan' });
    expect(riwayatVersi(after, FITRI, 'PK').versi.map((v) => v.kode)).toEqual([kodePk]);
    expect(riwayatVersi(after, FITRI, 'RA').versi.map((v) => v.versi)).toEqual([1, 2]);
    expect(masalahValidasi(after, a.wb.anchor.baca(), sha256)).toEqual([]);
  });

  it('the head of office’s PK: revised and signed again on paper by the regional head, recorded as version 2', () => {
    const a = archived();
    const head = DEMO_NIP.sekwan;
    let t = a.t;
    const ok = (who: string, aksi: Parameters<typeof doAction>[2], dokumen: 'PK' | 'RA', extra = {}) => {
      t += 10 * MINUTE;
      expect(errorsOf(doAction(a.wb, who, aksi, head, dokumen, t, extra)), `${aksi} ${dokumen}`).toEqual([]);
    };
    ok(ADMIN, 'perubahan', 'PK', { catatan: 'RPJMD perubahan' });
    ok(email(head), 'ajukan', 'PK');
    ok(ADMIN, 'ttdkepaladaerah', 'PK', {
      tanggalTtd: '2 Februari 2026',
      tautanTtd: 'https://drive.google.com/file/d/pk-sekwan-v2/view',
    });
    ok(email(head), 'ajukan', 'RA');
    ok(ADMIN, 'setujui', 'RA');
    ok(ADMIN, 'setujui', 'RA');
    ok(ADMIN, 'arsipkan', 'RA');
    const k = kantorOf(a.wb);
    const versi = riwayatVersi(k, head, 'PK').versi;
    expect(versi.map((v) => [v.versi, v.peran, formatTanggal(v.tanggal)])).toEqual([
      [1, 'Pengelola Kinerja', '6 Januari 2026'],
      [2, 'Pengelola Kinerja', '2 Februari 2026'],
    ]);
    const doc = modelDokumenTtd(k, head, 'PK', sha256, t);
    expect(doc.ok && [doc.value.judul, doc.value.persetujuan.pindaian]).toEqual([
      'PERJANJIAN KINERJA PERUBAHAN TAHUN 2026',
      'https://drive.google.com/file/d/pk-sekwan-v2/view',
    ]);
    expect(masalahValidasi(k, a.wb.anchor.baca(), sha256)).toEqual([]);
  });

  it('a revision cannot be opened on content changed after signing', () => {
    const a = archived();
    const k = kantorOf(a.wb);
    const row = k.iki.find((i) => i.value.nip === FITRI)?.row as number;
    const col = k.reads.IKI.columnIndex.target as number;
    a.wb.writeRanges([{ tab: 'IKI', row, column: col + 1, values: [[1]] }]);
    expect(errorsOf(doAction(a.wb, ADMIN, 'perubahan', FITRI, 'PK', a.t, { catatan: 'x' })).join()).toMatch(
      /berubah setelah ditandatangani/,
    );
  });
});

describe('PK Perubahan and the quarters already measured', () => {
  it('keeps the targets of reported quarters: a changed TW I target blocks, a changed TW III target is the revision', () => {
    const wb = new MemoryWorkbook(demoTables());
    replayDemo(wb, Date.parse('2026-07-01T12:00:00+07:00'));
    let t = Date.parse('2026-07-06T08:00:00+07:00');
    const r = doAction(wb, ADMIN, 'perubahan', FITRI, 'PK', t, { catatan: 'APBD-P' });
    expect(errorsOf(r)).toEqual([]);
    // the log entry keeps the reported quarters' targets (chained), the PK row only the reason
    expect(r.ok && r.value.keputusan.entri.catatan).toMatch(
      /^APBD-P \[target terukur: IKI-1 TW I=25, TW II=50; /,
    );
    const k = kantorOf(wb);
    expect(k.pk.find((p) => p.value.nip === FITRI)?.value.catatan).toBe('APBD-P');
    t += 10 * MINUTE;
    expect(errorsOf(doAction(wb, email(FITRI), 'ajukan', FITRI, 'PK', t))).toEqual([]);
    t += 10 * MINUTE;
    expect(errorsOf(doAction(wb, email(HENDRA), 'setujui', FITRI, 'PK', t))).toEqual([]);
    t += 10 * MINUTE;
    expect(errorsOf(doAction(wb, email(HENDRA), 'setujui', FITRI, 'PK', t))).toEqual([]);
    const ra = kantorOf(wb).ra.find((x) => x.value.nip === FITRI && x.value.kode === 'IKI-1');
    const col = (f: 'targetTw1' | 'targetTw3') =>
      (kantorOf(wb).reads['Rencana Aksi'].columnIndex[f] as number) + 1;
    wb.writeRanges([
      { tab: 'Rencana Aksi', row: ra?.row as number, column: col('targetTw1'), values: [[30]] },
    ]);
    t += 10 * MINUTE;
    const refused = errorsOf(doAction(wb, email(FITRI), 'ajukan', FITRI, 'RA', t)).join('\n');
    expect(refused).toContain(
      `Tab Rencana Aksi, baris ${ra?.row}, kolom Target TW I: Target TW I indikator IKI-1 sudah diukur dan dilaporkan sebelum perubahan dengan target 25; sekarang 30.`,
    );
    // back to 25; a later quarter's target is what the revision may change
    wb.writeRanges([
      { tab: 'Rencana Aksi', row: ra?.row as number, column: col('targetTw1'), values: [[25]] },
    ]);
    wb.writeRanges([
      { tab: 'Rencana Aksi', row: ra?.row as number, column: col('targetTw3'), values: [[80]] },
    ]);
    expect(errorsOf(doAction(wb, email(FITRI), 'ajukan', FITRI, 'RA', t))).toEqual([]);
  });
});

describe('the demo year: one PK Perubahan and one mutasi', () => {
  const wb = new MemoryWorkbook(demoTables());
  const steps = replayDemo(wb);
  const k = kantorOf(wb);

  it('replays without a refusal and without an integrity problem', () => {
    expect(steps.filter((s) => !s.result.ok).map((s) => errorsOf(s.result as never))).toEqual([]);
    expect(masalahValidasi(k, wb.anchor.baca(), sha256).map((p) => describeProblem(p))).toEqual([]);
  });

  it('the Kabag Umum’s PK is at version 2 after the APBD-P, version 1 replaced on its signature date', () => {
    const pk = riwayatVersi(k, DEMO_PERUBAHAN.nip, 'PK').versi;
    expect(pk.map((v) => v.versi)).toEqual([1, 2]);
    expect(pk[1]?.alasan).toBe(DEMO_PERUBAHAN.alasan);
    expect(formatTanggal(pk[0]?.digantikan?.tanggal as never)).toBe('7 September 2026');
    const doc = modelDokumenTtd(k, SRI, 'PK', sha256, Date.parse('2027-01-04T12:00:00+07:00'));
    expect(doc.ok && doc.value.anggaran.map((x) => x.anggaran)).toContain('Rp650.000.000');
    expect(doc.ok && doc.value.judul).toBe('PERJANJIAN KINERJA PERUBAHAN TAHUN 2026');
  });

  it('the mutasi: Eko’s PK and first two quarters stay signed and evaluated by Dwi, the last two by Hendra', () => {
    expect(k.org.byNip.get(EKO)?.nipAtasan).toBe(DEMO_MUTASI.ke);
    const log = k.riwayat.map((r) => r.value).filter((e) => e.nipPemilik === EKO);
    const by = (dokumen: string, aksi: string) =>
      log
        .filter((e) => e.dokumen === dokumen && e.aksi === aksi)
        .map((e) => [e.nipPelaku, e.nipAtasanPemilik]);
    expect(by('PK', 'setujui')).toEqual([
      [DWI, DWI],
      [DWI, DWI],
    ]);
    expect(by('TW2', 'evaluasi')).toEqual([[DWI, DWI]]);
    expect(by('TW3', 'evaluasi')).toEqual([[HENDRA, HENDRA]]);
    expect(berkasOf(k, EKO)).toMatchObject({
      PK: 'Diarsipkan',
      TW1: 'Ditindaklanjuti',
      TW4: 'Ditindaklanjuti',
    });
    // his signed PK still names the superior who signed it, not the one Pegawai names today
    const doc = modelDokumenTtd(k, EKO, 'PK', sha256, Date.parse('2027-01-04T12:00:00+07:00'));
    expect(doc.ok && [doc.value.pihakKedua?.nip, doc.value.berubah, doc.value.versi]).toEqual([
      DWI,
      false,
      1,
    ]);
    // a code on his PK still verifies, in force
    const kode = doc.ok ? (doc.value.persetujuan.kodeVerifikasi as string) : '';
    expect(uraiVerifikasi(k, kode, 'id').baris.join('\n')).toContain('Versi 1 adalah versi yang berlaku.');
    // Dwi no longer acts on his documents; Hendra does
    const hendra = sidebarView(k, email(HENDRA), sha256, { now: Date.parse('2027-01-04T12:00:00+07:00') });
    expect(hendra.bawahan.some((d) => d.nip === EKO)).toBe(true);
  });
});
