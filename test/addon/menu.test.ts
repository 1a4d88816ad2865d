// The menu items that are not the sidebar: validate, help, recap through the recap service, the reminder.
import { describe, expect, it } from 'vitest';
import { DEMO_NIP, headersOf, ikiTab, pengaturanTab, type SidebarView } from '../../shared';
import { documentService, documentsOf } from '../support/apps-script/document-service';
import { emailOf, OWNER, officeBundle, valuesOf } from '../support/apps-script/office';
import type { Bundle, FetchCall } from '../support/apps-script/services';

const ADMIN = emailOf(DEMO_NIP.kasubagTu);

function setSetting(b: Bundle, key: string, value: string) {
  const sheet = b.world.ss.raw('Pengaturan');
  const rows = valuesOf(b, 'Pengaturan');
  const row = rows.findIndex((r) => r[0] === key);
  (sheet.cells[row] as unknown[])[headersOf(pengaturanTab).indexOf('Nilai')] = value;
}

describe('Periksa data and Bantuan', () => {
  it('lists every problem with its place, or says there are none', () => {
    const b = officeBundle();
    b.call(ADMIN, 'periksaData');
    expect(b.world.alerts.at(-1)).toContain('Tidak ada kesalahan pada data.');
    const iki = b.world.ss.raw('IKI');
    (iki.cells[2] as unknown[])[headersOf(ikiTab).indexOf('Polaritas')] = 'Naik';
    b.call(ADMIN, 'periksaData');
    expect(b.world.alerts.at(-1)).toContain(
      '1 kesalahan ditemukan:\n\n• Tab IKI, baris 3, kolom Polaritas: "Naik" tidak termasuk pilihan.',
    );
    b.call(ADMIN, 'bantuan');
    expect(b.world.alerts.at(-1)).toMatch(/^Kinerja Sheets menjalankan SOP/);
  });

  it('adds the office-level warnings, which are not errors', () => {
    const b = officeBundle();
    setSetting(b, 'Nama Kepala Daerah', '');
    b.call(ADMIN, 'periksaData');
    expect(b.world.alerts.at(-1)).toContain('Tidak ada kesalahan pada data.');
    expect(b.world.alerts.at(-1)).toContain('Peringatan (tidak menghalangi)');
    expect(b.world.alerts.at(-1)).toContain(
      '• Tab Pengaturan, kolom Nilai: Nama Kepala Daerah dan Jabatan Kepala Daerah belum diisi di Pengaturan',
    );
  });
});

describe('Kompilasi rekap', () => {
  it('calls the recap service once with the user’s identity token and this spreadsheet, then shows the links', () => {
    const b = officeBundle();
    setSetting(b, 'URL Layanan Rekap', 'https://asia-southeast2-kinerja-prod.cloudfunctions.net/recap');
    b.world.fetchHandler = () => ({
      status: 200,
      body: JSON.stringify({
        docUrl: 'https://docs.google.com/document/d/abc/edit',
        pdfUrl: 'https://drive.google.com/file/d/def/view',
        summary: {},
      }),
    });
    const r = b.call<{ ok: boolean; pesan: string[]; tautan: { docUrl: string }; view: SidebarView }>(
      ADMIN,
      'kompilasiRekap',
      'TW1',
    );
    expect(r.ok).toBe(true);
    expect(r.tautan.docUrl).toBe('https://docs.google.com/document/d/abc/edit');
    expect(b.world.fetches).toHaveLength(1);
    const call = b.world.fetches[0];
    expect(call?.url).toBe('https://asia-southeast2-kinerja-prod.cloudfunctions.net/recap');
    expect(call?.params).toMatchObject({
      method: 'post',
      muteHttpExceptions: true,
      headers: { Authorization: 'Bearer identity-token-for-tests' },
    });
    expect(JSON.parse(String(call?.params.payload))).toEqual({
      spreadsheetId: b.world.ss.getId(),
      year: 2026,
      period: 'TW1',
    });
  });

  it('shows the service’s Indonesian error, and says when no service is configured', () => {
    const b = officeBundle();
    const none = b.call<{ ok: boolean; pesan: string[] }>(ADMIN, 'kompilasiRekap', 'TW1');
    expect(none).toMatchObject({ ok: false, pesan: ['URL Layanan Rekap belum diisi di tab Pengaturan.'] });
    setSetting(b, 'URL Layanan Rekap', 'https://asia-southeast2-kinerja-prod.cloudfunctions.net/recap');
    b.world.fetchHandler = () => ({
      status: 403,
      body: JSON.stringify({
        error: { kode: 'alur.bukanPeran', pesan: 'Anda tidak berwenang', message: 'Not allowed' },
      }),
    });
    const refused = b.call<{ ok: boolean; pesan: string[] }>(
      emailOf(DEMO_NIP.stafTu),
      'kompilasiRekap',
      'TAHUNAN',
    );
    expect(refused).toMatchObject({ ok: false, pesan: ['Layanan rekap menjawab 403: Anda tidak berwenang'] });
    b.call(ADMIN, 'rekapTw2');
    expect(b.world.alerts.at(-1)).toBe('Layanan rekap menjawab 403: Anda tidak berwenang');
  });
});

