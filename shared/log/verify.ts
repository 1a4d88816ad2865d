// One verification of the log for every reader (the sidebar, validate, the recap, the signed documents):
// the chain against its anchor, the mirror against the replay (found while parsing), and the sealed
// measurements against their seals. What blocks, what only marks, and what is only recorded.
import type { Sha256 } from '../hash/digest';
import type { Problem } from '../problems';
import type { Kantor } from '../workbook/parse';
import { hashDokumen, hashTtdOf, masalahIntegritas, masalahSegel } from '../workflow/content';
import { type Jangkar, periksaRantai } from './chain';

export interface Integritas {
  /** A broken, shortened or unanchored log: every action and every signed document is blocked. */
  readonly blokirSemua: readonly Problem[];
  /** Concerns everyone but blocks nothing (a chained log whose anchor is missing). */
  readonly peringatan: readonly Problem[];
  /** The chain as read, for the shell to anchor once it has appended. */
  readonly jangkar: Jangkar;
}

const NOT_BLOCKING = new Set(['integritas.tanpaJangkar']);

export function periksaLog(k: Kantor, jangkar: Jangkar | null, sha256: Sha256): Integritas {
  const chain = periksaRantai(k.riwayat, jangkar, sha256, k.riwayatTakTerbaca);
  return {
    blokirSemua: chain.problems.filter((p) => !NOT_BLOCKING.has(p.key)),
    peringatan: chain.problems.filter((p) => NOT_BLOCKING.has(p.key)),
    jangkar: chain.jangkar,
  };
}

/** What blocks one person's documents: the whole log's problems, then edits of their own workflow cells. */
export function blokirPemilik(k: Kantor, integ: Integritas, nip: string): Problem[] {
  return [...integ.blokirSemua, ...masalahIntegritas(k, nip)];
}

/** Signed PK or RA whose content no longer matches the hash the log recorded at signing. */
export function masalahTtd(k: Kantor, sha256: Sha256, nip: string): Problem[] {
  return (['PK', 'RA'] as const).flatMap((d) => {
    const signed = hashTtdOf(k, nip, d);
    if (signed === null || signed === hashDokumen(k, sha256, nip, d)) return [];
    return [
      {
        key: 'integritas.berubahSetelahTtd',
        tab: d === 'PK' ? 'IKI' : 'Rencana Aksi',
        owner: nip,
        params: { dokumen: `${d} ${k.settings.tahun}`, nama: k.org.byNip.get(nip)?.nama ?? nip },
      } satisfies Problem,
    ];
  });
}

/** Everything validate reports about integrity: the log, every changed signature, every broken seal. */
export function semuaMasalahIntegritas(k: Kantor, integ: Integritas, sha256: Sha256): Problem[] {
  return [
    ...integ.blokirSemua,
    ...integ.peringatan,
    ...[...k.alur.keys()].flatMap((nip) => [...masalahTtd(k, sha256, nip), ...masalahSegel(k, sha256, nip)]),
  ];
}

/** What validate reports: every problem of the tabs, then everything about the log's integrity. */
export function masalahValidasi(k: Kantor, jangkar: Jangkar | null, sha256: Sha256): Problem[] {
  return [...k.problems, ...semuaMasalahIntegritas(k, periksaLog(k, jangkar, sha256), sha256)];
}
