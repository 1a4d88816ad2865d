// Compiling the recap model of one office for a quarter or the year from the parsed workbook.
import type { AturanCapaian, Capaian } from '../capaian/capaian';
import { type Decimal, dec } from '../capaian/decimal';
import {
  capaianKumulatif,
  capaianTahunan,
  capaianTriwulan,
  type Indikator,
  type Tw,
} from '../capaian/period';
import { predikatCapaian, predikatOf } from '../capaian/predikat';
import type { Sha256 } from '../hash/digest';
import { toCalendarDate } from '../locale/date';
import { formatPercent } from '../locale/number';
import type { Jangkar } from '../log/chain';
import { blokirPemilik, periksaLog } from '../log/verify';
import type { Lang } from '../messages/catalog';
import { t } from '../messages/translate';
import { type Pegawai, superiorOf } from '../org/tree';
import { fail, ok, type Problem, type Result } from '../problems';
import { langkah } from '../sop/steps';
import { lookup } from '../workbook/lookup';
import type { Kantor } from '../workbook/parse';
import { pengelolaBawaan } from '../workbook/pengelola';
import { berkasOf, hashDokumen, hashTtdOf, ikiOf, masalahSegel } from '../workflow/content';
import { STATUS_TW, type StatusTw, TRIWULAN } from '../workflow/states';
import type {
  CatatanTriwulan,
  LangkahTerlambat,
  ModelRekap,
  Orang,
  RekapIndikator,
  RekapPegawai,
  RekapUnit,
} from './model';
import { dokumenPeriode, judulRekap, labelPeriode, type Periode, triwulanRomawi, twOf } from './period';

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