describe('the daily reminder', () => {
  const arm = (b: Bundle) => {
    setSetting(b, 'Pengingat Harian', 'Ya');
    // a PK submitted long ago waits for its review (30 minutes standard)
    b.call(emailOf(DEMO_NIP.stafTu), 'jalankanAksi', { aksi: 'ajukan', dokumen: 'PK', nip: DEMO_NIP.stafTu });
    const riwayat = b.world.ss.raw('Riwayat');
    (riwayat.cells[1] as unknown[])[0] = '2026-01-05T08:00:00+07:00';
    b.world.mails.length = 0;
  };

  it('is installed once per office when Pengaturan asks for it, owned by the user who installed it', () => {
    const b = officeBundle();
    b.call(OWNER, 'aturPengingat');
    expect(b.world.triggers).toEqual([]);
    expect(b.world.alerts.at(-1)).toMatch(/^Pengingat harian tidak aktif/);
    setSetting(b, 'Pengingat Harian', 'Ya');
    b.call(OWNER, 'aturPengingat');
    b.call(OWNER, 'aturPengingat');
    expect(b.world.triggers).toEqual([
      expect.objectContaining({ handler: 'pengingatHarian', hour: 7, user: OWNER, document: b.world.ss.id }),
    ]);
  });

  it('runs as a time-driven trigger with no active spreadsheet: it opens its office by ID and mails', () => {
    const b = officeBundle();
    arm(b);
    b.call(OWNER, 'aturPengingat');
    const trigger = b.world.triggers[0];
    if (!trigger) throw new Error('no trigger');
    b.world.fire(b, trigger);
    // one mail per person with something overdue: the reviewer of Eko's PK, and (the clock being
    // real) everyone whose own step 1 is past its standard
    const to = b.world.mails.map((m) => m.to);
    expect(new Set(to).size).toBe(to.length);
    const admin = b.world.mails.find((m) => m.to === ADMIN);
    expect(admin?.body).toContain('Perjanjian Kinerja 2026 milik Eko Prasetyo: langkah 2');
    expect(admin?.body).toContain(b.world.ss.getUrl());
    expect(b.world.counter.counts.get('SpreadsheetApp.openById')).toBe(1);
  });

  it('a second office’s reminder leaves the first one’s trigger alone', () => {
    const b = officeBundle();
    arm(b);
    b.call(OWNER, 'aturPengingat');
    const second = b.world.addSpreadsheet(OWNER, 'office-second-0002');
    b.world.active = second;
    b.call(OWNER, 'siapkanTab');
    second.load({ Pengaturan: valuesOf(b, 'Pengaturan'), Pegawai: valuesOf(b, 'Pegawai') });
    b.call(OWNER, 'aturPengingat'); // the owner uses the add-on in both offices
    expect(b.world.triggers.map((t) => t.document)).toEqual([b.world.ss.id, second.id]);
    // switching the first office's reminder off removes only its own trigger
    b.world.active = b.world.ss;
    setSetting(b, 'Pengingat Harian', 'Tidak');
    b.call(OWNER, 'aturPengingat');
    expect(b.world.triggers.map((t) => t.document)).toEqual([second.id]);
  });

  it('without the spreadsheets scope the trigger cannot open its office (why the manifest requests it)', () => {
    const b = officeBundle();
    arm(b);
    b.call(OWNER, 'aturPengingat');
    b.world.scopes = b.world.scopes.map((s) =>
      s === 'https://www.googleapis.com/auth/spreadsheets'
        ? 'https://www.googleapis.com/auth/spreadsheets.currentonly'
        : s,
    );
    expect(() => b.world.fire(b, b.world.triggers[0] as never)).toThrow(
      /You do not have permission to call SpreadsheetApp.openById/,
    );
  });
});

