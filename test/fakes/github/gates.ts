import type { FakeContext } from "./context.ts";
import { HttpError } from "./http.ts";
import type { FakeRepository } from "./repository.ts";
import { addDeploymentStatus, createDeployment } from "./routes/deployments.ts";
import type { Deployment, DeploymentStatus, Environment, PendingDeployment, SimpleUser } from "./state.ts";

/**
 * Environment protection rules as GitHub applies them to a job with `environment:`
 * (https://docs.github.com/en/actions/managing-workflow-runs-and-deployments/managing-deployments/managing-environments-for-deployment):
 * the deployment branch policy first (a ref it does not allow fails the job at once), then the
 * required reviewers (one approval or rejection decides) and the wait timer (counted from when
 * the job started waiting).
 */

export interface DeploymentReviewRequest {
  /** `owner/name`. */
  repository: string;
  runId: number;
  environment: string;
  /** The login that triggered the run. */
  requester: string;
  /** The run's ref (`refs/heads/main`, `refs/tags/v1.2.3` or a branch name); default the default branch. */
  ref?: string;
  /** The commit the run deploys; default the ref's head. */
  sha?: string;
}

export interface DeploymentDecision {
  state: "approved" | "rejected";
  /** The reviewer; null when no reviewer was needed or the branch policy refused the ref. */
  user: SimpleUser | null;
  /** The reviewer's comment, or GitHub's message when the branch policy refused the ref. */
  comment: string;
}

export interface DeploymentReview {
  repository: string;
  runId: number;
  /** Default: every environment the run waits on. */
  environment?: string;
  reviewer: string;
  state: "approved" | "rejected";
  comment?: string;
}

export interface EnvironmentDeploymentRequest {
  repository: string;
  environment: string;
  ref: string;
  sha: string;
  runId: number;
  /** The login that triggered the run: GitHub makes it the deployment's creator. */
  creator: string;
  /** The job's `environment.url`, shown as the status's environment_url. */
  url?: string;
}

export interface EnvironmentDeployment {
  deployment: Deployment;
  /** Ends the job's deployment as GitHub does when the job finishes: a `success` or `failure` status. */
  complete(result: "success" | "failure", options?: { url?: string }): DeploymentStatus;
}

/** Who waits on which pending deployment (one entry per requestDeploymentReview). */
const waiters = new WeakMap<PendingDeployment, (pending: PendingDeployment) => void>();

/**
 * Records a review of waiting deployments, from the API or the fake's helper: the approval
 * creates the deployment for the run's ref and commit (GitHub answers it), a waiter learns the
 * decision.
 */
export async function decide(
  repository: FakeRepository,
  chosen: PendingDeployment[],
  review: { state: "approved" | "rejected"; comment: string; user: SimpleUser },
): Promise<Deployment[]> {
  const deployments: Deployment[] = [];
  for (const pending of chosen) {
    pending.review = { ...review, at: repository.world.now() };
    if (review.state === "approved") {
      const ref = pending.ref ?? repository.defaultBranch;
      pending.deployment = createDeployment(repository, {
        ref,
        sha: pending.sha ?? (await repository.resolveCommit(ref)) ?? "",
        task: "deploy",
        environment: pending.environment,
        payload: {},
        description: null,
        creator: pending.requester ?? review.user,
        transient: false,
        production: pending.environment === "production",
      });
      deployments.push(pending.deployment);
    }
    waiters.get(pending)?.(pending);
  }
  return deployments;
}

/** Whether `login` may decide for `environment`: one of its required reviewers (teams are not modelled). */
export function isRequiredReviewer(repository: FakeRepository, environment: Environment, login: string): boolean {
  const user = repository.world.users.get(login.toLowerCase());
  return user !== undefined && environment.reviewers.some((r) => r.type === "User" && r.id === user.id);
}

