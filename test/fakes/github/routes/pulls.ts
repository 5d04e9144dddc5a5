import { callerUser, type FakeContext, numberParam, repositoryJson, repositoryOf } from "../context.ts";
import { commitTree, git, isAncestor, readCommit, updateRef } from "../git.ts";
import {
  type ApiRequest,
  HttpError,
  type Json,
  notFound,
  nullableString,
  optionalBoolean,
  optionalString,
  paginate,
  type Router,
  requiredString,
  stringArray,
  validationFailed,
} from "../http.ts";
import { FAKE_COMMITTER, type FakeRepository } from "../repository.ts";
import type { Issue, PullRequest, SimpleUser } from "../state.ts";
import { commitJson } from "./git-data.ts";

/** The head branch's current tip; a deleted branch keeps the last one seen. */
const lastHeads = new WeakMap<PullRequest, string>();

async function headSha(repository: FakeRepository, pull: PullRequest): Promise<string> {
  const sha = pull.merged_at ? undefined : await repository.branchHead(pull.head.ref);
  if (sha) lastHeads.set(pull, sha);
  return sha ?? lastHeads.get(pull) ?? "";
}

/** A `team-simple` for a team of the repository's organization, from its slug. */
function teamJson(repository: FakeRepository, slug: string): Json {
  const id = 7000 + [...slug].reduce((sum, char) => (sum * 31 + char.charCodeAt(0)) % 1_000_000, 0);
  const api = `${repository.world.apiUrl}/organizations/${repository.owner}/team/${id}`;
  return {
    id,
    node_id: repository.world.nodeId("T", id),
    url: api,
    html_url: `${repository.world.serverUrl}/orgs/${repository.owner}/teams/${slug}`,
    name: slug,
    slug,
    description: null,
    privacy: "closed",
    notification_setting: "notifications_enabled",
    permission: "pull",
    members_url: `${api}/members{/member}`,
    repositories_url: `${api}/repos`,
    type: "organization",
    parent: null,
  };
}

export function mergeableState(repository: FakeRepository, pull: PullRequest, mergeable: boolean | null): string {
  if (mergeable === null) return "unknown";
  if (!mergeable) return "dirty";
  return repository.protectedBranches.has(pull.base.ref) ? "blocked" : "clean";
}

/** The commits on head that base does not have, oldest first; as recorded at merge once merged. */
export async function pullCommits(repository: FakeRepository, pull: PullRequest): Promise<string[]> {
  if (pull.merged_commits) return pull.merged_commits;
  const head = await headSha(repository, pull);
  const base = await repository.branchHead(pull.base.ref);
  if (!head) return [];
  const range = base ? [head, `^${base}`] : [head];
  return (await git(repository.bareDir, ["rev-list", "--reverse", ...range])).split("\n").filter(Boolean);
}

/** Tree of merging head into base with the real `git merge-tree`, or undefined on conflicts. */
async function mergeTree(repository: FakeRepository, base: string, head: string): Promise<string | undefined> {
  try {
    return (await git(repository.bareDir, ["merge-tree", "--write-tree", "--no-messages", base, head])).split("\n")[0];
  } catch {
    return undefined;
  }
}

