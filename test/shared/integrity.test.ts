// Integrity on a shared sheet (issue 10): every edit an editor of the sheet can make outside the workflow is
// detected by validate, the sidebar, the recap and the signed document, or proven harmless; ambiguous
// identities block the actions that depend on them.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  bacaJangkarJson,
  type Cell,
  compileRekap,
  DEMO_NIP,
  DEMO_PEGAWAI,
  demoTables,
  describeProblem,
  formatWaktu,
  hashDokumen,
  type Jangkar,
  jangkarDari,
  jangkarSetelah,
  type Kantor,
  kodeVerifikasi,
  modelDokumenTtd,
  normalizeHeader,
  type Problem,
  periksaLog,
  riwayatTab,
  sambungkan,
  semuaMasalahIntegritas,
  sidebarView,
  syntheticTables,
  teksSidik,
  writeTab,
} from '../../shared';
import { doAction, kantorOf, MINUTE, replayDemo, sha256 } from '../support/driver';
import { MemoryWorkbook } from '../support/memory-workbook';

const email = (nip: string) => DEMO_PEGAWAI.find((p) => p.nip === nip)?.email as string;
const EKO = DEMO_NIP.stafTu;
const DWI = DEMO_NIP.kasubagTu; // Eko's superior and the Pengelola Kinerja
const FITRI = DEMO_NIP.stafKeuangan;
const NOW = Date.parse('2027-01-20T09:00:00+07:00');

function anchorOf(k: Kantor): Jangkar {
  return { panjang: k.riwayat.length, kepala: k.riwayat[k.riwayat.length - 1]?.value.hashRantai ?? '' };
}

/** Column index of a header in a tab (0-based). */
function col(wb: MemoryWorkbook, tab: string, header: string): number {
  const i = (wb.tabs[tab]?.[0] ?? []).findIndex((h) => normalizeHeader(h) === normalizeHeader(header));
  if (i < 0) throw new Error(`${tab} has no column ${header}`);
  return i;
}

/** The sheet row (1-based) of the first row of `tab` whose `header` cell is `value` (and `and` holds). */
function rowOf(
  wb: MemoryWorkbook,
  tab: string,
  header: string,
  value: Cell,
  and: (r: Cell[]) => boolean = () => true,
) {
  const c = col(wb, tab, header);
  const i = (wb.tabs[tab] ?? []).findIndex((r, n) => n > 0 && r[c] === value && and(r));
  if (i < 0) throw new Error(`${tab}: no row with ${header} = ${value}`);
  return i + 1;
}

function setCell(wb: MemoryWorkbook, tab: string, row: number, header: string, value: Cell): void {
  const r = (wb.tabs[tab] as Cell[][])[row - 1] as Cell[];
  r[col(wb, tab, header)] = value;
}

/** What each reader says after an edit: validate, the sidebar of `viewer`, the recap, the signed PK. */
function readers(wb: MemoryWorkbook, jangkar: Jangkar, owner: string) {
  const k = kantorOf(wb);
  const integ = periksaLog(k, jangkar, sha256);
  const validate = [...k.problems, ...semuaMasalahIntegritas(k, integ, sha256)].map((p) =>
    describeProblem(p),
  );
  const viewer = DEMO_PEGAWAI.find((p) => p.nip === owner) as (typeof DEMO_PEGAWAI)[number];
  const view = sidebarView(k, viewer.email, sha256, { jangkar });
  const sidebar = [
    ...view.integritas.map((m) => m.teks),
    ...view.dokumenSaya.flatMap((d) => [...d.masalah.map((m) => m.teks), ...(d.berubah ? ['berubah'] : [])]),
  ];
  const recap = compileRekap(k, 'TAHUNAN', NOW, sha256, { jangkar });
  const pegawai = recap.ok
    ? recap.value.units.flatMap((u) => u.pegawai).find((p) => p.nip === owner)
    : undefined;
  const recapFlags = recap.ok
    ? [
        ...recap.value.integritas.map((p) => describeProblem(p)),
        ...(pegawai?.integritas ?? []).map((p) => describeProblem(p)),
        ...(pegawai?.ukurBerubah ?? []).map((tw) => `ukur ${tw}`),
        ...(pegawai?.berubahSetelahTtd ?? []).map((d) => `berubah ${d}`),
      ]
    : ['recap refused'];
  const doc = modelDokumenTtd(k, owner, 'PK', sha256, NOW, { jangkar });
  const document = doc.ok
    ? doc.value.berubah
      ? ['berubah']
      : []
    : doc.problems.map((p) => describeProblem(p));
  return { k, validate, sidebar, recap: recapFlags, document };
}

