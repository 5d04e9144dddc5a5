/** A registry answered with an error status; `code` is the first distribution error code. */
export class RegistryError extends Error {
  override readonly name = "RegistryError";
  readonly status: number;
  readonly code: string | undefined;
  readonly method: string;
  readonly url: string;
  readonly retryAfterMs: number | undefined;

  constructor(init: {
    status: number;
    code?: string;
    detail?: string;
    method: string;
    url: string;
    retryAfterMs?: number;
  }) {
    super(
      `${init.method} ${redactUrl(init.url)}: HTTP ${init.status}${init.code ? ` ${init.code}` : ""}${init.detail ? ` (${init.detail})` : ""}`,
    );
    this.status = init.status;
    this.code = init.code;
    this.method = init.method;
    this.url = init.url;
    this.retryAfterMs = init.retryAfterMs;
  }
}

/** Upload URLs may carry state tokens: only the path is shown. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return url;
  }
}

/**
 * A registry pointed our credentials somewhere they must not go (a token realm over plain http
 * from a registry that is not on loopback, or in the link-local/metadata range). Never retried.
 */
export class UntrustedEndpointError extends Error {
  override readonly name = "UntrustedEndpointError";
  readonly fix: string;

  constructor(problem: string, fix: string) {
    super(problem);
    this.fix = fix;
  }
}

/** Content that does not match its digest or size: never retried into a registry. */
export class IntegrityError extends Error {
  override readonly name = "IntegrityError";
}

/** Transient: 408, 429, 5xx, and network failures (reset, refused, timeout, truncated body). */
/**
 * Errors from fetch and sockets may come from another realm (a VM context under a test
 * runner), so they are recognised by shape, not with instanceof Error.
 */
interface ErrorLike {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  cause?: unknown;
}

function isErrorLike(value: unknown): value is ErrorLike {
  return typeof value === "object" && value !== null && "message" in value;
}

export function isRetryable(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; isErrorLike(current) && depth < 5; depth++) {
    if (current instanceof IntegrityError) return false;
    current = current.cause;
  }
  if (error instanceof RegistryError) {
    return error.status === 408 || error.status === 429 || error.status >= 500;
  }
  if (error instanceof IntegrityError) return false;
  return isNetworkError(error);
}

export function isNetworkError(error: unknown): boolean {
  if (!isErrorLike(error) || error.name === "AbortError") return false;
  const codes = ["ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT", "UND_ERR_SOCKET", "UND_ERR_CLOSED"];
  let current: unknown = error;
  for (let depth = 0; isErrorLike(current) && depth < 5; depth++) {
    const { code, message } = current;
    if (typeof code === "string" && (codes.includes(code) || code.startsWith("UND_ERR"))) return true;
    if (message === "fetch failed" || /terminated|other side closed|socket hang up/i.test(String(message))) {
      return true;
    }
    current = current.cause;
  }
  return false;
}

/** No connection at all: refused, no such host, no route (ENETUNREACH on a runner without IPv6). */
const UNREACHABLE = ["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ENETUNREACH", "EHOSTUNREACH", "EADDRNOTAVAIL"];

/** Node's HTTP parser refused the answer (HPE_HEADER_OVERFLOW, HPE_INVALID_*): not HTTP we can read. */
export function isMalformedResponse(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; isErrorLike(current) && depth < 5; depth++) {
    if (typeof current.code === "string" && current.code.startsWith("HPE_")) return true;
    current = current.cause;
  }
  return false;
}

export function isConnectionRefused(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; isErrorLike(current) && depth < 5; depth++) {
    const { code } = current;
    if (typeof code === "string" && UNREACHABLE.includes(code)) return true;
    current = current.cause;
  }
  return false;
}

/** The message of anything thrown, whatever realm it came from. */
export function messageOf(error: unknown): string {
  return isErrorLike(error) ? String(error.message) : String(error);
}
