import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { GateOutcome, JobIdentity, Permissions, RehearsalServices } from "../../packages/rehearsal/src/index.ts";
import type { EnvironmentDeployment, GitHubFake, JobPermissions } from "../fakes/github/index.ts";
import type { JobClaims, OidcFake } from "../fakes/oidc.ts";

/**
 * The rehearsal's services backed by the harness's GitHub and OIDC fakes, the one place that
 * knows the fakes' API:
 * - each job's GITHUB_TOKEN is minted by the GitHub fake with exactly the job's effective
 *   permissions (`mintJobToken`: GitHub's 403 outside them) and revoked when the job ends;
 * - a job with `id-token: write` gets its own OIDC request token (`registerJob`) whose ID tokens
 *   carry that job's claims (`sub` with its environment, `job_workflow_ref` of the called
 *   workflow), revoked when the job ends;
 * - a job with `environment:` goes through the fake's protection rules
 *   (`requestDeploymentReview`: branch policy, required reviewers, wait timer), decided by
 *   `approve`/`reject` or by a test through the API (`nextReview()` then `reviewDeployment` or
 *   POST .../pending_deployments), then gets the deployment GitHub creates
 *   (`createEnvironmentDeployment`), completed with the job's result.
 */
export interface FakeServicesOptions {
  github: GitHubFake;
  oidc?: OidcFake;
  /** Local checkouts pushed (HEAD, as the default branch) into the fake, by `owner/name`. */
  repositories?: Record<string, string>;
  /** Decides every environment review as this reviewer (--approve / --reject). */
  approve?: string;
  reject?: string;
  /** How long a review may take when neither is given; default 10 minutes (GitHub waits 30 days). */
  reviewTimeoutMs?: number;
  /**
   * Make the deciding reviewer (`approve`/`reject`) a required reviewer of every environment
   * that has none, so the review it decides really happens (a fresh fake's environments have
   * no protection rules). The command does this.
   */
  protectEnvironments?: boolean;
  /** Told when a job starts waiting for a review (the command prints how to give one). */
  onPendingReview?: (review: PendingReview) => void;
}

/** A job waiting for a review of its environment. */
export interface PendingReview {
  repository: string;
  runId: number;
  environment: string;
  job: JobIdentity;
}

export interface FakeServices extends RehearsalServices {
  /** Tokens minted, with the permissions asked for (for tests). */
  minted: { token: string; permissions: Permissions; job: string }[];
  /** OIDC request tokens registered, with the claims given (for tests). */
  oidcJobs: { requestToken: string; claims: JobClaims; job: string }[];
  /** Resolves with the next job that waits for a review (already waiting ones first). */
  nextReview(): Promise<PendingReview>;
}

/** The rehearsal's permissions as the fake takes them (`metadata` is the fake's to add). */
function jobPermissions(permissions: Permissions): JobPermissions {
  return Object.fromEntries(Object.entries(permissions)) as JobPermissions;
}

/** The claims GitHub puts in a job's ID token; the OIDC fake derives `sub`, `ref_type` and the rest. */
export function claimsOf(job: JobIdentity): JobClaims {
  return {
    repository: job.repository,
    ref: job.ref,
    sha: job.sha,
    workflow: job.workflow,
    workflow_ref: job.workflowRef,
    workflow_sha: job.workflowSha,
    job_workflow_ref: job.jobWorkflowRef,
    job_workflow_sha: job.jobWorkflowSha,
    event_name: job.eventName,
    actor: job.actor,
    run_id: String(job.runId),
    run_number: String(job.runNumber),
    run_attempt: String(job.runAttempt),
    ...(job.environment ? { environment: job.environment } : {}),
    ...(job.headRef !== undefined ? { head_ref: job.headRef } : {}),
    ...(job.baseRef !== undefined ? { base_ref: job.baseRef } : {}),
  };
}

