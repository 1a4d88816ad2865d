// The performance tree (pohon kinerja): from each office IKU (the head of office's indicators) down to the
// staff indicators that support it through `Kode Indikator Atasan`, with the figures of each node. Also the
// IKU that nothing supports, and the indicators that support nothing in the tree.
import type { OrgTree } from '../org/tree';
import type { ikiTab } from '../tabs/declarations';
import type { RecordOf, Row } from '../tabs/tab';
import { type AtasanTtd, ikiByNip, indikatorAtasan } from './check';

type Iki = RecordOf<typeof ikiTab>;

export interface SimpulPohon<N> {
  readonly nip: string;
  readonly nama: string;
  readonly jabatan: string;
  readonly kode: string;
  readonly indikator: string;
  /** The node's figures for the period (capaian, predikat), as the caller computes them. */
  readonly nilai: N;
  readonly anak: readonly SimpulPohon<N>[];
}

export interface PohonKinerja<N> {
  /** One root per office IKU. */
  readonly akar: readonly SimpulPohon<N>[];
  /** Office IKU with no supporting indicator below. */
  readonly ikuTanpaDukungan: readonly { readonly kode: string; readonly indikator: string }[];
  /** Indicators of someone below the head that support no indicator in the tree. */
  readonly lepas: readonly { readonly nip: string; readonly nama: string; readonly kode: string }[];
}

/** The superior's indicator that `iki` supports (direct superior or their Plt/Plh), or null. */
export function indukOf(
  org: OrgTree,
  byNip: ReadonlyMap<string, readonly Iki[]>,
  iki: Iki,
  atasanTtd?: AtasanTtd,
): { nip: string; iki: Iki } | null {
  const kode = (iki.kodeAtasan ?? '').trim().toLowerCase();
  if (!kode || !org.byNip.get(iki.nip)?.nipAtasan) return null;
  return (
    indikatorAtasan(org, byNip, iki.nip, atasanTtd).find((c) => c.iki.kode.toLowerCase() === kode) ?? null
  );
}

/** `atasanTtd`: a signed cascade follows the superior at the signature (see check.ts). */
export function pohonKinerja<N>(
  org: OrgTree,
  rows: readonly Row<Iki>[],
  nilai: (nip: string, kode: string) => N,
  atasanTtd?: AtasanTtd,
): PohonKinerja<N> {
  const byNip = ikiByNip(rows);
  const children = new Map<string, Iki[]>();
  const key = (nip: string, kode: string) => `${nip}|${kode.toLowerCase()}`;
  for (const { value } of rows) {
    const induk = indukOf(org, byNip, value, atasanTtd);
    if (!induk) continue;
    const k = key(induk.nip, induk.iki.kode);
    children.set(k, [...(children.get(k) ?? []), value]);
  }
  const placed = new Set<string>();
  const node = (iki: Iki, depth: number): SimpulPohon<N> => {
    const p = org.byNip.get(iki.nip);
    placed.add(key(iki.nip, iki.kode));
    return {
      nip: iki.nip,
      nama: p?.nama ?? '',
      jabatan: p?.jabatan ?? '',
      kode: iki.kode,
      indikator: iki.indikator,
      nilai: nilai(iki.nip, iki.kode),
      // the org tree has no loops (a loop is an org problem), but never recurse without bound
      anak: depth > 50 ? [] : (children.get(key(iki.nip, iki.kode)) ?? []).map((c) => node(c, depth + 1)),
    };
  };
  const head = org.head;
  const akar = head ? (byNip.get(head.nip) ?? []).map((iki) => node(iki, 0)) : [];
  return {
    akar,
    ikuTanpaDukungan: akar
      .filter((a) => a.anak.length === 0)
      .map((a) => ({ kode: a.kode, indikator: a.indikator })),
    lepas: rows
      .filter((r) => r.value.nip !== head?.nip && !placed.has(key(r.value.nip, r.value.kode)))
      .map((r) => ({ nip: r.value.nip, nama: org.byNip.get(r.value.nip)?.nama ?? '', kode: r.value.kode })),
  };
}
