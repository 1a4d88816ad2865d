// One or many workflow actions by one person (a click, or a bulk approval): each decided on the state the
// previous ones left, all writes merged into one batch (appends to the same tab together), the refusals
// kept with their reasons. Every shell (sidebar server, local preview) runs this and writes the result.

import type { Sha256 } from '../hash/digest';
import type { Problem } from '../problems';
import type { Kantor } from '../workbook/parse';
import type { CellOut, RangeWrite } from '../workbook/port';
import { tulisanPerubahan } from '../workbook/writes';
import { act, applyPerubahan, type HasilAksi } from './act';
import { DOKUMEN, type Dokumen } from './states';
import { AKSI, type Aksi } from './transitions';

export interface ActionRequest {
  readonly aksi: Aksi;
  readonly dokumen: Dokumen;
  readonly nip: string;
  readonly catatan?: string | null;
  /** The content hash of the version the user saw. */
  readonly hash?: string | null;
}

export interface Batch {
  readonly done: readonly HasilAksi[];
  readonly refused: readonly Problem[];
  readonly ranges: readonly RangeWrite[];
  readonly appends: readonly { readonly tab: string; readonly rows: readonly (readonly CellOut[])[] }[];
  /** Rows to protect, per tab, with the owner they belong to. */
  readonly lindungi: readonly {
    readonly tab: 'IKI' | 'Rencana Aksi';
    readonly rows: readonly number[];
    readonly nip: string;
  }[];
  /** The workbook as it is after the batch (for the new view, without reading again). */
  readonly kantor: Kantor;
}

/** A request from a client is not trusted: it must name a known action, document and NIP. */
export function isActionRequest(req: unknown): req is ActionRequest {
  const r = req as Partial<ActionRequest> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    (AKSI as readonly string[]).includes(String(r.aksi)) &&
    (DOKUMEN as readonly string[]).includes(String(r.dokumen)) &&
    typeof r.nip === 'string' &&
    (r.catatan === undefined || r.catatan === null || typeof r.catatan === 'string') &&
    (r.hash === undefined || r.hash === null || typeof r.hash === 'string')
  );
}

export function actMany(
  k0: Kantor,
  email: string | null | undefined,
  requests: readonly unknown[],
  now: number,
  sha256: Sha256,
): Batch {
  let k = k0;
  const done: HasilAksi[] = [];
  const refused: Problem[] = [];
  const ranges: RangeWrite[] = [];
  const appendsByTab = new Map<string, (readonly CellOut[])[]>();
  const lindungi: Batch['lindungi'][number][] = [];
  for (const req of requests) {
    if (!isActionRequest(req)) {
      refused.push({ key: 'http.badanTidakSah', params: { detail: 'permintaan aksi tidak lengkap' } });
      continue;
    }
    const r = act(
      k,
      email,
      {
        aksi: req.aksi,
        dokumen: req.dokumen,
        nipPemilik: req.nip,
        catatan: req.catatan ?? null,
        hashDilihat: req.hash ?? null,
      },
      now,
      sha256,
    );
    if (!r.ok) {
      refused.push(...r.problems);
      continue;
    }
    const w = tulisanPerubahan(k, r.value.perubahan);
    ranges.push(...w.ranges);
    for (const a of w.appends) appendsByTab.set(a.tab, [...(appendsByTab.get(a.tab) ?? []), ...a.rows]);
    for (const l of r.value.perubahan.lindungi) lindungi.push({ ...l, nip: req.nip });
    k = applyPerubahan(k, r.value.perubahan);
    done.push(r.value);
  }
  return {
    done,
    refused,
    ranges,
    appends: [...appendsByTab].map(([tab, rows]) => ({ tab, rows })),
    lindungi,
    kantor: k,
  };
}
