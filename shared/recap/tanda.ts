// Marks on a figure whose data is incomplete or not trusted: the documents print the mark next to the number
// itself (realisation, capaian) and explain it in a legend. One declaration per mark: another condition is
// one more field in KeadaanTw (filled in build.ts) and one more line in TANDA.
import type { MessageKey } from '../messages/catalog';
import type { StatusTw } from '../workflow/states';

/** What is known about one quarter's measurement of one indicator. */
export interface KeadaanTw {
  /** The employee's status of that quarter's measurement. */
  readonly status: StatusTw;
  /** The realisation is filled in. */
  readonly terisi: boolean;
  /** The quarter's measurement changed after it was reported, evaluated or followed up (its seal broke). */
  readonly berubah: boolean;
}

const REPORTED: readonly StatusTw[] = ['Dilaporkan', 'Dievaluasi', 'Ditindaklanjuti'];
const EVALUATED: readonly StatusTw[] = ['Dievaluasi', 'Ditindaklanjuti'];

export interface Tanda {
  readonly kode: string;
  /** Printed right after the figure. */
  readonly simbol: string;
  readonly teks: MessageKey;
  readonly berlaku: (q: KeadaanTw) => boolean;
}

export const TANDA = [
  {
    kode: 'belumDilaporkan',
    simbol: '¹',
    teks: 'tanda.belumDilaporkan',
    berlaku: (q: KeadaanTw) => q.terisi && !REPORTED.includes(q.status),
  },
  {
    kode: 'belumDievaluasi',
    simbol: '²',
    teks: 'tanda.belumDievaluasi',
    berlaku: (q: KeadaanTw) => REPORTED.includes(q.status) && !EVALUATED.includes(q.status),
  },
  { kode: 'berubah', simbol: '³', teks: 'tanda.berubah', berlaku: (q: KeadaanTw) => q.berubah },
] as const satisfies readonly Tanda[];

export type KodeTanda = (typeof TANDA)[number]['kode'];

/** The marks that apply to any of the given quarters, in TANDA order. */
export function tandaOf(quarters: readonly KeadaanTw[]): KodeTanda[] {
  return TANDA.filter((t) => quarters.some((q) => t.berlaku(q))).map((t) => t.kode);
}

/** The symbols of the marks, to print after a figure: `63¹²`. */
export function simbolTanda(kode: readonly KodeTanda[]): string {
  return TANDA.filter((t) => kode.includes(t.kode))
    .map((t) => t.simbol)
    .join('');
}
