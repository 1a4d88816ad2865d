// The office level of a recap: the office IKU (the head of office's indicators, capaian and predikat, with
// the regional head who signed the head's PK), the performance tree from each IKU down to staff indicators
// with the figures of each node, and every person or indicator row left out of the recap, with the reason.

import type { Capaian } from '../capaian/capaian';
import { atasanTtdDari } from '../cascade/check';
import { type PohonKinerja, pohonKinerja } from '../cascade/pohon';
import type { Kantor } from '../workbook/parse';
import type { RekapPegawai } from './model';
import { titikGrafik } from './tren';

export interface NilaiSimpul {
  readonly capaian: Capaian | null;
  readonly capaianTeks: string;
  readonly predikat: string | null;
  /** Capaian of each quarter alone, TW I..IV, as the IKU trend chart draws it (`titikGrafik`). */
  readonly perTriwulan: readonly (number | null)[];
}

export interface SeksiIku {
  /** The head of office with their indicators (the office IKU), figures and predikat; null when none. */
  readonly pimpinan: RekapPegawai | null;
  /** PIHAK KEDUA of the head's PK (Pengaturan: Nama / Jabatan / NIP Kepala Daerah). */
  readonly kepalaDaerah: {
    readonly nama: string;
    readonly jabatan: string;
    readonly nip: string | null;
  } | null;
  /** Why the section has no indicators (no single head, or the head has no IKI), as a message key. */
  readonly kosong: 'rekap.iku.tanpaPimpinan' | 'rekap.iku.tanpaIki' | null;
}

export interface Dikecualikan {
  readonly nip: string;
  readonly nama: string;
  readonly alasan: 'rekap.dikecualikan.nipTidakDikenal' | 'rekap.dikecualikan.barisRusak';
  readonly baris: readonly number[];
}

export function seksiIku(k: Kantor, pimpinan: RekapPegawai | null): SeksiIku {
  const s = k.settings;
  return {
    pimpinan,
    kepalaDaerah:
      s.namaKepalaDaerah.trim() || s.jabatanKepalaDaerah.trim()
        ? { nama: s.namaKepalaDaerah, jabatan: s.jabatanKepalaDaerah, nip: s.nipKepalaDaerah }
        : null,
    kosong: !k.org.head
      ? 'rekap.iku.tanpaPimpinan'
      : pimpinan?.indikator.length
        ? null
        : 'rekap.iku.tanpaIki',
  };
}

const TANPA_NILAI: readonly null[] = [null, null, null, null];

/** The tree with each node's figures taken from the recap's own computation (no second computation). */
export function pohonRekap(k: Kantor, pegawai: readonly RekapPegawai[]): PohonKinerja<NilaiSimpul> {
  const byKey = new Map(pegawai.flatMap((p) => p.indikator.map((i) => [`${p.nip}|${i.kode}`, i] as const)));
  return pohonKinerja(
    k.org,
    k.iki,
    (nip, kode) => {
      const i = byKey.get(`${nip}|${kode}`);
      return i
        ? {
            capaian: i.periode.capaian,
            capaianTeks: i.capaianTeks,
            predikat: i.predikat,
            // numbers, not the indicator's decimals: the tree outlives the employees a split recap lets go
            perTriwulan: i.perTriwulan.map(titikGrafik),
          }
        : { capaian: null, capaianTeks: '-', predikat: null, perTriwulan: TANPA_NILAI };
    },
    atasanTtdDari(k.alur, k.riwayat),
  );
}

/**
 * Indicator rows the recap leaves out, whose and why: rows whose NIP is not in Pegawai, and rows that cannot
 * be read (a bad cell: the problem names it).
 */
export function dikecualikan(k: Kantor): Dikecualikan[] {
  const group = (entries: readonly (readonly [string, number])[], alasan: Dikecualikan['alasan']) => {
    const byNip = new Map<string, number[]>();
    for (const [nip, row] of entries)
      if (!byNip.get(nip)?.includes(row)) byNip.set(nip, [...(byNip.get(nip) ?? []), row]);
    return [...byNip].map(([nip, baris]) => ({ nip, nama: k.org.byNip.get(nip)?.nama ?? '', alasan, baris }));
  };
  const read = new Set(k.iki.map((r) => r.row));
  return [
    ...group(
      k.iki.filter((r) => !k.org.byNip.has(r.value.nip)).map((r) => [r.value.nip, r.row] as const),
      'rekap.dikecualikan.nipTidakDikenal',
    ),
    ...group(
      k.problems
        .filter((p) => p.tab === 'IKI' && p.row !== undefined && p.row > 1 && !read.has(p.row))
        .map((p) => [p.owner ?? '-', p.row as number] as const),
      'rekap.dikecualikan.barisRusak',
    ),
  ];
}
