// Measurement patterns, qualitative targets and portions over a whole workbook (issue 16): the parse checks
// (tab, row, column), the recap states, the workflow asking nothing of unmeasured quarters, the sidebar,
// the PK lampiran, the Rekap rows and the portion warnings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  DEMO_NIP,
  DEMO_PEGAWAI,
  defaultSettingRows,
  demoTables,
  describeProblem,
  ikiTab,
  type ModelRekap,
  masalahDokumen,
  modelDokumenTtd,
  parseKantor,
  parseSkalaNilai,
  pengaturanTab,
  pengukuranTab,
  peringatanPorsi,
  porsiCabang,
  readSettings,
  readTab,
  rekapRows,
  rencanaAksiTab,
  sidebarView,
  type Tables,
  writeTab,
} from '../../shared';
import { doAction, kantorOf, rekap, replayDemo, sha256 } from '../support/driver';
import { MemoryWorkbook } from '../support/memory-workbook';

const NOW = Date.parse('2027-01-04T15:00:00+07:00');
const model = (wb: MemoryWorkbook, periode: Parameters<typeof rekap>[1]): ModelRekap => {
  const r = rekap(wb, periode, NOW);
  if (!r.ok) throw new Error('recap refused');
  return r.value;
};
const pegawai = (m: ModelRekap, nip: string) => m.units.flatMap((u) => u.pegawai).find((p) => p.nip === nip);
const indikator = (m: ModelRekap, nip: string, kode: string) =>
  pegawai(m, nip)?.indikator.find((i) => i.kode === kode);

/** The demo tables with the IKI / Rencana Aksi / Pengukuran records edited. */
function edited(edit: {
  iki?: (r: ReturnType<typeof ikiRows>[number]) => ReturnType<typeof ikiRows>[number];
  ra?: (r: ReturnType<typeof raRows>[number]) => ReturnType<typeof raRows>[number];
  ukur?: (r: ReturnType<typeof ukurRows>[number]) => ReturnType<typeof ukurRows>[number];
}): Tables {
  const t = demoTables();
  return {
    ...t,
    IKI: writeTab(ikiTab, ikiRows(t).map(edit.iki ?? ((r) => r))),
    'Rencana Aksi': writeTab(rencanaAksiTab, raRows(t).map(edit.ra ?? ((r) => r))),
    Pengukuran: writeTab(pengukuranTab, ukurRows(t).map(edit.ukur ?? ((r) => r))),
  };
}
const ikiRows = (t: Tables) => readTab(ikiTab, t.IKI).rows.map((r) => r.value);
const raRows = (t: Tables) => readTab(rencanaAksiTab, t['Rencana Aksi']).rows.map((r) => r.value);
const ukurRows = (t: Tables) => readTab(pengukuranTab, t.Pengukuran).rows.map((r) => r.value);

const SRI = DEMO_NIP.kabagUmum;
const DWI = DEMO_NIP.kasubagTu;
const RINA = DEMO_NIP.kasubagRapat;

