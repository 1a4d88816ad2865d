// The sidebar in the browser: renders the view the server returns and sends one google.script.run call per
// click. Every text comes from the catalogue in the office's language and goes in through textContent
// (escaped). It decides nothing: the view says which actions can succeed, and the server re-checks all.

import {
  type ActionRequest,
  type ActionResult,
  type DasborView,
  type DokumenView,
  jenisOf,
  type Lang,
  type MessageKey,
  type Nada,
  nadaStatus,
  PANDUAN,
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

/** A typed google.script.run: the names and types come from the server modules themselves. */
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

let lang: Lang = /^en/.test(document.documentElement.lang) ? 'en' : 'id';
const tr = (key: MessageKey, params: Record<string, string | number> = {}) => t(key, params, lang);
const app = document.getElementById('app') as HTMLElement;
let busy = false;
let current: SidebarView | null = null;
const selected = new Set<string>();
let uid = 0;
const nextId = (prefix: string) => `${prefix}-${++uid}`;

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

/** A link that opens in a new tab (Docs, PDFs, evidence): keyboard-reachable, never a script URL. */
function link(href: string, text: string): HTMLElement {
  const safe = /^(https?|file):/i.test(href) ? href : '#';
  return h('a', { href: safe, target: '_blank', rel: 'noopener' }, text);
}

/** Text with its web addresses made into links. */
function linkified(text: string): (Node | string)[] {
  const out: (Node | string)[] = [];
  let last = 0;
  for (const m of text.matchAll(/(https?|file):\/\/[^\s)]+/g)) {
    out.push(text.slice(last, m.index));
    out.push(link(m[0], m[0]));
    last = (m.index ?? 0) + m[0].length;
  }
  out.push(text.slice(last));
  return out;
}

// the badge tone of a state comes from the transition table
const BADGE: Record<Nada, string> = {
  draf: 'badge',
  tunggu: 'badge wait',
  kembali: 'badge back',
  selesai: 'badge ok',
};
const badgeClass = (d: Pick<DokumenView, 'dokumen' | 'status'>): string =>
  BADGE[nadaStatus(jenisOf(d.dokumen), d.status)];

/** The result line(s) in the live region at the top (always in view: it sticks). */
function setStatus(lines: readonly string[], error = false, tautan?: ActionResult['tautan']): void {
  const el = document.getElementById('status');
  if (!el) return;
  el.replaceChildren(...lines.map((l) => h('div', {}, ...linkified(l))));
  if (tautan)
    el.append(
      h(
        'div',
        { class: 'links' },
        link(tautan.docUrl, tr('sidebar.bukaDoc')),
        tautan.pdfUrl ? ' · ' : '',
        tautan.pdfUrl ? link(tautan.pdfUrl, tr('sidebar.bukaPdf')) : null,
      ),
    );
  el.className = error ? 'error' : '';
}

/** Disable every button while a call runs; say what is happening next to the button clicked. */
async function busyWhile<T>(near: HTMLElement | null, progressKey: MessageKey, work: () => Promise<T>) {
  if (busy) return null;
  busy = true;
  for (const b of Array.from(document.querySelectorAll('button'))) (b as HTMLButtonElement).disabled = true;
  const progress = near ? h('span', { class: 'progress', role: 'status' }, tr(progressKey)) : null;
  if (progress) near?.after(progress);
  app.setAttribute('aria-busy', 'true');
  try {
    return await work();
  } finally {
    busy = false;
    app.removeAttribute('aria-busy');
    progress?.remove();
    // what the view marks as unable to succeed stays disabled
    for (const b of Array.from(document.querySelectorAll('button:not([data-off])')))
      (b as HTMLButtonElement).disabled = false;
  }
}

async function runResult(near: HTMLElement | null, progressKey: MessageKey, fn: () => Promise<ActionResult>) {
  await busyWhile(near, progressKey, async () => {
    try {
      const r = await fn();
      render(r.view);
      setStatus(r.pesan, !r.ok, r.tautan);
    } catch (error) {
      render(current as SidebarView);
      setStatus([tr('sidebar.gagal', { pesan: String((error as Error).message ?? error) })], true);
    }
  });
}

function run(near: HTMLElement, requests: ActionRequest[]): Promise<void> {
  return runResult(near, 'sidebar.memproses', () =>
    requests.length === 1
      ? call('jalankanAksi', requests[0] as ActionRequest)
      : call('jalankanBanyak', requests),
  );
}

