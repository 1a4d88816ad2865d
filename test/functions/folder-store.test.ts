// The local "Drive" withdraws what a rerun no longer publishes (a split recap with fewer parts): by key,
// both files, and a second withdrawal finds nothing.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { FolderStore } from '../../functions/local/folder-store';

const dir = mkdtempSync(join(tmpdir(), 'kinerja-folder-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('FolderStore.withdraw', () => {
  it('deletes the files of a key once and leaves the others', async () => {
    const store = new FolderStore(dir, false);
    const key = (periode: string) => ({ officeId: 'kantor.xlsx', tahun: 2026, periode });
    const part = await store.publish({ key: key('TAHUNAN-BAGIAN-2'), title: 'x', docx: Buffer.from('a') });
    const first = await store.publish({ key: key('TAHUNAN'), title: 'x', docx: Buffer.from('b') });
    expect(existsSync(fileURLToPath(part.docUrl))).toBe(true);
    expect(await store.withdraw(key('TAHUNAN-BAGIAN-2'))).toBe(true);
    expect(existsSync(fileURLToPath(part.docUrl))).toBe(false);
    expect(await store.withdraw(key('TAHUNAN-BAGIAN-2'))).toBe(false);
    expect(existsSync(fileURLToPath(first.docUrl))).toBe(true);
  });
});
