// The Rencana Aksi of an indicator: one or more action rows (same NIP and Kode in the `Rencana Aksi` tab),
// each with its own quarterly targets or only a description, and the indicator's quarterly targets used
// for capaian, derived from them by the indicator's Agregasi:
// - Jumlah: the quarter's targets of all actions are summed (each action contributes its own volume);
// - Kumulatif, Nilai Akhir, Rata-rata: exactly one action carries the targets (a level or a running total
//   cannot be split between actions); the others describe the work and leave their targets blank.
// Consistency of the quarterly targets with the annual target is a warning that explains, never a block.

import { dec } from '../capaian/decimal';
import { polaOf } from '../capaian/pola';
import { formatPlain } from '../locale/number';
import type { Problem } from '../problems';
import type { AGREGASI } from '../tabs/declarations';
import type { Row } from '../tabs/tab';
import { lookup } from '../workbook/lookup';
import type { Iki, Kantor, RencanaAksi } from '../workbook/parse';
import { TRIWULAN } from './states';

type Agregasi = (typeof AGREGASI)[number];
/** A target: a number, or a grade on the indicator's scale. */
type Nilai = NonNullable<RencanaAksi['targetTw1']>;

export type TargetTw = readonly [Nilai | null, Nilai | null, Nilai | null, Nilai | null];

const targetsOf = (v: RencanaAksi): TargetTw => [v.targetTw1, v.targetTw2, v.targetTw3, v.targetTw4];
const carries = (v: RencanaAksi) => targetsOf(v).some((t) => t !== null);

/** The action rows of one indicator, in sheet order. */
export function aksiOf(k: Kantor, nip: string, kode: string): readonly Row<RencanaAksi>[] {
  return (lookup(k).ra.get(nip) ?? []).filter((r) => r.value.kode === kode);
}

/** The indicator's quarterly targets used for capaian (see the rule above). */
export function targetTwIndikator(agregasi: Agregasi, rows: readonly Row<RencanaAksi>[]): TargetTw {
  const carriers = rows.filter((r) => carries(r.value));
  if (carriers.length === 0) return [null, null, null, null];
  if (agregasi !== 'Jumlah') return targetsOf((carriers[0] as Row<RencanaAksi>).value);
  // a count is summed over its actions (a grade is never summed: it stays the first carrier's)
  const sum = (q: number): Nilai | null => {
    const values = carriers.flatMap((r) => {
      const t = targetsOf(r.value)[q];
      return t === null || t === undefined ? [] : [t];
    });
    if (values.length === 0) return null;
    if (values.some((v) => typeof v !== 'number')) return values[0] as Nilai;
    return (values as number[]).reduce((a, b) => a.plus(b), dec(0)).toNumber();
  };
  return [sum(0), sum(1), sum(2), sum(3)];
}

/** What stops a Rencana Aksi from going forward: no action, a quarter without target, targets on two rows. */
export function masalahRa(k: Kantor, nip: string, ind: Iki): Problem[] {
  const rows = aksiOf(k, nip, ind.kode);
  if (rows.length === 0)
    return [{ key: 'ra.tanpaBaris', tab: 'Rencana Aksi', owner: nip, params: { kode: ind.kode } }];
  const found: Problem[] = [];
  const carriers = rows.filter((r) => carries(r.value));
  if (ind.agregasi !== 'Jumlah' && carriers.length > 1) {
    found.push({
      key: 'ra.targetGanda',
      tab: 'Rencana Aksi',
      row: (carriers[1] as Row<RencanaAksi>).row,
      column: 'Target TW I',
      owner: nip,
      params: { kode: ind.kode, agregasi: ind.agregasi, baris: (carriers[0] as Row<RencanaAksi>).row },
    });
  }
  const first = (carriers[0] ?? rows[0]) as Row<RencanaAksi>;
  // quarters outside the indicator's Periode Ukur (and the office's Periode Pengukuran) have no target
  const diukur = polaOf(ind, k.settings.periodePengukuran).periode.triwulan;
  targetTwIndikator(ind.agregasi, rows).forEach((t, i) => {
    if (t === null && diukur.includes((i + 1) as 1 | 2 | 3 | 4))
      found.push({
        tab: 'Rencana Aksi',
        row: first.row,
        owner: nip,
        key: 'ra.targetKosong',
        column: `Target TW ${TRIWULAN[i]}`,
        params: { tw: TRIWULAN[i] as string, kode: ind.kode },
      });
  });
  return found;
}

