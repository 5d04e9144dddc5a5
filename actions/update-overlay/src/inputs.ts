import { type InputNames, InputReader, inputError, mask, type RunnerContext } from "@platform/action-kit";
import {
  type AutoMerge,
  buildEditRequest,
  type GitopsField,
  gitAuthSecret,
  isBranchName,
  isRepositoryName,
} from "@platform/gitops";
import { Inputs } from "./constants.ts";
import type { RunInputs } from "./run.ts";

/** The input behind each field @platform/gitops may refuse: runAction words its errors with these names. */
export const INPUT_NAMES: InputNames<GitopsField> = {
  overlay: Inputs.Overlay,
  images: Inputs.Images,
  replicas: Inputs.Replicas,
  set: Inputs.Set,
  repository: Inputs.Repository,
  branch: Inputs.Branch,
  checkout: Inputs.Path,
  mode: Inputs.Mode,
  commitVia: Inputs.CommitVia,
  allowCreate: Inputs.AllowCreate,
};

/** Reads and checks every input once, masking the token (and the header git sends) the moment it is read. */
export function readInputs(runner: RunnerContext, input: InputReader = new InputReader()): RunInputs {
  const token = input.string(Inputs.GitHubToken);
  mask(token);
  if (token) mask(gitAuthSecret(token));
  const repository = input.string(Inputs.Repository, { default: runner.repository });
  if (!isRepositoryName(repository)) {
    throw inputError(Inputs.Repository, repository, "is not owner/name", "write it as owner/name");
  }
  const branch = input.optional(Inputs.Branch);
  if (branch !== undefined && !isBranchName(branch)) {
    throw inputError(Inputs.Branch, branch, "is not a valid branch name", "name an existing branch, e.g. main");
  }
  const checkout = input.optional(Inputs.Path) ? input.pathInside(Inputs.Path, runner.workspace) : undefined;
  return {
    repository,
    branch,
    token,
    commitVia: input.choice(Inputs.CommitVia, ["git", "api"] as const, "git"),
    checkout,
    request: buildEditRequest({
      overlay: input.optional(Inputs.Overlay),
      images: input.list(Inputs.Images),
      replicas: input.list(Inputs.Replicas),
      set: input.list(Inputs.Set),
      allowCreate: input.boolean(Inputs.AllowCreate, false),
    }),
    message: input.optional(Inputs.Message),
    mode: input.choice(Inputs.Mode, ["push", "pull-request"] as const, "push"),
    prTitle: input.optional(Inputs.PrTitle),
    prLabels: input.list(Inputs.PrLabels, { commas: true }),
    prReviewers: input.list(Inputs.PrReviewers, { commas: true }),
    autoMerge: input.choice<AutoMerge>(Inputs.AutoMerge, ["merge", "squash", "rebase"] as AutoMerge[], ""),
    dryRun: input.boolean(Inputs.DryRun, false),
  };
}
