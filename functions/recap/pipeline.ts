// Compiling and publishing one office's recap (SOP step 13 or 14): read every tab in one batch, let the
// core authorise and compile, render the DOCX, publish it through a DocumentStore (Drive, or a local
// folder), then write the Rekap rows and the Riwayat entry in one batch. Same path in the cloud and locally.
// A document above Google Docs' size limit is split (a summary plus parts of whole units), each part
// published under its own key; every Rekap row links the part that holds its employee.
import { strFromU8, unzipSync } from 'fflate';
import {
  type Canonical,
  compileRekap,
  contentHash,
  decideRekap,
  emailPengelolaBawaan,
  fail,
  hashRantai,
  type Jangkar,
  jangkarSetelah,
  jumlahUnit,
  kepalaRantai,
  konteksTulisRekap,
  type ModelRekap,
  ok,
  type Periode,
  type Problem,
  parseKantor,
  periksaLog,
  type RekapPegawai,
  type RekapUnit,
  type Result,
  rekapRows,
  ringkasanJson,
  type Sha256,
  TAB_NAMES,
  type Tables,
  t,
  teksSidik,
  tulisanRekap,
  type Workbook,
} from '../../shared';
import { bacaLambang } from '../documents/lambang';
import { charactersWritten, textCharacters } from '../render/characters';

export interface DocumentKey {
  /** The office's identity as the deployment knows it (spreadsheet ID, or the local file name). */
  readonly officeId: string;
  readonly tahun: number;
  /** `TW1`..`TW4`, `TAHUNAN`, or a document kind such as `PK-<nip>`. */
  readonly periode: string;
}

export interface PublishedLinks {
  readonly docUrl: string;
  readonly pdfUrl: string | null;
  /**
   * For a document published with `parts`: the parts the one it replaced recorded (0 for a first
   * publication; null or absent when the store does not know).
   */
  readonly previousParts?: number | null;
}

/** Where documents go: idempotent by key (a rerun updates the same document, never a duplicate). */
export interface DocumentStore {
  publish(doc: {
    readonly key: DocumentKey;
    readonly title: string;
    readonly docx: Buffer;
    /** A split document's first part records how many parts follow it (0: not split). */
    readonly parts?: number;
  }): Promise<PublishedLinks>;
  /** The bytes of an image the office names in Pengaturan (`Lambang`): a Drive file ID, or a local path. */
  readImage?(ref: string): Promise<Uint8Array>;
  /** Remove what was published under `key` (Drive: to the trash); false when there was nothing. */
  withdraw?(key: DocumentKey): Promise<boolean>;
  /** How many parts of a split document may be published at once (absent: one after the other). */
  readonly publishConcurrency?: number;
}

/**
 * `work(0..count-1)`, at most `limit` at a time, in order of start. After a failure no more are started;
 * the ones under way are awaited (none is left running once this settles) and the first failure is thrown.
 */
export async function eachAtMost(
  count: number,
  limit: number,
  work: (i: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failed: { error: unknown } | null = null;
  const worker = async (): Promise<void> => {
    while (next < count && !failed) {
      const i = next++;
      try {
        await work(i);
      } catch (error) {
        failed ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, count)) }, worker));
  if (failed) throw (failed as { error: unknown }).error;
}

export interface RecapRequest {
  readonly officeId: string;
  readonly periode: Periode;
  readonly email: string | null;
  /** Called by the service itself (Cloud Tasks): act as the office's own Pengelola Kinerja. */
  readonly atasNamaPengelola?: boolean;
  /** The year the caller expects; a sheet for another year is refused. */
  readonly tahun?: number;
  readonly now: number;
  readonly strict?: boolean;
  /** Recorded in Riwayat (e.g. that Cloud Tasks compiled it on schedule). */
  readonly catatan?: string;
  /** The log's anchor as the add-on keeps it (the caller sends it; absent for scheduled recaps). */
  readonly jangkar?: Jangkar | null;
  /**
   * The caller needs the links, not the model: each unit's employees are let go once their part is rendered
   * (`renderParts` with `lepas`), and the outcome's model lists the units without their employees.
   */
  readonly lepasRincian?: boolean;
}

