// The state names a document passes through (SOP steps 1-12) and the quarters: the dropdown values of
// the PK and Pengukuran tabs. The workflow (workflow/transitions.ts) says how one state leads to another.
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
