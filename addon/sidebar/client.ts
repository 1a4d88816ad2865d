// The sidebar in the browser: renders the view the server returns and sends one google.script.run call per
// click. Every text goes in through textContent (escaped). It decides nothing: the server re-checks all.

import {
  type ActionRequest,
  type ActionResult,
  catatanUntuk,
  type DokumenView,
  jenisOf,
  type Lang,
  type MessageKey,
  type Nada,
  nadaStatus,
  type Periode,
  type SidebarServer,
  type SidebarView,
  t,
} from '../../shared';

type ServerApi = SidebarServer;
interface Runner {
  withSuccessHandler(fn: (value: unknown) => void): Runner;
  withFailureHandler(fn: (error: Error) => void): Runner;
  [name: string]: unknown;
}
declare const google: { script: { run: Runner } };

/** A typed google.script.run: the names and types come from the server module itself. */
function call<K extends keyof ServerApi>(
  name: K,
  ...args: Parameters<ServerApi[K]>
): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((v) => resolve(v as ReturnType<ServerApi[K]>))
      .withFailureHandler(reject);
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}

let lang: Lang = 'id';
const tr = (key: MessageKey, params: Record<string, string | number> = {}) => t(key, params, lang);
const app = document.getElementById('app') as HTMLElement;

function h(
  tag: string,
  attrs: Record<string, string> = {},
  ...children: (Node | string | null)[]
): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) if (c !== null) el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return el;
}

// the badge tone of a state and the note an action needs come from the transition table
const BADGE: Record<Nada, string> = {
  draf: 'badge',
  tunggu: 'badge wait',
  kembali: 'badge back',
  selesai: 'badge ok',
};
const badgeClass = (d: DokumenView): string => BADGE[nadaStatus(jenisOf(d.dokumen), d.status)];
const selected = new Set<string>();
let current: SidebarView | null = null;

function setStatus(text: string, error = false): void {
  const el = document.getElementById('status');
  if (!el) return;
  el.textContent = text;
  el.className = error ? 'error' : '';
}

async function run(requests: ActionRequest[]): Promise<void> {
  for (const b of Array.from(document.querySelectorAll('button'))) (b as HTMLButtonElement).disabled = true;
  try {
    const result: ActionResult =
      requests.length === 1
        ? await call('jalankanAksi', requests[0] as ActionRequest)
        : await call('jalankanBanyak', requests);
    render(result.view);
    setStatus(result.pesan.join(' · '), !result.ok);
  } catch (error) {
    render(current as SidebarView);
    setStatus(tr('sidebar.gagal', { pesan: (error as Error).message ?? String(error) }), true);
  }
}

function card(d: DokumenView, mine: boolean): HTMLElement {
  const key = `${d.nip}|${d.dokumen}`;
  const note = h('textarea', { placeholder: tr('sidebar.catatan'), 'data-note': key });
  const buttons: HTMLElement[] = d.aksi.map((aksi) => {
    const b = h(
      'button',
      { class: aksi === 'kembalikan' ? '' : 'primary', 'data-aksi': aksi, 'data-key': key },
      tr(`aksi.${aksi}` as MessageKey),
    );
    b.addEventListener('click', () => {
      const catatan = (note as HTMLTextAreaElement).value.trim();
      if (catatanUntuk(jenisOf(d.dokumen), aksi, d.status) && !catatan) {
        setStatus(tr('sidebar.catatanWajib'), true);
        (note as HTMLTextAreaElement).focus();
        return;
      }
      void run([{ aksi, dokumen: d.dokumen, nip: d.nip, catatan, hash: d.hash }]);
    });
    return b;
  });
  if (d.cetak && (d.dokumen === 'PK' || d.dokumen === 'RA')) {
    const print = h('button', { 'data-cetak': key }, tr('sidebar.cetak'));
    print.addEventListener('click', async () => {
      setStatus(tr('sidebar.memuat'));
      try {
        const r = await call('cetakDokumen', d.nip, d.dokumen as 'PK' | 'RA');
        render(r.view);
        setStatus(r.pesan.join(' · '), !r.ok);
      } catch (error) {
        setStatus(tr('sidebar.gagal', { pesan: String((error as Error).message ?? error) }), true);
      }
    });
    buttons.push(print);
  }
  const showNote = d.aksi.some((a) => catatanUntuk(jenisOf(d.dokumen), a, d.status));
  const select =
    !mine && d.aksi.includes('setujui')
      ? h('input', { type: 'checkbox', 'data-select': key, title: tr('sidebar.setujuiTerpilih') })
      : null;
  select?.addEventListener('change', (e) => {
    if ((e.target as HTMLInputElement).checked) selected.add(key);
    else selected.delete(key);
  });
  return h(
    'div',
    { class: 'card', 'data-doc': key },
    h('div', { class: 'title' }, mine ? d.label : `${d.nama} — ${d.label}`),
    h('span', { class: badgeClass(d) }, d.status),
    mine || d.sebagai === 'Atasan'
      ? null
      : h('span', { class: 'who' }, ` ${tr('sidebar.sebagai', { peran: d.sebagai })}`),
    d.berubah ? h('div', { class: 'warn' }, tr('sidebar.berubah')) : null,
    d.catatan ? h('div', {}, tr('sidebar.dikembalikan', { catatan: d.catatan })) : null,
    d.ringkasan.length ? h('ul', { class: 'summary' }, ...d.ringkasan.map((r) => h('li', {}, r))) : null,
    d.masalah.length
      ? h(
          'ul',
          { class: 'problems' },
          ...d.masalah.map((m) => {
            const link = m.tab && m.row ? h('a', { class: 'cell' }, tr('sidebar.bukaSel')) : null;
            link?.addEventListener(
              'click',
              () => void call('bukaSel', m.tab as string, m.row as number, m.column),
            );
            return h('li', {}, `${m.teks} `, link);
          }),
        )
      : null,
    showNote ? note : null,
    buttons.length || select ? h('div', { class: 'actions' }, select, ...buttons) : null,
  );
}

