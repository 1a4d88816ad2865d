// NIP (Nomor Induk Pegawai): 18 digits = birth date (YYYYMMDD) + appointment (YYYYMM) + sex (1/2) +
// serial (3). Written with or without spaces (`19630211 198803 1 014`); kept as text, without spaces.
import { isValidDate } from '../locale/date';
import { fail, ok, type Result } from '../problems';

const seen = new Map<string, Result<string>>();

/** Normalise and check a NIP (results are memoised: a workbook repeats each NIP on many rows). */
export function normalizeNip(raw: string): Result<string> {
  let result = seen.get(raw);
  if (!result) {
    result = check(raw);
    if (seen.size > 100_000) seen.clear();
    seen.set(raw, result);
  }
  return result;
}

function check(raw: string): Result<string> {
  const nip = raw.replace(/\s+/g, '');
  if (!/^\d{18}$/.test(nip)) return fail({ key: 'nip.bentuk', params: { nilai: raw } });
  const lahir = {
    tahun: Number(nip.slice(0, 4)),
    bulan: Number(nip.slice(4, 6)),
    hari: Number(nip.slice(6, 8)),
  };
  if (lahir.tahun < 1930 || !isValidDate(lahir.tahun, lahir.bulan, lahir.hari)) {
    return fail({ key: 'nip.tanggalLahir', params: { nilai: raw } });
  }
  const angkat = { tahun: Number(nip.slice(8, 12)), bulan: Number(nip.slice(12, 14)) };
  if (
    angkat.bulan < 1 ||
    angkat.bulan > 12 ||
    angkat.tahun < lahir.tahun + 16 ||
    angkat.tahun > lahir.tahun + 70
  ) {
    return fail({ key: 'nip.pengangkatan', params: { nilai: raw } });
  }
  if (nip[14] !== '1' && nip[14] !== '2') return fail({ key: 'nip.jenisKelamin', params: { nilai: raw } });
  return ok(nip);
}

/** `196302111988031014` -> `19630211 198803 1 014`, as printed on documents. */
export function formatNip(nip: string): string {
  return /^\d{18}$/.test(nip)
    ? `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`
    : nip;
}
