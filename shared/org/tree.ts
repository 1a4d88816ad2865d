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
  /**
   * People whose identity is ambiguous (a NIP or an email on two rows, a loop of superiors), by NIP, with the
   * problem naming the rows: every action that depends on them is blocked until Pegawai is corrected.
   */
  readonly ambigu: ReadonlyMap<string, Problem>;
  /** Emails found on two rows: nobody is identified by them. */
  readonly emailAmbigu: ReadonlyMap<string, Problem>;
  /** Positions whose acting official (Plt/Plh) is named without its kind: nobody acts for them. */
  readonly penjabatAmbigu: ReadonlyMap<string, Problem>;
}

/** Build the tree; every inconsistency is a problem naming the Pegawai row and column. */
export function buildOrgTree(
  rows: readonly Row<Pegawai>[],
  readProblems: readonly Problem[] = [],
): { org: OrgTree; problems: Problem[] } {
  const problems: Problem[] = [];
  const ambigu = new Map<string, Problem>();
  const emailAmbigu = new Map<string, Problem>();
  const penjabatAmbigu = new Map<string, Problem>();
  // a NIP on two rows: the reader kept the first and refused the second (baris.ganda); neither is trusted
  for (const p of readProblems)
    if (p.key === 'baris.ganda' && p.tab === 'Pegawai' && p.owner && !ambigu.has(p.owner))
      ambigu.set(p.owner, p);
  const byNip = new Map<string, Pegawai>();
  const byEmail = new Map<string, Pegawai>();
  const rowOf = new Map<string, number>();
  const emailRow = new Map<string, number>();
  for (const { row, value } of rows) {
    const place = { tab: 'Pegawai', row, owner: value.nip };
    const firstEmailRow = emailRow.get(value.email);
    if (firstEmailRow !== undefined) {
      const problem: Problem = {
        ...place,
        key: 'org.emailGanda',
        column: 'Email',
        params: { email: value.email, baris: firstEmailRow },
      };
      problems.push(problem);
      emailAmbigu.set(value.email, problem);
      ambigu.set(value.nip, problem);
      const first = byEmail.get(value.email);
      if (first && !ambigu.has(first.nip)) ambigu.set(first.nip, problem);
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
      const problem: Problem = { ...place, key: 'org.jenisPenjabat', column: 'Jenis Plt/Plh' };
      problems.push(problem);
      penjabatAmbigu.set(value.nip, problem);
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
          const problem: Problem = {
            key: 'org.siklus',
            tab: 'Pegawai',
            row: rowOf.get(current.nip),
            column: 'NIP Atasan',
            owner: current.nip,
            params: { rantai: [...loop, current.nip].join(' -> ') },
          };
          problems.push(problem);
          for (const member of loop) if (!ambigu.has(member)) ambigu.set(member, problem);
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
      ambigu,
      emailAmbigu,
      penjabatAmbigu,
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
  if (!p?.nipPenjabat || !p.jenisPenjabat) return null;
  const acting = org.byNip.get(p.nipPenjabat);
  return acting ? { pegawai: acting, jenis: p.jenisPenjabat } : null;
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

/**
 * Why an action on `ownerNip`'s documents by `actorNip` cannot rely on the org tree: the actor, the owner,
 * the owner's superior or the acting official of that position is ambiguous. Null when all are clear.
 */
export function identitasAmbigu(org: OrgTree, actorNip: string, ownerNip: string): Problem | null {
  const atasan = superiorOf(org, ownerNip);
  for (const nip of [actorNip, ownerNip, atasan?.nip]) {
    const found = nip ? org.ambigu.get(nip) : undefined;
    if (found) return found;
  }
  if (atasan && actorNip !== ownerNip) {
    const acting = org.penjabatAmbigu.get(atasan.nip);
    if (acting) return acting;
  }
  return null;
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

/** Whether `nip` is the head of office (no superior inside the office: their PK is with the regional head). */
export function isPimpinan(org: OrgTree, nip: string): boolean {
  return org.head !== null && org.head.nip === nip;
}

/**
 * Who acts in the superior's part of the workflow on `nip`'s documents: the direct superior and their
 * Plt/Plh; for the head of office, the Pengelola Kinerja (the regional head signs the PK on paper, the
 * administrator records that signature, checks the head's Rencana Aksi and evaluates the head's measurements).
 */
export function penilaiOf(
  org: OrgTree,
  nip: string,
): { pegawai: Pegawai; sebagai: 'Atasan' | 'Plt' | 'Plh' | 'Pengelola Kinerja' }[] {
  if (!isPimpinan(org, nip)) return superiorActors(org, nip);
  return org.administrators
    .filter((a) => a.nip !== nip)
    .map((a) => ({ pegawai: a, sebagai: 'Pengelola Kinerja' as const }));
}
