import { describe, expect, it } from 'vitest';
import {
  capaianKumulatif,
  capaianTahunan,
  capaianTriwulan,
  formatPercent,
  type Indikator,
  type NilaiPeriode,
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
