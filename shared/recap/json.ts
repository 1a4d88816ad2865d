// The recap model as plain JSON for other systems (e-SAKIP uploads, dashboards): decimals as strings with
// full precision, capaian also as displayed, a version number for the shape.

import type { Decimal } from '../capaian/decimal';
import type { NilaiPeriode } from '../capaian/period';
import { formatInstant, isoDate } from '../locale/date';
import { roundHalfUp } from '../locale/number';
import type { ModelRekap } from './model';

const d = (x: Decimal | null): string | null => (x === null ? null : x.toFixed());
const pct = (x: Decimal | null): string | null => (x === null ? null : roundHalfUp(x, 2).toFixed(2));

function nilai(n: NilaiPeriode) {
  return {
    target: d(n.target),
    realisasi: d(n.realisasi),
    huruf: n.huruf,
    keadaan: n.keadaan,
    status: n.capaian.status,
    capaian: n.capaian.status === 'terhitung' ? d(n.capaian.nilai) : null,
    capaianDibulatkan: n.capaian.status === 'terhitung' ? pct(n.capaian.nilai) : null,
    alasan: n.capaian.status === 'tidak dapat dihitung' ? n.capaian.alasan : null,
    belumLengkap: n.belumLengkap,
    triwulanTerisi: n.triwulanTerisi,
  };
}

/** The office summary alone (what the recap service answers with). */
export function ringkasanJson(m: ModelRekap, offsetMenit = 420) {
  return {
    ...m.ringkasan,
    rataRataCapaian: d(m.ringkasan.rataRataCapaian),
    rataRataCapaianDibulatkan: pct(m.ringkasan.rataRataCapaian),
    langkahTerlambat: m.ringkasan.langkahTerlambat.map((l) => ({
      ...l,
      waktu: formatInstant(l.waktu, offsetMenit),
    })),
  };
}

function pegawaiJson(p: ModelRekap['units'][number]['pegawai'][number]) {
  return {
    ...p,
    rataRata: d(p.rataRata),
    rataRataSd: d(p.rataRataSd),
    indikator: p.indikator.map((i) => ({
      ...i,
      periode: nilai(i.periode),
      sdPeriode: i.sdPeriode ? nilai(i.sdPeriode) : null,
      perTriwulan: i.perTriwulan.map(nilai),
      tahunLalu: { ...i.tahunLalu, selisih: d(i.tahunLalu.selisih) },
    })),
  };
}

type Simpul = ModelRekap['pohon']['akar'][number];
function simpulJson(n: Simpul): unknown {
  const c = n.nilai.capaian;
  return {
    nip: n.nip,
    nama: n.nama,
    jabatan: n.jabatan,
    kode: n.kode,
    indikator: n.indikator,
    capaian: c?.status === 'terhitung' ? d(c.nilai) : null,
    capaianTeks: n.nilai.capaianTeks,
    predikat: n.nilai.predikat,
    anak: n.anak.map(simpulJson),
  };
}

export function rekapJson(m: ModelRekap, offsetMenit = 420) {
  return {
    versi: 1,
    kantor: m.kantor,
    periode: m.periode,
    judul: m.judul,
    dibuat: formatInstant(m.dibuat, offsetMenit),
    ringkasan: ringkasanJson(m, offsetMenit),
    iku: { ...m.iku, pimpinan: m.iku.pimpinan ? pegawaiJson(m.iku.pimpinan) : null },
    pohon: { ...m.pohon, akar: m.pohon.akar.map(simpulJson) },
    dikecualikan: m.dikecualikan,
    units: m.units.map((u) => ({
      unitKerja: u.unitKerja,
      rataRata: d(u.rataRata),
      rataRataSd: d(u.rataRataSd),
      predikat: u.predikat,
      pegawai: u.pegawai.map(pegawaiJson),
    })),
    kekurangan: m.kekurangan,
    penandatangan: { ...m.penandatangan, tanggal: isoDate(m.penandatangan.tanggal) },
  };
}
