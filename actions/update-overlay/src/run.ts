import { codeBlock, inputError, type Logger } from "@platform/action-kit";
import { type GitHubClient, httpStatus } from "@platform/github";
import {
  ApiTransport,
  type AutoMerge,
  commitMessage,
  type EditRequest,
  type LandResult,
  landEdits,
  openGitWorkspace,
  type RetryPolicy,
} from "@platform/gitops";
import { Outputs } from "./constants.ts";

export interface RunInputs {
  /** owner/name */
  repository: string;
  branch?: string;
  token: string;
  commitVia: "git" | "api";
  /** Git mode: an existing checkout to work in (absolute). */
  checkout?: string;
  request: EditRequest;
  message?: string;
  mode: "push" | "pull-request";
  prTitle?: string;
  prLabels: string[];
  prReviewers: string[];
  autoMerge: AutoMerge;
  dryRun: boolean;
}

export interface RunDeps {
  logger: Logger;
  /** The runner's context. */
  context: {
    serverUrl: string;
    currentRepository: string;
    workspace?: string;
    runnerTemp: string;
    runUrl?: string;
  };
  /** Base environment for git (PATH, HOME, proxies). */
  env: NodeJS.ProcessEnv;
  github: () => GitHubClient;
  retry?: Partial<RetryPolicy>;
}

export interface RunResult extends LandResult {
  outputs: Record<string, string | boolean>;
  summary: string;
}

/** Edits the GitOps repository and lands the change as a commit or a pull request. */
export async function run(inputs: RunInputs, deps: RunDeps): Promise<RunResult> {
  const { logger, context } = deps;
  let transport: ApiTransport | Awaited<ReturnType<typeof openGitWorkspace>>["transport"];
  let branch = inputs.branch;
  if (inputs.commitVia === "git") {
    const workspace = await openGitWorkspace({
      repository: inputs.repository,
      currentRepository: context.currentRepository,
      checkout: inputs.checkout,
      workspace: context.workspace,
      runnerTemp: context.runnerTemp,
      serverUrl: context.serverUrl,
      token: inputs.token,
      env: deps.env,
      logger,
    });
    transport = workspace.transport;
    branch ??= await workspace.defaultBranch();
  } else {
    transport = new ApiTransport({ client: deps.github(), repository: inputs.repository });
    const defaultBranch = await readRepository(deps.github(), inputs.repository);
    branch ??= defaultBranch;
  }
  const result = await landEdits({
    transport,
    repository: inputs.repository,
    branch,
    request: inputs.request,
    message: commitMessage(inputs.request, { template: inputs.message, runUrl: context.runUrl }),
    mode: inputs.mode,
    dryRun: inputs.dryRun,
    logger,
    retry: deps.retry,
    pullRequest: {
      client: deps.github,
      title: inputs.prTitle,
      labels: inputs.prLabels,
      reviewers: inputs.prReviewers,
      autoMerge: inputs.autoMerge,
    },
  });
  return {
    ...result,
    outputs: {
      [Outputs.Changed]: result.changed,
      [Outputs.Commit]: result.commit,
      [Outputs.PullRequest]: result.pullRequest,
      [Outputs.Files]: JSON.stringify(result.files),
      [Outputs.Diff]: result.diff,
    },
    summary: summarize(inputs, result, branch, context.serverUrl),
  };
}

/** The repository's default branch; a repository the token cannot see is the user's to fix. */
async function readRepository(client: GitHubClient, repository: string): Promise<string> {
  const [owner = "", repo = ""] = repository.split("/");
  try {
    return (await client.rest.repos.get({ owner, repo })).data.default_branch;
  } catch (error) {
    const status = httpStatus(error);
    if (status === 401 || status === 403 || status === 404) {
      throw inputError(
        "repository",
        repository,
        `cannot be read through the API (HTTP ${status})`,
        "check the name, and that the token can read it",
      );
    }
    throw error;
  }
}

function summarize(inputs: RunInputs, result: LandResult, branch: string, serverUrl: string): string {
  const lines = [`### update-overlay: ${inputs.repository}@${branch}`, ""];
  if (inputs.dryRun) lines.push("_dry run: nothing written_", "");
  else if (!result.changed && !result.pullRequest) lines.push("_no change_", "");
  if (result.pullRequest) lines.push(`Pull request: ${result.pullRequest}`, "");
  else if (result.changed && !inputs.dryRun) {
    const url = `${serverUrl.replace(/\/+$/, "")}/${inputs.repository}/commit/${result.commit}`;
    lines.push(`Commit: [${result.commit.slice(0, 12)}](${url})`, "");
  }
  lines.push(result.diff ? codeBlock(result.diff.trimEnd(), "diff") : "No file changed.", "");
  return lines.join("\n");
}
