// The log of a synthetic office's complete year, as the workflow would have written it: every staff
// member's PK and RA signed by their superior and archived by the Pengelola Kinerja, four quarters
// reported, evaluated and followed up; each entry sealed with its document's hash and chained, so that
// the PK tab's mirror and the log agree.
import type { Sha256 } from '../hash/digest';
import { type EntriLog, sambungkan } from '../log/chain';
import { cerminDariLog } from '../log/mirror';
import { ALUR_BARU, type AlurPemilik, terapkan } from '../log/replay';
import type { Kantor } from '../workbook/parse';
import { hashDokumen } from '../workflow/content';
import type { Dokumen } from '../workflow/states';
import { type Aksi, findTransisi, type JenisDokumen } from '../workflow/transitions';

type Peran = 'Pegawai' | 'Atasan' | 'Pengelola Kinerja';

const YEAR: readonly [Dokumen, Aksi, Peran, string | null][] = [
  ['PK', 'ajukan', 'Pegawai', null],
  ['PK', 'setujui', 'Atasan', null],
  ['PK', 'setujui', 'Atasan', null],
  ['RA', 'ajukan', 'Pegawai', null],
  ['RA', 'setujui', 'Atasan', null],
  ['RA', 'setujui', 'Atasan', null],
  ['RA', 'arsipkan', 'Pengelola Kinerja', null],
  ...(['TW1', 'TW2', 'TW3', 'TW4'] as const).flatMap((tw): [Dokumen, Aksi, Peran, string | null][] => [
    [tw, 'ajukan', 'Pegawai', null],
    [tw, 'ajukan', 'Pegawai', null],
    [tw, 'evaluasi', 'Atasan', 'Pertahankan'],
    [tw, 'tindaklanjut', 'Pegawai', 'Dilaksanakan'],
  ]),
];

/** The chained log and the mirror rows of the PK tab for every employee who has a superior. */
export function syntheticYear(
  k: Kantor,
  sha256: Sha256,
  t0: number,
): { log: EntriLog[]; pk: (ReturnType<typeof cerminDariLog> & { nip: string; tahun: number })[] } {
  const admin = k.org.administrators[0];
  const log: EntriLog[] = [];
  const pk: (ReturnType<typeof cerminDariLog> & { nip: string; tahun: number })[] = [];
  let waktu = t0;
  for (const p of k.org.all) {
    if (!p.nipAtasan || !admin) continue;
    const atasan = k.org.byNip.get(p.nipAtasan);
    if (!atasan) continue;
    const hashes = new Map<Dokumen, string>();
    const hashOf = (d: Dokumen) => {
      const known = hashes.get(d);
      if (known) return known;
      const h = hashDokumen(k, sha256, p.nip, d);
      hashes.set(d, h);
      return h;
    };
    let alur: AlurPemilik = ALUR_BARU;
    for (const [dokumen, aksi, peran, catatan] of YEAR) {
      const actor = peran === 'Pegawai' ? p : peran === 'Atasan' ? atasan : admin;
      const jenis: JenisDokumen = dokumen === 'PK' || dokumen === 'RA' ? dokumen : 'TW';
      const tr = findTransisi(jenis, aksi, alur.berkas[dokumen]);
      if (!tr) throw new Error(`synthetic year: no transition ${aksi} ${dokumen}`);
      waktu += 60_000;
      const entri: EntriLog = {
        waktu,
        email: actor.email,
        nipPelaku: actor.nip,
        peran,
        aksi,
        langkah: tr.langkah,
        dokumen,
        tahun: k.settings.tahun,
        nipPemilik: p.nip,
        nipAtasanPemilik: atasan.nip,
        hash: hashOf(dokumen),
        catatan,
        durasi: 1,
        standar: 60,
        melebihi: 'Tidak',
        hashRantai: null,
      };
      alur = terapkan(alur, entri, dokumen, tr, 0);
      log.push(entri);
    }
    pk.push({ nip: p.nip, tahun: k.settings.tahun, ...cerminDariLog(alur) });
  }
  return { log: sambungkan(sha256, '', log).entri, pk };
}