export async function pullJson(repository: FakeRepository, pull: PullRequest, full: boolean): Promise<Json> {
  const issue = repository.issue(pull.number) as Issue;
  const api = `${repository.apiBase}/pulls/${pull.number}`;
  const head = await headSha(repository, pull);
  const base = (await repository.branchHead(pull.base.ref)) ?? "";
  const repo = repositoryJson(repository);
  const owner = repository.world.user(repository.owner, "Organization");
  const result: Json = {
    url: api,
    id: pull.id,
    node_id: pull.node_id,
    html_url: issue.html_url,
    diff_url: `${issue.html_url}.diff`,
    patch_url: `${issue.html_url}.patch`,
    issue_url: issue.url,
    commits_url: `${api}/commits`,
    review_comments_url: `${api}/comments`,
    review_comment_url: `${repository.apiBase}/pulls/comments{/number}`,
    comments_url: issue.comments_url,
    statuses_url: `${repository.apiBase}/statuses/${head}`,
    number: pull.number,
    state: issue.state,
    locked: issue.locked,
    title: issue.title,
    user: issue.user,
    body: issue.body,
    // The pull request schemas type a label's description as a string (issues allow null).
    labels: issue.labels.map((label) => ({ ...label, description: label.description ?? "" })),
    milestone: null,
    active_lock_reason: null,
    created_at: issue.created_at,
    updated_at: issue.updated_at,
    closed_at: issue.closed_at,
    merged_at: pull.merged_at,
    merge_commit_sha: pull.merge_commit_sha,
    assignee: issue.assignee,
    assignees: issue.assignees,
    requested_reviewers: pull.requested_reviewers,
    requested_teams: pull.requested_teams.map((slug) => teamJson(repository, slug)),
    head: { label: pull.head.label, ref: pull.head.ref, sha: head, user: owner, repo },
    base: { label: pull.base.label, ref: pull.base.ref, sha: base, user: owner, repo },
    _links: {
      self: { href: api },
      html: { href: issue.html_url },
      issue: { href: issue.url },
      comments: { href: issue.comments_url },
      review_comments: { href: `${api}/comments` },
      review_comment: { href: `${repository.apiBase}/pulls/comments{/number}` },
      commits: { href: `${api}/commits` },
      statuses: { href: `${repository.apiBase}/statuses/${head}` },
    },
    author_association: issue.author_association,
    auto_merge: pull.auto_merge
      ? {
          enabled_by: pull.auto_merge.enabled_by,
          merge_method: pull.auto_merge.merge_method,
          commit_title: "",
          commit_message: "",
        }
      : null,
    draft: pull.draft,
  };
  if (full) {
    const merged = pull.merged_at !== null;
    let commits = 0;
    let additions = 0;
    let deletions = 0;
    let changedFiles = 0;
    let mergeable: boolean | null = null;
    const shas = await pullCommits(repository, pull);
    commits = shas.length;
    const first = shas[0];
    const last = shas.at(-1);
    if (first && last) {
      const parent = (await readCommit(repository.bareDir, first)).parents[0];
      const from = parent ?? (await git(repository.bareDir, ["hash-object", "-t", "tree", "/dev/null"]));
      const numstat = await git(repository.bareDir, ["diff", "--numstat", from, last]);
      for (const line of numstat.split("\n").filter(Boolean)) {
        const [added = "0", removed = "0"] = line.split("\t");
        additions += Number(added) || 0;
        deletions += Number(removed) || 0;
        changedFiles += 1;
      }
    }
    if (head && base) {
      mergeable = merged ? null : (await mergeTree(repository, base, head)) !== undefined;
    }
    Object.assign(result, {
      merged,
      mergeable,
      rebaseable: mergeable,
      mergeable_state: mergeableState(repository, pull, mergeable),
      merged_by: pull.merged_at ? (issue.closed_by ?? null) : null,
      comments: issue.comments,
      review_comments: 0,
      maintainer_can_modify: pull.maintainer_can_modify,
      commits,
      additions,
      deletions,
      changed_files: changedFiles,
    });
  }
  return result;
}

function splitHead(repository: FakeRepository, head: string): { owner: string; ref: string } {
  const colon = head.indexOf(":");
  return colon === -1
    ? { owner: repository.owner, ref: head }
    : { owner: head.slice(0, colon), ref: head.slice(colon + 1) };
}

