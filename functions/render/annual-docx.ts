// The annual report (SOP step 14) as a draft in the LKjIP outline of PermenPAN-RB 53/2014, which the
// Pengelola Kinerja completes: every part the workbook can fill is filled (the office, units and employees,
// the PK targets, capaian per indicator with the TW I-IV trend, per unit and per employee, kendala/arahan/
// tindak lanjut of every quarter, SOP compliance, the signed PKs by verification code); the narrative is
// the office's to write, in clearly marked places ([Diisi oleh instansi: ...]).
import {
  describeProblem,
  formatNip,
  formatPercent,
  formatPlain,
  type JumlahUnit,
  type ModelRekap,
  type RekapIndikator,
  type RekapPegawai,
  rincianDiBagian,
  roundHalfUp,
  teksNilai,
  titikGrafik,
  trenCapaian,
} from '../../shared';
import { digambar, renderCapaianChart, renderTrenChart } from './chart';
import { LANDSCAPE_WIDTH, PORTRAIT_WIDTH, utuh } from './layout';
import { type Blok, heading, isian, kop, p, pageBreak, table } from './ooxml-parts';
import type { RawTable, RawTables } from './ooxml-table';
import { kalimatIku, type OpsiRender, targetTahun } from './recap-docx';
import {
  angka,
  belumMelapor,
  bertanda,
  capaian,
  gambar,
  type Isi,
  kekurangan,
  legendaTanda,
  packRekap,
  susun,
  type Teks,
  tandaTangan,
  teksDalam,
  terlambat,
} from './recap-parts';

const P = PORTRAIT_WIDTH;
const L = LANDSCAPE_WIDTH;
const pct = (x: RekapPegawai['rataRata']) => (x ? formatPercent(x) : '-');

/** A chapter title on a new page (after a section break, the page is new already). */
const bab = (judul: string, newPage = true): Blok[] => [
  ...(newPage ? [pageBreak()] : []),
  p(judul, { bold: true, align: 'center', size: 26, keepNext: true }),
  p(''),
];

/** A table of many rows written directly (ooxml-table.ts), one block per unit. */
function rawPerUnit(
  m: ModelRekap,
  block: (u: ModelRekap['units'][number]) => RawTable | null,
): RawTables | Blok {
  // the summary of a split recap: the employees' tables are in its parts
  if (rincianDiBagian(m)) return p(teksDalam(m.bahasa)('doc.bagian.rincianDiBagian'));
  // one unit's table at a time: a large office's rows are never all built at once
  return function* () {
    for (const u of m.units) {
      const t = block(u);
      if (t) yield t;
    }
  };
}

function sampul(m: ModelRekap, opsi: OpsiRender, tx: Teks): Isi {
  return [
    ...kop(m.kantor.unit, m.kantor.nama, opsi.lambang ?? null),
    p(''),
    p(tx('doc.lkjip.judul'), { bold: true, align: 'center', size: 32 }),
    p(tx('doc.lkjip.tahun', { tahun: m.kantor.tahun }), {
      bold: true,
      align: 'center',
      size: 28,
    }),
    p(m.kantor.nama.toUpperCase(), { bold: true, align: 'center', size: 24 }),
    p(''),
    p(tx('doc.lkjip.konsep'), { align: 'center', color: 'C5221F' }),
    ...bab(tx('doc.lkjip.kataPengantar')),
    isian(tx('doc.lkjip.isi.kataPengantar'), m.bahasa),
    ...bab(tx('doc.lkjip.ikhtisar')),
    p(ikhtisar(m, tx), { align: 'both' }),
    p(''),
    isian(tx('doc.lkjip.isi.ikhtisar'), m.bahasa),
  ];
}

function ikhtisar(m: ModelRekap, tx: Teks): string {
  const r = m.ringkasan;
  const rata = r.rataRataCapaian
    ? tx('doc.lkjip.rataRata', { capaian: formatPercent(r.rataRataCapaian), predikat: r.predikat ?? '-' })
    : tx('doc.lkjip.rataRataBelum');
  const dist = r.distribusiPredikat.filter((d) => d.jumlah > 0).map((d) => `${d.jumlah} ${d.label}`);
  const iku = m.iku.pimpinan?.rataRata
    ? ` ${tx('doc.iku.capaian', { capaian: formatPercent(m.iku.pimpinan.rataRata), predikat: m.iku.pimpinan.predikat ?? '-' })}`
    : '';
  return `${tx('doc.lkjip.ikhtisarTeks', {
    tahun: m.kantor.tahun,
    kantor: m.kantor.nama,
    indikator: r.jumlahIndikator,
    pegawai: r.jumlahPegawai,
    rataRata: rata,
    sebaran: dist.length ? dist.join(', ') : '-',
    kelengkapan: formatPlain(r.kelengkapan, 2),
  })}${iku}`;
}

