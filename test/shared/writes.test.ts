// The action service writes only the cells that change, found by header, the log entry first.
import { describe, expect, it } from 'vitest';
import { type CellOut, DEMO_NIP, DEMO_PEGAWAI, demoTables, jalankan, type RangeWrite } from '../../shared';
import { doAction, T0, testPorts } from '../support/driver';
import { MemoryWorkbook } from '../support/memory-workbook';

const email = (nip: string) => DEMO_PEGAWAI.find((p) => p.nip === nip)?.email as string;
const EKO = DEMO_NIP.stafTu;
const DWI = DEMO_NIP.kasubagTu;

/** A memory workbook that records every write call, in order. */
class Recording extends MemoryWorkbook {
  readonly calls: string[] = [];
  readonly ranges: RangeWrite[] = [];
  override writeRanges(writes: readonly RangeWrite[]): void {
    this.calls.push('writeRanges');
    this.ranges.push(...writes);
    super.writeRanges(writes);
  }
  override appendRows(name: string, rows: readonly (readonly CellOut[])[]): void {
    this.calls.push(`appendRows ${name}`);
    super.appendRows(name, rows);
  }
}

describe('the writes of an action', () => {
  it('touch only the cells that change: a column of the office’s own between them keeps its formula', () => {
    const tables = demoTables();
    const wb = new Recording(tables);
    expect(doAction(wb, email(EKO), 'ajukan', EKO, 'PK', T0).ok).toBe(true);
    // the office adds its own column, with a formula, between Status PK and Hash PK
    const pk = wb.tabs.PK as unknown[][];
    const at = (pk[0] as string[]).indexOf('Status PK') + 1;
    for (const [i, row] of pk.entries()) row.splice(at, 0, i === 0 ? 'Keterangan Kantor' : '=NOW()');
    wb.calls.length = 0;
    wb.ranges.length = 0;
    const r = jalankan(testPorts(wb, T0 + 60_000), email(DWI), [
      { aksi: 'setujui', dokumen: 'PK', nip: EKO },
    ]);
    expect(r.batch?.done).toHaveLength(1);
    // the log first (a failure after it leaves a log the state replays from), then the state cells
    expect(wb.calls).toEqual(['appendRows Riwayat', 'writeRanges']);
    const header = pk[0] as string[];
    const written = wb.ranges.flatMap((w) => w.values[0]?.map((_, i) => header[w.column - 1 + i]) ?? []);
    expect(written.sort()).toEqual(['Diperbarui', 'Status PK']);
    expect(pk[1]?.[at]).toBe('=NOW()');
    expect(wb.ranges).toHaveLength(2);
  });

  it('a refused action writes nothing', () => {
    const wb = new Recording(demoTables());
    const r = jalankan(testPorts(wb, T0), email(DWI), [{ aksi: 'setujui', dokumen: 'PK', nip: EKO }]);
    expect(r.batch?.refused.length).toBeGreaterThan(0);
    expect(wb.calls).toEqual([]);
  });
});
