// The Rekap tab rows of a compiled recap: one per employee and period, with the document links.
import { labelKeadaan } from '../capaian/teks';
import { roundHalfUp } from '../locale/number';
import type { BarisRekap } from '../workbook/parse';
import type { ModelRekap, RekapPegawai } from './model';

/**
 * Kelengkapan of one employee: reported and evaluated, then the indicators "tidak diukur" or "menunggu
 * rilis" in the period, named by the same state as everywhere (`1 menunggu rilis`).
 */
export function kelengkapanPegawai(p: RekapPegawai): string {
  const keadaan = p.indikator.map((i) => i.periode.keadaan);
  if (keadaan.length > 0 && keadaan.every((k) => k === 'tidak diukur'))
    return labelKeadaan('tidak diukur') ?? '';
  const base = p.sudahMelapor ? (p.sudahDievaluasi ? 'Lengkap' : 'Belum dievaluasi') : 'Belum melapor';
  const notes = (['menunggu rilis', 'tidak diukur'] as const).flatMap((k) => {
    const n = keadaan.filter((x) => x === k).length;
    return n ? [`${n} ${labelKeadaan(k)}`] : [];
  });
  return notes.length ? `${base}; ${notes.join(', ')}` : base;
}

export interface TautanRekap {
  readonly dokumen: string | null;
  readonly pdf: string | null;
}

export function rekapRows(m: ModelRekap, tautan: TautanRekap): BarisRekap[] {
  // the head of office (the office IKU) first, then every unit's employees
  const head = m.iku.pimpinan ? [{ unitKerja: m.iku.pimpinan.unitKerja, pegawai: [m.iku.pimpinan] }] : [];
  return [...head, ...m.units].flatMap((u) =>
    u.pegawai.map((p) => ({
      periode: m.periode,
      nip: p.nip,
      nama: p.nama,
      unitKerja: u.unitKerja,
      capaian: p.rataRata ? roundHalfUp(p.rataRata, 2).toNumber() : null,
      predikat: p.predikat,
      kelengkapan: kelengkapanPegawai(p),
      dokumen: tautan.dokumen,
      pdf: tautan.pdf,
      dikompilasi: m.dibuat,
    })),
  );
}
