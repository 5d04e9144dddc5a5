/**
 * What each token may do, and the permission each route needs: the one home of these rules.
 *
 * The table follows GitHub's "Permissions required for GitHub Apps"
 * (https://docs.github.com/en/rest/authentication/permissions-required-for-github-apps), whose
 * data is github/docs src/github-apps/data/fpt-2022-11-28/server-to-server-permissions.json:
 * GITHUB_TOKEN is an installation token of the GitHub Actions app, limited to the job's
 * `permissions` (https://docs.github.com/en/actions/security-for-github-actions/security-guides/automatic-token-authentication).
 * Where the docs list a route under several permissions ("additional-permissions"), the entry
 * says which of them suffice; a note says so where the data leaves room for reading.
 */

/** The permission names of a workflow's `permissions:` key (what a job token can hold). */
export const JOB_PERMISSIONS = [
  "actions",
  "attestations",
  "checks",
  "contents",
  "deployments",
  "discussions",
  "id-token",
  "issues",
  "metadata",
  "models",
  "packages",
  "pages",
  "pull-requests",
  "repository-projects",
  "security-events",
  "statuses",
] as const;

export type JobPermission = (typeof JOB_PERMISSIONS)[number];

/** A job token never holds `administration`; the fake's admin token does (environments are configured with it). */
export type RepositoryPermission = JobPermission | "administration";

export type Access = "read" | "write";

/** A job's effective permissions as the workflow writes them; `none` (or absent) grants nothing. */
export type JobPermissions = Partial<Record<JobPermission, Access | "none">>;

export interface Need {
  permission: RepositoryPermission;
  access: Access;
}

export type RouteRule =
  /** A repository route: any one of `anyOf` suffices (each alternative needs all its entries). */
  | {
      kind: "repository";
      anyOf: Need[][];
      /**
       * The docs list the route under both Issues and Pull requests: on GitHub the pull-requests
       * permission covers it only when the number (or the comment's issue) is a pull request.
       */
      pullRequestsOnlyOnPulls?: boolean;
    }
  /** Public data: any valid token (GET /users/{username}, /rate_limit, search over what it can see). */
  | { kind: "public" }
  /** The authenticated user's own data: an installation token has no user (403, as GitHub). */
  | { kind: "user" };

const read = (permission: RepositoryPermission): Need[] => [{ permission, access: "read" }];
const write = (permission: RepositoryPermission): Need[] => [{ permission, access: "write" }];
const repo = (...anyOf: Need[][]): RouteRule => ({ kind: "repository", anyOf });
/** Issues or pull requests, as the docs list these issue routes under both. */
const issueOrPull = (access: Access, numbered: boolean): RouteRule => ({
  kind: "repository",
  anyOf: [[{ permission: "issues", access }], [{ permission: "pull-requests", access }]],
  pullRequestsOnlyOnPulls: numbered,
});

