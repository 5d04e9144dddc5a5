import { mkdirSync, mkdtempSync } from "node:fs";
import path from "node:path";
import { ConfigurationError, codeBlock, type Logger } from "@platform/action-kit";
import type { GitHubClient } from "@platform/github";
import {
  ApiTransport,
  type AutoMerge,
  applyEdits,
  type CommitOutcome,
  commitMessage,
  commitWithRetry,
  createGit,
  type EditRequest,
  type Git,
  GitTransport,
  gitAuthEnv,
  openOrUpdatePullRequest,
  pullRequestBranch,
  type RetryPolicy,
  spawnGitIn,
  type Transport,
  unifiedDiff,
} from "@platform/gitops";

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
  /** Base environment for git (PATH, HOME...). */
  env: NodeJS.ProcessEnv;
  github: () => GitHubClient;
  retry?: Partial<RetryPolicy>;
}

export interface RunResult {
  changed: boolean;
  commit: string;
  pullRequest: string;
  files: string[];
  diff: string;
  summary: string;
}

async function isCheckout(dir: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  const result = await createGit(dir, env)(["rev-parse", "--show-toplevel"]).catch(() => undefined);
  return result?.exitCode === 0 && path.resolve(result.stdout.trim()) === path.resolve(dir);
}

async function gitWorkspace(inputs: RunInputs, deps: RunDeps): Promise<GitSide> {
  const auth = inputs.token ? gitAuthEnv(deps.context.serverUrl, inputs.token) : {};
  const env = { ...deps.env, GIT_TERMINAL_PROMPT: "0", ...auth };
  if (inputs.checkout) {
    if (!(await isCheckout(inputs.checkout, deps.env))) {
      throw new ConfigurationError(
        `Input "path": ${JSON.stringify(inputs.checkout)} is not the top of a git checkout; check out the repository there or leave path empty.`,
      );
    }
    return side(inputs.checkout, env);
  }
  const workspace = deps.context.workspace;
  const current = inputs.repository.toLowerCase() === deps.context.currentRepository.toLowerCase();
  if (current && workspace && (await isCheckout(workspace, deps.env))) {
    return side(workspace, env);
  }
  // No checkout: an empty repository in RUNNER_TEMP fetching only the branch tips it needs.
  mkdirSync(deps.context.runnerTemp, { recursive: true });
  const dir = mkdtempSync(path.join(deps.context.runnerTemp, "update-overlay-"));
  const created = side(dir, env);
  const git = created.git;
  const url = `${deps.context.serverUrl.replace(/\/+$/, "")}/${inputs.repository}.git`;
  for (const args of [
    ["init", "--quiet"],
    ["remote", "add", "origin", url],
    ["config", "core.autocrlf", "false"],
  ]) {
    const result = await git(args);
    if (result.exitCode !== 0) throw new Error(`git ${args[0]} failed: ${result.stderr.trim()}`);
  }
  deps.logger.info(`Working in a fresh repository in RUNNER_TEMP fetching from ${url}`);
  return created;
}

interface GitSide {
  git: Git;
  spawnGit: ReturnType<typeof spawnGitIn>;
  remote: string;
}

function side(dir: string, env: NodeJS.ProcessEnv): GitSide {
  return { git: createGit(dir, env), spawnGit: spawnGitIn(dir, env), remote: "origin" };
}

async function defaultBranch(inputs: RunInputs, deps: RunDeps, git?: GitSide): Promise<string> {
  if (inputs.branch) return inputs.branch;
  if (git) {
    const result = await git.git(["ls-remote", "--symref", git.remote, "HEAD"]);
    const match = /^ref: refs\/heads\/(\S+)\tHEAD$/m.exec(result.stdout);
    if (result.exitCode === 0 && match?.[1]) return match[1];
    throw new Error(`cannot read the default branch of ${inputs.repository}: ${result.stderr.trim()}`);
  }
  const [owner = "", repo = ""] = inputs.repository.split("/");
  const { data } = await deps.github().rest.repos.get({ owner, repo });
  return data.default_branch;
}

