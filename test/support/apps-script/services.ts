/// <reference types="google-apps-script" />
// Fakes of the Apps Script services the add-on uses, and a loader that runs the built bundle
// (dist/addon/Code.js) in a Node vm context whose only globals are ECMAScript built-ins and these fakes.
// A bundle that touches a Node or DOM global fails here as it would in Apps Script.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { CallCounter, fluent } from './counter';
import { blobUtilities, FakeDrive } from './drive';
import { FakeSpreadsheet, zoneOffsetMinutes } from './spreadsheet';

/** What a fake hands back where the real service returns its own type. */
const as = <T>(x: unknown): T => x as T;

export interface Mail {
  readonly to: string;
  readonly subject: string;
  readonly body: string;
}

/**
 * The document lock shared by every execution; one execution holds it at a time. `releasesInMs` says when
 * the holder lets go (null: not within any wait), so that tryLock(ms) waits as Google documents:
 * https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer) "Attempts to acquire the
 * lock, timing out after the provided number of milliseconds."
 */
export class FakeLocks {
  holder: string | null = null;
  releasesInMs: number | null = null;
  acquired = 0;
  refused = 0;
  /** Milliseconds executions spent waiting in tryLock / waitLock. */
  waitedMs = 0;
}

export interface FetchCall {
  readonly url: string;
  readonly params: GoogleAppsScript.URL_Fetch.URLFetchRequestOptions;
}

/** An installable trigger: it belongs to the user who created it and to the document it was created in. */
export interface FakeTrigger {
  readonly uid: string;
  readonly handler: string;
  readonly hour: number;
  readonly user: string;
  readonly document: string;
}

const MANIFEST = new URL('../../../appsscript.json', import.meta.url);
const SCOPE = {
  spreadsheets: 'https://www.googleapis.com/auth/spreadsheets',
  current: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  mail: 'https://www.googleapis.com/auth/script.send_mail',
  fetch: 'https://www.googleapis.com/auth/script.external_request',
  triggers: 'https://www.googleapis.com/auth/script.scriptapp',
  ui: 'https://www.googleapis.com/auth/script.container.ui',
} as const;

export class AppsScriptWorld {
  readonly counter = new CallCounter();
  /** Every spreadsheet of the domain the add-on is used in, by ID. */
  readonly spreadsheets = new Map<string, FakeSpreadsheet>();
  /** The document the add-on runs in (null inside a time-driven trigger). */
  active: FakeSpreadsheet | null;
  readonly locks = new FakeLocks();
  readonly mails: Mail[] = [];
  readonly alerts: string[] = [];
  readonly sidebars: string[] = [];
  readonly fetches: FetchCall[] = [];
  readonly triggers: FakeTrigger[] = [];
  /** The domain's Drive (the office's evidence folder). */
  readonly drive = new FakeDrive();
  menu: unknown[] = [];
  activeUser = '';
  mailQuota = Number.POSITIVE_INFINITY;
  identityToken = 'identity-token-for-tests';
  fetchHandler: (call: FetchCall) => { status: number; body: string } = () => ({ status: 404, body: '' });
  /** Which execution is running (for the lock). */
  execution = 'exec-1';
  authMode: 'NONE' | 'FULL' = 'FULL';
  /** The OAuth scopes the add-on's manifest requests (what the user granted). */
  scopes: string[] = (JSON.parse(readFileSync(MANIFEST, 'utf8')) as { oauthScopes: string[] }).oauthScopes;
  private readonly documentProps = new Map<string, Map<string, string>>();
  private readonly userProps = new Map<string, Map<string, string>>();
  private readonly scriptProps = new Map<string, string>();
  private nextTrigger = 1;
  /** What the user clicks in a YES/NO dialog (the dialog's text given): yes unless a test says otherwise. */
  answer: (text: string) => 'YES' | 'NO' = () => 'YES';
  /** A Date of the add-on's own realm (the bundle's `Date`, so `instanceof Date` holds in it). */
  makeDate: (ms: number) => Date = (ms) => new Date(ms);

  constructor(owner?: string) {
    const ss = new FakeSpreadsheet(this.counter, owner);
    ss.user = () => this.activeUser;
    ss.makeDate = (ms) => this.makeDate(ms);
    this.spreadsheets.set(ss.id, ss);
    this.active = ss;
  }

  /** The spreadsheet the tests look at (the first one). */
  get ss(): FakeSpreadsheet {
    return this.spreadsheets.values().next().value as FakeSpreadsheet;
  }

