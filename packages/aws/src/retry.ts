import type { StandardRetryStrategy } from "@smithy/core/retry";

type RetryStrategy = Pick<
  StandardRetryStrategy,
  "acquireInitialRetryToken" | "refreshRetryTokenForRetry" | "recordSuccess"
>;
type RetryErrorInfo = Parameters<StandardRetryStrategy["refreshRetryTokenForRetry"]>[1];

/**
 * Throttling, or no answer at all (connection reset or refused, a timeout). An answer with
 * a 5xx status is the service failing, not the network: the SDK retries it by default.
 */
export function isThrottlingOrNetworkError(info: RetryErrorInfo): boolean {
  if (info.errorType === "THROTTLING") return true;
  const error = info.error as { $metadata?: { httpStatusCode?: number }; $response?: unknown };
  return info.errorType === "TRANSIENT" && error.$response === undefined && !error.$metadata?.httpStatusCode;
}

/**
 * The SDK's own standard retry strategy (exponential backoff with jitter, retry quota), refusing
 * a retry for anything but throttling and network errors: what the OIDC -> STS contract asks.
 * A refused retry makes the SDK throw the error it got.
 */
export async function throttlingAndNetworkRetry(maxAttempts: number): Promise<RetryStrategy> {
  const { StandardRetryStrategy } = await import("@smithy/core/retry");
  const standard = new StandardRetryStrategy(maxAttempts);
  return {
    acquireInitialRetryToken: (scope) => standard.acquireInitialRetryToken(scope),
    refreshRetryTokenForRetry: (token, info) =>
      isThrottlingOrNetworkError(info)
        ? standard.refreshRetryTokenForRetry(token, info)
        : Promise.reject(new Error(`not retried: ${info.errorType}`)),
    recordSuccess: (token) => standard.recordSuccess(token),
  };
}