/** `METHOD /openapi/template` -> what it needs. A test fails when a served route is missing here. */
export const ROUTE_PERMISSIONS: Readonly<Record<string, RouteRule>> = {
  // Metadata (read): always granted to an installation token.
  "GET /repos/{owner}/{repo}": repo(read("metadata")),
  // Not repository data.
  "GET /user": { kind: "user" },
  "GET /users/{username}": { kind: "public" },
  "GET /rate_limit": { kind: "public" },
  // Search answers only what the token can read (filtered in the route).
  "GET /search/issues": { kind: "public" },

  // Contents: branches, commits, compare, contents, git data, releases.
  "GET /repos/{owner}/{repo}/branches": repo(read("contents")),
  "GET /repos/{owner}/{repo}/branches/{branch}": repo(read("contents")),
  "GET /repos/{owner}/{repo}/commits": repo(read("contents")),
  "GET /repos/{owner}/{repo}/commits/{ref}": repo(read("contents")),
  "GET /repos/{owner}/{repo}/compare/{basehead}": repo(read("contents")),
  "GET /repos/{owner}/{repo}/contents": repo(read("contents")),
  "GET /repos/{owner}/{repo}/contents/{path}": repo(read("contents")),
  "PUT /repos/{owner}/{repo}/contents/{path}": repo(write("contents")),
  "DELETE /repos/{owner}/{repo}/contents/{path}": repo(write("contents")),
  "GET /repos/{owner}/{repo}/git/ref/{ref}": repo(read("contents")),
  "GET /repos/{owner}/{repo}/git/matching-refs/{ref}": repo(read("contents")),
  // The legacy list forms of git/ref(s): the same data as git/matching-refs.
  "GET /repos/{owner}/{repo}/git/refs": repo(read("contents")),
  "GET /repos/{owner}/{repo}/git/refs/{ref}": repo(read("contents")),
  "POST /repos/{owner}/{repo}/git/refs": repo(write("contents")),
  "PATCH /repos/{owner}/{repo}/git/refs/{ref}": repo(write("contents")),
  "DELETE /repos/{owner}/{repo}/git/refs/{ref}": repo(write("contents")),
  "GET /repos/{owner}/{repo}/git/commits/{commit_sha}": repo(read("contents")),
  "POST /repos/{owner}/{repo}/git/commits": repo(write("contents")),
  "GET /repos/{owner}/{repo}/git/trees/{tree_sha}": repo(read("contents")),
  "POST /repos/{owner}/{repo}/git/trees": repo(write("contents")),
  "GET /repos/{owner}/{repo}/git/blobs/{file_sha}": repo(read("contents")),
  "POST /repos/{owner}/{repo}/git/blobs": repo(write("contents")),
  "POST /repos/{owner}/{repo}/git/tags": repo(write("contents")),
  "GET /repos/{owner}/{repo}/git/tags/{tag_sha}": repo(read("contents")),
  "GET /repos/{owner}/{repo}/releases": repo(read("contents")),
  "GET /repos/{owner}/{repo}/releases/latest": repo(read("contents")),
  "GET /repos/{owner}/{repo}/releases/tags/{tag}": repo(read("contents")),
  "GET /repos/{owner}/{repo}/releases/{release_id}": repo(read("contents")),
  "POST /repos/{owner}/{repo}/releases": repo(write("contents")),
  "PATCH /repos/{owner}/{repo}/releases/{release_id}": repo(write("contents")),
  "DELETE /repos/{owner}/{repo}/releases/{release_id}": repo(write("contents")),
  "GET /repos/{owner}/{repo}/releases/{release_id}/assets": repo(read("contents")),
  // Merging writes the base branch: Contents (write), not Pull requests.
  "PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge": repo(write("contents")),

  // Issues (list, get and create are Issues only; the rest Issues or Pull requests).
  "GET /repos/{owner}/{repo}/issues": repo(read("issues")),
  "POST /repos/{owner}/{repo}/issues": repo(write("issues")),
  "GET /repos/{owner}/{repo}/issues/{issue_number}": repo(read("issues")),
  "PATCH /repos/{owner}/{repo}/issues/{issue_number}": issueOrPull("write", true),
  "GET /repos/{owner}/{repo}/issues/{issue_number}/comments": issueOrPull("read", true),
  "POST /repos/{owner}/{repo}/issues/{issue_number}/comments": issueOrPull("write", true),
  "GET /repos/{owner}/{repo}/issues/comments/{comment_id}": issueOrPull("read", true),
  "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}": issueOrPull("write", true),
  "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}": issueOrPull("write", true),
  "GET /repos/{owner}/{repo}/issues/{issue_number}/labels": issueOrPull("read", true),
  "POST /repos/{owner}/{repo}/issues/{issue_number}/labels": issueOrPull("write", true),
  "PUT /repos/{owner}/{repo}/issues/{issue_number}/labels": issueOrPull("write", true),
  "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels": issueOrPull("write", true),
  "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}": issueOrPull("write", true),
  "GET /repos/{owner}/{repo}/labels": issueOrPull("read", false),
  "POST /repos/{owner}/{repo}/labels": issueOrPull("write", false),
  "GET /repos/{owner}/{repo}/labels/{name}": issueOrPull("read", false),
  "PATCH /repos/{owner}/{repo}/labels/{name}": issueOrPull("write", false),
  "DELETE /repos/{owner}/{repo}/labels/{name}": issueOrPull("write", false),

  // Pull requests. "Get a pull request" is also listed under Contents (read).
  "GET /repos/{owner}/{repo}/pulls": repo(read("pull-requests")),
  "POST /repos/{owner}/{repo}/pulls": repo(write("pull-requests")),
  "GET /repos/{owner}/{repo}/pulls/{pull_number}": repo(read("pull-requests"), read("contents")),
  "PATCH /repos/{owner}/{repo}/pulls/{pull_number}": repo(write("pull-requests")),
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/commits": repo(read("pull-requests")),
  "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers": repo(write("pull-requests")),

  // Environments: read through Actions; configuring them is Administration (never a job's).
  "GET /repos/{owner}/{repo}/environments": repo(read("actions")),
  "GET /repos/{owner}/{repo}/environments/{environment_name}": repo(read("actions")),
  "PUT /repos/{owner}/{repo}/environments/{environment_name}": repo(write("administration")),
  "DELETE /repos/{owner}/{repo}/environments/{environment_name}": repo(write("administration")),

  // Deployments and their statuses.
  "GET /repos/{owner}/{repo}/deployments": repo(read("deployments")),
  "POST /repos/{owner}/{repo}/deployments": repo(write("deployments")),
  "GET /repos/{owner}/{repo}/deployments/{deployment_id}": repo(read("deployments")),
  "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses": repo(read("deployments")),
  "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses": repo(write("deployments")),

  // Workflow runs waiting on environments: Actions (read). Reviewing is listed (read) under
  // Actions, Deployments and Checks; beyond the permission, only a required reviewer may
  // decide (routes/deployments.ts), which no installation token is.
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments": repo(read("actions")),
  "POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments": repo([
    { permission: "actions", access: "read" },
    { permission: "deployments", access: "read" },
  ]),
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals": repo(read("actions")),
};

