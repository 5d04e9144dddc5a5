import {
  actionsLogger,
  InputReader,
  inputError,
  mask,
  runAction,
  setOutputs,
  writeSummary,
} from "@platform/action-kit";
import { runUrl, workflowRun } from "@platform/action-kit/github-context";
import { createGitHubClient, type GitHubClient } from "@platform/github";
import { type AutoMerge, buildEditRequest, gitAuthSecret, isBranchName, isRepositoryName } from "@platform/gitops";
import { Inputs, Outputs } from "./constants.ts";
import { run } from "./run.ts";

void runAction(async () => {
  const input = new InputReader();
  const env = process.env;
  const github = workflowRun();
  const token = input.string(Inputs.Token);
  mask(token);
  if (token) mask(gitAuthSecret(token));
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const repository = input.string(Inputs.Repository, { default: github.repository });
  if (!isRepositoryName(repository)) {
    throw inputError(Inputs.Repository, repository, "is not owner/name", "write it as owner/name");
  }
  const branch = input.optional(Inputs.Branch);
  if (branch !== undefined && !isBranchName(branch)) {
    throw inputError(Inputs.Branch, branch, "is not a valid branch name", "name an existing branch, e.g. main");
  }
  const checkout = input.optional(Inputs.Path) ? input.pathInside(Inputs.Path, workspace) : undefined;
  const request = buildEditRequest({
    overlay: input.optional(Inputs.Overlay),
    images: input.list(Inputs.Images),
    replicas: input.list(Inputs.Replicas),
    set: input.list(Inputs.Set),
    allowCreate: input.boolean(Inputs.AllowCreate, false),
  });
  const inputs = {
    repository,
    branch,
    token,
    commitVia: input.choice(Inputs.CommitVia, ["git", "api"] as const, "git"),
    checkout,
    request,
    message: input.optional(Inputs.Message),
    mode: input.choice(Inputs.Mode, ["push", "pull-request"] as const, "push"),
    prTitle: input.optional(Inputs.PrTitle),
    prLabels: input.list(Inputs.PrLabels, { commas: true }),
    prReviewers: input.list(Inputs.PrReviewers, { commas: true }),
    autoMerge: input.choice<AutoMerge>(Inputs.AutoMerge, ["merge", "squash", "rebase"] as AutoMerge[], ""),
    dryRun: input.boolean(Inputs.DryRun, false),
  };
  let client: GitHubClient | undefined;
  const result = await run(inputs, {
    logger: actionsLogger,
    context: {
      serverUrl: github.serverUrl,
      currentRepository: github.repository,
      workspace: env.GITHUB_WORKSPACE,
      runnerTemp: env.RUNNER_TEMP ?? workspace,
      runUrl: runUrl(github),
    },
    // What git needs from the runner, proxies included; nothing else (no other step's secrets).
    env: Object.fromEntries(
      [
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
      ]
        .filter((name) => env[name] !== undefined)
        .map((name) => [name, env[name]]),
    ),
    github: () => {
      client ??= createGitHubClient({ token, baseUrl: github.apiUrl, log: actionsLogger });
      return client;
    },
  });
  setOutputs({
    [Outputs.Changed]: result.changed,
    [Outputs.Commit]: result.commit,
    [Outputs.PullRequest]: result.pullRequest,
    [Outputs.Files]: JSON.stringify(result.files),
    [Outputs.Diff]: result.diff,
  });
  await writeSummary(result.summary);
});
