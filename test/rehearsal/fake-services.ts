import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { promisify } from "node:util";
import type { GateDecision, JobIdentity, Permissions, RehearsalServices } from "../../packages/rehearsal/src/index.ts";
import type { GitHubFake } from "../fakes/github/index.ts";
import type { OidcFake } from "../fakes/oidc.ts";

/**
 * The rehearsal's services backed by the harness's GitHub and OIDC fakes. The one place that
 * knows the fakes' API: when the fakes grow per-permission tokens and per-job OIDC claims,
 * only this file changes.
 *
 * Today's limits of the fakes (README "differences"): a token is read-only or write-all
 * (`addToken(..., { readOnly })`), so a job with any write scope gets write everywhere; the OIDC
 * fake has one set of claims at a time, so concurrent jobs with `id-token: write` can see each
 * other's claims.
 */
export interface FakeServicesOptions {
  github: GitHubFake;
  oidc?: OidcFake;
  /** Local checkouts pushed (HEAD, as the default branch) into the fake, by `owner/name`. */
  repositories?: Record<string, string>;
  /** Decides every environment review as this reviewer (--approve / --reject). */
  approve?: string;
  reject?: string;
  /** How long to wait for a review through the API when neither is given. */
  reviewTimeoutMs?: number;
  /**
   * Give every environment without reviewers one (the command does, with --approve/--reject, so
   * the review it decides really happens; a fresh fake's environments have no protection rules).
   */
  protectEnvironments?: boolean;
  /** Told when a job starts waiting for a review (the command prints how to give one). */
  onPendingReview?: (environment: string, job: JobIdentity) => void;
}

export interface FakeServices extends RehearsalServices {
  /** Tokens minted, with the permissions asked for (for tests). */
  minted: { token: string; permissions: Permissions; job: string }[];
}

async function api(fake: GitHubFake, token: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${fake.apiUrl}${path}`, {
    method,
    headers: {
      authorization: `token ${token}`,
      "content-type": "application/json",
      accept: "application/vnd.github+json",
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
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
      {
        cwd: dir,
      },
    );
  }
  const minted: FakeServices["minted"] = [];
  const deployments = new Map<string, number>();
  const deploymentKey = (environment: string, job: JobIdentity): string => `${job.runId}/${job.job}/${environment}`;

  /** A deployment as GitHub makes one for an environment job (an API approval already made it). */
  const startDeployment = async (environment: string, job: JobIdentity, madeSince: number): Promise<void> => {
    const repository = github.repository(job.repository);
    const made = repository.deployments.slice(madeSince).find((d) => d.environment === environment);
    const id =
      made?.id ??
      (
        (await api(github, github.token, "POST", `/repos/${job.repository}/deployments`, {
          ref: job.sha,
          environment,
          auto_merge: false,
          required_contexts: [],
        })) as { id: number }
      ).id;
    deployments.set(deploymentKey(environment, job), id);
    await api(github, github.token, "POST", `/repos/${job.repository}/deployments/${id}/statuses`, {
      state: "in_progress",
    });
  };

  return {
    serverUrl: github.serverUrl,
    apiUrl: github.apiUrl,
    graphqlUrl: github.graphqlUrl,
    minted,
    async mintToken(permissions, job) {
      const token = `ghs_${randomBytes(18).toString("hex")}`;
      const writes = Object.entries(permissions).some(([scope, level]) => level === "write" && scope !== "id-token");
      github.addToken(token, { readOnly: !writes });
      minted.push({ token, permissions, job: job.job });
      return token;
    },
    async oidcFor(job) {
      if (!options.oidc)
        throw new Error("The rehearsal was started without an OIDC fake, but a job asks for id-token: write");
      const [owner = ""] = job.repository.split("/");
      options.oidc.setClaims({
        repository: job.repository,
        repository_owner: owner,
        ref: job.ref,
        sha: job.sha,
        environment: job.environment,
        workflow_ref: job.workflowRef,
        job_workflow_ref: job.jobWorkflowRef,
        event_name: job.eventName,
        actor: job.actor,
        run_id: String(job.runId),
        run_number: String(job.runNumber),
        run_attempt: String(job.runAttempt),
        sub: undefined,
      });
      return { requestUrl: options.oidc.url, requestToken: options.oidc.requestToken };
    },
    async gate(environment, job): Promise<GateDecision> {
      const repository = github.repository(job.repository);
      const settings = repository.ensureEnvironment(environment);
      const madeSince = repository.deployments.length;
      if (options.protectEnvironments && settings.reviewers.length === 0)
        settings.reviewers.push({ type: "User", id: 1 });
      if (settings.wait_timer > 0) await new Promise((r) => setTimeout(r, settings.wait_timer * 60_000));
      if (settings.reviewers.length > 0) {
        const pending = repository.addPendingDeployment(job.runId, environment);
        const reviewer = options.approve ?? options.reject;
        options.onPendingReview?.(environment, job);
        if (reviewer) {
          const token = `ghu_${randomBytes(18).toString("hex")}`;
          github.addToken(token, { login: reviewer });
          await api(github, token, "POST", `/repos/${job.repository}/actions/runs/${job.runId}/pending_deployments`, {
            environment_ids: [settings.id],
            state: options.approve ? "approved" : "rejected",
            comment: options.approve ? "approved in the rehearsal" : "rejected in the rehearsal",
          });
        }
        const deadline = Date.now() + (options.reviewTimeoutMs ?? 10 * 60_000);
        while (!pending.review && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
        if (pending.review?.state !== "approved") return "rejected";
      }
      await startDeployment(environment, job, madeSince);
      return "approved";
    },
    async deploymentFinished(environment, job, state) {
      const id = deployments.get(deploymentKey(environment, job));
      if (id === undefined) return;
      await api(github, github.token, "POST", `/repos/${job.repository}/deployments/${id}/statuses`, { state });
    },
    async checkoutRemote(repository) {
      github.repository(repository);
      return `${github.serverUrl}/${repository}.git`;
    },
  };
}