describe('reading patterns and grades (problems name tab, row and column)', () => {
  it('the demo office reads without problems', () => {
    expect(parseKantor(demoTables()).problems.map((p) => describeProblem(p))).toEqual([]);
  });

  it('accepts a grade only where the Satuan names a scale', () => {
    const k = parseKantor(
      edited({ iki: (r) => (r.nip === DEMO_NIP.stafTu && r.kode === 'IKI-1' ? { ...r, target: 'WTP' } : r) }),
    );
    const lines = k.problems.map((p) => describeProblem(p));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Tab IKI, baris \d+, kolom Target: Nilai "WTP" bukan angka\./);
    expect(lines[0]).toContain('Satuan indikator IKI-1 adalah "data"');
  });

  it('refuses a number, or a grade of another scale, where the Satuan names a scale', () => {
    const k = parseKantor(
      edited({
        iki: (r) => (r.nip === SRI && r.kode === 'IKU-3' ? { ...r, target: 4 } : r),
        ukur: (r) => (r.nip === DWI && r.kode === 'IKI-3' ? { ...r, realisasi: 'WTP' } : r),
      }),
    );
    const lines = k.problems.map((p) => describeProblem(p));
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^Tab IKI, baris \d+, kolom Target: Nilai "4" tidak ada pada skala Opini BPK\. Isi salah satu dari: TMP, TW, WDP, WTP\.$/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^Tab Pengukuran, baris \d+, kolom Realisasi: Nilai "WTP" tidak ada pada skala Nilai SAKIP/,
      ),
    );
  });

  it('a mistyped number stays an error of the number, never a grade', () => {
    const t = demoTables();
    const rows = t.Pengukuran.map((r) => [...r]);
    const col = (rows[0] as string[]).indexOf('Realisasi');
    (rows[1] as unknown[])[col] = '1.2.3';
    const k = parseKantor({ ...t, Pengukuran: rows });
    expect(k.problems.some((p) => p.tab === 'Pengukuran' && p.row === 2 && p.column === 'Realisasi')).toBe(
      true,
    );
  });

  it('checks Periode Ukur, Penerbit for Rilis, and Pola Ukur against Agregasi', () => {
    const k = parseKantor(
      edited({
        iki: (r) =>
          r.nip === SRI && r.kode === 'IKU-3'
            ? { ...r, penerbit: null }
            : r.nip === RINA && r.kode === 'IKI-3'
              ? { ...r, periodeUkur: 'bulanan' }
              : r.nip === RINA && r.kode === 'IKI-1'
                ? { ...r, polaUkur: 'Posisi' }
                : r,
      }),
    );
    // in the order of the IKI rows: Rina IKI-1, Sri IKU-3, Rina IKI-3
    expect(k.problems.map((p) => [p.key, p.tab, p.column])).toEqual([
      ['iki.polaAgregasi', 'IKI', 'Pola Ukur'],
      ['iki.rilisTanpaPenerbit', 'IKI', 'Penerbit'],
      ['iki.periodeUkur', 'IKI', 'Periode Ukur'],
    ]);
  });

  it('derives a blank Agregasi from Pola Ukur, and refuses a row with neither', () => {
    const tables = edited({
      iki: (r) =>
        r.nip === RINA && r.kode === 'IKI-1'
          ? { ...r, agregasi: null, polaUkur: 'Hitungan' }
          : r.nip === RINA && r.kode === 'IKI-3'
            ? { ...r, agregasi: null, polaUkur: 'Posisi' }
            : r.nip === SRI && r.kode === 'IKU-3'
              ? { ...r, agregasi: null, polaUkur: null }
              : r,
    });
    const k = parseKantor(tables);
    const iki = (nip: string, kode: string) =>
      k.iki.find((r) => r.value.nip === nip && r.value.kode === kode);
    expect(iki(RINA, 'IKI-1')?.value.agregasi).toBe('Jumlah');
    expect(iki(RINA, 'IKI-3')?.value.agregasi).toBe('Nilai Akhir');
    expect(iki(SRI, 'IKU-3')).toBeUndefined();
    expect(k.problems.map((p) => describeProblem(p))).toEqual([
      expect.stringMatching(/^Tab IKI, baris \d+, kolom Agregasi: Agregasi kosong dan Pola Ukur juga kosong/),
    ]);
    // the same indicator with Agregasi typed reads the same
    const typed = parseKantor(demoTables()).iki.find((r) => r.value.nip === RINA && r.value.kode === 'IKI-1');
    expect(typed?.value.agregasi).toBe('Jumlah');
  });

  it('reads the Skala Nilai setting, and refuses a malformed one', () => {
    expect(DEFAULT_SETTINGS.skalaNilai.map((s) => s.nama)).toEqual([
      'Opini BPK',
      'Nilai SAKIP',
      'Akreditasi',
      'Akreditasi Unggul',
    ]);
    expect(parseSkalaNilai('Predikat RB: C < B < A')).toEqual([
      { nama: 'Predikat RB', nilai: ['C', 'B', 'A'] },
    ]);
    expect(parseSkalaNilai('Opini BPK: WTP')).toBeNull();
    const rows = readTab(
      pengaturanTab,
      writeTab(pengaturanTab, defaultSettingRows({ 'Skala Nilai': 'Opini BPK WTP' })),
    ).rows;
    const { problems } = readSettings(rows);
    expect(problems.map((p) => [p.key, p.column])).toEqual([['pengaturan.nilai', 'Nilai']]);
  });
});