export function registerPulls(router: Router, context: FakeContext): void {
  const { world } = context;
  const repo = (request: ApiRequest): FakeRepository => repositoryOf(context, request);
  const pullOf = (request: ApiRequest) => {
    const repository = repo(request);
    const pull = repository.pull(numberParam(request, "pull_number"));
    if (!pull) throw notFound();
    return { repository, pull, issue: repository.issue(pull.number) as Issue };
  };

  router.add("GET", "/repos/{owner}/{repo}/pulls", async (request) => {
    const repository = repo(request);
    const state = request.query.get("state") ?? "open";
    const head = request.query.get("head");
    const base = request.query.get("base");
    // GitHub ignores a head filter not in the `owner:branch` form and lists every pull request.
    const wanted = head?.includes(":") ? splitHead(repository, head) : undefined;
    const matching = repository.pulls.filter((pull) => {
      const issue = repository.issue(pull.number);
      if (!issue || (state !== "all" && issue.state !== state)) return false;
      if (base && pull.base.ref !== base) return false;
      if (wanted && (pull.head.ref !== wanted.ref || wanted.owner.toLowerCase() !== repository.owner.toLowerCase())) {
        return false;
      }
      return true;
    });
    const direction = request.query.get("direction") ?? "desc";
    const sorted = [...matching].sort((a, b) => (direction === "asc" ? a.number - b.number : b.number - a.number));
    const response = paginate(request, sorted, world.apiUrl);
    response.body = await Promise.all((response.body as PullRequest[]).map((p) => pullJson(repository, p, false)));
    return response;
  });

  router.add("GET", "/repos/{owner}/{repo}/pulls/{pull_number}", async (request) => {
    const { repository, pull } = pullOf(request);
    return { status: 200, body: await pullJson(repository, pull, true) };
  });

  router.add("POST", "/repos/{owner}/{repo}/pulls", async (request) => {
    const repository = repo(request);
    const headInput = requiredString(request.body, "head", "PullRequest");
    const baseRef = requiredString(request.body, "base", "PullRequest");
    const title = requiredString(request.body, "title", "PullRequest");
    const head = splitHead(repository, headInput);
    const headCommit = await repository.branchHead(head.ref);
    if (!headCommit || head.owner.toLowerCase() !== repository.owner.toLowerCase()) {
      throw validationFailed([{ resource: "PullRequest", field: "head", code: "invalid" }]);
    }
    const baseCommit = await repository.branchHead(baseRef);
    if (!baseCommit) throw validationFailed([{ resource: "PullRequest", field: "base", code: "invalid" }]);
    const label = `${repository.owner}:${head.ref}`;
    const duplicate = repository.pulls.find(
      (p) => p.head.ref === head.ref && p.base.ref === baseRef && repository.issue(p.number)?.state === "open",
    );
    if (duplicate) {
      throw validationFailed([
        { resource: "PullRequest", code: "custom", message: `A pull request already exists for ${label}.` },
      ]);
    }
    if (await isAncestor(repository.bareDir, headCommit, baseCommit)) {
      throw validationFailed([
        { resource: "PullRequest", code: "custom", message: `No commits between ${baseRef} and ${head.ref}` },
      ]);
    }
    const issue = repository.createIssue({
      title,
      body: nullableString(request.body, "body") ?? null,
      user: callerUser(context, request),
      pull: true,
    });
    const id = world.nextId();
    const pull: PullRequest = {
      id,
      node_id: issue.node_id,
      number: issue.number,
      head: { ref: head.ref, label, repoFullName: repository.fullName },
      base: { ref: baseRef, label: `${repository.owner}:${baseRef}` },
      draft: optionalBoolean(request.body, "draft") ?? false,
      merged_at: null,
      merge_commit_sha: null,
      merged_commits: null,
      requested_reviewers: [],
      requested_teams: [],
      auto_merge: null,
      maintainer_can_modify: optionalBoolean(request.body, "maintainer_can_modify") ?? false,
    };
    repository.pulls.push(pull);
    repository.counters.pullsCreated += 1;
    const body = await pullJson(repository, pull, true);
    return { status: 201, body, headers: { location: String(body.url) } };
  });

  router.add("PATCH", "/repos/{owner}/{repo}/pulls/{pull_number}", async (request) => {
    const { repository, pull, issue } = pullOf(request);
    const title = optionalString(request.body, "title");
    if (title !== undefined) issue.title = title;
    const body = nullableString(request.body, "body");
    if (body !== undefined) issue.body = body;
    const base = optionalString(request.body, "base");
    if (base !== undefined) {
      if (!(await repository.branchHead(base))) {
        throw validationFailed([{ resource: "PullRequest", field: "base", code: "invalid" }]);
      }
      pull.base = { ref: base, label: `${repository.owner}:${base}` };
    }
    const state = optionalString(request.body, "state");
    if (state !== undefined) {
      if (state !== "open" && state !== "closed") {
        throw validationFailed([{ resource: "PullRequest", field: "state", code: "invalid" }]);
      }
      if (state === "open" && pull.merged_at) throw new HttpError(422, "Cannot reopen a merged pull request");
      repository.setIssueState(issue, state, undefined, callerUser(context, request));
    }
    issue.updated_at = world.now();
    repository.counters.pullUpdates += 1;
    return { status: 200, body: await pullJson(repository, pull, true) };
  });

  router.add("GET", "/repos/{owner}/{repo}/pulls/{pull_number}/commits", async (request) => {
    const { repository, pull } = pullOf(request);
    const response = paginate(request, await pullCommits(repository, pull), world.apiUrl);
    response.body = await Promise.all((response.body as string[]).map((sha) => commitJson(repository, sha)));
    return response;
  });

  router.add("POST", "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers", async (request) => {
    const { repository, pull, issue } = pullOf(request);
    const reviewers = stringArray(request.body, "reviewers") ?? [];
    const teams = stringArray(request.body, "team_reviewers") ?? [];
    if (reviewers.some((login) => login.toLowerCase() === issue.user.login.toLowerCase())) {
      throw new HttpError(422, "Review cannot be requested from pull request author.");
    }
    for (const login of reviewers) {
      const user: SimpleUser = world.user(login);
      if (!pull.requested_reviewers.includes(user)) pull.requested_reviewers.push(user);
    }
    for (const team of teams) if (!pull.requested_teams.includes(team)) pull.requested_teams.push(team);
    return { status: 201, body: await pullJson(repository, pull, false) };
  });

  router.add("PUT", "/repos/{owner}/{repo}/pulls/{pull_number}/merge", async (request) => {
    const { repository, pull, issue } = pullOf(request);
    if (pull.merged_at || issue.state === "closed") throw new HttpError(405, "Pull Request is not mergeable");
    const head = await headSha(repository, pull);
    const expected = optionalString(request.body, "sha");
    if (expected !== undefined && expected !== head) {
      throw new HttpError(409, "Head branch was modified. Review and try the merge again.");
    }
    const base = (await repository.branchHead(pull.base.ref)) ?? "";
    const tree = await mergeTree(repository, base, head);
    if (!tree) throw new HttpError(405, "Pull Request is not mergeable");
    const method = optionalString(request.body, "merge_method") ?? "merge";
    if (!["merge", "squash", "rebase"].includes(method)) {
      throw validationFailed([{ resource: "PullRequest", field: "merge_method", code: "invalid" }]);
    }
    const title =
      optionalString(request.body, "commit_title") ??
      (method === "merge"
        ? `Merge pull request #${pull.number} from ${pull.head.label}`
        : `${issue.title} (#${pull.number})`);
    const message = optionalString(request.body, "commit_message") ?? (method === "merge" ? issue.title : "");
    const headCommit = await readCommit(repository.bareDir, head);
    const commits = await pullCommits(repository, pull);
    // A rebase merge is recorded as one commit on base with the head's tree (no per-commit replay).
    const sha = await commitTree(repository.bareDir, {
      tree,
      parents: method === "merge" ? [base, head] : [base],
      message: method === "rebase" ? headCommit.message : message ? `${title}\n\n${message}` : title,
      author: method === "rebase" ? headCommit.author : FAKE_COMMITTER,
      committer: FAKE_COMMITTER,
    });
    if (!(await updateRef(repository.bareDir, `refs/heads/${pull.base.ref}`, sha, base))) {
      throw new HttpError(409, "Base branch was modified. Review and try the merge again.");
    }
    const now = world.now();
    pull.merged_at = now;
    pull.merge_commit_sha = sha;
    pull.merged_commits = commits;
    if (issue.pull_request) issue.pull_request.merged_at = now;
    repository.setIssueState(issue, "closed", "completed", callerUser(context, request));
    issue.updated_at = now;
    repository.counters.apiCommits += 1;
    return { status: 200, body: { sha, merged: true, message: "Pull Request successfully merged" } };
  });
}
