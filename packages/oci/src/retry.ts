import { isRetryable, RegistryError } from "./errors.ts";

/**
 * Exponential backoff with jitter, bounded both in attempts and in total time spent waiting.
 * A `Retry-After` (429, 503) is honoured when it fits the budget.
 */
export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Total time the waits of one operation may add up to. */
  maxTotalDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 6, baseDelayMs: 200, maxDelayMs: 5_000, maxTotalDelayMs: 30_000 };

export type Sleep = (ms: number) => Promise<void>;
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function backoffDelay(policy: RetryPolicy, attempt: number, random: () => number = Math.random): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.round(exponential / 2 + (random() * exponential) / 2);
}

/** Parses `Retry-After` (seconds or an HTTP date) into milliseconds. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export async function withRetry<T>(
  operation: (attempt: number) => Promise<T>,
  options: { policy: RetryPolicy; sleep: Sleep; onRetry?: (error: unknown, delayMs: number, attempt: number) => void },
): Promise<T> {
  let waited = 0;
  for (let attempt = 0; ; attempt++) {
    try {
      return await operation(attempt);
    } catch (error) {
      if (!isRetryable(error) || attempt + 1 >= options.policy.attempts) throw error;
      const hinted = error instanceof RegistryError ? error.retryAfterMs : undefined;
      const delay = hinted ?? backoffDelay(options.policy, attempt);
      if (waited + delay > options.policy.maxTotalDelayMs) throw error;
      waited += delay;
      options.onRetry?.(error, delay, attempt + 1);
      await options.sleep(delay);
    }
  }
}
