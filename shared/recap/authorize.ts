// Compiling a recap is SOP step 13 (quarter) or 14 (year): only a Pengelola Kinerja may do it, and it is
// logged like every other step, timed from the last measurement event of the period.

import { fail, ok, type Result } from '../problems';
import { langkah } from '../sop/steps';
import { menitKerja, standarMenit } from '../sop/working-time';
import type { Kantor } from '../workbook/parse';
import { type EntriRiwayat, identify } from '../workflow/machine';
import { dokumenPeriode, langkahRekap, type Periode } from './period';

export function decideRekap(
  k: Kantor,
  email: string | null | undefined,
  periode: Periode,
  now: number,
  hash: string,
): Result<EntriRiwayat> {
  const who = identify(k.org, email);
  if (!who.ok) return who;
  const actor = who.value;
  if (actor.peran !== 'Pengelola Kinerja') {
    return fail({
      key: 'alur.bukanPeran',
      params: {
        aksi: '@aksi.rekap',
        dokumen: `Rekap ${periode} ${k.settings.tahun}`,
        pemilik: k.settings.namaInstansi || '-',
        peran: '@peran.pengelola',
      },
    });
  }
  const step = langkahRekap(periode);
  const docs = new Set<string>(dokumenPeriode(periode, k.settings.periodePengukuran));
  const since = k.riwayat.reduce<number | null>(
    (latest, r) =>
      docs.has(r.value.dokumen) && (latest === null || r.value.waktu > latest) ? r.value.waktu : latest,
    null,
  );
  const standar = Math.round(standarMenit(k.settings, langkah(step).waktu));
  const durasi = since === null ? null : Math.round(menitKerja(k.settings, since, now));
  return ok({
    waktu: now,
    email: actor.email,
    nipPelaku: actor.nip,
    peran: 'Pengelola Kinerja',
    aksi: 'rekap',
    langkah: step,
    dokumen: `REKAP ${periode}`,
    tahun: k.settings.tahun,
    nipPemilik: null,
    nipAtasanPemilik: null,
    hash,
    catatan: null,
    durasi,
    standar,
    melebihi: durasi === null ? null : durasi > standar ? 'Ya' : 'Tidak',
    hashRantai: null,
  });
}
