import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Capaian,
  DEFAULT_PREDIKAT,
  dec,
  formatPercent,
  hitungCapaian,
  hitungCapaianOrdinal,
  predikatCapaian,
  predikatOf,
} from '../../shared';

const shown = (c: Capaian) => (c.status === 'terhitung' ? formatPercent(c.nilai) : c.status);

describe('hitungCapaian', () => {
  it('Positif: R / T x 100', () => {
    expect(shown(hitungCapaian({ polaritas: 'Positif', target: 95, realisasi: 96 }))).toBe('101,05%');
  });

  it('Negatif: (2T - R) / T x 100, the worked example T 7, R 6,5 -> 107,14%', () => {
    expect(shown(hitungCapaian({ polaritas: 'Negatif', target: 7, realisasi: 6.5 }))).toBe('107,14%');
  });

  it('Negatif with the office formula T / R', () => {
    const c = hitungCapaian(
      { polaritas: 'Negatif', target: 7, realisasi: 6.5 },
      { rumusNegatif: 'T/R', batasAtas: null },
    );
    expect(shown(c)).toBe('107,69%');
    const zero = hitungCapaian(
      { polaritas: 'Negatif', target: 7, realisasi: 0 },
      { rumusNegatif: 'T/R', batasAtas: null },
    );
    expect(zero).toEqual({ status: 'tidak dapat dihitung', alasan: 'capaian.realisasiNol' });
  });

  it('Rentang: inside 100, below R/T, above (2TA - R)/TA', () => {
    const r = (realisasi: number) =>
      shown(hitungCapaian({ polaritas: 'Rentang', target: 3, targetAtas: 5, realisasi }));
    expect(r(3)).toBe('100,00%');
    expect(r(4)).toBe('100,00%');
    expect(r(5)).toBe('100,00%');
    expect(r(2)).toBe('66,67%');
    expect(r(6)).toBe('80,00%');
    expect(hitungCapaian({ polaritas: 'Rentang', target: 3, targetAtas: null, realisasi: 4 })).toEqual({
      status: 'tidak dapat dihitung',
      alasan: 'capaian.tanpaRentang',
    });
  });

  it('three outcomes: belum diisi, terhitung, tidak dapat dihitung (target 0), never 0 or NaN', () => {
    expect(hitungCapaian({ polaritas: 'Positif', target: 10, realisasi: null })).toEqual({
      status: 'belum diisi',
    });
    expect(hitungCapaian({ polaritas: 'Positif', target: 0, realisasi: 3 })).toEqual({
      status: 'tidak dapat dihitung',
      alasan: 'capaian.targetNol',
    });
    // Negatif with target 0 is computed (issue 11): see 'Negatif with target 0' below
    expect(hitungCapaian({ polaritas: 'Negatif', target: 0, realisasi: 0 }).status).toBe('terhitung');
    expect(hitungCapaian({ polaritas: 'Positif', target: null, realisasi: 3 })).toEqual({
      status: 'tidak dapat dihitung',
      alasan: 'capaian.tanpaTarget',
    });
  });

  it('applies the optional cap', () => {
    const c = hitungCapaian(
      { polaritas: 'Positif', target: 10, realisasi: 15 },
      { rumusNegatif: '(2T-R)/T', batasAtas: 120 },
    );
    expect(shown(c)).toBe('120,00%');
  });

  it('keeps a repeating quotient to 20 places (truncated) and shows it rounded: 2/3 -> 66,67%', () => {
    const c = hitungCapaian({ polaritas: 'Positif', target: 3, realisasi: 2 });
    expect(c.status === 'terhitung' && c.nilai.toFixed()).toBe('66.666666666666666666');
    expect(shown(c)).toBe('66,67%');
  });

  it('keeps full precision and rounds half up only for display (1,005 -> 1,01)', () => {
    const c = hitungCapaian({ polaritas: 'Positif', target: 100, realisasi: 1.005 });
    expect(c.status === 'terhitung' && c.nilai.toFixed()).toBe('1.005');
    expect(shown(c)).toBe('1,01%');
  });

  const num = fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 100);
  const pos = fc.integer({ min: 1, max: 100_000 }).map((n) => n / 100);

  it('is monotone in R for Positif (property)', () => {
    fc.assert(
      fc.property(pos, num, num, (t, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const cl = hitungCapaian({ polaritas: 'Positif', target: t, realisasi: lo });
        const ch = hitungCapaian({ polaritas: 'Positif', target: t, realisasi: hi });
        expect(cl.status === 'terhitung' && ch.status === 'terhitung' && cl.nilai.lte(ch.nilai)).toBe(true);
      }),
    );
  });

  it('is antitone in R for Negatif, both formulas (property)', () => {
    fc.assert(
      fc.property(pos, pos, pos, fc.constantFrom('(2T-R)/T' as const, 'T/R' as const), (t, a, b, rumus) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const aturan = { rumusNegatif: rumus, batasAtas: null };
        const cl = hitungCapaian({ polaritas: 'Negatif', target: t, realisasi: lo }, aturan);
        const ch = hitungCapaian({ polaritas: 'Negatif', target: t, realisasi: hi }, aturan);
        expect(cl.status === 'terhitung' && ch.status === 'terhitung' && cl.nilai.gte(ch.nilai)).toBe(true);
      }),
    );
  });

  it('is exactly 100 inside a Rentang and below 100 outside it (property)', () => {
    fc.assert(
      fc.property(pos, pos, num, (a, b, r) => {
        const [t, ta] = a <= b ? [a, b] : [b, a];
        const c = hitungCapaian({ polaritas: 'Rentang', target: t, targetAtas: ta, realisasi: r });
        expect(c.status).toBe('terhitung');
        if (c.status !== 'terhitung') return;
        if (r >= t && r <= ta) expect(c.nilai.eq(100)).toBe(true);
        else expect(c.nilai.lt(100)).toBe(true);
      }),
    );
  });

  it('never yields NaN or throws for any input (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Positif' as const, 'Negatif' as const, 'Rentang' as const),
        fc.option(num),
        fc.option(num),
        fc.option(num),
        (polaritas, target, targetAtas, realisasi) => {
          const c = hitungCapaian({ polaritas, target, targetAtas, realisasi });
          if (c.status === 'terhitung') expect(Number.isFinite(c.nilai.toNumber())).toBe(true);
        },
      ),
    );
  });
});