function babI(m: ModelRekap, tx: Teks): Isi {
  const s = m.penandatangan;
  const units = m.units.map((u) => [u.unitKerja, String(u.jumlah.pegawai), String(u.jumlah.indikator)]);
  return [
    ...bab(tx('doc.lkjip.babI')),
    heading(tx('doc.lkjip.latarBelakang'), 2),
    isian(tx('doc.lkjip.isi.latarBelakang'), m.bahasa),
    heading(tx('doc.lkjip.gambaranUmum'), 2),
    p(
      tx('doc.lkjip.gambaranUmumTeks', {
        kantor: `${m.kantor.nama}${m.kantor.unit ? `, ${m.kantor.unit}` : ''}`,
        kota: m.kantor.kota ? tx('doc.lkjip.berkedudukan', { kota: m.kantor.kota }) : '',
        pimpinan: s.pimpinan ? `${s.pimpinan.nama} (${s.pimpinan.jabatan})` : '-',
        unit: m.units.length,
        pegawai: m.ringkasan.jumlahPegawai,
      }),
      { align: 'both' },
    ),
    p(''),
    table(
      [tx('doc.kolom.unitKerja'), tx('doc.kolom.jumlahPegawai'), tx('doc.kolom.jumlahIndikator')],
      units,
      {
        numeric: [1, 2],
        total: P,
      },
    ),
    heading(tx('doc.lkjip.sdm'), 2),
    rawPerUnit(m, (u) => ({
      before: [{ text: u.unitKerja, bold: true }],
      header: [
        tx('doc.kolom.no'),
        tx('doc.kolom.nama'),
        'NIP',
        tx('doc.kolom.jabatan'),
        tx('doc.kolom.pangkat'),
      ],
      rows: u.pegawai.map((e, i) => [
        String(i + 1),
        e.nama,
        utuh(formatNip(e.nip)),
        e.jabatan,
        e.pangkat ?? '-',
      ]),
      numeric: [0],
      total: P,
    })),
    heading(tx('doc.lkjip.sistematika'), 2),
    p(tx('doc.lkjip.sistematikaTeks')),
  ];
}

/** The columns every table of the office IKU starts with: number, strategic goal, IKU, unit, annual target. */
function kolomIku(tx: Teks): string[] {
  return [
    tx('doc.kolom.no'),
    tx('doc.kolom.sasaranStrategis'),
    tx('doc.kolom.iku'),
    tx('doc.kolom.satuan'),
    tx('doc.kolom.targetTahun'),
  ];
}

function barisIku(i: RekapIndikator, n: number): string[] {
  return [String(n + 1), i.sasaran, `${i.kode} ${i.indikator}`, i.satuan, targetTahun(i)];
}

/** The office IKU with their targets, and the cascade from each IKU down to the indicators supporting it. */
function ikuRencana(m: ModelRekap, tx: Teks): Isi {
  const { pimpinan, kosong } = m.iku;
  const out: Isi = [heading(tx('doc.lkjip.ikuTarget'), 3)];
  if (kosong) out.push(p(describeProblem({ key: kosong }, m.bahasa)));
  if (pimpinan?.indikator.length) {
    out.push(
      p(kalimatIku({ ...m, iku: { ...m.iku, pimpinan: { ...pimpinan, rataRata: null } } }), {
        keepNext: true,
      }),
    );
    out.push(
      table(
        kolomIku(tx),
        pimpinan.indikator.map((i, n) => barisIku(i, n)),
        { numeric: [0, 4], total: P },
      ),
    );
  }
  type Simpul = ModelRekap['pohon']['akar'][number];
  // the nodes of this document's employees (a part of a split recap lists its own units' share)
  const nips = new Set(m.units.flatMap((u) => u.pegawai.map((e) => e.nip)));
  const turun = (s: Simpul, depth: number): string[][] =>
    s.anak.flatMap((a) => [
      ...(nips.has(a.nip)
        ? [['', `${'› '.repeat(depth)}${a.kode} ${a.indikator}`, `${a.nama} (${a.jabatan})`]]
        : []),
      ...turun(a, depth + 1),
    ]);
  const rows = m.pohon.akar.flatMap((akar) => {
    const below = turun(akar, 1);
    return below.length
      ? below.map((r, n) => [n === 0 ? `${akar.kode} ${akar.indikator}` : '', r[1] as string, r[2] as string])
      : [];
  });
  if (rows.length) {
    out.push(heading(tx('doc.lkjip.kaskade'), 3));
    out.push(
      table([tx('doc.kolom.iku'), tx('doc.kolom.indikatorPendukung'), tx('doc.kolom.pegawai')], rows, {
        total: P,
      }),
    );
  }
  for (const iku of m.pohon.ikuTanpaDukungan)
    out.push(p(tx('doc.iku.tanpaDukungan', { kode: iku.kode, indikator: iku.indikator })));
  return out;
}