/** A browser file as base64 (what google.script.run carries), without the data-URL prefix. */
function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** My evidence for one indicator of a quarter: a file chosen here goes to the office's evidence folder. */
function uploadControl(d: DokumenView, kode: string): HTMLElement {
  const id = nextId('bukti');
  const input = h('input', { type: 'file', id, 'data-bukti': kode }) as HTMLInputElement;
  const go = h('button', { type: 'button', 'data-unggah': kode }, tr('sidebar.unggahBukti'));
  go.addEventListener('click', () => {
    const file = input.files?.[0];
    if (!file) return;
    const triwulan = (['I', 'II', 'III', 'IV'] as const)[Number(d.dokumen.slice(2)) - 1] as 'I';
    void runResult(go, 'sidebar.mengunggah', async () =>
      call('unggahBukti', {
        kode,
        triwulan,
        nama: file.name,
        mimeType: file.type,
        isi: await base64Of(file),
      }),
    );
  });
  return h(
    'div',
    { class: 'unggah' },
    h('label', { for: id }, `${tr('sidebar.unggahBukti')} ${kode}`),
    input,
    go,
  );
}

function quarterFigures(d: DokumenView, mine = false): HTMLElement | null {
  if (!d.indikatorTw.length) return null;
  return h(
    'div',
    { class: 'figures' },
    ...d.indikatorTw.map((i) => {
      const row = (key: MessageKey, value: Node | string | null) =>
        value === null ? null : h('div', {}, h('dt', {}, tr(key)), h('dd', {}, value));
      return h(
        'div',
        { class: 'indikator', 'data-kode': i.kode },
        h('div', { class: 'ind' }, `${i.kode} ${i.indikator}`),
        h(
          'dl',
          {},
          row('sidebar.target', i.target),
          row('sidebar.realisasi', i.realisasi),
          row('sidebar.capaian', i.capaian),
          row('sidebar.bukti', i.bukti ? link(i.bukti, tr('sidebar.bukaBukti')) : tr('sidebar.tanpaBukti')),
          row('sidebar.kendalaLabel', i.kendala),
          row(
            'sidebar.arahanAtasan',
            i.arahan ? h('span', { class: 'arahan' }, i.arahan) : tr('sidebar.belumAda'),
          ),
          row('sidebar.tindakLanjutLabel', i.tindakLanjut),
        ),
        mine && i.unggah ? uploadControl(d, i.kode) : null,
      );
    }),
  );
}

function problems(d: DokumenView): HTMLElement | null {
  if (!d.masalah.length) return null;
  return h(
    'ul',
    { class: 'problems' },
    ...d.masalah.map((m) => {
      const go =
        m.tab && m.row ? h('button', { type: 'button', class: 'link' }, tr('sidebar.bukaSel')) : null;
      go?.addEventListener('click', () => void call('bukaSel', m.tab as string, m.row as number, m.column));
      return h('li', {}, `${m.teks} `, go);
    }),
  );
}

