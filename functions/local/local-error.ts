// A user-facing failure of the local mode: a message key from the catalogue and the exit code it means
// (1 data or file problem, 2 usage). The CLI prints the message, never a stack trace.
import type { MessageKey, Problem } from '../../shared';

export class LocalError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Record<string, string | number> = {},
    readonly exitCode: 1 | 2 = 1,
    readonly problems: readonly Problem[] = [],
  ) {
    super(key);
    this.name = 'LocalError';
  }
}
