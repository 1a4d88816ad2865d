import { describe, expect, it } from 'vitest';
import {
  isRateLimited,
  isRetriable,
  type RetryPolicy,
  retryAfterMs,
  withRetry,
} from '../../functions/google/retry';

const httpError = (status: number, headers: Record<string, string> = {}) =>
  Object.assign(new Error(`HTTP ${status}`), { response: { status, headers: new Headers(headers) } });

function policy(random = 1): RetryPolicy & { slept: number[] } {
  const slept: number[] = [];
  return {
    attempts: 5,
    baseMs: 100,
    maxMs: 1000,
    sleep: async (ms) => void slept.push(ms),
    random: () => random,
    slept,
  };
}

describe('withRetry', () => {
  it('backs off exponentially with full jitter, capped, and gives up after the bound', async () => {
    const p = policy(1);
    let calls = 0;
    await expect(
      withRetry(async () => {
        calls++;
        throw httpError(503);
      }, p),
    ).rejects.toThrow('HTTP 503');
    expect(calls).toBe(5);
    expect(p.slept).toEqual([100, 200, 400, 800]);
    const half = policy(0.5);
    await withRetry(async (attempt) => (attempt < 3 ? Promise.reject(httpError(500)) : 'ok'), half);
    expect(half.slept).toEqual([50, 100]);
  });

  it('honours Retry-After in seconds or as a date, within the cap', async () => {
    const p = policy(0);
    await withRetry(
      async (attempt) => (attempt === 1 ? Promise.reject(httpError(429, { 'Retry-After': '0.5' })) : 'ok'),
      p,
    );
    expect(p.slept).toEqual([500]);
    expect(retryAfterMs(httpError(429, { 'Retry-After': new Date(10_000).toUTCString() }), 4_000)).toBe(
      6_000,
    );
    expect(retryAfterMs(httpError(429))).toBeNull();
  });

  it('does not retry what a retry cannot fix', async () => {
    const p = policy();
    await expect(withRetry(async () => Promise.reject(httpError(403)), p)).rejects.toThrow('HTTP 403');
    expect(p.slept).toEqual([]);
    expect(isRetriable(httpError(400))).toBe(false);
    expect(isRetriable(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))).toBe(true);
    expect(isRetriable(httpError(429))).toBe(true);
  });

  it('retries Drive’s 403 for a rate limit, not a 403 for anything else', () => {
    const drive403 = (reason: string) =>
      Object.assign(httpError(403), {
        response: { status: 403, headers: new Headers(), data: { error: { errors: [{ reason }] } } },
      });
    expect(isRetriable(drive403('userRateLimitExceeded'))).toBe(true);
    expect(isRetriable(drive403('rateLimitExceeded'))).toBe(true);
    expect(isRateLimited(drive403('userRateLimitExceeded'))).toBe(true);
    expect(isRetriable(drive403('storageQuotaExceeded'))).toBe(false);
    expect(isRetriable(drive403('insufficientFilePermissions'))).toBe(false);
    expect(isRateLimited(httpError(503))).toBe(false);
  });
});