/** fnmatch as GitHub's branch policies use it: `*` and `?` stop at `/`, `**` crosses it. */
function fnmatch(pattern: string, name: string): boolean {
  let source = "";
  for (let i = 0; i < pattern.length; i += 1) {
    const char = pattern[i] ?? "";
    if (char === "*" && pattern[i + 1] === "*") {
      source += ".*";
      i += 1;
    } else if (char === "*") source += "[^/]*";
    else if (char === "?") source += "[^/]";
    else source += char.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`).test(name);
}

/** GitHub's refusal when the environment's deployment branch policy does not allow the ref, or undefined. */
export function branchPolicyRefusal(
  repository: FakeRepository,
  environment: Environment,
  ref: string,
): string | undefined {
  const policy = environment.deployment_branch_policy;
  if (!policy) return undefined;
  const isTag = ref.startsWith("refs/tags/");
  const name = ref.replace(/^refs\/(heads|tags)\//, "");
  const allowed = policy.protected_branches
    ? !isTag && repository.protectedBranches.has(name)
    : environment.branch_policies.some((p) => p.type === (isTag ? "tag" : "branch") && fnmatch(p.name, name));
  if (allowed) return undefined;
  return `${isTag ? "Tag" : "Branch"} "${name}" is not allowed to deploy to ${environment.name} due to environment protection rules.`;
}

export class EnvironmentGates {
  private readonly context: FakeContext;
  private readonly timers = new Set<NodeJS.Timeout>();
  /** How long one minute of an environment's wait timer lasts here (tests shorten it). */
  minuteMs: number;

  constructor(context: FakeContext, minuteMs: number) {
    this.context = context;
    this.minuteMs = minuteMs;
  }

  private repository(fullName: string): FakeRepository {
    const repository = this.context.repositories.get(fullName.toLowerCase());
    if (!repository) throw new Error(`No repository ${fullName} in the GitHub fake`);
    return repository;
  }

  private after(ms: number, run: () => void): void {
    const timer = setTimeout(
      () => {
        this.timers.delete(timer);
        run();
      },
      Math.max(ms, 0),
    );
    this.timers.add(timer);
  }

  /** Synchronous up to the pending deployment, so a review right after the call finds it. */
  request(options: DeploymentReviewRequest): Promise<DeploymentDecision> {
    const repository = this.repository(options.repository);
    const environment = repository.ensureEnvironment(options.environment);
    const ref = options.ref
      ? options.ref.startsWith("refs/")
        ? options.ref
        : `refs/heads/${options.ref}`
      : `refs/heads/${repository.defaultBranch}`;
    const refused = branchPolicyRefusal(repository, environment, ref);
    if (refused) return Promise.resolve({ state: "rejected", user: null, comment: refused });
    if (environment.reviewers.length === 0 && environment.wait_timer === 0) {
      return Promise.resolve({ state: "approved", user: null, comment: "" });
    }
    const pending = repository.addPendingDeployment(options.runId, environment.name, {
      requester: repository.world.user(options.requester),
      ref: ref.replace(/^refs\/(heads|tags)\//, ""),
      // Unknown: the approval resolves the ref when it creates the deployment.
      ...(options.sha === undefined ? {} : { sha: options.sha }),
    });
    const waitMs = environment.wait_timer * this.minuteMs;
    const startedAt = Date.now();
    return new Promise<DeploymentDecision>((resolve) => {
      const approvedAfterTimer = (decision: DeploymentDecision) =>
        this.after(startedAt + waitMs - Date.now(), () => resolve(decision));
      if (environment.reviewers.length === 0) {
        // A wait timer alone: the run goes when it ends, with no review recorded.
        this.after(waitMs, () => {
          pending.timerPassed = true;
          resolve({ state: "approved", user: null, comment: "" });
        });
        return;
      }
      waiters.set(pending, (decided) => {
        const review = decided.review;
        if (!review) return;
        const decision = { state: review.state, user: review.user, comment: review.comment };
        if (review.state === "approved") approvedAfterTimer(decision);
        else resolve(decision);
      });
    });
  }

  /** A reviewer's decision, as POST .../pending_deployments records it (what --approve/--reject call). */
  async review(options: DeploymentReview): Promise<Deployment[]> {
    const repository = this.repository(options.repository);
    const waiting = repository.pendingDeployments.filter(
      (p) =>
        p.runId === options.runId &&
        !p.review &&
        !p.timerPassed &&
        (options.environment === undefined || p.environment === options.environment),
    );
    if (waiting.length === 0) throw new HttpError(422, "No pending deployment requests to approve or reject");
    for (const pending of waiting) {
      const environment = repository.ensureEnvironment(pending.environment);
      if (!isRequiredReviewer(repository, environment, options.reviewer)) {
        throw new Error(`${options.reviewer} is not a required reviewer of environment ${environment.name}`);
      }
    }
    return decide(repository, waiting, {
      state: options.state,
      comment: options.comment ?? "",
      user: repository.world.user(options.reviewer),
    });
  }

  /**
   * The deployment GitHub makes for a job with `environment:` (the approval's, when the run was
   * reviewed) and its `in_progress` status; `complete` adds `success` or `failure`.
   */
  async createEnvironmentDeployment(options: EnvironmentDeploymentRequest): Promise<EnvironmentDeployment> {
    const repository = this.repository(options.repository);
    const world = repository.world;
    const approved = repository.pendingDeployments.find(
      (p) => p.runId === options.runId && p.environment === options.environment && p.deployment,
    )?.deployment;
    const ref = options.ref.replace(/^refs\/(heads|tags)\//, "");
    const deployment =
      approved ??
      createDeployment(repository, {
        ref,
        sha: options.sha,
        task: "deploy",
        environment: options.environment,
        payload: {},
        description: null,
        creator: world.user(options.creator),
        transient: false,
        production: options.environment === "production",
      });
    const bot = world.user("github-actions[bot]");
    const logUrl = `${repository.htmlBase}/actions/runs/${options.runId}`;
    const status = (state: string, url?: string): DeploymentStatus =>
      addDeploymentStatus(repository, deployment, {
        state,
        creator: bot,
        description: "",
        logUrl,
        environmentUrl: url ?? options.url ?? "",
        autoInactive: true,
      });
    status("in_progress");
    return { deployment, complete: (result, extra = {}) => status(result, extra.url) };
  }

  stop(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}
