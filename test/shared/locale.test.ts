import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatDurasi,
  formatInstant,
  formatMenitKerja,
  formatNumber,
  formatPercent,
  formatPlain,
  formatTanggal,
  formatWaktu,
  instantToSerial,
  parseDate,
  parseDurasi,
  parseInstant,
  parseNumber,
  serialToInstant,
} from '../../shared';

const value = <T>(r: { ok: true; value: T } | { ok: false }) => (r.ok ? r.value : 'ERROR');
const key = (r: { ok: true } | { ok: false; problems: readonly { key: string }[] }) =>
  r.ok ? 'OK' : r.problems[0]?.key;

describe('parseNumber (id-ID)', () => {
  it.each([
    ['1.234,5', 1234.5],
    ['1234,5', 1234.5],
    ['85,5%', 85.5],
    ['85,5 %', 85.5],
    ['-7', -7],
    ['\u22123,25', -3.25],
    ['1.000.000', 1_000_000],
    ['0,005', 0.005],
    ['  12  ', 12],
  ])('reads %s as %d', (text, expected) => {
    expect(value(parseNumber(text))).toBe(expected);
  });

  it('keeps number cells as they are', () => {
    expect(value(parseNumber(85.5))).toBe(85.5);
  });

  it.each(['1,234.5', '1.5', '2,500.75'])(
    'calls %s ambiguous: it is written the other locale’s way',
    (text) => {
      expect(key(parseNumber(text))).toBe('angka.ambigu');
    },
  );

  it.each(['abc', '1,2,3', '12a', '', '1..2', ',5', '1.234.5'])('rejects malformed %j', (text) => {
    expect(parseNumber(text).ok).toBe(false);
  });

  it('rejects booleans, dates and non-finite numbers', () => {
    expect(key(parseNumber(true))).toBe('angka.bukanAngka');
    expect(key(parseNumber(new Date()))).toBe('angka.bukanAngka');
    expect(key(parseNumber(Number.NaN))).toBe('angka.tidakValid');
  });

  it('reads en-US when the office says so', () => {
    expect(value(parseNumber('1,234.5', 'en-US'))).toBe(1234.5);
    expect(key(parseNumber('1.234,5', 'en-US'))).toBe('angka.ambigu');
  });

  it('round-trips every formatted number (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.integer({ min: 0, max: 3 }),
        (n, dp) => {
          const x = n / 10 ** dp;
          expect(value(parseNumber(formatNumber(x, dp)))).toBeCloseTo(x, 6);
        },
      ),
    );
  });

  it('never throws on arbitrary text (property)', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseNumber(s)));
  });
});

describe('formatNumber', () => {
  it('rounds half up on the exact decimal value', () => {
    expect(formatNumber(1.005, 2)).toBe('1,01');
    expect(formatNumber(2.675, 2)).toBe('2,68');
    expect(formatNumber(1234567.891, 2)).toBe('1.234.567,89');
    expect(formatNumber(-0.004, 2)).toBe('0,00');
    expect(formatPercent(107.142857)).toBe('107,14%');
    expect(formatPlain(6.5)).toBe('6,5');
    expect(formatPlain(1200)).toBe('1.200');
  });
});