function babII(m: ModelRekap, tx: Teks): Isi {
  return [
    ...bab(tx('doc.lkjip.babII')),
    heading(tx('doc.lkjip.renstra'), 2),
    isian(tx('doc.lkjip.isi.renstra'), m.bahasa),
    heading(tx('doc.lkjip.pk', { tahun: m.kantor.tahun }), 2),
    ...ikuRencana(m, tx),
    heading(tx('doc.lkjip.pkPegawai'), 3),
    p(tx('doc.lkjip.pkPegawaiTeks'), { keepNext: true }),
    rawPerUnit(m, (u) => ({
      before: [{ text: u.unitKerja, bold: true }],
      header: [
        tx('doc.kolom.no'),
        tx('doc.kolom.pegawai'),
        tx('doc.kolom.sasaran'),
        tx('doc.kolom.indikatorKinerja'),
        tx('doc.kolom.satuan'),
        tx('doc.kolom.targetSaja'),
      ],
      rows: u.pegawai.flatMap((e) =>
        e.indikator.map((i, n) => [
          String(n + 1),
          n === 0 ? e.nama : '',
          i.sasaran,
          i.indikator,
          i.satuan,
          targetTahun(i),
        ]),
      ),
      numeric: [0, 5],
      total: P,
    })),
  ];
}

function trenChart(m: ModelRekap, tx: Teks): Blok {
  const garis = trenCapaian(m, tx('doc.tren.rataRataInstansi')).map((g) => ({
    label: g.label,
    nilai: g.nilai.map((v) => (v ? roundHalfUp(v, 2).toNumber() : null)),
  }));
  return gambar(() => renderTrenChart(tx('doc.tren.judul', { tahun: m.kantor.tahun }), garis), 720, 300);
}

const singkat = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The trend of each office IKU over TW I-IV: one line chart per IKU, its own line and one per indicator
 * that directly supports it (the cascade), and a table of the IKU's capaian per quarter.
 */
function trenIku(m: ModelRekap, tx: Teks, grafik: OpsiRender['grafik']): Isi {
  const pimpinan = m.iku.pimpinan;
  if (!pimpinan?.indikator.length)
    return [p(describeProblem({ key: m.iku.kosong ?? 'rekap.iku.tanpaIki' }, m.bahasa))];
  const charts = pimpinan.indikator.flatMap((iku) => {
    const akar = m.pohon.akar.find((a) => a.nip === pimpinan.nip && a.kode === iku.kode);
    // the supporting indicators' figures are the tree's: the same in a summary without employees
    const pendukung = (akar?.anak ?? []).map((a) => ({
      label: singkat(`${a.kode} ${a.nama}`, 40),
      nilai: a.nilai.perTriwulan,
    }));
    const garis = [
      { label: singkat(`${iku.kode} ${iku.indikator}`), nilai: iku.perTriwulan.map(titikGrafik) },
      ...pendukung.slice(0, 7),
    ];
    const judul = tx('doc.tren.judulIku', { kode: iku.kode });
    const size = { width: 1200, height: 480 };
    return [
      heading(`${iku.kode} ${iku.indikator}`, 3),
      gambar(
        () => digambar(grafik, [judul, garis, size], () => renderTrenChart(judul, garis, size)),
        640,
        256,
      ),
    ];
  });
  return [
    p(tx('doc.tren.ikuTeks'), { keepNext: true }),
    table(
      [
        tx('doc.kolom.no'),
        tx('doc.kolom.iku'),
        'TW I',
        'TW II',
        'TW III',
        'TW IV',
        tx('doc.kolom.capaianTahun'),
      ],
      pimpinan.indikator.map((i, n) => [
        String(n + 1),
        `${i.kode} ${i.indikator}`,
        ...i.perTriwulan.map((q) => (q.capaian.status === 'terhitung' ? capaian(q, m.bahasa) : '-')),
        bertanda(capaian(i.periode, m.bahasa), i.tanda),
      ]),
      { numeric: [0, 2, 3, 4, 5, 6], total: L },
    ),
    ...charts,
  ];
}

