/**
 * The child-environment policies of the suite, side by side: each names what a kind of child
 * gets from the step's environment.
 * - `childEnvironment`: the default of every Exec: all but the step's inputs and the OIDC request.
 * - `gitBaseEnvironment`: git talking to a GitHub remote (update-overlay): what git needs from the
 *   runner, proxies included, and nothing else (no other step's secrets).
 * - terraform's (`terraformEnvironment` in @platform/terraform) and semantic-release's
 *   (`releaseEnvironment` in @platform/release) keep their lists beside the tool they serve.
 */
const OIDC_REQUEST = /^ACTIONS_ID_TOKEN_REQUEST_/;

const GIT_BASE_VARIABLES = [
  "PATH",
  "HOME",
  "LANG",
  "TMPDIR",
  "HTTP_PROXY",
  "HTTPS_PROXY",
  "NO_PROXY",
  "http_proxy",
  "https_proxy",
  "no_proxy",
] as const;

/** What git needs from the runner (PATH, HOME, locale, temp, proxies); nothing else. */
export function gitBaseEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(
    GIT_BASE_VARIABLES.filter((name) => env[name] !== undefined).map((name) => [name, env[name]]),
  );
}

/**
 * The environment a child command gets: ours, minus the step's inputs (a password or token
 * input is an INPUT_* variable) and the OIDC request variables, which only a command that
 * asks for its own token needs: name those in `keep` (terraform providers' use_oidc does).
 */
export function childEnvironment(
  env: NodeJS.ProcessEnv,
  options: { keep?: readonly string[] } = {},
): NodeJS.ProcessEnv {
  const keep = new Set(options.keep ?? []);
  const result: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined || key.startsWith("INPUT_")) continue;
    if (OIDC_REQUEST.test(key) && !keep.has(key)) continue;
    result[key] = value;
  }
  return result;
}

/** The OIDC request variables, for `childEnvironment(env, { keep: OIDC_REQUEST_VARIABLES })`. */
export const OIDC_REQUEST_VARIABLES = ["ACTIONS_ID_TOKEN_REQUEST_URL", "ACTIONS_ID_TOKEN_REQUEST_TOKEN"] as const;

/** `base` with `overrides` applied: a string sets a variable, undefined removes it. */
export function withOverrides(
  base: NodeJS.ProcessEnv,
  overrides: Record<string, string | undefined> | undefined,
): NodeJS.ProcessEnv {
  const result = { ...base };
  for (const [key, value] of Object.entries(overrides ?? {})) {
    if (value === undefined) delete result[key];
    else result[key] = value;
  }
  return result;
}
