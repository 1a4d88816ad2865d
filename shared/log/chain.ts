// The Riwayat log as a hash chain: each entry's `Hash Rantai` covers its own content (who acted, as whom,
// on whose document, the content hash, the time, the note) and the previous entry's chain hash. The head
// and the length of the chain are anchored where a sheet editor cannot write (the add-on's document
// properties, a sidecar file next to a local workbook, the anchor the add-on sends to the recap service),
// so an edit, an insertion, a reordering or a deletion of a logged row is detected.
import { type Canonical, canonicalize } from '../hash/canonical';
import { contentHash, type Sha256 } from '../hash/digest';
import type { Problem } from '../problems';
import type { riwayatTab } from '../tabs/declarations';
import type { RecordOf, Row } from '../tabs/tab';

export type EntriLog = RecordOf<typeof riwayatTab>;

/**
 * Where the chain is anchored: its length, the chain hash of its last entry, and a digest of all its
 * entries as written (`sidik`), so that a reader checks the anchored part with one hash instead of one per
 * entry, and walks the chain entry by entry only to find where it was changed.
 */
export interface Jangkar {
  readonly panjang: number;
  readonly kepala: string;
  readonly sidik?: string;
}

/** The port each shell implements over its own store, out of a sheet editor's reach. */
export interface PenyimpanJangkar {
  baca(): Jangkar | null;
  tulis(jangkar: Jangkar): void;
}

/** An anchor as a shell stored it (JSON text); anything else is no anchor. */
export function bacaJangkarJson(raw: string | null | undefined): Jangkar | null {
  if (!raw) return null;
  try {
    const j = JSON.parse(raw) as Partial<Jangkar>;
    return typeof j.panjang === 'number' && typeof j.kepala === 'string'
      ? { panjang: j.panjang, kepala: j.kepala, ...(typeof j.sidik === 'string' ? { sidik: j.sidik } : {}) }
      : null;
  } catch {
    return null;
  }
}

/** An anchor kept in memory (tests, and a shell's read of one request). */
export function jangkarMemori(awal: Jangkar | null = null): PenyimpanJangkar & { nilai: Jangkar | null } {
  const store = {
    nilai: awal,
    baca: () => store.nilai,
    tulis: (j: Jangkar) => {
      store.nilai = j;
    },
  };
  return store;
}

/**
 * Everything an entry says, except its own chain hash, with the previous entry's chain hash. The time is
 * taken to the whole second, as a cell keeps it (ISO 8601 with seconds), so an entry read back from the
 * sheet hashes as it did when it was written.
 */
function kontenEntri(e: EntriLog, sebelumnya: string, denganRantai = false): Canonical {
  // built field by field (not by rest and spread): a log of a whole year is hashed at every command
  const out: Record<string, Canonical> = {};
  for (const key of Object.keys(e) as (keyof EntriLog)[])
    if (key !== 'hashRantai') out[key] = e[key] as Canonical;
  out.waktu = Math.floor(e.waktu / 1000);
  out.sebelumnya = sebelumnya;
  if (denganRantai) out.rantai = e.hashRantai ?? null;
  return out;
}

/**
 * Each entry's line of the digest, kept with the entry: a command verifies the log against its anchor, then
 * anchors the log it appended to, digesting the same entries again (entries are never changed once made).
 */
const barisSidik = new WeakMap<EntriLog, string>();

function barisLog(e: EntriLog): string {
  let line = barisSidik.get(e);
  if (line === undefined) {
    line = canonicalize(kontenEntri(e, '', true));
    barisSidik.set(e, line);
  }
  return line;
}

/** One digest of a run of entries (their content and chain hashes): unchanged entries give the same digest. */
export function sidikLog(sha256: Sha256, entries: readonly EntriLog[]): string {
  return sha256(teksSidik(entries));
}

/** The text `sidikLog` digests: kept by a shell that anchors later without keeping every entry. */
export function teksSidik(entries: readonly EntriLog[]): string {
  return entries.map(barisLog).join('\n');
}

/** `jangkarDari` of a log of `panjang` entries, the last `kepala`, whose `teksSidik` is `teks`, after `baru`. */
export function jangkarSetelah(
  sha256: Sha256,
  awal: { readonly panjang: number; readonly kepala: string; readonly teks: string },
  baru: readonly EntriLog[],
): Jangkar {
  const teks = [...(awal.panjang > 0 ? [awal.teks] : []), ...baru.map(barisLog)].join('\n');
  return {
    panjang: awal.panjang + baru.length,
    kepala: baru.length > 0 ? (baru[baru.length - 1]?.hashRantai ?? '') : awal.kepala,
    sidik: sha256(teks),
  };
}

/** The anchor of a log whose entries are `entries` (after a shell appended to it). */
export function jangkarDari(sha256: Sha256, entries: readonly EntriLog[]): Jangkar {
  return {
    panjang: entries.length,
    kepala: entries[entries.length - 1]?.hashRantai ?? '',
    sidik: sidikLog(sha256, entries),
  };
}

