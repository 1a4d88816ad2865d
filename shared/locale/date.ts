// Calendar dates and instants as an Indonesian office writes them: `5 April 2026`, `05/04/2026`,
// ISO `2026-04-05`, and sheet date cells. Instants are epoch milliseconds; the office's UTC offset
// (WIB +07:00 by default; Indonesia has no daylight saving) turns them into local dates and times.
//
// A date cell holds a wall-clock time without a zone: a serial day number (days since 30 December 1899,
// the fraction the time of day: https://developers.google.com/sheets/api/reference/rest/v4/DateTimeRenderOption).
// The core reads and writes it as the office's wall-clock time: a serial number, or a Date whose UTC fields
// are that wall-clock time (as exceljs reads a date cell). Each shell hands date cells over in this form
// (the add-on converts Apps Script's Dates with the spreadsheet's time zone), so a timestamp reads back as
// the same instant whichever shell wrote or reads it, and whatever the spreadsheet's time zone.
import { fail, ok, type Result } from '../problems';
import { BULAN } from './locale';
import type { Cell } from './number';

export interface CalendarDate {
  readonly tahun: number;
  readonly bulan: number; // 1..12
  readonly hari: number; // 1..31
}

const MINUTE = 60_000;
const DAY = 86_400_000;
/** Day 0 of spreadsheet serial dates: 30 December 1899 (the 1900 date system). */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
/** Serial days of 1 January 1900 and 31 December 9999: a number outside is no date cell. */
const SERIAL_MIN = 1;
const SERIAL_MAX = 2_958_466;

/**
 * The date cell of an instant: its serial day number in the office's wall-clock time, to the whole second
 * (what the Riwayat chain hashes: `chain.ts`), so the cell reads back as exactly that second.
 */
export function instantToSerial(ms: number, offsetMinutes = 420): number {
  return (Math.floor(ms / 1000) * 1000 + offsetMinutes * MINUTE - SERIAL_EPOCH) / DAY;
}

/** The instant of a date cell's serial day number in office time, to the nearest second. */
export function serialToInstant(serial: number, offsetMinutes = 420): number {
  return wallToInstant(serial * DAY + SERIAL_EPOCH, offsetMinutes);
}

/** The instant of a wall-clock time held in a Date's UTC fields, to the nearest second. */
function wallToInstant(wallMs: number, offsetMinutes: number): number {
  return Math.round((wallMs - offsetMinutes * MINUTE) / 1000) * 1000;
}

/** A Date (UTC fields = office wall-clock time) as text a reader parses back: `2026-04-05 07:45:00`. */
export function wallText(d: Date): string {
  const iso = d.toISOString();
  return iso.slice(11, 19) === '00:00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}

export function isValidDate(tahun: number, bulan: number, hari: number): boolean {
  if (!Number.isInteger(tahun) || !Number.isInteger(bulan) || !Number.isInteger(hari)) return false;
  if (bulan < 1 || bulan > 12 || hari < 1) return false;
  return hari <= daysInMonth(tahun, bulan);
}

export function daysInMonth(tahun: number, bulan: number): number {
  return new Date(Date.UTC(tahun, bulan, 0)).getUTCDate();
}

function date(tahun: number, bulan: number, hari: number, raw: string): Result<CalendarDate> {
  return isValidDate(tahun, bulan, hari)
    ? ok({ tahun, bulan, hari })
    : fail({ key: 'tanggal.tidakValid', params: { nilai: raw } });
}

/** Parse a date cell (a Date cell's UTC fields are already the office's calendar day). */
export function parseDate(cell: Cell): Result<CalendarDate> {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return fail({ key: 'tanggal.tidakValid', params: { nilai: 'Date' } });
    // a date cell's UTC fields are the office's wall-clock time
    return ok(toCalendarDate(cell.getTime(), 0));
  }
  if (typeof cell !== 'string') return fail({ key: 'tanggal.tidakValid', params: { nilai: String(cell) } });
  const text = cell.trim().replace(/\s+/g, ' ');
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m) return date(Number(m[1]), Number(m[2]), Number(m[3]), cell);
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (m) return date(Number(m[3]), Number(m[2]), Number(m[1]), cell);
  m = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(text);
  if (m) {
    const bulan = monthFromName(m[2] ?? '');
    if (bulan) return date(Number(m[3]), bulan, Number(m[1]), cell);
  }
  return fail({ key: 'tanggal.tidakValid', params: { nilai: cell } });
}

