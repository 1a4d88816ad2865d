// What each document of an employee's year contains (what a signature covers and what is hashed),
// what blocks it (problems in the owner's rows, missing rows, Rencana Aksi actions), and its state.
import { polaOf, realisasiDiharapkan } from '../capaian/pola';
import type { Canonical } from '../hash/canonical';
import { contentHash, type Sha256 } from '../hash/digest';
import { ALUR_BARU, type AlurPemilik, type DokumenTw } from '../log/replay';
import type { Problem } from '../problems';
import { cellText } from '../tabs/column';
import type { Row } from '../tabs/tab';
import { lookup } from '../workbook/lookup';
import { type BarisPk, type Iki, type Kantor, type Pengukuran, TAB_NAMES } from '../workbook/parse';
import { masalahTerukur } from './perubahan';
import { masalahRa } from './rencana-aksi';
import { type Berkas, type Dokumen, TRIWULAN, type Triwulan, triwulanOf } from './states';

export function ikiOf(k: Kantor, nip: string): readonly Row<Iki>[] {
  return lookup(k).iki.get(nip) ?? [];
}

export function pkRowOf(k: Kantor, nip: string): Row<BarisPk> | null {
  return lookup(k).pk.get(nip) ?? null;
}

/** The owner's year as the log replays it (the PK tab's status columns only mirror it). */
export function alurOf(k: Kantor, nip: string): AlurPemilik {
  return k.alur.get(nip) ?? ALUR_BARU;
}

export function berkasOf(k: Kantor, nip: string): Berkas {
  return alurOf(k, nip).berkas;
}

/** IKI rows of the owner that the reader could not parse: still part of what a signature covers. */
function ikiTakTerbaca(k: Kantor, nip: string): Canonical[] {
  const own = lookup(k).masalah.get(nip);
  if (!own?.some((p) => p.tab === 'IKI')) return [];
  const parsed = new Set(ikiOf(k, nip).map((r) => r.row));
  const rows = new Set(
    own.flatMap((p) => (p.tab === 'IKI' && p.row !== undefined && !parsed.has(p.row) ? [p.row] : [])),
  );
  return [...rows].sort((a, b) => a - b).map((r) => (k.reads.IKI.raw[r - 1] ?? []).map((c) => cellText(c)));
}

function anggaranOf(k: Kantor, nip: string): { anggaran?: Canonical } {
  const rows = k.anggaranPk.filter((r) => r.value.nip === nip);
  if (rows.length === 0) return {};
  return {
    anggaran: rows
      .map(({ value: v }) => ({ program: v.program, anggaran: v.anggaran, keterangan: v.keterangan }))
      .sort((a, b) => a.program.localeCompare(b.program)),
  };
}

/** Pengukuran cells an action is about to write, by sheet row (a seal covers the sheet as it will be). */
export type UbahPengukuran = ReadonlyMap<number, Partial<Pengukuran>>;

