import { codeBlock, type Logger } from "@platform/action-kit";
import type { GitHubClient } from "@platform/github";
import { unifiedDiff } from "./diff.ts";
import { pullRequestBranch } from "./message.ts";
import { applyEdits, type FileChange } from "./plan.ts";
import { type AutoMerge, openOrUpdatePullRequest } from "./pull-request.ts";
import type { EditRequest } from "./request.ts";
import { type CommitOutcome, commitWithRetry, type RetryPolicy, type Transport } from "./retry.ts";

interface LandOptions {
  transport: Transport;
  /** owner/name, for the pull request and its branch name. */
  repository: string;
  branch: string;
  request: EditRequest;
  /** The full commit message, trailers included (see commitMessage). */
  message: string;
  mode: "push" | "pull-request";
  dryRun: boolean;
  logger: Logger;
  retry?: Partial<RetryPolicy>;
  /** The branch's head as the caller just read it (see commitWithRetry): one fetch less. */
  knownHead?: string;
  /**
   * Nothing is sent before this settles, nothing at all when it rejects (see commitWithRetry):
   * a promotion lands while its images still copy, and only the push waits for them.
   */
  writeAfter?: Promise<unknown>;
  /** Needed in pull-request mode. */
  pullRequest?: {
    client: () => GitHubClient;
    title?: string;
    labels: string[];
    reviewers: string[];
    autoMerge: AutoMerge;
  };
}

export interface LandResult {
  /** A file changed (and, unless dry-run, a commit was made). */
  changed: boolean;
  /** The new commit, or the head the values were found on. */
  commit: string;
  /** The pull request URL in pull-request mode. */
  pullRequest: string;
  /** The branch the commit went to. */
  branch: string;
  changes: FileChange[];
  files: string[];
  diff: string;
}

/**
 * Lands the request: in push mode one pass (edits computed on the head they are committed
 * onto, re-applied on a lost race); in pull-request mode the base decides whether there is
 * anything to do, then the deterministic branch gets the commit and its one pull request
 * is opened or updated. Dry-run computes the diff against the branch and writes nothing.
 */
export async function landEdits(options: LandOptions): Promise<LandResult> {
  const { logger, branch } = options;
  const common = {
    transport: options.transport,
    edit: (snapshot: Parameters<typeof applyEdits>[1]) => applyEdits(options.request, snapshot),
    message: options.message,
    logger,
    retry: options.retry,
  };
  const describe = (outcome: CommitOutcome, target: string): LandResult => {
    const diff = unifiedDiff(outcome.changes);
    if (diff) logger.info(`Changes on ${options.repository}@${branch}:\n${diff}`);
    else logger.info(`${options.repository}@${branch} already has these values: nothing to commit`);
    return {
      changed: outcome.changed,
      commit: outcome.commit,
      pullRequest: "",
      branch: target,
      changes: outcome.changes,
      files: outcome.changes.map((change) => change.path),
      diff,
    };
  };

  const knownHead = options.knownHead !== undefined ? { knownHead: options.knownHead } : {};
  const writeAfter = options.writeAfter !== undefined ? { writeAfter: options.writeAfter } : {};
  if (options.mode === "push" && !options.dryRun) {
    const outcome = await commitWithRetry({ ...common, branch, ...knownHead, ...writeAfter });
    if (outcome.changed) logger.info(`Committed ${outcome.commit} after ${outcome.attempts} attempt(s)`);
    return describe(outcome, branch);
  }
  const base = describe(await commitWithRetry({ ...common, branch, dryRun: true, ...knownHead }), branch);
  if (!base.changed || options.dryRun) return base;

  const pr = options.pullRequest;
  if (!pr) throw new Error("pull-request mode needs the pullRequest options");
  const head = pullRequestBranch({ repository: options.repository, branch }, options.request);
  const outcome = await commitWithRetry({ ...common, branch: head, createFrom: branch, ...writeAfter });
  if (outcome.changed) logger.info(`Committed ${outcome.commit} to ${head} after ${outcome.attempts} attempt(s)`);
  else logger.info(`${head} already has these values`);
  const [subject = "", ...body] = options.message.split("\n");
  // The branch may have held these values already (no push above): the pull request is a write too.
  await options.writeAfter;
  const pull = await openOrUpdatePullRequest({
    client: pr.client(),
    repository: options.repository,
    head,
    base: branch,
    title: pr.title || subject,
    body: `${body.join("\n").trim()}\n\n${codeBlock(base.diff, "diff")}\n`,
    labels: pr.labels,
    reviewers: pr.reviewers,
    autoMerge: pr.autoMerge,
    logger,
  });
  return { ...base, changed: outcome.changed, commit: outcome.commit, pullRequest: pull.url, branch: head };
}
