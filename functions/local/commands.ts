// The commands of the `kinerja` CLI. Each returns its exit code (0 ok, 1 data problem, 2 usage) and
// writes only through `io`, so tests run them in-process.
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import {
  AKSI,
  AKSI_ALIAS,
  type Aksi,
  berikutnya,
  berkasOf,
  DOKUMEN,
  type Dokumen,
  demoPengukuran,
  demoScenario,
  demoTables,
  describeProblem,
  dokumenTetap,
  formatPercent,
  type HasilAksi,
  isPeriode,
  jalankanAsync,
  type Kantor,
  kolomTambahan,
  type Lang,
  type MessageKey,
  masalahValidasi,
  normalizeNip,
  type Periode,
  type Problem,
  parseKantor,
  pengukuranTab,
  peringatanKantor,
  rekapJson,
  TAB_NAMES,
  TABS,
  type Tables,
  t,
  tabTanpaBaris,
  tulisanSunting,
  uraiVerifikasi,
  writeTab,
} from '../../shared';
import { nodeSha256 } from '../platform/sha256';
import { bacaJangkar, jangkarLokal, simpanJangkar } from './anchor-file';
import { FolderStore, findLibreOffice } from './folder-store';
import { upgradeWorkbook } from './init-upgrade';
import { LocalError } from './local-error';
import { localPorts } from './local-ports';
import { refuseWithAllowed } from './status-command';
import { withFileLock, withWorkbook } from './workbook-lock';
import { ExcelWorkbook, XlsxWorkbook } from './xlsx-workbook';

// the pipelines render documents (docx, canvas, charts): loaded by the commands that write documents
const recapPipeline = () => import('../recap/pipeline');
const documentPipeline = () => import('../documents/pipeline');

export interface Io {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly lang: Lang;
  readonly now: () => number;
  /** Show progress bars (on a terminal). */
  readonly progress: boolean;
  /** Convert documents to PDF when LibreOffice is installed. */
  readonly pdf: boolean;
  /** Ask the user a yes/no question (only on a terminal: absent otherwise, and nothing is assumed). */
  readonly ask?: (question: string) => Promise<boolean>;
}

const say = (io: Io, key: MessageKey, params: Record<string, string | number> = {}) =>
  io.out(t(key, params, io.lang));

function refuse(io: Io, problems: readonly Problem[]): 1 {
  for (const p of problems) io.err(describeProblem(p, io.lang));
  return 1;
}

/** `• Tab: Kolom, Kolom` for each existing tab init would add columns to (synonyms count as present). */
function kolomYangDitambah(tables: Tables): string[] {
  return TABS.flatMap((spec) => {
    const header = tables[spec.name]?.[0] ?? [];
    if (header.every((h) => String(h ?? '').trim() === '')) return [];
    const extra = kolomTambahan(spec, header);
    return extra.length ? [`• ${spec.name}: ${extra.join(', ')}`] : [];
  });
}

export async function initCommand(io: Io, file: string, opts: { yes?: boolean } = {}): Promise<number> {
  if (!existsSync(file)) {
    const wb = ExcelWorkbook.create();
    await wb.save(file);
    simpanJangkar(file, wb);
    say(io, 'cli.dibuat', { path: file });
    return 0;
  }
  say(io, 'berkas.sudahAda', { path: file });
  // columns are added to the office's existing tabs only after the user agreed to the list (a header
  // under a common synonym counts as present: nothing is duplicated)
  const headers = (await XlsxWorkbook.open(file, { headerOnly: TABS.map((x) => x.name) })).readTables(
    TABS.map((x) => x.name),
  );
  const daftar = kolomYangDitambah(headers);
  if (daftar.length && !opts.yes) {
    io.err(t('cli.init.kolomBaru', { path: file, daftar: daftar.join('\n') }, io.lang));
    if (!io.ask) throw new LocalError('cli.init.perluYes', { path: file }, 2);
    if (!(await io.ask(t('cli.init.tanya', {}, io.lang))))
      throw new LocalError('cli.init.batal', { path: file }, 1);
  }
  // only what the workbook lacks is patched in; every other part stays byte for byte (init-upgrade.ts)
  await withFileLock(file, () => upgradeWorkbook(file));
  say(io, 'cli.dibuat', { path: file });
  return 0;
}