export interface RecapOutcome {
  /** The compiled model (its units without employees when the request set `lepasRincian`). */
  readonly model: ModelRekap;
  /** The document (or, when split, the summary part). */
  readonly links: PublishedLinks;
  /** Every published part, the summary first (one element when not split). */
  readonly parts: readonly PublishedPart[];
  readonly summary: ReturnType<typeof ringkasanJson>;
  /** The log's chain after the recap's entry, for the caller to anchor (null: the log did not verify). */
  readonly jangkar: Jangkar | null;
}

export interface PublishedPart extends PublishedLinks {
  readonly title: string;
  readonly periode: string;
  /** Text characters of the part (what Google Docs counts against its limit). */
  readonly characters: number;
}

/**
 * Google Docs holds up to 1.02 million characters; a converted DOCX above it fails
 * (https://support.google.com/drive/answer/37603). Parts are cut below it with a margin.
 */
export const DOCS_CHARACTER_LIMIT = 1_020_000;
export const PART_CHARACTER_BUDGET = 1_000_000;

/**
 * The text characters of a DOCX (the runs of word/document.xml), as Docs counts them: as counted when this
 * process rendered it, or read from the file.
 */
export function docxCharacters(docx: Buffer): number {
  const written = charactersWritten.get(docx);
  if (written !== undefined) return written;
  const files = unzipSync(new Uint8Array(docx), { filter: (f) => f.name === 'word/document.xml' });
  return textCharacters(strFromU8(files['word/document.xml'] ?? new Uint8Array()));
}

interface Part {
  readonly periode: string;
  readonly title: string;
  readonly docx: Buffer;
  readonly characters: number;
  /** Employees whose details the part holds (none for the summary). */
  readonly nips: readonly string[];
}

type Render = (m: ModelRekap) => Promise<Buffer>;

/**
 * A rough size of what an employee's rows print: every string of their model and a few digits per number.
 * The annual document prints about two thirds of it (0.67 for the synthetic offices); a document whose model
 * holds more than three budgets of it is certain to be split, so it is not rendered whole first.
 */
export function perkiraanTeks(x: unknown): number {
  if (typeof x === 'string') return x.length;
  if (typeof x === 'number') return 4;
  if (x === null || typeof x !== 'object') return 0;
  if ('toFixed' in x) return 6; // a Decimal
  let n = 0;
  for (const v of Array.isArray(x) ? x : Object.values(x)) n += perkiraanTeks(v);
  return n;
}

/**
 * The document, or when it is above the budget: a summary (figures, each unit's mean, who has not
 * reported, late steps, shortcomings, signatures) and parts of consecutive whole units packed up to the budget; a unit too large
 * for one part is cut by employees. Each part is a ModelRekap rendered by the same renderer.
 * A document certain to be above the budget (perkiraanTeks) is not rendered whole: its parts are packed by
 * the estimate, calibrated on each part rendered.
 * With `lepas`, each unit's employees are let go from the model once their part is rendered (the model is
 * then left with units without employees): a caller that needs only the parts keeps the largest office's
 * details in memory no longer than it renders them.
 */