describe('the states everywhere: tidak diukur, menunggu rilis', () => {
  const wb = new MemoryWorkbook(demoTables());
  replayDemo(wb);

  it('recap TW I: quarters outside the period are tidak diukur, not late, in no average', () => {
    const m = model(wb, 'TW1');
    const opini = indikator(m, SRI, 'IKU-3');
    expect([opini?.capaianTeks, opini?.periode.keadaan, opini?.polaUkur, opini?.periodeUkur]).toEqual([
      'tidak diukur',
      'tidak diukur',
      'Rilis',
      'tahunan, rilis tahun berikutnya (TW IV)',
    ]);
    expect(indikator(m, RINA, 'IKI-3')?.capaianTeks).toBe('tidak diukur');
    const lines = m.kekurangan.map((p) => describeProblem(p));
    expect(lines.filter((l) => /IKU-3|IKI-3/.test(l) && l.includes('Rina'))).toEqual([]);
    expect(m.kekurangan).toEqual([]);
    // Sri's mean is over her two measured indicators only, and says so
    const sri = pegawai(m, SRI);
    expect([sri?.indikatorTerhitung, sri?.indikatorDiukur, sri?.keteranganPredikat]).toEqual([2, 2, null]);
    expect(m.ringkasan.tidakDiukur).toBe(3);
  });

  it('recap of the year: the Opini BPK is menunggu rilis, Nilai SAKIP prints its grade', () => {
    const m = model(wb, 'TAHUNAN');
    expect(indikator(m, SRI, 'IKU-3')?.capaianTeks).toBe('menunggu rilis');
    expect(indikator(m, SRI, 'IKU-3')?.periode.huruf).toEqual({ target: 'WTP', realisasi: null });
    const sakip = indikator(m, DWI, 'IKI-3');
    expect([sakip?.capaianTeks, sakip?.predikat, sakip?.periode.huruf]).toEqual([
      '80,00% (B)',
      'Baik',
      { target: 'BB', realisasi: 'B' },
    ]);
    expect(m.ringkasan.belumMelapor).toEqual([]);
    expect(m.kekurangan).toEqual([]);
    // the predikat rests on 2 of Sri's 3 indicators: said in words
    expect(pegawai(m, SRI)?.keteranganPredikat).toBe('dari 2 dari 3 indikator');
  });

  it('the Rekap tab rows name the same states', () => {
    const rows = rekapRows(model(wb, 'TAHUNAN'), { dokumen: null, pdf: null });
    expect(rows.find((r) => r.nip === SRI)?.kelengkapan).toBe('Lengkap; 1 menunggu rilis');
    const tw1 = rekapRows(model(wb, 'TW1'), { dokumen: null, pdf: null });
    expect(tw1.find((r) => r.nip === RINA)?.kelengkapan).toBe('Lengkap; 1 tidak diukur');
  });

  it('the workflow asks no realisation of an unmeasured quarter or an awaited release', () => {
    const k = kantorOf(new MemoryWorkbook(demoTables(false)));
    for (const d of ['TW1', 'TW2', 'TW3', 'TW4'] as const) {
      const kodes = masalahDokumen(k, SRI, d, true).map((p) => p.params?.kode);
      expect(kodes).not.toContain('IKU-3');
      expect(kodes).toContain('IKU-1');
    }
    const rina = masalahDokumen(k, RINA, 'TW1', true).map((p) => p.params?.kode);
    expect(rina).not.toContain('IKI-3');
    expect(masalahDokumen(k, RINA, 'TW2', true).map((p) => p.params?.kode)).toContain('IKI-3');
  });

  it('the Rencana Aksi asks no target for a quarter outside the period', () => {
    const k = kantorOf(new MemoryWorkbook(demoTables()));
    expect(masalahDokumen(k, SRI, 'RA', false)).toEqual([]);
    expect(masalahDokumen(k, RINA, 'RA', false)).toEqual([]);
  });

  it('the sidebar shows the state of a quarter and, to whom it concerns, the portion warning', () => {
    const k = kantorOf(wb);
    const mail = (nip: string) => DEMO_PEGAWAI.find((p) => p.nip === nip)?.email as string;
    // Sri reports TW I: what her superior is shown of it names the Opini BPK as not measured
    const reported = new MemoryWorkbook(demoTables());
    replayDemo(reported, Number.POSITIVE_INFINITY, (d) => !d.startsWith('TW'));
    const april = Date.parse('2026-04-06T08:00:00+07:00');
    for (const at of [april, april + 60_000])
      expect(doAction(reported, mail(SRI), 'ajukan', SRI, 'TW1', at).ok).toBe(true);
    const sekwan = sidebarView(kantorOf(reported), mail(DEMO_NIP.sekwan), sha256);
    const tw1 = sekwan.menunggu.find((d) => d.nip === SRI && d.dokumen === 'TW1');
    const iku3 = tw1?.indikatorTw.find((i) => i.kode === 'IKU-3');
    expect([iku3?.target, iku3?.realisasi]).toEqual(['tidak diukur', 'tidak diukur']);
    expect(sidebarView(k, mail(SRI), sha256).peringatan).toEqual([]);
    const hendra = sidebarView(k, mail(DEMO_NIP.kasubagKeuangan), sha256);
    expect(hendra.peringatan.map((m) => [m.tab, m.column])).toEqual([['IKI', 'Target']]);
    expect(hendra.peringatan[0]?.teks).toContain('kurang 80');
    // the administrator sees every warning of the office: the demo has this one only
    expect(sidebarView(k, mail(DWI), sha256).peringatan.map((m) => m.teks)).toEqual(
      hendra.peringatan.map((m) => m.teks),
    );
  });

  it('the PK lampiran carries the pattern and period of each indicator', () => {
    const doc = modelDokumenTtd(kantorOf(wb), SRI, 'PK', sha256, NOW);
    if (!doc.ok) throw new Error('no PK');
    expect(doc.value.iki.map((r) => [r.target, r.polaUkur, r.periodeUkur, r.penerbit])).toEqual([
      ['95', 'Posisi', 'setiap triwulan', null],
      ['7', 'Posisi', 'setiap triwulan', null],
      ['WTP', 'Rilis', 'tahunan, rilis tahun berikutnya (TW IV)', 'BPK RI Perwakilan Provinsi Jawa Timur'],
    ]);
  });
});