/** A document card; with `actions`, its steps as buttons named for them (disabled with the reason). */
function card(
  d: DokumenView,
  mine: boolean,
  actions: boolean,
  titled = true,
  /** Shown in "Perlu tindakan Anda" already: its problems are not repeated. */
  shownAbove = false,
): HTMLElement {
  const key = `${d.nip}|${d.dokumen}`;
  const noteId = nextId('note');
  const note = h('textarea', { id: noteId, 'data-note': key });
  // recording the regional head's paper signature on the head of office's PK needs its date and scan
  const ttd =
    actions && d.tombol.some((b) => b.aksi === 'ttdkepaladaerah')
      ? {
          tanggal: h('input', { type: 'date', id: nextId('ttd'), 'data-ttd-tanggal': key }),
          tautan: h('input', {
            type: 'url',
            id: nextId('ttd'),
            'data-ttd-tautan': key,
            placeholder: tr('sidebar.tautanTtd'),
          }),
        }
      : null;
  const buttons: (HTMLElement | null)[] = [];
  if (actions)
    for (const b of d.tombol) {
      const reasonId = b.alasan ? nextId('why') : null;
      const button = h(
        'button',
        {
          type: 'button',
          class: b.aksi === 'kembalikan' ? '' : 'primary',
          'data-aksi': b.aksi,
          'data-key': key,
          ...(reasonId ? { 'aria-describedby': reasonId, disabled: '', 'data-off': '' } : {}),
        },
        b.label,
      );
      button.addEventListener('click', () => {
        const catatan = (note as HTMLTextAreaElement).value.trim();
        if (b.catatanWajib && !catatan) {
          setStatus([tr('sidebar.catatanWajib', { label: d.labelCatatan ?? '' })], true);
          (note as HTMLTextAreaElement).focus();
          return;
        }
        const extra =
          b.aksi === 'ttdkepaladaerah' && ttd
            ? {
                tanggalTtd: (ttd.tanggal as HTMLInputElement).value,
                tautanTtd: (ttd.tautan as HTMLInputElement).value.trim(),
              }
            : {};
        void run(button, [{ aksi: b.aksi, dokumen: d.dokumen, nip: d.nip, catatan, hash: d.hash, ...extra }]);
      });
      buttons.push(button);
      if (reasonId) buttons.push(h('span', { class: 'why', id: reasonId }, b.alasan as string));
    }
  if (d.cetak && (d.dokumen === 'PK' || d.dokumen === 'RA')) {
    const print = h('button', { type: 'button', 'data-cetak': key }, tr('sidebar.cetak'));
    print.addEventListener(
      'click',
      () =>
        void runResult(print, 'sidebar.mencetak', () =>
          call('cetakDokumen', d.nip, d.dokumen as 'PK' | 'RA'),
        ),
    );
    buttons.push(print);
  }
  let select: HTMLElement | null = null;
  if (actions && !mine && d.tombol.some((b) => b.aksi === 'setujui' && !b.alasan)) {
    const id = nextId('pilih');
    const box = h('input', { type: 'checkbox', id, 'data-select': key });
    box.addEventListener('change', (e) => {
      if ((e.target as HTMLInputElement).checked) selected.add(key);
      else selected.delete(key);
    });
    select = h('span', { class: 'pick' }, box, h('label', { for: id }, tr('sidebar.pilih')));
  }
  const t0 = d.tugas;
  return h(
    'div',
    { class: 'card', 'data-doc': key },
    titled ? h('div', { class: 'title' }, mine ? d.label : `${d.nama} — ${d.label}`) : null,
    titled ? h('span', { class: badgeClass(d) }, d.status) : null,
    mine || d.sebagai === 'Atasan'
      ? null
      : h('span', { class: 'who' }, ` ${tr('sidebar.sebagai', { peran: d.sebagai })}`),
    t0 && actions
      ? h(
          'div',
          { class: t0.terlambat ? 'task late' : 'task' },
          tr('sidebar.tugas', { langkah: t0.langkah, tombol: t0.tombol, standar: t0.standar }),
          t0.menunggu
            ? ` · ${tr(t0.terlambat ? 'sidebar.menungguLewat' : 'sidebar.menungguSejak', { durasi: t0.menunggu })}`
            : '',
        )
      : null,
    d.berubah ? h('div', { class: 'warn' }, tr('sidebar.berubah')) : null,
    d.catatan ? h('div', { class: 'returned' }, tr('sidebar.dikembalikan', { catatan: d.catatan })) : null,
    d.ringkasan.length ? h('ul', { class: 'summary' }, ...d.ringkasan.map((r) => h('li', {}, r))) : null,
    quarterFigures(d, mine),
    shownAbove ? null : problems(d),
    actions && d.labelCatatan ? h('label', { for: noteId, class: 'note-label' }, d.labelCatatan) : null,
    actions && d.labelCatatan ? note : null,
    ttd
      ? h(
          'div',
          { class: 'ttd' },
          h('label', { for: ttd.tanggal.id }, tr('sidebar.tanggalTtd')),
          ttd.tanggal,
          ttd.tautan,
        )
      : null,
    buttons.length || select ? h('div', { class: 'actions' }, select, ...buttons) : null,
  );
}

/** A collapsible section; `open` shows it expanded. */
function section(name: string, title: string, open: boolean, ...content: (Node | null)[]): HTMLElement {
  const details = h(
    'details',
    { 'data-section': name },
    h('summary', {}, h('h2', {}, title)),
    ...(content.filter((c) => c !== null).length
      ? content
      : [h('div', { class: 'who' }, tr('sidebar.kosong'))]),
  );
  if (open) (details as HTMLDetailsElement).open = true;
  return details;
}