/** Text of a capaian for documents: `107,14%`, `belum diisi`, `tidak dapat dihitung (target 0 ...)`. */
export function capaianTeks(c: Capaian, k: Pick<Kantor, 'settings'>, lang: Lang = 'id'): string {
  switch (c.status) {
    case 'terhitung':
      return formatPercent(c.nilai, k.settings.lokal);
    case 'belum diisi':
      return lang === 'id' ? 'belum diisi' : 'not filled in';
    case 'tidak dapat dihitung':
      return `${lang === 'id' ? 'tidak dapat dihitung' : 'cannot be computed'} (${t(c.alasan, {}, lang)})`;
  }
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
  const aturan: AturanCapaian = {
    rumusNegatif: k.settings.rumusNegatif,
    batasAtas: k.settings.batasAtasCapaian,
  };
  const skala = k.settings.skalaPredikat;
  const tw = twOf(periode);
  const tahunan = periode === 'TAHUNAN';
  const docs = dokumenPeriode(periode);
  const kekurangan: Problem[] = [];
  const byUnit = new Map<string, RekapPegawai[]>();
  const belumMelapor: Orang[] = [];
  const index = lookup(k);
  const integ = periksaLog(k, opsi.jangkar ?? null, sha256);

  for (const p of k.org.all) {
    if (!p.nipAtasan) continue; // the head of office signs for the level below and has no file here
    const berkas = berkasOf(k, p.nip);
    const who = { nama: p.nama, nip: p.nip, periode: labelPeriode(periode) };
    const statuses = docs.map((d) => berkas[d as 'TW1'] as StatusTw);
    const statusPeriode = statuses.reduce((least, s) =>
      STATUS_TW.indexOf(s) < STATUS_TW.indexOf(least) || s === 'Dikembalikan' ? s : least,
    );
    const sudahMelapor = statuses.every((s) => REPORTED.includes(s));
    const sudahDievaluasi = statuses.every((s) => EVALUATED.includes(s));
    if (berkas.RA !== 'Diarsipkan')
      kekurangan.push({ key: 'rekap.kurang.raBelumDiarsipkan', params: who, owner: p.nip });
    if (!sudahMelapor) {
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
    const segel = masalahSegel(k, sha256, p.nip);
    const ukurBerubah = TRIWULAN.filter((q) => segel.some((x) => x.params?.tw === q));
    for (const x of segel)
      kekurangan.push({ ...x, key: 'rekap.kurang.ukurBerubah', params: { ...who, ...x.params } });

    const indikator: RekapIndikator[] = ikiOf(k, p.nip).map(({ value: iki }) => {
      const ra = index.raByKode.get(`${p.nip}|${iki.kode}`)?.value;
      const ukur = TRIWULAN.map((q) => index.pengukuranByKey.get(`${p.nip}|${iki.kode}|${q}`)?.value);
      const ind: Indikator = {
        polaritas: iki.polaritas,
        agregasi: iki.agregasi,
        target: iki.target,
        targetAtas: iki.targetAtas,
        targetTw: [
          ra?.targetTw1 ?? null,
          ra?.targetTw2 ?? null,
          ra?.targetTw3 ?? null,
          ra?.targetTw4 ?? null,
        ],
        realisasiTw: [
          ukur[0]?.realisasi ?? null,
          ukur[1]?.realisasi ?? null,
          ukur[2]?.realisasi ?? null,
          ukur[3]?.realisasi ?? null,
        ],
      };
      const nilai = tahunan ? capaianTahunan(ind, aturan) : capaianTriwulan(ind, tw, aturan);
      const quarters = tahunan ? ([1, 2, 3, 4] as const) : ([tw] as const);
      for (const q of quarters) {
        if (ind.realisasiTw[q - 1] === null) {
          kekurangan.push({
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
        periode: nilai,
        sdPeriode: tahunan ? null : capaianKumulatif(ind, tw as Tw, false, aturan),
        capaianTeks: capaianTeks(nilai.capaian, k, lang),
        predikat: predikatCapaian(nilai.capaian, skala),
        bukti: notes('bukti'),
        kendala: notes('kendala'),
        arahan: notes('arahan'),
        tindakLanjut: notes('tindakLanjut'),
      };
    });
    const rataRata = mean(
      indikator.flatMap((i) => (i.periode.capaian.status === 'terhitung' ? [i.periode.capaian.nilai] : [])),
    );
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
    };
    byUnit.set(p.unitKerja, [...(byUnit.get(p.unitKerja) ?? []), rekap]);
  }

  const units: RekapUnit[] = [...byUnit].map(([unitKerja, pegawai]) => {
    const rataRata = mean(pegawai.flatMap((p) => (p.rataRata ? [p.rataRata] : [])));
    return { unitKerja, pegawai, rataRata, predikat: rataRata ? predikatOf(rataRata, skala) : null };
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
  const periodDocs = new Set<string>(['PK', 'RA', ...['TW1', 'TW2', 'TW3', 'TW4'].slice(0, tw)]);
  const langkahTerlambat: LangkahTerlambat[] = k.riwayat
    .map((r) => r.value)
    .filter(
      (e) =>
        e.melebihi === 'Ya' &&
        e.langkah !== null &&
        e.durasi !== null &&
        e.standar !== null &&
        periodDocs.has(e.dokumen),
    )
    .map((e) => ({
      langkah: e.langkah as number,
      kegiatan: langkah(e.langkah as number).kegiatan,
      nip: e.nipPemilik ?? '',
      nama: k.org.byNip.get(e.nipPemilik ?? '')?.nama ?? '',
      dokumen: e.dokumen,
      waktu: e.waktu,
      durasi: e.durasi as number,
      standar: e.standar as number,
    }));
  const filled = all.filter((i) => i.periode.capaian.status !== 'belum diisi').length;
  const pengelola = pengelolaBawaan(k);
  const model: ModelRekap = {
    kantor: {
      nama: k.settings.namaInstansi,
      unit: k.settings.unit,
      kota: k.settings.kota,
      tahun: k.settings.tahun,
    },
    periode,
    labelPeriode: labelPeriode(periode),
    judul: judulRekap(periode, k.settings.tahun),
    units,
    ringkasan: {
      jumlahPegawai: units.reduce((n, u) => n + u.pegawai.length, 0),
      jumlahIndikator: all.length,
      terhitung: computed.length,
      belumDiisi: all.filter((i) => i.periode.capaian.status === 'belum diisi').length,
      tidakDapatDihitung: all.filter((i) => i.periode.capaian.status === 'tidak dapat dihitung').length,
      rataRataCapaian: rataRata,
      predikat: rataRata ? predikatOf(rataRata, skala) : null,
      distribusiPredikat,
      belumMelapor,
      langkahTerlambat,
      kelengkapan: all.length === 0 ? 0 : Math.round((filled / all.length) * 10000) / 100,
    },
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
