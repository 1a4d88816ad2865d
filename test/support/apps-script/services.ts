/// <reference types="google-apps-script" />
// Fakes of the Apps Script services the add-on uses, and a loader that runs the built bundle
// (dist/addon/Code.js) in a Node vm context whose only globals are ECMAScript built-ins and these fakes.
// A bundle that touches a Node or DOM global fails here as it would in Apps Script.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { CallCounter, fluent } from './counter';
import { FakeSpreadsheet } from './spreadsheet';

export interface Mail {
  readonly to: string;
  readonly subject: string;
  readonly body: string;
}

/** The document lock shared by every execution; one execution holds it at a time. */
export class FakeLocks {
  holder: string | null = null;
  acquired = 0;
  refused = 0;
}

export interface FetchCall {
  readonly url: string;
  readonly params: GoogleAppsScript.URL_Fetch.URLFetchRequestOptions;
}

export class AppsScriptWorld {
  readonly counter = new CallCounter();
  readonly ss: FakeSpreadsheet;
  readonly locks = new FakeLocks();
  readonly mails: Mail[] = [];
  readonly alerts: string[] = [];
  readonly sidebars: string[] = [];
  readonly fetches: FetchCall[] = [];
  readonly triggers: { handler: string; hour: number }[] = [];
  menu: unknown[] = [];
  activeUser = '';
  mailQuota = Number.POSITIVE_INFINITY;
  identityToken = 'identity-token-for-tests';
  fetchHandler: (call: FetchCall) => { status: number; body: string } = () => ({ status: 404, body: '' });
  /** Which execution is running (for the lock). */
  execution = 'exec-1';
  authMode: 'NONE' | 'FULL' = 'FULL';

  constructor(owner?: string) {
    this.ss = new FakeSpreadsheet(this.counter, owner);
  }

  globals(): Record<string, unknown> {
    const c = this.counter;
    const needsAuth = (service: string) => {
      if (this.authMode === 'NONE') throw new Error(`${service} is not available in AuthMode.NONE`);
    };
    const menu = (title: string) => {
      const items: unknown[] = [];
      const m = fluent(items, {
        addItem: (list, caption: string, fn: string) => {
          list.push({ caption, fn });
        },
        addSeparator: () => {},
        addSubMenu: (list, sub: { items: unknown[]; title: string }) => {
          list.push({ caption: sub.title, items: sub.items });
        },
      });
      return Object.assign(m, {
        addToUi: () => {
          this.menu = items;
        },
        items,
        title,
      });
    };
    const ui = {
      createAddonMenu: () => menu('Kinerja'),
      createMenu: (title: string) => menu(title),
      alert: (...args: unknown[]) => {
        this.alerts.push(args.filter((a) => typeof a === 'string').join('\n'));
        return 'OK';
      },
      showSidebar: (html: { getContent(): string }) => {
        this.sidebars.push(html.getContent());
      },
      ButtonSet: { OK: 'OK' },
    };
    type Rule = { kind: string; args: unknown[]; helpText?: string; allowInvalid?: boolean };
    const validation = () =>
      fluent<Rule>(
        { kind: '', args: [] },
        {
          setAllowInvalid: (r, v: boolean) => {
            r.allowInvalid = v;
          },
          requireValueInList: (r, ...args: unknown[]) => {
            r.kind = 'list';
            r.args = args;
          },
          requireNumberBetween: (r, ...args: unknown[]) => {
            r.kind = 'number';
            r.args = args;
          },
          requireTextIsEmail: (r) => {
            r.kind = 'email';
          },
          requireTextIsUrl: (r) => {
            r.kind = 'url';
          },
          setHelpText: (r, text: string) => {
            r.helpText = text;
          },
        },
      );
    const conditional = () =>
      fluent<Record<string, unknown>>(
        {},
        {
          whenTextEqualTo: (r, v: string) => {
            r.text = v;
          },
          whenNumberGreaterThanOrEqualTo: (r, v: number) => {
            r.gte = v;
          },
          whenNumberBetween: (r, a: number, z: number) => {
            r.between = [a, z];
          },
          whenNumberLessThan: (r, v: number) => {
            r.lt = v;
          },
          setBackground: (r, v: string) => {
            r.background = v;
          },
          setRanges: (r, ranges: unknown[]) => {
            r.ranges = ranges.length;
          },
        },
      );
    const SpreadsheetApp = c.wrap('SpreadsheetApp', {
      getActiveSpreadsheet: () => {
        needsAuth('SpreadsheetApp.getActiveSpreadsheet');
        return c.wrap('Spreadsheet', this.ss);
      },
      getUi: () => ui,
      newDataValidation: validation,
      newConditionalFormatRule: conditional,
      flush: () => {},
      ProtectionType: { SHEET: 'SHEET', RANGE: 'RANGE' },
    });
    const lock = () => {
      const me = this.execution;
      return c.wrap('Lock', {
        tryLock: (_ms: number) => {
          if (this.locks.holder !== null && this.locks.holder !== me) {
            this.locks.refused++;
            return false;
          }
          this.locks.holder = me;
          this.locks.acquired++;
          return true;
        },
        hasLock: () => this.locks.holder === me,
        releaseLock: () => {
          if (this.locks.holder === me) this.locks.holder = null;
        },
      });
    };
    const props = new Map<string, string>();
    const store = {
      getProperty: (k: string) => props.get(k) ?? null,
      setProperty: (k: string, v: string) => {
        props.set(k, v);
        return store;
      },
      deleteProperty: (k: string) => {
        props.delete(k);
        return store;
      },
    };
    return {
      SpreadsheetApp,
      HtmlService: c.wrap('HtmlService', {
        createHtmlOutputFromFile: (name: string) => {
          const content = readFileSync(new URL(`../../../dist/addon/${name}.html`, import.meta.url), 'utf8');
          const out = {
            title: '',
            getContent: () => content,
            setTitle: (t: string) => {
              out.title = t;
              return out;
            },
            setWidth: () => out,
          };
          return out;
        },
      }),
      PropertiesService: c.wrap('PropertiesService', {
        getDocumentProperties: () => store,
        getUserProperties: () => store,
        getScriptProperties: () => store,
      }),
      LockService: c.wrap('LockService', { getDocumentLock: () => lock(), getScriptLock: () => lock() }),
      Session: c.wrap('Session', {
        getActiveUser: () => ({ getEmail: () => (this.authMode === 'NONE' ? '' : this.activeUser) }),
        getEffectiveUser: () => ({ getEmail: () => 'effective-user-must-not-be-used@example.com' }),
      }),
      Utilities: c.wrap('Utilities', {
        computeDigest: (_alg: unknown, text: string) =>
          [...createHash('sha256').update(Buffer.from(text, 'utf8')).digest()].map((b) =>
            b > 127 ? b - 256 : b,
          ),
        DigestAlgorithm: { SHA_256: 'SHA_256' },
        Charset: { UTF_8: 'UTF_8' },
      }),
      UrlFetchApp: c.wrap('UrlFetchApp', {
        fetch: (url: string, params: GoogleAppsScript.URL_Fetch.URLFetchRequestOptions) => {
          needsAuth('UrlFetchApp.fetch');
          const call = { url, params };
          this.fetches.push(call);
          const res = this.fetchHandler(call);
          return { getResponseCode: () => res.status, getContentText: () => res.body };
        },
      }),
      ScriptApp: c.wrap('ScriptApp', {
        getIdentityToken: () => this.identityToken,
        AuthMode: { NONE: 'NONE', FULL: 'FULL', LIMITED: 'LIMITED' },
        getProjectTriggers: () =>
          this.triggers.map((tg, i) => ({ getHandlerFunction: () => tg.handler, id: i })),
        deleteTrigger: (tg: { id: number }) => this.triggers.splice(tg.id, 1),
        newTrigger: (handler: string) => {
          const spec = { handler, hour: -1 };
          const b = fluent(spec, {
            timeBased: () => {},
            everyDays: () => {},
            atHour: (t, h: number) => {
              t.hour = h;
            },
          });
          return Object.assign(b, { create: () => this.triggers.push(spec) });
        },
      }),
      MailApp: c.wrap('MailApp', {
        sendEmail: (to: string, subject: string, body: string) => {
          needsAuth('MailApp.sendEmail');
          if (this.mails.length >= this.mailQuota)
            throw new Error('Service invoked too many times for one day: email.');
          this.mails.push({ to, subject, body });
        },
        getRemainingDailyQuota: () => this.mailQuota - this.mails.length,
      }),
    };
  }
}

