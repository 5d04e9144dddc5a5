// The token git sends, apart from the code that runs git (and Node's child_process): the
// inputs mask the secret before anything else is loaded.
import type { GitConfigEntry } from "@platform/process";

/**
 * Configuration that makes git authenticate to `serverUrl` with a token: an extra header,
 * given through GIT_CONFIG_* variables by the runner (not argv, not the checkout's config).
 * The empty first value clears a header actions/checkout may have persisted, so exactly one
 * is sent.
 */
export function gitAuthConfig(serverUrl: string, token: string): GitConfigEntry[] {
  const key = `http.${serverUrl.replace(/\/+$/, "")}/.extraheader`;
  return [
    [key, ""],
    [key, `AUTHORIZATION: basic ${gitAuthSecret(token)}`],
  ];
}

/** The base64 credential gitAuthConfig sends, so callers can mask it too. */
export function gitAuthSecret(token: string): string {
  return Buffer.from(`x-access-token:${token}`).toString("base64");
}
