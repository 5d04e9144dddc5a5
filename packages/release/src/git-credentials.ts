/**
 * Git configuration through the environment (GIT_CONFIG_COUNT/KEY/VALUE) so every git command
 * semantic-release and this package run authenticates with the action's token, which never
 * appears on a command line or in a remote URL:
 * - a credential helper answers with `x-access-token` and $GITHUB_TOKEN, read from the
 *   environment by the helper itself;
 * - actions/checkout's persisted `http.<server>/.extraheader` is cleared, so that a token given
 *   as `github-token` (an App token whose pushes do start workflows) is the one used, not the
 *   job token checkout stored.
 */
export function gitCredentialEnv(baseEnv: NodeJS.ProcessEnv, serverUrl: string): NodeJS.ProcessEnv {
  const existing = Number.parseInt(baseEnv.GIT_CONFIG_COUNT ?? "0", 10);
  const start = Number.isInteger(existing) && existing > 0 ? existing : 0;
  const entries: Array<[string, string]> = [
    ["credential.helper", ""],
    [
      "credential.helper",
      '!f() { test "$1" = get || exit 0; echo username=x-access-token; echo "password=$GITHUB_TOKEN"; }; f',
    ],
    [`http.${serverUrl.replace(/\/+$/, "")}/.extraheader`, ""],
  ];
  const env: NodeJS.ProcessEnv = { GIT_CONFIG_COUNT: String(start + entries.length), GIT_TERMINAL_PROMPT: "0" };
  entries.forEach(([key, value], index) => {
    env[`GIT_CONFIG_KEY_${start + index}`] = key;
    env[`GIT_CONFIG_VALUE_${start + index}`] = value;
  });
  return env;
}
