// @actions/github's Context class from its own file: its index also builds Octokit and loads
// @actions/http-client and undici, which reading the run's variables does not need.
import { Context } from "../../../node_modules/@actions/github/lib/context.js";

let cached: Context | undefined;

/**
 * The workflow run this step belongs to, from @actions/github's context (read once, at the
 * first call). A subpath module (`@platform/action-kit/github-context`).
 */
export interface WorkflowRun {
  /** Empty when GITHUB_REPOSITORY is not set (outside a runner). */
  owner: string;
  repo: string;
  /** owner/repo, or empty. */
  repository: string;
  runId: number;
  runNumber: number;
  sha: string;
  ref: string;
  serverUrl: string;
  apiUrl: string;
  graphqlUrl: string;
  actor: string;
  eventName: string;
}

export function workflowRun(): WorkflowRun {
  cached ??= new Context();
  const context = cached;
  const [owner = "", repo = ""] = process.env.GITHUB_REPOSITORY ? [context.repo.owner, context.repo.repo] : [];
  return {
    owner,
    repo,
    repository: owner && repo ? `${owner}/${repo}` : "",
    runId: context.runId,
    runNumber: context.runNumber,
    sha: context.sha,
    ref: context.ref,
    serverUrl: context.serverUrl,
    apiUrl: context.apiUrl,
    graphqlUrl: context.graphqlUrl,
    actor: context.actor,
    eventName: context.eventName,
  };
}

/** The link to this workflow run's page, or undefined outside a run. */
export function runUrl(run: WorkflowRun = workflowRun()): string | undefined {
  if (!run.repository || !Number.isFinite(run.runId)) return undefined;
  return `${run.serverUrl}/${run.repository}/actions/runs/${run.runId}`;
}