  /** Another office's spreadsheet in the same domain. */
  addSpreadsheet(owner: string, id: string): FakeSpreadsheet {
    const ss = new FakeSpreadsheet(this.counter, owner, id);
    ss.user = () => this.activeUser;
    ss.makeDate = (ms) => this.makeDate(ms);
    this.spreadsheets.set(id, ss);
    return ss;
  }

  /**
   * Fire a time-driven trigger as Apps Script does for an editor add-on: as the trigger's owner, with the
   * time-driven event object (https://developers.google.com/apps-script/guides/triggers/events#time-driven_events)
   * and no active document (https://developers.google.com/workspace/add-ons/concepts/editor-triggers :
   * time-driven triggers run outside any open document, so getActiveSpreadsheet() returns null).
   */
  fire(bundle: Bundle, trigger: FakeTrigger): void {
    const before = this.active;
    this.active = null;
    try {
      bundle.call(trigger.user, trigger.handler, {
        authMode: 'FULL',
        triggerUid: trigger.uid,
        hour: trigger.hour,
      });
    } finally {
      this.active = before;
    }
  }

  private props(map: Map<string, string>): GoogleAppsScript.Properties.Properties {
    return as<GoogleAppsScript.Properties.Properties>(new FakeProperties(map));
  }

  globals(): AppsScriptGlobals {
    const c = this.counter;
    const needsAuth = (service: string) => {
      if (this.authMode === 'NONE') throw new Error(`${service} is not available in AuthMode.NONE`);
    };
    // https://developers.google.com/apps-script/concepts/scopes : a call whose scope the manifest does
    // not request fails with this message.
    const needsScope = (method: string, ...anyOf: string[]) => {
      needsAuth(method);
      if (!anyOf.some((s) => this.scopes.includes(s)))
        throw new Error(
          `Exception: You do not have permission to call ${method}. Required permissions: ${anyOf[0]}`,
        );
    };
    const menu = (title: string) => {
      const items: unknown[] = [];
      const m = fluent<GoogleAppsScript.Base.Menu, unknown[]>(items, {
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
      createAddonMenu: () => as<GoogleAppsScript.Base.Menu>(menu('Kinerja')),
      createMenu: (title: string) => as<GoogleAppsScript.Base.Menu>(menu(title)),
      // https://developers.google.com/apps-script/reference/base/ui#alert(String,String,ButtonSet) : the
      // dialog waits for the user and returns the button they clicked
      alert: (...args: unknown[]) => {
        const text = args.filter((a) => typeof a === 'string').join('\n');
        this.alerts.push(text);
        const buttons = args.find(
          (a) => a === 'YES_NO' || a === 'OK' || a === 'OK_CANCEL' || a === 'YES_NO_CANCEL',
        );
        return as<GoogleAppsScript.Base.Button>(buttons === 'YES_NO' ? this.answer(text) : 'OK');
      },
      showSidebar: (html: GoogleAppsScript.HTML.HtmlOutput) => {
        this.sidebars.push(html.getContent());
      },
      ButtonSet: as<typeof GoogleAppsScript.Base.ButtonSet>({
        OK: 'OK',
        OK_CANCEL: 'OK_CANCEL',
        YES_NO: 'YES_NO',
        YES_NO_CANCEL: 'YES_NO_CANCEL',
      }),
      Button: as<typeof GoogleAppsScript.Base.Button>({
        OK: 'OK',
        CANCEL: 'CANCEL',
        YES: 'YES',
        NO: 'NO',
        CLOSE: 'CLOSE',
      }),
    } satisfies Partial<GoogleAppsScript.Base.Ui>;
    type Rule = { kind: string; args: unknown[]; helpText?: string; allowInvalid?: boolean };
    const validation = () =>
      fluent<GoogleAppsScript.Spreadsheet.DataValidationBuilder, Rule>(
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
      fluent<GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder, Record<string, unknown>>(
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
          setRanges: (r, ranges: { getA1Notation(): string }[]) => {
            r.ranges = ranges.map((x) => x.getA1Notation());
          },
        },
      );
    const SpreadsheetApp = c.wrap('SpreadsheetApp', {
      getActiveSpreadsheet: () => {
        needsScope('SpreadsheetApp.getActiveSpreadsheet', SCOPE.current, SCOPE.spreadsheets);
        return this.active
          ? as<GoogleAppsScript.Spreadsheet.Spreadsheet>(c.wrap('Spreadsheet', this.active))
          : as<GoogleAppsScript.Spreadsheet.Spreadsheet>(null);
      },
      // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#openById(String) :
      // needs the full `spreadsheets` scope (currentonly covers only the document the add-on runs in).
      openById: (id: string) => {
        needsScope('SpreadsheetApp.openById', SCOPE.spreadsheets);
        const ss = this.spreadsheets.get(id);
        if (!ss)
          throw new Error(
            'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
          );
        return as<GoogleAppsScript.Spreadsheet.Spreadsheet>(c.wrap('Spreadsheet', ss));
      },
      getUi: () => {
        // https://developers.google.com/apps-script/reference/base/ui : "Cannot call SpreadsheetApp.getUi()
        // from this context." when no editor is open (a time-driven trigger)
        if (!this.active) throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
        return as<GoogleAppsScript.Base.Ui>(ui);
      },
      newDataValidation: () => as<GoogleAppsScript.Spreadsheet.DataValidationBuilder>(validation()),
      newConditionalFormatRule: () =>
        as<GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder>(conditional()),
      flush: () => {},
      ProtectionType: as<typeof GoogleAppsScript.Spreadsheet.ProtectionType>({
        SHEET: 'SHEET',
        RANGE: 'RANGE',
      }),
    } satisfies Partial<GoogleAppsScript.Spreadsheet.SpreadsheetApp>);
    const lock = (): GoogleAppsScript.Lock.Lock => {
      const me = this.execution;
      const acquire = (ms: number) => {
        const L = this.locks;
        if (L.holder !== null && L.holder !== me) {
          if (L.releasesInMs === null || L.releasesInMs > ms) {
            L.waitedMs += ms;
            L.refused++;
            return false;
          }
          L.waitedMs += L.releasesInMs;
          L.releasesInMs = null;
        }
        L.holder = me;
        L.acquired++;
        return true;
      };
      return c.wrap('Lock', {
        tryLock: (ms: number) => acquire(ms),
        // https://developers.google.com/apps-script/reference/lock/lock#waitLock(Integer) : throws when
        // the lock could not be acquired in time
        waitLock: (ms: number) => {
          if (!acquire(ms))
            throw new Error('Lock timeout: another process was holding the lock for too long.');
        },
        hasLock: () => this.locks.holder === me,
        releaseLock: () => {
          if (this.locks.holder === me) this.locks.holder = null;
        },
      } satisfies GoogleAppsScript.Lock.Lock);
    };
    const user = () => this.activeUser;
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
              return as<GoogleAppsScript.HTML.HtmlOutput>(out);
            },
            setWidth: () => as<GoogleAppsScript.HTML.HtmlOutput>(out),
          };
          return as<GoogleAppsScript.HTML.HtmlOutput>(out);
        },
      } satisfies Partial<GoogleAppsScript.HTML.HtmlService>),
      // https://developers.google.com/apps-script/reference/properties/properties-service : document
      // properties belong to the open document (null when there is none), user properties to the user.
      PropertiesService: c.wrap('PropertiesService', {
        getDocumentProperties: () => {
          if (!this.active) return as<GoogleAppsScript.Properties.Properties>(null);
          const id = this.active.id;
          if (!this.documentProps.has(id)) this.documentProps.set(id, new Map());
          return this.props(this.documentProps.get(id) as Map<string, string>);
        },
        getUserProperties: () => {
          if (!this.userProps.has(user())) this.userProps.set(user(), new Map());
          return this.props(this.userProps.get(user()) as Map<string, string>);
        },
        getScriptProperties: () => this.props(this.scriptProps),
      } satisfies Partial<GoogleAppsScript.Properties.PropertiesService>),
      LockService: c.wrap('LockService', {
        getDocumentLock: () => lock(),
        getScriptLock: () => lock(),
        getUserLock: () => lock(),
      } satisfies GoogleAppsScript.Lock.LockService),
      Session: c.wrap('Session', {
        getActiveUser: () =>
          as<GoogleAppsScript.Base.User>({
            getEmail: () => (this.authMode === 'NONE' ? '' : this.activeUser),
          }),
        getEffectiveUser: () =>
          as<GoogleAppsScript.Base.User>({ getEmail: () => 'effective-user-must-not-be-used@example.com' }),
      } satisfies Partial<GoogleAppsScript.Base.Session>),
      Utilities: c.wrap('Utilities', {
        computeDigest: ((_alg: unknown, text: string) =>
          [...createHash('sha256').update(Buffer.from(text, 'utf8')).digest()].map((b) =>
            b > 127 ? b - 256 : b,
          )) as GoogleAppsScript.Utilities.Utilities['computeDigest'],
        DigestAlgorithm: as<typeof GoogleAppsScript.Utilities.DigestAlgorithm>({ SHA_256: 'SHA_256' }),
        Charset: as<typeof GoogleAppsScript.Utilities.Charset>({ UTF_8: 'UTF_8' }),
        ...blobUtilities(),
        formatDate,
      } satisfies Partial<GoogleAppsScript.Utilities.Utilities>),
      DriveApp: c.wrap(
        'DriveApp',
        this.drive.service(() => this.activeUser, needsScope),
      ),
      UrlFetchApp: c.wrap('UrlFetchApp', {
        fetch: ((url: string, params: GoogleAppsScript.URL_Fetch.URLFetchRequestOptions) => {
          needsScope('UrlFetchApp.fetch', SCOPE.fetch);
          const call = { url, params };
          this.fetches.push(call);
          const res = this.fetchHandler(call);
          return as<GoogleAppsScript.URL_Fetch.HTTPResponse>({
            getResponseCode: () => res.status,
            getContentText: () => res.body,
          });
        }) as GoogleAppsScript.URL_Fetch.UrlFetchApp['fetch'],
        // https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app#fetchAll(Object) : "Makes
        // multiple requests to fetch multiple URLs", side by side: one call, costed as its slowest request in
        // PER_CALL_MS; each request is recorded and answered as fetch's, in the order given
        fetchAll: (requests: (GoogleAppsScript.URL_Fetch.URLFetchRequest | string)[]) => {
          needsScope('UrlFetchApp.fetchAll', SCOPE.fetch);
          return requests.map((r) => {
            const { url, ...params } = typeof r === 'string' ? { url: r } : r;
            const call = { url, params };
            this.fetches.push(call);
            const res = this.fetchHandler(call);
            return as<GoogleAppsScript.URL_Fetch.HTTPResponse>({
              getResponseCode: () => res.status,
              getContentText: () => res.body,
            });
          });
        },
      } satisfies Partial<GoogleAppsScript.URL_Fetch.UrlFetchApp>),
      ScriptApp: c.wrap('ScriptApp', this.scriptApp(needsScope)),
      MailApp: c.wrap('MailApp', {
        sendEmail: ((to: string, subject: string, body: string) => {
          needsScope('MailApp.sendEmail', SCOPE.mail);
          if (this.mails.length >= this.mailQuota)
            throw new Error('Service invoked too many times for one day: email.');
          this.mails.push({ to, subject, body });
        }) as GoogleAppsScript.Mail.MailApp['sendEmail'],
        getRemainingDailyQuota: () => this.mailQuota - this.mails.length,
      } satisfies Partial<GoogleAppsScript.Mail.MailApp>),
    };
  }

  private scriptApp(needsScope: (method: string, ...scopes: string[]) => void) {
    const view = (tg: FakeTrigger) =>
      as<GoogleAppsScript.Script.Trigger>({
        getHandlerFunction: () => tg.handler,
        getUniqueId: () => tg.uid,
        getEventType: () => as<GoogleAppsScript.Script.EventType>('CLOCK'),
      } satisfies Partial<GoogleAppsScript.Script.Trigger>);
    return {
      getIdentityToken: () => this.identityToken,
      AuthMode: as<typeof GoogleAppsScript.Script.AuthMode>({
        NONE: 'NONE',
        FULL: 'FULL',
        LIMITED: 'LIMITED',
      }),
      // https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers() : "Gets
      // all installable triggers associated with the current project and current user."
      getProjectTriggers: () => {
        needsScope('ScriptApp.getProjectTriggers', 'https://www.googleapis.com/auth/script.scriptapp');
        return this.triggers.filter((tg) => tg.user === this.activeUser).map(view);
      },
      deleteTrigger: (trigger: GoogleAppsScript.Script.Trigger) => {
        needsScope('ScriptApp.deleteTrigger', 'https://www.googleapis.com/auth/script.scriptapp');
        const i = this.triggers.findIndex(
          (tg) => tg.uid === trigger.getUniqueId() && tg.user === this.activeUser,
        );
        if (i < 0) throw new Error('Trigger not found: it belongs to another user or was deleted.');
        this.triggers.splice(i, 1);
      },
      newTrigger: (handler: string) => {
        const spec = { handler, hour: -1, days: 0 };
        const b = fluent<
          GoogleAppsScript.Script.ClockTriggerBuilder & GoogleAppsScript.Script.TriggerBuilder,
          typeof spec
        >(spec, {
          timeBased: () => {},
          everyDays: (t, n: number) => {
            t.days = n;
          },
          atHour: (t, h: number) => {
            t.hour = h;
          },
        });
        return as<GoogleAppsScript.Script.TriggerBuilder>(
          Object.assign(b, {
            create: () => {
              needsScope('ScriptApp.newTrigger', 'https://www.googleapis.com/auth/script.scriptapp');
              const document = this.active?.id ?? '';
              // https://developers.google.com/workspace/add-ons/concepts/editor-triggers (restrictions):
              // "Each add-on can only have one trigger of each type, per user, per document."
              if (this.triggers.some((tg) => tg.user === this.activeUser && tg.document === document))
                throw new Error(
                  'This add-on has created too many time-based triggers in this document for this Google user account.',
                );
              const tg: FakeTrigger = {
                uid: `trigger-${this.nextTrigger++}`,
                handler: spec.handler,
                hour: spec.hour,
                user: this.activeUser,
                document,
              };
              this.triggers.push(tg);
              return view(tg);
            },
          }),
        );
      },
    } satisfies Partial<GoogleAppsScript.Script.ScriptApp>;
  }
}

