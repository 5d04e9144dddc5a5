import { type ApiRequest, notFound } from "./http.ts";
import type { TokenGrant } from "./permissions.ts";
import type { FakeRepository } from "./repository.ts";
import type { SimpleUser, World } from "./state.ts";

/** What every route module gets: the shared world and repository lookup. */
export interface FakeContext {
  world: World;
  repositories: Map<string, FakeRepository>;
}

export function repositoryOf(context: FakeContext, request: ApiRequest): FakeRepository {
  const owner = request.params.owner ?? "";
  const name = request.params.repo ?? "";
  const repository = context.repositories.get(`${owner}/${name}`.toLowerCase());
  if (!repository) throw notFound();
  return repository;
}

export function callerUser(context: FakeContext, request: ApiRequest): SimpleUser {
  return context.world.user(request.caller.login);
}

export function numberParam(request: ApiRequest, name: string): number {
  const value = request.params[name] ?? "";
  if (!/^\d+$/.test(value)) throw notFound();
  return Number(value);
}

/** The sub-shape of `repository` / `full-repository` GitHub embeds in repos, PRs and events. */
export function repositoryJson(repository: FakeRepository, caller?: { grant: TokenGrant }): Record<string, unknown> {
  const world = repository.world;
  const api = repository.apiBase;
  const owner = world.user(repository.owner, "Organization");
  const result: Record<string, unknown> = {
    id: repository.id,
    node_id: repository.node_id,
    name: repository.name,
    full_name: repository.fullName,
    private: repository.private,
    visibility: repository.private ? "private" : "public",
    owner,
    html_url: repository.htmlBase,
    description: null,
    fork: false,
    url: api,
    archive_url: `${api}/{archive_format}{/ref}`,
    assignees_url: `${api}/assignees{/user}`,
    blobs_url: `${api}/git/blobs{/sha}`,
    branches_url: `${api}/branches{/branch}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    comments_url: `${api}/comments{/number}`,
    commits_url: `${api}/commits{/sha}`,
    compare_url: `${api}/compare/{base}...{head}`,
    contents_url: `${api}/contents/{+path}`,
    contributors_url: `${api}/contributors`,
    deployments_url: `${api}/deployments`,
    downloads_url: `${api}/downloads`,
    events_url: `${api}/events`,
    forks_url: `${api}/forks`,
    git_commits_url: `${api}/git/commits{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    git_url: `git://${new URL(world.serverUrl).host}/${repository.fullName}.git`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    issue_events_url: `${api}/issues/events{/number}`,
    issues_url: `${api}/issues{/number}`,
    keys_url: `${api}/keys{/key_id}`,
    labels_url: `${api}/labels{/name}`,
    languages_url: `${api}/languages`,
    merges_url: `${api}/merges`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    pulls_url: `${api}/pulls{/number}`,
    releases_url: `${api}/releases{/id}`,
    ssh_url: `git@${new URL(world.serverUrl).hostname}:${repository.fullName}.git`,
    stargazers_url: `${api}/stargazers`,
    statuses_url: `${api}/statuses/{sha}`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    tags_url: `${api}/tags`,
    teams_url: `${api}/teams`,
    trees_url: `${api}/git/trees{/sha}`,
    clone_url: repository.cloneUrl,
    mirror_url: null,
    hooks_url: `${api}/hooks`,
    svn_url: repository.htmlBase,
    homepage: null,
    language: null,
    forks_count: 0,
    forks: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 0,
    default_branch: repository.defaultBranch,
    open_issues_count: repository.issues.filter((i) => i.state === "open").length,
    open_issues: repository.issues.filter((i) => i.state === "open").length,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: true,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    pushed_at: repository.pushedAt,
    created_at: repository.createdAt,
    updated_at: repository.pushedAt,
    allow_rebase_merge: true,
    allow_squash_merge: true,
    allow_merge_commit: true,
    allow_auto_merge: repository.allowAutoMerge,
    delete_branch_on_merge: false,
    allow_forking: true,
    web_commit_signoff_required: false,
    license: null,
    network_count: 0,
    subscribers_count: 0,
  };
  // An installation token gets no `permissions` (semantic-release/github relies on that in Actions).
  if (caller && !caller.grant.installation) {
    const write = caller.grant.permissions.contents === "write";
    result.permissions = { admin: write, maintain: write, push: write, triage: write, pull: true };
  }
  return result;
}
