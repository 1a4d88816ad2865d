// The signed Perjanjian Kinerja and Rencana Aksi as .docx (docx library), in the format offices print and
// sign (PermenPAN-RB 53/2014): letterhead with the coat of arms, title, the statement of the parties (PK,
// PIHAK KESATU or PIHAK PERTAMA as Pengaturan says), the signature block (PIHAK KEDUA left, the employee
// right, city and Indonesian date, "Plt."/"Plh." for an acting signatory), the attachment: the indicators
// with the level's sasaran and, when the person has rows in Anggaran PK, the program/kegiatan budget table.
// The Rencana Aksi groups the actions under each indicator with its sasaran, TW I-IV and annual target,
// and lists the targets that do not add up to the annual target. A footer carries the approval record and
// the verification code; a document whose content changed after signing, or not signed yet, says so.
import {
  AlignmentType,
  Document,
  Footer,
  Packer,
  PageBreak,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from 'docx';
import {
  describeProblem,
  formatNip,
  formatTanggal,
  type Lang,
  type MessageKey,
  type ModelDokumenTtd,
  type Pihak,
  SASARAN_TINGKAT,
  t,
} from '../../shared';
import { columnWidths, LANDSCAPE_WIDTH, PORTRAIT_WIDTH } from './layout';
import { blank, FONT, heading, kop, p, signatures, TABLE_SIZE, table } from './parts';

const RED = 'C5221F';

export interface OpsiDokumen {
  /** The coat of arms (PNG or JPEG bytes) for the letterhead. */
  readonly lambang?: Uint8Array | null;
  /** The language of the texts around the official wording (Pengaturan `Bahasa`). */
  readonly lang?: Lang;
}

/**
 * The document's language for its texts from the catalogue: set at the start of a render, which builds every
 * paragraph synchronously before its first await, so concurrent renders never see another's language.
 */
let bahasa: Lang = 'id';
const tx = (key: MessageKey, params: Readonly<Record<string, string | number>> = {}) =>
  t(key, params, bahasa);

function titleOf(x: Pihak | null, role: string): string {
  if (!x) return role;
  return `${role}\n${x.sebutan ? `${x.sebutan} ` : ''}${x.jabatan}`;
}

function signatureBlock(m: ModelDokumenTtd, total: number): (Paragraph | Table)[] {
  return signatures(
    { title: titleOf(m.pihakKedua, tx('doc.pk.pihakKedua')), orang: m.pihakKedua },
    { title: titleOf(m.pihakKesatu, m.sebutan), orang: m.pihakKesatu },
    `${m.kantor.kota || '..........'}, ${formatTanggal(m.tanggal)}`,
    total,
  );
}

function warnings(m: ModelDokumenTtd): Paragraph[] {
  if (m.berubah) {
    return [p(tx('doc.pk.berubah'), { bold: true, color: RED, align: AlignmentType.CENTER }), blank()];
  }
  if (!m.persetujuan.ditandatangani)
    return [
      p(tx('doc.pk.konsep', { status: m.persetujuan.status }), {
        bold: true,
        color: RED,
        align: AlignmentType.CENTER,
      }),
      blank(),
    ];
  return [];
}

function footer(m: ModelDokumenTtd): Footer {
  const a = m.persetujuan;
  const text = a.oleh
    ? [
        tx('doc.pk.disetujui', { oleh: a.oleh, waktu: a.waktu ?? '-' }),
        a.pindaian ? tx('doc.pk.pindaian', { pindaian: a.pindaian }) : null,
        tx('doc.pk.kodeVerifikasi', { kode: a.kodeVerifikasi ?? '-' }) +
          (m.berubah ? ` (${tx('doc.pk.berubahSejakTtd')})` : ''),
      ]
        .filter(Boolean)
        .join(' ')
    : tx('doc.pk.belumTtd');
  return new Footer({ children: [p(text, { size: 14, align: AlignmentType.CENTER })] });
}

function anggaran(m: ModelDokumenTtd): (Paragraph | Table)[] {
  if (m.anggaran.length === 0) return [];
  return [
    blank(),
    heading(tx('doc.pk.anggaran'), 3),
    table(
      [tx('doc.kolom.no'), tx('doc.kolom.program'), tx('doc.kolom.anggaran'), tx('doc.kolom.keterangan')],
      [
        ...m.anggaran.map((a) => [String(a.no), a.program, a.anggaran, a.keterangan]),
        ['', tx('doc.kolom.jumlah'), m.jumlahAnggaran ?? '', ''],
      ],
      { numeric: [0, 2] },
    ),
  ];
}

function perjanjian(m: ModelDokumenTtd, lambang: Uint8Array | null): (Paragraph | Table)[] {
  return [
    ...kop(m.kantor.unit, m.kantor.nama, lambang),
    ...warnings(m),
    p(m.judul, { bold: true, align: AlignmentType.CENTER, size: 26 }),
    p(`${m.pihakKesatu.jabatan.toUpperCase()}`, { bold: true, align: AlignmentType.CENTER }),
    blank(),
    // the parties' lines stay left-aligned; the prose is justified
    ...m.pernyataan.flatMap((text) => [
      p(text, { align: text.startsWith('Nama:') ? AlignmentType.LEFT : AlignmentType.JUSTIFIED }),
      blank(),
    ]),
    ...signatureBlock(m, PORTRAIT_WIDTH),
    new Paragraph({ children: [new PageBreak()] }),
    p(tx('doc.pk.lampiran', { judul: m.judul }), {
      bold: true,
      align: AlignmentType.CENTER,
      size: 24,
      keepNext: true,
    }),
    p(`${m.pihakKesatu.jabatan} — ${m.kantor.nama}`, { align: AlignmentType.CENTER, keepNext: true }),
    blank(),
    table(
      [
        tx('doc.kolom.no'),
        SASARAN_TINGKAT[m.tingkat],
        tx('doc.kolom.indikatorKinerja'),
        tx('doc.kolom.satuan'),
        tx('doc.kolom.targetSaja'),
      ],
      m.iki.map((r) => [String(r.no), r.sasaran, r.indikator, r.satuan, r.target]),
      { numeric: [0, 4] },
    ),
    ...anggaran(m),
    ...signatureBlock(m, PORTRAIT_WIDTH),
  ];
}

const raHeader = () => [
  tx('doc.kolom.no'),
  tx('doc.kolom.sasaran'),
  tx('doc.kolom.indikatorKinerja'),
  tx('doc.kolom.satuan'),
  tx('doc.rencanaAksi'),
  ...['I', 'II', 'III', 'IV'].map((tw) => tx('doc.kolom.target', { periode: `TW ${tw}` })),
  tx('doc.kolom.targetTahun'),
];

/**
 * The Rencana Aksi table: an indicator's cells (No, Sasaran, Indikator, Satuan, Target Tahun) span its
 * action rows; with several actions, a last row gives the indicator's quarterly targets used for capaian.
 */
function tabelRencanaAksi(m: ModelDokumenTtd): Table {
  type Baris = { aksi: string; tw: readonly string[]; bold?: boolean };
  const groups = m.rencanaAksi.map((r) => {
    const rows: Baris[] = r.aksi.map((a) => ({ aksi: a.rencanaAksi, tw: a.target }));
    if (rows.length === 0) rows.push({ aksi: '-', tw: r.target });
    if (r.aksi.length > 1)
      rows.push({ aksi: tx('doc.ra.targetIndikator', { agregasi: r.agregasi }), tw: r.target, bold: true });
    return { r, rows };
  });
  const grid = groups.flatMap(({ r, rows }) =>
    rows.map((b) => [String(r.no), r.sasaran, r.indikator, r.satuan, b.aksi, ...b.tw, r.targetTahunan]),
  );
  const header = raHeader();
  const widths = columnWidths(
    header.map((h, i) => ({ header: h, cells: grid.map((row) => row[i] ?? '') })),
    LANDSCAPE_WIDTH,
    TABLE_SIZE,
  );
  const text = (s: string, opts: { bold?: boolean; right?: boolean; span?: number; header?: boolean } = {}) =>
    new TableCell({
      rowSpan: opts.span,
      shading: opts.header ? { fill: 'E8F0FE' } : undefined,
      children: [
        p(s, {
          size: TABLE_SIZE,
          bold: opts.bold || opts.header,
          align: opts.header ? AlignmentType.CENTER : opts.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        }),
      ],
    });
  const rows = groups.flatMap(({ r, rows: bs }) =>
    bs.map((b, n) => {
      const span = bs.length;
      const own = [
        text(b.aksi, { bold: b.bold }),
        ...b.tw.map((t) => text(t, { right: true, bold: b.bold })),
      ];
      const cells =
        n === 0
          ? [
              text(String(r.no), { span, right: true }),
              text(r.sasaran, { span }),
              text(r.indikator, { span }),
              text(r.satuan, { span }),
              ...own,
              text(r.targetTahunan, { span, right: true }),
            ]
          : own;
      return new TableRow({ cantSplit: true, children: cells });
    }),
  );
  return new Table({
    width: { size: LANDSCAPE_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: header.map((h) => text(h, { header: true })),
      }),
      ...rows,
    ],
  });
}

