// Calendar dates and instants as an Indonesian office writes them: `5 April 2026`, `05/04/2026`,
// ISO `2026-04-05`, and sheet Date cells. Instants are epoch milliseconds; the office's UTC offset
// (WIB +07:00 by default; Indonesia has no daylight saving) turns them into local dates and times.
import { fail, ok, type Result } from '../problems';
import { BULAN } from './locale';
import type { Cell } from './number';

export interface CalendarDate {
  readonly tahun: number;
  readonly bulan: number; // 1..12
  readonly hari: number; // 1..31
}

const MINUTE = 60_000;

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

/** Parse a date cell. `offsetMinutes` places a Date cell (an instant) in the office's calendar. */
export function parseDate(cell: Cell, offsetMinutes = 420): Result<CalendarDate> {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return fail({ key: 'tanggal.tidakValid', params: { nilai: 'Date' } });
    return ok(toCalendarDate(cell.getTime(), offsetMinutes));
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

/** Parse an instant: a Date cell, ISO 8601 with offset, or `YYYY-MM-DD HH:mm` / `DD/MM/YYYY HH:mm` in office time. */
export function parseInstant(cell: Cell, offsetMinutes = 420): Result<number> {
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime())
      ? fail({ key: 'waktu.tidakValid', params: { nilai: 'Date' } })
      : ok(cell.getTime());
  }
  if (typeof cell !== 'string') return fail({ key: 'waktu.tidakValid', params: { nilai: String(cell) } });
  const text = cell.trim();
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text)) {
    const ms = Date.parse(text);
    if (!Number.isNaN(ms)) return ok(ms);
  }
  const m = /^(.+?)[ T](\d{1,2})[:.](\d{2})$/.exec(text);
  if (m) {
    const day = parseDate(m[1] ?? '', offsetMinutes);
    const jam = Number(m[2]);
    const menit = Number(m[3]);
    if (day.ok && jam < 24 && menit < 60) return ok(fromLocal(day.value, jam * 60 + menit, offsetMinutes));
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
