import { describe, expect, it } from "@jest/globals";
import {
  backoffDelay,
  IntegrityError,
  isRetryable,
  parseRetryAfter,
  RegistryError,
  RetryBudget,
  withRetry,
} from "@platform/oci";

const policy = { attempts: 5, baseDelayMs: 100, maxDelayMs: 1000, maxTotalDelayMs: 5000 };
const status = (code: number, retryAfterMs?: number): RegistryError =>
  new RegistryError({
    status: code,
    method: "GET",
    url: "http://r/v2/x",
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
  });

describe("retry", () => {
  it.each([
    [408, true],
    [429, true],
    [500, true],
    [502, true],
    [503, true],
    [400, false],
    [401, false],
    [403, false],
    [404, false],
    [409, false],
  ])("HTTP %i retryable: %s", (code, retryable) => {
    expect(isRetryable(status(code))).toBe(retryable);
  });

  it("retries network errors (from any realm) but never integrity errors", () => {
    expect(
      isRetryable(Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNRESET", message: "x" } })),
    ).toBe(true);
    expect(isRetryable({ message: "terminated", name: "TypeError" })).toBe(true);
    expect(isRetryable(new IntegrityError("bad digest"))).toBe(false);
    expect(isRetryable(new TypeError("fetch failed", { cause: new IntegrityError("bad") }))).toBe(false);
    expect(isRetryable(new Error("a bug"))).toBe(false);
  });

  it("backs off exponentially with jitter, capped", () => {
    expect(backoffDelay(policy, 0, () => 0)).toBe(50);
    expect(backoffDelay(policy, 0, () => 1)).toBe(100);
    expect(backoffDelay(policy, 3, () => 1)).toBe(800);
    expect(backoffDelay(policy, 10, () => 1)).toBe(1000);
  });

  it("parses Retry-After as seconds or a date", () => {
    expect(parseRetryAfter("3")).toBe(3000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter("soon")).toBeUndefined();
  });

  it("honours Retry-After, stops at the attempt bound, and never retries a 4xx", async () => {
    const waits: number[] = [];
    const sleep = async (ms: number): Promise<void> => {
      waits.push(ms);
    };
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls++;
          throw status(429, 1234);
        },
        { policy, sleep },
      ),
    ).rejects.toMatchObject({ status: 429 });
    expect(calls).toBe(5);
    expect(waits).toEqual([1234, 1234, 1234, 1234]);

    let denied = 0;
    await expect(
      withRetry(
        async () => {
          denied++;
          throw status(403, 10);
        },
        { policy, sleep },
      ),
    ).rejects.toMatchObject({ status: 403 });
    expect(denied).toBe(1);

    let attempt = 0;
    const value = await withRetry(
      async () => {
        if (++attempt < 3) throw status(503);
        return "ok";
      },
      { policy, sleep },
    );
    expect(value).toBe("ok");
  });

  it("gives up when the total wait budget is spent", async () => {
    const waits: number[] = [];
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls++;
          throw status(503, 3000);
        },
        { policy, sleep: async (ms) => void waits.push(ms) },
      ),
    ).rejects.toMatchObject({ status: 503 });
    expect(waits).toEqual([3000]);
    expect(calls).toBe(2);
  });

  it("a retry budget (the streaming loops') counts pauseless retries and stops at the same limits as withRetry", async () => {
    const waits: number[] = [];
    const sleep = async (ms: number): Promise<void> => {
      waits.push(ms);
    };
    const budget = new RetryBudget(policy, sleep);
    const error = status(503);
    await budget.spend(error, { wait: false });
    await budget.spend(error);
    await budget.spend(error);
    await budget.spend(error);
    await expect(budget.spend(error)).rejects.toBe(error);
    expect(waits).toHaveLength(3);

    const spent = new RetryBudget(policy, sleep);
    const hinted = status(429, 3000);
    await spent.spend(hinted);
    await expect(spent.spend(hinted)).rejects.toBe(hinted);
  });
});
