import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { RequestError } from "@octokit/request-error";
import { Octokit } from "@octokit/rest";
import { ServiceError } from "@platform/action-kit";

const JSON_TYPE = /^application\/(?:scim\+)?json\s*(?:;|$)/i;

/**
 * A JSON response whose body could not be read or parsed becomes an error (status 502, so the
 * retry plugin tries it again). @octokit/request hands such a body back as a string with the
 * response's 200: a connection cut mid-body would otherwise pass as a success with no data.
 */
function refuseUnreadableJson(octokit: Pick<Octokit, "hook">): void {
  octokit.hook.after("request", (response, options) => {
    if (response.status === 204 || options.method === "HEAD" || typeof response.data !== "string") return;
    // An empty body that says so is not a cut one.
    if (response.data === "" && String(response.headers["content-length"] ?? "") === "0") return;
    if (!JSON_TYPE.test(String(response.headers["content-type"] ?? ""))) return;
    try {
      JSON.parse(response.data);
      return;
    } catch {
      throw new RequestError(`GitHub's JSON response to ${options.method} ${options.url} arrived incomplete`, 502, {
        request: options,
        response,
      });
    }
  });
}

/**
 * A GitHub that keeps failing (5xx, 408, network: @octokit/request gives those 500) is one
 * line for the user, not a stack trace filed as our bug.
 */
function reportServiceFailures(octokit: Pick<Octokit, "hook">): void {
  octokit.hook.error("request", (error, request) => {
    const status = httpStatus(error);
    if (status !== undefined && (status >= 500 || status === 408)) {
      throw new ServiceError(
        `GitHub kept failing: ${request.method} ${request.url} answered HTTP ${status} (${firstLine(error)}) after the retries; try again later, or check GitHub's status.`,
        { cause: error },
      );
    }
    throw error;
  });
}

/**
 * Octokit with GitHub's maintained retry (5xx, network) and throttling (primary and
 * secondary rate limits, honouring Retry-After) plugins, instead of hand-written loops.
 * refuseUnreadableJson comes first so its error passes through the retry plugin;
 * reportServiceFailures last, so it sees only what is left once the retries are spent.
 */
const PlatformOctokit = Octokit.plugin(refuseUnreadableJson, retry, throttling, reportServiceFailures);
export type GitHubClient = InstanceType<typeof PlatformOctokit>;

export interface GitHubClientOptions {
  token: string;
  /** REST base URL: GITHUB_API_URL on a runner (GHES and the test fake differ from github.com). */
  baseUrl?: string;
  /** Retries for rate limits before giving up; small in tests. */
  rateLimitRetries?: number;
  log?: { debug(message: string): void; warning(message: string): void };
  userAgent?: string;
}

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const limit = options.rateLimitRetries ?? 3;
  const warn = (message: string): void => options.log?.warning(message);
  const debug = (message: string): void => options.log?.debug(message);
  return new PlatformOctokit({
    auth: options.token,
    baseUrl: options.baseUrl ?? "https://api.github.com",
    userAgent: options.userAgent ?? "org-platform-actions",
    log: {
      debug,
      info: debug,
      warn,
      // Octokit logs every failed request. A 404 is how "is there a label / a release for this
      // tag?" answers no; the caller handles it or fails with its own line: not worth a warning.
      error: (message: string) => (/ - 404 with id /.test(message) ? debug : warn)(message),
    },
    throttle: {
      onRateLimit: (
        retryAfter: number,
        request: { method: string; url: string },
        _octokit: unknown,
        retryCount: number,
      ) => {
        warn(`GitHub rate limit on ${request.method} ${request.url}; retrying in ${retryAfter}s`);
        return retryCount < limit;
      },
      onSecondaryRateLimit: (
        retryAfter: number,
        request: { method: string; url: string },
        _octokit: unknown,
        retryCount: number,
      ) => {
        warn(`GitHub secondary rate limit on ${request.method} ${request.url}; retrying in ${retryAfter}s`);
        return retryCount < limit;
      },
    },
  });
}

function firstLine(error: unknown): string {
  const line = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
  return line.length > 200 ? `${line.slice(0, 200)}...` : line;
}

/** The HTTP status of a failed Octokit request; undefined for anything else (a network failure). */
export function httpStatus(error: unknown): number | undefined {
  return typeof error === "object" && error !== null && "status" in error && typeof error.status === "number"
    ? error.status
    : undefined;
}