/**
 * Warnings that the quarterly targets do not add up to the annual target the way the Agregasi reads them,
 * each with its explanation. None when a quarter has no target (that blocks: masalahRa) or when an action
 * row gives the reason in `Alasan Penyimpangan`.
 */
export function peringatanRa(k: Kantor, nip: string, ind: Iki): Problem[] {
  const rows = aksiOf(k, nip, ind.kode);
  // only the measured quarters carry targets (Periode Ukur)
  const diukur = polaOf(ind, k.settings.periodePengukuran).periode.triwulan;
  const targets = targetTwIndikator(ind.agregasi, rows).filter((_, i) =>
    diukur.includes((i + 1) as 1 | 2 | 3 | 4),
  );
  if (targets.length === 0 || targets.some((t) => t === null) || ind.polaritas === 'Rentang') return [];
  if (rows.some((r) => (r.value.alasan ?? '').trim() !== '')) return [];
  // grades (qualitative targets) do not add up: their scale is checked when the workbook is read
  if (typeof ind.target !== 'number' || targets.some((t) => typeof t !== 'number')) return [];
  const nums = targets as readonly number[];
  const place = {
    tab: 'Rencana Aksi',
    row: (rows.find((r) => carries(r.value)) ?? rows[0])?.row,
    owner: nip,
  };
  const fmt = (n: number | ReturnType<typeof dec>) => formatPlain(n, 4, k.settings.lokal);
  const tahunan = fmt(ind.target);
  const found: Problem[] = [];
  const last = nums[nums.length - 1] as number;
  switch (ind.agregasi) {
    case 'Kumulatif':
      if (last !== ind.target)
        found.push({
          ...place,
          key: 'ra.kumulatifAkhir',
          column: 'Target TW IV',
          params: { kode: ind.kode, tw4: fmt(last), tahunan },
        });
      if (nums.some((n, i) => i > 0 && n < (nums[i - 1] as number)))
        found.push({ ...place, key: 'ra.kumulatifTurun', column: 'Target TW I', params: { kode: ind.kode } });
      break;
    case 'Jumlah': {
      const sum = nums.reduce((a, b) => a.plus(b), dec(0));
      if (!sum.eq(ind.target))
        found.push({
          ...place,
          key: 'ra.jumlahTidakSama',
          column: 'Target TW I',
          params: { kode: ind.kode, jumlah: fmt(sum), tahunan },
        });
      break;
    }
    case 'Nilai Akhir':
      if (last !== ind.target)
        found.push({
          ...place,
          key: 'ra.nilaiAkhirBeda',
          column: 'Target TW IV',
          params: { kode: ind.kode, tw4: fmt(last), tahunan },
        });
      break;
    case 'Rata-rata': {
      const mean = nums.reduce((a, b) => a.plus(b), dec(0)).div(nums.length);
      if (!mean.eq(ind.target))
        found.push({
          ...place,
          key: 'ra.rataRataBeda',
          column: 'Target TW I',
          params: { kode: ind.kode, rata: fmt(mean), tahunan },
        });
      break;
    }
  }
  return found;
}

/** The warnings of a person's whole Rencana Aksi, indicator by indicator (sidebar, RA document). */
export function peringatanRaPegawai(k: Kantor, nip: string): Problem[] {
  return (lookup(k).iki.get(nip) ?? []).flatMap(({ value }) => peringatanRa(k, nip, value));
}