export async function validateCommand(io: Io, file: string): Promise<number> {
  const wb = await XlsxWorkbook.open(file);
  const k = parseKantor(wb.readTables(TAB_NAMES));
  // warnings do not block anyone's action, so they never fail the command
  for (const w of peringatanKantor(k))
    io.err(`${t('cli.peringatan', {}, io.lang)}: ${describeProblem(w, io.lang)}`);
  const problems = masalahValidasi(k, bacaJangkar(file), nodeSha256);
  if (problems.length > 0) {
    refuse(io, problems);
    io.err(t('cli.jumlahMasalah', { jumlah: problems.length }, io.lang));
    return 1;
  }
  say(io, 'cli.valid', { pegawai: k.org.all.length, indikator: k.iki.length });
  return 0;
}

/** `kinerja verify`: what a verification code on a paper copy resolves to in this workbook's log. */
export async function verifyCommand(io: Io, file: string, kode: string): Promise<number> {
  const wb = await XlsxWorkbook.open(file);
  const k = parseKantor(wb.readTables(TAB_NAMES));
  const problems = masalahValidasi(k, bacaJangkar(file), nodeSha256).filter((p) =>
    p.key.startsWith('integritas.'),
  );
  // a code is only as good as the log it is looked up in
  if (problems.some((p) => p.tab === 'Riwayat')) {
    refuse(
      io,
      problems.filter((p) => p.tab === 'Riwayat'),
    );
    return 1;
  }
  const r = uraiVerifikasi(k, kode, io.lang);
  for (const line of r.baris) {
    if (r.ok) io.out(line);
    else io.err(line);
  }
  return r.ok ? 0 : 1;
}

export function parseAksi(raw: string): Aksi {
  const lower = raw.toLowerCase();
  const aksi = (AKSI as readonly string[]).includes(lower) ? (lower as Aksi) : AKSI_ALIAS[lower];
  if (!aksi) throw new LocalError('cli.aksiTidakDikenal', { aksi: raw }, 2);
  return aksi;
}

export function parseDokumen(raw: string | undefined, aksi: Aksi): Dokumen {
  if (raw === undefined) {
    const only = dokumenTetap(aksi);
    if (only) return only;
    throw new LocalError('cli.dokumenWajib', {}, 2);
  }
  const upper = raw.toUpperCase().replace(/\s+/g, '');
  if (!(DOKUMEN as readonly string[]).includes(upper))
    throw new LocalError('cli.dokumenTidakDikenal', { dokumen: raw }, 2);
  return upper as Dokumen;
}

/** One action through the action service; the signed documents it files go into `store`. */
async function actOnce(
  io: Io,
  wb: XlsxWorkbook,
  file: string,
  store: FolderStore,
  a: {
    email: string;
    aksi: Aksi;
    dokumen: Dokumen;
    nip: string | null;
    catatan: string | null;
    tanggalTtd?: string | null;
    tautanTtd?: string | null;
    now: number;
  },
): Promise<{ done: HasilAksi; sebelum: Kantor } | { problems: readonly Problem[]; sebelum: Kantor }> {
  const ports = localPorts(wb, { file, store, email: a.email, now: a.now, lang: io.lang });
  const req = {
    aksi: a.aksi,
    dokumen: a.dokumen,
    nip: a.nip,
    catatan: a.catatan,
    tanggalTtd: a.tanggalTtd ?? null,
    tautanTtd: a.tautanTtd ?? null,
  };
  const run = await jalankanAsync(ports, a.email, [req]);
  const done = run.batch?.done[0];
  // the office as the service read it, before the action: parsed once per command
  if (!done) return { problems: run.batch?.refused ?? [], sebelum: run.sebelum };
  const failed = run.berkas.flatMap((b) => b.problems);
  return failed.length ? { problems: failed, sebelum: run.sebelum } : { done, sebelum: run.sebelum };
}

/** A NIP as typed on the command line (spaces allowed); an invalid one is kept, and refused by the core. */
function nipDiketik(raw: string): string {
  const nip = normalizeNip(raw);
  return nip.ok ? nip.value : raw;
}

