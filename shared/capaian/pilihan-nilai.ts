// The grade dropdowns of qualitative indicators (issue 16): Target (IKI), Target TW I-IV (Rencana Aksi) and
// Realisasi (Pengukuran) hold numbers for most indicators and grades for those whose Satuan names a scale
// in Pengaturan `Skala Nilai`. A whole-column list cannot serve such a mixed column, so each row whose
// indicator is on a scale gets its own list of that scale's grades (and the other rows none). Set-up writes
// them (the add-on's Siapkan tab and Periksa data, `kinerja init` and every workbook the local mode lays
// out); a row added since has none until then, and every cell is still checked when read (check.ts).
import { cellText } from '../tabs/column';
import type { Kantor } from '../workbook/parse';
import { skalaOf } from './ordinal';

export interface PilihanNilaiKolom {
  readonly tab: 'IKI' | 'Rencana Aksi' | 'Pengukuran';
  readonly header: string;
  /** 1-based sheet column. */
  readonly kolom: number;
  /** For each data row from row 2: the grades to offer, or null for a numeric indicator (no list). */
  readonly nilai: readonly (readonly string[] | null)[];
}

const KOLOM = {
  IKI: ['Target'],
  'Rencana Aksi': ['Target TW I', 'Target TW II', 'Target TW III', 'Target TW IV'],
  Pengukuran: ['Realisasi'],
} as const;

const FIELD: Readonly<Record<string, string>> = {
  Target: 'target',
  'Target TW I': 'targetTw1',
  'Target TW II': 'targetTw2',
  'Target TW III': 'targetTw3',
  'Target TW IV': 'targetTw4',
  Realisasi: 'realisasi',
};

const teks = (c: unknown): string => (c === null || c === undefined ? '' : cellText(c as string).trim());

/** Per column of grades, per row: the scale's grades where the row's indicator names a scale. */
export function pilihanNilai(k: Kantor): PilihanNilaiKolom[] {
  const skalaKode = new Map<string, readonly string[]>();
  const ikiRead = k.reads.IKI;
  const ix = ikiRead.columnIndex as Partial<Record<string, number>>;
  const key = (nip: unknown, kode: unknown) => `${teks(nip).replace(/\s+/g, '')}|${teks(kode)}`;
  const ikiNilai = ikiRead.raw.slice(1).map((r) => {
    const skala = ix.satuan === undefined ? null : skalaOf(k.settings.skalaNilai, teks(r[ix.satuan]));
    if (skala && ix.nip !== undefined && ix.kode !== undefined)
      skalaKode.set(key(r[ix.nip], r[ix.kode]), skala.nilai);
    return skala?.nilai ?? null;
  });
  const out: PilihanNilaiKolom[] = [];
  for (const tab of ['IKI', 'Rencana Aksi', 'Pengukuran'] as const) {
    const read = k.reads[tab];
    const idx = read.columnIndex as Partial<Record<string, number>>;
    const nilai =
      tab === 'IKI'
        ? ikiNilai
        : read.raw
            .slice(1)
            .map((r) =>
              idx.nip === undefined || idx.kode === undefined
                ? null
                : (skalaKode.get(key(r[idx.nip], r[idx.kode])) ?? null),
            );
    for (const header of KOLOM[tab]) {
      const c = idx[FIELD[header] as string];
      if (c === undefined || !read.present) continue;
      out.push({ tab, header, kolom: c + 1, nilai });
    }
  }
  return out;
}
