import { describe, expect, test } from "@jest/globals";
import { isThrottlingOrNetworkError, throttlingAndNetworkRetry } from "../src/retry.ts";

/** What the SDK's retry middleware hands the strategy for each failed attempt. */
function info(errorType: "THROTTLING" | "TRANSIENT" | "SERVER_ERROR" | "CLIENT_ERROR", error: object) {
  return { errorType, error } as Parameters<typeof isThrottlingOrNetworkError>[0];
}

describe("isThrottlingOrNetworkError", () => {
  test.each<[string, boolean, Parameters<typeof isThrottlingOrNetworkError>[0]]>([
    ["throttling", true, info("THROTTLING", { name: "Throttling", $metadata: { httpStatusCode: 400 } })],
    ["a 429", true, info("THROTTLING", { name: "TooManyRequestsException", $metadata: { httpStatusCode: 429 } })],
    ["a connection reset", true, info("TRANSIENT", Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }))],
    ["a timeout", true, info("TRANSIENT", { name: "TimeoutError" })],
    ["a 500", false, info("TRANSIENT", { name: "InternalFailure", $metadata: { httpStatusCode: 500 }, $response: {} })],
    [
      "a 503",
      false,
      info("TRANSIENT", { name: "ServiceUnavailable", $metadata: { httpStatusCode: 503 }, $response: {} }),
    ],
    ["another server error", false, info("SERVER_ERROR", { $metadata: { httpStatusCode: 501 } })],
    ["AccessDenied", false, info("CLIENT_ERROR", { name: "AccessDenied", $metadata: { httpStatusCode: 403 } })],
  ])("%s: retried %s", (_, expected, errorInfo) => {
    expect(isThrottlingOrNetworkError(errorInfo)).toBe(expected);
  });
});

describe("throttlingAndNetworkRetry", () => {
  test("hands a retryable error to the SDK's strategy, which gives up after maxAttempts", async () => {
    const strategy = await throttlingAndNetworkRetry(2);
    const token = await strategy.acquireInitialRetryToken("sts");
    const throttled = info("THROTTLING", { name: "Throttling", $metadata: { httpStatusCode: 400 } });
    const next = await strategy.refreshRetryTokenForRetry(token, throttled);
    expect(next.getRetryCount()).toBe(1);
    await expect(strategy.refreshRetryTokenForRetry(next, throttled)).rejects.toThrow();
  });

  test("refuses any other error at the first attempt", async () => {
    const strategy = await throttlingAndNetworkRetry(5);
    const token = await strategy.acquireInitialRetryToken("sts");
    const failure = info("TRANSIENT", { name: "InternalFailure", $metadata: { httpStatusCode: 500 }, $response: {} });
    await expect(strategy.refreshRetryTokenForRetry(token, failure)).rejects.toThrow(/not retried: TRANSIENT/);
  });
});
