// Turning a workflow change into the ranges a shell writes: one span per changed row (cells between
// changed cells keep their current values), appended rows laid out under the tab's own header.

import type { ParseContext } from '../tabs/column';
import { pengukuranTab, pkTab, rekapTab, riwayatTab } from '../tabs/declarations';
import type { TabRead } from '../tabs/read';
import { type AnyColumn, headersOf, type TabSpec } from '../tabs/tab';
import { recordToCells } from '../tabs/write';
import type { Perubahan } from '../workflow/act';
import type { EntriRiwayat } from '../workflow/machine';
import type { BarisRekap, Kantor } from './parse';
import type { CellOut, RangeWrite } from './port';

export interface Tulisan {
  readonly ranges: readonly RangeWrite[];
  readonly appends: readonly { readonly tab: string; readonly rows: readonly (readonly CellOut[])[] }[];
}

/** Cells of `values` written into an existing row, as one span from the first to the last changed column. */
export function rowWrite(
  spec: TabSpec,
  read: TabRead<TabSpec>,
  row: number,
  values: Readonly<Record<string, unknown>>,
  ctx: ParseContext,
): RangeWrite | null {
  const index = read.columnIndex as Record<string, number | undefined>;
  const cols = Object.keys(values)
    .map((f) => index[f])
    .filter((c): c is number => c !== undefined);
  if (cols.length === 0) return null;
  const first = Math.min(...cols);
  const last = Math.max(...cols);
  const current = read.raw[row - 1] ?? [];
  const span: CellOut[] = [];
  for (let c = first; c <= last; c++) {
    const cell = current[c];
    span.push(
      cell === undefined || cell === null
        ? null
        : cell instanceof Date
          ? cell.toISOString()
          : typeof cell === 'boolean'
            ? String(cell)
            : cell,
    );
  }
  for (const [field, value] of Object.entries(values)) {
    const c = index[field];
    const col = (spec.columns as Record<string, AnyColumn>)[field];
    if (c === undefined || !col) continue;
    span[c - first] = value === null || value === undefined ? null : col.write(value, ctx);
  }
  return { tab: spec.name, row, column: first + 1, values: [span] };
}

function headerOf(read: TabRead<TabSpec>, spec: TabSpec): readonly unknown[] {
  return read.present && read.raw[0] && read.raw[0].length > 0 ? read.raw[0] : headersOf(spec);
}

function appendRow(
  spec: TabSpec,
  read: TabRead<TabSpec>,
  record: Record<string, unknown>,
  ctx: ParseContext,
): CellOut[] {
  return recordToCells(spec, record, headerOf(read, spec) as string[], ctx).map((v) =>
    v === undefined ? null : v,
  );
}

/** Everything one workflow change writes. */
export function tulisanPerubahan(k: Kantor, ch: Perubahan): Tulisan {
  const ranges: RangeWrite[] = [];
  const appends: { tab: string; rows: CellOut[][] }[] = [];
  if (ch.pk.row === null) {
    appends.push({ tab: pkTab.name, rows: [appendRow(pkTab, k.reads.PK, ch.pk.values, k.ctx)] });
  } else {
    const w = rowWrite(pkTab, k.reads.PK, ch.pk.row, ch.pk.values, k.ctx);
    if (w) ranges.push(w);
  }
  for (const u of ch.pengukuran) {
    const w = rowWrite(pengukuranTab, k.reads.Pengukuran, u.row, u.values, k.ctx);
    if (w) ranges.push(w);
  }
  appends.push({
    tab: riwayatTab.name,
    rows: [appendRow(riwayatTab, k.reads.Riwayat, ch.riwayat as unknown as Record<string, unknown>, k.ctx)],
  });
  return { ranges, appends };
}

/** A compiled recap's Rekap rows (replacing the same period's rows in place) and its Riwayat entry. */
/** What writing a recap back needs of the workbook: the Rekap rows and how Rekap and Riwayat are laid out. */
export type KonteksTulisRekap = Pick<Kantor, 'rekap' | 'ctx'> & {
  readonly reads: Pick<Kantor['reads'], 'Rekap' | 'Riwayat'>;
};

/** The slim part of a parsed workbook that writing a recap needs (so the rest can be released first). */
export function konteksTulisRekap(k: Kantor): KonteksTulisRekap {
  return { rekap: k.rekap, ctx: k.ctx, reads: { Rekap: k.reads.Rekap, Riwayat: k.reads.Riwayat } };
}

export function tulisanRekap(
  k: KonteksTulisRekap,
  rows: readonly BarisRekap[],
  entri: EntriRiwayat,
): Tulisan {
  const existing = new Map(k.rekap.map((r) => [`${r.value.periode}|${r.value.nip}`, r.row]));
  const ranges: RangeWrite[] = [];
  const fresh: CellOut[][] = [];
  for (const record of rows) {
    const row = existing.get(`${record.periode}|${record.nip}`);
    if (row === undefined) {
      fresh.push(appendRow(rekapTab, k.reads.Rekap, record as unknown as Record<string, unknown>, k.ctx));
    } else {
      const w = rowWrite(rekapTab, k.reads.Rekap, row, record as unknown as Record<string, unknown>, k.ctx);
      if (w) ranges.push(w);
    }
  }
  return {
    ranges,
    appends: [
      ...(fresh.length ? [{ tab: rekapTab.name, rows: fresh }] : []),
      {
        tab: riwayatTab.name,
        rows: [appendRow(riwayatTab, k.reads.Riwayat, entri as unknown as Record<string, unknown>, k.ctx)],
      },
    ],
  };
}

/** One Riwayat row laid out under the tab's own header (e.g. a note that a notification failed). */
export function barisRiwayat(k: Kantor, entri: EntriRiwayat): CellOut[] {
  return appendRow(riwayatTab, k.reads.Riwayat, entri as unknown as Record<string, unknown>, k.ctx);
}

/** The link of a generated PK or RA document, written into the owner's PK-tab row. */
export function tulisanTautanDokumen(
  k: Kantor,
  nip: string,
  jenis: 'PK' | 'RA',
  url: string,
  now: number,
): Tulisan {
  const row = k.pk.find((r) => r.value.nip === nip && r.value.tahun === k.settings.tahun);
  const values = { [jenis === 'PK' ? 'dokumenPk' : 'dokumenRa']: url, diperbarui: now };
  if (!row) {
    return {
      ranges: [],
      appends: [
        {
          tab: pkTab.name,
          rows: [appendRow(pkTab, k.reads.PK, { nip, tahun: k.settings.tahun, ...values }, k.ctx)],
        },
      ],
    };
  }
  const w = rowWrite(pkTab, k.reads.PK, row.row, values, k.ctx);
  return { ranges: w ? [w] : [], appends: [] };
}