function monthFromName(name: string): number | null {
  const lower = name.toLowerCase();
  const index = BULAN.findIndex(
    (b) =>
      b.toLowerCase() === lower || (lower.length >= 3 && b.toLowerCase().startsWith(lower) && lower !== 'ju'),
  );
  return index >= 0 ? index + 1 : null;
}

/**
 * Parse an instant: a date cell (a Date whose UTC fields are office time, or a serial day number), ISO 8601
 * with offset (what older versions wrote), or `YYYY-MM-DD HH:mm[:ss]` / `DD/MM/YYYY HH.mm[.ss]` in office
 * time (a date cell as the Sheets API formats it).
 */
export function parseInstant(cell: Cell, offsetMinutes = 420): Result<number> {
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime())
      ? fail({ key: 'waktu.tidakValid', params: { nilai: 'Date' } })
      : ok(wallToInstant(cell.getTime(), offsetMinutes));
  }
  if (typeof cell === 'number')
    return Number.isFinite(cell) && cell >= SERIAL_MIN && cell < SERIAL_MAX
      ? ok(serialToInstant(cell, offsetMinutes))
      : fail({ key: 'waktu.tidakValid', params: { nilai: String(cell) } });
  if (typeof cell !== 'string') return fail({ key: 'waktu.tidakValid', params: { nilai: String(cell) } });
  const text = cell.trim();
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text)) {
    const ms = Date.parse(text);
    if (!Number.isNaN(ms)) return ok(ms);
  }
  const m = /^(.+?)[ T](\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?$/.exec(text);
  if (m) {
    const day = parseDate(m[1] ?? '');
    const jam = Number(m[2]);
    const menit = Number(m[3]);
    const detik = Number(m[4] ?? 0);
    if (day.ok && jam < 24 && menit < 60 && detik < 60)
      return ok(fromLocal(day.value, jam * 60 + menit, offsetMinutes) + detik * 1000);
  }
  return fail({ key: 'waktu.tidakValid', params: { nilai: cell } });
}

export function toCalendarDate(ms: number, offsetMinutes: number): CalendarDate {
  const local = new Date(ms + offsetMinutes * MINUTE);
  return { tahun: local.getUTCFullYear(), bulan: local.getUTCMonth() + 1, hari: local.getUTCDate() };
}

/** Minutes since local midnight of the instant, in office time. */
export function localMinuteOfDay(ms: number, offsetMinutes: number): number {
  const local = new Date(ms + offsetMinutes * MINUTE);
  return local.getUTCHours() * 60 + local.getUTCMinutes() + local.getUTCSeconds() / 60;
}

/** The instant of a local date and minute of day in office time. */
export function fromLocal(d: CalendarDate, minuteOfDay: number, offsetMinutes: number): number {
  return Date.UTC(d.tahun, d.bulan - 1, d.hari) + (minuteOfDay - offsetMinutes) * MINUTE;
}

/** 0 = Sunday .. 6 = Saturday. */
export function dayOfWeek(d: CalendarDate): number {
  return new Date(Date.UTC(d.tahun, d.bulan - 1, d.hari)).getUTCDay();
}

export function addDays(d: CalendarDate, days: number): CalendarDate {
  const t = new Date(Date.UTC(d.tahun, d.bulan - 1, d.hari + days));
  return { tahun: t.getUTCFullYear(), bulan: t.getUTCMonth() + 1, hari: t.getUTCDate() };
}

export function isoDate(d: CalendarDate): string {
  return `${d.tahun}-${pad(d.bulan)}-${pad(d.hari)}`;
}

/** `5 April 2026`. */
export function formatTanggal(d: CalendarDate): string {
  return `${d.hari} ${BULAN[d.bulan - 1]} ${d.tahun}`;
}

const ZONES: Record<number, string> = { 420: 'WIB', 480: 'WITA', 540: 'WIT' };

/** `5 April 2026 07.45 WIB`, for people. */
export function formatWaktu(ms: number, offsetMinutes = 420): string {
  const minute = Math.floor(localMinuteOfDay(ms, offsetMinutes));
  const zone = ZONES[offsetMinutes] ?? offsetLabel(offsetMinutes);
  return `${formatTanggal(toCalendarDate(ms, offsetMinutes))} ${pad(Math.floor(minute / 60))}.${pad(minute % 60)} ${zone}`;
}

/** ISO 8601 with the office offset, `2026-04-05T07:45:00+07:00`: what the system writes into cells. */
export function formatInstant(ms: number, offsetMinutes = 420): string {
  const local = new Date(Math.floor(ms / 1000) * 1000 + offsetMinutes * MINUTE);
  return `${local.toISOString().slice(0, 19)}${offsetLabel(offsetMinutes)}`;
}

function offsetLabel(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
