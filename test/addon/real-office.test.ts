// Offices played as their real users on the strict Apps Script fakes: the owner only runs set-up and shares
// the file with every employee; each action runs as the clicking user, under their protections, on a grid
// that starts at 1000 rows.
import { describe, expect, it } from 'vitest';
import {
  DEMO_NIP,
  DEMO_PEGAWAI,
  demoScenario,
  demoTables,
  headersOf,
  pkTab,
  riwayatTab,
  type SidebarView,
  syntheticTables,
} from '../../shared';
import { emailOf, OWNER, officeBundle, valuesOf } from '../support/apps-script/office';
import type { Bundle } from '../support/apps-script/services';
import { replayDemo } from '../support/driver';
import { MemoryWorkbook } from '../support/memory-workbook';

interface Result {
  ok: boolean;
  pesan: string[];
  view: SidebarView;
}

const col = (name: string) => headersOf(riwayatTab).indexOf(name);
const riwayat = (b: Bundle) => valuesOf(b, 'Riwayat').slice(1);

describe('the demo office, one year, as its real users', () => {
  it('0 throws, every action logged once in order, every notification sent', () => {
    const b = officeBundle();
    const people = new Set(DEMO_PEGAWAI.map((p) => p.email));
    expect(people.has(OWNER)).toBe(false); // the owner only set the office up
    // what the core says each action must notify (the same scenario on a memory workbook)
    const expected = replayDemo(new MemoryWorkbook(demoTables())).map(({ result }) =>
      result.ok ? [...result.value.perubahan.penerima].sort() : ['refused'],
    );
    const done: { aksi: string; dokumen: string; nip: string }[] = [];
    for (const s of demoScenario()) {
      if ('rekap' in s) continue; // compiled by the recap service (test/functions)
      expect(people.has(s.email)).toBe(true);
      const before = b.world.mails.length;
      const r = b.call<Result>(s.email, 'jalankanAksi', {
        aksi: s.aksi,
        dokumen: s.dokumen,
        nip: s.nip,
        catatan: s.catatan ?? null,
        // the regional head's paper signature, recorded by the administrator (step ttdkepaladaerah)
        ...(s.tanggalTtd ? { tanggalTtd: s.tanggalTtd, tautanTtd: s.tautanTtd ?? null } : {}),
      });
      expect(r.ok, `${s.email} ${s.aksi} ${s.dokumen} ${s.nip}: ${r.pesan.join(' | ')}`).toBe(true);
      // whoever acts next is told (one email per recipient), never the actor
      const sent = b.world.mails.slice(before).map((m) => m.to);
      expect(sent.sort(), `mails of ${s.aksi} ${s.dokumen} ${s.nip}`).toEqual(expected[done.length]);
      for (const to of sent) {
        expect(people.has(to)).toBe(true);
        expect(to).not.toBe(s.email);
      }
      done.push({ aksi: s.aksi, dokumen: s.dokumen, nip: s.nip });
    }
    const log = riwayat(b);
    expect(
      log.map((r) => ({ aksi: r[col('Aksi')], dokumen: r[col('Dokumen')], nip: r[col('NIP Pemilik')] })),
    ).toEqual(done);
    // no notification failed (a failure is logged as a Sistem entry): every mail was sent
    expect(log.filter((r) => r[col('Peran')] === 'Sistem')).toEqual([]);
    expect(b.world.mails.length).toBe(expected.flat().length);
    // the owner never acted: every log line is by a person of the office
    expect(new Set(log.map((r) => r[col('Email')]))).not.toContain(OWNER);
  });
});

describe('signed rows under protections made by different signers', () => {
  it('an acting superior (Plh) signs an RA over IKI rows the PK’s signer protected: the action succeeds, the rows stay protected', () => {
    const b = officeBundle();
    const rina = DEMO_NIP.kasubagRapat;
    const steps = demoScenario().filter(
      (s) => !('rekap' in s) && s.nip === rina && (s.dokumen === 'PK' || s.dokumen === 'RA'),
    );
    const signers = new Set<string>();
    for (const s of steps) {
      if ('rekap' in s) continue;
      if (s.aksi === 'setujui') signers.add(s.email);
      const r = b.call<Result>(s.email, 'jalankanAksi', { aksi: s.aksi, dokumen: s.dokumen, nip: s.nip });
      expect(r.ok, `${s.email} ${s.aksi} ${s.dokumen}: ${r.pesan.join(' | ')}`).toBe(true);
    }
    expect(signers.size).toBe(2); // the PK's superior and the acting one for the RA
    const me = emailOf(rina);
    for (const tab of ['IKI', 'Rencana Aksi']) {
      const sheet = b.world.ss.raw(tab);
      const rows = valuesOf(b, tab)
        .map((r, i) => (r[0] === rina ? i + 1 : 0))
        .filter(Boolean);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(sheet.canEdit(me, row), `${tab} row ${row}`).toBe(false);
        expect(sheet.canEdit(emailOf(DEMO_NIP.kasubagTu), row)).toBe(true); // the Pengelola Kinerja
      }
    }
  });
});

