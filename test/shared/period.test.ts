import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  capaianKumulatif,
  capaianTahunan,
  capaianTriwulan,
  formatPercent,
  type Indikator,
  keadaanIndikator,
  type NilaiPeriode,
  type PolaIndikator,
  parsePeriodeUkur,
} from '../../shared';

const ind = (over: Partial<Indikator>): Indikator => ({
  polaritas: 'Positif',
  agregasi: 'Jumlah',
  target: 100,
  targetAtas: null,
  targetTw: [25, 25, 25, 25],
  realisasiTw: [20, 30, null, 25],
  ...over,
});

const view = (n: NilaiPeriode) => ({
  target: n.target?.toFixed() ?? null,
  realisasi: n.realisasi?.toFixed() ?? null,
  capaian: n.capaian.status === 'terhitung' ? formatPercent(n.capaian.nilai) : n.capaian.status,
  belumLengkap: n.belumLengkap,
});

describe('capaian TW n', () => {
  it('compares the quarter with its own Rencana Aksi target', () => {
    expect(view(capaianTriwulan(ind({}), 2))).toEqual({
      target: '25',
      realisasi: '30',
      capaian: '120,00%',
      belumLengkap: false,
    });
  });

  it('is belum diisi for a quarter without realisation', () => {
    expect(view(capaianTriwulan(ind({}), 3)).capaian).toBe('belum diisi');
  });

  it('uses the IKI range for Rentang', () => {
    const r = ind({
      polaritas: 'Rentang',
      target: 3,
      targetAtas: 5,
      targetTw: [9, 9, 9, 9],
      realisasiTw: [4, 6, null, null],
    });
    expect(view(capaianTriwulan(r, 1)).capaian).toBe('100,00%');
    expect(view(capaianTriwulan(r, 2)).capaian).toBe('80,00%');
  });

  it('takes Kumulatif values as entered (cumulative to date)', () => {
    const k = ind({
      agregasi: 'Kumulatif',
      targetTw: [20, 45, 70, 95],
      realisasiTw: [18, 44, null, null],
      target: 95,
    });
    expect(view(capaianTriwulan(k, 2))).toEqual({
      target: '45',
      realisasi: '44',
      capaian: '97,78%',
      belumLengkap: false,
    });
  });
});

describe('the year, each Agregasi with a missing quarter (TW III empty)', () => {
  it('Jumlah sums the filled quarters against the annual target, marked belum lengkap', () => {
    expect(view(capaianTahunan(ind({})))).toEqual({
      target: '100',
      realisasi: '75',
      capaian: '75,00%',
      belumLengkap: true,
    });
  });

  it('Rata-rata takes the mean of the filled quarters', () => {
    const r = ind({ agregasi: 'Rata-rata', target: 80, realisasiTw: [78, 82, null, 85] });
    expect(view(capaianTahunan(r))).toEqual({
      target: '80',
      realisasi: '81.66666666666666666666',
      capaian: '102,08%',
      belumLengkap: true,
    });
  });

  it('Kumulatif takes the last filled quarter', () => {
    const r = ind({ agregasi: 'Kumulatif', target: 95, realisasiTw: [18, 44, null, 90] });
    expect(view(capaianTahunan(r))).toEqual({
      target: '95',
      realisasi: '90',
      capaian: '94,74%',
      belumLengkap: true,
    });
  });

  it('Nilai Akhir takes the last filled quarter, even when it is not TW IV', () => {
    const r = ind({
      agregasi: 'Nilai Akhir',
      polaritas: 'Negatif',
      target: 7,
      realisasiTw: [9, 6.5, null, null],
    });
    expect(view(capaianTahunan(r))).toEqual({
      target: '7',
      realisasi: '6.5',
      capaian: '107,14%',
      belumLengkap: true,
    });
  });

  it('is complete when all four quarters are filled', () => {
    expect(capaianTahunan(ind({ realisasiTw: [25, 25, 25, 25] })).belumLengkap).toBe(false);
  });

  it('is belum diisi with no quarter filled, never 0', () => {
    expect(view(capaianTahunan(ind({ realisasiTw: [null, null, null, null] })))).toEqual({
      target: '100',
      realisasi: null,
      capaian: 'belum diisi',
      belumLengkap: true,
    });
  });
});

describe('s.d. TW n (to date)', () => {
  it('Jumlah: against the sum of the same quarters’ targets', () => {
    const n = capaianKumulatif(ind({ targetTw: [20, 30, 25, 25] }), 3, false);
    expect(view(n)).toEqual({ target: '50', realisasi: '50', capaian: '100,00%', belumLengkap: true });
  });

  it('Rata-rata: against the mean of the same quarters’ targets', () => {
    const n = capaianKumulatif(
      ind({ agregasi: 'Rata-rata', targetTw: [10, 20, 30, 40], realisasiTw: [10, 30, null, null] }),
      2,
      false,
    );
    expect(view(n)).toEqual({ target: '15', realisasi: '20', capaian: '133,33%', belumLengkap: false });
  });

  it('Kumulatif and Nilai Akhir: against the last filled quarter’s target', () => {
    const n = capaianKumulatif(
      ind({ agregasi: 'Kumulatif', targetTw: [20, 45, 70, 95], realisasiTw: [18, null, 60, null] }),
      3,
      false,
    );
    expect(view(n)).toEqual({ target: '70', realisasi: '60', capaian: '85,71%', belumLengkap: true });
  });

  it('is tidak dapat dihitung when a needed quarterly target is missing', () => {
    const n = capaianKumulatif(ind({ targetTw: [20, null, 25, 25] }), 2, false);
    expect(n.capaian).toEqual({ status: 'tidak dapat dihitung', alasan: 'capaian.tanpaTarget' });
  });
});