export async function actCommand(
  io: Io,
  file: string,
  rawAksi: string,
  opts: { as: string; nip?: string; doc?: string; note?: string; date?: string; scan?: string },
): Promise<number> {
  const aksi = parseAksi(rawAksi);
  const dokumen = parseDokumen(opts.doc, aksi);
  // under the workbook's lock: read (only the tabs this document needs), act, save atomically and anchor
  // the log; success is reported once the file is saved
  const done: string[] = [];
  const code = await withWorkbook(
    file,
    async ({ wb, save }) => {
      // signed documents are filed next to the workbook, at the same steps as the add-on files them
      const store = new FolderStore(
        join(dirname(resolve(file)), `${basename(file, '.xlsx')}-arsip`),
        io.pdf,
        io.progress,
      );
      const result = await actOnce(io, wb, file, store, {
        email: opts.as,
        aksi,
        dokumen,
        nip: opts.nip ?? null,
        catatan: opts.note ?? null,
        tanggalTtd: opts.date ?? null,
        tautanTtd: opts.scan ?? null,
        now: io.now(),
      });
      const before = result.sebelum;
      if ('problems' in result)
        return {
          value: refuseWithAllowed(
            io,
            before,
            (opts.nip ? nipDiketik(opts.nip) : null) ??
              before.org.byEmail.get(opts.as.trim().toLowerCase())?.nip ??
              '',
            result.problems,
          ),
          save: false,
        };
      await store.finish();
      for (const path of new Set(store.written)) io.out(`  ${path}`);
      const { keputusan, perubahan } = result.done;
      const owner = before.org.byNip.get(perubahan.riwayat.nipPemilik ?? '');
      done.push(
        t(
          'cli.berhasil',
          {
            aksi: t(`aksi.${aksi}` as MessageKey, {}, io.lang),
            dokumen: keputusan.entri.dokumen,
            pemilik: owner?.nama ?? '-',
            dari: berkasOf(before, owner?.nip ?? '')[keputusan.entri.dokumen as Dokumen],
            ke: keputusan.transisi.ke,
            langkah: keputusan.transisi.langkah,
          },
          io.lang,
        ),
      );
      // what comes next and for whom, in the sidebar's words
      done.push(
        berikutnya(before, owner?.nip ?? '', keputusan.entri.dokumen as Dokumen, keputusan.berkas, io.lang),
      );
      if (perubahan.penerima.length)
        done.push(t('cli.berikutnya', { daftar: perubahan.penerima.join(', ') }, io.lang));
      // the messages are made from the office as read; then it is dropped, so that the save of a large
      // workbook (its changed sheets inflated and patched) does not add to the memory the reads took
      wb.releaseReads?.();
      await save();
      simpanJangkar(file, wb);
      return { value: 0, save: false }; // saved above, before the anchor
    },
    { headerOnly: tabTanpaBaris(dokumen, aksi) },
  );
  for (const line of done) io.out(line);
  return code;
}

export async function recapCommand(
  io: Io,
  file: string,
  opts: { period: string; out: string; json?: boolean; strict?: boolean; as?: string },
): Promise<number> {
  const periode = opts.period.toUpperCase();
  if (!isPeriode(periode)) throw new LocalError('cli.periodeTidakDikenal', { periode: opts.period }, 2);
  await outFolder(opts.out);
  return withWorkbook(file, async ({ wb, save }) => {
    const code = await recapInto(io, wb, file, periode, opts.out, {
      json: opts.json ?? false,
      strict: opts.strict ?? false,
      as: opts.as,
      now: io.now(),
    });
    if (code === 0) {
      // the tabs read for the recap are dropped before the save inflates and patches Rekap and Riwayat
      wb.releaseReads?.();
      await save();
      simpanJangkar(file, wb);
    }
    return { value: code, save: false };
  });
}

/** `--out` must name a folder (made when missing), never an existing file. */
async function outFolder(dir: string): Promise<void> {
  const s = await stat(dir).catch(() => null);
  if (s && !s.isDirectory()) throw new LocalError('berkas.outBukanFolder', { path: dir }, 2);
}

