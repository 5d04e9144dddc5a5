import {
  buildTree,
  commitTree,
  type GitIdentity,
  git,
  initBare,
  lsTree,
  readBlob,
  readCommit,
  resolve,
  type TreeEdit,
  updateRef,
  writeBlob,
} from "./git.ts";
import { HttpError } from "./http.ts";
import {
  type Counters,
  type Deployment,
  type DeploymentStatus,
  type Environment,
  type Issue,
  type IssueComment,
  type Label,
  newCounters,
  type PendingDeployment,
  type PullRequest,
  type Release,
  type SimpleUser,
  type World,
} from "./state.ts";

/** GitHub's default label colours, used when a label is auto-created by an issue. */
const DEFAULT_COLOR = "ededed";

export const FAKE_COMMITTER: GitIdentity = { name: "GitHub", email: "noreply@github.com" };

export interface FileChange {
  path: string;
  /** undefined deletes the file. */
  content?: Buffer;
  mode?: string;
}

/**
 * One repository of the fake: GitHub-shaped plain objects for the API state, and a real
 * bare git repository on disk for everything git (refs, commits, trees, tags, contents).
 */
export class FakeRepository {
  readonly world: World;
  readonly id: number;
  readonly node_id: string;
  readonly fullName: string;
  readonly owner: string;
  readonly name: string;
  readonly bareDir: string;
  defaultBranch: string;
  private: boolean;
  readonly createdAt: string;
  pushedAt: string;

  /** Issues and pull requests share this list and their numbers, as on GitHub. */
  readonly issues: Issue[] = [];
  readonly comments: IssueComment[] = [];
  readonly labels: Label[] = [];
  readonly pulls: PullRequest[] = [];
  readonly releases: Release[] = [];
  readonly environments = new Map<string, Environment>();
  readonly deployments: Deployment[] = [];
  readonly deploymentStatuses = new Map<number, DeploymentStatus[]>();
  readonly pendingDeployments: PendingDeployment[] = [];
  readonly counters: Counters = newCounters();
  /** The repository setting auto-merge needs ("Allow auto-merge"). */
  allowAutoMerge = true;
  /**
   * Branches with protection rules (required reviews or checks). A pull request into one is
   * `blocked` until they pass, which is when GitHub lets auto-merge be enabled; into any other
   * branch it is `clean` and GitHub refuses auto-merge. The default branch by default.
   */
  readonly protectedBranches = new Set<string>();
  private lastNumber = 0;

  constructor(world: World, fullName: string, bareDir: string, options: { defaultBranch: string; private: boolean }) {
    this.world = world;
    this.id = world.nextId();
    this.node_id = world.nodeId("R", this.id);
    this.fullName = fullName;
    const [owner = "", name = ""] = fullName.split("/");
    this.owner = owner;
    this.name = name;
    this.bareDir = bareDir;
    this.defaultBranch = options.defaultBranch;
    this.private = options.private;
    this.protectedBranches.add(options.defaultBranch);
    this.createdAt = world.now();
    this.pushedAt = this.createdAt;
  }

  get apiBase(): string {
    return `${this.world.apiUrl}/repos/${this.fullName}`;
  }

  get htmlBase(): string {
    return `${this.world.serverUrl}/${this.fullName}`;
  }

  get cloneUrl(): string {
    return `${this.world.serverUrl}/${this.fullName}.git`;
  }

  async init(files: Record<string, string>): Promise<void> {
    await initBare(this.bareDir, this.defaultBranch);
    if (Object.keys(files).length > 0) {
      await this.commitFiles({
        branch: this.defaultBranch,
        message: "Initial commit",
        changes: Object.entries(files).map(([path, content]) => ({ path, content: Buffer.from(content) })),
      });
    }
  }

  nextNumber(): number {
    this.lastNumber += 1;
    return this.lastNumber;
  }

  // ---- git ----

  /** The commit a branch, tag or sha points at (tags peeled), or undefined. */
  async resolveCommit(ref: string): Promise<string | undefined> {
    for (const candidate of [`refs/heads/${ref}`, `refs/tags/${ref}`, ref]) {
      if (candidate.startsWith("-")) continue;
      const sha = await resolve(this.bareDir, `${candidate}^{commit}`);
      if (sha) return sha;
    }
    return undefined;
  }

  async branchHead(branch: string): Promise<string | undefined> {
    return resolve(this.bareDir, `refs/heads/${branch}^{commit}`);
  }

