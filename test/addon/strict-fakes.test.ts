// The Apps Script fakes refuse what Google refuses. Each rule is pinned here so that a later change to the
// fakes cannot silently relax it (the rules and their documentation pages are in test/support/apps-script).
import { describe, expect, it } from 'vitest';
import { DEMO_NIP } from '../../shared';
import { emailOf, officeBundle } from '../support/apps-script/office';
import { AppsScriptWorld, type FakeTrigger, loadBundle } from '../support/apps-script/services';
import { OUTSIDE_MESSAGE, PROTECTED_MESSAGE } from '../support/apps-script/spreadsheet';

const OWNER = 'owner@kantor.go.id';
const ADMIN = 'admin@kantor.go.id';
const STAFF = 'staf@kantor.go.id';

type SS = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

function world() {
  const w = new AppsScriptWorld(OWNER);
  const g = w.globals() as { SpreadsheetApp: SS; LockService: GoogleAppsScript.Lock.LockService };
  w.activeUser = OWNER;
  const ss = g.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.insertSheet('Data');
  const as = (user: string) => {
    w.activeUser = user;
  };
  return { w, g, ss, sheet, as };
}

describe('protections', () => {
  const protectedRow = () => {
    const x = world();
    const p = x.sheet.getRange(2, 1, 2, 5).protect().setDescription('signed');
    p.addEditors([ADMIN]);
    p.removeEditors(p.getEditors().filter((u) => u.getEmail() !== ADMIN));
    x.as(STAFF);
    return { ...x, p };
  };

  it('blocks every kind of write by a non-editor with Google’s message', () => {
    const { sheet } = protectedRow();
    const g = world().g;
    const rule = g.SpreadsheetApp.newDataValidation().requireTextIsEmail().build();
    const writes: [string, () => unknown][] = [
      ['setValues', () => sheet.getRange(2, 1, 1, 2).setValues([['a', 'b']])],
      ['setValue', () => sheet.getRange(2, 3).setValue('x')],
      ['clearContent', () => sheet.getRange(1, 1, 3, 3).clearContent()],
      ['setNumberFormat', () => sheet.getRange('B2:B').setNumberFormat('@')],
      ['setDataValidation', () => sheet.getRange(2, 2).setDataValidation(rule)],
      ['insertRowsAfter inside it', () => sheet.insertRowsAfter(2, 1)],
      ['deleteRow', () => sheet.deleteRow(2)],
    ];
    for (const [name, write] of writes) expect(write, name).toThrow(PROTECTED_MESSAGE);
    // appendRow is refused when the sheet is protected against the user
    const s2 = world();
    s2.sheet.protect().removeEditors([STAFF]);
    s2.as(STAFF);
    expect(() => s2.sheet.appendRow(['x'])).toThrow(PROTECTED_MESSAGE);
    // unprotected cells stay writable
    expect(() => sheet.getRange(4, 1).setValue('ok')).not.toThrow();
    expect(() => sheet.insertRowsAfter(3, 1)).not.toThrow();
  });

  it('lets editors, the owner and warning-only protections through', () => {
    const { sheet, as, p } = protectedRow();
    as(ADMIN);
    expect(() => sheet.getRange(2, 1).setValue('admin')).not.toThrow();
    as(OWNER);
    p.removeEditors([OWNER]); // the owner cannot be removed
    expect(p.getEditors().map((u) => u.getEmail())).toContain(OWNER);
    expect(() => sheet.getRange(2, 1).setValue('owner')).not.toThrow();
    p.setWarningOnly(true);
    as(STAFF);
    expect(() => sheet.getRange(2, 1).setValue('warned')).not.toThrow();
  });

  it('never removes the current user, and a non-editor can neither change nor re-protect the cells', () => {
    const { sheet, as, p } = protectedRow();
    as(ADMIN);
    p.removeEditors([ADMIN]);
    expect(p.getEditors().map((u) => u.getEmail())).toContain(ADMIN);
    as(STAFF);
    expect(() => p.addEditors([STAFF])).toThrow(PROTECTED_MESSAGE);
    expect(() => p.setWarningOnly(true)).toThrow(PROTECTED_MESSAGE);
    expect(() => sheet.getRange(2, 1, 1, 1).protect()).toThrow(PROTECTED_MESSAGE);
    expect(p.canEdit()).toBe(false);
  });

  it('removing the group the current user edits through throws unless they were added first', () => {
    const x = world();
    x.w.ss.groups.set('tim@kantor.go.id', [ADMIN]);
    x.w.ss.editorsOfFile = ['tim@kantor.go.id'];
    x.as(ADMIN);
    const p = x.sheet.getRange(5, 1).protect();
    expect(() => p.removeEditors(['tim@kantor.go.id'])).toThrow(/lose your own access/);
    p.addEditors([ADMIN]);
    expect(() => p.removeEditors(['tim@kantor.go.id'])).not.toThrow();
  });
});

describe('the grid', () => {
  it('a new sheet is 1000 x 26; ranges past it are refused; only appendRow and insert* grow it', () => {
    const { sheet } = world();
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
    expect(() => sheet.getRange(1001, 1)).toThrow(OUTSIDE_MESSAGE);
    expect(() => sheet.getRange(1, 27)).toThrow(OUTSIDE_MESSAGE);
    expect(() => sheet.getRange(999, 1, 5, 1)).toThrow(OUTSIDE_MESSAGE);
    sheet.getRange(1000, 1).setValue('last');
    expect(sheet.getMaxRows()).toBe(1000); // writing never grows it
    sheet.appendRow(['appended']);
    expect(sheet.getMaxRows()).toBe(1001);
    sheet.insertRowsAfter(1001, 99);
    expect(sheet.getMaxRows()).toBe(1100);
    expect(() => sheet.getRange(1100, 1).setValue('x')).not.toThrow();
  });
});