export function hashRantai(sha256: Sha256, sebelumnya: string, e: EntriLog): string {
  return contentHash(sha256, kontenEntri(e, sebelumnya));
}

/** The chain hash new entries are chained onto: the last logged entry's ('' for an empty or unchained log). */
export function kepalaRantai(k: { readonly riwayat: readonly Row<EntriLog>[] }): string {
  return k.riwayat[k.riwayat.length - 1]?.value.hashRantai ?? '';
}

/** New entries chained onto a log whose last chain hash is `kepala` ('' for an empty log). */
export function sambungkan(
  sha256: Sha256,
  kepala: string,
  entries: readonly EntriLog[],
): { readonly entri: EntriLog[]; readonly kepala: string } {
  let prev = kepala;
  const entri = entries.map((e) => {
    const h = hashRantai(sha256, prev, e);
    prev = h;
    return { ...e, hashRantai: h };
  });
  return { entri, kepala: prev };
}

/** Entries that change no document's state (a recap compiled, a notification that failed). */
export function tanpaEfekAlur(e: Pick<EntriLog, 'aksi'>): boolean {
  return e.aksi === 'rekap' || e.aksi === 'notifikasi';
}

export interface HasilRantai {
  readonly problems: readonly Problem[];
  /** The chain as read: its length and last chain hash (what a shell anchors after verifying). */
  readonly jangkar: Jangkar;
  /** Rows written before the log was chained (an older version): recorded, not protected. */
  readonly lama: number;
}

const RIWAYAT = 'Riwayat';

/**
 * Verify the log against its anchor. `barisTakTerbaca` counts Riwayat rows the reader could not parse:
 * they break the chain as surely as an edited row. Problems have no owner: a broken log concerns everyone.
 */
export function periksaRantai(
  riwayat: readonly Row<EntriLog>[],
  jangkar: Jangkar | null,
  sha256: Sha256,
  barisTakTerbaca = 0,
): HasilRantai {
  const problems: Problem[] = [];
  // a prefix written before chaining existed (no chain hash anywhere yet, nothing anchored)
  let lama = 0;
  if (jangkar === null) while (lama < riwayat.length && !riwayat[lama]?.value.hashRantai) lama++;
  let prev = '';
  let putus = false;
  let from = lama;
  // the anchored part unchanged (one digest): only the entries after it are walked
  if (
    jangkar?.sidik &&
    jangkar.panjang > 0 &&
    riwayat.length >= jangkar.panjang &&
    sidikLog(
      sha256,
      riwayat.slice(0, jangkar.panjang).map((r) => r.value),
    ) === jangkar.sidik
  ) {
    from = jangkar.panjang;
    prev = riwayat[jangkar.panjang - 1]?.value.hashRantai ?? '';
  }
  for (let i = from; i < riwayat.length; i++) {
    const { row, value } = riwayat[i] as Row<EntriLog>;
    const expected = hashRantai(sha256, prev, value);
    if (value.hashRantai !== expected) {
      problems.push({ key: 'integritas.rantaiPutus', tab: RIWAYAT, row, column: 'Hash Rantai' });
      putus = true;
      break;
    }
    prev = expected;
  }
  if (barisTakTerbaca > 0 && !putus)
    problems.push({ key: 'integritas.riwayatTakTerbaca', tab: RIWAYAT, params: { jumlah: barisTakTerbaca } });
  const read: Jangkar = {
    panjang: riwayat.length,
    kepala: riwayat[riwayat.length - 1]?.value.hashRantai ?? '',
  };
  if (jangkar === null) {
    if (riwayat.length > lama) problems.push({ key: 'integritas.tanpaJangkar', tab: RIWAYAT });
    return { problems, jangkar: read, lama };
  }
  if (riwayat.length < jangkar.panjang) {
    problems.push({
      key: 'integritas.riwayatTerhapus',
      tab: RIWAYAT,
      params: { tercatat: jangkar.panjang, ada: riwayat.length },
    });
    return { problems, jangkar: read, lama };
  }
  const anchored = jangkar.panjang === 0 ? null : riwayat[jangkar.panjang - 1];
  if (anchored && anchored.value.hashRantai !== jangkar.kepala) {
    problems.push({
      key: 'integritas.jangkarBeda',
      tab: RIWAYAT,
      row: anchored.row,
      column: 'Hash Rantai',
    });
  }
  // entries after the anchor were not written through the add-on's own path: only entries that change
  // no state (a recap written by the recap service) may stand there until the next anchored write
  for (const { row, value } of riwayat.slice(jangkar.panjang)) {
    if (!tanpaEfekAlur(value)) {
      problems.push({ key: 'integritas.belumTerjangkar', tab: RIWAYAT, row, column: 'Aksi' });
      break;
    }
  }
  return { problems, jangkar: read, lama };
}
