import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { FakeContext } from "./context.ts";
import {
  type DeploymentDecision,
  type DeploymentReview,
  type DeploymentReviewRequest,
  type EnvironmentDeployment,
  type EnvironmentDeploymentRequest,
  EnvironmentGates,
} from "./gates.ts";
import { type JobPermissions, jobGrant, userGrant } from "./permissions.ts";
import { FakeRepository } from "./repository.ts";
import { API_PREFIX, FakeServer, type FaultOptions, type RecordedRequest, type RecordedResponse } from "./server.ts";
import { type Deployment, World } from "./state.ts";

export type {
  DeploymentDecision,
  DeploymentReview,
  DeploymentReviewRequest,
  EnvironmentDeployment,
  EnvironmentDeploymentRequest,
} from "./gates.ts";
export type { Access, JobPermission, JobPermissions } from "./permissions.ts";
export { JOB_PERMISSIONS, ROUTE_PERMISSIONS } from "./permissions.ts";
export type { FileChange } from "./repository.ts";
export { FakeRepository } from "./repository.ts";
export type { FaultOptions, RecordedRequest, RecordedResponse } from "./server.ts";
export type * from "./state.ts";

export interface GitHubFake {
  /** GITHUB_API_URL: `${serverUrl}/api/v3`, shaped like GitHub Enterprise Server's. */
  apiUrl: string;
  /** GITHUB_GRAPHQL_URL: `${serverUrl}/api/graphql` (what Octokit derives from apiUrl); `${apiUrl}/graphql` works too. */
  graphqlUrl: string;
  /** GITHUB_SERVER_URL: git smart HTTP at `${serverUrl}/<owner>/<repo>.git`, html_urls below it. */
  serverUrl: string;
  /** A token with write access, acting as `github-actions[bot]`. */
  token: string;
  /** A user-like token on every repository: every permission write, or every permission read (`readOnly`). */
  addToken(token: string, options?: { login?: string; readOnly?: boolean }): void;
  /**
   * A job's GITHUB_TOKEN: an installation token (`ghs_...`) limited to `repository` and to
   * exactly `permissions` (`metadata: read` always); acts as `login` (default `github-actions[bot]`).
   */
  mintJobToken(options: MintJobTokenOptions): string;
  /** Revokes a token (GitHub does so when the job ends): later calls answer 401 `Bad credentials`. */
  revokeToken(token: string): void;
  /**
   * A job with `environment:` asks to deploy: the environment's protection rules apply as on
   * GitHub (branch policy, required reviewers, wait timer). Resolves at once without rules, with
   * `rejected` and GitHub's message when the branch policy refuses the ref, else when a reviewer
   * decides (POST .../pending_deployments or `reviewDeployment`) and the wait timer has run out.
   */
  requestDeploymentReview(options: DeploymentReviewRequest): Promise<DeploymentDecision>;
  /** A required reviewer approves or rejects the run's waiting deployments (as --approve/--reject). */
  reviewDeployment(options: DeploymentReview): Promise<Deployment[]>;
  /**
   * The deployment and `in_progress` status GitHub creates when a job with `environment:` starts
   * (the approval's deployment when the run was reviewed); `complete()` adds success or failure.
   */
  createEnvironmentDeployment(options: EnvironmentDeploymentRequest): Promise<EnvironmentDeployment>;
  createRepository(
    fullName: string,
    options?: { defaultBranch?: string; files?: Record<string, string>; private?: boolean },
  ): Promise<FakeRepository>;
  repository(fullName: string): FakeRepository;
  /** Every request: REST paths are relative to apiUrl (/repos/o/r/issues), GraphQL is /graphql, git is /o/r.git/... */
  requests: RecordedRequest[];
  /** Every REST response with its OpenAPI route template, for contract validation. */
  responses: RecordedResponse[];
  /**
   * The next `times` (default 1) requests whose `${METHOD} ${path}` matches get `status` with
   * GitHub's error body; a 429 is a secondary rate limit (GitHub's message, `retry-after: 1`)
   * unless `options` says otherwise.
   */
  failNext(match: RegExp, status: number, times?: number, options?: FaultOptions): void;
  /** The REST routes served, as `METHOD /openapi/template`. */
  routes(): string[];
  stop(): Promise<void>;
}

