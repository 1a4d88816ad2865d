// A problem found in user data or in a requested action: a message key, its parameters and the
// place (tab, 1-based sheet row, column header). Nothing in the core throws on user data; it returns these.
import type { MessageKey } from './messages/catalog';

export interface Problem {
  readonly key: MessageKey;
  readonly params?: Readonly<Record<string, string | number>>;
  readonly tab?: string;
  readonly row?: number;
  readonly column?: string;
  /** The NIP of the row's owner, so a person can be shown the problems of their own rows. */
  readonly owner?: string;
}

/** A computation that either gives a value or the problems that prevent it. */
export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly Problem[] };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(...problems: Problem[]): Result<T> {
  return { ok: false, problems };
}

/** Attach a place to problems found while parsing one cell or row. */
export function at(problems: readonly Problem[], place: Pick<Problem, 'tab' | 'row' | 'column'>): Problem[] {
  return problems.map((p) => ({ ...place, ...p }));
}