  async branches(): Promise<string[]> {
    const out = await git(this.bareDir, ["for-each-ref", "--format=%(refname:strip=2)", "refs/heads/"]);
    return out.split("\n").filter(Boolean);
  }

  async tags(): Promise<string[]> {
    const out = await git(this.bareDir, ["for-each-ref", "--format=%(refname:strip=2)", "refs/tags/"]);
    return out.split("\n").filter(Boolean);
  }

  /** Creates (or moves) a branch at a revision, the default branch's head by default. */
  async createBranch(name: string, from: string = this.defaultBranch): Promise<string> {
    const sha = await this.resolveCommit(from);
    if (!sha) throw new Error(`No commit ${from} in ${this.fullName}`);
    await updateRef(this.bareDir, `refs/heads/${name}`, sha);
    return sha;
  }

  /** A file's content at a ref (default branch when omitted), or undefined. */
  async readFile(path: string, ref: string = this.defaultBranch): Promise<string | undefined> {
    const commit = await this.resolveCommit(ref);
    if (!commit) return undefined;
    const entries = await lsTree(this.bareDir, commit, { path });
    const entry = entries.find((e) => e.path === path && e.type === "blob");
    return entry ? (await readBlob(this.bareDir, entry.sha)).toString("utf8") : undefined;
  }

  async commitMessages(ref: string = this.defaultBranch): Promise<string[]> {
    const out = await git(this.bareDir, ["log", "--format=%B%x00", ref]);
    return out
      .split("\0")
      .map((m) => m.trim())
      .filter(Boolean);
  }

  /**
   * Writes a commit of file changes on top of a branch and moves the branch with
   * compare-and-swap; 409 when the branch moved meanwhile (`expectedHead`).
   */
  async commitFiles(options: {
    branch: string;
    message: string;
    changes: FileChange[];
    expectedHead?: string;
    author?: GitIdentity;
    committer?: GitIdentity;
  }): Promise<string> {
    const parent = await this.branchHead(options.branch);
    if (options.expectedHead !== undefined && options.expectedHead !== (parent ?? "")) {
      throw new HttpError(409, `Branch ${options.branch} moved: expected ${options.expectedHead}, found ${parent}`);
    }
    const baseTree = parent ? (await readCommit(this.bareDir, parent)).tree : undefined;
    const edits: TreeEdit[] = [];
    for (const change of options.changes) {
      if (change.content === undefined) edits.push({ path: change.path });
      else edits.push({ path: change.path, sha: await writeBlob(this.bareDir, change.content), mode: change.mode });
    }
    const tree = await buildTree(this.bareDir, baseTree, edits);
    const sha = await commitTree(this.bareDir, {
      tree,
      parents: parent ? [parent] : [],
      message: options.message,
      author: options.author ?? FAKE_COMMITTER,
      committer: options.committer ?? options.author ?? FAKE_COMMITTER,
    });
    if (!(await updateRef(this.bareDir, `refs/heads/${options.branch}`, sha, parent ?? ""))) {
      throw new HttpError(409, `Branch ${options.branch} moved while committing`);
    }
    this.counters.apiCommits += 1;
    this.pushedAt = this.world.now();
    return sha;
  }

  // ---- labels ----

  label(name: string): Label | undefined {
    return this.labels.find((l) => l.name.toLowerCase() === name.toLowerCase());
  }

