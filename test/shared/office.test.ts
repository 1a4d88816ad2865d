// The office level: the head of office's PK with the regional head (signed on paper, recorded by the
// Pengelola Kinerja), the office IKU first in every recap, nobody's indicators left out silently,
// cascading (Kode Indikator Atasan) checked and drawn as a tree, and the SOP timing rules offices hit.
import { describe, expect, it } from 'vitest';
import {
  aksiTersedia,
  berkasOf,
  type Cell,
  compileRekap,
  DEFAULT_SETTINGS,
  DEMO_NIP,
  DEMO_PEGAWAI,
  DEMO_SETTINGS,
  daftarLibur,
  defaultSettingRows,
  demoTables,
  describeProblem,
  hashDokumen,
  ikiTab,
  LIBUR_NASIONAL,
  liburNasional,
  type ModelRekap,
  menitKerja,
  modelDokumenTtd,
  type Periode,
  pengaturanTab,
  pengukuranTab,
  peringatanKantor,
  readSettings,
  readTab,
  type SimpulPohon,
  sidebarView,
  tertunda,
  triwulanLaporan,
  writeTab,
} from '../../shared';
import { doAction, kantorOf, MINUTE, replayDemo, sha256, T0 } from '../support/driver';
import { MemoryWorkbook } from '../support/memory-workbook';

const email = (nip: string) => DEMO_PEGAWAI.find((p) => p.nip === nip)?.email as string;
const HEAD = DEMO_NIP.sekwan;
const DWI = DEMO_NIP.kasubagTu; // the Pengelola Kinerja
const SRI = DEMO_NIP.kabagUmum;
const EKO = DEMO_NIP.stafTu;
const SCAN = 'https://drive.google.com/file/d/pk-sekwan-2026/view';
const NOW = Date.parse('2027-01-04T12:00:00+07:00');

const errorsOf = (r: { ok: boolean; problems?: readonly unknown[] }) =>
  r.ok ? [] : (r.problems ?? []).map((p) => describeProblem(p as never));

type Tables = ReturnType<typeof demoTables>;

function withSettings(overrides: Record<string, string>, tables: Tables = demoTables()): Tables {
  return {
    ...tables,
    Pengaturan: writeTab(pengaturanTab, defaultSettingRows({ ...DEMO_SETTINGS, ...overrides })),
  };
}

function withIki(
  edit: (rows: ReturnType<typeof ikiRows>) => ReturnType<typeof ikiRows>,
  tables: Tables = demoTables(),
): Tables {
  return { ...tables, IKI: writeTab(ikiTab, edit(ikiRows(tables))) };
}

function ikiRows(tables: Tables) {
  return readTab(ikiTab, tables.IKI as Cell[][]).rows.map((r) => r.value);
}

function headPkSubmitted(tables: Tables = demoTables()): MemoryWorkbook {
  const wb = new MemoryWorkbook(tables);
  expect(errorsOf(doAction(wb, email(HEAD), 'ajukan', HEAD, 'PK', T0))).toEqual([]);
  return wb;
}

const record = (
  wb: MemoryWorkbook,
  extra: { tanggalTtd?: string; tautanTtd?: string | null },
  who: string = DWI,
) => doAction(wb, email(who), 'ttdkepaladaerah', HEAD, 'PK', T0 + 60 * MINUTE, extra);

function demoYear(tables: Tables = demoTables()): MemoryWorkbook {
  const wb = new MemoryWorkbook(tables);
  for (const { result } of replayDemo(wb)) expect(errorsOf(result)).toEqual([]);
  return wb;
}

function model(wb: MemoryWorkbook, periode: Periode): ModelRekap {
  const r = compileRekap(kantorOf(wb), periode, NOW, sha256);
  if (!r.ok) throw new Error(r.problems.map((p) => describeProblem(p)).join('\n'));
  return r.value;
}

