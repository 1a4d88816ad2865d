// The signed Perjanjian Kinerja and Rencana Aksi as .docx (docx library), in the format offices print and
// sign: letterhead, title, the statement of the parties (PK), the attachment table, the signature block
// (PIHAK KEDUA left, PIHAK KESATU right, city and Indonesian date, "Plt."/"Plh." for an acting signatory),
// and a footer with the approval record and the verification code. A document whose content changed after
// signing, or that is not signed yet, says so on its face.
import {
  AlignmentType,
  Document,
  Footer,
  Packer,
  PageBreak,
  PageOrientation,
  Paragraph,
  type Table,
} from 'docx';
import { formatNip, formatTanggal, type ModelDokumenTtd, type Pihak } from '../../shared';
import { blank, FONT, kop, p, signatures, signer, table } from './parts';

const RED = 'C5221F';

function titleOf(x: Pihak | null, role: string): string {
  if (!x) return role;
  return `${role}\n${x.sebutan ? `${x.sebutan} ` : ''}${x.jabatan}`;
}

function signatureBlock(m: ModelDokumenTtd): (Paragraph | Table)[] {
  return signatures(
    signer(titleOf(m.pihakKedua, 'PIHAK KEDUA'), m.pihakKedua),
    signer(titleOf(m.pihakKesatu, 'PIHAK KESATU'), m.pihakKesatu),
    `${m.kantor.kota || '..........'}, ${formatTanggal(m.tanggal)}`,
  );
}

function warnings(m: ModelDokumenTtd): Paragraph[] {
  if (m.berubah) {
    return [
      p(
        'PERHATIAN: isi dokumen ini berubah setelah ditandatangani. Kode verifikasi di bawah tidak berlaku untuk isi ini.',
        { bold: true, color: RED, align: AlignmentType.CENTER },
      ),
      blank(),
    ];
  }
  if (!m.persetujuan.ditandatangani)
    return [
      p(`KONSEP — belum ditandatangani (status: ${m.persetujuan.status})`, {
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
    ? `Disetujui oleh ${a.oleh} pada ${a.waktu}. Kode verifikasi: ${a.kodeVerifikasi}${m.berubah ? ' (isi telah berubah sejak ditandatangani)' : ''}`
    : 'Belum ditandatangani.';
  return new Footer({ children: [p(text, { size: 14, align: AlignmentType.CENTER })] });
}

function perjanjian(m: ModelDokumenTtd): (Paragraph | Table)[] {
  return [
    ...kop(m.kantor.unit, m.kantor.nama),
    ...warnings(m),
    p(m.judul, { bold: true, align: AlignmentType.CENTER, size: 26 }),
    blank(),
    // the parties' lines stay left-aligned; the prose is justified
    ...m.pernyataan.flatMap((text) => [
      p(text, { align: text.startsWith('Nama:') ? AlignmentType.LEFT : AlignmentType.JUSTIFIED }),
      blank(),
    ]),
    ...signatureBlock(m),
    new Paragraph({ children: [new PageBreak()] }),
    p(`LAMPIRAN ${m.judul}`, { bold: true, align: AlignmentType.CENTER, size: 24 }),
    p(`${m.pihakKesatu.jabatan} — ${m.kantor.nama}`, { align: AlignmentType.CENTER }),
    blank(),
    table(
      ['No', 'Sasaran', 'Indikator Kinerja', 'Satuan', 'Target'],
      m.iki.map((r) => [String(r.no), r.sasaran, r.indikator, r.satuan, r.target]),
      [0, 4],
      [600, 3000, 3400, 1000, 1000],
    ),
    ...signatureBlock(m),
  ];
}

function rencanaAksi(m: ModelDokumenTtd): (Paragraph | Table)[] {
  return [
    ...kop(m.kantor.unit, m.kantor.nama),
    ...warnings(m),
    p(m.judul, { bold: true, align: AlignmentType.CENTER, size: 26 }),
    blank(),
    p(`Nama: ${m.pihakKesatu.nama}\nJabatan: ${m.pihakKesatu.jabatan}\nNIP: ${formatNip(m.pihakKesatu.nip)}`),
    blank(),
    table(
      [
        'No',
        'Indikator Kinerja',
        'Satuan',
        'Rencana Aksi',
        'Target TW I',
        'Target TW II',
        'Target TW III',
        'Target TW IV',
      ],
      m.rencanaAksi.map((r) => [String(r.no), r.indikator, r.satuan, r.rencanaAksi, ...r.target]),
      [0, 4, 5, 6, 7],
      [500, 3000, 900, 4000, 1100, 1100, 1100, 1100],
    ),
    ...signatureBlock(m),
  ];
}

export async function renderDokumenTtdDocx(m: ModelDokumenTtd): Promise<Buffer> {
  const doc = new Document({
    creator: 'Kinerja Sheets',
    title: m.judul,
    styles: { default: { document: { run: { font: FONT } } } },
    sections: [
      {
        properties: m.jenis === 'RA' ? { page: { size: { orientation: PageOrientation.LANDSCAPE } } } : {},
        footers: { default: footer(m) },
        children: m.jenis === 'PK' ? perjanjian(m) : rencanaAksi(m),
      },
    ],
  });
  return Packer.toBuffer(doc);
}
