// The SOP cycle through the add-on's own top-level functions, as different active users: the sidebar view,
// every action with its authorisation, stale approvals, the lock, notifications, formula safety, budgets.
import { describe, expect, it } from 'vitest';
import {
  DEMO_NIP,
  DEMO_PEGAWAI,
  demoScenario,
  headersOf,
  ikiTab,
  riwayatTab,
  type SidebarView,
  TAB_NAMES,
} from '../../shared';
import { emailOf, officeBundle, sunting, syntheticBundle, valuesOf } from '../support/apps-script/office';
import type { Bundle } from '../support/apps-script/services';
import { langkahPkRa } from '../support/steps';

interface Result {
  ok: boolean;
  pesan: string[];
  view: SidebarView;
}

const EKO = DEMO_NIP.stafTu;
const DWI = DEMO_NIP.kasubagTu; // Eko's superior and the Pengelola Kinerja
const SRI = DEMO_NIP.kabagUmum; // Dwi's superior; Plh for Agus
const AGUS = DEMO_NIP.kabagSidang;
const RINA = DEMO_NIP.kasubagRapat;
const FITRI = DEMO_NIP.stafKeuangan;
const HENDRA = DEMO_NIP.kasubagKeuangan;

const act = (
  b: Bundle,
  who: string,
  aksi: string,
  nip: string,
  dokumen: string,
  extra: Record<string, unknown> = {},
) => b.call<Result>(emailOf(who), 'jalankanAksi', { aksi, dokumen, nip, ...extra });

const pkRow = (b: Bundle, nip: string) => {
  const rows = valuesOf(b, 'PK');
  const header = rows[0] as string[];
  const row = rows.find((r) => r[0] === nip) ?? [];
  return Object.fromEntries(header.map((h, i) => [h, row[i]]));
};
const riwayat = (b: Bundle) => valuesOf(b, 'Riwayat').slice(1);
const snapshot = (b: Bundle) =>
  JSON.stringify(b.world.ss.sheets.map((s) => [s.name, s.cells, s.protections.length]));

describe('the sidebar view', () => {
  it('shows who I am, my documents with their problems, and what waits for me', () => {
    const b = officeBundle();
    const eko = b.call<SidebarView>(emailOf(EKO), 'ambilTampilan');
    expect(eko.saya).toMatchObject({ nama: 'Eko Prasetyo', nip: EKO, pengelola: false });
    expect(eko.dokumenSaya.map((d) => [d.dokumen, d.status, d.aksi])).toEqual([
      ['PK', 'Draf', ['ajukan']],
      ['RA', 'Draf', ['ajukan']],
    ]);
    act(b, EKO, 'ajukan', EKO, 'PK');
    const dwi = b.call<SidebarView>(emailOf(DWI), 'ambilTampilan');
    expect(dwi.saya?.pengelola).toBe(true);
    expect(dwi.menunggu.map((d) => [d.nama, d.dokumen, d.aksi])).toEqual([
      ['Eko Prasetyo', 'PK', ['setujui', 'kembalikan']],
    ]);
    expect(dwi.menunggu[0]?.ringkasan[0]).toBe(
      'IKI-1 Jumlah data pegawai dimutakhirkan: 120 data (Positif, Jumlah)',
    );
  });

  it('explains an unknown or withheld email, and never falls back to the effective user', () => {
    const b = officeBundle();
    expect(b.call<SidebarView>('orang@luar.id', 'ambilTampilan')).toMatchObject({
      saya: null,
      pesan: expect.stringMatching(/tidak terdaftar di tab Pegawai/),
    });
    const blank = b.call<SidebarView>('', 'ambilTampilan');
    expect(blank.pesan).toMatch(/^Google tidak memberikan alamat email Anda/);
    const refused = b.call<Result>('', 'jalankanAksi', { aksi: 'ajukan', dokumen: 'PK', nip: EKO });
    expect(refused.ok).toBe(false);
    expect(valuesOf(b, 'Riwayat')).toHaveLength(1);
  });

  it('lists a staff member’s row problems with their place', () => {
    const b = officeBundle();
    const iki = b.world.ss.raw('IKI');
    const target = headersOf(ikiTab).indexOf('Target');
    const row = valuesOf(b, 'IKI').findIndex((r) => r[0] === EKO);
    (iki.cells[row] as unknown[])[target] = '1.5';
    const view = b.call<SidebarView>(emailOf(EKO), 'ambilTampilan');
    expect(view.dokumenSaya[0]?.masalah[0]).toMatchObject({ tab: 'IKI', row: row + 1, column: 'Target' });
    const r = act(b, EKO, 'ajukan', EKO, 'PK');
    expect(r.ok).toBe(false);
    expect(r.pesan[0]).toBe('Perbaiki dulu 1 kesalahan pada data Anda sebelum mengajukan.');
    b.call(emailOf(EKO), 'bukaSel', 'IKI', row + 1, 'Target');
    expect(b.world.ss.active).toEqual({ sheet: 'IKI', row: row + 1, column: target + 1 });
  });
});