function section(title: MessageKey, cards: HTMLElement[]): HTMLElement {
  return h(
    'section',
    { 'data-section': title.replace('sidebar.', '') },
    h('h2', {}, tr(title)),
    ...(cards.length ? cards : [h('div', { class: 'who' }, tr('sidebar.kosong'))]),
  );
}

function render(view: SidebarView): void {
  current = view;
  lang = /^en/.test(document.documentElement.lang) ? 'en' : 'id';
  selected.clear();
  app.replaceChildren();
  app.append(h('h1', {}, `Kinerja ${view.tahun}`), h('div', { class: 'who' }, view.kantor));
  if (view.saya)
    app.append(
      h(
        'div',
        { class: 'who', id: 'saya' },
        `${view.saya.nama} · ${view.saya.jabatan} · NIP ${view.saya.nip}`,
      ),
    );
  if (view.pesan) app.append(h('div', { class: 'warn', id: 'pesan' }, view.pesan));
  app.append(h('div', { id: 'status' }));
  if (!view.saya) return;
  if (view.dokumenSaya.length)
    app.append(
      section(
        'sidebar.dokumenSaya',
        view.dokumenSaya.map((d) => card(d, true)),
      ),
    );
  const waiting = section(
    'sidebar.menunggu',
    view.menunggu.map((d) => card(d, false)),
  );
  if (view.menunggu.some((d) => d.aksi.includes('setujui'))) {
    const bulk = h('button', { class: 'primary', id: 'bulk' }, tr('sidebar.setujuiTerpilih'));
    bulk.addEventListener('click', () => {
      const reqs = (current?.menunggu ?? [])
        .filter((d) => selected.has(`${d.nip}|${d.dokumen}`))
        .map((d) => ({ aksi: 'setujui' as const, dokumen: d.dokumen, nip: d.nip, hash: d.hash }));
      if (reqs.length) void run(reqs);
    });
    waiting.append(h('div', { class: 'actions' }, bulk));
  }
  app.append(waiting);
  if (view.bawahan.length)
    app.append(
      section(
        'sidebar.bawahan',
        view.bawahan.map((d) => card(d, false)),
      ),
    );
  if (view.saya.pengelola) {
    app.append(
      section(
        'sidebar.arsip',
        view.arsip.map((d) => card(d, false)),
      ),
    );
    if (view.rekapTersedia) {
      const period = h(
        'select',
        { id: 'periode' },
        ...['TW1', 'TW2', 'TW3', 'TW4', 'TAHUNAN'].map((p) => h('option', { value: p }, p)),
      );
      const go = h('button', { class: 'primary', id: 'rekap' }, tr('sidebar.rekap'));
      go.addEventListener('click', async () => {
        setStatus(tr('sidebar.memuat'));
        try {
          const r = await call('kompilasiRekap', (period as HTMLSelectElement).value as Periode);
          render(r.view);
          setStatus(r.pesan.join(' · '), !r.ok);
        } catch (error) {
          setStatus(tr('sidebar.gagal', { pesan: String((error as Error).message ?? error) }), true);
        }
      });
      app.append(h('h2', {}, tr('sidebar.rekap')), h('div', { class: 'actions' }, period, go));
    }
    const rows = view.kepatuhan.map((k) =>
      h(
        'tr',
        {},
        h('td', {}, k.nama),
        h('td', {}, `${k.langkah}. ${k.kegiatan}`),
        h('td', {}, `${k.durasi} / ${k.standar}`),
      ),
    );
    app.append(
      h('h2', {}, tr('sidebar.kepatuhan')),
      rows.length
        ? h('table', { id: 'kepatuhan' }, ...rows)
        : h('div', { class: 'who' }, tr('sidebar.kosong')),
    );
    if (view.kepatuhanJumlah > rows.length)
      app.append(
        h(
          'div',
          { class: 'who' },
          tr('sidebar.kepatuhanLainnya', { jumlah: view.kepatuhanJumlah - rows.length }),
        ),
      );
    if (view.masalahUmum.length)
      app.append(
        h('h2', {}, tr('sidebar.masalahUmum')),
        h('ul', { class: 'problems' }, ...view.masalahUmum.map((m) => h('li', {}, m.teks))),
      );
  }
  const reload = h('button', { id: 'muat' }, tr('sidebar.muatUlang'));
  reload.addEventListener('click', () => void load());
  app.append(h('div', { class: 'actions' }, reload));
}

async function load(): Promise<void> {
  app.textContent = tr('sidebar.memuat');
  try {
    render(await call('ambilTampilan'));
  } catch (error) {
    app.textContent = tr('sidebar.gagal', { pesan: String((error as Error).message ?? error) });
  }
}

void load();
