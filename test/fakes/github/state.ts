import { timestamp } from "./http.ts";

/** Plain objects shaped like GitHub's REST responses; the routes serve them as they are. */
export interface SimpleUser {
  login: string;
  id: number;
  node_id: string;
  avatar_url: string;
  gravatar_id: string;
  url: string;
  html_url: string;
  followers_url: string;
  following_url: string;
  gists_url: string;
  starred_url: string;
  subscriptions_url: string;
  organizations_url: string;
  repos_url: string;
  events_url: string;
  received_events_url: string;
  type: "User" | "Bot" | "Organization";
  site_admin: boolean;
  user_view_type: string;
}

export interface Label {
  id: number;
  node_id: string;
  url: string;
  name: string;
  description: string | null;
  color: string;
  default: boolean;
}

export interface Issue {
  id: number;
  node_id: string;
  url: string;
  repository_url: string;
  labels_url: string;
  comments_url: string;
  events_url: string;
  html_url: string;
  number: number;
  state: "open" | "closed";
  state_reason: "completed" | "not_planned" | "reopened" | "duplicate" | null;
  title: string;
  body: string | null;
  user: SimpleUser;
  labels: Label[];
  assignee: SimpleUser | null;
  assignees: SimpleUser[];
  milestone: null;
  locked: boolean;
  active_lock_reason: string | null;
  comments: number;
  pull_request?: { url: string; html_url: string; diff_url: string; patch_url: string; merged_at: string | null };
  closed_at: string | null;
  closed_by: SimpleUser | null;
  created_at: string;
  updated_at: string;
  author_association: string;
}

export interface IssueComment {
  id: number;
  node_id: string;
  url: string;
  html_url: string;
  issue_url: string;
  body: string;
  user: SimpleUser;
  created_at: string;
  updated_at: string;
  author_association: string;
}

/** A pull request's own fields; title, body, state and labels live on its issue (same number). */
export interface PullRequest {
  id: number;
  node_id: string;
  number: number;
  head: { ref: string; label: string; repoFullName: string };
  base: { ref: string; label: string };
  draft: boolean;
  merged_at: string | null;
  merge_commit_sha: string | null;
  /** The pull request's commits when it was merged (afterwards base contains them). */
  merged_commits: string[] | null;
  requested_reviewers: SimpleUser[];
  requested_teams: string[];
  auto_merge: { enabled_by: SimpleUser; merge_method: "merge" | "squash" | "rebase" } | null;
  maintainer_can_modify: boolean;
}

export interface Release {
  id: number;
  node_id: string;
  url: string;
  html_url: string;
  assets_url: string;
  upload_url: string;
  tarball_url: string | null;
  zipball_url: string | null;
  tag_name: string;
  target_commitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  make_latest?: string;
  created_at: string;
  published_at: string | null;
  author: SimpleUser;
  assets: unknown[];
}

export interface Environment {
  id: number;
  node_id: string;
  name: string;
  url: string;
  html_url: string;
  created_at: string;
  updated_at: string;
  protection_rules: Array<Record<string, unknown>>;
  deployment_branch_policy: { protected_branches: boolean; custom_branch_policies: boolean } | null;
  wait_timer: number;
  reviewers: Array<{ type: "User" | "Team"; id: number }>;
  /** The name patterns of a `custom_branch_policies` policy (GitHub's deployment-branch-policies). */
  branch_policies: Array<{ name: string; type: "branch" | "tag" }>;
}

export interface Deployment {
  url: string;
  id: number;
  node_id: string;
  sha: string;
  ref: string;
  task: string;
  payload: Record<string, unknown> | string;
  original_environment: string;
  environment: string;
  description: string | null;
  creator: SimpleUser;
  created_at: string;
  updated_at: string;
  statuses_url: string;
  repository_url: string;
  transient_environment: boolean;
  production_environment: boolean;
}

export interface DeploymentStatus {
  url: string;
  id: number;
  node_id: string;
  state: string;
  creator: SimpleUser;
  description: string;
  environment: string;
  target_url: string;
  log_url: string;
  environment_url: string;
  created_at: string;
  updated_at: string;
  deployment_url: string;
  repository_url: string;
}

