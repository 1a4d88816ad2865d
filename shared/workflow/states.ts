// The documents of one employee's year and the state of each (the state names are the PK tab's dropdown
// values, declared in tabs/status.ts).

export {
  STATUS_PK,
  STATUS_RA,
  STATUS_TW,
  type StatusPk,
  type StatusRa,
  type StatusTw,
  TRIWULAN,
  type Triwulan,
} from '../tabs/status';

import { type StatusPk, type StatusRa, type StatusTw, TRIWULAN, type Triwulan } from '../tabs/status';

/** A document of one employee's year: the PK (with its IKI), the Rencana Aksi, or one quarter's measurement. */
export const DOKUMEN = ['PK', 'RA', 'TW1', 'TW2', 'TW3', 'TW4'] as const;
export type Dokumen = (typeof DOKUMEN)[number];

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
