// Counting service calls: every method call on a fake is one call to a Google service (tens of ms each in
// production), which is how add-on performance is measured.

export class CallCounter {
  readonly counts = new Map<string, number>();

  hit(name: string): void {
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

/** A fluent builder (Apps Script's builders return themselves): each method updates `state`. */
export function fluent<S>(
  state: S,
  // biome-ignore lint/suspicious/noExplicitAny: builder methods take any arguments
  methods: Record<string, (state: S, ...args: any[]) => void>,
  build: (state: S) => unknown = (s) => s,
) {
  const b: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(methods)) {
    b[name] = (...args: unknown[]) => {
      fn(state, ...args);
      return b;
    };
  }
  b.build = () => build(state);
  return b;
}