export async function createFakeServices(options: FakeServicesOptions): Promise<FakeServices> {
  const { github } = options;
  for (const [fullName, dir] of Object.entries(options.repositories ?? {})) {
    const repository = await github.createRepository(fullName);
    const url = new URL(`${github.serverUrl}/${fullName}.git`);
    url.username = "x-access-token";
    url.password = github.token;
    // Asynchronously: the fake answers the push from this same process.
    await promisify(execFile)(
      "git",
      ["push", "-q", "--force", url.toString(), `HEAD:refs/heads/${repository.defaultBranch}`],
      { cwd: dir },
    );
  }
  const minted: FakeServices["minted"] = [];
  const oidcJobs: FakeServices["oidcJobs"] = [];
  const deployments = new Map<string, EnvironmentDeployment>();
  const deploymentKey = (environment: string, job: JobIdentity): string => `${job.runId}/${job.job}/${environment}`;
  const waiting: PendingReview[] = [];
  const waiters: ((review: PendingReview) => void)[] = [];
  const announce = (review: PendingReview): void => {
    options.onPendingReview?.(review);
    const waiter = waiters.shift();
    if (waiter) waiter(review);
    else waiting.push(review);
  };

  /** The protection rules' decision: at once without rules, else when a reviewer (or the timer) decides. */
  const review = async (environment: string, job: JobIdentity, signal?: AbortSignal): Promise<GateOutcome> => {
    const repository = github.repository(job.repository);
    const settings = repository.ensureEnvironment(environment);
    const reviewer = options.approve ?? options.reject;
    if (options.protectEnvironments && reviewer && settings.reviewers.length === 0) {
      settings.reviewers.push({ type: "User", id: repository.world.user(reviewer).id });
    }
    const pendingBefore = repository.pendingDeployments.length;
    const decided = github.requestDeploymentReview({
      repository: job.repository,
      runId: job.runId,
      environment,
      requester: job.actor,
      ref: job.ref,
      sha: job.sha,
    });
    if (repository.pendingDeployments.length > pendingBefore) {
      announce({ repository: job.repository, runId: job.runId, environment, job });
      if (reviewer) {
        try {
          await github.reviewDeployment({
            repository: job.repository,
            runId: job.runId,
            environment,
            reviewer,
            state: options.approve ? "approved" : "rejected",
            comment: options.approve ? "approved in the rehearsal" : "rejected in the rehearsal",
          });
        } catch (error) {
          return { decision: "rejected", message: (error as Error).message };
        }
      }
    }
    const timeoutMs = options.reviewTimeoutMs ?? 10 * 60_000;
    let timer: NodeJS.Timeout | undefined;
    let onAbort: (() => void) | undefined;
    const stopped = new Promise<GateOutcome>((resolve) => {
      timer = setTimeout(
        () =>
          resolve({
            decision: "rejected",
            message: `No review of environment '${environment}' within ${timeoutMs} ms`,
          }),
        timeoutMs,
      );
      onAbort = () =>
        resolve({ decision: "rejected", message: `The run was cancelled while waiting for '${environment}'` });
      signal?.addEventListener("abort", onAbort, { once: true });
    });
    try {
      return await Promise.race([
        decided.then(
          (decision): GateOutcome =>
            decision.state === "approved"
              ? { decision: "approved" }
              : {
                  decision: "rejected",
                  message:
                    decision.user === null
                      ? decision.comment
                      : `The deployment to environment '${environment}' was rejected by ${decision.user.login}${decision.comment ? `: ${decision.comment}` : ""}.`,
                },
        ),
        stopped,
      ]);
    } finally {
      clearTimeout(timer);
      if (onAbort) signal?.removeEventListener("abort", onAbort);
    }
  };

  return {
    serverUrl: github.serverUrl,
    apiUrl: github.apiUrl,
    graphqlUrl: github.graphqlUrl,
    minted,
    oidcJobs,
    nextReview() {
      const ready = waiting.shift();
      return ready ? Promise.resolve(ready) : new Promise((resolve) => waiters.push(resolve));
    },
    async mintToken(permissions, job) {
      const token = github.mintJobToken({ repository: job.repository, permissions: jobPermissions(permissions) });
      minted.push({ token, permissions, job: job.job });
      return token;
    },
    async oidcFor(job) {
      if (!options.oidc)
        throw new Error("The rehearsal was started without an OIDC fake, but a job asks for id-token: write");
      const claims = claimsOf(job);
      const registered = options.oidc.registerJob(undefined, claims);
      oidcJobs.push({ requestToken: registered.requestToken, claims, job: job.job });
      return registered;
    },
    async jobEnded(_job, grants) {
      if (grants.token) github.revokeToken(grants.token);
      if (grants.oidcRequestToken) options.oidc?.revokeJob(grants.oidcRequestToken);
    },
    async gate(environment, job, signal) {
      const outcome = await review(environment, job, signal);
      if (outcome.decision === "approved") {
        deployments.set(
          deploymentKey(environment, job),
          await github.createEnvironmentDeployment({
            repository: job.repository,
            environment,
            ref: job.ref,
            sha: job.sha,
            runId: job.runId,
            creator: job.actor,
          }),
        );
      }
      return outcome;
    },
    async deploymentFinished(environment, job, state) {
      const key = deploymentKey(environment, job);
      deployments.get(key)?.complete(state);
      deployments.delete(key);
    },
    async checkoutRemote(repository) {
      github.repository(repository);
      return `${github.serverUrl}/${repository}.git`;
    },
  };
}