describe('the whole SOP through the add-on', () => {
  it('runs the demo year (three levels, a return, a Plh) as the right people, one round trip each', () => {
    const b = officeBundle();
    let calls = 0;
    for (const s of demoScenario()) {
      if ('rekap' in s) continue;
      if ('sunting' in s) {
        sunting(b, s.email, s.sunting);
        continue;
      }
      const r = b.call<Result>(s.email, 'jalankanAksi', {
        aksi: s.aksi,
        dokumen: s.dokumen,
        nip: s.nip,
        catatan: s.catatan ?? null,
        tanggalTtd: s.tanggalTtd ?? null,
        tautanTtd: s.tautanTtd ?? null,
      });
      calls++;
      expect(r.ok, `${s.aksi} ${s.dokumen} ${s.nip}: ${r.pesan.join()}`).toBe(true);
    }
    // 7 employees' 163 steps, the head of office's 22 (PK with the Bupati, RA, four quarters), and the Kabag
    // Umum's PK Perubahan (opened, then PK and RA again: 8)
    expect(calls).toBe(163 + 22 + 8);
    for (const p of DEMO_PEGAWAI) {
      expect(pkRow(b, p.nip)).toMatchObject({
        'Status PK': 'Diarsipkan',
        'Status RA': 'Diarsipkan',
        'Status TW IV': 'Ditindaklanjuti',
      });
    }
    const log = riwayat(b);
    expect(log).toHaveLength(calls);
    const steps = new Set(log.map((r) => r[headersOf(riwayatTab).indexOf('Langkah SOP')]));
    for (const n of [1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12]) expect(steps.has(n)).toBe(true);
    // signed and archived rows are protected, editable by the administrator only
    const iki = b.world.ss.raw('IKI');
    const ekoRow = valuesOf(b, 'IKI').findIndex((r) => r[0] === EKO) + 1;
    expect(iki.canEdit(emailOf(EKO), ekoRow)).toBe(false);
    expect(iki.canEdit(emailOf(DWI), ekoRow)).toBe(true);
    expect(b.world.ss.raw('Rencana Aksi').canEdit(emailOf(EKO), ekoRow)).toBe(false);
    // the revised PK's rows were opened for the revision and are protected again with version 2
    const sriRow = valuesOf(b, 'IKI').findIndex((r) => r[0] === SRI) + 1;
    expect(iki.canEdit(emailOf(SRI), sriRow)).toBe(false);
  });

  it('opening a revision lifts the protection of the owner’s signed rows, so the owner can edit them', () => {
    const b = officeBundle();
    const steps = demoScenario().filter((s) => 'aksi' in s && s.nip === SRI && s.dokumen !== 'TW1');
    const iki = b.world.ss.raw('IKI');
    const sriRow = valuesOf(b, 'IKI').findIndex((r) => r[0] === SRI) + 1;
    for (const s of steps) {
      if (!('aksi' in s) || s.dokumen.startsWith('TW')) continue;
      if (s.aksi === 'perubahan') expect(iki.canEdit(emailOf(SRI), sriRow)).toBe(false);
      const r = b.call<Result>(s.email, 'jalankanAksi', {
        aksi: s.aksi,
        dokumen: s.dokumen,
        nip: s.nip,
        catatan: s.catatan ?? null,
      });
      expect(r.ok, `${s.aksi} ${s.dokumen}: ${r.pesan.join()}`).toBe(true);
      if (s.aksi === 'perubahan') {
        expect(iki.canEdit(emailOf(SRI), sriRow)).toBe(true);
        expect(b.world.ss.raw('Rencana Aksi').canEdit(emailOf(SRI), sriRow)).toBe(true);
      }
    }
    expect(iki.canEdit(emailOf(SRI), sriRow)).toBe(false);
  });
});