/**
 * The trend of each indicator of the unit heads (the people directly under the head of office: their
 * indicators are the units' key indicators, which the office IKU of issue 11 cascades to), one chart per
 * unit head with a line per indicator: as many charts as units, whatever the number of staff.
 */
function trenIndikator(m: ModelRekap, tx: Teks, grafik: OpsiRender['grafik']): Blok[] {
  const head = m.penandatangan.pimpinan?.nip;
  const kepala = m.units.flatMap((u) => u.pegawai).filter((e) => e.atasan !== null && e.atasan.nip === head);
  return kepala.flatMap((e) => {
    if (e.indikator.length === 0) return [];
    const garis = e.indikator.map((i) => ({
      label: singkat(`${i.kode} ${i.indikator}`),
      nilai: i.perTriwulan.map(titikGrafik),
    }));
    const judul = tx('doc.tren.judulKepala', { jabatan: singkat(e.jabatan, 70) });
    const size = { width: 1200, height: 480 };
    return [
      heading(`${e.jabatan} — ${e.nama}`, 3),
      gambar(
        () => digambar(grafik, [judul, garis, size], () => renderTrenChart(judul, garis, size)),
        640,
        256,
      ),
    ];
  });
}

/** This year's realisation of each IKU against IKI `Realisasi Tahun Lalu` (shared/recap/tahun-lalu.ts). */
function tahunLalu(m: ModelRekap, tx: Teks): Isi {
  const iku = m.iku.pimpinan?.indikator ?? [];
  const lalu = m.kantor.tahun - 1;
  if (iku.length === 0) return [p(tx('doc.tahunLalu.tanpaIku'))];
  const arah = (a: RekapIndikator['tahunLalu']['arah']) =>
    a === 'membaik'
      ? tx('doc.tahunLalu.membaik')
      : a === 'memburuk'
        ? tx('doc.tahunLalu.memburuk')
        : a === 'tetap'
          ? tx('doc.tahunLalu.tetap')
          : '-';
  const kosong = iku.filter((i) => i.tahunLalu.realisasiTahunLalu === null);
  return [
    table(
      [
        tx('doc.kolom.no'),
        tx('doc.kolom.iku'),
        tx('doc.kolom.satuan'),
        tx('doc.kolom.targetTahunKe', { tahun: m.kantor.tahun }),
        tx('doc.kolom.realisasiTahunKe', { tahun: lalu }),
        tx('doc.kolom.realisasiTahunKe', { tahun: m.kantor.tahun }),
        tx('doc.kolom.selisih'),
        tx('doc.kolom.keterangan'),
      ],
      iku.map((i, n) => [
        String(n + 1),
        `${i.kode} ${i.indikator}`,
        i.satuan,
        targetTahun(i),
        teksNilai(i.tahunLalu.realisasiTahunLalu),
        bertanda(i.periode.huruf?.realisasi ?? angka(i.periode.realisasi), i.tanda),
        i.tahunLalu.selisih ? formatPlain(i.tahunLalu.selisih) : '-',
        arah(i.tahunLalu.arah),
      ]),
      { numeric: [0, 3, 4, 5, 6], total: L },
    ),
    ...(kosong.length
      ? [
          p(tx('doc.tahunLalu.kosong', { kode: kosong.map((i) => i.kode).join(', '), tahun: lalu }), {
            size: 16,
          }),
        ]
      : []),
    isian(tx('doc.lkjip.isi.tahunLalu'), m.bahasa),
  ];
}

