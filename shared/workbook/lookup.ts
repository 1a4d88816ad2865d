// Lookups by key over a parsed workbook, built once per workbook (memoised), so that per-employee work
// stays linear in office size. A batch of actions works on a private copy (`kantorKerja`) whose rows and
// lookups are updated in place by each change, so each action costs the same in a small or a large office.
import type { AlurPemilik } from '../log/replay';
import type { Problem } from '../problems';
import type { Row } from '../tabs/tab';
import type { BarisPk, EntriRiwayat, Iki, Kantor, Pengukuran, RencanaAksi } from './parse';

export interface Lookup {
  readonly iki: ReadonlyMap<string, readonly Row<Iki>[]>;
  readonly ra: ReadonlyMap<string, readonly Row<RencanaAksi>[]>;
  readonly raByKode: ReadonlyMap<string, Row<RencanaAksi>>;
  readonly pengukuran: ReadonlyMap<string, readonly Row<Pengukuran>[]>;
  readonly pengukuranByKey: ReadonlyMap<string, Row<Pengukuran>>;
  readonly pk: ReadonlyMap<string, Row<BarisPk>>;
  /** Log entries by the owner of the document they concern. */
  readonly riwayat: ReadonlyMap<string, readonly EntriRiwayat[]>;
  /** Problems by the employee whose rows they are in. */
  readonly masalah: ReadonlyMap<string, readonly Problem[]>;
}

const cache = new WeakMap<Kantor, Lookup>();
let built = 0;

/** How many times lookups were built from scratch (each costs the size of the office): for tests. */
export function lookupsBuilt(): number {
  return built;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string | undefined | null): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined || key === null) continue;
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
  }
  return map;
}

const pengukuranKey = (v: Pengukuran) => `${v.nip}|${v.kode}|${v.triwulan}`;

function build(k: Kantor): Lookup {
  built++;
  const iki = groupBy(k.iki, (r) => r.value.nip);
  for (const list of iki.values()) list.sort((a, b) => a.value.kode.localeCompare(b.value.kode));
  return {
    iki,
    ra: groupBy(k.ra, (r) => r.value.nip),
    raByKode: new Map(k.ra.map((r) => [`${r.value.nip}|${r.value.kode}`, r])),
    pengukuran: groupBy(k.pengukuran, (r) => r.value.nip),
    pengukuranByKey: new Map(k.pengukuran.map((r) => [pengukuranKey(r.value), r])),
    pk: new Map(k.pk.filter((r) => r.value.tahun === k.settings.tahun).map((r) => [r.value.nip, r])),
    riwayat: groupBy(
      k.riwayat.map((r) => r.value),
      (e) => e.nipPemilik,
    ),
    masalah: groupBy(k.problems, (p) => p.owner),
  };
}

export function lookup(k: Kantor): Lookup {
  const hit = cache.get(k);
  if (hit) return hit;
  const fresh = build(k);
  cache.set(k, fresh);
  return fresh;
}

/** What one workflow change does to the rows: a PK row set or added, Pengukuran rows updated, a log entry. */
export interface PerubahanBaris {
  readonly pk: Row<BarisPk>;
  readonly pengukuran: readonly Row<Pengukuran>[];
  readonly riwayat: Row<EntriRiwayat>;
  /** The owner's year as the log now replays it. */
  readonly alur: AlurPemilik;
}

export interface KantorKerja {
  /** The working copy: read it as any parsed workbook (its lookups stay valid after each change). */
  readonly kantor: Kantor;
  /** Apply one change in place; costs what the change touches, never the size of the office. */
  terapkan(ch: PerubahanBaris): void;
}

/** A private copy of the workbook for a batch of actions (copied once: the caller's workbook is untouched). */
export function kantorKerja(k0: Kantor): KantorKerja {
  const pk = [...k0.pk];
  const pengukuran = [...k0.pengukuran];
  const riwayat = [...k0.riwayat];
  const alur = new Map(k0.alur);
  const kantor: Kantor = { ...k0, pk, pengukuran, riwayat, alur };
  const l = build(kantor);
  cache.set(kantor, l);
  const pkIndex = new Map(pk.map((r, i) => [r.row, i]));
  const ukurIndex = new Map(pengukuran.map((r, i) => [r.row, i]));
  const pkByNip = l.pk as Map<string, Row<BarisPk>>;
  const ukurByKey = l.pengukuranByKey as Map<string, Row<Pengukuran>>;
  const ukurByNip = l.pengukuran as Map<string, Row<Pengukuran>[]>;
  const logByNip = l.riwayat as Map<string, EntriRiwayat[]>;
  return {
    kantor,
    terapkan(ch) {
      const at = pkIndex.get(ch.pk.row);
      if (at === undefined) {
        pkIndex.set(ch.pk.row, pk.length);
        pk.push(ch.pk);
      } else pk[at] = ch.pk;
      if (ch.pk.value.tahun === kantor.settings.tahun) pkByNip.set(ch.pk.value.nip, ch.pk);
      for (const r of ch.pengukuran) {
        const i = ukurIndex.get(r.row);
        if (i !== undefined) pengukuran[i] = r;
        ukurByKey.set(pengukuranKey(r.value), r);
        const own = ukurByNip.get(r.value.nip) ?? [];
        ukurByNip.set(
          r.value.nip,
          own.map((x) => (x.row === r.row ? r : x)),
        );
      }
      riwayat.push(ch.riwayat);
      const owner = ch.riwayat.value.nipPemilik;
      if (owner) {
        logByNip.set(owner, [...(logByNip.get(owner) ?? []), ch.riwayat.value]);
        alur.set(owner, ch.alur);
      }
    },
  };
}
