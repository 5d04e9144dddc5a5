import type { GitCredentials } from "@platform/process";

/**
 * The credentials of the git commands that talk to the remote (the runner of @platform/process
 * gives them to those alone, through GIT_CONFIG_* variables), so the token never appears on a
 * command line or in a remote URL:
 * - a credential helper answers with `x-access-token` and $GITHUB_TOKEN, read from the
 *   environment by the helper itself;
 * - actions/checkout's persisted `http.<server>/.extraheader` is cleared, so that a token given
 *   as `github-token` (an App token whose pushes do start workflows) is the one used, not the
 *   job token checkout stored.
 */
export function gitCredentials(serverUrl: string, token: string): GitCredentials {
  return {
    config: [
      ["credential.helper", ""],
      [
        "credential.helper",
        '!f() { test "$1" = get || exit 0; echo username=x-access-token; echo "password=$GITHUB_TOKEN"; }; f',
      ],
      [`http.${serverUrl.replace(/\/+$/, "")}/.extraheader`, ""],
    ],
    env: { GITHUB_TOKEN: token },
  };
}
