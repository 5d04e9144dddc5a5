import { ConfigurationError } from "@platform/action-kit";

/**
 * Events whose checkout holds a pull request's code: its `.releaserc`/`release.config.*` is
 * code that semantic-release runs in the process holding the token. A release runs only on
 * pushes to protected branches (or a manual dispatch there).
 */
const PULL_REQUEST_EVENTS = ["pull_request", "pull_request_target"];

export function refusePullRequestEvent(eventName: string): void {
  if (PULL_REQUEST_EVENTS.includes(eventName)) {
    throw new ConfigurationError(
      `release does not run on ${eventName} events: a pull request's release config is code that would run with the token; run it on push to a protected branch (e.g. on: push: branches: [main]).`,
    );
  }
}
