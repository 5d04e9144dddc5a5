import { callerUser, type FakeContext, numberParam, repositoryOf } from "../context.ts";
import { decide, isRequiredReviewer } from "../gates.ts";
import {
  type ApiRequest,
  HttpError,
  type Json,
  notFound,
  optionalArray,
  optionalBoolean,
  optionalNumber,
  optionalObject,
  optionalString,
  paginate,
  type Router,
  requiredString,
  validationFailed,
} from "../http.ts";
import { FORBIDDEN_MESSAGE } from "../permissions.ts";
import type { FakeRepository } from "../repository.ts";
import type { Deployment, DeploymentStatus, Environment, PendingDeployment, SimpleUser } from "../state.ts";

const STATES = new Set(["error", "failure", "inactive", "in_progress", "queued", "pending", "success"]);

function newestFirst<T extends { id: number }>(items: T[]): T[] {
  return [...items].sort((a, b) => b.id - a.id);
}

/**
 * Who may approve: a required reviewer, or the fake's write token (the admin of every repository
 * in tests). An installation token (a job's GITHUB_TOKEN) never is: GitHub Apps cannot be reviewers.
 */
function canReview(request: ApiRequest, repository: FakeRepository, environment: Environment): boolean {
  const grant = request.caller.grant;
  if (grant.installation) return false;
  return grant.permissions.administration === "write" || isRequiredReviewer(repository, environment, grant.login);
}

export function environmentJson(repository: FakeRepository, environment: Environment): Json {
  const rules: Json[] = [];
  if (environment.wait_timer > 0) {
    rules.push({
      id: environment.id + 1,
      node_id: `${environment.node_id}_wt`,
      type: "wait_timer",
      wait_timer: environment.wait_timer,
    });
  }
  if (environment.reviewers.length > 0) {
    rules.push({
      id: environment.id + 2,
      node_id: `${environment.node_id}_rr`,
      type: "required_reviewers",
      prevent_self_review: false,
      reviewers: environment.reviewers.map((r) => ({
        type: r.type,
        reviewer: [...repository.world.users.values()].find((u) => u.id === r.id) ?? null,
      })),
    });
  }
  return {
    id: environment.id,
    node_id: environment.node_id,
    name: environment.name,
    url: environment.url,
    html_url: environment.html_url,
    created_at: environment.created_at,
    updated_at: environment.updated_at,
    protection_rules: rules,
    deployment_branch_policy: environment.deployment_branch_policy,
  };
}

export function createDeployment(
  repository: FakeRepository,
  options: {
    ref: string;
    sha: string;
    task: string;
    environment: string;
    payload: Json | string;
    description: string | null;
    creator: SimpleUser;
    transient: boolean;
    production: boolean;
  },
): Deployment {
  const world = repository.world;
  const id = world.nextId();
  const now = world.now();
  repository.ensureEnvironment(options.environment);
  const deployment: Deployment = {
    url: `${repository.apiBase}/deployments/${id}`,
    id,
    node_id: world.nodeId("DE", id),
    sha: options.sha,
    ref: options.ref,
    task: options.task,
    payload: options.payload,
    original_environment: options.environment,
    environment: options.environment,
    description: options.description,
    creator: options.creator,
    created_at: now,
    updated_at: now,
    statuses_url: `${repository.apiBase}/deployments/${id}/statuses`,
    repository_url: repository.apiBase,
    transient_environment: options.transient,
    production_environment: options.production,
  };
  repository.deployments.push(deployment);
  repository.deploymentStatuses.set(id, []);
  repository.counters.deploymentsCreated += 1;
  return deployment;
}

/** A status on a deployment; `autoInactive` makes the environment's earlier successful deployments inactive. */
export function addDeploymentStatus(
  repository: FakeRepository,
  deployment: Deployment,
  options: {
    state: string;
    creator: SimpleUser;
    description: string;
    logUrl: string;
    environmentUrl: string;
    environment?: string;
    autoInactive: boolean;
  },
): DeploymentStatus {
  const world = repository.world;
  const id = world.nextId();
  const now = world.now();
  const environment = options.environment ?? deployment.environment;
  const status: DeploymentStatus = {
    url: `${deployment.url}/statuses/${id}`,
    id,
    node_id: world.nodeId("DES", id),
    state: options.state,
    creator: options.creator,
    description: options.description,
    environment,
    target_url: options.logUrl,
    log_url: options.logUrl,
    environment_url: options.environmentUrl,
    created_at: now,
    updated_at: now,
    deployment_url: deployment.url,
    repository_url: repository.apiBase,
  };
  const statuses = repository.deploymentStatuses.get(deployment.id) ?? [];
  statuses.push(status);
  repository.deploymentStatuses.set(deployment.id, statuses);
  deployment.environment = environment;
  deployment.updated_at = now;
  if (options.state === "success" && options.autoInactive) {
    for (const other of repository.deployments) {
      if (other === deployment || other.environment !== environment) continue;
      const list = repository.deploymentStatuses.get(other.id) ?? [];
      if (list.at(-1)?.state === "success") {
        const inactiveId = world.nextId();
        list.push({
          ...status,
          id: inactiveId,
          node_id: world.nodeId("DES", inactiveId),
          url: `${other.url}/statuses/${inactiveId}`,
          state: "inactive",
          deployment_url: other.url,
        });
      }
    }
  }
  return status;
}