function myDocuments(view: SidebarView): HTMLElement {
  return section(
    'dokumenSaya',
    tr('sidebar.dokumenSaya'),
    true,
    ...view.dokumenSaya.map((d) => {
      const details = h(
        'details',
        { class: 'doc', 'data-doc': `${d.nip}|${d.dokumen}` },
        h('summary', {}, `${d.label} `, h('span', { class: badgeClass(d) }, d.status)),
        card(
          d,
          true,
          false,
          false,
          view.perluTindakan.some((x) => x.nip === d.nip && x.dokumen === d.dokumen),
        ),
      );
      if (d.terbuka) (details as HTMLDetailsElement).open = true;
      return details;
    }),
  );
}

function table(headers: MessageKey[], rows: (string | number)[][], id: string): HTMLElement {
  return h(
    'table',
    { id },
    h('thead', {}, h('tr', {}, ...headers.map((k) => h('th', { scope: 'col' }, tr(k))))),
    h('tbody', {}, ...rows.map((r) => h('tr', {}, ...r.map((c) => h('td', {}, String(c)))))),
  );
}

function recapTools(periodes: SidebarView['periodeRekap']): HTMLElement {
  // the office's Periode Pengukuran decides the periods: per semester, TW2 (Semester I), TW4 and the year
  const period = h(
    'select',
    { id: 'periode' },
    ...periodes.map((p) => h('option', { value: p.periode }, `${p.periode} (${p.label})`)),
  );
  const go = h('button', { type: 'button', class: 'primary', id: 'rekap' }, tr('sidebar.rekap'));
  const gaps = h('div', { id: 'kekurangan' });
  const compile = (near: HTMLElement) =>
    runResult(near, 'sidebar.menyusun', () =>
      call('kompilasiRekap', (period as HTMLSelectElement).value as Periode),
    );
  go.addEventListener('click', async () => {
    const periode = (period as HTMLSelectElement).value as Periode;
    const found = await busyWhile(go, 'sidebar.memeriksa', () => call('periksaRekap', periode));
    if (found === null) return;
    if (found.length === 0) {
      await compile(go);
      return;
    }
    const confirm = h(
      'button',
      { type: 'button', class: 'primary', id: 'rekapTetap' },
      tr('sidebar.rekapTetap'),
    );
    const cancel = h('button', { type: 'button', id: 'rekapBatal' }, tr('sidebar.batal'));
    cancel.addEventListener('click', () => gaps.replaceChildren());
    confirm.addEventListener('click', () => void compile(confirm));
    gaps.replaceChildren(
      h(
        'div',
        { class: 'warn', role: 'alert' },
        tr('sidebar.rekapKurang', { jumlah: found.length, periode }),
      ),
      h('ul', { class: 'problems' }, ...found.slice(0, 30).map((g) => h('li', {}, g))),
      ...(found.length > 30
        ? [h('div', { class: 'who' }, tr('sidebar.danLainnya', { jumlah: found.length - 30 }))]
        : []),
      h('div', { class: 'actions' }, confirm, cancel),
    );
    confirm.focus();
  });
  return h(
    'div',
    {},
    h('h3', {}, tr('sidebar.rekap')),
    h('div', { class: 'actions' }, h('label', { for: 'periode' }, tr('sidebar.periode')), period, go),
    gaps,
  );
}

