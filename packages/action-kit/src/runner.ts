import os from "node:os";

/**
 * Everything an action knows about the runner and the run, read once from the variables the
 * runner sets. The one place in the suite that reads GITHUB_* and RUNNER_* (the layout test
 * holds every other file to it); the defaults are @actions/github's, so a run outside a runner
 * (tests, a laptop) gets github.com's URLs and empty names.
 */
export interface RunnerContext {
  /** GITHUB_WORKSPACE, else the current directory. */
  workspace: string;
  /** RUNNER_TEMP, else the system's temporary directory. */
  temp: string;
  /** owner/name, or empty outside a run. */
  repository: string;
  owner: string;
  repo: string;
  runId: string;
  runNumber: string;
  sha: string;
  ref: string;
  /** The head branch of a pull request (GITHUB_HEAD_REF), else empty. */
  headRef: string;
  eventName: string;
  actor: string;
  serverUrl: string;
  apiUrl: string;
  graphqlUrl: string;
  /** The link to this run's page, or undefined outside a run. */
  runUrl: string | undefined;
}

export function runnerContext(env: NodeJS.ProcessEnv = process.env): RunnerContext {
  const repository = env.GITHUB_REPOSITORY ?? "";
  const [owner = "", repo = ""] = repository.includes("/") ? repository.split("/") : [];
  const serverUrl = (env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, "");
  const runId = env.GITHUB_RUN_ID ?? "";
  return {
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    temp: env.RUNNER_TEMP ?? os.tmpdir(),
    repository,
    owner: env.GITHUB_REPOSITORY_OWNER ?? owner,
    repo,
    runId,
    runNumber: env.GITHUB_RUN_NUMBER ?? "",
    sha: env.GITHUB_SHA ?? "",
    ref: env.GITHUB_REF ?? "",
    headRef: env.GITHUB_HEAD_REF ?? "",
    eventName: env.GITHUB_EVENT_NAME ?? "",
    actor: env.GITHUB_ACTOR ?? "",
    serverUrl,
    apiUrl: env.GITHUB_API_URL ?? "https://api.github.com",
    graphqlUrl: env.GITHUB_GRAPHQL_URL ?? "https://api.github.com/graphql",
    runUrl: owner && repo && /^\d+$/.test(runId) ? `${serverUrl}/${repository}/actions/runs/${runId}` : undefined,
  };
}
