// Portions that add up (issue 16): a Hitungan indicator that cascades is split among the subordinates who
// carry it (their indicators whose `Kode Indikator Atasan` names it); per branch, the sum of their targets
// against the superior's target: terbagi habis / kurang / lebih. Posisi and Rilis indicators are carried
// whole, by one bearer per branch (an indicator of the same pattern and Satuan); the others support them
// through their own process indicators. Warnings, never blocks.
import { formatPlain } from '../locale/number';
import type { Problem } from '../problems';
import type { Row } from '../tabs/tab';
import type { Iki, Kantor } from '../workbook/parse';
import { type Decimal, dec } from './decimal';
import { polaOf } from './pola';

export type KeadaanPorsi = 'terbagi habis' | 'kurang' | 'lebih';

export interface PorsiBawahan {
  readonly nip: string;
  readonly nama: string;
  readonly kode: string;
  readonly target: number;
}

export interface PorsiCabang {
  readonly nip: string;
  readonly nama: string;
  readonly kode: string;
  readonly indikator: string;
  readonly satuan: string;
  readonly target: number;
  readonly bawahan: readonly PorsiBawahan[];
  readonly jumlah: Decimal;
  readonly keadaan: KeadaanPorsi;
  /** IKI row of the superior's indicator. */
  readonly row: number;
}

/** Subordinates' indicators by the superior's NIP and indicator code they name (built once per call). */
function cascade(k: Kantor): (nip: string, kode: string) => readonly Row<Iki>[] {
  const map = new Map<string, Row<Iki>[]>();
  for (const r of k.iki) {
    const atas = (r.value.kodeAtasan ?? '').trim().toLowerCase();
    const nipAtasan = k.org.byNip.get(r.value.nip)?.nipAtasan;
    if (!atas || !nipAtasan) continue;
    const key = `${nipAtasan}|${atas}`;
    map.set(key, [...(map.get(key) ?? []), r]);
  }
  return (nip, kode) => map.get(`${nip}|${kode.trim().toLowerCase()}`) ?? [];
}

/** Every cascading Hitungan indicator with the sum of its subordinates' portions. */
export function porsiCabang(k: Kantor): PorsiCabang[] {
  const out: PorsiCabang[] = [];
  const anakOf = cascade(k);
  for (const { row, value: v } of k.iki) {
    if (polaOf(v).pola !== 'Hitungan' || typeof v.target !== 'number') continue;
    const bawahan = anakOf(v.nip, v.kode)
      .map((r) => r.value)
      .filter(
        (b): b is Iki & { target: number } => polaOf(b).pola === 'Hitungan' && typeof b.target === 'number',
      )
      .map((b) => ({
        nip: b.nip,
        nama: k.org.byNip.get(b.nip)?.nama ?? b.nip,
        kode: b.kode,
        target: b.target,
      }));
    if (bawahan.length === 0) continue;
    const jumlah = bawahan.reduce((a, b) => a.plus(b.target), dec(0));
    const keadaan: KeadaanPorsi = jumlah.eq(v.target)
      ? 'terbagi habis'
      : jumlah.lt(v.target)
        ? 'kurang'
        : 'lebih';
    out.push({
      nip: v.nip,
      nama: k.org.byNip.get(v.nip)?.nama ?? v.nip,
      kode: v.kode,
      indikator: v.indikator,
      satuan: v.satuan,
      target: v.target,
      bawahan,
      jumlah,
      keadaan,
      row,
    });
  }
  return out;
}

/** The warnings: portions that do not add up, and Posisi/Rilis indicators carried by more than one. */
export function peringatanPorsi(k: Kantor): Problem[] {
  const fmt = (n: Decimal | number) => formatPlain(n, 4, k.settings.lokal);
  const out: Problem[] = [];
  const anakOf = cascade(k);
  for (const c of porsiCabang(k)) {
    if (c.keadaan === 'terbagi habis') continue;
    out.push({
      key: c.keadaan === 'kurang' ? 'porsi.kurang' : 'porsi.lebih',
      tab: 'IKI',
      row: c.row,
      column: 'Target',
      owner: c.nip,
      params: {
        kode: c.kode,
        nama: c.nama,
        target: fmt(c.target),
        jumlah: fmt(c.jumlah),
        selisih: fmt(c.jumlah.minus(c.target).abs()),
        rincian: c.bawahan.map((b) => `${b.nama} ${b.kode} ${fmt(b.target)}`).join('; '),
      },
    });
  }
  for (const { row, value: v } of k.iki) {
    const pola = polaOf(v).pola;
    if (pola === 'Hitungan') continue;
    const pemikul = anakOf(v.nip, v.kode).filter(
      (r) =>
        polaOf(r.value).pola === pola &&
        r.value.satuan.trim().toLowerCase() === v.satuan.trim().toLowerCase(),
    );
    if (pemikul.length < 2) continue;
    out.push({
      key: 'porsi.pemikulGanda',
      tab: 'IKI',
      row,
      column: 'Kode',
      owner: v.nip,
      params: {
        kode: v.kode,
        nama: k.org.byNip.get(v.nip)?.nama ?? v.nip,
        pola,
        rincian: pemikul
          .map((r) => `${k.org.byNip.get(r.value.nip)?.nama ?? r.value.nip} ${r.value.kode}`)
          .join('; '),
      },
    });
  }
  return out;
}
