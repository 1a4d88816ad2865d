// PK Perubahan and the quarters already measured. The workbook holds one version of the IKI and Rencana
// Aksi rows (edited in place); each signed version is in the log as a hash. So that every quarter's
// capaian stays the one of the version in force when it was measured, a revision may change what is not
// measured yet, never what is: opening a revision writes into its log entry (chained, so it cannot be
// rewritten) the indicator targets of every quarter already reported, and the revised IKI and Rencana Aksi
// cannot be submitted while one of those targets differs or one of those indicators is gone.

import { ALUR_BARU } from '../log/replay';
import type { Problem } from '../problems';
import { lookup } from '../workbook/lookup';
import type { EntriRiwayat, Kantor } from '../workbook/parse';
import { aksiOf, targetTwIndikator } from './rencana-aksi';
import { TRIWULAN, type Triwulan } from './states';
import { findTransisi, jenisOf, SIGNED } from './transitions';

/** Whether a log entry opens a revision of `jenis` (the PK's revision takes the RA along: the table's `ikut`). */
export function membukaPerubahan(e: EntriRiwayat, jenis: 'PK' | 'RA'): boolean {
  if (e.aksi !== 'perubahan' || (e.dokumen !== 'PK' && e.dokumen !== 'RA')) return false;
  const tr = findTransisi(jenisOf(e.dokumen), 'perubahan', 'Diarsipkan', null);
  if (!tr) return false;
  const ikut = tr.ikut[jenis];
  return tr.jenis === jenis || (ikut !== undefined && !SIGNED[jenis].includes(ikut));
}

/** Indicator code -> quarter -> its target as text, for the quarters already reported. */
export type TargetTerukur = ReadonlyMap<string, ReadonlyMap<Triwulan, string>>;

const DOKUMEN_TW = ['TW1', 'TW2', 'TW3', 'TW4'] as const;
const TANDA = ' [target terukur: ';

const teks = (v: number | string | null | undefined): string =>
  v === null || v === undefined ? '-' : String(v);

/** The targets of the quarters the owner has already reported (sealed in the log), per indicator. */
export function targetTerukur(k: Kantor, nip: string): TargetTerukur {
  const { segel } = k.alur.get(nip) ?? ALUR_BARU;
  const quarters = DOKUMEN_TW.flatMap((d, i) => (segel[d] ? [TRIWULAN[i] as Triwulan] : []));
  const out = new Map<string, Map<Triwulan, string>>();
  if (quarters.length === 0) return out;
  for (const { value: ind } of lookup(k).iki.get(nip) ?? []) {
    const t = targetTwIndikator(ind.agregasi, aksiOf(k, nip, ind.kode));
    out.set(ind.kode, new Map(quarters.map((q) => [q, teks(t[TRIWULAN.indexOf(q)])])));
  }
  return out;
}

/** The reason with the measured quarters' targets appended, as the revision's log entry keeps them. */
export function catatanPerubahan(alasan: string, target: TargetTerukur): string {
  if (target.size === 0) return alasan;
  const parts = [...target].map(
    ([kode, q]) => `${kode} ${[...q].map(([tw, v]) => `TW ${tw}=${v}`).join(', ')}`,
  );
  return `${alasan}${TANDA}${parts.join('; ')}]`;
}

/** The reason and the measured quarters' targets, read back from a revision's log entry. */
export function bacaCatatanPerubahan(catatan: string | null): { alasan: string; target: TargetTerukur } {
  const text = catatan ?? '';
  const at = text.lastIndexOf(TANDA);
  if (at < 0 || !text.endsWith(']')) return { alasan: text, target: new Map() };
  const target = new Map<string, Map<Triwulan, string>>();
  for (const part of text.slice(at + TANDA.length, -1).split('; ')) {
    const m = /^(\S+) (.*)$/.exec(part);
    if (!m) continue;
    const q = new Map<Triwulan, string>();
    for (const item of (m[2] ?? '').split(', ')) {
      const kv = /^TW (I|II|III|IV)=(.*)$/.exec(item);
      if (kv) q.set(kv[1] as Triwulan, kv[2] ?? '');
    }
    target.set(m[1] ?? '', q);
  }
  return { alasan: text.slice(0, at), target };
}

/**
 * What stops a revised PK or RA from going forward: an indicator measured before the revision was removed
 * (PK), or a measured quarter's target changed (RA). Checked against the last revision of that PK or RA.
 */
export function masalahTerukur(k: Kantor, nip: string, jenis: 'PK' | 'RA'): Problem[] {
  const log = lookup(k).riwayat.get(nip) ?? [];
  const last = [...log].reverse().find((e) => membukaPerubahan(e, jenis));
  if (!last) return [];
  const { target } = bacaCatatanPerubahan(last.catatan);
  const found: Problem[] = [];
  const iki = new Map((lookup(k).iki.get(nip) ?? []).map((r) => [r.value.kode, r.value]));
  for (const [kode, quarters] of target) {
    const ind = iki.get(kode);
    const tws = [...quarters.keys()].map((q) => `TW ${q}`).join(', ');
    if (!ind) {
      if (jenis === 'PK')
        found.push({ key: 'perubahan.indikatorTerukur', tab: 'IKI', owner: nip, params: { kode, tw: tws } });
      continue;
    }
    if (jenis !== 'RA') continue;
    const rows = aksiOf(k, nip, kode);
    const now = targetTwIndikator(ind.agregasi, rows);
    for (const [q, lama] of quarters) {
      const baru = teks(now[TRIWULAN.indexOf(q)]);
      if (baru === lama) continue;
      found.push({
        key: 'perubahan.targetTerukur',
        tab: 'Rencana Aksi',
        ...(rows[0] ? { row: rows[0].row } : {}),
        column: `Target TW ${q}`,
        owner: nip,
        params: { kode, tw: `TW ${q}`, lama, baru },
      });
    }
  }
  return found;
}
