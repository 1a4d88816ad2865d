// Counting service calls: every method call on a fake is one call to a Google service (tens of ms each in
// production), which is how add-on performance is measured.

export class CallCounter {
  readonly counts = new Map<string, number>();

  /** Runs before each counted call (a test's way to let another process act in the middle of one). */
  onHit: ((name: string) => void) | null = null;

  hit(name: string): void {
    this.onHit?.(name);
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  total(prefix = ''): number {
    let n = 0;
    for (const [k, v] of this.counts) if (k.startsWith(prefix)) n += v;
    return n;
  }

  /** Calls that reach a Google service (Utilities runs locally in Apps Script and is not counted). */
  remote(): number {
    return this.total() - this.total('Utilities.');
  }

  /**
   * The estimated wall time of the counted calls, in ms, from PER_CALL_MS (a service call costs tens to
   * hundreds of ms in production; the figures are conservative estimates, not measurements of Google).
   */
  estimatedMs(costs: Readonly<Record<string, number>> = PER_CALL_MS): number {
    let ms = 0;
    for (const [k, v] of this.counts) {
      const key = Object.keys(costs)
        .filter((c) => k === c || k.startsWith(`${c}.`))
        .sort((a, b) => b.length - a.length)[0];
      ms += v * (key ? (costs[key] as number) : DEFAULT_CALL_MS);
    }
    return ms;
  }

  reset(): void {
    this.counts.clear();
  }

  /** Wrap an object so each method call is counted as `Service.method`. */
  wrap<T extends object>(service: string, target: T): T {
    return new Proxy(target, {
      get: (obj, prop, receiver) => {
        const value = Reflect.get(obj, prop, receiver);
        if (typeof value !== 'function' || typeof prop !== 'string' || prop === 'constructor') return value;
        return (...args: unknown[]) => {
          this.hit(`${service}.${prop}`);
          return value.apply(obj, args);
        };
      },
    });
  }
}

/**
 * A fluent builder (Apps Script's builders return themselves): each method updates `state`. `B` is the real
 * builder's type: a method it does not have is an excess property and fails `tsc`.
 */
export function fluent<B, S>(
  state: S,
  // biome-ignore lint/suspicious/noExplicitAny: builder methods take any arguments
  methods: { [K in keyof B]?: (state: S, ...args: any[]) => void },
  build: (state: S) => unknown = (s) => s,
) {
  const b: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(methods) as [string, (state: S, ...args: unknown[]) => void][]) {
    b[name] = (...args: unknown[]) => {
      fn(state, ...args);
      return b;
    };
  }
  b.build = () => build(state);
  return b;
}

/** A call not listed in PER_CALL_MS (reading a property of a range, a builder step). */
export const DEFAULT_CALL_MS = 20;

/**
 * Estimated cost of one call, by `Service.method` or `Service` (the longest match wins). Apps Script's
 * best practices (https://developers.google.com/apps-script/guides/support/best-practices) say calls to
 * other services are slow and to batch them; they publish no figures, so these are conservative
 * estimates. UrlFetchApp.fetch stands for a call to the document service, which renders a DOCX and makes
 * four Drive calls (see the functions bench): about 4 s. UrlFetchApp.fetchAll sends its requests side by
 * side ("Makes multiple requests to fetch multiple URLs":
 * https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app#fetchAll(Object)): it lasts
 * as long as its slowest request, and a request of the document service files its documents side by side
 * (functions/documents/pipeline.ts runDocuments): one document's time, 4 s, with 1 s for the request's
 * own read and write of the sheet.
 */
export const PER_CALL_MS: Readonly<Record<string, number>> = {
  Utilities: 0,
  SpreadsheetApp: 50,
  'SpreadsheetApp.getActiveSpreadsheet': 100,
  'SpreadsheetApp.openById': 300,
  'SpreadsheetApp.flush': 200,
  Spreadsheet: 50,
  'Spreadsheet.getEditors': 300,
  Sheet: 40,
  'Sheet.insertRowsAfter': 300,
  Range: 50,
  'Range.getValues': 200,
  'Range.setValues': 250,
  'Range.protect': 400,
  Protection: 250,
  Lock: 50,
  LockService: 10,
  Session: 20,
  PropertiesService: 50,
  MailApp: 300,
  UrlFetchApp: 4000,
  'UrlFetchApp.fetchAll': 5000,
  ScriptApp: 100,
};

/** Apps Script's limit on one execution: https://developers.google.com/apps-script/guides/services/quotas (6 min). */
export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;
