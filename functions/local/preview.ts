// `kinerja preview`: the real sidebar (dist/addon/Sidebar.html) served on localhost against a local .xlsx,
// with a user switcher. Its google.script.run calls come here as POST /rpc/<name> and run the sidebar's
// server interface (SidebarServer) on the same action service as the add-on, one at a time (the lock),
// saving the workbook atomically after each action. Recaps and signed documents go into folders next to
// the file.

import { execFileSync } from 'node:child_process';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type ActionResult,
  BATAS_BUKTI_MB,
  bacaUnggah,
  describeProblem,
  escapeHtml,
  isPeriode,
  jalankanAsync,
  kekuranganRekap,
  parseKantor,
  type Result,
  type SidebarCall,
  type SidebarServer,
  sidebarView,
  TAB_NAMES,
  t,
} from '../../shared';
import { runDocument } from '../documents/pipeline';
import { nodeSha256 } from '../platform/sha256';
import { type PublishedLinks, runRecap } from '../recap/pipeline';
import { bacaJangkar, jangkarLokal, simpanJangkar } from './anchor-file';
import { simpanBuktiLokal } from './bukti-command';
import { FolderStore } from './folder-store';
import { LocalError } from './local-error';
import { localPorts } from './local-ports';
import { withFileLock } from './workbook-lock';
import { XlsxWorkbook } from './xlsx-workbook';

/** The project folder (this module runs from functions/local or from a bundle chunk under dist/cli). */
function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}
const ROOT = projectRoot();
// a call's JSON: an evidence upload carries its file base64-encoded (4/3 of the size limit), plus 1 MiB
const MAX_BODY = Math.ceil((BATAS_BUKTI_MB * 4) / 3) * (1 << 20) + (1 << 20);

/** JSON that is safe inside an inline <script> (no `</script>`, no line separators). */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
const SIDEBAR = join(ROOT, 'dist/addon/Sidebar.html');

export interface Preview {
  readonly url: string;
  close(): Promise<void>;
}

/** google.script.run in the browser -> POST /rpc/<name> {as, args}; and a bar to switch the active user. */
function shim(emails: readonly string[], initial: string, token: string, label: string): string {
  const options = emails
    .map((e) => `<option${e === initial ? ' selected' : ''}>${escapeHtml(e)}</option>`)
    .join('');
  const script = `
window.__as = ${scriptJson(initial)};
window.__token = ${scriptJson(token)};
(function () {
  function make(success, failure) {
    return new Proxy({}, { get: function (_t, name) {
      if (name === 'withSuccessHandler') return function (fn) { return make(fn, failure); };
      if (name === 'withFailureHandler') return function (fn) { return make(success, fn); };
      return function () {
        var args = Array.prototype.slice.call(arguments);
        fetch('/rpc/' + name + '?token=' + encodeURIComponent(window.__token), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ as: window.__as, args: args }) })
          .then(function (r) { return r.json(); })
          .then(function (r) { if (r.ok) { success && success(r.value); } else { failure && failure(new Error(r.message)); } },
                function (e) { failure && failure(e); });
      };
    } });
  }
  window.google = { script: { get run() { return make(null, null); } } };
  document.addEventListener('DOMContentLoaded', function () {
    var select = document.getElementById('__as');
    select.addEventListener('change', function () { window.__as = select.value; var b = document.getElementById('muat'); if (b) b.click(); });
  });
})();`;
  const bar = `<div style="background:#202124;color:#fff;padding:6px 12px;font:12px Arial"><label for="__as">${escapeHtml(label)}</label> <select id="__as">${options}</select></div>`;
  return `<script>${script}</script>\n${bar}`;
}

