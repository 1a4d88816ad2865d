// Agregasi of an IKI row whose cell is blank: derived from its Pola Ukur (issue 16), so an indicator
// described by its pattern needs no Agregasi; a row with neither is refused, naming the cell. Sheets made
// before Pola Ukur existed always carry Agregasi and read as before.
import type { PolaUkur } from '../capaian/pola';
import type { Problem } from '../problems';
import type { AGREGASI, ikiTab } from '../tabs/declarations';
import type { RecordOf, Row } from '../tabs/tab';

type Agregasi = (typeof AGREGASI)[number];
type IkiDibaca = RecordOf<typeof ikiTab>;
/** An IKI row as the core uses it: Agregasi always known. */
export type IkiLengkap = Omit<IkiDibaca, 'agregasi'> & { agregasi: Agregasi };

/** The Agregasi a pattern reads its quarters with: a count is summed, a position or release takes the last. */
export function agregasiDariPola(pola: PolaUkur): Agregasi {
  return pola === 'Hitungan' ? 'Jumlah' : 'Nilai Akhir';
}

export function lengkapiAgregasi(rows: readonly Row<IkiDibaca>[]): {
  rows: Row<IkiLengkap>[];
  problems: Problem[];
} {
  const out: Row<IkiLengkap>[] = [];
  const problems: Problem[] = [];
  for (const { row, value } of rows) {
    const agregasi = value.agregasi ?? (value.polaUkur ? agregasiDariPola(value.polaUkur) : null);
    if (agregasi === null) {
      problems.push({ key: 'iki.agregasiKosong', tab: 'IKI', row, column: 'Agregasi', owner: value.nip });
      continue;
    }
    out.push({ row, value: { ...value, agregasi } });
  }
  return { rows: out, problems };
}