export async function renderParts(
  model: ModelRekap,
  render: Render,
  opts: { readonly lepas?: boolean } = {},
): Promise<Part[]> {
  const all = model.units.flatMap((u) => u.pegawai.map((p) => p.nip));
  // units are packed by their share of the indicators
  const size = (u: RekapUnit) => u.pegawai.reduce((n, p) => n + Math.max(1, p.indikator.length), 0);
  const total = model.units.reduce((n, u) => n + size(u), 0) || 1;
  const estimate = model.units.reduce((n, u) => n + u.pegawai.reduce((m, p) => m + perkiraanTeks(p), 0), 0);
  let perIndicator: number;
  let calibrate: boolean;
  if (estimate > 3 * PART_CHARACTER_BUDGET) {
    perIndicator = estimate / total; // more than the document prints: the first parts come out small
    calibrate = true;
  } else {
    const whole = await render(model);
    const characters = docxCharacters(whole);
    if (characters <= PART_CHARACTER_BUDGET)
      return [{ periode: model.periode, title: model.judul, docx: whole, characters, nips: all }];
    perIndicator = characters / total;
    calibrate = false;
  }
  // the summary keeps each unit's heading and mean (its employees are in the parts)
  const summaryModel: ModelRekap = {
    ...model,
    judul: t('doc.bagian.judulRingkasan', { judul: model.judul }, model.bahasa),
    units: model.units.map((u) => ({ ...u, pegawai: [] })),
  };
  const target = PART_CHARACTER_BUDGET * 0.8;
  const pieces: { first: string; last: string; nips: string[]; docx: Buffer; characters: number }[] = [];
  const place = async (units: RekapUnit[]): Promise<void> => {
    const first = units[0]?.unitKerja ?? '';
    const last = units.at(-1)?.unitKerja ?? '';
    const docx = await render(partModel(model, units, rentangUnit(model, first, last)));
    const n = docxCharacters(docx);
    if (calibrate && n <= PART_CHARACTER_BUDGET) {
      // what this part printed per indicator (its fixed pages included: an estimate on the safe side)
      perIndicator = n / (units.reduce((m, u) => m + size(u), 0) || 1);
      calibrate = false;
    }
    if (n <= PART_CHARACTER_BUDGET) {
      const nips = units.flatMap((u) => u.pegawai.map((p) => p.nip));
      pieces.push({ first, last, nips, docx, characters: n });
      return;
    }
    const halves = halve(units);
    if (!halves) throw new Error(`A single employee's recap exceeds ${PART_CHARACTER_BUDGET} characters`);
    await place(halves[0]);
    await place(halves[1]);
  };
  // consecutive units up to the target, each group rendered before the next is formed
  let group: RekapUnit[] = [];
  let used = 0;
  for (const u of model.units) {
    const est = size(u) * perIndicator;
    if (group.length > 0 && used + est > target) {
      await place(group);
      if (opts.lepas) lepaskan(group);
      group = [];
      used = 0;
    }
    group.push(u);
    used += size(u) * perIndicator;
  }
  if (group.length > 0) await place(group);
  if (opts.lepas) lepaskan(group);
  // the summary is rendered last: with `lepas`, the employees' details are gone by then
  const summaryDocx = await render(summaryModel);
  const parts: Part[] = [
    {
      periode: model.periode,
      title: summaryModel.judul,
      docx: summaryDocx,
      characters: docxCharacters(summaryDocx),
      nips: [],
    },
  ];
  pieces.forEach((piece, i) => {
    const unit = rentangUnit(model, piece.first, piece.last);
    const title = t(
      'doc.bagian.judulBagian',
      { judul: model.judul, ke: i + 1, dari: pieces.length, unit },
      model.bahasa,
    );
    parts.push({
      periode: `${model.periode}-BAGIAN-${i + 1}`,
      title,
      docx: piece.docx,
      characters: piece.characters,
      nips: piece.nips,
    });
  });
  return parts;
}

/** The units of a part: one, or the first and the last. */
function rentangUnit(model: ModelRekap, first: string, last: string): string {
  return first === last ? first : t('doc.bagian.rentangUnit', { awal: first, akhir: last }, model.bahasa);
}

/** Rendered units' employees let go (`renderParts` with `lepas`): the one place a compiled model changes. */
function lepaskan(units: readonly RekapUnit[]): void {
  for (const u of units) (u as { pegawai: RekapUnit['pegawai'] }).pegawai = [];
}