/** GraphQL has no per-operation table in the docs; these follow the REST routes over the same data. */
export const GRAPHQL_PERMISSIONS = {
  /** `Repository.defaultBranchRef`, `ref`, `object` and the git objects below them. */
  gitObjects: read("contents"),
  issues: read("issues"),
  pullRequests: read("pull-requests"),
  /** `createCommitOnBranch`: as PUT contents. */
  createCommitOnBranch: write("contents"),
  /** `enablePullRequestAutoMerge`: a change to the pull request. */
  enablePullRequestAutoMerge: write("pull-requests"),
} as const satisfies Record<string, Need[]>;

/** What a token may touch: the fake's admin and user tokens, or a job's installation token. */
export interface TokenGrant {
  login: string;
  /** A job token's repository (lower case); undefined: every repository. */
  repository?: string;
  /** An installation token (`ghs_`): no user routes, no `permissions` in repository JSON. */
  installation: boolean;
  permissions: Partial<Record<RepositoryPermission, Access>>;
}

const ALL_PERMISSIONS: RepositoryPermission[] = [...JOB_PERMISSIONS, "administration"];

/** addToken's tokens: every permission write, or (readOnly) every permission read, on every repository. */
export function userGrant(login: string, readOnly: boolean): TokenGrant {
  const access: Access = readOnly ? "read" : "write";
  return {
    login,
    installation: false,
    permissions: Object.fromEntries(ALL_PERMISSIONS.map((p) => [p, access])),
  };
}

/** A job's token: exactly its permissions (`metadata: read` always, as GitHub adds it) on one repository. */
export function jobGrant(
  login: string,
  repository: string,
  permissions: JobPermissions | "read-all" | "write-all",
): TokenGrant {
  const granted: TokenGrant["permissions"] = { metadata: "read" };
  // The workflow shorthands: every scope at that access (metadata stays read).
  const expanded: Record<string, unknown> =
    typeof permissions === "string"
      ? Object.fromEntries(JOB_PERMISSIONS.map((p) => [p, permissions === "write-all" ? "write" : "read"]))
      : permissions;
  for (const [name, access] of Object.entries(expanded)) {
    if (!(JOB_PERMISSIONS as readonly string[]).includes(name)) {
      throw new Error(`Unknown job permission ${JSON.stringify(name)}; GitHub's are ${JOB_PERMISSIONS.join(", ")}`);
    }
    if (access !== "read" && access !== "write" && access !== "none") {
      throw new Error(`Permission ${name} must be read, write or none, got ${JSON.stringify(access)}`);
    }
    // Metadata is read whatever the workflow says (GitHub grants no more, and no less).
    if (access !== "none" && name !== "metadata") granted[name as JobPermission] = access;
  }
  return { login, repository: repository.toLowerCase(), installation: true, permissions: granted };
}

export function holds(grant: TokenGrant, need: Need): boolean {
  const held = grant.permissions[need.permission];
  return held === "write" || (held === "read" && need.access === "read");
}

/** True when the grant meets one of the alternatives (each all-of). */
export function satisfies(grant: TokenGrant, anyOf: Need[][]): boolean {
  return anyOf.some((all) => all.every((need) => holds(grant, need)));
}

/**
 * How GitHub answers a token on a repository it was not made for: public data stays
 * readable, a write is refused (403), a private repository does not exist for it (404).
 */
export type Verdict = "allowed" | "forbidden" | "not-found";

export function judge(grant: TokenGrant, target: { fullName: string; private: boolean }, anyOf: Need[][]): Verdict {
  const writes = anyOf.every((all) => all.some((need) => need.access === "write"));
  if (grant.repository !== undefined && grant.repository !== target.fullName.toLowerCase()) {
    if (target.private) return "not-found";
    return writes ? "forbidden" : "allowed";
  }
  if (satisfies(grant, anyOf)) return "allowed";
  // Public data is readable by anyone, token permissions or not (the docs' "can be used without
  // authentication or the aforementioned permissions if only public resources are requested").
  if (!target.private && !writes) return "allowed";
  return "forbidden";
}

export const FORBIDDEN_MESSAGE = "Resource not accessible by integration";