describe('signed documents through the document service', () => {
  const URL_REKAP = 'https://asia-southeast2-kinerja-prod.cloudfunctions.net/recap';

  it('files the PK when it is signed, and the PK and RA when archived; a failure does not undo the action', () => {
    const b = officeBundle();
    setSetting(b, 'URL Layanan Rekap', URL_REKAP);
    b.world.fetchHandler = documentService((_nip, kind) => ({
      status: 200,
      docUrl: `https://docs.google.com/document/d/${kind}/edit`,
      pdfUrl: null,
    }));
    const eko = DEMO_NIP.stafTu;
    const act = (who: string, aksi: string, dokumen: string) =>
      b.call<{ ok: boolean; pesan: string[] }>(emailOf(who), 'jalankanAksi', { aksi, dokumen, nip: eko });
    act(eko, 'ajukan', 'PK');
    act(DEMO_NIP.kasubagTu, 'setujui', 'PK');
    expect(b.world.fetches).toHaveLength(0);
    const signed = act(DEMO_NIP.kasubagTu, 'setujui', 'PK');
    expect(b.world.fetches.map((f) => [f.url, documentsOf(f)])).toEqual([
      ['https://asia-southeast2-kinerja-prod.cloudfunctions.net/document', [`PK ${eko}`]],
    ]);
    expect(signed.pesan).toContain(`PK ${eko}: https://docs.google.com/document/d/PK/edit`);
    act(eko, 'ajukan', 'RA');
    act(DEMO_NIP.kasubagTu, 'setujui', 'RA');
    // the service refuses one document and cannot be reached for the other
    act(DEMO_NIP.kasubagTu, 'setujui', 'RA');
    b.world.fetchHandler = documentService((_nip, kind) =>
      kind === 'PK'
        ? {
            status: 502,
            error: { pesan: 'Layanan Google belum dapat dihubungi', message: 'Google unreachable' },
          }
        : { status: 200, docUrl: 'https://docs.google.com/document/d/RA/edit' },
    );
    const archived = act(DEMO_NIP.kasubagTu, 'arsipkan', 'RA');
    expect(archived.pesan[0]).toBe(
      'RA milik Eko Prasetyo: Arsipkan selesai (status Diarsipkan). Berikutnya: Ukur TW I oleh Eko Prasetyo',
    );
    expect(archived.ok).toBe(true);
    expect(archived.pesan).toContain('Layanan rekap menjawab 502: Layanan Google belum dapat dihubungi');
    expect(archived.pesan).toContain(`RA ${eko}: https://docs.google.com/document/d/RA/edit`);
    // both documents in one request
    expect(documentsOf(b.world.fetches.at(-1) as FetchCall)).toEqual([`PK ${eko}`, `RA ${eko}`]);
    // a request refused as a whole is told for each of its documents
    b.world.fetchHandler = () => ({
      status: 503,
      body: JSON.stringify({ error: { pesan: 'Kuota habis', message: 'Quota' } }),
    });
    const printed = b.call<{ ok: boolean; pesan: string[] }>(emailOf(eko), 'cetakDokumen', eko, 'PK');
    expect(printed).toMatchObject({ ok: false, pesan: ['Layanan rekap menjawab 503: Kuota habis'] });
  });

  it('"cetak" is for the employee, their superior and the administrator only', () => {
    const b = officeBundle();
    setSetting(b, 'URL Layanan Rekap', URL_REKAP);
    b.world.fetchHandler = documentService(() => ({
      status: 200,
      docUrl: 'https://docs.google.com/document/d/x/edit',
      pdfUrl: 'https://drive.google.com/file/d/y/view',
    }));
    const peer = b.call<{ ok: boolean; pesan: string[] }>(
      emailOf(DEMO_NIP.stafKeuangan),
      'cetakDokumen',
      DEMO_NIP.stafTu,
      'PK',
    );
    expect(peer.ok).toBe(false);
    expect(peer.pesan[0]).toMatch(/^Anda tidak berwenang mencetak PK 2026 milik Eko Prasetyo/);
    expect(b.world.fetches).toHaveLength(0);
    const own = b.call<{ ok: boolean; tautan: { pdfUrl: string } }>(
      emailOf(DEMO_NIP.stafTu),
      'cetakDokumen',
      DEMO_NIP.stafTu,
      'PK',
    );
    expect(own.ok).toBe(true);
    const superior = b.call<{ ok: boolean }>(
      emailOf(DEMO_NIP.kasubagTu),
      'cetakDokumen',
      DEMO_NIP.stafTu,
      'PK',
    );
    expect(superior.ok).toBe(true);
    expect(own.tautan.pdfUrl).toBe('https://drive.google.com/file/d/y/view');
  });
});