describe('the head of office’s PK with the regional head', () => {
  it('the head submits; the Pengelola Kinerja records the paper signature with its date and scan, logged like any signature', () => {
    const wb = headPkSubmitted();
    const r = record(wb, { tanggalTtd: '30 Januari 2026', tautanTtd: SCAN });
    expect(errorsOf(r)).toEqual([]);
    const k = kantorOf(wb);
    expect(k.problems).toEqual([]); // the PK tab's mirror agrees with the replayed log
    expect(berkasOf(k, HEAD).PK).toBe('Ditandatangani');
    const entry = k.riwayat.at(-1)?.value;
    expect(entry).toMatchObject({
      aksi: 'ttdkepaladaerah',
      langkah: 3,
      peran: 'Pengelola Kinerja',
      nipPelaku: DWI,
      nipPemilik: HEAD,
      nipAtasanPemilik: null,
      hash: hashDokumen(k, sha256, HEAD, 'PK'),
      durasi: null, // the regional head's signature is outside the office's SOP timing
      catatan: `Ditandatangani Bupati Nganjuk (Ir. Hadi Santoso, M.T.) pada 30 Januari 2026; pindaian: ${SCAN}`,
    });
    expect(entry?.hashRantai).toMatch(/^[0-9a-f]{64}$/);
    // the document: PIHAK KEDUA is the Bupati (no NIP), dated the day of the paper signature, with the scan
    const doc = modelDokumenTtd(k, HEAD, 'PK', sha256, NOW);
    expect(doc.ok).toBe(true);
    if (!doc.ok) return;
    expect(doc.value.pihakKedua).toEqual({
      nama: 'Ir. Hadi Santoso, M.T.',
      jabatan: 'Bupati Nganjuk',
      pangkat: null,
      nip: '',
      sebutan: null,
    });
    expect(doc.value.pernyataan[2]).toContain('Nama: Ir. Hadi Santoso, M.T.\nJabatan: Bupati Nganjuk');
    expect(doc.value.tanggal).toEqual({ tahun: 2026, bulan: 1, hari: 30 });
    expect(doc.value.persetujuan).toMatchObject({
      ditandatangani: true,
      waktu: '30 Januari 2026',
      pindaian: SCAN,
      hash: entry?.hash,
    });
    expect(doc.value.persetujuan.oleh).toContain('Bupati Nganjuk Ir. Hadi Santoso, M.T.');
    expect(doc.value.persetujuan.oleh).toContain('dicatat oleh Dwi Rahmawati, S.Sos.');
  });

  it('refuses a record without a date, a scan link, a plausible date, or by anyone but the Pengelola Kinerja', () => {
    expect(errorsOf(record(headPkSubmitted(), { tautanTtd: SCAN }))).toEqual([
      'Isi tanggal penandatanganan oleh Kepala Daerah, misalnya 5 Februari 2026.',
    ]);
    expect(
      errorsOf(record(headPkSubmitted(), { tanggalTtd: '30 Januari 2026', tautanTtd: 'scan.pdf' })),
    ).toEqual(['Tempel tautan pindaian PK yang ditandatangani Kepala Daerah (diawali https://).']);
    expect(errorsOf(record(headPkSubmitted(), { tanggalTtd: '5 Maret 2026', tautanTtd: SCAN }))[0]).toMatch(
      /^Tanggal penandatanganan 5 Maret 2026 tidak masuk akal/,
    );
    expect(
      errorsOf(record(headPkSubmitted(), { tanggalTtd: '30 Januari 2026', tautanTtd: SCAN }, SRI))[0],
    ).toMatch(/^Anda tidak berwenang/);
    // nobody in the office approves the head's PK: it is the regional head's to sign
    expect(errorsOf(doAction(headPkSubmitted(), email(DWI), 'setujui', HEAD, 'PK', T0 + MINUTE))).toEqual([
      'Aksi "setujui" tidak berlaku untuk PK 2026 yang berstatus Diajukan.',
    ]);
    const blank = headPkSubmitted(withSettings({ 'Nama Kepala Daerah': '', 'Jabatan Kepala Daerah': '' }));
    expect(errorsOf(record(blank, { tanggalTtd: '30 Januari 2026', tautanTtd: SCAN }))[0]).toContain(
      'Nama Kepala Daerah dan Jabatan Kepala Daerah diisi di Pengaturan',
    );
  });

  it('the head’s RA is checked and signed, and their quarters evaluated, by the Pengelola Kinerja', () => {
    const wb = headPkSubmitted();
    record(wb, { tanggalTtd: '30 Januari 2026', tautanTtd: SCAN });
    const at = (m: number) => T0 + m * MINUTE;
    expect(errorsOf(doAction(wb, email(HEAD), 'ajukan', HEAD, 'RA', at(70)))).toEqual([]);
    expect(errorsOf(doAction(wb, email(SRI), 'setujui', HEAD, 'RA', at(75)))[0]).toMatch(
      /^Anda tidak berwenang/,
    );
    const checked = doAction(wb, email(DWI), 'setujui', HEAD, 'RA', at(80));
    expect(checked.ok && checked.value.keputusan.sebagai).toBe('Pengelola Kinerja');
    expect(errorsOf(doAction(wb, email(DWI), 'setujui', HEAD, 'RA', at(85)))).toEqual([]);
    expect(errorsOf(doAction(wb, email(DWI), 'arsipkan', HEAD, 'RA', at(90)))).toEqual([]);
    const april = Date.parse('2026-04-01T08:00:00+07:00');
    expect(errorsOf(doAction(wb, email(HEAD), 'ajukan', HEAD, 'TW1', april))).toEqual([]);
    const reported = doAction(wb, email(HEAD), 'ajukan', HEAD, 'TW1', april + 30 * MINUTE);
    // whoever acts next on the head's reported quarter: the Pengelola Kinerja
    expect(reported.ok && reported.value.perubahan.penerima).toEqual([email(DWI)]);
    const evaluated = doAction(wb, email(DWI), 'evaluasi', HEAD, 'TW1', april + 60 * MINUTE, {
      catatan: 'Pertahankan realisasi anggaran.',
    });
    expect(errorsOf(evaluated)).toEqual([]);
    const k = kantorOf(wb);
    expect(k.problems).toEqual([]);
    expect(berkasOf(k, HEAD)).toMatchObject({ PK: 'Diarsipkan', RA: 'Diarsipkan', TW1: 'Dievaluasi' });
  });

  it('the transition table: the head’s PK is returned or recorded by the Pengelola Kinerja, never approved', () => {
    expect(aksiTersedia('PK', 'Diajukan', 'atasan', true)).toEqual(['kembalikan']);
    expect(aksiTersedia('PK', 'Diajukan', 'pengelola', true)).toEqual(['ttdkepaladaerah']);
    expect(aksiTersedia('PK', 'Diajukan', 'pengelola', false)).toEqual([]);
    expect(aksiTersedia('PK', 'Diajukan', 'atasan', false).sort()).toEqual(['kembalikan', 'setujui']);
  });

  it('the sidebar: the head sees their own documents; the Pengelola Kinerja the head’s PK to record', () => {
    const k = kantorOf(headPkSubmitted());
    const head = sidebarView(k, email(HEAD), sha256);
    expect(head.pesan).toBeNull();
    expect(head.dokumenSaya.map((d) => [d.dokumen, d.status])).toEqual([
      ['PK', 'Diajukan'],
      ['RA', 'Draf'],
    ]);
    const admin = sidebarView(k, email(DWI), sha256);
    const pk = admin.menunggu.find((d) => d.nip === HEAD && d.dokumen === 'PK');
    expect(pk?.aksi).toEqual(['kembalikan', 'ttdkepaladaerah']);
    expect(pk?.sebagai).toBe('Pengelola Kinerja');
  });
});

