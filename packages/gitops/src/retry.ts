import { FieldError, type Logger, shownValue } from "@platform/action-kit";
import type { GitopsField } from "./fields.ts";
import type { FileChange } from "./plan.ts";
import type { Snapshot } from "./tree.ts";

/** What a commit is asked to do: `changes` on top of `parent`, then `branch` moved there. */
export interface CommitRequest {
  branch: string;
  parent: string;
  create: boolean;
  changes: FileChange[];
  message: string;
}

export type CommitResult =
  | { status: "committed"; commit: string }
  | { status: "stale"; detail: string; moved?: boolean };

/** A commit built where only this process sees it (nothing sent yet); `push` moves the branch. */
export interface PreparedCommit {
  commit: string;
  /** The same compare-and-swap as Transport.commit: never a force. */
  push(): Promise<CommitResult>;
}

/** Where commits go: a git remote (git mode) or GitHub's API (api mode). */
export interface Transport {
  /** The branch's current head on the remote, fetched fresh; undefined when it does not exist. */
  head(branch: string): Promise<string | undefined>;
  snapshot(commit: string): Promise<Snapshot>;
  /**
   * Commits `changes` on top of `parent` and moves `branch` there, but only if the branch
   * still points at `parent` (or, with `create`, does not exist yet): never a force.
   * "stale" means somebody else moved the branch first, or that the remote refused the update;
   * `moved` says the remote itself reported a different head (so no rule refused it).
   */
  commit(request: CommitRequest): Promise<CommitResult>;
  /**
   * Only where building a commit writes nothing the remote sees (git: fast-import into the
   * local object store): builds it now, so that a caller waiting for something else (the
   * image copies of a promotion) is left with the push alone. The API has no such step (its
   * blobs and trees are writes), so it has no prepare.
   */
  prepare?(request: CommitRequest): Promise<PreparedCommit>;
}

export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
}

const defaultRetryPolicy: RetryPolicy = {
  attempts: 12,
  baseDelayMs: 200,
  maxDelayMs: 3000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

export interface CommitOutcome {
  changed: boolean;
  /** The new commit, or the head the edits were found already applied on. */
  commit: string;
  /** The commit the edits were computed on. */
  parent: string;
  changes: FileChange[];
  attempts: number;
}

/**
 * Computes the edits on the branch's latest head and commits them; when another writer
 * moved the branch in between, it starts over from the new head (fresh edits, no rebase,
 * no force) after a jittered, growing pause, a bounded number of times.
 */
export async function commitWithRetry(options: {
  transport: Transport;
  branch: string;
  /** Create `branch` from this one when it does not exist (pull-request branches). */
  createFrom?: string;
  edit: (snapshot: Snapshot) => Promise<FileChange[]>;
  message: string;
  logger: Logger;
  retry?: Partial<RetryPolicy>;
  /** Compute and report, commit nothing. */
  dryRun?: boolean;
  /**
   * The branch's head as the caller just read it: the first attempt starts there instead of
   * fetching again. Safe: the commit is compare-and-swap, so a branch moved since is a lost
   * race like any other, and the next attempt fetches.
   */
  knownHead?: string;
  /**
   * Nothing reaches the remote before this settles, and nothing at all when it rejects (the
   * rejection is thrown); the edits are computed and, where the transport can (prepare), the
   * commit built while it is pending.
   */
  writeAfter?: Promise<unknown>;
}): Promise<CommitOutcome> {
  const policy = { ...defaultRetryPolicy, ...options.retry };
  // Awaited (and its rejection thrown) only where a commit is due; not "unhandled" before.
  options.writeAfter?.catch(() => {});
  const { transport, branch } = options;
  for (let attempt = 1; ; attempt++) {
    let parent = attempt === 1 && options.knownHead !== undefined ? options.knownHead : await transport.head(branch);
    const create = parent === undefined;
    if (parent === undefined && options.createFrom !== undefined) parent = await transport.head(options.createFrom);
    if (parent === undefined) {
      throw new FieldError<GitopsField>(
        "branch",
        `${shownValue(options.createFrom ?? branch)} does not exist in the repository; name an existing branch.`,
      );
    }

    const snapshot = await transport.snapshot(parent);
    let changes: FileChange[];
    try {
      changes = await options.edit(snapshot);
    } finally {
      snapshot.close?.();
    }
    if (changes.length === 0 || options.dryRun) {
      return { changed: changes.length > 0, commit: parent, parent, changes, attempts: attempt };
    }
    const request = { branch, parent, create, changes, message: options.message };
    // With writeAfter the commit is built meanwhile where that writes nothing the remote sees;
    // the push (or, for the API, the whole commit) waits, and never happens when it rejects.
    const prepared = options.writeAfter && transport.prepare ? await transport.prepare(request) : undefined;
    await options.writeAfter;
    const result = prepared ? await prepared.push() : await transport.commit(request);
    if (result.status === "committed") {
      return { changed: true, commit: result.commit, parent, changes, attempts: attempt };
    }
    // Refused although nobody moved the branch: not a lost race but a rule (protection, a
    // read-only token), and trying again would only be refused again.
    if (!result.moved && (await transport.head(branch)) === (create ? undefined : parent)) {
      throw new FieldError<GitopsField>(
        "branch",
        (nameOf) =>
          `${JSON.stringify(branch)} refused the commit and did not move (${result.detail}); give the token contents: write, or use ${nameOf("mode")}: pull-request for a protected branch.`,
      );
    }
    if (attempt >= policy.attempts) {
      throw new Error(`${branch} kept moving: gave up after ${attempt} attempts (last: ${result.detail})`);
    }
    const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
    const delay = Math.round(cap / 2 + (policy.random() * cap) / 2);
    options.logger.info(
      `${branch} moved while committing (${result.detail}); re-applying on the new head in ${delay} ms`,
    );
    await policy.sleep(delay);
  }
}