export interface Bundle {
  readonly world: AppsScriptWorld;
  /** Call a top-level function as Apps Script would, as `user`; results cross as JSON (like google.script.run). */
  call<T = unknown>(user: string, name: string, ...args: unknown[]): T;
  readonly context: vm.Context;
}

export const BUNDLE_PATH = new URL('../../../dist/addon/Code.js', import.meta.url);

export function loadBundle(world: AppsScriptWorld, code = readFileSync(BUNDLE_PATH, 'utf8')): Bundle {
  const context = vm.createContext(world.globals());
  // named by its file URL: coverage finds Code.js.map next to it and maps the runs back to addon/ and shared/
  vm.runInContext(code, context, { filename: BUNDLE_PATH.href });
  return {
    world,
    context,
    call<T>(user: string, name: string, ...args: unknown[]): T {
      world.activeUser = user;
      const fn = (context as Record<string, unknown>)[name];
      if (typeof fn !== 'function') throw new Error(`Code.js has no top-level function ${name}`);
      const result = vm.runInContext(
        `${name}.apply(null, __args)`,
        Object.assign(context, { __args: JSON.parse(JSON.stringify(args)) }),
      );
      return result === undefined ? (undefined as T) : (JSON.parse(JSON.stringify(result)) as T);
    },
  };
}

// The service fakes by the names of the real services' methods (see spreadsheet.ts for the sheet fakes).
type Real<T, K extends keyof T> = K;
export type FakedServices =
  | Real<
      GoogleAppsScript.Spreadsheet.SpreadsheetApp,
      | 'getActiveSpreadsheet'
      | 'getUi'
      | 'newDataValidation'
      | 'newConditionalFormatRule'
      | 'flush'
      | 'ProtectionType'
    >
  | Real<GoogleAppsScript.HTML.HtmlService, 'createHtmlOutputFromFile'>
  | Real<
      GoogleAppsScript.Properties.PropertiesService,
      'getDocumentProperties' | 'getUserProperties' | 'getScriptProperties'
    >
  | Real<GoogleAppsScript.Lock.LockService, 'getDocumentLock' | 'getScriptLock'>
  | Real<GoogleAppsScript.Lock.Lock, 'tryLock' | 'hasLock' | 'releaseLock'>
  | Real<GoogleAppsScript.Base.Session, 'getActiveUser' | 'getEffectiveUser'>
  | Real<GoogleAppsScript.Utilities.Utilities, 'computeDigest' | 'DigestAlgorithm' | 'Charset'>
  | Real<GoogleAppsScript.URL_Fetch.UrlFetchApp, 'fetch'>
  | Real<
      GoogleAppsScript.Script.ScriptApp,
      'getIdentityToken' | 'AuthMode' | 'getProjectTriggers' | 'deleteTrigger' | 'newTrigger'
    >
  | Real<GoogleAppsScript.Mail.MailApp, 'sendEmail' | 'getRemainingDailyQuota'>;