describe('the office IKU in every recap', () => {
  const year = demoYear();

  it('opens with the head’s indicators, capaian and predikat, and the regional head; the head is not a unit member', () => {
    for (const periode of ['TW1', 'TW4', 'TAHUNAN'] as const) {
      const m = model(year, periode);
      expect(m.iku.kosong).toBeNull();
      expect(m.iku.pimpinan?.nip).toBe(HEAD);
      expect(m.iku.pimpinan?.indikator.map((i) => [i.kode, i.predikat !== null])).toEqual([
        ['IKU-01', true],
        ['IKU-02', true],
      ]);
      expect(m.iku.kepalaDaerah).toEqual({
        nama: 'Ir. Hadi Santoso, M.T.',
        jabatan: 'Bupati Nganjuk',
        nip: null,
      });
      expect(m.units.flatMap((u) => u.pegawai.map((p) => p.nip))).not.toContain(HEAD);
      expect(m.dikecualikan).toEqual([]);
    }
    // TW I: 19 of 20 and 22 of 24
    expect(model(year, 'TW1').iku.pimpinan?.indikator.map((i) => i.capaianTeks)).toEqual([
      '95,00%',
      '91,67%',
    ]);
  });

  it('says why the section is empty, and lists indicator rows it cannot place, with whose and why', () => {
    const noIku = withIki((rows) =>
      rows.filter((r) => r.nip !== HEAD).map((r) => ({ ...r, kodeAtasan: null })),
    );
    const wb = new MemoryWorkbook(withSettings({ 'Cascading Wajib': 'Tidak' }, noIku));
    const k = kantorOf(wb);
    expect(peringatanKantor(k).map((p) => describeProblem(p))).toEqual([
      'Tab IKI: Pimpinan instansi Drs. Bambang Sutrisno, M.Si. (196805121993031004) belum memiliki IKI: IKU instansi kosong dan rekap tidak dapat menampilkan kinerja instansi. Isi IKI pimpinan di tab IKI.',
    ]);
    const empty = model(wb, 'TW1');
    expect(empty.iku.kosong).toBe('rekap.iku.tanpaIki');
    expect(empty.kekurangan.filter((p) => p.owner === HEAD)).toEqual([]); // no file to be missing
    const stranger = withIki((rows) => [
      ...rows,
      { ...(rows[2] as (typeof rows)[number]), nip: '197001011990031001' },
    ]);
    const m = model(new MemoryWorkbook(stranger), 'TW1');
    expect(m.dikecualikan).toEqual([
      {
        nip: '197001011990031001',
        nama: '',
        alasan: 'rekap.dikecualikan.nipTidakDikenal',
        baris: [stranger.IKI.length],
      },
    ]);
    // a row with a cell that cannot be read is not silently missing either
    const broken = demoTables();
    const iki = broken.IKI as Cell[][];
    (iki[3] as Cell[])[(iki[0] as Cell[]).indexOf('Polaritas')] = 'Naik';
    const nip = (iki[3] as Cell[])[(iki[0] as Cell[]).indexOf('NIP')];
    expect(model(new MemoryWorkbook(broken), 'TW1').dikecualikan).toEqual([
      { nip, nama: 'Sri Wahyuni, S.E., M.M.', alasan: 'rekap.dikecualikan.barisRusak', baris: [4] },
    ]);
  });
});

