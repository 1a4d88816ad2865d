// Issue 9, item 2.8: the documents a bulk action files (50 PKs signed, 50 RAs archived with their PKs) stay
// inside Apps Script's 6-minute limit at the fakes' per-call costs: they go to the document service in
// requests of several documents, sent side by side with UrlFetchApp.fetchAll.
import { describe, expect, it } from 'vitest';
import {
  DOKUMEN_PER_PERMINTAAN,
  headersOf,
  pengaturanTab,
  pkTab,
  type SidebarView,
  syntheticTables,
} from '../../shared';
import { EXECUTION_LIMIT_MS, PER_CALL_MS } from '../support/apps-script/counter';
import { documentService, documentsOf } from '../support/apps-script/document-service';
import { officeBundle, valuesOf } from '../support/apps-script/office';
import type { Bundle } from '../support/apps-script/services';

const HEAD = 'kepala@kantor.go.id';
const ADMIN = 'pegawai1@kantor.go.id';
const URL_REKAP = 'https://asia-southeast2-kinerja-prod.cloudfunctions.net/recap';

interface Result {
  ok: boolean;
  pesan: string[];
}

function configured(b: Bundle): void {
  const rows = valuesOf(b, 'Pengaturan');
  const row = rows.findIndex((r) => r[0] === 'URL Layanan Rekap');
  (b.world.ss.raw('Pengaturan').cells[row] as unknown[])[headersOf(pengaturanTab).indexOf('Nilai')] =
    URL_REKAP;
  b.world.fetchHandler = documentService();
}

/** The synthetic office of 500 without its staff: the head of office and the 50 Kabags who report to them. */
function headAndKabags(): Bundle {
  const all = syntheticTables(500, 8);
  const pegawai = all.Pegawai ?? [];
  const email = (pegawai[0] ?? []).indexOf('Email');
  const keep = new Set(
    pegawai
      .slice(1)
      .filter((r) => r[email] === HEAD || /^pegawai\d*1@/.test(String(r[email])))
      .map((r) => String(r[0])),
  );
  const tables = Object.fromEntries(
    Object.entries(all).map(([tab, rows]) => [
      tab,
      rows[0]?.[0] === 'NIP' ? [rows[0], ...rows.slice(1).filter((r) => keep.has(String(r[0])))] : rows,
    ]),
  );
  return officeBundle({ ...tables, PK: [headersOf(pkTab)] });
}

describe('filing the documents of a bulk action of 50', () => {
  it('signing 50 PKs and archiving 50 RAs each stay under 6 minutes; one request at a time would not', () => {
    const b = headAndKabags();
    configured(b);
    const c = b.world.counter;
    // the 50 Kabags report to the head of office, the first of them is the Pengelola Kinerja
    const kabags = Array.from({ length: 50 }, (_, i) => `pegawai${i * 10 + 1}@kantor.go.id`);
    const pegawai = valuesOf(b, 'Pegawai');
    const email = (pegawai[0] as unknown[]).indexOf('Email');
    const nips = kabags.map((e) => String(pegawai.find((r) => r[email] === e)?.[0]));
    const waiting = (who: string) =>
      b
        .call<SidebarView>(who, 'ambilTampilan')
        .menunggu.map((d) => ({ aksi: 'setujui', dokumen: d.dokumen, nip: d.nip, hash: d.hash }));
    for (const [i, e] of kabags.entries())
      b.call(e, 'jalankanAksi', { aksi: 'ajukan', dokumen: 'PK', nip: nips[i] });
    b.call(HEAD, 'jalankanBanyak', waiting(HEAD)); // reviewed (step 2)
    const toSign = waiting(HEAD);
    expect(toSign).toHaveLength(50);
    c.reset();
    b.world.fetches.length = 0;
    const signed = b.call<Result>(HEAD, 'jalankanBanyak', toSign); // signed (step 3): 50 PKs filed
    expect(signed.ok).toBe(true);
    expect(c.counts.get('UrlFetchApp.fetchAll')).toBe(1);
    expect(c.counts.get('UrlFetchApp.fetch')).toBeUndefined();
    expect(b.world.fetches).toHaveLength(50 / DOKUMEN_PER_PERMINTAAN);
    expect(c.estimatedMs()).toBeLessThan(EXECUTION_LIMIT_MS);

    for (const [i, e] of kabags.entries())
      b.call(e, 'jalankanAksi', { aksi: 'ajukan', dokumen: 'RA', nip: nips[i] });
    b.call(HEAD, 'jalankanBanyak', waiting(HEAD));
    b.call(HEAD, 'jalankanBanyak', waiting(HEAD));
    const view = b.call<SidebarView>(ADMIN, 'ambilTampilan');
    const archive = [...view.menunggu, ...view.arsip]
      .filter((d) => d.aksi.includes('arsipkan'))
      .map((d) => ({ aksi: 'arsipkan', dokumen: d.dokumen, nip: d.nip, hash: d.hash }));
    expect(archive).toHaveLength(50);
    c.reset();
    b.world.fetches.length = 0;
    const archived = b.call<Result>(ADMIN, 'jalankanBanyak', archive);
    expect(archived.ok).toBe(true);
    // every PK and RA filed, each asked for once, in 20 requests of 5 sent in one fetchAll
    const asked = b.world.fetches.flatMap(documentsOf);
    expect(asked).toHaveLength(100);
    expect(new Set(asked)).toEqual(new Set(nips.flatMap((n) => [`PK ${n}`, `RA ${n}`])));
    expect(b.world.fetches).toHaveLength(20);
    expect(c.counts.get('UrlFetchApp.fetchAll')).toBe(1);
    for (const n of nips)
      expect(archived.pesan).toContain(`RA ${n}: https://docs.google.com/document/d/RA-${n}/edit`);
    // the log's anchor: read once (under the lock), written once, whatever the number of documents
    expect(c.counts.get('PropertiesService.getDocumentProperties')).toBe(1);
    expect(c.counts.get('ScriptApp.getIdentityToken')).toBe(1);
    const ms = c.estimatedMs();
    expect(ms).toBeLessThan(EXECUTION_LIMIT_MS);
    // the same documents one request at a time (as before): over the limit
    const oneByOne =
      ms - (PER_CALL_MS['UrlFetchApp.fetchAll'] as number) + 100 * (PER_CALL_MS.UrlFetchApp as number);
    expect(oneByOne).toBeGreaterThan(EXECUTION_LIMIT_MS);
  });
});
