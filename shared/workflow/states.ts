// The documents of one employee's year and the states each passes through (SOP steps 1-12).
// `Dikembalikan` (returned with a note) behaves as a draft: the employee edits and submits again.

export const STATUS_PK = [
  'Draf',
  'Diajukan',
  'Diteliti',
  'Ditandatangani',
  'Diarsipkan',
  'Dikembalikan',
] as const;
export const STATUS_RA = [
  'Draf',
  'Diajukan',
  'Diperiksa',
  'Ditandatangani',
  'Diarsipkan',
  'Dikembalikan',
] as const;
export const STATUS_TW = [
  'Draf',
  'Diukur',
  'Dilaporkan',
  'Dievaluasi',
  'Ditindaklanjuti',
  'Dikembalikan',
] as const;

export type StatusPk = (typeof STATUS_PK)[number];
export type StatusRa = (typeof STATUS_RA)[number];
export type StatusTw = (typeof STATUS_TW)[number];

export const TRIWULAN = ['I', 'II', 'III', 'IV'] as const;
export type Triwulan = (typeof TRIWULAN)[number];

/** A document of one employee's year: the PK (with its IKI), the Rencana Aksi, or one quarter's measurement. */
export const DOKUMEN = ['PK', 'RA', 'TW1', 'TW2', 'TW3', 'TW4'] as const;
export type Dokumen = (typeof DOKUMEN)[number];

export function twDokumen(tw: Triwulan): Dokumen {
  return `TW${TRIWULAN.indexOf(tw) + 1}` as Dokumen;
}

export function triwulanOf(dok: Dokumen): Triwulan | null {
  const n = /^TW([1-4])$/.exec(dok);
  return n ? (TRIWULAN[Number(n[1]) - 1] as Triwulan) : null;
}

/** The state of every document of one employee's year (a row of the PK tab). */
export interface Berkas {
  readonly PK: StatusPk;
  readonly RA: StatusRa;
  readonly TW1: StatusTw;
  readonly TW2: StatusTw;
  readonly TW3: StatusTw;
  readonly TW4: StatusTw;
}

export const BERKAS_BARU: Berkas = {
  PK: 'Draf',
  RA: 'Draf',
  TW1: 'Draf',
  TW2: 'Draf',
  TW3: 'Draf',
  TW4: 'Draf',
};

/** States in which the content is covered by a signature (edits after this are flagged). */
export const SIGNED: Record<'PK' | 'RA', readonly string[]> = {
  PK: ['Ditandatangani', 'Diarsipkan'],
  RA: ['Ditandatangani', 'Diarsipkan'],
};
