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

/** The variables of a remote git environment that carry its credentials and its no-prompt rule. */
const INHERITED = /^(GIT_CONFIG_COUNT|GIT_CONFIG_KEY_\d+|GIT_CONFIG_VALUE_\d+|GIT_TERMINAL_PROMPT|GITHUB_TOKEN)$/;

/**
 * Runs `work` with the credentials of `remoteEnv` also in this process's environment, then
 * puts it back. semantic-release lists the remote's branches (`branches/expand.js`) with only
 * `cwd`, so that one `git ls-remote` inherits this process's environment instead of the `env`
 * it was given: without this, a private repository checked out with `persist-credentials:
 * false` answers 401 and git fails asking for a user name. Nothing goes on a command line or
 * into .git/config.
 */
export async function withInheritedCredentials<T>(remoteEnv: NodeJS.ProcessEnv, work: () => Promise<T>): Promise<T> {
  const saved = new Map<string, string | undefined>();
  for (const [name, value] of Object.entries(remoteEnv)) {
    if (!INHERITED.test(name) || value === undefined) continue;
    saved.set(name, process.env[name]);
    process.env[name] = value;
  }
  try {
    return await work();
  } finally {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}