/** The services a script sees, typed as the real ones (each fake implements the part the add-on uses). */
export interface AppsScriptGlobals {
  readonly SpreadsheetApp: Partial<GoogleAppsScript.Spreadsheet.SpreadsheetApp>;
  readonly HtmlService: Partial<GoogleAppsScript.HTML.HtmlService>;
  readonly PropertiesService: Partial<GoogleAppsScript.Properties.PropertiesService>;
  readonly LockService: GoogleAppsScript.Lock.LockService;
  readonly Session: Partial<GoogleAppsScript.Base.Session>;
  readonly Utilities: Partial<GoogleAppsScript.Utilities.Utilities>;
  readonly UrlFetchApp: Partial<GoogleAppsScript.URL_Fetch.UrlFetchApp>;
  readonly ScriptApp: Partial<GoogleAppsScript.Script.ScriptApp>;
  readonly MailApp: Partial<GoogleAppsScript.Mail.MailApp>;
  readonly DriveApp: Partial<GoogleAppsScript.Drive.DriveApp>;
}

/** A property store (document, user or script properties). */
class FakeProperties
  implements
    Pick<
      GoogleAppsScript.Properties.Properties,
      'getProperty' | 'setProperty' | 'deleteProperty' | 'getProperties' | 'getKeys'
    >
{
  constructor(private readonly map: Map<string, string>) {}
  getProperty(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  setProperty(key: string, value: string): GoogleAppsScript.Properties.Properties {
    this.map.set(key, value);
    return as(this);
  }
  deleteProperty(key: string): GoogleAppsScript.Properties.Properties {
    this.map.delete(key);
    return as(this);
  }
  getProperties(): { [key: string]: string } {
    return Object.fromEntries(this.map);
  }
  getKeys(): string[] {
    return [...this.map.keys()];
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
  const ContextDate = vm.runInContext('Date', context) as DateConstructor;
  world.makeDate = (ms) => new ContextDate(ms);
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

/**
 * Utilities.formatDate(date, timeZone, format): the date in the time zone, in a java.text.SimpleDateFormat
 * pattern (https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)).
 * The fake knows the letters yyyy, MM, dd, HH, mm, ss, SSS and Z (`+0700`) and quoted text; any other letter
 * throws rather than guess.
 */
function formatDate(date: Date, timeZone: string, format: string): string {
  const offset = zoneOffsetMinutes(date.getTime(), timeZone);
  const wall = new Date(date.getTime() + offset * 60_000);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const fields: Record<string, string> = {
    yyyy: String(wall.getUTCFullYear()),
    MM: pad(wall.getUTCMonth() + 1),
    dd: pad(wall.getUTCDate()),
    HH: pad(wall.getUTCHours()),
    mm: pad(wall.getUTCMinutes()),
    ss: pad(wall.getUTCSeconds()),
    SSS: pad(wall.getUTCMilliseconds(), 3),
    Z: `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}${pad(Math.abs(offset) % 60)}`,
  };
  return format.replace(/'([^']*)'|([A-Za-z])\2*/g, (whole, quoted: string | undefined) => {
    if (quoted !== undefined) return quoted === '' ? "'" : quoted;
    const field = fields[whole];
    if (field === undefined) throw new Error(`Utilities.formatDate: the fake does not know "${whole}"`);
    return field;
  });
}