/** The canonical content of a document: parsed values only, so formatting and column order never matter. */
function kontenDokumen(k: Kantor, nip: string, dokumen: Dokumen, ubah?: UbahPengukuran): Canonical {
  const base = { nip, tahun: k.settings.tahun, dokumen };
  if (dokumen === 'PK') {
    const unread = ikiTakTerbaca(k, nip);
    return {
      ...base,
      // an IKI row added after signing changes the PK even while one of its cells cannot be read
      ...(unread.length ? { takTerbaca: unread } : {}),
      iki: ikiOf(k, nip).map(({ value: v }) => ({
        kode: v.kode,
        sasaran: v.sasaran,
        indikator: v.indikator,
        satuan: v.satuan,
        polaritas: v.polaritas,
        target: v.target,
        targetAtas: v.targetAtas,
        agregasi: v.agregasi,
        definisi: v.definisi,
        sumberData: v.sumberData,
        kodeAtasan: v.kodeAtasan,
        // the measurement pattern is signed content; absent when blank, so earlier signatures stay valid
        ...(v.polaUkur ? { polaUkur: v.polaUkur } : {}),
        ...(v.periodeUkur ? { periodeUkur: v.periodeUkur } : {}),
        ...(v.penerbit ? { penerbit: v.penerbit } : {}),
      })),
      // the optional budget table is signed with the PK; absent, the content (and its hash) is as before
      ...anggaranOf(k, nip),
    };
  }
  if (dokumen === 'RA') {
    return {
      ...base,
      rencanaAksi: (lookup(k).ra.get(nip) ?? [])
        .map(({ value: v }) => ({
          kode: v.kode,
          rencanaAksi: v.rencanaAksi,
          target: [v.targetTw1, v.targetTw2, v.targetTw3, v.targetTw4],
          alasan: v.alasan,
        }))
        .sort((a, b) => a.kode.localeCompare(b.kode)),
    };
  }
  const tw = triwulanOf(dokumen) as Triwulan;
  return {
    ...base,
    pengukuran: (lookup(k).pengukuran.get(nip) ?? [])
      .filter((r) => r.value.triwulan === tw)
      .map((r) => {
        const diubah = ubah?.get(r.row);
        return diubah ? { ...r.value, ...diubah } : r.value;
      })
      .map((v) => ({
        kode: v.kode,
        realisasi: v.realisasi,
        bukti: v.bukti,
        kendala: v.kendala,
        arahan: v.arahan,
        tindakLanjut: v.tindakLanjut,
      }))
      .sort((a, b) => a.kode.localeCompare(b.kode)),
  };
}

export function hashDokumen(
  k: Kantor,
  sha256: Sha256,
  nip: string,
  dokumen: Dokumen,
  ubah?: UbahPengukuran,
): string {
  return contentHash(sha256, kontenDokumen(k, nip, dokumen, ubah));
}

/** The signed hash of PK and RA as the log records it (null when not signed). */
export function hashTtdOf(k: Kantor, nip: string, dokumen: Dokumen): string | null {
  if (dokumen !== 'PK' && dokumen !== 'RA') return null;
  return alurOf(k, nip).ttd[dokumen]?.hash ?? null;
}

/** Problems that block every action on the owner's documents: edits outside the workflow, found in the tabs. */
export function masalahIntegritas(k: Kantor, nip: string): Problem[] {
  return (lookup(k).masalah.get(nip) ?? []).filter((p) => p.key.startsWith('integritas.'));
}

const TAHAP_SEGEL = {
  Dilaporkan: 'dilaporkan',
  Dievaluasi: 'dievaluasi',
  Ditindaklanjuti: 'ditindaklanjuti',
};

/**
 * Measurements changed after they were reported, evaluated or followed up: the quarter's content no longer
 * matches the hash sealed into the log. Each is shown wherever the figure is (sidebar, validate, recap).
 */
export function masalahSegel(k: Kantor, sha256: Sha256, nip: string): Problem[] {
  const found: Problem[] = [];
  const { segel } = alurOf(k, nip);
  for (const dokumen of ['TW1', 'TW2', 'TW3', 'TW4'] as const satisfies readonly DokumenTw[]) {
    const seal = segel[dokumen];
    if (!seal?.hash || seal.hash === hashDokumen(k, sha256, nip, dokumen)) continue;
    const tw = triwulanOf(dokumen) as Triwulan;
    const first = (lookup(k).pengukuran.get(nip) ?? []).find((r) => r.value.triwulan === tw);
    found.push({
      key: 'integritas.ukurBerubah',
      tab: 'Pengukuran',
      ...(first ? { row: first.row } : {}),
      owner: nip,
      params: { tw, tahap: `@status.${TAHAP_SEGEL[seal.status as keyof typeof TAHAP_SEGEL]}` },
    });
  }
  return found;
}

/** The tabs a document's content covers (its blocking problems are in the owner's rows of these). */
const TABS_OF: Record<'PK' | 'RA' | 'TW', readonly string[]> = {
  PK: ['Pegawai', 'IKI'],
  RA: ['Rencana Aksi'],
  TW: ['Pengukuran'],
};

/** Rows every action reads: settings, the org, the indicators, the PK mirror, the log, the signed budget. */
const TABS_SETIAP_AKSI = ['Pengaturan', 'Pegawai', 'IKI', 'PK', 'Riwayat', 'Anggaran PK'];

