// Compiling the recap model of one office for a quarter or the year from the parsed workbook.
import type { Capaian } from '../capaian/capaian';
import { type Decimal, dec } from '../capaian/decimal';
import { aturanKantor, indikatorDari } from '../capaian/indikator';
import { capaianKumulatif, capaianTahunan, capaianTriwulan, type Tw } from '../capaian/period';
import { kolomPola, polaOf, realisasiDiharapkan, triwulanPengukuran } from '../capaian/pola';
import { porsiCabang } from '../capaian/porsi';
import { predikatCapaian, predikatOf } from '../capaian/predikat';
import { labelKeadaan } from '../capaian/teks';
import { kodeVerifikasi, type Sha256 } from '../hash/digest';
import { toCalendarDate } from '../locale/date';
import { formatPercent } from '../locale/number';
import type { Jangkar } from '../log/chain';
import { blokirPemilik, periksaLog } from '../log/verify';
import type { Lang } from '../messages/catalog';
import { t } from '../messages/translate';
import { type Pegawai, superiorOf } from '../org/tree';
import { fail, ok, type Problem, type Result } from '../problems';
import { menitPerHari } from '../sop/working-time';
import { lookup } from '../workbook/lookup';
import type { Kantor } from '../workbook/parse';
import { pengelolaBawaan } from '../workbook/pengelola';
import { berkasOf, hashDokumen, hashTtdOf, ikiOf, masalahSegel } from '../workflow/content';
import { STATUS_TW, type StatusTw, TRIWULAN } from '../workflow/states';
import { dikecualikan, pohonRekap, seksiIku } from './iku';
import type {
  CatatanTriwulan,
  JumlahUnit,
  ModelRekap,
  Orang,
  RekapIndikator,
  RekapPegawai,
  RekapUnit,
} from './model';
import {
  dokumenPeriode,
  judulRekap,
  labelPeriode,
  type Periode,
  periodeBerlaku,
  triwulanRomawi,
  twOf,
} from './period';
import { perbandinganTahunLalu } from './tahun-lalu';
import { type KeadaanTw, tandaOf } from './tanda';
import { langkahTerlambatPeriode } from './terlambat';
import { trenTriwulan } from './tren';

export interface OpsiRekap {
  readonly strict?: boolean;
  readonly lang?: Lang;
  /** The log's anchor as the add-on keeps it (null or absent: the chain is checked without it). */
  readonly jangkar?: Jangkar | null;
}

const REPORTED: readonly StatusTw[] = ['Dilaporkan', 'Dievaluasi', 'Ditindaklanjuti'];
const EVALUATED: readonly StatusTw[] = ['Dievaluasi', 'Ditindaklanjuti'];

export function orang(p: Pegawai): Orang {
  return { nip: p.nip, nama: p.nama, jabatan: p.jabatan, pangkat: p.pangkat };
}

/**
 * Text of a capaian for documents: `107,14%`, `75,00% (WDP)` with the grade of a qualitative indicator,
 * `100,00% (target nol)`, `belum diisi`, `tidak diukur`, `menunggu rilis`, `tidak dapat dihitung (...)`.
 */
export function capaianTeks(
  c: Capaian,
  k: Pick<Kantor, 'settings'>,
  lang: Lang = 'id',
  huruf: string | null = null,
): string {
  switch (c.status) {
    case 'terhitung': {
      const tanda = [huruf, c.targetNol ? t('keadaan.targetNol', {}, lang) : null].filter(Boolean);
      const pct = formatPercent(c.nilai, k.settings.lokal);
      return tanda.length ? `${pct} (${tanda.join(', ')})` : pct;
    }
    case 'tidak diukur':
    case 'menunggu rilis':
      return labelKeadaan(c.status, lang) as string;
    case 'belum diisi':
      return lang === 'id' ? 'belum diisi' : 'not filled in';
    case 'tidak dapat dihitung':
      return `${lang === 'id' ? 'tidak dapat dihitung' : 'cannot be computed'} (${t(c.alasan, {}, lang)})`;
  }
}

/** A unit's counts over the given employees (all of them, or those of one part of a split recap). */
export function jumlahUnit(pegawai: readonly RekapPegawai[]): JumlahUnit {
  const n = (f: (p: RekapPegawai) => boolean) => pegawai.filter(f).length;
  return {
    pegawai: pegawai.length,
    indikator: pegawai.reduce((sum, p) => sum + p.indikator.length, 0),
    sudahMelapor: n((p) => p.sudahMelapor),
    sudahDievaluasi: n((p) => p.sudahDievaluasi),
    pkDitandatangani: n((p) => p.kodeVerifikasiPk !== null),
    raDiarsipkan: n((p) => p.berkas.RA === 'Diarsipkan'),
  };
}

