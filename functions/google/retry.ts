// Retrying Google API calls: on 429, 5xx and network timeouts/resets, with exponential backoff and full
// jitter, bounded in attempts and delay, honouring Retry-After. Sleep and randomness are injectable so
// tests assert the schedule without waiting.

export interface RetryPolicy {
  readonly attempts: number;
  readonly baseMs: number;
  readonly maxMs: number;
  readonly sleep: (ms: number) => Promise<void>;
  readonly random: () => number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 5,
  baseMs: 250,
  maxMs: 8000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

const NETWORK = new Set([
  'ETIMEDOUT',
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
]);

interface HttpishError {
  status?: number;
  code?: string | number;
  response?: {
    status?: number;
    headers?: Headers | Record<string, string>;
    data?: { error?: { errors?: { reason?: string }[] } };
  };
  cause?: unknown;
}

/**
 * Drive answers a quota exceeded with 403 and one of these reasons, to be retried with exponential backoff
 * as a 429 is ("If you exceed a quota, you'll receive a 403: User rate limit exceeded ... use an
 * exponential backoff algorithm": https://developers.google.com/workspace/drive/api/guides/limits,
 * https://developers.google.com/workspace/drive/api/guides/handle-errors#resolve_a_403_error_user_rate_limit_exceeded).
 * Other 403s (no permission, storage quota) are not retried.
 */
const RATE_LIMIT_REASONS = new Set(['userRateLimitExceeded', 'rateLimitExceeded']);

/** A 429, or Drive's 403 for a rate limit: the caller sends too much, and waiting helps. */
export function isRateLimited(error: unknown): boolean {
  const status = statusOf(error);
  if (status === 429) return true;
  const reasons = (error as HttpishError)?.response?.data?.error?.errors ?? [];
  return status === 403 && reasons.some((e) => RATE_LIMIT_REASONS.has(e?.reason ?? ''));
}

export function statusOf(error: unknown): number | null {
  const e = error as HttpishError;
  const status = e?.response?.status ?? e?.status ?? (typeof e?.code === 'number' ? e.code : Number(e?.code));
  return Number.isInteger(status) && (status as number) >= 100 ? (status as number) : null;
}

export function isRetriable(error: unknown): boolean {
  const status = statusOf(error);
  if (status !== null) return isRateLimited(error) || status >= 500;
  const e = error as HttpishError;
  const code = String(e?.code ?? (e?.cause as HttpishError | undefined)?.code ?? '');
  return (
    NETWORK.has(code) || /timeout|socket hang up|fetch failed/i.test(String((error as Error)?.message ?? ''))
  );
}

/** Seconds or an HTTP date, in milliseconds from now. */
export function retryAfterMs(error: unknown, now = Date.now()): number | null {
  const headers = (error as HttpishError)?.response?.headers;
  const raw =
    typeof (headers as Headers | undefined)?.get === 'function'
      ? (headers as Headers).get('retry-after')
      : (headers as Record<string, string> | undefined)?.['retry-after'];
  if (!raw) return null;
  if (/^\d+(\.\d+)?$/.test(raw.trim())) return Number(raw) * 1000;
  const at = Date.parse(raw);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** Run `fn`, retrying retriable failures; the last failure is rethrown. */
export async function withRetry<T>(
  fn: (attempt: number) => Promise<T>,
  policy: RetryPolicy = DEFAULT_RETRY,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (error) {
      if (attempt >= policy.attempts || !isRetriable(error)) throw error;
      const backoff = Math.min(policy.maxMs, policy.baseMs * 2 ** (attempt - 1));
      const jittered = policy.random() * backoff;
      const wanted = retryAfterMs(error);
      await policy.sleep(Math.min(policy.maxMs, Math.max(jittered, wanted ?? 0)));
    }
  }
}