describe('cascading (pohon kinerja)', () => {
  it('the demo cascade is complete and valid with Cascading Wajib', () => {
    const k = kantorOf(new MemoryWorkbook(demoTables()));
    expect(k.settings.cascadingWajib).toBe(true);
    expect(k.problems).toEqual([]);
    // the only office warning is the count branch whose portions fall short (test/shared/pattern)
    expect(peringatanKantor(k).map((p) => [p.key, p.params?.kode])).toEqual([['porsi.kurang', 'IKI-3']]);
  });

  it('a code that is not the direct superior’s indicator is an error on its cell, with the superior’s codes', () => {
    const tables = withIki((rows) =>
      rows.map((r) => (r.nip === EKO && r.kode === 'IKI-1' ? { ...r, kodeAtasan: 'IKU-01' } : r)),
    );
    const k = kantorOf(new MemoryWorkbook(tables));
    const row = ikiRows(tables).findIndex((r) => r.nip === EKO && r.kode === 'IKI-1') + 2;
    expect(k.problems.map((p) => [p.tab, p.row, p.column, describeProblem(p)])).toEqual([
      [
        'IKI',
        row,
        'Kode Indikator Atasan',
        `Tab IKI, baris ${row}, kolom Kode Indikator Atasan: Kode Indikator Atasan "IKU-01" bukan indikator atasan langsung (Dwi Rahmawati, S.Sos.). Isi dengan Kode salah satu indikator atasan: IKI-1, IKI-2, IKI-3.`,
      ],
    ]);
    // and it blocks the owner's PK, naming the cell
    const wb = new MemoryWorkbook(tables);
    expect(errorsOf(doAction(wb, email(EKO), 'ajukan', EKO, 'PK', T0))[1]).toContain('Kode Indikator Atasan');
  });

  it('Cascading Wajib requires a code of every indicator below the head; without it, a blank is fine', () => {
    const blank = withIki((rows) => rows.map((r) => (r.nip === EKO ? { ...r, kodeAtasan: null } : r)));
    const required = kantorOf(new MemoryWorkbook(blank)).problems;
    expect(required.map((p) => [p.key, p.column, p.owner])).toEqual([
      ['iki.kodeAtasanWajib', 'Kode Indikator Atasan', EKO],
      ['iki.kodeAtasanWajib', 'Kode Indikator Atasan', EKO],
    ]);
    expect(
      kantorOf(new MemoryWorkbook(withSettings({ 'Cascading Wajib': 'Tidak' }, blank))).problems,
    ).toEqual([]);
  });

  it('accepts an indicator of the superior’s Plh; the head’s own code (the regional plan) is not checked', () => {
    // Agus (Rina's superior) has Sri as Plh: Rina may support an indicator that only Sri has
    const tables = withIki((rows) => [
      ...rows.map((r) =>
        r.nip === DEMO_NIP.kasubagRapat && r.kode === 'IKI-1'
          ? { ...r, kodeAtasan: 'IKU-7' }
          : r.nip === HEAD
            ? { ...r, kodeAtasan: 'RPJMD 9.9' }
            : r,
      ),
      { ...(rows.find((r) => r.nip === SRI) as (typeof rows)[number]), kode: 'IKU-7' },
    ]);
    expect(kantorOf(new MemoryWorkbook(tables)).problems.map((p) => describeProblem(p))).toEqual([]);
  });

  it('a transfer (mutasi) keeps a signed cascade valid; an unsigned one follows the new superior', () => {
    const moveEko = (wb: MemoryWorkbook) => {
      const pegawai = wb.tabs.Pegawai as Cell[][];
      const h = pegawai[0] as Cell[];
      const row = pegawai.find((r) => r[h.indexOf('NIP')] === EKO) as Cell[];
      row[h.indexOf('NIP Atasan')] = SRI; // Eko moves under Sri, whose codes are IKU-1 and IKU-2
      return kantorOf(wb);
    };
    const cascade = (k: ReturnType<typeof kantorOf>) => k.problems.filter((p) => p.key.startsWith('iki.'));
    expect(cascade(moveEko(new MemoryWorkbook(demoTables()))).map((p) => [p.key, p.owner])).toEqual([
      ['iki.kodeAtasanTidakDikenal', EKO],
      ['iki.kodeAtasanTidakDikenal', EKO],
    ]);
    // signed under Dwi: the codes still name Dwi's indicator, and the tree keeps Eko under it
    const signed = demoYear();
    const k = moveEko(signed);
    expect(cascade(k)).toEqual([]);
    const m = compileRekap(k, 'TAHUNAN', NOW, sha256);
    const tree = m.ok ? m.value.pohon : null;
    expect(tree?.lepas).toEqual([]);
  });

  it('the recap model has the tree from each IKU down to staff, with capaian at each node', () => {
    const m = model(demoYear(), 'TAHUNAN');
    expect(m.pohon.akar.map((a) => [a.kode, a.anak.map((c) => `${c.nip.slice(-4)} ${c.kode}`)])).toEqual([
      ['IKU-01', ['2005 IKU-1', '2005 IKU-2', '2005 IKU-3']],
      ['IKU-02', ['1003 IKU-1', '1003 IKU-2']],
    ]);
    const count = (n: SimpulPohon<unknown>): number => 1 + n.anak.reduce((s, c) => s + count(c), 0);
    expect(m.pohon.akar.reduce((s, a) => s + count(a), 0)).toBe(
      m.units.flatMap((u) => u.pegawai).flatMap((p) => p.indikator).length +
        (m.iku.pimpinan?.indikator.length ?? 0),
    ); // every indicator of the office
    expect(m.pohon.lepas).toEqual([]);
    expect(m.pohon.ikuTanpaDukungan).toEqual([]);
    const iku01 = m.pohon.akar[0];
    expect(iku01?.nilai.capaianTeks).toBe(m.iku.pimpinan?.indikator[0]?.capaianTeks);
    const eko = iku01?.anak[1]?.anak
      .find((n) => n.nip === DWI && n.kode === 'IKI-2')
      ?.anak.find((n) => n.nip === EKO);
    expect(eko?.nilai.capaianTeks).toMatch(/%$/);
  });

  it('an IKU nothing supports is listed in validate and the recap', () => {
    const tables = withSettings(
      { 'Cascading Wajib': 'Tidak' },
      withIki((rows) => rows.map((r) => (r.nip === DEMO_NIP.kabagSidang ? { ...r, kodeAtasan: null } : r))),
    );
    const wb = new MemoryWorkbook(tables);
    expect(peringatanKantor(kantorOf(wb)).map((p) => p.key)).toContain('peringatan.ikuTanpaDukungan');
    const m = model(wb, 'TW1');
    expect(m.pohon.ikuTanpaDukungan).toEqual([
      { kode: 'IKU-02', indikator: 'Jumlah rapat DPRD yang terfasilitasi' },
    ]);
    expect(m.pohon.lepas.map((l) => l.nip)).toContain(DEMO_NIP.kabagSidang);
  });

  it('the sidebar shows, for each of my indicators, the superior’s indicator it supports', () => {
    const view = sidebarView(kantorOf(new MemoryWorkbook(demoTables())), email(EKO), sha256);
    expect(view.dukungan).toEqual([
      {
        kode: 'IKI-1',
        indikator: 'Jumlah data pegawai dimutakhirkan',
        mendukung: {
          kode: 'IKI-2',
          indikator: 'Nilai kepuasan layanan kepegawaian',
          nama: 'Dwi Rahmawati, S.Sos.',
        },
      },
      {
        kode: 'IKI-2',
        indikator: 'Rata-rata hari penyelesaian usulan kenaikan pangkat',
        mendukung: {
          kode: 'IKI-2',
          indikator: 'Nilai kepuasan layanan kepegawaian',
          nama: 'Dwi Rahmawati, S.Sos.',
        },
      },
    ]);
  });
});

