// Problems to HTTP: the status each problem means, and the JSON error body (Indonesian message, English
// alongside, the details as sentences).
import { describeProblem, type MessageKey, type Problem } from '../../shared';

const STATUS: Partial<Record<MessageKey, number>> = {
  'http.badanTidakSah': 400,
  'http.terlaluBanyakKantor': 400,
  'http.galatInternal': 500,
  'http.tokenKosong': 401,
  'http.tokenTidakSah': 401,
  'http.emailBelumDiverifikasi': 401,
  'http.domainDitolak': 403,
  'http.kantorTidakTerdaftar': 403,
  'http.bukanOperator': 403,
  'identitas.kosong': 403,
  'identitas.tidakDikenal': 403,
  'alur.bukanPeran': 403,
  'dokumen.bukanHak': 403,
  'dokumen.pegawaiTidakAda': 404,
  'tab.tidakAda': 404,
  'http.spreadsheetTidakAda': 404,
  'http.metodeSalah': 405,
  'rekap.belumLengkap': 409,
  'http.tahunBeda': 409,
  'http.googleGagal': 502,
  'http.dilindungi': 409,
  'http.bukanDriveBersama': 500,
  'http.dokumenTerlaluBesar': 422,
};

export function statusOfProblems(problems: readonly Problem[], fallback = 422): number {
  const first = problems[0];
  if (!first) return 500;
  if (first.key === 'http.googleGagal' && first.params?.status === 429) return 503;
  return STATUS[first.key] ?? fallback;
}

export interface ErrorBody {
  readonly error: {
    readonly kode: string;
    readonly pesan: string;
    readonly message: string;
    readonly rincian: readonly string[];
  };
}

export function errorBody(problems: readonly Problem[]): ErrorBody {
  const [first, ...rest] = problems;
  return {
    error: {
      kode: first?.key ?? 'unknown',
      pesan: first ? describeProblem(first, 'id') : 'Kesalahan',
      message: first ? describeProblem(first, 'en') : 'Error',
      rincian: rest.map((p) => describeProblem(p, 'id')),
    },
  };
}
