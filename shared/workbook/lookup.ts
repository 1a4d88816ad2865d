// Lookups by key over a parsed workbook, built once per workbook (memoised), so that per-employee work
// stays linear in office size.
import type { Row } from '../tabs/tab';
import type { BarisPk, Iki, Kantor, Pengukuran, RencanaAksi } from './parse';

export interface Lookup {
  readonly iki: ReadonlyMap<string, readonly Row<Iki>[]>;
  readonly ra: ReadonlyMap<string, readonly Row<RencanaAksi>[]>;
  readonly raByKode: ReadonlyMap<string, Row<RencanaAksi>>;
  readonly pengukuran: ReadonlyMap<string, readonly Row<Pengukuran>[]>;
  readonly pengukuranByKey: ReadonlyMap<string, Row<Pengukuran>>;
  readonly pk: ReadonlyMap<string, Row<BarisPk>>;
}

const cache = new WeakMap<Kantor, Lookup>();

function group<T extends { nip: string }>(rows: readonly Row<T>[]): Map<string, Row<T>[]> {
  const map = new Map<string, Row<T>[]>();
  for (const r of rows) {
    const list = map.get(r.value.nip);
    if (list) list.push(r);
    else map.set(r.value.nip, [r]);
  }
  return map;
}

function firstByKey<T>(rows: readonly Row<T>[], key: (r: Row<T>) => string): Map<string, Row<T>> {
  const map = new Map<string, Row<T>>();
  for (const r of rows) if (!map.has(key(r))) map.set(key(r), r);
  return map;
}

export function lookup(k: Kantor): Lookup {
  const hit = cache.get(k);
  if (hit) return hit;
  const iki = group(k.iki);
  for (const list of iki.values()) list.sort((a, b) => a.value.kode.localeCompare(b.value.kode));
  const built: Lookup = {
    iki,
    ra: group(k.ra),
    // an indicator may have several action rows: this is its first (all of them: `ra`, documents/rencana-aksi.ts)
    raByKode: firstByKey(k.ra, (r) => `${r.value.nip}|${r.value.kode}`),
    pengukuran: group(k.pengukuran),
    pengukuranByKey: new Map(
      k.pengukuran.map((r) => [`${r.value.nip}|${r.value.kode}|${r.value.triwulan}`, r]),
    ),
    pk: new Map(k.pk.filter((r) => r.value.tahun === k.settings.tahun).map((r) => [r.value.nip, r])),
  };
  cache.set(k, built);
  return built;
}