async function recapInto(
  io: Io,
  wb: XlsxWorkbook,
  file: string,
  periode: Periode,
  outDir: string,
  opts: { json: boolean; strict: boolean; as: string | undefined; now: number; store?: FolderStore },
): Promise<number> {
  const store = opts.store ?? new FolderStore(outDir, io.pdf, io.progress);
  const anchor = jangkarLokal(file, wb);
  const { runRecap } = await recapPipeline();
  // the pipeline parses the office once; without --as it acts as the office's own Pengelola Kinerja
  const result = await runRecap(
    wb,
    store,
    {
      officeId: basename(file),
      periode,
      email: opts.as ?? null,
      atasNamaPengelola: opts.as === undefined,
      now: opts.now,
      strict: opts.strict,
      jangkar: anchor.baca(),
      // only the JSON needs the employees once their part is rendered
      lepasRincian: !opts.json,
    },
    nodeSha256,
  );
  if (!result.ok) return refuse(io, result.problems);
  if (result.value.jangkar) anchor.tulis(result.value.jangkar);
  if (!opts.store) await store.finish();
  const { links, model } = result.value;
  if (opts.json) {
    const path = resolve(
      outDir,
      `${basename(file).replace(/\.xlsx$/i, '')}_${model.kantor.tahun}_${periode}.json`,
    );
    const k = parseKantor(wb.readTables(TAB_NAMES));
    await writeFile(path, `${JSON.stringify(rekapJson(model, k.settings.offsetMenit), null, 2)}\n`);
    store.written.push(path);
  }
  say(io, 'cli.rekapDitulis', { periode, path: new URL(links.docUrl).pathname });
  if (io.pdf && !links.pdfUrl && !opts.store) say(io, 'cli.tanpaPdf');
  return 0;
}

export async function documentCommand(
  io: Io,
  file: string,
  opts: { nip?: string; kind: string; out: string; as?: string },
): Promise<number> {
  const jenis = opts.kind.toUpperCase();
  if (jenis !== 'PK' && jenis !== 'RA')
    throw new LocalError('dokumen.jenisTidakDikenal', { jenis: opts.kind }, 2);
  if (!opts.nip && !opts.as) throw new LocalError('cli.nipAtauAs', {}, 2);
  await outFolder(opts.out);
  const done: string[] = [];
  const code = await withWorkbook(file, async ({ wb, save }) => {
    const store = new FolderStore(opts.out, io.pdf, io.progress);
    const { runDocument } = await documentPipeline();
    const r = await runDocument(
      wb,
      store,
      {
        officeId: basename(file),
        // without --nip: the document of the user named by --as (the help says so)
        nip: opts.nip ? nipDiketik(opts.nip) : '',
        jenis,
        email: opts.as ?? null,
        // without --as, the person at the keyboard acts as the office's Pengelola Kinerja
        atasNamaPengelola: opts.as === undefined,
        now: io.now(),
        jangkar: jangkarLokal(file, wb).baca(),
      },
      nodeSha256,
    );
    if (!r.ok) return { value: refuse(io, r.problems), save: false };
    await store.finish();
    await save();
    simpanJangkar(file, wb);
    done.push(
      t(
        'cli.dokumenDitulis',
        {
          dokumen: `${jenis} ${r.value.model.pihakKesatu.nama}`,
          path: new URL(r.value.links.docUrl).pathname,
          kode: r.value.model.persetujuan.kodeVerifikasi ?? '-',
        },
        io.lang,
      ),
    );
    return { value: 0, save: false };
  });
  for (const line of done) io.out(line);
  return code;
}

const DEMO_MARKER = '.kinerja-demo';
const DEMO_FILE = 'kantor-demo.xlsx';

