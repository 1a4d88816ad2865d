// The workflow as a table: for each document kind, action and current state, the next state, the SOP
// step it performs, who may fire it, and whether it needs a note. Everything else derives from this.
import type { Triwulan } from './states';

export const AKSI = ['ajukan', 'setujui', 'kembalikan', 'evaluasi', 'tindaklanjut', 'arsipkan'] as const;
export type Aksi = (typeof AKSI)[number];

/** English aliases accepted by the CLI. */
export const AKSI_ALIAS: Record<string, Aksi> = {
  submit: 'ajukan',
  approve: 'setujui',
  return: 'kembalikan',
  evaluate: 'evaluasi',
  'follow-up': 'tindaklanjut',
  archive: 'arsipkan',
};

export type PeranAlur = 'pegawai' | 'atasan' | 'pengelola';
export type JenisDokumen = 'PK' | 'RA' | 'TW';

export interface Transisi {
  readonly jenis: JenisDokumen;
  readonly aksi: Aksi;
  readonly dari: readonly string[];
  readonly ke: string;
  readonly langkah: number;
  readonly peran: PeranAlur;
  readonly catatanWajib: boolean;
  /** The action approves or judges someone else's content: bound to the version seen, never one's own. */
  readonly menyetujui: boolean;
}

const t = (
  jenis: JenisDokumen,
  aksi: Aksi,
  dari: readonly string[],
  ke: string,
  langkah: number,
  peran: PeranAlur,
  catatanWajib = false,
): Transisi => ({ jenis, aksi, dari, ke, langkah, peran, catatanWajib, menyetujui: peran === 'atasan' });

export const TRANSISI: readonly Transisi[] = [
  t('PK', 'ajukan', ['Draf', 'Dikembalikan'], 'Diajukan', 1, 'pegawai'),
  t('PK', 'setujui', ['Diajukan'], 'Diteliti', 2, 'atasan'),
  t('PK', 'kembalikan', ['Diajukan', 'Diteliti'], 'Dikembalikan', 2, 'atasan', true),
  t('PK', 'setujui', ['Diteliti'], 'Ditandatangani', 3, 'atasan'),
  t('RA', 'ajukan', ['Draf', 'Dikembalikan'], 'Diajukan', 4, 'pegawai'),
  t('RA', 'setujui', ['Diajukan'], 'Diperiksa', 5, 'atasan'),
  t('RA', 'kembalikan', ['Diajukan', 'Diperiksa'], 'Dikembalikan', 5, 'atasan', true),
  t('RA', 'setujui', ['Diperiksa'], 'Ditandatangani', 6, 'atasan'),
  t('RA', 'arsipkan', ['Ditandatangani'], 'Diarsipkan', 7, 'pengelola'),
  t('TW', 'ajukan', ['Draf', 'Dikembalikan'], 'Diukur', 9, 'pegawai'),
  t('TW', 'ajukan', ['Diukur'], 'Dilaporkan', 10, 'pegawai'),
  t('TW', 'kembalikan', ['Diukur', 'Dilaporkan'], 'Dikembalikan', 11, 'atasan', true),
  t('TW', 'evaluasi', ['Dilaporkan'], 'Dievaluasi', 11, 'atasan', true),
  t('TW', 'tindaklanjut', ['Dievaluasi'], 'Ditindaklanjuti', 12, 'pegawai', true),
];

export function findTransisi(jenis: JenisDokumen, aksi: Aksi, status: string): Transisi | null {
  return TRANSISI.find((tr) => tr.jenis === jenis && tr.aksi === aksi && tr.dari.includes(status)) ?? null;
}

/** The actions open on a document in a given state, for a given role. */
export function aksiTersedia(jenis: JenisDokumen, status: string, peran: PeranAlur): Aksi[] {
  return [
    ...new Set(
      TRANSISI.filter((tr) => tr.jenis === jenis && tr.peran === peran && tr.dari.includes(status)).map(
        (tr) => tr.aksi,
      ),
    ),
  ];
}

/** The last day of a quarter, as a calendar date. */
export function akhirTriwulan(tahun: number, tw: Triwulan): { tahun: number; bulan: number; hari: number } {
  const bulan = { I: 3, II: 6, III: 9, IV: 12 }[tw];
  return { tahun, bulan, hari: bulan === 3 || bulan === 12 ? 31 : 30 };
}
