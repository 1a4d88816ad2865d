// "A person does X", for every shell: under the lock, read the workbook once, decide every request and plan
// every write before writing anything, then write (the log entries first, then the state cells in one
// batch), protect the signed rows, tell whoever acts next, release the lock, and file the signed documents
// the transition table names. Returns what happened and the new view. The shells only provide the ports.
import { type Jangkar, jangkarDari, kepalaRantai, sambungkan } from '../log/chain';
import { periksaLog } from '../log/verify';
import { describeProblem, t } from '../messages/translate';
import { normalizeNip } from '../org/nip';
import type { Problem } from '../problems';
import { emailsFor } from '../sidebar/notify';
import { pesanHasil } from '../sidebar/steps';
import { sidebarView } from '../sidebar/view';
import { riwayatTab } from '../tabs/declarations';
import { type Kantor, parseKantor, TAB_NAMES } from '../workbook/parse';
import { actMany, type Batch } from '../workflow/act-many';
import { type EntriRiwayat, identify } from '../workflow/machine';
import { barisRiwayat } from '../workflow/writes';
import type { Diarsip, PortAksi } from './ports';
import type { ActionResult } from './result';

export const LOCK_WAIT_MS = 10_000;

/** A run whose writes are done and whose documents are still to be filed. */
interface Tertulis {
  readonly batch: Batch | null;
  readonly kantor: Kantor;
  readonly email: string;
  /** The result once the documents of `batch.arsip` are filed (one per entry, in order). */
  selesai(filed: readonly (Diarsip | null)[]): ActionResult;
}

/** A request's owner as typed by a person: blank is the actor themself; spaces in a NIP do not matter. */
function pemilik(k: Kantor, email: string, req: unknown): unknown {
  if (typeof req !== 'object' || req === null) return req;
  const r = req as { nip?: unknown };
  if (r.nip === undefined || r.nip === null || r.nip === '') {
    const me = identify(k.org, email);
    return { ...r, nip: me.ok ? me.value.nip : '' };
  }
  if (typeof r.nip !== 'string') return req;
  const nip = normalizeNip(r.nip);
  return { ...r, nip: nip.ok ? nip.value : r.nip };
}

/** Everything up to filing: lock, read, decide, write, protect, notify, unlock. */
function tulis<R>(ports: PortAksi<R>, email: string, requests: readonly unknown[]): Tertulis {
  const { workbook: wb, sha256 } = ports;
  const read = () => parseKantor(wb.readTables(TAB_NAMES));
  if (!ports.lock.tryLock(LOCK_WAIT_MS)) {
    const k = read();
    return {
      batch: null,
      kantor: k,
      email,
      selesai: () => ({
        ok: false,
        pesan: [t('kunci.sibuk', {}, k.settings.bahasa)],
        view: sidebarView(k, email, sha256, { jangkar: ports.jangkar.baca(), now: ports.clock() }),
      }),
    };
  }
  let k: Kantor;
  let batch: Batch;
  let jangkar: Jangkar;
  let now: number;
  try {
    k = read();
    now = ports.clock();
    // the log is verified against its anchor first: a broken log blocks every action
    const integ = periksaLog(k, ports.jangkar.baca(), sha256);
    jangkar = integ.jangkar;
    batch = actMany(
      k,
      email,
      requests.map((r) => pemilik(k, email, r)),
      now,
      sha256,
      { blokir: integ.blokirSemua },
    );
    if (batch.done.length) {
      if (batch.log) wb.appendRows(batch.log.tab, batch.log.rows);
      wb.writeRanges(batch.ranges);
      for (const a of batch.appends) wb.appendRows(a.tab, a.rows);
      const editors = k.org.administrators.map((a) => a.email);
      for (const l of batch.lindungi)
        wb.protectRows(l.tab, l.rows, editors, `Kinerja: ${l.tab} ${l.nip} ditandatangani`);
      jangkar = notify(ports, batch.kantor, batch, email, now);
      wb.flush?.();
      // anchored once the sheet holds the entries: a failure before leaves the old anchor, and the
      // unanchored entries are then reported, never silently accepted
      ports.jangkar.tulis(jangkar);
    }
  } finally {
    ports.lock.releaseLock();
  }
  const lang = k.settings.bahasa;
  const done = batch;
  const anchored = jangkar;
  return {
    batch: done,
    kantor: k,
    email,
    selesai: (filed) => ({
      ok: done.refused.length === 0,
      pesan: [
        ...done.done.map((d) => pesanHasil(done.kantor, d, lang)),
        ...done.refused.map((p: Problem) => describeProblem(p, lang)),
        ...filed.flatMap((f) => (f ? [f.pesan] : [])),
      ],
      // the state after the writes, without reading the workbook again
      view: sidebarView(done.kantor, email, sha256, { jangkar: anchored, now }),
    }),
  };
}