describe('measurement patterns (issue 16)', () => {
  const pola = (p: PolaIndikator['pola'], periode: string | null): PolaIndikator => ({
    pola: p,
    periode: parsePeriodeUkur(periode, p) as PolaIndikator['periode'],
  });

  it("Hitungan: the sum of realisation over the sum of the measured quarters' targets", () => {
    const h = ind({ pola: pola('Hitungan', null), realisasiTw: [20, 30, null, null] });
    expect(view(capaianKumulatif(h, 2, false))).toEqual({
      target: '50',
      realisasi: '50',
      capaian: '100,00%',
      belumLengkap: false,
    });
  });

  it('Posisi on a semester: the latest measured value against the target of that quarter', () => {
    const ikm = ind({
      agregasi: 'Nilai Akhir',
      target: 82,
      targetTw: [null, 80, null, 82],
      realisasiTw: [null, 81.5, null, 83.2],
      pola: pola('Posisi', 'Semester'),
    });
    expect(view(capaianTriwulan(ikm, 1)).capaian).toBe('tidak diukur');
    expect(view(capaianTriwulan(ikm, 2)).capaian).toBe('101,88%');
    // s.d. TW III: TW III is not measured, so the position is TW II's, complete
    expect(view(capaianKumulatif(ikm, 3, false))).toEqual({
      target: '80',
      realisasi: '81.5',
      capaian: '101,88%',
      belumLengkap: false,
    });
    expect(view(capaianTahunan(ikm)).capaian).toBe('101,46%');
    expect(capaianKumulatif(ikm, 1, false).keadaan).toBe('tidak diukur');
  });

  it('Rilis released the following year: menunggu rilis until filled, never belum diisi', () => {
    const opini = ind({
      agregasi: 'Nilai Akhir',
      target: 'WTP',
      targetTw: [null, null, null, 'WTP'],
      realisasiTw: [null, null, null, null],
      pola: pola('Rilis', 'Tahun Berikutnya'),
      skala: ['TMP', 'TW', 'WDP', 'WTP'],
    });
    expect(capaianTriwulan(opini, 2).capaian).toEqual({ status: 'tidak diukur' });
    expect(capaianTriwulan(opini, 4).capaian).toEqual({ status: 'menunggu rilis' });
    expect(capaianTahunan(opini).capaian).toEqual({ status: 'menunggu rilis' });
    expect(capaianTahunan(opini).huruf).toEqual({ target: 'WTP', realisasi: null });
    const released = { ...opini, realisasiTw: [null, null, null, 'wdp'] as const };
    expect(keadaanIndikator(released, 4)).toBe('diukur');
    const year = capaianTahunan(released);
    expect([view(year).capaian, year.huruf]).toEqual(['75,00%', { target: 'WTP', realisasi: 'WDP' }]);
  });

  it('a Rilis indicator never contributes to a quarter outside its period (property)', () => {
    const value = fc.option(fc.integer({ min: 0, max: 500 }), { nil: null });
    fc.assert(
      fc.property(
        fc.constantFrom('Tahunan', 'Semester', 'TW I, TW III', 'TW II'),
        fc.tuple(value, value, value, value),
        fc.tuple(value, value, value, value),
        fc.constantFrom('Jumlah' as const, 'Nilai Akhir' as const, 'Rata-rata' as const),
        (periode, a, b, agregasi) => {
          const p = pola('Rilis', periode);
          const inside = (q: number) => p.periode.triwulan.includes(q as 1 | 2 | 3 | 4);
          // b differs from a only outside the period
          const mixed = a.map((v, i) => (inside(i + 1) ? v : b[i])) as unknown as typeof a;
          const base = ind({ agregasi, pola: p, targetTw: [30, 30, 30, 30], realisasiTw: a });
          const other = { ...base, realisasiTw: mixed };
          for (const q of [1, 2, 3, 4] as const) {
            expect(view(capaianKumulatif(other, q, false))).toEqual(view(capaianKumulatif(base, q, false)));
            if (!inside(q)) {
              const n = capaianTriwulan(other, q);
              expect([n.capaian.status, n.target, n.realisasi, n.belumLengkap]).toEqual([
                'tidak diukur',
                null,
                null,
                false,
              ]);
            }
          }
          expect(view(capaianTahunan(other))).toEqual(view(capaianTahunan(base)));
        },
      ),
    );
  });

  it('reads Periode Ukur: blank, Semester, Tahunan, Tahun Berikutnya, named quarters; null otherwise', () => {
    expect(parsePeriodeUkur(null, 'Hitungan')?.triwulan).toEqual([1, 2, 3, 4]);
    expect(parsePeriodeUkur('', 'Rilis')?.triwulan).toEqual([4]);
    expect(parsePeriodeUkur('Semester', 'Posisi')?.triwulan).toEqual([2, 4]);
    expect(parsePeriodeUkur('tahunan', 'Posisi')?.triwulan).toEqual([4]);
    expect(parsePeriodeUkur('Tahun Berikutnya', 'Rilis')).toEqual({ triwulan: [4], tahunBerikutnya: true });
    expect(parsePeriodeUkur('TW IV, tw ii', 'Posisi')?.triwulan).toEqual([2, 4]);
    expect(parsePeriodeUkur('bulanan', 'Posisi')).toBeNull();
    expect(parsePeriodeUkur('TW V', 'Posisi')).toBeNull();
  });
});