/**
 * Whether a recap document leaves its employees to its parts (the summary of a recap split into parts):
 * its units are listed with their counts and means, their employees' tables are in the parts.
 */
export function rincianDiBagian(m: Pick<ModelRekap, 'units'>): boolean {
  return m.units.length > 0 && m.units.every((u) => u.pegawai.length === 0 && u.jumlah.pegawai > 0);
}

function mean(values: readonly Decimal[]): Decimal | null {
  return values.length === 0 ? null : values.reduce((a, b) => a.plus(b), dec(0)).div(values.length);
}

export function compileRekap(
  k: Kantor,
  periode: Periode,
  now: number,
  sha256: Sha256,
  opsi: OpsiRekap = {},
): Result<ModelRekap> {
  const lang = opsi.lang ?? k.settings.bahasa;
  const aturan = aturanKantor(k);
  const skala = k.settings.skalaPredikat;
  const mode = k.settings.periodePengukuran;
  if (!periodeBerlaku(periode, mode))
    return fail({ key: 'rekap.bukanPeriodePengukuran', params: { periode } });
  const tw = twOf(periode);
  const tahunan = periode === 'TAHUNAN';
  const docs = dokumenPeriode(periode, mode);
  const kekurangan: Problem[] = [];
  const byUnit = new Map<string, RekapPegawai[]>();
  const belumMelapor: Orang[] = [];
  const index = lookup(k);
  const integ = periksaLog(k, opsi.jangkar ?? null, sha256);

  let pimpinan: RekapPegawai | null = null;
  for (const p of k.org.all) {
    // a head without IKI has no file to be missing: the IKU section says so instead (see iku.ts)
    if (p.nip === k.org.head?.nip && ikiOf(k, p.nip).length === 0) continue;
    const berkas = berkasOf(k, p.nip);
    const who = { nama: p.nama, nip: p.nip, periode: labelPeriode(periode, mode) };
    const kurangRealisasi: Problem[] = [];
    const segel = masalahSegel(k, sha256, p.nip);
    const ukurBerubah = TRIWULAN.filter((q) => segel.some((x) => x.params?.tw === q));
    const indikator: RekapIndikator[] = ikiOf(k, p.nip).map(({ value: iki }) => {
      const ukur = TRIWULAN.map((q) => index.pengukuranByKey.get(`${p.nip}|${iki.kode}|${q}`)?.value);
      const pola = polaOf(iki, mode);
      const ind = indikatorDari(k, p.nip, iki);
      const nilai = tahunan ? capaianTahunan(ind, aturan) : capaianTriwulan(ind, tw, aturan);
      // the year: the cycle's quarters (measured per semester, TW II and TW IV)
      const quarters = tahunan ? triwulanPengukuran(mode) : ([tw] as const);
      // what is known of each quarter's measurement, for the marks on the figures (tanda.ts)
      const keadaan = ([1, 2, 3, 4] as const).map(
        (q): KeadaanTw => ({
          status: berkas[`TW${q}` as 'TW1'] as StatusTw,
          terisi: ind.realisasiTw[q - 1] !== null,
          berubah: ukurBerubah.includes(triwulanRomawi(q)),
        }),
      );
      for (const q of quarters) {
        // a quarter outside the Periode Ukur, or a release awaited next year, is no shortfall
        if (ind.realisasiTw[q - 1] === null && realisasiDiharapkan(pola, q)) {
          kurangRealisasi.push({
            key: 'rekap.kurang.realisasi',
            params: { ...who, kode: iki.kode, periode: `TW ${triwulanRomawi(q)}` },
            owner: p.nip,
          });
        }
      }
      // the period's quarters that have an entry, in order: one quarter, or all four for the year
      const notes = (field: 'bukti' | 'kendala' | 'arahan' | 'tindakLanjut'): CatatanTriwulan[] =>
        quarters.flatMap((q) => {
          const teks = ukur[q - 1]?.[field];
          return teks ? [{ triwulan: triwulanRomawi(q), teks }] : [];
        });
      return {
        kode: iki.kode,
        sasaran: iki.sasaran,
        indikator: iki.indikator,
        satuan: iki.satuan,
        polaritas: iki.polaritas,
        agregasi: iki.agregasi,
        targetTahunan: iki.target,
        targetAtas: iki.targetAtas,
        ...kolomPola(iki, mode),
        periode: nilai,
        sdPeriode: tahunan ? null : capaianKumulatif(ind, tw as Tw, false, aturan),
        // a quarter's recap has its quarter's figure already
        perTriwulan: ([1, 2, 3, 4] as const).map((q) =>
          !tahunan && q === tw ? nilai : capaianTriwulan(ind, q, aturan),
        ),
        tanda: tandaOf(quarters.map((q) => keadaan[q - 1] as KeadaanTw)),
        tandaSd: tandaOf(keadaan.slice(0, tw)),
        capaianTeks: capaianTeks(nilai.capaian, k, lang, nilai.huruf?.realisasi ?? null),
        predikat: predikatCapaian(nilai.capaian, skala),
        bukti: notes('bukti'),
        kendala: notes('kendala'),
        arahan: notes('arahan'),
        tindakLanjut: notes('tindakLanjut'),
        tahunLalu: perbandinganTahunLalu(
          iki.realisasiTahunLalu,
          tahunan ? nilai : capaianTahunan(ind, aturan),
          iki.polaritas,
          ind.skala ?? null,
        ),
      };
    });
    const statuses = docs.map((d) => berkas[d as 'TW1'] as StatusTw);
    const statusPeriode = statuses.reduce((least, s) =>
      STATUS_TW.indexOf(s) < STATUS_TW.indexOf(least) || s === 'Dikembalikan' ? s : least,
    );
    const sudahMelapor = statuses.every((s) => REPORTED.includes(s));
    const sudahDievaluasi = statuses.every((s) => EVALUATED.includes(s));
    // nothing of theirs is measured in the period (all "tidak diukur" or awaiting release): nobody is late
    const adaYangDiukur = indikator.length === 0 || indikator.some((i) => i.periode.keadaan === 'diukur');
    if (berkas.RA !== 'Diarsipkan')
      kekurangan.push({ key: 'rekap.kurang.raBelumDiarsipkan', params: who, owner: p.nip });
    if (!adaYangDiukur) {
      // no report is due for the period
    } else if (!sudahMelapor) {
      belumMelapor.push(orang(p));
      kekurangan.push({ key: 'rekap.kurang.belumMelapor', params: who, owner: p.nip });
    } else if (!sudahDievaluasi) {
      kekurangan.push({ key: 'rekap.kurang.belumDievaluasi', params: who, owner: p.nip });
    }
    const berubah = (['PK', 'RA'] as const).filter((d) => {
      const signed = hashTtdOf(k, p.nip, d);
      return signed !== null && signed !== hashDokumen(k, sha256, p.nip, d);
    });
    for (const d of berubah)
      kekurangan.push({ key: 'rekap.kurang.berubah', params: { ...who, dokumen: d }, owner: p.nip });
    // edits outside the workflow: the person's figures are shown, marked, never trusted silently
    const integritas = blokirPemilik(k, integ, p.nip).filter((x) => x.owner === p.nip);
    if (integritas.length)
      kekurangan.push({
        key: 'rekap.kurang.integritas',
        params: { ...who, jumlah: integritas.length },
        owner: p.nip,
      });
    for (const x of segel)
      kekurangan.push({ ...x, key: 'rekap.kurang.ukurBerubah', params: { ...who, ...x.params } });
    kekurangan.push(...kurangRealisasi);

    const rataRata = mean(
      indikator.flatMap((i) => (i.periode.capaian.status === 'terhitung' ? [i.periode.capaian.nilai] : [])),
    );
    const rataRataSd = mean(
      indikator.flatMap((i) =>
        i.sdPeriode?.capaian.status === 'terhitung' ? [i.sdPeriode.capaian.nilai] : [],
      ),
    );
    const hashPk = hashTtdOf(k, p.nip, 'PK');
    const terhitung = indikator.filter((i) => i.periode.capaian.status === 'terhitung').length;
    const diukur = indikator.filter((i) => i.periode.keadaan !== 'tidak diukur').length;
    const atasan = superiorOf(k.org, p.nip);
    const rekap: RekapPegawai = {
      ...orang(p),
      unitKerja: p.unitKerja,
      atasan: atasan ? orang(atasan) : null,
      berkas,
      statusPeriode,
      sudahMelapor,
      sudahDievaluasi,
      berubahSetelahTtd: berubah,
      integritas,
      ukurBerubah,
      indikator,
      rataRata,
      predikat: rataRata ? predikatOf(rataRata, skala) : null,
      indikatorTerhitung: terhitung,
      indikatorDiukur: diukur,
      keteranganPredikat:
        rataRata && terhitung < diukur
          ? t('predikat.dasarSebagian', { terhitung, jumlah: diukur }, lang)
          : null,
      rataRataSd,
      kodeVerifikasiPk: hashPk ? kodeVerifikasi(hashPk) : null,
    };
    // the head of office's indicators are the office IKU: their own section, first
    if (p.nip === k.org.head?.nip) pimpinan = rekap;
    else byUnit.set(p.unitKerja, [...(byUnit.get(p.unitKerja) ?? []), rekap]);
  }

  const units: RekapUnit[] = [...byUnit].map(([unitKerja, pegawai]) => {
    const rataRata = mean(pegawai.flatMap((p) => (p.rataRata ? [p.rataRata] : [])));
    const rataRataSd = mean(pegawai.flatMap((p) => (p.rataRataSd ? [p.rataRataSd] : [])));
    return {
      unitKerja,
      pegawai,
      jumlah: jumlahUnit(pegawai),
      rataRata,
      predikat: rataRata ? predikatOf(rataRata, skala) : null,
      rataRataSd,
      tren: trenTriwulan(pegawai.flatMap((p) => p.indikator)),
    };
  });
  const all = units.flatMap((u) => u.pegawai.flatMap((p) => p.indikator));
  const computed = all.flatMap((i) =>
    i.periode.capaian.status === 'terhitung' ? [i.periode.capaian.nilai] : [],
  );
  const rataRata = mean(computed);
  const distribusiPredikat = skala.map((band) => ({
    label: band.label,
    jumlah: all.filter((i) => i.predikat === band.label).length,
  }));
  const langkahTerlambat = langkahTerlambatPeriode(k, periode);
  // the share of expected indicators filled in: "tidak diukur" and awaited releases are not expected
  const expected = all.filter((i) => i.periode.keadaan === 'diukur');
  const filled = expected.filter((i) => i.periode.capaian.status !== 'belum diisi').length;
  const pengelola = pengelolaBawaan(k);
  const model: ModelRekap = {
    bahasa: lang,
    kantor: {
      nama: k.settings.namaInstansi,
      unit: k.settings.unit,
      kota: k.settings.kota,
      tahun: k.settings.tahun,
    },
    periode,
    labelPeriode: labelPeriode(periode, mode),
    judul: judulRekap(periode, k.settings.tahun, mode),
    iku: seksiIku(k, pimpinan),
    pohon: pohonRekap(k, [...(pimpinan ? [pimpinan] : []), ...units.flatMap((u) => u.pegawai)]),
    dikecualikan: dikecualikan(k),
    menitPerHari: menitPerHari(k.settings),
    units,
    trenKantor: trenTriwulan(all),
    ringkasan: {
      jumlahPegawai: units.reduce((n, u) => n + u.pegawai.length, 0),
      jumlahIndikator: all.length,
      terhitung: computed.length,
      belumDiisi: all.filter((i) => i.periode.capaian.status === 'belum diisi').length,
      tidakDapatDihitung: all.filter((i) => i.periode.capaian.status === 'tidak dapat dihitung').length,
      tidakDiukur: all.filter((i) => i.periode.keadaan === 'tidak diukur').length,
      menungguRilis: all.filter((i) => i.periode.keadaan === 'menunggu rilis').length,
      rataRataCapaian: rataRata,
      predikat: rataRata ? predikatOf(rataRata, skala) : null,
      distribusiPredikat,
      belumMelapor,
      langkahTerlambat,
      kelengkapan:
        expected.length === 0
          ? all.length === 0
            ? 0
            : 100
          : Math.round((filled / expected.length) * 10000) / 100,
    },
    porsi: porsiCabang(k),
    kekurangan,
    integritas: [...integ.blokirSemua, ...integ.peringatan],
    penandatangan: {
      kota: k.settings.kota,
      tanggal: toCalendarDate(now, k.settings.offsetMenit),
      pengelola: pengelola ? orang(pengelola) : null,
      pimpinan: k.org.head ? orang(k.org.head) : null,
    },
    dibuat: now,
  };
  if (opsi.strict && kekurangan.length > 0) {
    return fail({ key: 'rekap.belumLengkap', params: { jumlah: kekurangan.length } }, ...kekurangan);
  }
  return ok(model);
}