describe('protecting signed rows once', () => {
  it('the PK’s signature protects its IKI and Anggaran PK rows; archiving (step 7) adds no protection', () => {
    const b = officeBundle();
    const SEKWAN = DEMO_NIP.sekwan;
    const protections = () => b.world.ss.sheets.reduce((n, s) => n + s.protections.length, 0);
    const rowsOf = (tab: string) => valuesOf(b, tab).flatMap((r, i) => (r[0] === SRI ? [i + 1] : []));
    expect(rowsOf('Anggaran PK')).toHaveLength(3);
    act(b, SRI, 'ajukan', SRI, 'PK');
    act(b, SEKWAN, 'setujui', SRI, 'PK');
    for (const row of rowsOf('Anggaran PK'))
      expect(b.world.ss.raw('Anggaran PK').canEdit(emailOf(SRI), row)).toBe(true);
    expect(act(b, SEKWAN, 'setujui', SRI, 'PK').ok).toBe(true); // signed (step 3)
    for (const row of rowsOf('Anggaran PK')) {
      expect(b.world.ss.raw('Anggaran PK').canEdit(emailOf(SRI), row)).toBe(false);
      expect(b.world.ss.raw('Anggaran PK').canEdit(emailOf(DWI), row)).toBe(true);
    }
    for (const [who, aksi] of [
      [SRI, 'ajukan'],
      [SEKWAN, 'setujui'],
      [SEKWAN, 'setujui'],
    ] as const)
      expect(act(b, who, aksi, SRI, 'RA').ok).toBe(true);
    const signed = protections();
    expect(act(b, DWI, 'arsipkan', SRI, 'RA').ok).toBe(true);
    expect(pkRow(b, SRI)).toMatchObject({ 'Status PK': 'Diarsipkan', 'Status RA': 'Diarsipkan' });
    expect(protections()).toBe(signed);
    for (const tab of ['IKI', 'Rencana Aksi', 'Anggaran PK'])
      for (const row of rowsOf(tab)) expect(b.world.ss.raw(tab).canEdit(emailOf(SRI), row)).toBe(false);
  });
});

describe('authorisation: every refusal is in Indonesian and writes nothing', () => {
  const refused = (
    setup: (b: Bundle) => void,
    who: string,
    aksi: string,
    nip: string,
    dok: string,
    extra = {},
  ) => {
    const b = officeBundle();
    setup(b);
    const before = snapshot(b);
    const r = act(b, who, aksi, nip, dok, extra);
    expect(r.ok).toBe(false);
    expect(snapshot(b)).toBe(before);
    return r.pesan[0];
  };
  const submitted = (b: Bundle) => void act(b, EKO, 'ajukan', EKO, 'PK');

  it('a peer', () =>
    expect(refused(submitted, FITRI, 'setujui', EKO, 'PK')).toMatch(
      /^Anda tidak berwenang: aksi "setujui" atas PK 2026 milik Eko Prasetyo/,
    ));
  it('an employee approving their own PK', () =>
    expect(refused(submitted, EKO, 'setujui', EKO, 'PK')).toBe(
      'Anda tidak dapat menyetujui atau menilai dokumen Anda sendiri.',
    ));
  it('a superior of another branch', () =>
    expect(refused(submitted, AGUS, 'setujui', EKO, 'PK')).toMatch(/^Anda tidak berwenang/));
  it('a non-administrator archiving', () => {
    const setup = (b: Bundle) => {
      // signed, not yet archived
      for (const [who, aksi, dok] of langkahPkRa(FITRI, HENDRA, HENDRA).slice(0, -1))
        act(b, who, aksi, FITRI, dok);
    };
    expect(refused(setup, HENDRA, 'arsipkan', FITRI, 'RA')).toMatch(
      /hanya dapat dilakukan oleh Pengelola Kinerja/,
    );
  });
  it('the acting official (Plh) may sign, the superior’s superior may not', () => {
    const b = officeBundle();
    act(b, RINA, 'ajukan', RINA, 'PK');
    expect(act(b, SRI, 'setujui', RINA, 'PK').ok).toBe(true);
    expect(
      refused((x) => void act(x, RINA, 'ajukan', RINA, 'PK'), DEMO_NIP.sekwan, 'setujui', RINA, 'PK'),
    ).toMatch(/^Anda tidak berwenang/);
  });
});

