// Which tabs a local action can read as their header only: a PK action needs no Rencana Aksi, Pengukuran
// or Rekap rows, an RA action no Pengukuran or Rekap rows, a quarterly one no Rencana Aksi or Rekap rows
// (the document's content and its blocking problems come from the tabs content.ts names for it: Pegawai
// and IKI for PK, Rencana Aksi for RA, Pengukuran for a quarter, whose transitions protect no Rencana Aksi
// row; PK, Riwayat and Pengaturan are read for every action).
// Opening a revision (perubahan) of a PK reopens the Rencana Aksi too and records its measured quarters'
// targets: it reads the Rencana Aksi rows.
import type { Aksi, Dokumen } from '../../shared';

export function tabsNotNeeded(dokumen: Dokumen, aksi?: Aksi): readonly string[] {
  if (dokumen === 'PK') return aksi === 'perubahan' ? ['Rekap'] : ['Rencana Aksi', 'Pengukuran', 'Rekap'];
  if (dokumen === 'RA') return ['Pengukuran', 'Rekap'];
  return ['Rencana Aksi', 'Rekap'];
}