describe('the recap service appends to Riwayat while an action runs', () => {
  it('the action’s log line goes after the service’s row, never over it', () => {
    const b = officeBundle();
    const eko = DEMO_NIP.stafTu;
    const riwayat = b.world.ss.raw('Riwayat');
    const serviceRow = ['2026-02-02T08:00:00+07:00', 'kinerja-rekap@kinerja-prod.iam.gserviceaccount.com'];
    let reads = 0;
    b.world.counter.onHit = (name) => {
      if (name === 'Range.getValues') reads++;
      // after the action read every tab, the service (values.append) adds a row
      if (reads === 8 && name !== 'Range.getValues') {
        riwayat.cells[riwayat.lastRow()] = [...serviceRow];
        reads++;
      }
    };
    const r = b.call<Result>(emailOf(eko), 'jalankanAksi', { aksi: 'ajukan', dokumen: 'PK', nip: eko });
    b.world.counter.onHit = null;
    expect(r.ok).toBe(true);
    const log = riwayat.cells.filter((row) => (row ?? []).some((v) => v !== '' && v !== undefined));
    expect(log).toHaveLength(3); // header, the service's row, the action's line
    expect(log[1]?.slice(0, 2)).toEqual(serviceRow);
    expect(log[2]?.[col('Aksi')]).toBe('ajukan');
  });
});

describe('an office of 60 employees through PK, RA and three quarters', () => {
  it('runs every action as its user (superiors in bulk), Riwayat grows past row 1000, nothing throws', {
    timeout: 300_000,
  }, () => {
    const tables = { ...syntheticTables(60, 1), PK: [headersOf(pkTab)] };
    const b = officeBundle(tables);
    const emails = [
      'kepala@kantor.go.id',
      ...Array.from({ length: 60 }, (_, i) => `pegawai${i + 1}@kantor.go.id`),
    ];
    const staff = emails.slice(1);
    const superiors = emails.filter((_e, i) => i === 0 || (i - 1) % 10 === 0);
    const nipOf = new Map(staff.map((e) => [e, b.call<SidebarView>(e, 'ambilTampilan').saya?.nip as string]));
    let actions = 0;
    const act = (email: string, aksi: string, dokumen: string, catatan: string | null = null) => {
      const r = b.call<Result>(email, 'jalankanAksi', { aksi, dokumen, nip: nipOf.get(email), catatan });
      expect(r.ok, `${email} ${aksi} ${dokumen}: ${r.pesan.join(' | ')}`).toBe(true);
      actions++;
    };
    const bulk = (email: string, aksi: string, dokumen: string, catatan: string | null = null) => {
      const view = b.call<SidebarView>(email, 'ambilTampilan');
      const reqs = [...view.menunggu, ...view.arsip]
        .filter((d) => d.dokumen === dokumen && d.aksi.includes(aksi as never))
        .map((d) => ({ aksi, dokumen, nip: d.nip, hash: d.hash, catatan }));
      if (reqs.length === 0) return;
      const r = b.call<Result>(email, 'jalankanBanyak', reqs);
      expect(r.ok, `${email} ${aksi} ${dokumen}: ${r.pesan.join(' | ')}`).toBe(true);
      actions += reqs.length;
    };
    for (const dokumen of ['PK', 'RA']) {
      for (const e of staff) act(e, 'ajukan', dokumen);
      for (const s of superiors) bulk(s, 'setujui', dokumen); // reviewed
      for (const s of superiors) bulk(s, 'setujui', dokumen); // signed
      expect(actions % 60, `${dokumen} reviewed and signed`).toBe(0);
    }
    bulk('pegawai1@kantor.go.id', 'arsipkan', 'RA');
    for (const tw of ['TW1', 'TW2', 'TW3']) {
      for (const e of staff) act(e, 'ajukan', tw); // measured
      for (const e of staff) act(e, 'ajukan', tw); // reported with evidence
      for (const s of superiors) bulk(s, 'evaluasi', tw, 'Pertahankan capaian.');
      for (const e of staff) act(e, 'tindaklanjut', tw, 'Dilaksanakan.');
    }
    expect(actions).toBe(60 * (3 + 4 + 3 * 4));
    const log = riwayat(b);
    expect(log).toHaveLength(actions);
    expect(b.world.ss.raw('Riwayat').maxRows).toBeGreaterThan(1000);
    const pk = valuesOf(b, 'PK');
    const h = pk[0] as string[];
    for (const row of pk.slice(1)) {
      expect(row[h.indexOf('Status RA')]).toBe('Diarsipkan');
      expect(row[h.indexOf('Status TW III')]).toBe('Ditindaklanjuti');
    }
  });
});