describe('predikat', () => {
  it('uses the LKjIP scale on the displayed value', () => {
    expect(predikatOf(dec(91))).toBe('Sangat Baik');
    expect(predikatOf(dec('90.995'))).toBe('Sangat Baik'); // shown as 91,00%
    expect(predikatOf(dec('90.994'))).toBe('Baik');
    expect(predikatOf(dec(76))).toBe('Baik');
    expect(predikatOf(dec(66))).toBe('Cukup');
    expect(predikatOf(dec(51))).toBe('Kurang');
    expect(predikatOf(dec('50.99'))).toBe('Sangat Kurang');
    expect(predikatOf(dec(-20), DEFAULT_PREDIKAT)).toBe('Sangat Kurang');
    expect(predikatCapaian({ status: 'belum diisi' })).toBeNull();
  });
});

describe('capaian edge cases (issue 11)', () => {
  const both = [
    { rumusNegatif: '(2T-R)/T' as const, batasAtas: null },
    { rumusNegatif: 'T/R' as const, batasAtas: null },
  ];

  it('Negatif with target 0: R = 0 gives 100%, R > 0 gives 0%, marked target nol, under either formula', () => {
    for (const aturan of both) {
      expect(hitungCapaian({ polaritas: 'Negatif', target: 0, realisasi: 0 }, aturan)).toEqual({
        status: 'terhitung',
        nilai: dec(100),
        targetNol: true,
      });
      const late = hitungCapaian({ polaritas: 'Negatif', target: 0, realisasi: 2 }, aturan);
      expect(late.status === 'terhitung' && [late.nilai.toFixed(), late.targetNol]).toEqual(['0', true]);
    }
  });

  it('never goes below 0% (property), and the upper cap still applies', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Positif' as const, 'Negatif' as const, 'Rentang' as const),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.constantFrom(null, 120),
        fc.constantFrom('(2T-R)/T' as const, 'T/R' as const),
        (polaritas, target, lebar, realisasi, batasAtas, rumusNegatif) => {
          const c = hitungCapaian(
            { polaritas, target, targetAtas: target + lebar, realisasi },
            { rumusNegatif, batasAtas },
          );
          if (c.status === 'terhitung') {
            expect(c.nilai.gte(0)).toBe(true);
            if (batasAtas !== null) expect(c.nilai.lte(batasAtas)).toBe(true);
          }
        },
      ),
    );
  });

  it('Rentang far outside its range floors at 0, Negatif far above target too', () => {
    expect(shown(hitungCapaian({ polaritas: 'Rentang', target: 3, targetAtas: 5, realisasi: 40 }))).toBe(
      '0,00%',
    );
    expect(shown(hitungCapaian({ polaritas: 'Negatif', target: 7, realisasi: 30 }))).toBe('0,00%');
  });
});

describe('qualitative (ordinal) capaian', () => {
  const opini = ['TMP', 'TW', 'WDP', 'WTP'];
  const sakip = ['D', 'C', 'CC', 'B', 'BB', 'A', 'AA'];

  it('R at or above T is 100%; below, rank(R) / rank(T) x 100: WDP against WTP is 75%', () => {
    expect(shown(hitungCapaianOrdinal(opini, 'WTP', 'WTP'))).toBe('100,00%');
    expect(shown(hitungCapaianOrdinal(opini, 'WTP', 'WDP'))).toBe('75,00%');
    expect(shown(hitungCapaianOrdinal(sakip, 'BB', 'A'))).toBe('100,00%');
    expect(shown(hitungCapaianOrdinal(sakip, 'BB', 'B'))).toBe('80,00%');
    expect(shown(hitungCapaianOrdinal(opini, 'wtp', 'wdp'))).toBe('75,00%');
  });

  it('three outcomes as for numbers: belum diisi, no target, a grade not on the scale', () => {
    expect(hitungCapaianOrdinal(opini, 'WTP', null)).toEqual({ status: 'belum diisi' });
    expect(hitungCapaianOrdinal(opini, null, 'WTP')).toEqual({
      status: 'tidak dapat dihitung',
      alasan: 'capaian.tanpaTarget',
    });
    expect(hitungCapaianOrdinal(opini, 'WTP', 'BB')).toEqual({
      status: 'tidak dapat dihitung',
      alasan: 'capaian.bukanNilaiSkala',
    });
  });

  it('is monotone in the grade and between 0 and 100 (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 6 }),
        (t, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const cl = hitungCapaianOrdinal(sakip, sakip[t] as string, sakip[lo] as string);
          const ch = hitungCapaianOrdinal(sakip, sakip[t] as string, sakip[hi] as string);
          expect(cl.status === 'terhitung' && ch.status === 'terhitung' && cl.nilai.lte(ch.nilai)).toBe(true);
          expect(ch.status === 'terhitung' && ch.nilai.gt(0) && ch.nilai.lte(100)).toBe(true);
        },
      ),
    );
  });
});