describe('the log is the truth', () => {
  let year: MemoryWorkbook;
  let jangkar: Jangkar;
  let baseline: ReturnType<typeof readers>;

  beforeAll(() => {
    year = new MemoryWorkbook(demoTables());
    for (const { result } of replayDemo(year)) expect(result.ok).toBe(true);
    // the service anchored every write: length, head and the digest of the whole log
    jangkar = year.anchor.nilai as Jangkar;
    expect(jangkar).toMatchObject(anchorOf(kantorOf(year)));
    expect(jangkar.sidik).toMatch(/^[0-9a-f]{64}$/);
    baseline = readers(year, jangkar, EKO);
  });

  it('a whole year played through the workflow is clean for every reader', () => {
    expect(baseline.validate).toEqual([]);
    expect(baseline.sidebar).toEqual([]);
    expect(baseline.recap).toEqual([]);
    expect(baseline.document).toEqual([]);
    // every entry carries its chain hash, and the anchor covers them all
    const k = kantorOf(year);
    expect(k.riwayat.every((r) => /^[0-9a-f]{64}$/.test(r.value.hashRantai ?? ''))).toBe(true);
  });

  const edits: [string, (wb: MemoryWorkbook) => void, RegExp][] = [
    [
      'clearing the Hash PK cell',
      (wb) => setCell(wb, 'PK', rowOf(wb, 'PK', 'NIP', EKO), 'Hash PK', null),
      /Hash PK diubah di luar alur: log menyatakan [0-9a-f]{64}/,
    ],
    [
      'typing Diarsipkan into a status cell',
      (wb) => setCell(wb, 'PK', rowOf(wb, 'PK', 'NIP', EKO), 'Status TW IV', 'Draf'),
      /Status TW IV diubah di luar alur: log menyatakan Ditindaklanjuti, sel berisi Draf/,
    ],
    [
      'rewriting the signer’s email on a Riwayat row',
      (wb) => {
        const r = rowOf(wb, 'Riwayat', 'Langkah SOP', 3, (x) => x[col(wb, 'Riwayat', 'NIP Pemilik')] === EKO);
        setCell(wb, 'Riwayat', r, 'Email', 'orang.lain@nganjukkab.go.id');
      },
      /Riwayat diubah di luar alur: entri ini tidak cocok dengan rantai hash/,
    ],
    [
      'deleting the last Riwayat row',
      (wb) => {
        (wb.tabs.Riwayat as Cell[][]).pop();
      },
      /tercatat \d+ entri, kini hanya \d+/,
    ],
    [
      'raising a realisation after the superior’s evaluation',
      (wb) => {
        const r = rowOf(wb, 'Pengukuran', 'NIP', EKO, (x) => x[col(wb, 'Pengukuran', 'Triwulan')] === 'II');
        setCell(wb, 'Pengukuran', r, 'Realisasi', 500);
      },
      /Pengukuran TW II berubah setelah ditindaklanjuti/,
    ],
    [
      'raising a target after signing',
      (wb) => setCell(wb, 'IKI', rowOf(wb, 'IKI', 'NIP', EKO), 'Target', 999),
      /berubah/,
    ],
    [
      'adding an IKI row after signing, even one with a cell that cannot be read',
      (wb) => {
        const width = (wb.tabs.IKI?.[0] ?? []).length;
        const row: Cell[] = Array.from({ length: width }, () => null);
        row[col(wb, 'IKI', 'NIP')] = EKO;
        row[col(wb, 'IKI', 'Kode')] = 'IKI-9';
        row[col(wb, 'IKI', 'Target')] = 'banyak';
        wb.tabs.IKI?.push(row);
      },
      /berubah/,
    ],
  ];

  it.each(edits)(
    'detects %s in validate, the sidebar, the recap and the document',
    (_name, edit, expected) => {
      const wb = new MemoryWorkbook(year.tabs);
      edit(wb);
      const seen = readers(wb, jangkar, EKO);
      expect(seen.validate.join('\n') + seen.sidebar.join('\n')).toMatch(
        expected.source === 'berubah' ? /berubah setelah|Wajib|bukan angka/ : expected,
      );
      expect(seen.sidebar.length, 'sidebar').toBeGreaterThan(0);
      expect(seen.recap.length, 'recap').toBeGreaterThan(0);
      if (!/Pengukuran TW/.test(expected.source)) expect(seen.document.length, 'document').toBeGreaterThan(0);
    },
  );

  it('decides from the log, not from the mirror: a typed status skips nothing and blocks the person', () => {
    const wb = new MemoryWorkbook(demoTables());
    // Fitri types "Diarsipkan" over her own PK and RA status and tries to report TW I straight away
    doAction(wb, email(FITRI), 'ajukan', FITRI, 'PK', Date.parse('2026-01-05T08:00:00+07:00'));
    const r = rowOf(wb, 'PK', 'NIP', FITRI);
    setCell(wb, 'PK', r, 'Status PK', 'Diarsipkan');
    setCell(wb, 'PK', r, 'Status RA', 'Diarsipkan');
    const k = kantorOf(wb);
    expect(k.alur.get(FITRI)?.berkas.PK).toBe('Diajukan');
    const result = doAction(
      wb,
      email(FITRI),
      'ajukan',
      FITRI,
      'TW1',
      Date.parse('2026-04-02T08:00:00+07:00'),
    );
    expect(result.ok).toBe(false);
    const text = result.ok ? '' : result.problems.map((p) => describeProblem(p)).join('\n');
    expect(text).toContain(
      'Tab PK, baris 2, kolom Status PK: Status PK diubah di luar alur: log menyatakan Diajukan',
    );
    // putting the cells back as the log says lifts the block
    setCell(wb, 'PK', r, 'Status PK', 'Diajukan');
    setCell(wb, 'PK', r, 'Status RA', 'Draf');
    const after = doAction(
      wb,
      email(DEMO_NIP.kasubagKeuangan),
      'setujui',
      FITRI,
      'PK',
      Date.parse('2026-01-05T09:00:00+07:00'),
    );
    expect(after.ok ? [] : after.problems.map((p) => describeProblem(p))).toEqual([]);
  });

  it('property: after legal actions, any single-cell edit is detected or leaves the replayed state and every seal intact', () => {
    const tabs = ['Riwayat', 'PK', 'IKI', 'Rencana Aksi', 'Pengukuran'] as const;
    const k0 = kantorOf(year);
    const signedOrSealed = (k: Kantor) =>
      k.org.all.flatMap((p) => {
        const a = k.alur.get(p.nip);
        if (!a) return [];
        return [
          ...(['PK', 'RA'] as const).flatMap((d) =>
            a.ttd[d]?.hash && a.ttd[d]?.hash !== hashDokumen(k, sha256, p.nip, d) ? [`${p.nip} ${d}`] : [],
          ),
          ...(['TW1', 'TW2', 'TW3', 'TW4'] as const).flatMap((d) =>
            a.segel[d]?.hash && a.segel[d]?.hash !== hashDokumen(k, sha256, p.nip, d)
              ? [`${p.nip} ${d}`]
              : [],
          ),
        ];
      });
    fc.assert(
      fc.property(
        fc.constantFrom(...tabs),
        fc.nat(),
        fc.nat(),
        fc.oneof(
          fc.constant(null),
          fc.constant('Diarsipkan'),
          fc.integer({ min: -5, max: 999 }),
          fc.string(),
        ),
        (tab, rowSeed, colSeed, value) => {
          const wb = new MemoryWorkbook(year.tabs);
          const table = wb.tabs[tab] as Cell[][];
          const row = 1 + (rowSeed % (table.length - 1));
          const c = colSeed % (table[0]?.length ?? 1);
          const before = (table[row] as Cell[])[c];
          // an empty cell stays empty whether it reads null or '' (e.g. the head of office's NIP Atasan Pemilik)
          if (before === value || ((before ?? '') === '' && (value ?? '') === '')) return;
          (table[row] as Cell[])[c] = value;
          const k = kantorOf(wb);
          const integ = periksaLog(k, jangkar, sha256);
          const reported: Problem[] = [...k.problems, ...semuaMasalahIntegritas(k, integ, sha256)];
          const stateSame = JSON.stringify([...k.alur]) === JSON.stringify([...k0.alur]);
          const sealsIntact = signedOrSealed(k).length === 0;
          if (!(stateSame && sealsIntact)) expect(reported.length).toBeGreaterThan(0);
          if (tab === 'Riwayat' || (tab === 'PK' && !stateSame)) expect(reported.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300, seed: 20261128 },
    );
  });
});

describe('the anchor', () => {
  it('keeps times to the second, as a cell keeps them: an action at any millisecond verifies when read back', () => {
    const wb = new MemoryWorkbook(demoTables());
    const r = doAction(wb, email(EKO), 'ajukan', EKO, 'PK', Date.parse('2026-01-05T08:00:00+07:00') + 987);
    expect(r.ok).toBe(true);
    const k = kantorOf(wb);
    expect(periksaLog(k, wb.anchor.baca(), sha256).blokirSemua).toEqual([]);
  });

  it('checks the anchored part with one digest, and still finds the edited row when it differs', () => {
    const wb = new MemoryWorkbook(demoTables());
    const t = Date.parse('2026-01-05T08:00:00+07:00');
    doAction(wb, email(EKO), 'ajukan', EKO, 'PK', t);
    doAction(wb, email(DWI), 'setujui', EKO, 'PK', t + MINUTE);
    doAction(wb, email(DWI), 'setujui', EKO, 'PK', t + 2 * MINUTE);
    let digests = 0;
    const counting = (text: string) => {
      digests++;
      return sha256(text);
    };
    const k = kantorOf(wb);
    expect(periksaLog(k, wb.anchor.baca(), counting).blokirSemua).toEqual([]);
    expect(digests).toBe(1);
    const row = rowOf(wb, 'Riwayat', 'Langkah SOP', 2);
    setCell(wb, 'Riwayat', row, 'Catatan', 'disisipkan');
    const problems = periksaLog(kantorOf(wb), wb.anchor.baca(), sha256).blokirSemua;
    expect(problems.map((p) => [p.key, p.row])).toEqual([['integritas.rantaiPutus', row]]);
  });

  it('anchors from the digest text of the log as from its entries: empty, or with entries appended', () => {
    const wb = new MemoryWorkbook(demoTables());
    replayDemo(wb);
    const log = kantorOf(wb).riwayat.map((r) => r.value);
    for (const cut of [0, 1, log.length - 1]) {
      const before = log.slice(0, cut);
      const after = log.slice(cut);
      const awal = {
        panjang: before.length,
        kepala: before.at(-1)?.hashRantai ?? '',
        teks: teksSidik(before),
      };
      expect(jangkarSetelah(sha256, awal, after)).toEqual(jangkarDari(sha256, log));
      expect(jangkarSetelah(sha256, awal, [])).toEqual(jangkarDari(sha256, before));
    }
  });

  it('a recap anchors the log it verified, and gives no new anchor for a log edited outside the workflow', async () => {
    const { runRecap } = await import('../../functions/recap/pipeline');
    const store = { publish: async () => ({ docUrl: 'memory:rekap', pdfUrl: null }) };
    const recap = (wb: MemoryWorkbook) =>
      runRecap(
        wb,
        store,
        { officeId: 'memori', periode: 'TW1', email: email(DWI), now: NOW, jangkar: wb.anchor.baca() },
        sha256,
      );
    const wb = new MemoryWorkbook(demoTables());
    doAction(wb, email(EKO), 'ajukan', EKO, 'PK', Date.parse('2026-01-05T08:00:00+07:00'));
    const clean = await recap(wb);
    if (!clean.ok) throw new Error('recap refused');
    const k = kantorOf(wb);
    expect(clean.value.jangkar).toEqual(
      jangkarDari(
        sha256,
        k.riwayat.map((r) => r.value),
      ),
    );
    expect(clean.value.jangkar).toMatchObject(anchorOf(k));
    const edited = new MemoryWorkbook(wb.tabs);
    edited.anchor.tulis(clean.value.jangkar as Jangkar);
    setCell(edited, 'Riwayat', 2, 'Catatan', 'diubah');
    const after = await recap(edited);
    expect(after.ok && after.value.jangkar).toBe(null);
    expect(after.ok && after.value.model.integritas.map((p) => p.key)).toEqual(['integritas.rantaiPutus']);
  });
});

describe('unambiguous identity', () => {
  function forgedOffice() {
    const wb = new MemoryWorkbook(demoTables());
    doAction(wb, email(EKO), 'ajukan', EKO, 'PK', Date.parse('2026-01-05T08:00:00+07:00'));
    return wb;
  }

  it('a copy of one’s superior’s Pegawai row with one’s own email blocks signing, naming both rows', () => {
    const wb = forgedOffice();
    const pegawai = wb.tabs.Pegawai as Cell[][];
    const dwiRow = pegawai.findIndex((r) => r[col(wb, 'Pegawai', 'NIP')] === DWI);
    const copy = [...(pegawai[dwiRow] as Cell[])];
    copy[col(wb, 'Pegawai', 'Email')] = 'eko.kedua@nganjukkab.go.id';
    pegawai.splice(1, 0, copy); // inserted above the real row: the reader would take it first
    const r = doAction(
      wb,
      'eko.kedua@nganjukkab.go.id',
      'setujui',
      EKO,
      'PK',
      Date.parse('2026-01-05T09:00:00+07:00'),
    );
    expect(r.ok).toBe(false);
    const text = r.ok ? '' : r.problems.map((p) => describeProblem(p)).join('\n');
    expect(text).toMatch(/identitas salah satu pihak tidak dapat dipastikan/);
    expect(text).toMatch(/Tab Pegawai, baris \d+, kolom NIP: Data 198001102005012008 sudah ada di baris \d+/);
    // nor can the real superior sign while the NIP is ambiguous
    expect(doAction(wb, email(DWI), 'setujui', EKO, 'PK', Date.parse('2026-01-05T09:10:00+07:00')).ok).toBe(
      false,
    );
  });

  it('a duplicate email identifies nobody', () => {
    const wb = forgedOffice();
    const r = rowOf(wb, 'Pegawai', 'NIP', FITRI);
    setCell(wb, 'Pegawai', r, 'Email', email(DWI));
    const result = doAction(wb, email(DWI), 'setujui', EKO, 'PK', Date.parse('2026-01-05T09:00:00+07:00'));
    expect(result.ok ? [] : result.problems.map((p) => describeProblem(p)).join('\n')).toMatch(
      /tercatat pada lebih dari satu baris Pegawai/,
    );
  });

  it('every member of a loop of superiors is blocked', () => {
    const wb = forgedOffice();
    // Dwi's superior becomes Eko: Eko -> Dwi -> Eko
    setCell(wb, 'Pegawai', rowOf(wb, 'Pegawai', 'NIP', DWI), 'NIP Atasan', EKO);
    const k = kantorOf(wb);
    expect([...k.org.ambigu.keys()].sort()).toEqual([EKO, DWI].sort());
    expect(doAction(wb, email(DWI), 'setujui', EKO, 'PK', Date.parse('2026-01-05T09:00:00+07:00')).ok).toBe(
      false,
    );
  });

  it('an acting official named without Plt/Plh acts for nobody, and the position’s approvals wait', () => {
    const wb = forgedOffice();
    const r = rowOf(wb, 'Pegawai', 'NIP', DWI);
    setCell(wb, 'Pegawai', r, 'NIP Plt/Plh', DEMO_NIP.kabagUmum);
    setCell(wb, 'Pegawai', r, 'Jenis Plt/Plh', null);
    const result = doAction(wb, email(DWI), 'setujui', EKO, 'PK', Date.parse('2026-01-05T09:00:00+07:00'));
    expect(result.ok ? '' : result.problems.map((p) => describeProblem(p)).join('\n')).toMatch(
      /Jenis Plt\/Plh/,
    );
  });

  it('the log binds an email to one NIP: acting later as another NIP is reported', () => {
    const wb = forgedOffice();
    // Eko swaps emails with his superior's row, then signs his own PK "as Atasan"
    const ekoRow = rowOf(wb, 'Pegawai', 'NIP', EKO);
    const dwiRow = rowOf(wb, 'Pegawai', 'NIP', DWI);
    setCell(wb, 'Pegawai', dwiRow, 'Email', email(EKO));
    setCell(wb, 'Pegawai', ekoRow, 'Email', 'eko.baru@nganjukkab.go.id');
    const signed = doAction(wb, email(EKO), 'setujui', EKO, 'PK', Date.parse('2026-01-05T09:00:00+07:00'));
    expect(signed.ok).toBe(true);
    const k = kantorOf(wb);
    expect(k.problems.map((p) => describeProblem(p)).join('\n')).toMatch(
      /Email eko\.prasetyo@nganjukkab\.go\.id bertindak sebagai NIP 198001102005012008, padahal pada baris 2/,
    );
    // and the person's next step is blocked
    expect(doAction(wb, email(EKO), 'setujui', EKO, 'PK', Date.parse('2026-01-05T09:10:00+07:00')).ok).toBe(
      false,
    );
  });

  it('verification codes show 64 bits of the signed hash', () => {
    expect(kodeVerifikasi('0123456789abcdef0123')).toBe('0123-4567-89AB-CDEF');
  });

  it('a signature stays valid after the signer moves away (mutasi): the log keeps who was the superior', () => {
    const wb = new MemoryWorkbook(demoTables());
    const t = Date.parse('2026-01-05T08:00:00+07:00');
    doAction(wb, email(EKO), 'ajukan', EKO, 'PK', t);
    doAction(wb, email(DWI), 'setujui', EKO, 'PK', t + 10 * MINUTE);
    doAction(wb, email(DWI), 'setujui', EKO, 'PK', t + 20 * MINUTE);
    // Eko moves under another superior
    setCell(wb, 'Pegawai', rowOf(wb, 'Pegawai', 'NIP', EKO), 'NIP Atasan', DEMO_NIP.kasubagKeuangan);
    const k = kantorOf(wb);
    expect(k.problems.filter((p) => p.key.startsWith('integritas.'))).toEqual([]);
    expect(k.alur.get(EKO)?.ttd.PK?.nipPelaku).toBe(DWI);
  });
});

describe('a synthetic office’s year', () => {
  it('has a chained log that its PK mirror, its seals and its anchor agree with', () => {
    const k = kantorOf(new MemoryWorkbook(syntheticTables(25, 3, sha256)));
    const integ = periksaLog(k, anchorOf(k), sha256);
    expect(k.riwayat).toHaveLength(25 * 23);
    expect(
      [...k.problems, ...semuaMasalahIntegritas(k, integ, sha256)].map((p) => describeProblem(p)),
    ).toEqual([]);
    expect(k.alur.get(k.org.all[2]?.nip ?? '')?.berkas).toMatchObject({
      RA: 'Diarsipkan',
      TW4: 'Ditindaklanjuti',
    });
  });
});

describe('the administrator’s view stays bounded', () => {
  it('lists the year’s most recent late steps with their count, whatever the log’s length', () => {
    const tables = syntheticTables(300, 2, sha256);
    const wb = new MemoryWorkbook(tables);
    // make every logged step late, then chain the log again as the workflow would have
    const k0 = kantorOf(wb);
    const late = k0.riwayat.map((r) => ({
      ...r.value,
      melebihi: 'Ya' as const,
      durasi: 999,
      hashRantai: null,
    }));
    const chained = sambungkan(sha256, '', late).entri;
    wb.tabs.Riwayat = writeTab(riwayatTab, chained);
    const k = kantorOf(wb);
    const admin = k.org.administrators[0]?.email ?? '';
    const view = sidebarView(k, admin, sha256, { jangkar: anchorOf(k) });
    expect(view.integritas).toEqual([]);
    expect(view.kepatuhanJumlah).toBe(k.riwayat.length);
    expect(view.kepatuhan).toHaveLength(20);
    expect(view.kepatuhan[0]?.waktu).toBe(
      formatWaktu(k.riwayat[k.riwayat.length - 1]?.value.waktu ?? 0, 420),
    );
    expect(JSON.stringify(view).length).toBeLessThan(60_000);
  });
});

describe('bad input that would mislead', () => {
  it('a negative target is an error naming the IKI cell, whatever the polarity', () => {
    const wb = new MemoryWorkbook(demoTables());
    const row = rowOf(wb, 'IKI', 'NIP', EKO);
    setCell(wb, 'IKI', row, 'Target', -5);
    const problems = kantorOf(wb).problems.filter((p) => p.key === 'iki.targetNegatif');
    expect(problems.map((p) => describeProblem(p))).toEqual([
      expect.stringMatching(
        new RegExp(`^Tab IKI, baris ${row}, kolom Target: Target negatif tidak bermakna`),
      ),
    ]);
    // and the employee's PK cannot go forward while it stands
    expect(doAction(wb, email(EKO), 'ajukan', EKO, 'PK', Date.parse('2026-01-05T08:00:00+07:00')).ok).toBe(
      false,
    );
  });
});

describe('an anchor as a shell stores it', () => {
  it('reads back what was written, and anything else as no anchor', () => {
    const j = { panjang: 3, kepala: 'a'.repeat(64), sidik: 'b'.repeat(64) };
    expect(bacaJangkarJson(JSON.stringify(j))).toEqual(j);
    expect(bacaJangkarJson(JSON.stringify({ panjang: 3, kepala: 'c' }))).toEqual({ panjang: 3, kepala: 'c' });
    for (const bad of [null, '', '{', '{"panjang":"3","kepala":"x"}', '[]'])
      expect(bacaJangkarJson(bad)).toBe(null);
  });
});