describe('integrity', () => {
  it('refuses an approval of a version other than the one seen, signs nothing, and shows the new version', () => {
    const b = officeBundle();
    act(b, EKO, 'ajukan', EKO, 'PK');
    const seen = b.call<SidebarView>(emailOf(DWI), 'ambilTampilan').menunggu[0];
    // Eko edits a target after the superior opened the sidebar
    const row = valuesOf(b, 'IKI').findIndex((r) => r[0] === EKO);
    (b.world.ss.raw('IKI').cells[row] as unknown[])[headersOf(ikiTab).indexOf('Target')] = 999;
    const before = snapshot(b);
    const r = act(b, DWI, 'setujui', EKO, 'PK', { hash: seen?.hash });
    expect(r.ok).toBe(false);
    expect(r.pesan[0]).toBe(
      'Isi dokumen telah berubah sejak Anda membukanya. Periksa versi terbaru sebelum menyetujui.',
    );
    expect(snapshot(b)).toBe(before);
    expect(r.view.menunggu[0]?.hash).not.toBe(seen?.hash);
    expect(r.view.menunggu[0]?.ringkasan[0]).toContain('999');
    expect(act(b, DWI, 'setujui', EKO, 'PK', { hash: r.view.menunggu[0]?.hash }).ok).toBe(true);
  });

  it('flags content changed after signing wherever the document is shown', () => {
    const b = officeBundle();
    for (const [who, aksi] of [
      [EKO, 'ajukan'],
      [DWI, 'setujui'],
      [DWI, 'setujui'],
    ] as const)
      act(b, who, aksi, EKO, 'PK');
    const row = valuesOf(b, 'IKI').findIndex((r) => r[0] === EKO);
    (b.world.ss.raw('IKI').cells[row] as unknown[])[headersOf(ikiTab).indexOf('Satuan')] = 'berkas';
    const view = b.call<SidebarView>(emailOf(EKO), 'ambilTampilan');
    expect(view.dokumenSaya[0]).toMatchObject({ dokumen: 'PK', berubah: true });
  });

  it('stores text from people as text, never as a formula', () => {
    const b = officeBundle();
    act(b, EKO, 'ajukan', EKO, 'PK');
    const note = '=IMPORTXML("https://contoh.id","//a")';
    expect(act(b, DWI, 'kembalikan', EKO, 'PK', { catatan: note }).ok).toBe(true);
    expect(pkRow(b, EKO)['Catatan Terakhir']).toBe(note);
    expect(riwayat(b).at(-1)?.[headersOf(riwayatTab).indexOf('Catatan')]).toBe(note);
    expect(b.call<SidebarView>(emailOf(EKO), 'ambilTampilan').dokumenSaya[0]?.catatan).toBe(note);
  });
});

describe('the document lock', () => {
  it('tells the user to try again when another execution holds the lock, and writes nothing', () => {
    const b = officeBundle();
    b.world.locks.holder = 'another-execution';
    const before = snapshot(b);
    const r = act(b, EKO, 'ajukan', EKO, 'PK');
    expect(r).toMatchObject({
      ok: false,
      pesan: ['Spreadsheet sedang dipakai oleh tindakan lain. Coba lagi sebentar lagi.'],
    });
    expect(snapshot(b)).toBe(before);
    b.world.locks.holder = null;
    expect(act(b, EKO, 'ajukan', EKO, 'PK').ok).toBe(true);
    expect(b.world.locks.holder).toBeNull();
  });

  it('many actions from several users and executions: no lost update, each logged exactly once', () => {
    const b = officeBundle();
    const people = [EKO, FITRI, RINA, HENDRA, DWI, DEMO_NIP.kabagUmum, AGUS];
    let refusedByLock = 0;
    people.forEach((nip, i) => {
      // another execution holds the lock for every other attempt: those are refused and retried
      b.world.execution = `exec-${i}`;
      b.world.locks.holder = i % 2 ? 'exec-other' : null;
      let r = act(b, nip, 'ajukan', nip, 'PK');
      if (!r.ok) {
        refusedByLock++;
        b.world.locks.holder = null;
        r = act(b, nip, 'ajukan', nip, 'PK');
      }
      expect(r.ok).toBe(true);
    });
    expect(refusedByLock).toBe(3);
    const log = riwayat(b);
    expect(log).toHaveLength(people.length);
    expect(new Set(log.map((r) => r[headersOf(riwayatTab).indexOf('NIP Pemilik')])).size).toBe(people.length);
    for (const nip of people) expect(pkRow(b, nip)['Status PK']).toBe('Diajukan');
  });
});