/** Still waiting: neither reviewed nor let go by its wait timer. */
const isWaiting = (p: PendingDeployment): boolean => !p.review && !p.timerPassed;

export function registerDeployments(router: Router, context: FakeContext): void {
  const { world } = context;
  const repo = (request: ApiRequest): FakeRepository => repositoryOf(context, request);

  // ---- environments ----
  router.add("GET", "/repos/{owner}/{repo}/environments", (request) => {
    const repository = repo(request);
    const all = [...repository.environments.values()].map((e) => environmentJson(repository, e));
    const page = paginate(request, all, world.apiUrl);
    return { ...page, body: { total_count: all.length, environments: page.body } };
  });

  router.add("GET", "/repos/{owner}/{repo}/environments/{environment_name}", (request) => {
    const repository = repo(request);
    const environment = repository.environments.get(request.params.environment_name ?? "");
    if (!environment) throw notFound();
    return { status: 200, body: environmentJson(repository, environment) };
  });

  router.add("PUT", "/repos/{owner}/{repo}/environments/{environment_name}", (request) => {
    const repository = repo(request);
    const environment = repository.ensureEnvironment(request.params.environment_name ?? "");
    const wait = optionalNumber(request.body, "wait_timer");
    if (wait !== undefined) {
      if (wait < 0 || wait > 43200)
        throw validationFailed([{ resource: "Environment", field: "wait_timer", code: "invalid" }]);
      environment.wait_timer = wait;
    }
    const reviewers = optionalArray(request.body, "reviewers");
    if (reviewers !== undefined) {
      environment.reviewers = reviewers.map((raw) => {
        const entry = (raw ?? {}) as Json;
        const type = optionalString(entry, "type") === "Team" ? "Team" : "User";
        const id = optionalNumber(entry, "id");
        // Reviewers must be known users (teams are not modelled and are taken on trust).
        const known = type === "Team" || [...world.users.values()].some((u) => u.id === id);
        if (id === undefined || !known) {
          throw validationFailed([{ resource: "Environment", field: "reviewers", code: "invalid" }]);
        }
        return { type, id };
      });
    }
    if (request.body.deployment_branch_policy === null) environment.deployment_branch_policy = null;
    const policy = optionalObject(request.body, "deployment_branch_policy");
    if (policy) {
      environment.deployment_branch_policy = {
        protected_branches: optionalBoolean(policy, "protected_branches") ?? false,
        custom_branch_policies: optionalBoolean(policy, "custom_branch_policies") ?? false,
      };
    }
    environment.updated_at = world.now();
    return { status: 200, body: environmentJson(repository, environment) };
  });

  router.add("DELETE", "/repos/{owner}/{repo}/environments/{environment_name}", (request) => {
    const repository = repo(request);
    if (!repository.environments.delete(request.params.environment_name ?? "")) throw notFound();
    return { status: 204 };
  });

  // ---- deployments ----
  router.add("GET", "/repos/{owner}/{repo}/deployments", (request) => {
    const repository = repo(request);
    const filters = ["sha", "ref", "task", "environment"] as const;
    const matching = repository.deployments.filter((d) =>
      filters.every((key) => {
        const wanted = request.query.get(key);
        return wanted === null || d[key] === wanted;
      }),
    );
    return paginate(request, newestFirst(matching), world.apiUrl);
  });

  const deploymentOf = (request: ApiRequest) => {
    const repository = repo(request);
    const id = numberParam(request, "deployment_id");
    const deployment = repository.deployments.find((d) => d.id === id);
    if (!deployment) throw notFound();
    return { repository, deployment };
  };

  router.add("GET", "/repos/{owner}/{repo}/deployments/{deployment_id}", (request) => ({
    status: 200,
    body: deploymentOf(request).deployment,
  }));

  router.add("POST", "/repos/{owner}/{repo}/deployments", async (request) => {
    const repository = repo(request);
    const ref = requiredString(request.body, "ref", "Deployment");
    const sha = await repository.resolveCommit(ref);
    if (!sha) throw new HttpError(422, `No ref found for: ${ref}`);
    const environment = optionalString(request.body, "environment") ?? "production";
    const payload = request.body.payload;
    const deployment = createDeployment(repository, {
      ref,
      sha,
      task: optionalString(request.body, "task") ?? "deploy",
      environment,
      payload: typeof payload === "string" ? payload : ((payload ?? {}) as Json),
      description: optionalString(request.body, "description") ?? null,
      creator: callerUser(context, request),
      transient: optionalBoolean(request.body, "transient_environment") ?? false,
      production: optionalBoolean(request.body, "production_environment") ?? environment === "production",
    });
    return { status: 201, body: deployment, headers: { location: deployment.url } };
  });

  router.add("GET", "/repos/{owner}/{repo}/deployments/{deployment_id}/statuses", (request) => {
    const { repository, deployment } = deploymentOf(request);
    return paginate(request, newestFirst(repository.deploymentStatuses.get(deployment.id) ?? []), world.apiUrl);
  });

  router.add("POST", "/repos/{owner}/{repo}/deployments/{deployment_id}/statuses", (request) => {
    const { repository, deployment } = deploymentOf(request);
    const state = requiredString(request.body, "state", "DeploymentStatus");
    if (!STATES.has(state)) throw validationFailed([{ resource: "DeploymentStatus", field: "state", code: "invalid" }]);
    const logUrl = optionalString(request.body, "log_url") ?? optionalString(request.body, "target_url") ?? "";
    const status = addDeploymentStatus(repository, deployment, {
      state,
      creator: callerUser(context, request),
      description: optionalString(request.body, "description") ?? "",
      logUrl,
      environmentUrl: optionalString(request.body, "environment_url") ?? "",
      environment: optionalString(request.body, "environment") ?? deployment.environment,
      // auto_inactive (default true): a success makes earlier deployments of the environment inactive.
      autoInactive: optionalBoolean(request.body, "auto_inactive") ?? true,
    });
    repository.counters.deploymentStatusesCreated += 1;
    return { status: 201, body: status, headers: { location: status.url } };
  });

  // ---- environment approvals of a waiting workflow run ----
  router.add("GET", "/repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments", (request) => {
    const repository = repo(request);
    const runId = numberParam(request, "run_id");
    const pending = repository.pendingDeployments.filter((p) => p.runId === runId && isWaiting(p));
    return {
      status: 200,
      body: pending.map((p) => {
        const environment = repository.ensureEnvironment(p.environment);
        return {
          environment: {
            id: environment.id,
            node_id: environment.node_id,
            name: environment.name,
            url: environment.url,
            html_url: environment.html_url,
          },
          wait_timer: environment.wait_timer,
          wait_timer_started_at: p.createdAt,
          current_user_can_approve: canReview(request, repository, environment),
          reviewers: environment.reviewers.map((r) => ({
            type: r.type,
            reviewer: [...world.users.values()].find((u) => u.id === r.id) ?? callerUser(context, request),
          })),
        };
      }),
    };
  });

  router.add("POST", "/repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments", async (request) => {
    const repository = repo(request);
    const runId = numberParam(request, "run_id");
    const ids = (optionalArray(request.body, "environment_ids") ?? []).map(Number);
    const state = requiredString(request.body, "state", "PendingDeployment");
    const comment = optionalString(request.body, "comment");
    if (comment === undefined)
      throw validationFailed([{ resource: "PendingDeployment", field: "comment", code: "missing_field" }]);
    if (state !== "approved" && state !== "rejected") {
      throw validationFailed([{ resource: "PendingDeployment", field: "state", code: "invalid" }]);
    }
    const waiting = repository.pendingDeployments.filter((p) => p.runId === runId && isWaiting(p));
    const chosen = ids.map((id) => waiting.find((p) => repository.environments.get(p.environment)?.id === id));
    if (ids.length === 0 || chosen.some((p) => p === undefined)) {
      throw new HttpError(422, "No pending deployment requests to approve or reject");
    }
    const decided = chosen.filter((p): p is PendingDeployment => p !== undefined);
    if (!decided.every((p) => canReview(request, repository, repository.ensureEnvironment(p.environment)))) {
      throw new HttpError(403, FORBIDDEN_MESSAGE);
    }
    const deployments = await decide(repository, decided, { state, comment, user: callerUser(context, request) });
    return { status: 200, body: deployments };
  });

  router.add("GET", "/repos/{owner}/{repo}/actions/runs/{run_id}/approvals", (request) => {
    const repository = repo(request);
    const runId = numberParam(request, "run_id");
    const reviewed = repository.pendingDeployments.filter((p) => p.runId === runId && p.review);
    return {
      status: 200,
      body: reviewed.map((p) => {
        const environment = repository.ensureEnvironment(p.environment);
        return {
          environments: [
            {
              id: environment.id,
              node_id: environment.node_id,
              name: environment.name,
              url: environment.url,
              html_url: environment.html_url,
              created_at: environment.created_at,
              updated_at: environment.updated_at,
            },
          ],
          state: p.review?.state,
          user: p.review?.user,
          comment: p.review?.comment,
        };
      }),
    };
  });
}
