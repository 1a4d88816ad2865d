import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  formatDurasi,
  LANGKAH_SOP,
  langkah,
  menitKerja,
  parseDurasi,
  standarMenit,
} from '../../shared';

const seed = readFileSync(new URL('../fixtures/sop-pengumpulan-data-kinerja.txt', import.meta.url), 'utf8');

/** The seed's last procedure table (Staf / Kasubag / Kasubag TU): step number -> [activity, time]. */
function seedSteps(): Map<number, { kegiatan: string; waktu: string }> {
  const table = seed.slice(seed.lastIndexOf('Prosedur'));
  const steps = new Map<number, { kegiatan: string; waktu: string }>();
  for (const line of table.split('\n')) {
    const cols = line.split('\t').map((c) => c.trim());
    const n = Number(cols[0]);
    const waktu = cols.find((c) => /^\d+ (menit|hari|bulan)$/i.test(c));
    if (Number.isInteger(n) && n >= 1 && n <= 14 && waktu) steps.set(n, { kegiatan: cols[1] ?? '', waktu });
  }
  return steps;
}

const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9 ]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 3);

describe('the SOP step table', () => {
  const fromSeed = seedSteps();

  it('has the 14 steps of the seed, in order', () => {
    expect(fromSeed.size).toBe(14);
    expect(LANGKAH_SOP.map((s) => s.nomor)).toEqual([...fromSeed.keys()].sort((a, b) => a - b));
  });

  it.each(LANGKAH_SOP.map((s) => [s.nomor, s] as const))(
    'step %i has the seed’s time standard and wording',
    (n, step) => {
      const seedStep = fromSeed.get(n);
      expect(seedStep).toBeDefined();
      const seedTime = parseDurasi(seedStep?.waktu ?? '');
      expect(seedTime.ok && formatDurasi(seedTime.value)).toBe(formatDurasi(step.waktu));
      // The seed has typing slips ("Perandatangani", "teiti"); the table corrects them, so compare most words.
      const ours = new Set(words(step.kegiatan));
      const theirs = words(seedStep?.kegiatan ?? '');
      const shared = theirs.filter((w) => ours.has(w)).length;
      expect(shared / theirs.length).toBeGreaterThanOrEqual(0.8);
    },
  );

  it('names the actor of each step', () => {
    expect(LANGKAH_SOP.map((s) => s.aktor)).toEqual([
      'pegawai',
      'atasan',
      'pegawai+atasan',
      'pegawai',
      'atasan',
      'atasan',
      'pengelola',
      'pegawai',
      'pegawai',
      'pegawai',
      'atasan',
      'pegawai',
      'pengelola',
      'pengelola',
    ]);
    expect(() => langkah(15)).toThrow(RangeError);
  });
});

describe('working time', () => {
  const k = { ...DEFAULT_SETTINGS, hariLibur: ['2026-08-17'] };
  const at = (s: string) => Date.parse(s);

  it('a PK submitted at 15:50 and reviewed at 07:45 the next working day took 25 minutes', () => {
    expect(menitKerja(k, at('2026-04-06T15:50:00+07:00'), at('2026-04-07T07:45:00+07:00'))).toBe(25);
  });

  it('skips weekends and holidays', () => {
    // Friday 14 Aug 15:00 -> Tuesday 18 Aug 08:30 (Monday 17 Aug is a holiday): 60 + 60 minutes
    expect(menitKerja(k, at('2026-08-14T15:00:00+07:00'), at('2026-08-18T08:30:00+07:00'))).toBe(120);
  });

  it('counts nothing outside office hours and nothing backwards', () => {
    expect(menitKerja(k, at('2026-04-06T17:00:00+07:00'), at('2026-04-07T07:00:00+07:00'))).toBe(0);
    expect(menitKerja(k, at('2026-04-07T10:00:00+07:00'), at('2026-04-07T09:00:00+07:00'))).toBe(0);
  });

  it('turns SOP standards into working minutes (a day is 07:30-16:00)', () => {
    expect(standarMenit(k, { jumlah: 60, satuan: 'menit' })).toBe(60);
    expect(standarMenit(k, { jumlah: 1, satuan: 'hari' })).toBe(510);
    expect(standarMenit(k, { jumlah: 2, satuan: 'hari' })).toBe(1020);
    expect(standarMenit(k, { jumlah: 3, satuan: 'bulan' })).toBe(3 * 21 * 510);
  });
});