function babIII(m: ModelRekap, tx: Teks, opsi: OpsiRender): Isi {
  const header = [
    tx('doc.kolom.pegawai'),
    tx('doc.kolom.indikator'),
    tx('doc.kolom.satuan'),
    tx('doc.kolom.targetTahun'),
    ...['I', 'II', 'III', 'IV'].map((tw) => tx('doc.kolom.realisasi', { periode: `TW ${tw}` })),
    tx('doc.kolom.realisasiTahun'),
    tx('doc.kolom.capaianTahun'),
    tx('doc.kolom.predikat'),
    tx('doc.kolom.capaianPerTriwulan'),
  ];
  const units = m.units.map((u) => [
    u.unitKerja,
    String(u.jumlah.pegawai),
    String(u.jumlah.indikator),
    pct(u.rataRata),
    u.predikat ?? '-',
  ]);
  const pimpinan = m.iku.pimpinan;
  return [
    ...bab(tx('doc.lkjip.babIII'), false),
    heading(tx('doc.lkjip.capaianIku'), 2),
    ...(pimpinan ? [p(kalimatIku(m))] : []),
    ...(m.iku.kosong ? [p(describeProblem({ key: m.iku.kosong }, m.bahasa))] : []),
    ...(pimpinan?.indikator.length
      ? [
          table(
            [
              ...kolomIku(tx),
              tx('doc.kolom.realisasiTahun'),
              tx('doc.kolom.capaianTahun'),
              tx('doc.kolom.predikat'),
            ],
            pimpinan.indikator.map((i, n) => [
              ...barisIku(i, n),
              bertanda(i.periode.huruf?.realisasi ?? angka(i.periode.realisasi), i.tanda),
              bertanda(capaian(i.periode, m.bahasa), i.tanda),
              i.predikat ?? '-',
            ]),
            { numeric: [0, 4, 5, 6], total: L },
          ),
        ]
      : []),
    heading(tx('doc.lkjip.trenIku'), 2),
    ...trenIku(m, tx, opsi.grafik),
    heading(tx('doc.lkjip.tahunLalu'), 2),
    ...tahunLalu(m, tx),
    heading(tx('doc.lkjip.perUnit'), 2),
    table(
      [
        tx('doc.kolom.unitKerja'),
        tx('doc.kolom.pegawai'),
        tx('doc.kolom.indikator'),
        tx('doc.kolom.rataRataCapaian'),
        tx('doc.kolom.predikat'),
      ],
      units,
      { numeric: [1, 2, 3], total: L },
    ),
    p(''),
    gambar(() => renderCapaianChart(m), 600, 300),
    p(tx('doc.tren.unitTeks'), { keepNext: true }),
    trenChart(m, tx),
    ...(rincianDiBagian(m)
      ? []
      : [p(tx('doc.tren.kepalaTeks'), { keepNext: true }), ...trenIndikator(m, tx, opsi.grafik)]),
    heading(tx('doc.lkjip.perPegawai'), 2),
    p(legendaTanda(m.bahasa), { size: 16 }),
    rawPerUnit(m, (u) => ({
      before: [
        {
          text: `${u.unitKerja}${u.rataRata ? ` — ${tx('doc.rataRata', { capaian: formatPercent(u.rataRata), predikat: u.predikat ?? '-' })}` : ''}`,
          bold: true,
        },
      ],
      header,
      rows: u.pegawai.flatMap((e) =>
        e.indikator.map((i, n) => [
          n === 0 ? `${e.nama}\n${utuh(formatNip(e.nip))}` : '',
          i.indikator,
          i.satuan,
          teksNilai(i.targetTahunan),
          ...i.perTriwulan.map((q) => q.huruf?.realisasi ?? angka(q.realisasi)),
          bertanda(i.periode.huruf?.realisasi ?? angka(i.periode.realisasi), i.tanda),
          bertanda(capaian(i.periode, m.bahasa), i.tanda),
          i.predikat ?? '-',
          // the trend, one quarter a line
          i.perTriwulan
            .map(
              (q, n) =>
                `${['I', 'II', 'III', 'IV'][n]}: ${q.capaian.status === 'terhitung' ? capaian(q, m.bahasa) : '-'}`,
            )
            .join('\n'),
        ]),
      ),
      numeric: [3, 4, 5, 6, 7, 8, 9],
      total: L,
    })),
    heading(tx('doc.lkjip.catatan'), 2),
    rawPerUnit(m, (u) => {
      const rows = u.pegawai.flatMap((e) =>
        e.indikator.flatMap((i) =>
          (['I', 'II', 'III', 'IV'] as const).flatMap((tw) => {
            const of = (notes: typeof i.kendala) => notes.find((n) => n.triwulan === tw)?.teks ?? '';
            const k = of(i.kendala);
            const a = of(i.arahan);
            const t = of(i.tindakLanjut);
            return k || a || t ? [[e.nama, i.indikator, `TW ${tw}`, k || '-', a || '-', t || '-']] : [];
          }),
        ),
      );
      return rows.length
        ? {
            before: [{ text: u.unitKerja, bold: true }],
            header: [
              tx('doc.kolom.pegawai'),
              tx('doc.kolom.indikator'),
              tx('doc.kolom.triwulan'),
              tx('doc.catatan.kendala'),
              tx('doc.kolom.arahanAtasan'),
              tx('doc.kolom.tindakLanjut'),
            ],
            rows,
            numeric: [],
            total: L,
          }
        : null;
    }),
    heading(tx('doc.lkjip.kepatuhan'), 2),
    p(kepatuhan(m, tx)),
    ...porsi(m, L, tx),
    ...belumMelapor(m, tx('doc.lkjip.belumMelapor'), L),
    ...terlambat(m, tx('doc.bagian.terlambat'), L),
    ...kekurangan(m, tx('doc.lkjip.kelengkapan')),
  ];
}