/** A workflow run waiting on environment approval; tests create them with `addPendingDeployment`. */
export interface PendingDeployment {
  runId: number;
  environment: string;
  /** When the run started waiting: the wait timer counts from here. */
  createdAt: string;
  /** Who triggered the run, and the ref and commit it deploys (the approval's deployment uses them). */
  requester?: SimpleUser;
  ref?: string;
  sha?: string;
  /** Set when approved or rejected through the API. */
  review?: { state: "approved" | "rejected"; comment: string; user: SimpleUser; at: string };
  /** A wait timer with no reviewers let the run go: it no longer waits. */
  timerPassed?: boolean;
  /** The deployment GitHub created when the run was approved; the job's statuses go to it. */
  deployment?: Deployment;
}

/** How often each kind of change went through the API: counting edits is how tests catch spam. */
export interface Counters {
  issuesCreated: number;
  issueUpdates: number;
  commentsCreated: number;
  commentUpdates: number;
  labelsCreated: number;
  pullsCreated: number;
  pullUpdates: number;
  releasesCreated: number;
  releaseUpdates: number;
  releasesDeleted: number;
  /** Commits written by the API (contents, git data, createCommitOnBranch). */
  apiCommits: number;
  refUpdates: number;
  /** Successful `git push`es over smart HTTP. */
  pushes: number;
  deploymentsCreated: number;
  deploymentStatusesCreated: number;
}

export function newCounters(): Counters {
  return {
    issuesCreated: 0,
    issueUpdates: 0,
    commentsCreated: 0,
    commentUpdates: 0,
    labelsCreated: 0,
    pullsCreated: 0,
    pullUpdates: 0,
    releasesCreated: 0,
    releaseUpdates: 0,
    releasesDeleted: 0,
    apiCommits: 0,
    refUpdates: 0,
    pushes: 0,
    deploymentsCreated: 0,
    deploymentStatusesCreated: 0,
  };
}

/** Ids and URLs shared by every object of one fake server. */
export class World {
  /** Set once the server listens (the port is known only then). */
  apiUrl: string;
  serverUrl: string;
  readonly users = new Map<string, SimpleUser>();
  private lastId = 1000;

  constructor(serverUrl: string, apiUrl: string) {
    this.serverUrl = serverUrl;
    this.apiUrl = apiUrl;
  }

  nextId(): number {
    this.lastId += 1;
    return this.lastId;
  }

  nodeId(prefix: string, id: number): string {
    return `${prefix}_${Buffer.from(`fake:${id}`).toString("base64url")}`;
  }

  user(login: string, type: SimpleUser["type"] = login.endsWith("[bot]") ? "Bot" : "User"): SimpleUser {
    const known = this.users.get(login.toLowerCase());
    if (known) return known;
    const id = login === "github-actions[bot]" ? 41898282 : this.nextId();
    const api = `${this.apiUrl}/users/${encodeURIComponent(login)}`;
    const user: SimpleUser = {
      login,
      id,
      node_id: this.nodeId(type === "Bot" ? "BOT" : "U", id),
      avatar_url: `${this.serverUrl}/avatars/u/${id}`,
      gravatar_id: "",
      url: api,
      html_url: `${this.serverUrl}/${encodeURIComponent(login)}`,
      followers_url: `${api}/followers`,
      following_url: `${api}/following{/other_user}`,
      gists_url: `${api}/gists{/gist_id}`,
      starred_url: `${api}/starred{/owner}{/repo}`,
      subscriptions_url: `${api}/subscriptions`,
      organizations_url: `${api}/orgs`,
      repos_url: `${api}/repos`,
      events_url: `${api}/events{/privacy}`,
      received_events_url: `${api}/received_events`,
      type,
      site_admin: false,
      user_view_type: "public",
    };
    this.users.set(login.toLowerCase(), user);
    return user;
  }

  now(): string {
    return timestamp();
  }
}
