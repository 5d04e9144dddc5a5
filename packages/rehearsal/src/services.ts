import type { Permissions } from "./permissions.ts";

/** Who a token, an ID token or a deployment is for. */
export interface JobIdentity {
  runId: number;
  runNumber: number;
  runAttempt: number;
  /** `owner/name` of the repository the run is for. */
  repository: string;
  /** As GitHub shows it: `build`, `release / publish`, `test (linux, 24)`. */
  job: string;
  ref: string;
  sha: string;
  eventName: string;
  actor: string;
  /** The workflow's `name:` (or its path), the OIDC `workflow` claim. */
  workflow: string;
  /** The top-level workflow: `owner/repo/.github/workflows/x.yml@refs/heads/main`. */
  workflowRef: string;
  /** The commit of the top-level workflow file (`github.workflow_sha`). */
  workflowSha: string;
  /** The workflow file the job is written in (a called one for a job inside a called workflow). */
  jobWorkflowRef: string;
  /** The commit of that file (`job.workflow_sha`). */
  jobWorkflowSha: string;
  /** pull_request events: the head and base branches. */
  headRef?: string;
  baseRef?: string;
  environment?: string;
}

export type GateDecision = "approved" | "rejected";

/** A gate's decision with GitHub's words for a refusal (a branch policy, a reviewer's comment). */
export interface GateOutcome {
  decision: GateDecision;
  message?: string;
}

/** What a job was handed, to be taken back when it ends (GitHub revokes both). */
export interface JobGrants {
  token?: string;
  oidcRequestToken?: string;
}

/**
 * What a rehearsal asks of the world outside the runner: GitHub (tokens, environments,
 * deployments), the OIDC issuer and the git remotes. The engine never reaches a fake itself;
 * `fake-services.ts` in test/rehearsal backs this with the harness's fakes.
 */
export interface RehearsalServices {
  /** GITHUB_SERVER_URL, GITHUB_API_URL, GITHUB_GRAPHQL_URL. */
  serverUrl: string;
  apiUrl: string;
  graphqlUrl: string;
  /** A token limited to `permissions` (GitHub's 403 outside them), for this job only. */
  mintToken(permissions: Permissions, job: JobIdentity): Promise<string>;
  /** ACTIONS_ID_TOKEN_REQUEST_URL / _TOKEN answering with this job's claims. */
  oidcFor(job: JobIdentity): Promise<{ requestUrl: string; requestToken: string }>;
  /**
   * Waits on the environment's protection rules (branch policy, reviewers, wait timer) and
   * creates the deployment and its statuses as GitHub does for an environment job. `signal`
   * aborts the wait (the run was cancelled).
   */
  gate(environment: string, job: JobIdentity, signal?: AbortSignal): Promise<GateDecision | GateOutcome>;
  /** Marks the environment job's deployment finished (success or failure). */
  deploymentFinished?(environment: string, job: JobIdentity, state: "success" | "failure"): Promise<void>;
  /** The job ended: its token and OIDC request token stop working, as on GitHub. */
  jobEnded?(job: JobIdentity, grants: JobGrants): Promise<void>;
  /** The git URL actions/checkout clones `owner/name` from, and the token it may use. */
  checkoutRemote(repository: string): Promise<string>;
}