describe('portions that add up', () => {
  it("the demo: the Bendahara carries 400 of the Kasubag Keuangan's 480: kurang, a warning on the IKI row", () => {
    const k = parseKantor(demoTables());
    // the office's own IKU-02 is carried whole by the Kabag Persidangan's count (issue 11's cascade)
    expect(porsiCabang(k).map((c) => [c.kode, c.target, c.jumlah.toNumber(), c.keadaan])).toEqual([
      ['IKU-02', 96, 96, 'terbagi habis'],
      ['IKI-3', 480, 400, 'kurang'],
    ]);
    const w = peringatanPorsi(k).filter((p) => p.owner === DEMO_NIP.kasubagKeuangan);
    expect(w.map((p) => describeProblem(p))).toEqual([
      `Tab IKI, baris ${w[0]?.row}, kolom Target: Indikator IKI-3 (Hendra Gunawan, S.E.) target 480, porsi bawahan baru 400 (kurang 80): Fitri Handayani, A.Md. IKI-3 400.`,
    ]);
    // a warning, never a problem: the workbook is valid
    expect(k.problems).toEqual([]);
  });

  it('flags Hitungan targets that do not add up, per branch, and only those (property)', () => {
    const target = fc.integer({ min: 0, max: 1000 });
    fc.assert(
      fc.property(target, fc.array(target, { minLength: 1, maxLength: 4 }), (atas, porsi) => {
        // the Kasubag TU's staff: each portion a separate row of the one staff member
        const t = demoTables();
        const iki = [
          ...ikiRows(t),
          { ...base(DWI, 'IKI-9', atas), kodeAtasan: null },
          ...porsi.map((p, i) => ({ ...base(DEMO_NIP.stafTu, `IKI-9${i}`, p), kodeAtasan: 'IKI-9' })),
        ];
        const k = parseKantor({ ...t, IKI: writeTab(ikiTab, iki) });
        const sum = porsi.reduce((a, b) => a + b, 0);
        const branch = porsiCabang(k).find((c) => c.kode === 'IKI-9');
        expect(branch?.keadaan).toBe(sum === atas ? 'terbagi habis' : sum < atas ? 'kurang' : 'lebih');
        const flagged = peringatanPorsi(k).some((p) => p.params?.kode === 'IKI-9');
        expect(flagged).toBe(sum !== atas);
      }),
      { numRuns: 30 },
    );
  });

  it('a Posisi indicator carried by two bearers of the same Satuan is flagged', () => {
    const t = demoTables();
    const iki = [
      ...ikiRows(t),
      {
        ...base(DWI, 'IKI-8', 90),
        agregasi: 'Nilai Akhir' as const,
        polaUkur: 'Posisi' as const,
        satuan: '%',
      },
      ...[1, 2].map((i) => ({
        ...base(DEMO_NIP.stafTu, `IKI-8${i}`, 90),
        agregasi: 'Nilai Akhir' as const,
        polaUkur: 'Posisi' as const,
        satuan: '%',
        kodeAtasan: 'IKI-8',
      })),
    ];
    const w = peringatanPorsi(parseKantor({ ...t, IKI: writeTab(ikiTab, iki) }));
    expect(w.map((p) => p.key)).toContain('porsi.pemikulGanda');
  });
});

function base(nip: string, kode: string, target: number) {
  return {
    nip,
    kode,
    sasaran: 'Sasaran',
    indikator: 'Jumlah dokumen',
    satuan: 'dokumen',
    polaritas: 'Positif' as const,
    target,
    targetAtas: null,
    agregasi: 'Jumlah' as const,
    definisi: null,
    sumberData: null,
    kodeAtasan: null as string | null,
    polaUkur: 'Hitungan' as 'Hitungan' | 'Posisi' | 'Rilis',
    periodeUkur: null,
    penerbit: null,
  };
}