/** Units, or one unit's employees, in two halves (null: a single employee). */
function halve(units: RekapUnit[]): [RekapUnit[], RekapUnit[]] | null {
  if (units.length > 1) {
    const mid = Math.ceil(units.length / 2);
    return [units.slice(0, mid), units.slice(mid)];
  }
  const u = units[0];
  if (!u || u.pegawai.length < 2) return null;
  const mid = Math.ceil(u.pegawai.length / 2);
  const half = (pegawai: readonly RekapPegawai[]): RekapUnit => ({
    ...u,
    pegawai,
    jumlah: jumlahUnit(pegawai),
  });
  return [[half(u.pegawai.slice(0, mid))], [half(u.pegawai.slice(mid))]];
}

/** The model of a part: its units, with the lists of the summary narrowed to their employees. */
function partModel(model: ModelRekap, units: readonly RekapUnit[], suffix: string): ModelRekap {
  const nips = new Set(units.flatMap((u) => u.pegawai.map((p) => p.nip)));
  return {
    ...model,
    judul: `${model.judul} - ${suffix}`,
    units,
    ringkasan: {
      ...model.ringkasan,
      belumMelapor: model.ringkasan.belumMelapor.filter((o) => nips.has(o.nip)),
      langkahTerlambat: model.ringkasan.langkahTerlambat.filter((l) => nips.has(l.nip)),
    },
    kekurangan: [],
  };
}

function prepare(tables: Tables, req: RecapRequest, sha256: Sha256) {
  const k = parseKantor(tables);
  const missingTabs: Problem[] = k.problems.filter(
    (p) => p.key === 'tab.tidakAda' && p.tab !== 'Rekap' && p.tab !== 'Riwayat',
  );
  if (missingTabs.length) return fail(...missingTabs);
  if (req.tahun !== undefined && req.tahun !== k.settings.tahun) {
    return fail({ key: 'http.tahunBeda', params: { tahun: req.tahun, tahunSheet: k.settings.tahun } });
  }
  const email = req.atasNamaPengelola ? emailPengelolaBawaan(k) : req.email;
  const auth = decideRekap(k, email, req.periode, req.now, '');
  if (!auth.ok) return auth;
  const compiled = compileRekap(k, req.periode, req.now, sha256, {
    strict: req.strict ?? false,
    jangkar: req.jangkar ?? null,
  });
  if (!compiled.ok) return compiled;
  const model = compiled.value;
  const summary = ringkasanJson(model, k.settings.offsetMenit);
  // Riwayat keeps the hash of the figures the recap writes to Rekap (per employee and period)
  const figures = rekapRows(model, { dokumen: null, pdf: null }).map((r) => ({ ...r, dikompilasi: null }));
  const unchained = {
    ...auth.value,
    hash: contentHash(sha256, figures as unknown as Canonical),
    catatan: req.catatan ?? null,
  };
  // the recap's entry joins the log's chain (it changes no document's state, so it may stand after the
  // anchor until the add-on anchors the new head it receives in the response); it is chained in runRecap,
  // once the links of a split document's parts (named in its note) are known. A new anchor only for a log
  // that verified: a recap never blesses a log edited outside the workflow
  const intact = periksaLog(k, req.jangkar ?? null, sha256).blokirSemua.length === 0;
  // what runRecap keeps until it writes back: the model, the log's digest text (not its entries) and the
  // layout of Rekap and Riwayat (not their rows): the parsed workbook is released before rendering
  const kepala = kepalaRantai(k);
  return ok({
    model,
    summary,
    unchained,
    kepala,
    log: intact
      ? { panjang: k.riwayat.length, kepala, teks: teksSidik(k.riwayat.map((r) => r.value)) }
      : null,
    konteks: konteksTulisRekap(k),
    lambangRef: k.settings.lambang,
  });
}