function dashboard(view: SidebarView, d: DasborView): HTMLElement {
  const reminder = h(
    'button',
    { type: 'button', id: 'pengingat' },
    tr('sidebar.kirimPengingat', { jumlah: d.pengingat }),
  );
  reminder.addEventListener(
    'click',
    () => void runResult(reminder, 'sidebar.mengirim', () => call('kirimPengingat')),
  );
  if (d.pengingat === 0) {
    reminder.setAttribute('disabled', '');
    reminder.setAttribute('data-off', '');
  }
  const tw = `TW ${d.triwulan}`;
  return section(
    'dasbor',
    tr('sidebar.dasbor'),
    true,
    d.bacaSaja ? h('div', { class: 'who' }, tr('sidebar.bacaSaja')) : null,
    h('h3', {}, tr('sidebar.progres', { periode: tw })),
    h(
      'ul',
      { id: 'progres', class: 'units' },
      ...d.unit.map((u) =>
        h(
          'li',
          {},
          tr('sidebar.unitProgres', {
            unit: u.unit,
            lapor: u.dilaporkan,
            pegawai: u.pegawai,
            evaluasi: u.dievaluasi,
            tindakLanjut: u.ditindaklanjuti,
            terlambat: u.terlambat,
          }),
        ),
      ),
    ),
    h('h3', {}, tr('sidebar.belumPkRa')),
    d.belumPkRa.length
      ? table(
          ['sidebar.kol.nama', 'sidebar.kol.pk', 'sidebar.kol.ra'],
          d.belumPkRa.map((b) => [`${b.nama} (${b.unit})`, b.pk, b.ra]),
          'belumPkRa',
        )
      : h('div', { class: 'who' }, tr('sidebar.kosong')),
    h('h3', {}, tr('sidebar.terlambat30')),
    d.terlambat.length
      ? table(
          ['sidebar.kol.nama', 'sidebar.kol.langkah', 'sidebar.kol.durasi'],
          d.terlambat.map((x) => [
            x.sebagai === 'Pegawai' ? x.nama : `${x.nama} (${x.sebagai})`,
            `${x.langkah}. ${x.kegiatan} (${x.dokumen} ${x.pemilik})`,
            `${x.durasi} / ${x.standar}`,
          ]),
          'kepatuhan',
        )
      : h('div', { class: 'who' }, tr('sidebar.kosong')),
    d.terlambatJumlah > d.terlambat.length
      ? h(
          'div',
          { class: 'who' },
          tr('sidebar.terlambatLainnya', { jumlah: d.terlambatJumlah - d.terlambat.length }),
        )
      : null,
    d.bacaSaja ? null : h('div', { class: 'actions' }, reminder),
    !d.bacaSaja && view.rekapTersedia ? recapTools(view.periodeRekap) : null,
  );
}

/** How to fill each tab (the Panduan), collapsed at the bottom. */
function guide(): HTMLElement {
  return section(
    'panduan',
    tr('sidebar.panduan'),
    false,
    h('dl', { class: 'guide' }, ...PANDUAN.flatMap(([tab, key]) => [h('dt', {}, tab), h('dd', {}, tr(key))])),
  );
}

/** The administrator's "buka perubahan": an employee's NIP, PK or RA, the reason, one button (PK Perubahan). */
function revisions(): HTMLElement {
  const nip = h('input', { type: 'text', id: 'perubahanNip', inputmode: 'numeric', autocomplete: 'off' });
  const doc = h('select', { id: 'perubahanDok' }, ...['PK', 'RA'].map((d) => h('option', { value: d }, d)));
  const reason = h('textarea', { id: 'perubahanAlasan' });
  const go = h('button', { type: 'button', class: 'primary', id: 'perubahanBuka' }, tr('tombol.perubahan'));
  go.addEventListener('click', () => {
    const who = (nip as HTMLInputElement).value.replace(/\s/g, '');
    const catatan = (reason as HTMLTextAreaElement).value.trim();
    if (!who) {
      setStatus([tr('sidebar.perubahanNipWajib')], true);
      (nip as HTMLInputElement).focus();
      return;
    }
    if (!catatan) {
      setStatus([tr('sidebar.catatanWajib', { label: tr('sidebar.perubahanAlasan') })], true);
      (reason as HTMLTextAreaElement).focus();
      return;
    }
    const dokumen = (doc as HTMLSelectElement).value as 'PK' | 'RA';
    void run(go, [{ aksi: 'perubahan', dokumen, nip: who, catatan }]);
  });
  return section(
    'perubahan',
    tr('sidebar.perubahan'),
    false,
    h('div', { class: 'who' }, tr('sidebar.perubahanPetunjuk')),
    h(
      'div',
      { class: 'actions' },
      h('label', { for: 'perubahanNip' }, tr('sidebar.perubahanNip')),
      nip,
      h('label', { for: 'perubahanDok' }, tr('sidebar.perubahanDokumen')),
      doc,
    ),
    h('label', { for: 'perubahanAlasan', class: 'note-label' }, tr('sidebar.perubahanAlasan')),
    reason,
    h('div', { class: 'actions' }, go),
  );
}