describe('SOP timing', () => {
  it('a lateness is reported once, in the period in which it happened', () => {
    const year = demoYear();
    const late = (p: Periode) =>
      model(year, p).ringkasan.langkahTerlambat.map((l) => `${l.langkah} ${l.dokumen}`);
    expect(late('TW1')).toContain('5 RA');
    expect(late('TW1').filter((l) => l.startsWith('1 PK'))).toHaveLength(6);
    for (const p of ['TW2', 'TW3', 'TW4'] as const) expect(late(p)).toEqual([]);
    expect(late('TAHUNAN')).toEqual(late('TW1'));
    // a PK or RA step belongs to the quarter it happened in; a measurement to its own quarter
    expect(
      triwulanLaporan({ dokumen: 'PK', waktu: Date.parse('2026-05-04T09:00:00+07:00') }, 2026, 420),
    ).toBe(2);
    expect(
      triwulanLaporan({ dokumen: 'TW1', waktu: Date.parse('2026-04-01T09:00:00+07:00') }, 2026, 420),
    ).toBe(1);
  });

  it('attributes a late step to whoever had to act: the Plh who reviewed, not the employee', () => {
    const l = model(demoYear(), 'TW1').ringkasan.langkahTerlambat.find((x) => x.langkah === 5);
    expect(l).toMatchObject({
      nip: SRI,
      nama: 'Sri Wahyuni, S.E., M.M.',
      sebagai: 'Plh',
      nipPemilik: DEMO_NIP.kasubagRapat,
      namaPemilik: 'Rina Kartika, S.H.',
    });
    // the Pengelola Kinerja's compliance view in the sidebar says the same
    const view = sidebarView(kantorOf(demoYear()), email(DWI), sha256);
    expect(view.kepatuhan.find((x) => x.langkah === 5)).toMatchObject({
      nama: 'Sri Wahyuni, S.E., M.M.',
      sebagai: 'Plh',
      pemilik: 'Rina Kartika, S.H.',
    });
  });

  it('step 1 is timed from Mulai Penyusunan PK (default 2 January)', () => {
    const at = (tables: Tables) => {
      const wb = new MemoryWorkbook(tables);
      doAction(wb, email(EKO), 'ajukan', EKO, 'PK', T0); // Monday 2 February 08:00
      return kantorOf(wb).riwayat.at(-1)?.value;
    };
    expect(at(withSettings({ 'Mulai Penyusunan PK': '2 Februari 2026' }))).toMatchObject({
      durasi: 30,
      melebihi: 'Tidak',
    });
    const fromDefault = at(withSettings({ 'Mulai Penyusunan PK': '' }));
    expect(fromDefault?.melebihi).toBe('Ya');
    expect(fromDefault?.durasi).toBeGreaterThan(20 * 450);
  });

  it('durations in documents use the office hours', () => {
    const wb = demoYear(withSettings({ 'Jam Kerja': '08.00-15.30' }));
    expect(model(wb, 'TW1').menitPerHari).toBe(450);
    expect(model(demoYear(), 'TW1').menitPerHari).toBe(510);
  });

  it('reminds employees of their own overdue step, not only superiors', () => {
    const wb = new MemoryWorkbook(demoTables());
    doAction(wb, email(EKO), 'ajukan', EKO, 'PK', T0);
    doAction(wb, email(DWI), 'setujui', EKO, 'PK', T0 + 10 * MINUTE);
    doAction(wb, email(DWI), 'setujui', EKO, 'PK', T0 + 20 * MINUTE);
    const due = tertunda(kantorOf(wb), Date.parse('2026-02-06T09:00:00+07:00'));
    // Eko's Rencana Aksi (step 4, 1 day) is his own to draft, since his PK was signed
    expect(due.filter((d) => d.nama === 'Eko Prasetyo').map((d) => [d.kepada, d.dokumen, d.langkah])).toEqual(
      [[email(EKO), 'RA', 4]],
    );
    // the others have not submitted their PK (step 1, since Mulai Penyusunan PK)
    expect(due.filter((d) => d.langkah === 1).map((d) => d.kepada)).toContain(email(HEAD));
  });
});