describe('dates and instants', () => {
  it.each([
    ['5 April 2026', '5 April 2026'],
    ['05/04/2026', '5 April 2026'],
    ['2026-04-05', '5 April 2026'],
    ['17 agustus 2026', '17 Agustus 2026'],
    ['1 Des 2026', '1 Desember 2026'],
  ])('reads %s', (text, expected) => {
    const d = parseDate(text);
    expect(d.ok && formatTanggal(d.value)).toBe(expected);
  });

  it.each(['31 Februari 2026', '05/04/26', '2026-13-01', 'besok', '5 Juxx 2026'])('rejects %s', (text) => {
    expect(parseDate(text).ok).toBe(false);
  });

  it('reads a Date cell as its wall-clock day (its UTC fields, as the shells hand date cells over)', () => {
    expect(value(parseDate(new Date('2026-04-05T00:30:00Z')))).toEqual({ tahun: 2026, bulan: 4, hari: 5 });
    expect(value(parseDate(new Date('2026-04-05T23:30:00Z')))).toEqual({ tahun: 2026, bulan: 4, hari: 5 });
  });

  it('writes an instant as a date cell (serial day in office time, to the second) that reads back exactly', () => {
    const ms = Date.parse('2026-04-05T07:45:09.876+07:00');
    const second = Date.parse('2026-04-05T07:45:09+07:00');
    const serial = instantToSerial(ms);
    // 5 April 2026 is day 46117 after 30 December 1899; 07:45:09 is 27909 s into the day
    expect(serial).toBeCloseTo(46117 + 27909 / 86400, 10);
    expect(value(parseInstant(serial))).toBe(second);
    expect(serialToInstant(serial)).toBe(second);
    // in another office zone the same wall-clock cell is another instant
    expect(value(parseInstant(instantToSerial(ms, 540), 540))).toBe(second);
    expect(value(parseInstant(serial, 540))).toBe(second - 2 * 3600_000);
    // the same cell as a Date (UTC fields = wall-clock time: exceljs, the add-on's shell) and as the
    // Sheets API formats it for the recap service (FORMATTED_STRING in `dd/mm/yyyy hh:mm:ss`)
    expect(value(parseInstant(new Date('2026-04-05T07:45:09.000Z')))).toBe(second);
    expect(value(parseInstant(new Date('2026-04-05T07:45:08.9996Z')))).toBe(second);
    expect(value(parseInstant('05/04/2026 07:45:09'))).toBe(second);
    expect(value(parseInstant('2026-04-05 07.45.09'))).toBe(second);
    // every second of a day survives the double arithmetic
    for (let s = 0; s < 86400; s += 7) {
      const at = Date.parse('2026-12-31T00:00:00+07:00') + s * 1000;
      expect(value(parseInstant(instantToSerial(at)))).toBe(at);
    }
    expect(parseInstant(0).ok).toBe(false);
    expect(parseInstant(Number.NaN).ok).toBe(false);
    expect(parseInstant('05/04/2026 07:45:60').ok).toBe(false);
  });

  it('writes and reads instants with the office offset', () => {
    const ms = Date.parse('2026-04-05T07:45:00+07:00');
    expect(formatInstant(ms)).toBe('2026-04-05T07:45:00+07:00');
    expect(value(parseInstant('2026-04-05T07:45:00+07:00'))).toBe(ms);
    expect(value(parseInstant('2026-04-05 07:45'))).toBe(ms);
    expect(value(parseInstant('05/04/2026 07.45'))).toBe(ms);
    expect(formatWaktu(ms)).toBe('5 April 2026 07.45 WIB');
    expect(parseInstant('kemarin').ok).toBe(false);
  });
});

describe('durations', () => {
  it('reads the SOP wording', () => {
    expect(value(parseDurasi('60 Menit'))).toEqual({ jumlah: 60, satuan: 'menit' });
    expect(value(parseDurasi('1 hari'))).toEqual({ jumlah: 1, satuan: 'hari' });
    expect(value(parseDurasi('3 Bulan'))).toEqual({ jumlah: 3, satuan: 'bulan' });
    expect(parseDurasi('sebentar').ok).toBe(false);
    expect(formatDurasi({ jumlah: 2, satuan: 'hari' })).toBe('2 hari');
  });

  it('writes working time for people', () => {
    expect(formatMenitKerja(25, 510)).toBe('25 menit');
    expect(formatMenitKerja(80, 510)).toBe('1 jam 20 menit');
    expect(formatMenitKerja(2 * 510 + 180, 510)).toBe('2 hari kerja 3 jam');
    expect(formatMenitKerja(0, 510)).toBe('0 menit');
  });
});