/** Edits the GitOps repository and lands the change as a commit or a pull request. */
export async function run(inputs: RunInputs, deps: RunDeps): Promise<RunResult> {
  const { logger } = deps;
  const gitSide = inputs.commitVia === "git" ? await gitWorkspace(inputs, deps) : undefined;
  const transport: Transport = gitSide
    ? new GitTransport({ git: gitSide.git, spawnGit: gitSide.spawnGit, remote: gitSide.remote })
    : new ApiTransport({ client: deps.github(), repository: inputs.repository });
  const branch = await defaultBranch(inputs, deps, gitSide);
  const message = commitMessage(inputs.request, { template: inputs.message, runUrl: deps.context.runUrl });
  const edit = (snapshot: Parameters<typeof applyEdits>[1]) => applyEdits(inputs.request, snapshot);
  const common = { transport, edit, message, logger, retry: deps.retry };

  const result: RunResult = { changed: false, commit: "", pullRequest: "", files: [], diff: "", summary: "" };
  const report = (outcome: CommitOutcome): void => {
    result.changed = outcome.changed;
    result.commit = outcome.commit;
    result.files = outcome.changes.map((change) => change.path);
    result.diff = unifiedDiff(outcome.changes);
    if (result.diff) logger.info(`Changes on ${inputs.repository}@${branch}:\n${result.diff}`);
    else logger.info(`${inputs.repository}@${branch} already has these values: nothing to commit`);
  };

  if (inputs.mode === "push" && !inputs.dryRun) {
    // One pass: the edits are computed on the head they are committed onto.
    const outcome = await commitWithRetry({ ...common, branch });
    report(outcome);
    if (outcome.changed) logger.info(`Committed ${outcome.commit} after ${outcome.attempts} attempt(s)`);
    result.summary = summarize(inputs, result, branch, deps, outcome.changed ? "" : "no change");
    return result;
  }

  // Dry run, or pull-request mode: the base decides whether there is anything to do.
  const base = await commitWithRetry({ ...common, branch, dryRun: true });
  report(base);
  if (!base.changed || inputs.dryRun) {
    result.summary = summarize(inputs, result, branch, deps, inputs.dryRun ? "dry run: nothing written" : "no change");
    return result;
  }
  const head = pullRequestBranch({ repository: inputs.repository, branch }, inputs.request);
  const outcome = await commitWithRetry({ ...common, branch: head, createFrom: branch });
  if (outcome.changed) logger.info(`Committed ${outcome.commit} to ${head} after ${outcome.attempts} attempt(s)`);
  else logger.info(`${head} already has these values`);
  const subject = message.split("\n")[0] ?? "";
  const pull = await openOrUpdatePullRequest({
    client: deps.github(),
    repository: inputs.repository,
    head,
    base: branch,
    title: inputs.prTitle || subject,
    body: `${message.split("\n").slice(1).join("\n").trim()}\n\n${codeBlock(result.diff, "diff")}\n`,
    labels: inputs.prLabels,
    reviewers: inputs.prReviewers,
    autoMerge: inputs.autoMerge,
    logger,
  });
  result.pullRequest = pull.url;
  result.changed = outcome.changed;
  result.commit = outcome.commit;
  result.summary = summarize(inputs, result, branch, deps, "");
  return result;
}

function summarize(inputs: RunInputs, result: RunResult, branch: string, deps: RunDeps, note: string): string {
  const server = deps.context.serverUrl.replace(/\/+$/, "");
  const lines = [`### update-overlay: ${inputs.repository}@${branch}`, ""];
  if (note) lines.push(`_${note}_`, "");
  if (result.pullRequest) lines.push(`Pull request: ${result.pullRequest}`, "");
  else if (result.changed && !inputs.dryRun)
    lines.push(`Commit: [${result.commit.slice(0, 12)}](${server}/${inputs.repository}/commit/${result.commit})`, "");
  lines.push(result.diff ? codeBlock(result.diff.trimEnd(), "diff") : "No file changed.", "");
  return lines.join("\n");
}