describe('evidence (Bukti Pendukung)', () => {
  it('is a link a reviewer can open: https only, with its tab, row and column otherwise', () => {
    const read = (bukti: string) =>
      readTab(
        pengukuranTab,
        writeTab(pengukuranTab, [{ nip: EKO, kode: 'IKI-1', triwulan: 'I', bukti }] as never),
      );
    expect(read('https://drive.google.com/file/d/abc/view').problems).toEqual([]);
    for (const bad of ['http://intranet/bukti.pdf', 'C:\\bukti\\foto.jpg', 'lihat map biru'])
      expect(read(bad).problems.map((p) => [p.tab, p.row, p.column, p.key])).toEqual([
        ['Pengukuran', 2, 'Bukti Pendukung', 'url.tidakValid'],
      ]);
  });
});

describe('holidays (Hari Libur)', () => {
  it('ships the national holidays and cuti bersama of 2026 as the default, editable in Pengaturan', () => {
    expect(LIBUR_NASIONAL[2026]).toHaveLength(25); // 17 libur nasional + 8 cuti bersama
    expect(LIBUR_NASIONAL[2026]?.filter((h) => h.jenis === 'Cuti Bersama')).toHaveLength(8);
    expect(DEFAULT_SETTINGS.hariLibur).toContain('2026-03-20');
    const rows = defaultSettingRows();
    expect(rows.find((r) => r.kunci === 'Hari Libur')?.nilai).toBe(daftarLibur(liburNasional(2026)));
    const read = (nilai: string) =>
      readSettings(readTab(pengaturanTab, writeTab(pengaturanTab, [{ kunci: 'Hari Libur', nilai }])).rows)
        .settings.hariLibur;
    expect(read(daftarLibur(liburNasional(2026)))).toEqual(liburNasional(2026));
    expect(read('-')).toEqual([]);
    expect(read('17 Agustus 2026')).toEqual(['2026-08-17']);
    // a new year with last year's list: validate says so
    const nextYear = kantorOf(
      new MemoryWorkbook(withSettings({ Tahun: '2027', 'Hari Libur': daftarLibur(liburNasional(2026)) })),
    );
    expect(peringatanKantor(nextYear).map((p) => p.key)).toContain('peringatan.liburTahunLain');
    expect(peringatanKantor(kantorOf(new MemoryWorkbook(demoTables()))).map((p) => p.key)).not.toContain(
      'peringatan.liburTahunLain',
    );
    // Idul Fitri 1447 H: Friday 20 March (cuti bersama) to Tuesday 24 March count no working time
    const k = DEFAULT_SETTINGS;
    expect(
      menitKerja(k, Date.parse('2026-03-19T16:00:00+07:00'), Date.parse('2026-03-25T07:30:00+07:00')),
    ).toBe(0);
  });
});
