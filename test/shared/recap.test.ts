import { describe, expect, it } from 'vitest';
import {
  DEMO_NIP,
  DEMO_PEGAWAI,
  decideRekap,
  demoTables,
  describeProblem,
  formatPercent,
  ikiTab,
  type ModelRekap,
  readTab,
  rekapJson,
  rekapRows,
  writeTab,
} from '../../shared';
import { kantorOf, rekap, replayDemo, T0 } from '../support/driver';
import { MemoryWorkbook } from '../support/memory-workbook';

function demoYear(until = Number.POSITIVE_INFINITY): MemoryWorkbook {
  const wb = new MemoryWorkbook(demoTables());
  replayDemo(wb, until);
  return wb;
}

const NOW = Date.parse('2027-01-04T15:00:00+07:00');
const model = (wb: MemoryWorkbook, periode: Parameters<typeof rekap>[1]): ModelRekap => {
  const r = rekap(wb, periode, NOW);
  if (!r.ok) throw new Error('recap refused');
  return r.value;
};
const pegawai = (m: ModelRekap, nip: string) => m.units.flatMap((u) => u.pegawai).find((p) => p.nip === nip);

describe('the recap model', () => {
  const wb = demoYear();

  it('titles the quarterly and the annual document', () => {
    expect(model(wb, 'TW1').judul).toBe('Laporan Pengukuran Kinerja Triwulan I Tahun 2026');
    expect(model(wb, 'TAHUNAN').judul).toBe('Laporan Kinerja Tahun 2026');
  });

  it('counts each unit, and gives each node of the performance tree its quarters (the IKU trend’s lines)', () => {
    const m = model(wb, 'TAHUNAN');
    for (const u of m.units) {
      expect(u.jumlah.pegawai).toBe(u.pegawai.length);
      expect(u.jumlah.indikator).toBe(u.pegawai.reduce((n, p) => n + p.indikator.length, 0));
      expect(u.jumlah.raDiarsipkan).toBe(u.pegawai.filter((p) => p.berkas.RA === 'Diarsipkan').length);
    }
    type Simpul = ModelRekap['pohon']['akar'][number];
    const nodes = (s: Simpul): Simpul[] => [s, ...s.anak.flatMap(nodes)];
    const all = m.pohon.akar.flatMap(nodes).filter((s) => s.nip !== m.iku.pimpinan?.nip);
    expect(all.length).toBeGreaterThan(3);
    for (const s of all) {
      const i = pegawai(m, s.nip)?.indikator.find((x) => x.kode === s.kode);
      expect(s.nilai.perTriwulan).toEqual(
        i?.perTriwulan.map((q) =>
          q.capaian.status === 'terhitung' ? q.capaian.nilai.round(2, 1).toNumber() : null,
        ),
      );
    }
    expect(all.some((s) => s.nilai.perTriwulan.some((q) => q !== null))).toBe(true);
  });

  it('computes each indicator of a quarter from raw values: TW II of the Kabag Umum', () => {
    const sri = pegawai(model(wb, 'TW2'), DEMO_NIP.kabagUmum);
    expect(
      sri?.indikator.map((i) => [
        i.kode,
        i.periode.target?.toFixed(),
        i.periode.realisasi?.toFixed(),
        i.capaianTeks,
        i.predikat,
      ]),
    ).toEqual([
      ['IKU-1', '45', '44', '97,78%', 'Sangat Baik'],
      ['IKU-2', '7', '8', '85,71%', 'Baik'],
      // Opini BPK is released the following year: TW II is outside its period (issue 16)
      ['IKU-3', undefined, undefined, 'tidak diukur', null],
    ]);
    expect(sri?.indikator[0]?.sdPeriode?.target?.toFixed()).toBe('45');
    expect(sri?.indikator[0]?.arahan.map((a) => a.triwulan)).toEqual(['II']);
    expect(sri?.indikator[0]?.bukti[0]?.teks).toMatch(/^https:\/\/drive\.google\.com\//);
  });

  it('computes the year by Agregasi: the worked example Negatif, T 7, R 6,5 -> 107,14%', () => {
    const m = model(wb, 'TAHUNAN');
    const sri = pegawai(m, DEMO_NIP.kabagUmum);
    expect(sri?.indikator.map((i) => i.capaianTeks)).toEqual(['101,05%', '107,14%', 'menunggu rilis']);
    const agus = pegawai(m, DEMO_NIP.kabagSidang);
    // Jumlah 22+26+24+25 = 97 of 96 -> 101,04%; Rentang [3,5] mean (4+3+5+2)/4 = 3,5 -> 100
    expect(agus?.indikator.map((i) => [i.periode.realisasi?.toFixed(), i.capaianTeks])).toEqual([
      ['97', '101,04%'],
      ['3.5', '100,00%'],
    ]);
    const fitri = pegawai(m, DEMO_NIP.stafKeuangan);
    // Negatif with target 0 and a last realisation of 0 (issue 11): 100%, marked
    expect(fitri?.indikator[1]?.capaianTeks).toBe('100,00% (target nol)');
    expect(m.ringkasan.tidakDapatDihitung).toBe(0);
    expect(m.ringkasan.menungguRilis).toBe(1);
    expect(m.ringkasan.kelengkapan).toBe(100);
    expect(m.kekurangan).toEqual([]);
  });

  it('summarises the office: units, means, predikat distribution, signatories, late steps', () => {
    const m = model(wb, 'TAHUNAN');
    expect(m.units.map((u) => [u.unitKerja, u.pegawai.length])).toEqual([
      ['Bagian Umum dan Keuangan', 5],
      ['Bagian Persidangan dan Perundang-undangan', 2],
    ]);
    expect(m.ringkasan.jumlahPegawai).toBe(7);
    expect(m.ringkasan.jumlahIndikator).toBe(19);
    // every indicator but the Opini BPK awaiting its release
    expect(m.ringkasan.distribusiPredikat.reduce((n, d) => n + d.jumlah, 0)).toBe(18);
    expect(m.penandatangan.pimpinan?.nip).toBe(DEMO_NIP.sekwan);
    expect(m.penandatangan.pengelola?.nip).toBe(DEMO_NIP.kasubagTu);
    expect(m.penandatangan.tanggal).toEqual({ tahun: 2027, bulan: 1, hari: 4 });
    // Rina's RA waited for her superior's Plh, who acted late: the lateness is the Plh's, not Rina's
    expect(
      m.ringkasan.langkahTerlambat.map((l) => [l.langkah, l.nip, l.sebagai, l.nipPemilik]),
    ).toContainEqual([5, DEMO_NIP.kabagUmum, 'Plh', DEMO_NIP.kasubagRapat]);
    const all = m.units.flatMap((u) => u.pegawai.flatMap((p) => p.indikator));
    const mean = all
      .flatMap((i) => (i.periode.capaian.status === 'terhitung' ? [i.periode.capaian.nilai.toNumber()] : []))
      .reduce((a, b, _, arr) => a + b / arr.length, 0);
    expect(m.ringkasan.rataRataCapaian?.toNumber()).toBeCloseTo(mean, 9);
  });

  it('can always be compiled: missing reports are marked, not hidden; strict refuses and lists them', () => {
    const midQ2 = demoYear(Date.parse('2026-07-01T09:00:00+07:00'));
    const m = model(midQ2, 'TW2');
    expect(m.ringkasan.belumMelapor.length).toBeGreaterThan(0);
    const lines = m.kekurangan.map((p) => describeProblem(p));
    expect(lines).toContain('Fitri Handayani, A.Md. (199205052019022001) belum melaporkan Triwulan II.');
    const strict = rekap(midQ2, 'TW2', NOW, true);
    expect(strict.ok).toBe(false);
    if (!strict.ok) {
      expect(describeProblem(strict.problems[0] as never)).toBe(
        `Rekap belum lengkap: ${m.kekurangan.length} hal belum terpenuhi.`,
      );
      expect(strict.problems.length).toBe(m.kekurangan.length + 1);
    }
  });

  it('marks content changed after signing', () => {
    const edited = demoYear();
    const iki = readTab(ikiTab, edited.tabs.IKI).rows.map((r) => r.value);
    edited.tabs.IKI = writeTab(
      ikiTab,
      iki.map((r) => (r.nip === DEMO_NIP.stafTu && r.kode === 'IKI-1' ? { ...r, target: 100 } : r)),
    );
    const m = model(edited, 'TAHUNAN');
    expect(pegawai(m, DEMO_NIP.stafTu)?.berubahSetelahTtd).toEqual(['PK']);
    expect(m.kekurangan.map((p) => describeProblem(p))).toEqual([
      'Eko Prasetyo (199001012015031001): PK berubah setelah ditandatangani.',
    ]);
  });

  it('gives a JSON form with decimals as strings and the Rekap rows', () => {
    const m = model(wb, 'TAHUNAN');
    const json = JSON.parse(JSON.stringify(rekapJson(m)));
    expect(json.versi).toBe(1);
    const sri = json.units[0].pegawai.find((p: { nip: string }) => p.nip === DEMO_NIP.kabagUmum);
    expect(sri.indikator[1].periode).toMatchObject({
      target: '7',
      realisasi: '6.5',
      status: 'terhitung',
      capaianDibulatkan: '107.14',
    });
    const rows = rekapRows(m, { dokumen: 'https://docs.google.com/document/d/x', pdf: null });
    expect(rows).toHaveLength(8); // the head of office (the office IKU) and the 7 employees
    expect(rows[0]).toMatchObject({ periode: 'TAHUNAN', nip: DEMO_NIP.sekwan, kelengkapan: 'Lengkap' });
    // the Kabag Umum's Opini BPK is released the following year (issue 16)
    expect(rows[1]).toMatchObject({
      periode: 'TAHUNAN',
      nip: DEMO_NIP.kabagUmum,
      kelengkapan: 'Lengkap; 1 menunggu rilis',
    });
    expect(formatPercent(m.ringkasan.rataRataCapaian ?? 0)).toMatch(/^\d+,\d\d%$/);
  });
});

describe('compiling is SOP step 13 or 14, for the Pengelola Kinerja only', () => {
  it('logs the step and refuses anyone else', () => {
    const wb = demoYear();
    const k = kantorOf(wb);
    const admin = DEMO_PEGAWAI.find((p) => p.nip === DEMO_NIP.kasubagTu)?.email;
    const r = decideRekap(k, admin, 'TW4', NOW, 'abc');
    expect(r.ok && [r.value.langkah, r.value.dokumen, r.value.peran]).toEqual([
      13,
      'REKAP TW4',
      'Pengelola Kinerja',
    ]);
    const y = decideRekap(k, admin, 'TAHUNAN', NOW, 'abc');
    expect(y.ok && y.value.langkah).toBe(14);
    const no = decideRekap(k, DEMO_PEGAWAI[1]?.email, 'TW4', T0, 'abc');
    expect(no.ok ? '' : describeProblem(no.problems[0] as never)).toMatch(
      /hanya dapat dilakukan oleh Pengelola Kinerja/,
    );
  });
});
