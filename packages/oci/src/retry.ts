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

type OnRetry = (error: unknown, delayMs: number, attempt: number) => void;

/**
 * The retries one operation may still make, under one policy: attempts and the total wait.
 * withRetry runs on it; a loop that cannot hand withRetry one operation (a download that resumes
 * at the byte it broke, an upload that restarts or changes its way) spends the same budget, so
 * every retry in the package stops at the same limits.
 */
export class RetryBudget {
  private failures = 0;
  private waited = 0;
  private readonly policy: RetryPolicy;
  private readonly sleep: Sleep;

  constructor(policy: RetryPolicy, sleep: Sleep) {
    this.policy = policy;
    this.sleep = sleep;
  }

  /**
   * Counts one failed attempt. Resolves when one more attempt fits the policy, after its wait
   * (the registry's `Retry-After`, else the backoff); `wait: false` for a retry that needs no
   * pause (a lapsed token, a body cut short). Otherwise throws `error`.
   */
  async spend(error: unknown, options: { wait?: boolean; onRetry?: OnRetry } = {}): Promise<void> {
    this.failures++;
    if (this.failures >= this.policy.attempts) throw error;
    if (options.wait === false) return;
    const hinted = error instanceof RegistryError ? error.retryAfterMs : undefined;
    const delay = hinted ?? backoffDelay(this.policy, this.failures - 1);
    if (this.waited + delay > this.policy.maxTotalDelayMs) throw error;
    this.waited += delay;
    options.onRetry?.(error, delay, this.failures);
    await this.sleep(delay);
  }
}

export async function withRetry<T>(
  operation: (attempt: number) => Promise<T>,
  options: { policy: RetryPolicy; sleep: Sleep; onRetry?: OnRetry },
): Promise<T> {
  const budget = new RetryBudget(options.policy, options.sleep);
  for (let attempt = 0; ; attempt++) {
    try {
      return await operation(attempt);
    } catch (error) {
      if (!isRetryable(error)) throw error;
      await budget.spend(error, { onRetry: options.onRetry });
    }
  }
}
