/**
 * The child-environment policies of the suite, side by side: each names what a kind of child
 * gets from the step's environment.
 * - `childEnvironment`: the default of every Exec: all but the step's inputs and the OIDC request.
 * - `gitBaseEnvironment`: git talking to a GitHub remote (update-overlay): what git needs from the
 *   runner, proxies included, and nothing else (no other step's secrets).
 * - `terraformEnvironment`: terraform (drift-report): `childEnvironment` keeping the OIDC request
 *   (providers' use_oidc), never prompting.
 * - `releaseEnvironment` / `confineEnvironment`: semantic-release and the git it runs: all but the
 *   runner's plumbing and other git credentials.
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

/**
 * The environment terraform runs with: the runner's minus the step's inputs (the GitHub token
 * is one), never prompting. The OIDC request variables stay: providers' use_oidc reads them.
 */
export function terraformEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { TF_IN_AUTOMATION: "1", TF_INPUT: "0", ...childEnvironment(env, { keep: OIDC_REQUEST_VARIABLES }) };
}

/**
 * Variables semantic-release, its bundled plugins and the git they run never read, which the
 * runner fills with credentials or plumbing:
 * - `INPUT_*`: the step's inputs, github-token among them (it is handed over as GITHUB_TOKEN);
 * - `ACTIONS_*`: ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN (they mint OIDC tokens for the job: cloud
 *   credentials), ACTIONS_RUNTIME_TOKEN/_URL, ACTIONS_CACHE_URL, ACTIONS_RESULTS_URL (cache and
 *   artifact services);
 * - `STATE_*`: a post step's saved state;
 * - the other git credentials semantic-release would try for its pushes besides GITHUB_TOKEN
 *   (and GH_TOKEN, which the github plugin prefers to it): github-token is the one token used.
 */
const dropped = [/^INPUT_/, /^ACTIONS_/, /^STATE_/];
const otherCredentials = new Set([
  "GH_TOKEN",
  "GIT_CREDENTIALS",
  "GL_TOKEN",
  "GITLAB_TOKEN",
  "BB_TOKEN",
  "BITBUCKET_TOKEN",
  "BB_TOKEN_BASIC_AUTH",
  "BITBUCKET_TOKEN_BASIC_AUTH",
]);

/**
 * Whether semantic-release gets a variable. Everything not dropped above is kept, notably what
 * env-ci reads to recognise the run (GITHUB_ACTIONS, GITHUB_EVENT_NAME, GITHUB_EVENT_PATH,
 * GITHUB_REF, GITHUB_SHA, GITHUB_RUN_ID, GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_WORKSPACE),
 * CI and RUNNER_*, what the github plugin reads (GITHUB_TOKEN, GH_URL/GITHUB_URL, GITHUB_API_URL,
 * GH_PREFIX, http_proxy/HTTP_PROXY), what git needs (HOME, PATH, GIT_*, SSH_AUTH_SOCK, proxy and
 * CA variables), and the workflow's own `env:`, which a release.config.js may read.
 */
export function keptForRelease(name: string): boolean {
  return !otherCredentials.has(name) && !dropped.some((pattern) => pattern.test(name));
}

/** `env` without the variables semantic-release does not get. */
export function releaseEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const result: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && keptForRelease(name)) result[name] = value;
  }
  return result;
}

/**
 * Removes the same variables from `target` itself (the action's process.env, once its inputs
 * are read): semantic-release runs git through execa, which adds process.env to the environment
 * it is handed, and the plugins run in this process. Returns the names removed.
 */
export function confineEnvironment(target: NodeJS.ProcessEnv): string[] {
  const removed = Object.keys(target).filter((name) => !keptForRelease(name));
  for (const name of removed) delete target[name];
  return removed.sort();
}