/**
 * The tabs an action on a document needs only the header of (a shell may skip their rows): every tab but the
 * ones each action reads and the ones the document covers. Opening a revision of a PK reopens the Rencana
 * Aksi too and records the measured quarters' targets: it reads every row but Rekap's.
 */
export function tabTanpaBaris(dokumen: Dokumen, aksi?: string): readonly string[] {
  const jenis = dokumen === 'PK' || dokumen === 'RA' ? dokumen : 'TW';
  const perlu = new Set([
    ...TABS_SETIAP_AKSI,
    ...TABS_OF[jenis],
    ...(jenis === 'PK' && aksi === 'perubahan' ? ['Rencana Aksi', 'Pengukuran'] : []),
  ]);
  return TAB_NAMES.filter((t) => !perlu.has(t));
}

/**
 * The tabs producing signed documents needs only the header of: the rows a document's model is made of are
 * the rows of the action that signs it (its content, the org, the log, the PK mirror, the budget), so a batch
 * of PK and RA documents skips every tab none of them covers (a PK or an RA never reads Pengukuran).
 */
export function tabTanpaBarisDokumen(jenis: readonly ('PK' | 'RA')[]): readonly string[] {
  return TAB_NAMES.filter((t) => jenis.every((d) => tabTanpaBaris(d).includes(t)));
}

/**
 * What stops the owner's document from going forward: problems in their rows of the tabs it covers,
 * missing rows, and (Rencana Aksi) quarters without a target or targets on two rows where one must carry them.
 * For a measurement, `sampaiBukti` also requires evidence (SOP step 10).
 */
export function masalahDokumen(k: Kantor, nip: string, dokumen: Dokumen, sampaiBukti: boolean): Problem[] {
  const jenis = dokumen === 'PK' || dokumen === 'RA' ? dokumen : 'TW';
  const tw = triwulanOf(dokumen);
  // a measurement is blocked by its own quarter's rows only (unparsable rows may be any quarter's: they block)
  const otherQuarter = new Set(
    (lookup(k).pengukuran.get(nip) ?? []).filter((r) => r.value.triwulan !== tw).map((r) => r.row),
  );
  const own = (lookup(k).masalah.get(nip) ?? []).filter(
    (p) =>
      p.tab !== undefined &&
      TABS_OF[jenis].includes(p.tab) &&
      !(p.tab === 'Pengukuran' && p.row !== undefined && otherQuarter.has(p.row)),
  );
  const iki = ikiOf(k, nip);
  if (iki.length === 0) return [...own, { key: 'iki.kosong', tab: 'IKI', params: { nip }, owner: nip }];
  const found: Problem[] = [...own];
  // a revision keeps what is already measured: its indicators and those quarters' targets
  if (jenis !== 'TW') found.push(...masalahTerukur(k, nip, jenis));
  if (jenis === 'RA') {
    // several action rows per indicator; target consistency only warns (peringatanRa), never blocks
    for (const { value: ind } of iki) found.push(...masalahRa(k, nip, ind));
  }
  if (tw) {
    for (const { value: ind } of iki) {
      const row = lookup(k).pengukuranByKey.get(`${nip}|${ind.kode}|${tw}`);
      const place = { tab: 'Pengukuran', owner: nip, ...(row ? { row: row.row } : {}) };
      // a quarter outside the Periode Ukur, or a release awaited next year, asks for nothing
      const q = (TRIWULAN.indexOf(tw) + 1) as 1 | 2 | 3 | 4;
      if (row?.value.realisasi == null && !realisasiDiharapkan(polaOf(ind, k.settings.periodePengukuran), q))
        continue;
      if (row?.value.realisasi == null) {
        found.push({
          ...place,
          key: 'ukur.realisasiKosong',
          column: 'Realisasi',
          params: { tw, kode: ind.kode },
        });
      }
      if (sampaiBukti && !row?.value.bukti) {
        found.push({
          ...place,
          key: 'ukur.buktiKosong',
          column: 'Bukti Pendukung',
          params: { tw, kode: ind.kode },
        });
      }
    }
  }
  return found;
}