function render(view: SidebarView): void {
  current = view;
  lang = view.bahasa;
  document.documentElement.lang = view.bahasa;
  selected.clear();
  app.replaceChildren();
  app.append(
    ...[
      h('h1', {}, `Kinerja ${view.tahun}`),
      h('div', { class: 'who' }, view.kantor),
      view.saya
        ? h(
            'div',
            { class: 'who', id: 'saya' },
            `${view.saya.nama} · ${view.saya.jabatan} · NIP ${view.saya.nip}`,
          )
        : null,
      view.pesan ? h('div', { class: view.saya ? 'who' : 'warn', id: 'pesan' }, view.pesan) : null,
      view.integritas.length
        ? h(
            'div',
            { id: 'integritas', role: 'alert' },
            h('ul', { class: 'problems' }, ...view.integritas.map((m) => h('li', {}, m.teks))),
          )
        : null,
      h('div', { id: 'status', role: 'status', 'aria-live': 'polite' }),
    ].filter((x): x is HTMLElement => x !== null),
  );
  if (!view.saya) return;

  const waiting = view.perluTindakan.map((d) => card(d, d.sebagai === 'Pegawai', true));
  const todo = section('perluTindakan', tr('sidebar.perluTindakan'), true, ...waiting);
  if (view.menunggu.some((d) => d.tombol.some((b) => b.aksi === 'setujui' && !b.alasan))) {
    const bulk = h('button', { type: 'button', class: 'primary', id: 'bulk' }, tr('sidebar.setujuiTerpilih'));
    bulk.addEventListener('click', () => {
      const reqs = (current?.menunggu ?? [])
        .filter((d) => selected.has(`${d.nip}|${d.dokumen}`))
        .map((d) => ({ aksi: 'setujui' as const, dokumen: d.dokumen, nip: d.nip, hash: d.hash }));
      if (reqs.length) void run(bulk, reqs);
      else setStatus([tr('sidebar.pilihDulu')], true);
    });
    todo.append(h('div', { class: 'actions' }, bulk));
  }
  app.append(todo);
  if (view.dasbor) app.append(dashboard(view, view.dasbor));
  if (view.dokumenSaya.length) app.append(myDocuments(view));
  if (view.perubahan) app.append(revisions());
  // cascading: which of the superior's indicators each of mine supports
  if (view.dukungan.length)
    app.append(
      section(
        'dukungan',
        tr('sidebar.dukungan'),
        false,
        h(
          'ul',
          { class: 'summary' },
          ...view.dukungan.map((x) =>
            h(
              'li',
              {},
              x.mendukung
                ? tr('sidebar.mendukung', {
                    kode: x.kode,
                    induk: `${x.mendukung.kode} ${x.mendukung.indikator}`,
                    nama: x.mendukung.nama,
                  })
                : tr('sidebar.tidakMendukung', { kode: x.kode }),
            ),
          ),
        ),
      ),
    );
  if (view.bawahan.length)
    app.append(
      section('bawahan', tr('sidebar.bawahan'), false, ...view.bawahan.map((d) => card(d, false, false))),
    );
  if (view.masalahUmum.length)
    app.append(
      section(
        'masalahUmum',
        tr('sidebar.masalahUmum'),
        false,
        h('ul', { class: 'problems' }, ...view.masalahUmum.map((m) => h('li', {}, m.teks))),
      ),
    );
  if (view.peringatan.length)
    app.append(
      section(
        'peringatan',
        tr('sidebar.peringatan'),
        false,
        h('ul', { class: 'problems' }, ...view.peringatan.map((m) => h('li', {}, m.teks))),
      ),
    );
  const reload = h('button', { type: 'button', id: 'muat' }, tr('sidebar.muatUlang'));
  reload.addEventListener('click', () => void load());
  app.append(guide(), h('div', { class: 'actions' }, reload));
}

async function load(): Promise<void> {
  app.replaceChildren(h('div', { role: 'status' }, tr('sidebar.memuat')));
  try {
    render(await call('ambilTampilan'));
  } catch (error) {
    app.replaceChildren(
      h(
        'div',
        { role: 'alert', class: 'error' },
        tr('sidebar.gagal', { pesan: String((error as Error).message ?? error) }),
      ),
    );
  }
}

void load();