function rencanaAksi(m: ModelDokumenTtd, lambang: Uint8Array | null): (Paragraph | Table)[] {
  return [
    ...kop(m.kantor.unit, m.kantor.nama, lambang, LANDSCAPE_WIDTH),
    ...warnings(m),
    p(m.judul, { bold: true, align: AlignmentType.CENTER, size: 26 }),
    blank(),
    p(
      `${tx('doc.kolom.nama')}: ${m.pihakKesatu.nama}\n${tx('doc.kolom.jabatan')}: ${m.pihakKesatu.jabatan}\nNIP: ${formatNip(m.pihakKesatu.nip)}`,
    ),
    blank(),
    tabelRencanaAksi(m),
    ...(m.rencanaAksi.some((r) => r.alasan)
      ? [
          blank(),
          p(tx('doc.ra.alasan'), { bold: true, keepNext: true }),
          ...m.rencanaAksi.flatMap((r) =>
            r.alasan ? [p(`${r.kode} ${r.indikator}: ${r.alasan}`, { size: 18 })] : [],
          ),
        ]
      : []),
    ...(m.peringatan.length
      ? [
          blank(),
          p(tx('doc.ra.konsistensi'), { bold: true, keepNext: true }),
          ...m.peringatan.map((w, i) => p(`${i + 1}. ${describeProblem(w, bahasa)}`, { size: 18 })),
        ]
      : []),
    ...signatureBlock(m, LANDSCAPE_WIDTH),
  ];
}

export async function renderDokumenTtdDocx(m: ModelDokumenTtd, opsi: OpsiDokumen = {}): Promise<Buffer> {
  const lambang = opsi.lambang ?? null;
  bahasa = opsi.lang ?? 'id';
  const doc = new Document({
    creator: 'Kinerja Sheets',
    title: m.judul,
    styles: { default: { document: { run: { font: FONT } } } },
    sections: [
      {
        properties: m.jenis === 'RA' ? { page: { size: { orientation: PageOrientation.LANDSCAPE } } } : {},
        footers: { default: footer(m) },
        children: m.jenis === 'PK' ? perjanjian(m, lambang) : rencanaAksi(m, lambang),
      },
    ],
  });
  return Packer.toBuffer(doc);
}
