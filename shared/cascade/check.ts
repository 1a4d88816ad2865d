// Cascading (pohon kinerja): an indicator names, in `Kode Indikator Atasan`, the indicator of the direct
// superior (or of the superior's Plt/Plh) it supports. A code that names no such indicator is an error on
// that cell; with `Cascading Wajib`, every indicator of someone other than the head of office must name one.
// The head's own `Kode Indikator Atasan` refers to the regional plan (RPJMD), outside the workbook: not checked.
// A transfer (mutasi) keeps a signed cascade valid: once a person's PK is signed, their codes are checked
// against the superior the log recorded at that signature, not the one the Pegawai tab names today.
import type { EntriLog } from '../log/chain';
import type { AlurPemilik } from '../log/replay';
import { actingFor, type OrgTree, type Pegawai, superiorActors } from '../org/tree';
import type { Problem } from '../problems';
import type { ikiTab } from '../tabs/declarations';
import type { RecordOf, Row } from '../tabs/tab';

type Iki = RecordOf<typeof ikiTab>;

const KOLOM = 'Kode Indikator Atasan';

/** The superior's NIP the log recorded when a person's PK was signed (undefined: not signed). */
export type AtasanTtd = (nip: string) => string | null | undefined;

export function atasanTtdDari(
  alur: ReadonlyMap<string, AlurPemilik>,
  riwayat: readonly Row<EntriLog>[],
): AtasanTtd {
  const byRow = new Map(riwayat.map((r) => [r.row, r.value]));
  return (nip) => {
    const ttd = alur.get(nip)?.ttd.PK;
    return ttd ? (byRow.get(ttd.row)?.nipAtasanPemilik ?? undefined) : undefined;
  };
}

/** Whose indicators a person's may support: the superior at the PK's signature (or now), and their Plt/Plh. */
export function atasanCascade(
  org: OrgTree,
  nip: string,
  atasanTtd?: AtasanTtd,
): { pegawai: Pegawai; sebagai: 'Atasan' | 'Plt' | 'Plh' }[] {
  const signed = atasanTtd?.(nip);
  if (!signed || signed === org.byNip.get(nip)?.nipAtasan) return superiorActors(org, nip);
  const atasan = org.byNip.get(signed);
  if (!atasan) return [];
  const acting = actingFor(org, signed);
  return [
    { pegawai: atasan, sebagai: 'Atasan' as const },
    ...(acting && acting.pegawai.nip !== nip ? [{ pegawai: acting.pegawai, sebagai: acting.jenis }] : []),
  ];
}

/** The indicators each person may support: those of their direct superior and the superior's Plt/Plh. */
export function indikatorAtasan(
  org: OrgTree,
  byNip: ReadonlyMap<string, readonly Iki[]>,
  nip: string,
  atasanTtd?: AtasanTtd,
): { nip: string; iki: Iki }[] {
  return atasanCascade(org, nip, atasanTtd).flatMap((s) =>
    (byNip.get(s.pegawai.nip) ?? []).map((iki) => ({ nip: s.pegawai.nip, iki })),
  );
}

export function ikiByNip(rows: readonly Row<Iki>[]): Map<string, Iki[]> {
  const out = new Map<string, Iki[]>();
  for (const { value } of rows) {
    const list = out.get(value.nip);
    if (list) list.push(value);
    else out.set(value.nip, [value]);
  }
  return out;
}

/**
 * Every `Kode Indikator Atasan` problem, each naming the IKI row and the column. `adaKode` also accepts
 * the codes of rows that exist but have a bad cell (reported on their own row, not again here).
 */
export function periksaCascading(
  org: OrgTree,
  rows: readonly Row<Iki>[],
  wajib: boolean,
  adaKode: (nip: string, kode: string) => boolean = () => false,
  atasanTtd?: AtasanTtd,
): Problem[] {
  const problems: Problem[] = [];
  const byNip = ikiByNip(rows);
  // a person's ten indicators share their superiors: looked up once per person
  const actorsOf = new Map<string, ReturnType<typeof atasanCascade>>();
  for (const { row, value } of rows) {
    const owner = org.byNip.get(value.nip);
    if (!owner?.nipAtasan) continue; // unknown NIP is reported elsewhere; the head is not checked
    const kode = (value.kodeAtasan ?? '').trim();
    if (kode === '' && !wajib) continue;
    let actors = actorsOf.get(value.nip);
    if (!actors) {
      actors = atasanCascade(org, value.nip, atasanTtd);
      actorsOf.set(value.nip, actors);
    }
    const atasan = actors[0]?.pegawai;
    if (!atasan) continue;
    if (kode !== '' && actors.some((s) => adaKode(s.pegawai.nip, kode))) continue;
    // what the person could have named, for the message
    const place = { tab: 'IKI', row, column: KOLOM, owner: value.nip };
    const pilihan = indikatorAtasan(org, byNip, value.nip, atasanTtd);
    const daftar = pilihan.map((c) => c.iki.kode).join(', ') || '-';
    if (kode === '') {
      problems.push({ ...place, key: 'iki.kodeAtasanWajib', params: { daftar } });
      continue;
    }
    if (pilihan.length === 0) {
      problems.push({ ...place, key: 'iki.atasanTanpaIndikator', params: { kode, atasan: atasan.nama } });
      continue;
    }
    if (!pilihan.some((c) => c.iki.kode.toLowerCase() === kode.toLowerCase())) {
      const penjabat = actors.find((s) => s.sebagai !== 'Atasan');
      problems.push({
        ...place,
        key: 'iki.kodeAtasanTidakDikenal',
        params: {
          kode,
          atasan: atasan.nama,
          penjabat: penjabat ? ` / ${penjabat.sebagai} ${penjabat.pegawai.nama}` : '',
          daftar,
        },
      });
    }
  }
  return problems;
}
