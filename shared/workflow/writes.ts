// Turning changes into the writes a shell makes: in an existing row only the cells that change, one range
// per run of adjacent changed columns (found by header, so a formula or a column of the office's own in
// between is never touched); new rows laid out under the tab's own header and appended.
import type { ParseContext } from '../tabs/column';
import { pkTab, rekapTab, riwayatTab } from '../tabs/declarations';
import type { TabRead } from '../tabs/read';
import { headersOf, type RecordOf, type TabSpec } from '../tabs/tab';
import { recordToCells } from '../tabs/write';
import type { BarisPk, BarisRekap, EntriRiwayat, Kantor } from '../workbook/parse';
import type { CellOut, RangeWrite } from '../workbook/port';

export interface Tulisan {
  readonly ranges: readonly RangeWrite[];
  readonly appends: readonly { readonly tab: string; readonly rows: readonly (readonly CellOut[])[] }[];
}

/** The cells of `values` in an existing row: one range per run of adjacent columns; absent columns skipped. */
export function cellWrites<S extends TabSpec>(
  spec: S,
  read: Pick<TabRead<S>, 'columnIndex'>,
  row: number,
  values: Partial<RecordOf<S>>,
  ctx: ParseContext,
): RangeWrite[] {
  const index: Partial<Record<string, number>> = read.columnIndex;
  const cells = new Map<number, CellOut>();
  for (const field of Object.keys(values) as (keyof S['columns'] & string)[]) {
    const c = index[field];
    if (c === undefined) continue;
    const value = values[field];
    cells.set(c, value === null || value === undefined ? null : spec.columns[field].write(value, ctx));
  }
  const columns = [...cells.keys()].sort((a, b) => a - b);
  const runs: RangeWrite[] = [];
  let run: CellOut[] = [];
  let start = -1;
  columns.forEach((c, i) => {
    if (i > 0 && c !== (columns[i - 1] as number) + 1) {
      runs.push({ tab: spec.name, row, column: start + 1, values: [run] });
      run = [];
    }
    if (run.length === 0) start = c;
    run.push(cells.get(c) ?? null);
  });
  if (run.length) runs.push({ tab: spec.name, row, column: start + 1, values: [run] });
  return runs;
}

function headerOf<S extends TabSpec>(read: Pick<TabRead<S>, 'present' | 'raw'>, spec: S): readonly unknown[] {
  return read.present && read.raw[0] && read.raw[0].length > 0 ? read.raw[0] : headersOf(spec);
}

/** One new row laid out under the tab's own header (cells of other columns left empty). */
export function appendRow<S extends TabSpec>(
  spec: S,
  read: Pick<TabRead<S>, 'present' | 'raw'>,
  record: Partial<RecordOf<S>>,
  ctx: ParseContext,
): CellOut[] {
  return recordToCells(spec, record, headerOf(read, spec) as string[], ctx).map((v) =>
    v === undefined ? null : v,
  );
}

/** The sheet row the next appended row lands on (after the last non-blank row, as every adapter appends). */
export function nextRowOf(read: Pick<TabRead<typeof pkTab>, 'raw'>): number {
  let length = read.raw.length;
  while (length > 1 && (read.raw[length - 1] ?? []).every((c) => c === '' || c === null || c === undefined))
    length--;
  return Math.max(length, 1) + 1;
}

/** Where a tab's columns are (the writers lay cells out under its own header): its header row, not its rows. */
export type TataLetak<S extends TabSpec> = Pick<TabRead<S>, 'columnIndex' | 'present' | 'raw'>;

/** What writing a recap back needs of the workbook: where the Rekap rows are and how Rekap and Riwayat are laid out. */
export interface KonteksTulisRekap {
  readonly ctx: ParseContext;
  /** The sheet row of each Rekap row, by `periode|nip`. */
  readonly barisRekap: ReadonlyMap<string, number>;
  readonly reads: {
    readonly Rekap: TataLetak<typeof rekapTab>;
    readonly Riwayat: TataLetak<typeof riwayatTab>;
  };
}

/**
 * The slim part of a parsed workbook that writing a recap needs, so that the rest (every row, the raw values
 * of every tab) can be released before the document is rendered.
 */
export function konteksTulisRekap(k: Kantor): KonteksTulisRekap {
  const letak = <S extends TabSpec>(read: TabRead<S>): TataLetak<S> => ({
    columnIndex: read.columnIndex,
    present: read.present,
    raw: read.raw.slice(0, 1),
  });
  return {
    ctx: k.ctx,
    barisRekap: new Map(k.rekap.map((r) => [`${r.value.periode}|${r.value.nip}`, r.row])),
    reads: { Rekap: letak(k.reads.Rekap), Riwayat: letak(k.reads.Riwayat) },
  };
}

/** A compiled recap's Rekap rows (replacing the same period's rows in place) and its Riwayat entry. */
export function tulisanRekap(
  k: KonteksTulisRekap,
  rows: readonly BarisRekap[],
  entri: EntriRiwayat,
): Tulisan {
  const existing = k.barisRekap;
  const ranges: RangeWrite[] = [];
  const fresh: CellOut[][] = [];
  for (const record of rows) {
    const row = existing.get(`${record.periode}|${record.nip}`);
    if (row === undefined) fresh.push(appendRow(rekapTab, k.reads.Rekap, record, k.ctx));
    else ranges.push(...cellWrites(rekapTab, k.reads.Rekap, row, record, k.ctx));
  }
  return {
    ranges,
    appends: [
      ...(fresh.length ? [{ tab: rekapTab.name, rows: fresh }] : []),
      { tab: riwayatTab.name, rows: [appendRow(riwayatTab, k.reads.Riwayat, entri, k.ctx)] },
    ],
  };
}

/** One Riwayat row laid out under the tab's own header (e.g. a note that a notification failed). */
export function barisRiwayat(k: Pick<Kantor, 'reads' | 'ctx'>, entri: EntriRiwayat): CellOut[] {
  return appendRow(riwayatTab, k.reads.Riwayat, entri, k.ctx);
}

/** The link of a generated PK or RA document: only its own cells in the owner's PK-tab row. */
export function tulisanTautanDokumen(
  k: Kantor,
  nip: string,
  jenis: 'PK' | 'RA',
  url: string,
  now: number,
): Tulisan {
  const row = k.pk.find((r) => r.value.nip === nip && r.value.tahun === k.settings.tahun);
  const values: Partial<BarisPk> = { [jenis === 'PK' ? 'dokumenPk' : 'dokumenRa']: url, diperbarui: now };
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
  return { ranges: cellWrites(pkTab, k.reads.PK, row.row, values, k.ctx), appends: [] };
}
