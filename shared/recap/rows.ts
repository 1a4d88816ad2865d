// The Rekap tab rows of a compiled recap: one per employee and period, with the document links.
import { roundHalfUp } from '../locale/number';
import type { BarisRekap } from '../workbook/parse';
import type { ModelRekap } from './model';

export interface TautanRekap {
  readonly dokumen: string | null;
  readonly pdf: string | null;
}

export function rekapRows(m: ModelRekap, tautan: TautanRekap): BarisRekap[] {
  return m.units.flatMap((u) =>
    u.pegawai.map((p) => ({
      periode: m.periode,
      nip: p.nip,
      nama: p.nama,
      unitKerja: u.unitKerja,
      capaian: p.rataRata ? roundHalfUp(p.rataRata, 2).toNumber() : null,
      predikat: p.predikat,
      kelengkapan: p.sudahMelapor ? (p.sudahDievaluasi ? 'Lengkap' : 'Belum dievaluasi') : 'Belum melapor',
      dokumen: tautan.dokumen,
      pdf: tautan.pdf,
      dikompilasi: m.dibuat,
    })),
  );
}