export interface MintJobTokenOptions {
  /** `owner/name` of the repository the workflow runs in. */
  repository: string;
  /** The job's effective permissions, as the workflow writes them (`pull-requests`, `id-token`, ..., or `read-all`/`write-all`). */
  permissions: JobPermissions | "read-all" | "write-all";
  login?: string;
}

/** GitHub's installation token shape: `ghs_` and 36 base62 characters. */
function installationToken(): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  return `ghs_${[...randomBytes(36)].map((byte) => alphabet[byte % alphabet.length]).join("")}`;
}

export interface GitHubFakeOptions {
  /** How long one minute of an environment's wait timer lasts (default 60000; tests shorten it). */
  waitTimerMinuteMs?: number;
  /**
   * Keep the repositories (bare, at `<root>/<owner>/<name>.git`) in this directory and leave
   * them on stop(), for a person to explore afterwards (the sandbox's --workdir). A temp dir otherwise.
   */
  root?: string;
}

export async function startGitHubFake(options: GitHubFakeOptions = {}): Promise<GitHubFake> {
  const keep = options.root !== undefined;
  const root = options.root ?? (await mkdtemp(path.join(os.tmpdir(), "github-fake-")));
  if (keep) await mkdir(root, { recursive: true });
  const context: FakeContext = { world: new World("", ""), repositories: new Map() };
  const server = new FakeServer(context, root);
  const gates = new EnvironmentGates(context, options.waitTimerMinuteMs ?? 60_000);
  const port = await server.listen();
  const serverUrl = `http://127.0.0.1:${port}`;
  const apiUrl = `${serverUrl}${API_PREFIX}`;
  context.world.serverUrl = serverUrl;
  context.world.apiUrl = apiUrl;
  context.world.user("github-actions[bot]");

  const addToken = (value: string, options: { login?: string; readOnly?: boolean } = {}): void => {
    const login = options.login ?? "github-actions[bot]";
    context.world.user(login);
    server.tokens.set(value, { grant: userGrant(login, options.readOnly ?? false), remaining: 5000 });
  };
  const token = `ghs_${randomBytes(18).toString("hex")}`;
  addToken(token);

  return {
    apiUrl,
    graphqlUrl: `${serverUrl}/api/graphql`,
    serverUrl,
    token,
    addToken,
    mintJobToken(options) {
      if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(options.repository)) {
        throw new Error(`Repository name must be owner/name, got ${JSON.stringify(options.repository)}`);
      }
      const login = options.login ?? "github-actions[bot]";
      context.world.user(login);
      const value = installationToken();
      server.tokens.set(value, { grant: jobGrant(login, options.repository, options.permissions), remaining: 5000 });
      return value;
    },
    revokeToken(value) {
      server.tokens.delete(value);
    },
    requestDeploymentReview: (request) => gates.request(request),
    reviewDeployment: (review) => gates.review(review),
    createEnvironmentDeployment: (request) => gates.createEnvironmentDeployment(request),
    async createRepository(fullName, options = {}) {
      if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(fullName)) {
        throw new Error(`Repository name must be owner/name, got ${JSON.stringify(fullName)}`);
      }
      if (context.repositories.has(fullName.toLowerCase())) throw new Error(`Repository ${fullName} already exists`);
      const [owner = ""] = fullName.split("/");
      await mkdir(path.join(root, owner), { recursive: true });
      const repository = new FakeRepository(context.world, fullName, path.join(root, `${fullName}.git`), {
        defaultBranch: options.defaultBranch ?? "main",
        private: options.private ?? false,
      });
      await repository.init(options.files ?? {});
      context.repositories.set(fullName.toLowerCase(), repository);
      return repository;
    },
    repository(fullName) {
      const repository = context.repositories.get(fullName.toLowerCase());
      if (!repository) throw new Error(`No repository ${fullName} in the GitHub fake`);
      return repository;
    },
    requests: server.requests,
    responses: server.responses,
    failNext(match, status, times = 1, options = {}) {
      server.faults.push({ match, status, times, ...options });
    },
    routes: () => server.router.routes.map((r) => `${r.method} ${r.template}`),
    async stop() {
      gates.stop();
      await server.close();
      if (!keep) await rm(root, { recursive: true, force: true });
    },
  };
}