describe('values', () => {
  it('dates read back as Date objects and numbers as numbers; plain-text cells keep the text', () => {
    const { sheet } = world();
    sheet.getRange(1, 1, 1, 4).setValues([['2026-03-31', '12', '1.5', 'TRUE']]);
    const [d, n, f, b] = sheet.getRange(1, 1, 1, 4).getValues()[0] as unknown[];
    expect(d).toBeInstanceOf(Date);
    expect((d as Date).toISOString()).toBe('2026-03-30T17:00:00.000Z'); // midnight in Asia/Jakarta
    expect([n, f, b]).toEqual([12, 1.5, true]);
    sheet.getRange('E1:E').setNumberFormat('@');
    sheet.getRange(1, 5).setValue('0012');
    expect(sheet.getRange(1, 5).getValue()).toBe('0012');
  });

  it('gives real A1 notation and refuses data of the wrong shape with Google’s message', () => {
    const { sheet } = world();
    expect(sheet.getRange(2, 3, 4, 2).getA1Notation()).toBe('C2:D5');
    expect(sheet.getRange(1, 1).getA1Notation()).toBe('A1');
    expect(sheet.getRange('B2:B').getA1Notation()).toBe('B2:B');
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([['a', 'b']])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([['a']])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });
});

describe('triggers and the lock', () => {
  it('a time-driven trigger has no active spreadsheet and no UI', () => {
    const w = new AppsScriptWorld(OWNER);
    const bundle = loadBundle(
      w,
      'function probe(e) { var ss = SpreadsheetApp.getActiveSpreadsheet(); seen.push([ss === null, e.triggerUid]); SpreadsheetApp.getUi(); }',
    );
    const seen: unknown[] = [];
    Object.assign(bundle.context, { seen });
    const trigger: FakeTrigger = { uid: 't-1', handler: 'probe', hour: 7, user: OWNER, document: w.ss.id };
    expect(() => w.fire(bundle, trigger)).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
    expect(seen).toEqual([[true, 't-1']]);
  });

  it('installable triggers belong to one user and one document (one per user and document)', () => {
    const w = new AppsScriptWorld(OWNER);
    const g = w.globals() as { ScriptApp: GoogleAppsScript.Script.ScriptApp };
    w.activeUser = ADMIN;
    g.ScriptApp.newTrigger('pengingatHarian').timeBased().everyDays(1).atHour(7).create();
    expect(() =>
      g.ScriptApp.newTrigger('pengingatHarian').timeBased().everyDays(1).atHour(8).create(),
    ).toThrow(/too many time-based triggers in this document/);
    w.activeUser = OWNER;
    expect(g.ScriptApp.getProjectTriggers()).toEqual([]);
    w.activeUser = ADMIN;
    expect(g.ScriptApp.getProjectTriggers()).toHaveLength(1);
  });

  it('tryLock(ms) waits up to ms for the holder, and no longer', () => {
    const w = new AppsScriptWorld(OWNER);
    const g = w.globals() as { LockService: GoogleAppsScript.Lock.LockService };
    w.locks.holder = 'other';
    w.locks.releasesInMs = 3000;
    expect(g.LockService.getDocumentLock().tryLock(1000)).toBe(false);
    expect(w.locks.waitedMs).toBe(1000);
    expect(g.LockService.getDocumentLock().tryLock(10_000)).toBe(true);
    expect(w.locks.waitedMs).toBe(4000);
  });

  it('an action waits for another execution that releases the lock within its 10 s, then succeeds', () => {
    const b = officeBundle();
    b.world.locks.holder = 'another-execution';
    b.world.locks.releasesInMs = 3000;
    const eko = DEMO_NIP.stafTu;
    const r = b.call<{ ok: boolean }>(emailOf(eko), 'jalankanAksi', {
      aksi: 'ajukan',
      dokumen: 'PK',
      nip: eko,
    });
    expect(r.ok).toBe(true);
    expect(b.world.locks.waitedMs).toBe(3000);
    expect(b.world.locks.holder).toBeNull();
  });

  it('a scope the manifest does not request is refused', () => {
    const w = new AppsScriptWorld(OWNER);
    w.scopes = w.scopes.filter((s) => !s.endsWith('script.send_mail'));
    const g = w.globals() as { MailApp: GoogleAppsScript.Mail.MailApp };
    expect(() => g.MailApp.sendEmail('a@b.id', 's', 'b')).toThrow(
      /You do not have permission to call MailApp.sendEmail/,
    );
  });
});

describe('the fakes are typed against @types/google-apps-script', () => {
  it('a misspelt method fails tsc (checked by `tsc -p .` through @ts-expect-error)', () => {
    const lockService = {
      // @ts-expect-error getDocumentLok is not a LockService method: the fakes use this same `satisfies`
      getDocumentLok: () => null,
    } satisfies Partial<GoogleAppsScript.Lock.LockService>;
    expect(Object.keys(lockService)).toEqual(['getDocumentLok']);
  });
});