/** One email per recipient; a failure (e.g. the daily quota) never undoes the action: it is logged. */
function notify<R>(ports: PortAksi<R>, k: Kantor, batch: Batch, email: string, now: number): Jangkar {
  const mailer = ports.mailer;
  if (!mailer)
    return jangkarDari(
      ports.sha256,
      k.riwayat.map((r) => r.value),
    );
  const failures: EntriRiwayat[] = [];
  for (const mail of emailsFor(k, batch.done, mailer.tautan)) {
    try {
      mailer.send(mail.to, mail.subject, mail.body);
    } catch (error) {
      failures.push({
        waktu: now,
        email,
        nipPelaku: null,
        peran: 'Sistem',
        aksi: 'notifikasi',
        langkah: null,
        dokumen: '-',
        tahun: k.settings.tahun,
        nipPemilik: null,
        nipAtasanPemilik: null,
        hash: null,
        catatan: t(
          'addon.emailGagal',
          { kepada: mail.to, sebab: String((error as Error)?.message ?? error) },
          k.settings.bahasa,
        ),
        durasi: null,
        standar: null,
        melebihi: null,
        hashRantai: null,
      });
    }
  }
  // the failures join the log's chain after the batch's entries
  const chained = sambungkan(ports.sha256, kepalaRantai(k), failures);
  if (failures.length)
    ports.workbook.appendRows(
      riwayatTab.name,
      chained.entri.map((f) => barisRiwayat(k, f)),
    );
  return jangkarDari(ports.sha256, [...k.riwayat.map((r) => r.value), ...chained.entri]);
}

const kantorOf = (run: Tertulis): Kantor => run.batch?.kantor ?? run.kantor;

/** A run of the service: the batch (null when the lock was busy), the filed documents, and the result. */
export interface Dijalankan<R extends Diarsip | null = Diarsip | null> {
  readonly batch: Batch | null;
  /** The office as read for this run, before its actions (a shell reports "from -> to" without re-parsing). */
  readonly sebelum: Kantor;
  readonly berkas: readonly R[];
  /** What the sidebar receives (the new view is computed when asked for). */
  hasil(): ActionResult;
}

/** One or many actions by one person, where filing a document is synchronous (Apps Script, tests). */
export function jalankan<R extends Diarsip | null>(
  ports: PortAksi<R>,
  email: string,
  requests: readonly unknown[],
): Dijalankan<R> {
  const run = tulis(ports, email, requests);
  const arsip = run.batch?.arsip ?? [];
  const berkas =
    ports.filerBanyak && arsip.length
      ? ports.filerBanyak(kantorOf(run), arsip)
      : arsip.map((a) => ports.filer(kantorOf(run), a.nip, a.jenis));
  return { batch: run.batch, sebelum: run.kantor, berkas, hasil: () => run.selesai(berkas) };
}

/** The same where filing a document is asynchronous (the local mode renders it in-process). */
export async function jalankanAsync<R extends Diarsip | null>(
  ports: PortAksi<Promise<R>>,
  email: string,
  requests: readonly unknown[],
): Promise<Dijalankan<R>> {
  const run = tulis(ports, email, requests);
  const berkas: R[] = [];
  // after the lock: the filer reads the workbook itself; a failure is reported, never undoing the action
  for (const a of run.batch?.arsip ?? []) berkas.push(await ports.filer(kantorOf(run), a.nip, a.jenis));
  return { batch: run.batch, sebelum: run.kantor, berkas, hasil: () => run.selesai(berkas) };
}