  createLabel(name: string, color = DEFAULT_COLOR, description: string | null = null): Label {
    const id = this.world.nextId();
    const label: Label = {
      id,
      node_id: this.world.nodeId("LA", id),
      url: `${this.apiBase}/labels/${encodeURIComponent(name)}`,
      name,
      description,
      color: color.replace(/^#/, ""),
      default: false,
    };
    this.labels.push(label);
    this.counters.labelsCreated += 1;
    return label;
  }

  /** Like GitHub for a caller with push access: unknown labels are created on the fly. */
  labelsByName(names: string[]): Label[] {
    const result: Label[] = [];
    for (const name of names) {
      const label = this.label(name) ?? this.createLabel(name);
      if (!result.includes(label)) result.push(label);
    }
    return result;
  }

  // ---- issues ----

  issue(number: number): Issue | undefined {
    return this.issues.find((i) => i.number === number);
  }

  /** Creates an issue (or the issue half of a pull request) with the next shared number. */
  createIssue(options: {
    title: string;
    body?: string | null;
    labels?: string[];
    assignees?: string[];
    user: SimpleUser;
    pull?: boolean;
  }): Issue {
    const number = this.nextNumber();
    const id = this.world.nextId();
    const url = `${this.apiBase}/issues/${number}`;
    const now = this.world.now();
    const assignees = (options.assignees ?? []).map((login) => this.world.user(login));
    const issue: Issue = {
      id,
      node_id: this.world.nodeId(options.pull ? "PR" : "I", id),
      url,
      repository_url: this.apiBase,
      labels_url: `${url}/labels{/name}`,
      comments_url: `${url}/comments`,
      events_url: `${url}/events`,
      html_url: `${this.htmlBase}/${options.pull ? "pull" : "issues"}/${number}`,
      number,
      state: "open",
      state_reason: null,
      title: options.title,
      body: options.body ?? null,
      user: options.user,
      labels: this.labelsByName(options.labels ?? []),
      assignee: assignees[0] ?? null,
      assignees,
      milestone: null,
      locked: false,
      active_lock_reason: null,
      comments: 0,
      closed_at: null,
      closed_by: null,
      created_at: now,
      updated_at: now,
      author_association: "MEMBER",
    };
    if (options.pull) {
      issue.pull_request = {
        url: `${this.apiBase}/pulls/${number}`,
        html_url: issue.html_url,
        diff_url: `${issue.html_url}.diff`,
        patch_url: `${issue.html_url}.patch`,
        merged_at: null,
      };
    }
    this.issues.push(issue);
    return issue;
  }

  /** Closing sets closed_at/closed_by and a state_reason; reopening clears them. */
  setIssueState(issue: Issue, state: "open" | "closed", reason: Issue["state_reason"] | undefined, by: SimpleUser) {
    if (state === "closed" && issue.state !== "closed") {
      issue.closed_at = this.world.now();
      issue.closed_by = by;
      issue.state_reason = reason ?? "completed";
    } else if (state === "open" && issue.state !== "open") {
      issue.closed_at = null;
      issue.closed_by = null;
      issue.state_reason = "reopened";
    } else if (reason !== undefined) {
      issue.state_reason = reason;
    }
    issue.state = state;
  }

  addComment(issue: Issue, body: string, user: SimpleUser): IssueComment {
    const id = this.world.nextId();
    const now = this.world.now();
    const comment: IssueComment = {
      id,
      node_id: this.world.nodeId("IC", id),
      url: `${this.apiBase}/issues/comments/${id}`,
      html_url: `${issue.html_url}#issuecomment-${id}`,
      issue_url: issue.url,
      body,
      user,
      created_at: now,
      updated_at: now,
      author_association: "MEMBER",
    };
    this.comments.push(comment);
    issue.comments += 1;
    issue.updated_at = now;
    this.counters.commentsCreated += 1;
    return comment;
  }

  commentsOf(issue: Issue): IssueComment[] {
    return this.comments.filter((c) => c.issue_url === issue.url);
  }

  pull(number: number): PullRequest | undefined {
    return this.pulls.find((p) => p.number === number);
  }

  // ---- deployments ----

  /** Declares that workflow run `runId` waits for approval of `environment` (created if missing). */
  addPendingDeployment(
    runId: number,
    environment: string,
    details: Pick<PendingDeployment, "requester" | "ref" | "sha"> = {},
  ): PendingDeployment {
    this.ensureEnvironment(environment);
    const pending: PendingDeployment = { runId, environment, createdAt: this.world.now(), ...details };
    this.pendingDeployments.push(pending);
    return pending;
  }

  /**
   * Limits `environment` to refs matching `name` (GitHub's custom deployment branch policy,
   * fnmatch-style: `*` stops at `/`, `**` does not), as POST .../deployment-branch-policies does.
   */
  addDeploymentBranchPolicy(environment: string, name: string, type: "branch" | "tag" = "branch"): void {
    const target = this.ensureEnvironment(environment);
    target.deployment_branch_policy = { protected_branches: false, custom_branch_policies: true };
    target.branch_policies.push({ name, type });
  }

  ensureEnvironment(name: string): Environment {
    const known = this.environments.get(name);
    if (known) return known;
    const id = this.world.nextId();
    const now = this.world.now();
    const environment: Environment = {
      id,
      node_id: this.world.nodeId("EN", id),
      name,
      url: `${this.apiBase}/environments/${encodeURIComponent(name)}`,
      html_url: `${this.htmlBase}/deployments/activity_log?environments_filter=${encodeURIComponent(name)}`,
      created_at: now,
      updated_at: now,
      protection_rules: [],
      deployment_branch_policy: null,
      wait_timer: 0,
      reviewers: [],
      branch_policies: [],
    };
    this.environments.set(name, environment);
    return environment;
  }
}