export async function runRecap(
  wb: Workbook,
  store: DocumentStore,
  req: RecapRequest,
  sha256: Sha256,
): Promise<Result<RecapOutcome>> {
  // the whole workbook is needed only to compile: it is released before rendering (a large office's
  // tables and parsed rows would otherwise stay in memory next to the document being written)
  // the renderer (the chart's canvas and font) loads on first use, not at cold start: while the read waits
  // on the network
  const renderer = import('../render/recap-docx');
  renderer.catch(() => {});
  const prepared = prepare(await wb.readTables(TAB_NAMES), req, sha256);
  if (!prepared.ok) return prepared;
  const { model, summary, unchained, kepala, log, konteks, lambangRef } = prepared.value;
  const lambang = await bacaLambang(store, lambangRef);
  if (!lambang.ok) return lambang;
  const { renderRekapDocx } = await renderer;
  // a chart the whole document and one of its parts both hold is drawn once
  const grafik = new Map<string, Buffer>();
  // the Rekap rows before rendering (their links come after publishing): the model's details may be let go
  const baris = rekapRows(model, { dokumen: null, pdf: null });
  const rendered = await renderParts(model, (m) => renderRekapDocx(m, { lambang: lambang.value, grafik }), {
    lepas: req.lepasRincian === true,
  });
  grafik.clear();
  const parts: PublishedPart[] = [];
  let previousParts: number | null = null;
  // each part's bytes are let go once published (only its employees are needed after)
  const docxs: (Buffer | null)[] = rendered.map((p) => p.docx);
  const held = rendered.map(({ docx: _bytes, ...rest }) => rest);
  rendered.length = 0;
  await eachAtMost(held.length, store.publishConcurrency ?? 1, async (i) => {
    const part = held[i] as (typeof held)[number];
    const { previousParts: before, ...links } = await store.publish({
      key: { officeId: req.officeId, tahun: model.kantor.tahun, periode: part.periode },
      title: part.title,
      docx: docxs[i] as Buffer,
      ...(i === 0 ? { parts: held.length - 1 } : {}),
    });
    docxs[i] = null;
    if (i === 0) previousParts = before ?? null;
    parts[i] = { ...links, title: part.title, periode: part.periode, characters: part.characters };
  });
  // parts of an earlier run beyond this one's (the office shrank, or is no longer split) are withdrawn by
  // key: those the replaced first part recorded, or when it recorded none, from the first part this run
  // did not publish on until one is not found (a rerun withdraws nothing)
  const bagian = (n: number) => ({
    officeId: req.officeId,
    tahun: model.kantor.tahun,
    periode: `${model.periode}-BAGIAN-${n}`,
  });
  if (store.withdraw) {
    const own = held.length - 1;
    if (previousParts === null) for (let n = own + 1; await store.withdraw(bagian(n)); n++);
    else for (let n = own + 1; n <= previousParts; n++) await store.withdraw(bagian(n));
  }
  const links = parts[0] as PublishedPart;
  // each employee's Rekap row links the part that holds their details
  const byNip = new Map<string, PublishedLinks>();
  held.forEach((part, i) => {
    for (const nip of part.nips) byNip.set(nip, parts[i] as PublishedLinks);
  });
  const rows = baris.map((r) => {
    const own = byNip.get(r.nip) ?? links;
    return { ...r, dokumen: own.docUrl, pdf: own.pdfUrl };
  });
  const logged =
    parts.length > 1
      ? {
          ...unchained,
          catatan: [unchained.catatan, `${parts.length} bagian: ${parts.map((p) => p.docUrl).join(' ')}`]
            .filter(Boolean)
            .join('. '),
        }
      : unchained;
  const entri = { ...logged, hashRantai: hashRantai(sha256, kepala, logged) };
  const jangkar = log ? jangkarSetelah(sha256, log, [entri]) : null;
  const writes = tulisanRekap(konteks, rows, entri);
  await wb.writeRanges(writes.ranges);
  for (const a of writes.appends) await wb.appendRows(a.tab, a.rows);
  await wb.flush?.();
  return { ok: true, value: { model, links, parts, summary, jangkar } };
}
