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