export async function startPreview(file: string, port = 8080): Promise<Preview> {
  await XlsxWorkbook.open(file); // fails early, with the CLI's message, on a missing or non-xlsx file
  if (!existsSync(SIDEBAR))
    execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'ignore' });
  const html = await readFile(SIDEBAR, 'utf8');
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = queue.then(fn, fn);
    queue = next.catch(() => {});
    return next;
  };

  // recaps compile locally here, with or without a recap service URL in Pengaturan
  const view = (k: Parameters<typeof sidebarView>[0], as: string) => ({
    ...sidebarView(k, as, nodeSha256, { jangkar: bacaJangkar(file), now: Date.now() }),
    rekapTersedia: true,
  });
  const arsip = () => new FolderStore(join(dirname(file), `${basename(file, '.xlsx')}-arsip`));
  // the sidebar's server interface, as the add-on implements it on google.script.run: the same core, the
  // same action service; arguments come from a browser and are checked by each handler
  const handlers: {
    [K in SidebarCall]: (
      as: string,
      ...args: Parameters<SidebarServer[K]>
    ) => Promise<ReturnType<SidebarServer[K]>>;
  } = {
    ambilTampilan: async (as) => view(parseKantor((await XlsxWorkbook.open(file)).readTables(TAB_NAMES)), as),
    jalankanAksi: (as, req) => handlers.jalankanBanyak(as, [req]),
    jalankanBanyak: async (as, reqs) => {
      const wb = await XlsxWorkbook.open(file);
      const store = arsip();
      const now = Date.now();
      // one call at a time (`serial`): that is the lock
      const run = await jalankanAsync(localPorts(wb, { file, store, email: as, now }), as, [
        ...(Array.isArray(reqs) ? reqs : []),
      ]);
      if (run.batch?.done.length) {
        await store.finish();
        await wb.save(file);
        simpanJangkar(file, wb);
      }
      const r = run.hasil();
      return { ...r, view: { ...r.view, rekapTersedia: true } };
    },
    kompilasiRekap: async (as, periode) => {
      if (!isPeriode(periode)) throw new Error('periode');
      const wb = await XlsxWorkbook.open(file);
      const k = parseKantor(wb.readTables(TAB_NAMES));
      return publishLocally(wb, k, as, 'rekap', String(periode), (store) =>
        runRecap(
          wb,
          store,
          {
            officeId: basename(file),
            periode,
            email: as,
            now: Date.now(),
            jangkar: jangkarLokal(file, wb).baca(),
          },
          nodeSha256,
        ).then((r) => {
          if (r.ok && r.value.jangkar) jangkarLokal(file, wb).tulis(r.value.jangkar);
          return r;
        }),
      );
    },
    cetakDokumen: async (as, nip, jenis) => {
      if (jenis !== 'PK' && jenis !== 'RA') throw new Error('jenis');
      const wb = await XlsxWorkbook.open(file);
      const k = parseKantor(wb.readTables(TAB_NAMES));
      const req = { officeId: basename(file), nip: String(nip), jenis, email: as, now: Date.now() };
      return publishLocally(wb, k, as, 'arsip', jenis, (store) =>
        runDocument(wb, store, { ...req, jangkar: jangkarLokal(file, wb).baca() }, nodeSha256),
      );
    },
    bukaSel: async () => undefined, // no cursor to move in a file
    periksaRekap: async (_as, periode) => {
      if (!isPeriode(periode)) return [];
      const k = parseKantor((await XlsxWorkbook.open(file)).readTables(TAB_NAMES));
      return kekuranganRekap(k, periode, Date.now(), nodeSha256);
    },
    // evidence from the sidebar: into the workbook's evidence folder, as `kinerja bukti` stores it
    unggahBukti: async (as, raw) => {
      const wb = await XlsxWorkbook.open(file);
      const lang = parseKantor(wb.readTables(['Pengaturan'])).settings.bahasa;
      const req = bacaUnggah(raw);
      const r = req.ok
        ? await simpanBuktiLokal(file, wb, as, req.value, req.value.nama, (target) =>
            writeFile(target, Buffer.from(req.value.isi, 'base64')),
          )
        : req;
      if (r.ok) await wb.save(file);
      const k = parseKantor((await XlsxWorkbook.open(file)).readTables(TAB_NAMES));
      return {
        ok: r.ok,
        pesan: r.ok
          ? [
              t(
                'cli.buktiTersimpan',
                { kode: r.value.kode, tw: r.value.triwulan, tautan: r.value.link },
                lang,
              ),
            ]
          : r.problems.map((p) => describeProblem(p, lang)),
        view: view(k, as),
      };
    },
    // the local preview sends no email: it says so
    kirimPengingat: async (as) => {
      const k = parseKantor((await XlsxWorkbook.open(file)).readTables(TAB_NAMES));
      return { ok: false, pesan: [t('sidebar.pengingatLokal', {}, k.settings.bahasa)], view: view(k, as) };
    },
  };
  const rpc = (name: string, as: string, args: unknown[]): Promise<unknown> => {
    if (!Object.hasOwn(handlers, name)) throw new Error(`unknown function ${name}`);
    const handler = handlers[name as SidebarCall] as (as: string, ...args: unknown[]) => Promise<unknown>;
    return handler(as, ...args);
  };

  /** A recap or a signed document written into a folder next to the file; the workbook saved with its link. */
  const publishLocally = async (
    wb: XlsxWorkbook,
    k: ReturnType<typeof parseKantor>,
    as: string,
    folder: 'rekap' | 'arsip',
    label: string,
    produce: (store: FolderStore) => Promise<Result<{ readonly links: PublishedLinks }>>,
  ): Promise<ActionResult> => {
    const store = new FolderStore(join(dirname(file), `${basename(file, '.xlsx')}-${folder}`));
    const result = await produce(store);
    if (result.ok) {
      await store.finish();
      await wb.save(file);
      simpanJangkar(file, wb);
    }
    const after = view(parseKantor(wb.readTables(TAB_NAMES)), as);
    return result.ok
      ? {
          ok: true,
          pesan: [`${label}: ${fileURLToPath(result.value.links.docUrl)}`],
          view: after,
          tautan: result.value.links,
        }
      : { ok: false, pesan: result.problems.map((p) => describeProblem(p, k.settings.bahasa)), view: after };
  };

  // only this run's page may call: a random token in the URL, this server's own Host and Origin
  const token = randomBytes(24).toString('base64url');
  let origins: readonly string[] = [];
  let hosts: readonly string[] = [];
  const tokenOk = (url: URL) => {
    const given = Buffer.from(url.searchParams.get('token') ?? '');
    const want = Buffer.from(token);
    return given.length === want.length && timingSafeEqual(given, want);
  };
  const json = (res: ServerResponse, status: number, body: unknown) => {
    res
      .writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' })
      .end(JSON.stringify(body));
  };
  const refuse = (res: ServerResponse, status: number, message: string) =>
    json(res, status, { ok: false, message });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!hosts.includes(String(req.headers.host ?? '').toLowerCase()))
      return refuse(res, 421, 'Host tidak dikenal');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!tokenOk(url))
      return refuse(res, 403, 'Token pratinjau tidak sah: buka alamat yang dicetak oleh kinerja preview');
    if (req.method === 'GET' && url.pathname === '/') {
      const k = parseKantor((await XlsxWorkbook.open(file)).readTables(TAB_NAMES));
      const emails = k.org.all.map((p) => p.email);
      const as = url.searchParams.get('as') ?? emails[0] ?? '';
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
        'X-Frame-Options': 'DENY',
        'Referrer-Policy': 'no-referrer',
      });
      res.end(
        html.replace(
          '<body>',
          () => `<body>${shim(emails, as, token, t('cli.previewPengguna', {}, k.settings.bahasa))}`,
        ),
      );
      return;
    }
    const m = /^\/rpc\/(\w+)$/.exec(url.pathname);
    if (req.method !== 'POST' || !m) return refuse(res, 404, 'Tidak ada');
    if (!origins.includes(String(req.headers.origin ?? '')))
      return refuse(res, 403, 'Origin tidak diizinkan');
    if (!/^application\/json\b/i.test(String(req.headers['content-type'] ?? '')))
      return refuse(res, 415, 'Badan permintaan harus JSON');
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const c of req) {
      size += (c as Buffer).length;
      if (size > MAX_BODY) return refuse(res, 413, 'Badan permintaan terlalu besar');
      chunks.push(c as Buffer);
    }
    let body: { as?: unknown; args?: unknown };
    try {
      const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('object');
      body = parsed as { as?: unknown; args?: unknown };
    } catch {
      return refuse(res, 400, 'Badan permintaan bukan objek JSON yang sah');
    }
    if (body.args !== undefined && !Array.isArray(body.args))
      return refuse(res, 400, 'args harus berupa daftar');
    try {
      // one request at a time in this server, and the workbook's lock against other kinerja commands
      const value = await serial(() =>
        withFileLock(file, () => rpc(m[1] ?? '', String(body.as ?? ''), (body.args as unknown[]) ?? [])),
      );
      json(res, 200, { ok: true, value });
    } catch (error) {
      json(res, 200, {
        ok: false,
        message: error instanceof LocalError ? t(error.key, error.params) : (error as Error).message,
      });
    }
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) refuse(res, 500, error instanceof Error ? error.message : String(error));
      else res.end();
    });
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const bound = (server.address() as AddressInfo).port;
  hosts = [`127.0.0.1:${bound}`, `localhost:${bound}`];
  origins = hosts.map((h) => `http://${h}`);
  return {
    url: `http://127.0.0.1:${bound}/?token=${token}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