describe('notifications', () => {
  it('one email to whoever acts next, with a link to the spreadsheet', () => {
    const b = officeBundle();
    act(b, EKO, 'ajukan', EKO, 'PK');
    expect(b.world.mails).toEqual([
      expect.objectContaining({
        to: emailOf(DWI),
        subject: '[Kinerja] Eko Prasetyo mengajukan Perjanjian Kinerja 2026 milik Eko Prasetyo',
      }),
    ]);
    expect(b.world.mails[0]?.body).toContain(b.world.ss.getUrl());
    act(b, DWI, 'kembalikan', EKO, 'PK', { catatan: 'Perbaiki target' });
    expect(b.world.mails.at(-1)).toMatchObject({ to: emailOf(EKO) });
  });

  it('a bulk action sends one email per recipient, and a full quota never blocks the action', () => {
    const b = officeBundle();
    const team = [HENDRA, DWI]; // both report to Sri
    const bulk = (aksi: string) => {
      const reqs = b
        .call<SidebarView>(emailOf(SRI), 'ambilTampilan')
        .menunggu.filter((d) => d.aksi.includes(aksi as never))
        .map((d) => ({ aksi, dokumen: d.dokumen, nip: d.nip, hash: d.hash }));
      expect(reqs).toHaveLength(2);
      const r = b.call<Result>(emailOf(SRI), 'jalankanBanyak', reqs);
      expect(r.ok).toBe(true);
    };
    for (const nip of team) act(b, nip, 'ajukan', nip, 'PK');
    bulk('setujui'); // reviewed
    b.world.mailQuota = 0;
    bulk('setujui'); // signed: the owners would be told, but the quota is gone
    expect(team.map((nip) => pkRow(b, nip)['Status PK'])).toEqual(['Ditandatangani', 'Ditandatangani']);
    const notes = riwayat(b).map((row) => String(row[headersOf(riwayatTab).indexOf('Catatan')]));
    expect(notes.filter((n) => n.startsWith('Email pemberitahuan ke'))).toHaveLength(2);
    b.world.mailQuota = Number.POSITIVE_INFINITY;
    for (const nip of team) act(b, nip, 'ajukan', nip, 'RA');
    bulk('setujui');
    b.world.mails.length = 0;
    bulk('setujui'); // two RAs signed: the administrator gets one email listing both
    expect(b.world.mails.map((m) => m.to)).toEqual([emailOf(DWI)]);
    expect(b.world.mails[0]?.subject).toBe('[Kinerja] 2 dokumen menunggu tindakan Anda');
    expect(b.world.mails[0]?.body).toContain('Rencana Aksi 2026 milik Hendra Gunawan, S.E.');
    expect(b.world.mails[0]?.body).toContain('Rencana Aksi 2026 milik Dwi Rahmawati, S.Sos.');
  });
});

describe('service-call budgets do not grow with the office', () => {
  const budget = (n: number) => {
    const b = syntheticBundle(n);
    const staff = 'pegawai2@kantor.go.id';
    const kabag = 'pegawai1@kantor.go.id';
    const c = b.world.counter;
    const measure = (fn: () => void) => {
      c.reset();
      fn();
      return Object.fromEntries(c.counts);
    };
    const load = measure(() => b.call(staff, 'ambilTampilan'));
    const nipOf = (email: string) => b.call<SidebarView>(email, 'ambilTampilan').saya?.nip as string;
    const staffNip = nipOf(staff);
    b.call(staff, 'jalankanAksi', { aksi: 'ajukan', dokumen: 'PK', nip: staffNip });
    const approve = measure(() =>
      b.call(kabag, 'jalankanAksi', { aksi: 'setujui', dokumen: 'PK', nip: staffNip }),
    );
    const team = Array.from({ length: 9 }, (_, i) => `pegawai${i + 3}@kantor.go.id`).filter(
      (e) => e !== staff,
    );
    for (const e of team) b.call(e, 'jalankanAksi', { aksi: 'ajukan', dokumen: 'PK', nip: nipOf(e) });
    const reqs = b
      .call<SidebarView>(kabag, 'ambilTampilan')
      .menunggu.map((d) => ({ aksi: 'setujui', dokumen: d.dokumen, nip: d.nip, hash: d.hash }));
    const bulk = measure(() => b.call(kabag, 'jalankanBanyak', reqs));
    return { load, approve, bulk, bulkSize: reqs.length };
  };

  it('the same calls for 10 and 500 employees: sidebar load, approve, bulk approve', () => {
    const small = budget(10);
    const large = budget(500);
    expect(large).toEqual(small);
    // approve: one read per tab, one write per run of changed cells, no per-row calls: the log row, then
    // Status PK and Diperbarui (not adjacent: two ranges, the cells between them untouched)
    expect(small.approve['Range.getValues']).toBe(TAB_NAMES.length);
    expect(small.approve['Range.setValues']).toBe(3);
    expect(small.bulk['Range.getValues']).toBe(TAB_NAMES.length);
  });
});
