// The org tree from the Pegawai tab: each employee's direct superior, the chain up to the head of office,
// the administrators (Pengelola Kinerja), and acting officials (Plt/Plh) named for a position.
import type { Problem } from '../problems';
import type { pegawaiTab } from '../tabs/declarations';
import type { RecordOf, Row } from '../tabs/tab';

export type Pegawai = RecordOf<typeof pegawaiTab>;

export interface OrgTree {
  readonly byNip: ReadonlyMap<string, Pegawai>;
  readonly byEmail: ReadonlyMap<string, Pegawai>;
  readonly head: Pegawai | null;
  readonly administrators: readonly Pegawai[];
  /** Employees in sheet order. */
  readonly all: readonly Pegawai[];
}

/** Build the tree; every inconsistency is a problem naming the Pegawai row and column. */
export function buildOrgTree(rows: readonly Row<Pegawai>[]): { org: OrgTree; problems: Problem[] } {
  const problems: Problem[] = [];
  const byNip = new Map<string, Pegawai>();
  const byEmail = new Map<string, Pegawai>();
  const rowOf = new Map<string, number>();
  const emailRow = new Map<string, number>();
  for (const { row, value } of rows) {
    const place = { tab: 'Pegawai', row, owner: value.nip };
    const firstEmailRow = emailRow.get(value.email);
    if (firstEmailRow !== undefined) {
      problems.push({
        ...place,
        key: 'org.emailGanda',
        column: 'Email',
        params: { email: value.email, baris: firstEmailRow },
      });
    } else {
      emailRow.set(value.email, row);
      byEmail.set(value.email, value);
    }
    byNip.set(value.nip, value);
    rowOf.set(value.nip, row);
  }
  for (const { row, value } of rows) {
    const place = { tab: 'Pegawai', row, owner: value.nip };
    if (value.nipAtasan === value.nip) {
      problems.push({ ...place, key: 'org.atasanDiriSendiri', column: 'NIP Atasan' });
    } else if (value.nipAtasan !== null && !byNip.has(value.nipAtasan)) {
      problems.push({
        ...place,
        key: 'org.atasanTidakDikenal',
        column: 'NIP Atasan',
        params: { nip: value.nipAtasan },
      });
    }
    if (value.nipPenjabat !== null && !byNip.has(value.nipPenjabat)) {
      problems.push({
        ...place,
        key: 'org.penjabatTidakDikenal',
        column: 'NIP Plt/Plh',
        params: { nip: value.nipPenjabat },
      });
    }
    if (value.nipPenjabat !== null && value.jenisPenjabat === null) {
      problems.push({ ...place, key: 'org.jenisPenjabat', column: 'Jenis Plt/Plh' });
    }
  }
  // cycles: follow each chain; a chain that revisits a NIP loops
  const reported = new Set<string>();
  for (const start of byNip.values()) {
    const seen: string[] = [];
    let current: Pegawai | undefined = start;
    while (current?.nipAtasan && current.nipAtasan !== current.nip) {
      if (seen.includes(current.nip)) {
        const loop = seen.slice(seen.indexOf(current.nip));
        const key = [...loop].sort().join();
        if (!reported.has(key)) {
          reported.add(key);
          problems.push({
            key: 'org.siklus',
            tab: 'Pegawai',
            row: rowOf.get(current.nip),
            column: 'NIP Atasan',
            owner: current.nip,
            params: { rantai: [...loop, current.nip].join(' -> ') },
          });
        }
        break;
      }
      seen.push(current.nip);
      current = byNip.get(current.nipAtasan);
    }
  }
  const heads = [...byNip.values()].filter((p) => p.nipAtasan === null);
  if (heads.length > 1) {
    const second = heads[1] as Pegawai;
    problems.push({
      key: 'org.pimpinanGanda',
      tab: 'Pegawai',
      row: rowOf.get(second.nip),
      column: 'NIP Atasan',
      params: { daftar: heads.map((h) => `${h.nama} (${h.nip})`).join(', ') },
    });
  } else if (heads.length === 0 && byNip.size > 0) {
    problems.push({ key: 'org.tanpaPimpinan', tab: 'Pegawai', column: 'NIP Atasan' });
  }
  const administrators = [...byNip.values()].filter((p) => p.peran === 'Pengelola Kinerja');
  if (administrators.length === 0 && byNip.size > 0)
    problems.push({ key: 'org.tanpaPengelola', tab: 'Pegawai', column: 'Peran' });
  return {
    org: {
      byNip,
      byEmail,
      head: heads.length === 1 ? (heads[0] as Pegawai) : null,
      administrators,
      all: [...byNip.values()],
    },
    problems,
  };
}

export function superiorOf(org: OrgTree, nip: string): Pegawai | null {
  const p = org.byNip.get(nip);
  return p?.nipAtasan ? (org.byNip.get(p.nipAtasan) ?? null) : null;
}

/** The acting official (Plt/Plh) named for the position of `nip`, if any. */
export function actingFor(org: OrgTree, nip: string): { pegawai: Pegawai; jenis: 'Plt' | 'Plh' } | null {
  const p = org.byNip.get(nip);
  if (!p?.nipPenjabat) return null;
  const acting = org.byNip.get(p.nipPenjabat);
  return acting ? { pegawai: acting, jenis: p.jenisPenjabat ?? 'Plt' } : null;
}

/** The chain from the employee's superior up to the head of office (stops at a loop). */
export function chainToHead(org: OrgTree, nip: string): Pegawai[] {
  const chain: Pegawai[] = [];
  let current = superiorOf(org, nip);
  while (current && !chain.includes(current) && current.nip !== nip) {
    chain.push(current);
    current = superiorOf(org, current.nip);
  }
  return chain;
}

export function subordinatesOf(org: OrgTree, nip: string): Pegawai[] {
  return org.all.filter((p) => p.nipAtasan === nip);
}

export function isAdministrator(org: OrgTree, nip: string): boolean {
  return org.byNip.get(nip)?.peran === 'Pengelola Kinerja';
}

/** Who may act as the direct superior of `nip`: the superior, and the acting official named for them. */
export function superiorActors(
  org: OrgTree,
  nip: string,
): { pegawai: Pegawai; sebagai: 'Atasan' | 'Plt' | 'Plh' }[] {
  const atasan = superiorOf(org, nip);
  if (!atasan) return [];
  const acting = actingFor(org, atasan.nip);
  return [
    { pegawai: atasan, sebagai: 'Atasan' as const },
    ...(acting && acting.pegawai.nip !== nip ? [{ pegawai: acting.pegawai, sebagai: acting.jenis }] : []),
  ];
}