/** Where subordinates' portions of a cascaded count do not add up to the superior's target (issue 16). */
function porsi(m: ModelRekap, total: number, tx: Teks): Isi {
  if (m.porsi.length === 0) return [];
  return [
    heading(tx('doc.lkjip.porsi'), 2),
    table(
      [
        tx('doc.kolom.no'),
        tx('doc.kolom.indikatorAtasan'),
        tx('doc.kolom.targetSaja'),
        tx('doc.kolom.porsiBawahan'),
        tx('doc.kolom.jumlahPorsi'),
        tx('doc.kolom.keadaan'),
      ],
      m.porsi.map((c, i) => [
        String(i + 1),
        `${c.kode} ${c.indikator} (${c.nama})`,
        `${formatPlain(c.target)} ${c.satuan}`,
        c.bawahan.map((b) => `${b.nama} ${b.kode}: ${formatPlain(b.target)}`).join('; '),
        formatPlain(c.jumlah),
        c.keadaan,
      ]),
      { numeric: [0, 4], total },
    ),
  ];
}

function kepatuhan(m: ModelRekap, tx: Teks): string {
  // the units' counts: the whole office in a summary whose employees are in the parts
  const n = (f: (j: JumlahUnit) => number) => m.units.reduce((sum, u) => sum + f(u.jumlah), 0);
  return tx('doc.lkjip.kepatuhanTeks', {
    pegawai: n((j) => j.pegawai),
    pk: n((j) => j.pkDitandatangani),
    ra: n((j) => j.raDiarsipkan),
    dilaporkan: n((j) => j.sudahMelapor),
    dievaluasi: n((j) => j.sudahDievaluasi),
    terlambat: m.ringkasan.langkahTerlambat.length,
  });
}

function babIV(m: ModelRekap, tx: Teks): Isi {
  return [
    ...bab(tx('doc.lkjip.babIV'), false),
    p(ikhtisar(m, tx), { align: 'both' }),
    p(''),
    isian(tx('doc.lkjip.isi.penutup'), m.bahasa),
  ];
}

function lampiran(m: ModelRekap, tx: Teks): Isi {
  const pimpinan = m.iku.pimpinan;
  const baris = (e: RekapPegawai) => [
    e.nama,
    utuh(formatNip(e.nip)),
    e.jabatan,
    e.berkas.PK,
    e.kodeVerifikasiPk ?? tx('doc.lkjip.belumTtd'),
  ];
  const header = [
    tx('doc.kolom.nama'),
    'NIP',
    tx('doc.kolom.jabatan'),
    tx('doc.kolom.statusPk'),
    tx('doc.kolom.kodeVerifikasi'),
  ];
  return [
    ...bab(tx('doc.lkjip.lampiran')),
    p(tx('doc.lkjip.lampiranTeks'), { keepNext: true }),
    // the head of office's PK with the regional head comes first: it carries the office IKU
    ...(pimpinan ? [table(header, [baris(pimpinan)], { total: P }), p('')] : []),
    rawPerUnit(m, (u) => ({
      before: [{ text: u.unitKerja, bold: true }],
      header,
      rows: u.pegawai.map(baris),
      numeric: [],
      total: P,
    })),
  ];
}

/** The annual LKjIP draft as .docx bytes. */
export async function renderLaporanTahunan(m: ModelRekap, opsi: OpsiRender = {}): Promise<Buffer> {
  const tx = teksDalam(m.bahasa);
  const sections = susun([
    {
      judul: null,
      landscape: false,
      isi: () => [...sampul(m, opsi, tx), ...babI(m, tx), ...babII(m, tx)],
    },
    { judul: null, landscape: true, isi: () => babIII(m, tx, opsi) },
    {
      judul: null,
      landscape: false,
      isi: () => [...babIV(m, tx), ...tandaTangan(m, P), ...lampiran(m, tx)],
    },
  ]);
  return packRekap(m, sections);
}
