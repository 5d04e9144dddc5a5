import { describe, expect, it } from "@jest/globals";
import { ConfigurationError } from "@platform/action-kit";
import { confineEnvironment, keptForRelease, releaseEnvironment } from "../src/environment.ts";
import { refusePullRequestEvent } from "../src/trigger.ts";

describe("the environment semantic-release gets", () => {
  it.each([
    // The runner's plumbing and credentials.
    ["INPUT_GITHUB-TOKEN", false],
    ["INPUT_JOB-TOKEN", false],
    ["INPUT_DRY-RUN", false],
    ["ACTIONS_ID_TOKEN_REQUEST_TOKEN", false],
    ["ACTIONS_ID_TOKEN_REQUEST_URL", false],
    ["ACTIONS_RUNTIME_TOKEN", false],
    ["ACTIONS_RUNTIME_URL", false],
    ["ACTIONS_CACHE_URL", false],
    ["ACTIONS_RESULTS_URL", false],
    ["STATE_isPost", false],
    // Second git credentials: github-token is the one token.
    ["GH_TOKEN", false],
    ["GIT_CREDENTIALS", false],
    ["GL_TOKEN", false],
    ["GITLAB_TOKEN", false],
    ["BB_TOKEN", false],
    ["BITBUCKET_TOKEN", false],
    ["BB_TOKEN_BASIC_AUTH", false],
    ["BITBUCKET_TOKEN_BASIC_AUTH", false],
    // What env-ci reads to recognise a GitHub Actions run.
    ["GITHUB_ACTIONS", true],
    ["GITHUB_EVENT_NAME", true],
    ["GITHUB_EVENT_PATH", true],
    ["GITHUB_REF", true],
    ["GITHUB_SHA", true],
    ["GITHUB_RUN_ID", true],
    ["GITHUB_SERVER_URL", true],
    ["GITHUB_REPOSITORY", true],
    ["GITHUB_WORKSPACE", true],
    ["CI", true],
    ["RUNNER_TEMP", true],
    ["RUNNER_DEBUG", true],
    // What the github plugin reads.
    ["GITHUB_TOKEN", true],
    ["GITHUB_API_URL", true],
    ["GH_URL", true],
    ["GITHUB_URL", true],
    ["GH_PREFIX", true],
    ["http_proxy", true],
    ["HTTPS_PROXY", true],
    ["NO_PROXY", true],
    // What git needs, and the workflow's own variables.
    ["HOME", true],
    ["PATH", true],
    ["GIT_CONFIG_COUNT", true],
    ["GIT_SSH_COMMAND", true],
    ["SSH_AUTH_SOCK", true],
    ["NODE_EXTRA_CA_CERTS", true],
    ["RELEASE_CHANNEL", true],
    // Near misses of the dropped prefixes.
    ["MY_INPUT_FILE", true],
    ["GITHUB_ACTION", true],
    ["GITHUB_ACTIONS_STEP", true],
  ])("%s kept: %s", (name, kept) => {
    expect(keptForRelease(name)).toBe(kept);
    expect(Object.keys(releaseEnvironment({ [name]: "value" }))).toEqual(kept ? [name] : []);
  });

  it("leaves its argument alone and skips unset variables", () => {
    const env = { PATH: "/bin", INPUT_X: "secret", EMPTY: undefined };
    expect(releaseEnvironment(env)).toEqual({ PATH: "/bin" });
    expect(env).toEqual({ PATH: "/bin", INPUT_X: "secret", EMPTY: undefined });
  });

  it("confineEnvironment removes the same variables from the object itself", () => {
    const env: NodeJS.ProcessEnv = {
      PATH: "/bin",
      GITHUB_REPOSITORY: "octo-org/app",
      INPUT_GITHUB_TOKEN: "ghs_secret",
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: "oidc",
      ACTIONS_RUNTIME_TOKEN: "runtime",
      GH_TOKEN: "other",
    };
    expect(confineEnvironment(env)).toEqual([
      "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
      "ACTIONS_RUNTIME_TOKEN",
      "GH_TOKEN",
      "INPUT_GITHUB_TOKEN",
    ]);
    expect(env).toEqual({ PATH: "/bin", GITHUB_REPOSITORY: "octo-org/app" });
  });
});

describe("refusePullRequestEvent", () => {
  it.each(["pull_request", "pull_request_target"])("refuses %s in one line", (event) => {
    expect(() => refusePullRequestEvent(event)).toThrow(ConfigurationError);
    expect(() => refusePullRequestEvent(event)).toThrow(/^release does not run on pull_request/);
  });
  it.each(["push", "workflow_dispatch", ""])("lets %j run", (event) => {
    expect(() => refusePullRequestEvent(event)).not.toThrow();
  });
});
