// An indicator's figures as the workbook holds them (IKI target, the Rencana Aksi's quarterly targets, the
// quarters' realisations, its pattern and scale) and the office's capaian rules: one reading for the recap,
// the sidebar's quarter card and every other place that shows a capaian.
import { lookup } from '../workbook/lookup';
import type { Iki, Kantor } from '../workbook/parse';
import { aksiOf, targetTwIndikator } from '../workflow/rencana-aksi';
import { TRIWULAN } from '../workflow/states';
import type { AturanCapaian } from './capaian';
import { skalaOf } from './ordinal';
import type { Indikator } from './period';
import { polaOf } from './pola';

export function indikatorDari(k: Kantor, nip: string, iki: Iki): Indikator {
  const index = lookup(k);
  const ukur = TRIWULAN.map((q) => index.pengukuranByKey.get(`${nip}|${iki.kode}|${q}`)?.value);
  return {
    polaritas: iki.polaritas,
    agregasi: iki.agregasi,
    target: iki.target,
    targetAtas: iki.targetAtas,
    // from the indicator's action rows (several actions: workflow/rencana-aksi.ts)
    targetTw: targetTwIndikator(iki.agregasi, aksiOf(k, nip, iki.kode)),
    realisasiTw: [
      ukur[0]?.realisasi ?? null,
      ukur[1]?.realisasi ?? null,
      ukur[2]?.realisasi ?? null,
      ukur[3]?.realisasi ?? null,
    ],
    pola: polaOf(iki, k.settings.periodePengukuran),
    skala: skalaOf(k.settings.skalaNilai, iki.satuan)?.nilai ?? null,
  };
}

/** The office's capaian rules (Pengaturan): the Negatif formula and the optional upper cap. */
export function aturanKantor(k: Pick<Kantor, 'settings'>): AturanCapaian {
  return { rumusNegatif: k.settings.rumusNegatif, batasAtas: k.settings.batasAtasCapaian };
}
