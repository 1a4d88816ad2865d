import { describe, expect, it } from 'vitest';
import {
  actingFor,
  buildOrgTree,
  chainToHead,
  DEMO_NIP,
  DEMO_PEGAWAI,
  formatNip,
  normalizeNip,
  type Pegawai,
  pegawaiTab,
  readTab,
  subordinatesOf,
  superiorActors,
  superiorOf,
  writeTab,
} from '../../shared';

const keyOf = (r: { ok: boolean; problems?: readonly { key: string }[] }) =>
  r.ok ? 'OK' : r.problems?.[0]?.key;

describe('NIP', () => {
  it('accepts 18 digits with a plausible birth date and appointment month, with or without spaces', () => {
    expect(normalizeNip('19630211 198803 1 014')).toEqual({ ok: true, value: '196302111988031014' });
    expect(formatNip('196302111988031014')).toBe('19630211 198803 1 014');
  });

  it.each([
    ['1963021119880310', 'nip.bentuk'],
    ['19630211198803101X', 'nip.bentuk'],
    ['196302311988031014', 'nip.tanggalLahir'],
    ['192002111988031014', 'nip.tanggalLahir'],
    ['196302111988131014', 'nip.pengangkatan'],
    ['196302111970031014', 'nip.pengangkatan'],
    ['196302111988033014', 'nip.jenisKelamin'],
  ])('rejects %s (%s)', (nip, key) => {
    expect(keyOf(normalizeNip(nip))).toBe(key);
  });
});

function tree(people: Pegawai[]) {
  const read = readTab(pegawaiTab, writeTab(pegawaiTab, people));
  return { read, ...buildOrgTree(read.rows) };
}

describe('the org tree', () => {
  it('builds the demo office: superiors, chain to the head, administrators, acting officials', () => {
    const { org, problems } = tree([...DEMO_PEGAWAI]);
    expect(problems).toEqual([]);
    expect(org.head?.nip).toBe(DEMO_NIP.sekwan);
    expect(superiorOf(org, DEMO_NIP.stafTu)?.nip).toBe(DEMO_NIP.kasubagTu);
    expect(chainToHead(org, DEMO_NIP.stafTu).map((p) => p.nip)).toEqual([
      DEMO_NIP.kasubagTu,
      DEMO_NIP.kabagUmum,
      DEMO_NIP.sekwan,
    ]);
    expect(org.administrators.map((a) => a.nip)).toEqual([DEMO_NIP.kasubagTu]);
    expect(subordinatesOf(org, DEMO_NIP.sekwan).map((p) => p.nip)).toEqual([
      DEMO_NIP.kabagUmum,
      DEMO_NIP.kabagSidang,
    ]);
    expect(actingFor(org, DEMO_NIP.kabagSidang)).toEqual({
      pegawai: expect.objectContaining({ nip: DEMO_NIP.kabagUmum }),
      jenis: 'Plh',
    });
    expect(superiorActors(org, DEMO_NIP.kasubagRapat).map((s) => [s.pegawai.nip, s.sebagai])).toEqual([
      [DEMO_NIP.kabagSidang, 'Atasan'],
      [DEMO_NIP.kabagUmum, 'Plh'],
    ]);
  });

  it('reports unknown superiors, cycles, several heads, duplicate emails and acting officials without a kind', () => {
    const [head, a, b, c] = DEMO_PEGAWAI as [Pegawai, Pegawai, Pegawai, Pegawai];
    const people: Pegawai[] = [
      head,
      { ...a, nipAtasan: b.nip },
      { ...b, nipAtasan: a.nip },
      { ...c, nipAtasan: '197001011995031001', email: head.email, nipPenjabat: a.nip, jenisPenjabat: null },
      { ...c, nip: '199901012020121001', nipAtasan: null, email: 'lain@x.go.id' },
    ];
    const { problems } = tree(people);
    expect(problems.map((p) => [p.key, p.row, p.column])).toEqual([
      ['org.emailGanda', 5, 'Email'],
      ['org.atasanTidakDikenal', 5, 'NIP Atasan'],
      ['org.jenisPenjabat', 5, 'Jenis Plt/Plh'],
      ['org.siklus', 3, 'NIP Atasan'],
      ['org.pimpinanGanda', 6, 'NIP Atasan'],
    ]);
  });

  it('reports malformed NIP, email and Peran through the reader', () => {
    const table = writeTab(pegawaiTab, [DEMO_PEGAWAI[0] as Pegawai]);
    table.push(['12345', 'X', 'Staf', '', 'Unit', 'bukan-email', DEMO_NIP.sekwan, 'Admin', null, null]);
    const read = readTab(pegawaiTab, table);
    expect(read.problems.map((p) => [p.key, p.column])).toEqual([
      ['nip.bentuk', 'NIP'],
      ['email.tidakValid', 'Email'],
      ['pilihan.tidakValid', 'Peran'],
    ]);
  });

  it('needs a head and an administrator, and nobody is their own superior', () => {
    const solo = { ...(DEMO_PEGAWAI[1] as Pegawai), nipAtasan: (DEMO_PEGAWAI[1] as Pegawai).nip };
    expect(tree([solo]).problems.map((p) => p.key)).toEqual([
      'org.atasanDiriSendiri',
      'org.tanpaPimpinan',
      'org.tanpaPengelola',
    ]);
  });
});
