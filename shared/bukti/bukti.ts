// Evidence files (issue 11 item 6): where an uploaded file goes and which cell gets its link. One folder
// per year, person and quarter (`2026/199001012015031001-eko-prasetyo/TW1`), in the office's evidence
// folder: on Drive for the add-on, `<workbook>-bukti/` next to the .xlsx locally. Only the employee files
// their own evidence, for a quarter of the cycle the indicator is measured in, and before the quarter is
// reported (a reported quarter is sealed: its evidence would change what the superior evaluated).
import { polaOf } from '../capaian/pola';
import { fail, ok, type Result } from '../problems';
import { pengukuranTab } from '../tabs/declarations';
import type { Triwulan } from '../tabs/status';
import { lookup } from '../workbook/lookup';
import type { Kantor } from '../workbook/parse';
import type { CellOut, RangeWrite } from '../workbook/port';
import { alurOf, berkasOf, ikiOf } from '../workflow/content';
import { identify } from '../workflow/machine';
import { dalamSiklus } from '../workflow/periode-pengukuran';
import { TRIWULAN } from '../workflow/states';
import { appendRow, cellWrites } from '../workflow/writes';

export interface PermintaanBukti {
  readonly kode: string;
  readonly triwulan: Triwulan;
  /** Whose indicator; the actor's own when absent. */
  readonly nip?: string | null;
}

export interface TujuanBukti {
  readonly nip: string;
  readonly kode: string;
  readonly triwulan: Triwulan;
  /** Folder names under the office's evidence folder: year, person, quarter. */
  readonly folder: readonly [string, string, string];
  /** The Pengukuran row of the indicator and quarter, when there is one. */
  readonly baris: number | null;
}

/** The largest evidence file the sidebar uploads (the file travels base64-encoded in one server call). */
export const BATAS_BUKTI_MB = 10;

/** An upload from the sidebar: the indicator and quarter, and the file (base64, as a browser reads it). */
export interface UnggahBukti {
  readonly kode: string;
  readonly triwulan: Triwulan;
  readonly nama: string;
  readonly mimeType: string;
  readonly isi: string;
}

/** An upload request as it arrives from a browser: checked field by field, the size against the limit. */
export function bacaUnggah(raw: unknown): Result<UnggahBukti> {
  const r = (raw ?? {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  const triwulan = TRIWULAN.find((q) => q === r.triwulan);
  const isi = text(r.isi);
  if (!text(r.kode) || !triwulan || !text(r.nama) || !/^[A-Za-z0-9+/]*={0,2}$/.test(isi) || isi === '')
    return fail({ key: 'bukti.permintaan' });
  if ((isi.length * 3) / 4 > BATAS_BUKTI_MB * 1024 * 1024)
    return fail({ key: 'bukti.terlaluBesar', params: { batas: BATAS_BUKTI_MB } });
  return ok({
    kode: text(r.kode),
    triwulan,
    nama: text(r.nama),
    mimeType: text(r.mimeType) || 'application/octet-stream',
    isi,
  });
}

/** A name safe as a file or folder name anywhere (Drive, Windows, a link): letters, digits, `.`, `_`, `-`. */
export function namaAman(text: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return s.slice(0, 120) || 'bukti';
}

/** The evidence file's name: the indicator's code, then the uploaded file's own name. */
export function namaBerkasBukti(kode: string, asli: string): string {
  return `${namaAman(kode)}_${namaAman(asli.split(/[\\/]/).pop() ?? asli)}`;
}

/** Where `email` may file evidence for this indicator and quarter, or why not (naming what to do). */
export function tujuanBukti(
  k: Kantor,
  email: string | null | undefined,
  p: PermintaanBukti,
): Result<TujuanBukti> {
  const who = identify(k.org, email);
  if (!who.ok) return who;
  const nip = p.nip ?? who.value.nip;
  const owner = k.org.byNip.get(nip);
  if (!owner || owner.nip !== who.value.nip)
    return fail({ key: 'bukti.bukanPemilik', params: { nama: owner?.nama ?? nip } });
  const iki = ikiOf(k, nip).find((r) => r.value.kode === p.kode)?.value;
  if (!iki)
    return fail({
      key: 'bukti.indikatorTidakDikenal',
      params: {
        kode: p.kode,
        daftar:
          ikiOf(k, nip)
            .map((r) => r.value.kode)
            .join(', ') || '-',
      },
    });
  const dokumen = `TW${TRIWULAN.indexOf(p.triwulan) + 1}` as 'TW1';
  const q = (TRIWULAN.indexOf(p.triwulan) + 1) as 1 | 2 | 3 | 4;
  // a quarter outside the indicator's period (or the office's cycle) takes no evidence; a release awaited
  // next year does, once published
  const mode = k.settings.periodePengukuran;
  if (!dalamSiklus(dokumen, mode) || !polaOf(iki, mode).periode.triwulan.includes(q))
    return fail({ key: 'bukti.tidakDiukur', params: { kode: p.kode, tw: p.triwulan } });
  if (berkasOf(k, nip).RA !== 'Diarsipkan') return fail({ key: 'bukti.raBelumDiarsipkan' });
  if (alurOf(k, nip).segel[dokumen])
    return fail({
      key: 'bukti.sudahDilaporkan',
      params: { tw: p.triwulan, status: berkasOf(k, nip)[dokumen] },
    });
  const row = lookup(k).pengukuranByKey.get(`${nip}|${p.kode}|${p.triwulan}`);
  return ok({
    nip,
    kode: p.kode,
    triwulan: p.triwulan,
    folder: [String(k.settings.tahun), namaAman(`${nip} ${owner.nama}`), dokumen],
    baris: row?.row ?? null,
  });
}

/** The writes that put the link into the indicator's Pengukuran row (a new row when it has none). */
export function tulisanBukti(
  k: Kantor,
  t: TujuanBukti,
  link: string,
): { readonly writes: readonly RangeWrite[]; readonly append: readonly (readonly CellOut[])[] } {
  const read = k.reads.Pengukuran;
  if (t.baris !== null)
    return { writes: cellWrites(pengukuranTab, read, t.baris, { bukti: link }, k.ctx), append: [] };
  const row = appendRow(
    pengukuranTab,
    read,
    { nip: t.nip, kode: t.kode, triwulan: t.triwulan, bukti: link },
    k.ctx,
  );
  return { writes: [], append: [row] };
}