/** Builds the demo office and runs its whole year through the same paths as `act` and `recap`. */
export async function demoCommand(
  io: Io,
  dir: string,
  opts: { fresh?: boolean; start?: boolean },
): Promise<number> {
  await prepareDemoDir(dir, opts.fresh ?? false);
  const file = join(dir, DEMO_FILE);
  const docs = join(dir, 'dokumen');
  const wb = XlsxWorkbook.create();
  // the office as it starts the year: realisations are entered quarter by quarter below
  const {
    Pengaturan,
    Pegawai,
    IKI,
    'Rencana Aksi': rencanaAksi,
    'Anggaran PK': anggaran,
  } = demoTables(false);
  const tables = { Pengaturan, Pegawai, IKI, 'Rencana Aksi': rencanaAksi, 'Anggaran PK': anggaran };
  for (const [tab, rows] of Object.entries(tables)) {
    wb.writeRanges([{ tab, row: 1, column: 1, values: rows.map((r) => r.map((c) => c ?? null)) }]);
  }
  if (opts.start) {
    // only the office as it starts the year: for trying `status` and `act` by hand
    await wb.save(file);
    say(io, 'cli.demoAwal', { path: file });
    return 0;
  }
  const store = new FolderStore(docs, io.pdf, io.progress);
  const steps = demoScenario();
  // loaded here, not at start: every other command runs without it
  const { SingleBar } = io.progress ? await import('cli-progress') : { SingleBar: null };
  const bar = SingleBar
    ? new SingleBar({
        format: `${t('cli.demoLangkah', {}, io.lang)} [{bar}] {value}/{total}`,
        hideCursor: true,
      })
    : null;
  bar?.start(steps.length, 0);
  const reported = new Set<string>();
  for (const step of steps) {
    if ('rekap' in step) {
      const code = await recapInto(io, wb, file, step.rekap, docs, {
        json: step.rekap === 'TAHUNAN',
        strict: false,
        as: step.email,
        now: step.waktu,
        store,
      });
      if (code !== 0) return code;
    } else if ('sunting' in step) {
      // an edit in the sheet between actions (the mutasi in Pegawai, the revised budget)
      wb.writeRanges(tulisanSunting(parseKantor(wb.readTables(TAB_NAMES)), step.sunting));
    } else {
      if (step.dokumen.startsWith('TW') && !reported.has(step.dokumen)) {
        reported.add(step.dokumen);
        enterRealisations(wb, Number(step.dokumen.slice(2)) as 1 | 2 | 3 | 4);
      }
      const r = await actOnce(io, wb, file, store, {
        email: step.email,
        aksi: step.aksi,
        dokumen: step.dokumen,
        nip: step.nip,
        catatan: step.catatan ?? null,
        tanggalTtd: step.tanggalTtd ?? null,
        tautanTtd: step.tautanTtd ?? null,
        now: step.waktu,
      });
      if ('problems' in r) {
        bar?.stop();
        return refuse(io, r.problems);
      }
    }
    bar?.increment();
  }
  bar?.stop();
  await store.finish();
  await wb.save(file);
  simpanJangkar(file, wb);
  summary(io, wb);
  say(io, 'cli.demoSelesai');
  for (const path of new Set([resolve(file), ...store.written])) io.out(`  ${path}`);
  if (io.pdf && !(await findLibreOffice())) say(io, 'cli.tanpaPdf');
  return 0;
}

/** The quarter's realisations and evidence, as each employee would type them before reporting. */
function enterRealisations(wb: XlsxWorkbook, tw: 1 | 2 | 3 | 4): void {
  const table = writeTab(pengukuranTab, demoPengukuran(tw));
  if (tw === 1)
    wb.writeRanges([
      { tab: pengukuranTab.name, row: 1, column: 1, values: [table[0]?.map((c) => c ?? null) ?? []] },
    ]);
  wb.appendRows(
    pengukuranTab.name,
    table.slice(1).map((r) => r.map((c) => c ?? null)),
  );
}

function summary(io: Io, wb: XlsxWorkbook): void {
  const k = parseKantor(wb.readTables(TAB_NAMES));
  const rekap = k.rekap.filter((r) => r.value.periode === 'TAHUNAN');
  const rows = rekap.map((r) => [
    r.value.nama ?? '',
    r.value.unitKerja ?? '',
    r.value.capaian === null ? '-' : formatPercent(r.value.capaian),
    r.value.predikat ?? '-',
  ]);
  const head =
    io.lang === 'id'
      ? ['Pegawai', 'Unit Kerja', 'Capaian Tahunan', 'Predikat']
      : ['Employee', 'Unit', 'Annual achievement', 'Rating'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 2 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  ');
  io.out(line(head));
  io.out(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) io.out(line(r));
  const late = k.riwayat.filter((r) => r.value.melebihi === 'Ya').length;
  io.out(
    io.lang === 'id'
      ? `Riwayat: ${k.riwayat.length} aksi, ${late} melebihi standar waktu SOP.`
      : `Log: ${k.riwayat.length} actions, ${late} past their SOP time standard.`,
  );
}

async function prepareDemoDir(dir: string, fresh: boolean): Promise<void> {
  if (existsSync(dir)) {
    const entries = await readdir(dir);
    if (entries.length > 0) {
      if (!entries.includes(DEMO_MARKER) || !fresh) throw new LocalError('cli.folderBukanDemo', { dir }, 2);
      await rm(dir, { recursive: true, force: true });
    }
  }
  await mkdir(dir, { recursive: true });
  await writeFile(
    join(dir, DEMO_MARKER),
    'Folder ini dibuat oleh `kinerja demo` dan dikosongkan setiap kali demo dijalankan ulang.\n',
  );
}
