import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { createGitHubClient, type GitHubClient } from "@platform/github";
import { type FakeRepository, type GitHubFake, startGitHubFake } from "./index.ts";
import { contractViolations, GitHubOpenApi } from "./openapi.ts";

/**
 * Drives every route the fake serves through the real Octokit client, with behaviour
 * checks along the way, then validates every recorded response against GitHub's OpenAPI
 * description and checks that no route was left out.
 */
let fake: GitHubFake;
let octokit: GitHubClient;
let repository: FakeRepository;
const owner = "octo-org";
const repo = "contract";
const base = { owner, repo };

type Failure = { status: number; message: string; response?: { data: unknown } };
function failure(promise: Promise<unknown>): Promise<Failure> {
  return promise.then(
    () => {
      throw new Error("expected the request to fail");
    },
    (error: Failure) => error,
  );
}

/** plugin-retry retries 409 and 405 (GitHub's answers to races); expected ones need no retry. */
const noRetry = { retries: 0 };
const b64 = (text: string): string => Buffer.from(text).toString("base64");

beforeAll(async () => {
  fake = await startGitHubFake();
  repository = await fake.createRepository(`${owner}/${repo}`, {
    files: { "README.md": "# contract\n", "envs/dev/values.yaml": "tag: v1\n", "envs/prod/values.yaml": "tag: v0\n" },
  });
  octokit = createGitHubClient({ token: fake.token, baseUrl: fake.apiUrl, rateLimitRetries: 0 });
});

afterAll(async () => {
  await fake.stop();
});

describe("repositories and users", () => {
  test("repository, user, branches", async () => {
    const { data } = await octokit.rest.repos.get(base);
    expect(data.full_name).toBe(`${owner}/${repo}`);
    expect(data.clone_url).toBe(`${fake.serverUrl}/${owner}/${repo}.git`);
    expect((await octokit.rest.users.getAuthenticated()).data.login).toBe("github-actions[bot]");
    expect((await octokit.rest.users.getByUsername({ username: "github-actions[bot]" })).data.type).toBe("Bot");
    expect((await failure(octokit.rest.users.getByUsername({ username: "nobody-here" }))).status).toBe(404);
    const branches = await octokit.rest.repos.listBranches(base);
    expect(branches.data.map((b) => b.name)).toEqual(["main"]);
    const branch = await octokit.rest.repos.getBranch({ ...base, branch: "main" });
    expect(branch.data.commit.sha).toBe(await repository.branchHead("main"));
    expect((await failure(octokit.rest.repos.getBranch({ ...base, branch: "nope" }))).status).toBe(404);
    const limits = await octokit.rest.rateLimit.get();
    expect(limits.data.resources.core.remaining).toBeLessThan(5000);
    expect(limits.data.rate.limit).toBe(5000);
  });
});

describe("git database", () => {
  test("blobs, trees, commits, refs and tags build a real history", async () => {
    const head = (await repository.branchHead("main")) ?? "";
    const blob = await octokit.rest.git.createBlob({ ...base, content: b64("tag: v2\n"), encoding: "base64" });
    expect((await octokit.rest.git.getBlob({ ...base, file_sha: blob.data.sha })).data.content.replace(/\n/g, "")).toBe(
      b64("tag: v2\n"),
    );
    const headCommit = await octokit.rest.git.getCommit({ ...base, commit_sha: head });
    const tree = await octokit.rest.git.createTree({
      ...base,
      base_tree: headCommit.data.tree.sha,
      tree: [
        { path: "envs/dev/values.yaml", mode: "100644", type: "blob", sha: blob.data.sha },
        { path: "envs/new/file.txt", mode: "100644", type: "blob", content: "new\n" },
        { path: "README.md", mode: "100644", type: "blob", sha: null },
      ],
    });
    const listed = await octokit.rest.git.getTree({ ...base, tree_sha: tree.data.sha, recursive: "1" });
    expect(listed.data.tree.map((e) => e.path)).toEqual(
      expect.arrayContaining(["envs/dev/values.yaml", "envs/new/file.txt", "envs/prod/values.yaml"]),
    );
    expect(listed.data.tree.map((e) => e.path)).not.toContain("README.md");
    const commit = await octokit.rest.git.createCommit({
      ...base,
      message: "feat: via git data",
      tree: tree.data.sha,
      parents: [head],
      author: { name: "Bot", email: "bot@example.test", date: "2026-01-02T03:04:05Z" },
    });
    expect(commit.data.author.date).toBe("2026-01-02T03:04:05Z");
    expect(
      (await failure(octokit.rest.git.createCommit({ ...base, message: "x", tree: "0".repeat(40), parents: [] })))
        .status,
    ).toBe(422);

    await octokit.rest.git.createRef({ ...base, ref: "refs/heads/feature/data", sha: commit.data.sha });
    const duplicate = await failure(octokit.rest.git.createRef({ ...base, ref: "refs/heads/feature/data", sha: head }));
    expect(duplicate.status).toBe(422);
    expect(duplicate.message).toContain("Reference already exists");
    const invalid = await failure(octokit.rest.git.createRef({ ...base, ref: "refs/heads/bad..name", sha: head }));
    expect(invalid.status).toBe(422);
    expect(await repository.readFile("envs/dev/values.yaml", "feature/data")).toBe("tag: v2\n");

    const ref = await octokit.rest.git.getRef({ ...base, ref: "heads/feature/data" });
    expect(ref.data.object.sha).toBe(commit.data.sha);
    expect((await failure(octokit.rest.git.getRef({ ...base, ref: "heads/missing" }))).status).toBe(404);
    const matching = await octokit.rest.git.listMatchingRefs({ ...base, ref: "heads/" });
    expect(matching.data.map((r) => r.ref)).toEqual(["refs/heads/feature/data", "refs/heads/main"]);
    const all = await octokit.request("GET /repos/{owner}/{repo}/git/refs", base);
    expect(Array.isArray(all.data)).toBe(true);
    const legacy = await octokit.request("GET /repos/{owner}/{repo}/git/refs/{ref}", { ...base, ref: "heads/main" });
    expect(legacy.data).toMatchObject({ ref: "refs/heads/main" });
    const legacyPrefix = await octokit.request("GET /repos/{owner}/{repo}/git/refs/{ref}", { ...base, ref: "heads" });
    expect(Array.isArray(legacyPrefix.data)).toBe(true);

    // main is not a descendant of feature/data's commit's sibling: a non-fast-forward is refused.
    const other = await octokit.rest.git.createCommit({ ...base, message: "other", tree: tree.data.sha, parents: [] });
    const nonFf = await failure(octokit.rest.git.updateRef({ ...base, ref: "heads/main", sha: other.data.sha }));
    expect(nonFf.status).toBe(422);
    expect(nonFf.message).toContain("fast forward");
    const moved = await octokit.rest.git.updateRef({ ...base, ref: "heads/main", sha: commit.data.sha });
    expect(moved.data.object.sha).toBe(commit.data.sha);

    const tag = await octokit.rest.git.createTag({
      ...base,
      tag: "v2.0.0",
      message: "release v2.0.0",
      object: commit.data.sha,
      type: "commit",
      tagger: { name: "Bot", email: "bot@example.test", date: "2026-01-02T03:04:05Z" },
    });
    expect((await octokit.rest.git.getTag({ ...base, tag_sha: tag.data.sha })).data.object.sha).toBe(commit.data.sha);
    await octokit.rest.git.createRef({ ...base, ref: "refs/tags/v2.0.0", sha: tag.data.sha });
    expect(await repository.resolveCommit("v2.0.0")).toBe(commit.data.sha);

    await octokit.rest.git.deleteRef({ ...base, ref: "heads/feature/data" });
    expect(await repository.branches()).toEqual(["main"]);
    expect((await failure(octokit.rest.git.deleteRef({ ...base, ref: "heads/feature/data" }))).status).toBe(422);
  });

  test("commits, commit by ref and compare", async () => {
    const head = (await repository.branchHead("main")) ?? "";
    const { data } = await octokit.rest.repos.getCommit({ ...base, ref: "main" });
    expect(data.sha).toBe(head);
    expect(data.files?.map((f) => f.filename).sort()).toEqual([
      "README.md",
      "envs/dev/values.yaml",
      "envs/new/file.txt",
    ]);
    expect((await failure(octokit.rest.repos.getCommit({ ...base, ref: "nope" }))).status).toBe(422);
    const list = await octokit.rest.repos.listCommits({ ...base, sha: "main", path: "envs/dev/values.yaml" });
    expect(list.data.map((c) => c.commit.message)).toEqual(["feat: via git data", "Initial commit"]);
    const compare = await octokit.rest.repos.compareCommitsWithBasehead({
      ...base,
      basehead: `${data.parents[0]?.sha}...main`,
    });
    expect(compare.data).toMatchObject({ status: "ahead", ahead_by: 1, behind_by: 0, total_commits: 1 });
  });
});

describe("contents", () => {
  test("get a file, a directory and the root; raw media type", async () => {
    const { data } = await octokit.rest.repos.getContent({ ...base, path: "envs/dev/values.yaml" });
    expect(Array.isArray(data)).toBe(false);
    if (Array.isArray(data) || data.type !== "file") throw new Error("expected a file");
    expect(Buffer.from(data.content, "base64").toString()).toBe("tag: v2\n");
    const dir = await octokit.rest.repos.getContent({ ...base, path: "envs" });
    expect(Array.isArray(dir.data) && dir.data.map((e) => e.name)).toEqual(["dev", "new", "prod"]);
    const root = await octokit.request("GET /repos/{owner}/{repo}/contents", base);
    expect(Array.isArray(root.data)).toBe(true);
    const raw = await octokit.rest.repos.getContent({
      ...base,
      path: "envs/prod/values.yaml",
      mediaType: { format: "raw" },
    });
    expect(Buffer.from(raw.data as unknown as ArrayBuffer).toString()).toBe("tag: v0\n");
    expect((await failure(octokit.rest.repos.getContent({ ...base, path: "nope.txt" }))).status).toBe(404);
    const old = await octokit.rest.repos.getContent({ ...base, path: "README.md", ref: "v2.0.0~1" });
    expect(Array.isArray(old.data)).toBe(false);
  });

  test("create, update with sha, stale sha is 409, missing sha is 422, delete", async () => {
    const created = await octokit.rest.repos.createOrUpdateFileContents({
      ...base,
      path: "docs/new.md",
      message: "docs: add",
      content: b64("one\n"),
    });
    expect(created.status).toBe(201);
    const sha = created.data.content?.sha ?? "";
    const updated = await octokit.rest.repos.createOrUpdateFileContents({
      ...base,
      path: "docs/new.md",
      message: "docs: update",
      content: b64("two\n"),
      sha,
      committer: { name: "Someone", email: "someone@example.test" },
    });
    expect(updated.status).toBe(200);
    // GitHub signs what it commits as itself; a commit with a given committer stays unsigned.
    expect(created.data.commit.verification?.verified).toBe(true);
    expect(updated.data.commit.verification?.verified).toBe(false);
    expect(await repository.readFile("docs/new.md")).toBe("two\n");
    const stale = await failure(
      octokit.rest.repos.createOrUpdateFileContents({
        ...base,
        path: "docs/new.md",
        message: "x",
        content: b64("3"),
        sha,
        request: noRetry,
      }),
    );
    expect(stale.status).toBe(409);
    expect(stale.message).toContain(`docs/new.md does not match ${sha}`);
    const missing = await failure(
      octokit.rest.repos.createOrUpdateFileContents({ ...base, path: "docs/new.md", message: "x", content: b64("3") }),
    );
    expect(missing.status).toBe(422);
    expect(missing.message).toContain('"sha" wasn\'t supplied');
    await octokit.rest.repos.deleteFile({
      ...base,
      path: "docs/new.md",
      message: "docs: remove",
      sha: updated.data.content?.sha ?? "",
    });
    expect(await repository.readFile("docs/new.md")).toBeUndefined();
    expect(repository.counters.apiCommits).toBeGreaterThanOrEqual(3);
  });
});

describe("issues", () => {
  test("issues, comments and labels", async () => {
    const issue = await octokit.rest.issues.create({
      ...base,
      title: "Drift",
      body: "b",
      labels: ["drift"],
      assignees: ["octocat"],
    });
    expect(issue.data.assignees?.map((a) => a.login)).toEqual(["octocat"]);
    await octokit.rest.issues.get({ ...base, issue_number: issue.data.number });
    expect((await failure(octokit.rest.issues.get({ ...base, issue_number: 999 }))).status).toBe(404);
    await octokit.rest.issues.listForRepo({ ...base, state: "all" });
    await octokit.rest.issues.update({
      ...base,
      issue_number: issue.data.number,
      title: "Drift!",
      labels: ["drift", "p1"],
    });
    const search = await octokit.rest.search.issuesAndPullRequests({
      q: `repo:${owner}/${repo} is:issue is:open in:title "Drift!" label:drift`,
    });
    expect(search.data.items.map((i) => i.number)).toEqual([issue.data.number]);
    const none = await octokit.rest.search.issuesAndPullRequests({ q: `repo:${owner}/${repo} is:closed Drift` });
    expect(none.data).toMatchObject({ total_count: 0, items: [] });
    const comment = await octokit.rest.issues.createComment({ ...base, issue_number: issue.data.number, body: "c" });
    await octokit.rest.issues.getComment({ ...base, comment_id: comment.data.id });
    await octokit.rest.issues.updateComment({ ...base, comment_id: comment.data.id, body: "c2" });
    await octokit.rest.issues.listComments({ ...base, issue_number: issue.data.number });
    await octokit.rest.issues.deleteComment({ ...base, comment_id: comment.data.id });
    expect(repository.comments).toHaveLength(0);
    await octokit.rest.issues.listLabelsOnIssue({ ...base, issue_number: issue.data.number });
    await octokit.rest.issues.addLabels({ ...base, issue_number: issue.data.number, labels: ["p2"] });
    await octokit.rest.issues.setLabels({ ...base, issue_number: issue.data.number, labels: ["p3", "drift"] });
    await octokit.rest.issues.removeLabel({ ...base, issue_number: issue.data.number, name: "p3" });
    await octokit.rest.issues.removeAllLabels({ ...base, issue_number: issue.data.number });
    expect(repository.issue(issue.data.number)?.labels).toEqual([]);
    await octokit.rest.issues.createLabel({ ...base, name: "area/infra", color: "#aabbcc" });
    await octokit.rest.issues.getLabel({ ...base, name: "area/infra" });
    await octokit.rest.issues.updateLabel({ ...base, name: "area/infra", new_name: "area/platform", description: "d" });
    expect(repository.label("area/platform")?.color).toBe("aabbcc");
    await octokit.rest.issues.listLabelsForRepo(base);
    await octokit.rest.issues.deleteLabel({ ...base, name: "area/platform" });
    expect((await failure(octokit.rest.issues.getLabel({ ...base, name: "area/platform" }))).status).toBe(404);
  });
});

describe("pull requests", () => {
  test("create, duplicate, list by head, update, reviewers, merge", async () => {
    const head = (await repository.branchHead("main")) ?? "";
    await repository.commitFiles({ branch: "main", message: "noop", changes: [] });
    await octokit.rest.git.createRef({ ...base, ref: "refs/heads/bump", sha: head });
    const bumped = await repository.commitFiles({
      branch: "bump",
      message: "chore: bump prod",
      changes: [{ path: "envs/prod/values.yaml", content: Buffer.from("tag: v2\n") }],
    });
    await octokit.rest.git.createRef({
      ...base,
      ref: "refs/heads/same",
      sha: (await repository.branchHead("main")) ?? "",
    });
    const noCommits = await failure(octokit.rest.pulls.create({ ...base, head: "same", base: "main", title: "x" }));
    expect(noCommits.status).toBe(422);

    const issueNumberBefore = repository.issues.length;
    const { data: pull } = await octokit.rest.pulls.create({
      ...base,
      head: "bump",
      base: "main",
      title: "Bump prod",
      body: "b",
    });
    expect(pull.number).toBe(issueNumberBefore + 1);
    expect(pull.head.sha).toBe(bumped);
    expect(pull.html_url).toBe(`${fake.serverUrl}/${owner}/${repo}/pull/${pull.number}`);
    expect(pull.mergeable).toBe(true);
    const duplicate = await failure(
      octokit.rest.pulls.create({ ...base, head: `${owner}:bump`, base: "main", title: "again" }),
    );
    expect(duplicate.status).toBe(422);
    expect(JSON.stringify(duplicate.response?.data)).toContain("A pull request already exists for octo-org:bump.");
    expect((await failure(octokit.rest.pulls.create({ ...base, head: "nope", base: "main", title: "x" }))).status).toBe(
      422,
    );

    const listed = await octokit.rest.pulls.list({ ...base, head: `${owner}:bump`, base: "main", state: "open" });
    expect(listed.data.map((p) => p.number)).toEqual([pull.number]);
    expect((await octokit.rest.pulls.list({ ...base, head: `${owner}:other` })).data).toEqual([]);
    // Like GitHub, a head without "owner:" filters nothing.
    expect((await octokit.rest.pulls.list({ ...base, head: "other" })).data.map((p) => p.number)).toEqual([
      pull.number,
    ]);
    // Pull requests are issues too: same number, labels through the issues API.
    await octokit.rest.issues.addLabels({ ...base, issue_number: pull.number, labels: ["gitops"] });
    const got = await octokit.rest.pulls.get({ ...base, pull_number: pull.number });
    expect(got.data.labels.map((l) => l.name)).toEqual(["gitops"]);
    const issues = await octokit.rest.issues.listForRepo({ ...base, labels: "gitops" });
    expect(issues.data[0]?.pull_request?.url).toBe(got.data.url);

    await octokit.rest.pulls.update({ ...base, pull_number: pull.number, title: "Bump prod to v2", body: "new body" });
    const self = await failure(
      octokit.rest.pulls.requestReviewers({ ...base, pull_number: pull.number, reviewers: ["github-actions[bot]"] }),
    );
    expect(self.status).toBe(422);
    const reviewed = await octokit.rest.pulls.requestReviewers({
      ...base,
      pull_number: pull.number,
      reviewers: ["octocat"],
      team_reviewers: ["sre"],
    });
    expect(reviewed.data.requested_reviewers?.map((r) => r.login)).toEqual(["octocat"]);
    expect(reviewed.data.requested_teams?.map((t) => t.slug)).toEqual(["sre"]);

    const stale = await failure(
      octokit.rest.pulls.merge({ ...base, pull_number: pull.number, sha: head, request: noRetry }),
    );
    expect(stale.status).toBe(409);
    const merged = await octokit.rest.pulls.merge({
      ...base,
      pull_number: pull.number,
      merge_method: "squash",
      sha: bumped,
    });
    expect(merged.data.merged).toBe(true);
    expect(await repository.readFile("envs/prod/values.yaml")).toBe("tag: v2\n");
    const after = await octokit.rest.pulls.get({ ...base, pull_number: pull.number });
    expect(after.data).toMatchObject({ state: "closed", merged: true, merge_commit_sha: merged.data.sha });
    expect(after.data.closed_at).not.toBeNull();
    expect(after.data.commits).toBe(1);
    const commits = await octokit.rest.pulls.listCommits({ ...base, pull_number: pull.number });
    expect(commits.data.map((c) => c.sha)).toEqual([bumped]);

    // A second PR, closed without merging.
    await repository.commitFiles({
      branch: "bump",
      message: "more",
      changes: [{ path: "x.txt", content: Buffer.from("x") }],
    });
    const { data: second } = await octokit.rest.pulls.create({ ...base, head: "bump", base: "main", title: "Second" });
    const closed = await octokit.rest.pulls.update({ ...base, pull_number: second.number, state: "closed" });
    expect(closed.data).toMatchObject({ state: "closed", merged: false });
    expect(
      (await failure(octokit.rest.pulls.merge({ ...base, pull_number: second.number, request: noRetry }))).status,
    ).toBe(405);
  });
});

describe("releases", () => {
  test("create, get, by tag, latest, list, update, assets, delete", async () => {
    const { data: release } = await octokit.rest.repos.createRelease({ ...base, tag_name: "v3.0.0", body: "notes" });
    expect(await repository.tags()).toContain("v3.0.0");
    await octokit.rest.repos.getRelease({ ...base, release_id: release.id });
    await octokit.rest.repos.getReleaseByTag({ ...base, tag: "v3.0.0" });
    await octokit.rest.repos.getLatestRelease(base);
    await octokit.rest.repos.listReleases(base);
    await octokit.rest.repos.updateRelease({ ...base, release_id: release.id, body: "more notes" });
    await octokit.rest.repos.listReleaseAssets({ ...base, release_id: release.id });
    const duplicate = await failure(octokit.rest.repos.createRelease({ ...base, tag_name: "v3.0.0" }));
    expect(duplicate.status).toBe(422);
    await octokit.rest.repos.deleteRelease({ ...base, release_id: release.id });
    expect((await failure(octokit.rest.repos.getLatestRelease(base))).status).toBe(404);
  });
});

describe("environments and deployments", () => {
  test("environments, deployments, statuses and run approvals", async () => {
    expect((await failure(octokit.rest.repos.getEnvironment({ ...base, environment_name: "production" }))).status).toBe(
      404,
    );
    const reviewer = (await octokit.rest.users.getByUsername({ username: "octocat" })).data.id;
    const env = await octokit.rest.repos.createOrUpdateEnvironment({
      ...base,
      environment_name: "production",
      wait_timer: 5,
      reviewers: [{ type: "User", id: reviewer }],
      deployment_branch_policy: { protected_branches: true, custom_branch_policies: false },
    });
    expect(env.data.protection_rules?.map((r) => r.type)).toEqual(["wait_timer", "required_reviewers"]);
    await octokit.rest.repos.getEnvironment({ ...base, environment_name: "production" });
    await octokit.rest.repos.createOrUpdateEnvironment({ ...base, environment_name: "scratch" });
    await octokit.rest.repos.deleteAnEnvironment({ ...base, environment_name: "scratch" });
    const envs = await octokit.rest.repos.getAllEnvironments(base);
    expect(envs.data.environments?.map((e) => e.name)).toEqual(["production"]);

    const deployment = await octokit.rest.repos.createDeployment({
      ...base,
      ref: "main",
      environment: "staging",
      auto_merge: false,
      required_contexts: [],
    });
    if (deployment.status !== 201) throw new Error("expected a deployment");
    expect(deployment.data.sha).toBe(await repository.branchHead("main"));
    await octokit.rest.repos.getDeployment({ ...base, deployment_id: deployment.data.id });
    await octokit.rest.repos.listDeployments({ ...base, environment: "staging" });
    await octokit.rest.repos.createDeploymentStatus({
      ...base,
      deployment_id: deployment.data.id,
      state: "success",
      environment_url: "https://staging.example.test",
      log_url: "https://ci.example.test/run/1",
    });
    const statuses = await octokit.rest.repos.listDeploymentStatuses({ ...base, deployment_id: deployment.data.id });
    expect(statuses.data.map((s) => s.state)).toEqual(["success"]);
    expect((await failure(octokit.rest.repos.createDeployment({ ...base, ref: "nope" }))).status).toBe(422);

    repository.addPendingDeployment(4242, "production");
    const pending = await octokit.rest.actions.getPendingDeploymentsForRun({ ...base, run_id: 4242 });
    expect(pending.data.map((p) => p.environment.name)).toEqual(["production"]);
    const envId = pending.data[0]?.environment.id ?? 0;
    const approved = await octokit.rest.actions.reviewPendingDeploymentsForRun({
      ...base,
      run_id: 4242,
      environment_ids: [envId],
      state: "approved",
      comment: "ship it",
    });
    expect(approved.data.map((d) => d.environment)).toEqual(["production"]);
    expect(repository.pendingDeployments[0]?.review?.state).toBe("approved");
    expect((await octokit.rest.actions.getPendingDeploymentsForRun({ ...base, run_id: 4242 })).data).toEqual([]);
    const again = await failure(
      octokit.rest.actions.reviewPendingDeploymentsForRun({
        ...base,
        run_id: 4242,
        environment_ids: [envId],
        state: "approved",
        comment: "x",
      }),
    );
    expect(again.status).toBe(422);
    const approvals = await octokit.rest.actions.getReviewsForRun({ ...base, run_id: 4242 });
    expect(approvals.data[0]).toMatchObject({ state: "approved", comment: "ship it" });
  });
});

describe("environment approvals: rejection and refusals", () => {
  test("a rejected run creates no deployment; bad reviews and read-only tokens are refused", async () => {
    const reviewer = (await octokit.rest.users.getByUsername({ username: "octocat" })).data.id;
    expect(
      (await failure(octokit.rest.repos.createOrUpdateEnvironment({ ...base, environment_name: "x", wait_timer: -1 })))
        .status,
    ).toBe(422);
    expect(
      (
        await failure(
          octokit.rest.repos.createOrUpdateEnvironment({
            ...base,
            environment_name: "x",
            reviewers: [{ type: "User", id: 987654321 }],
          }),
        )
      ).status,
    ).toBe(422);
    await octokit.rest.repos.createOrUpdateEnvironment({
      ...base,
      environment_name: "staging-gate",
      reviewers: [{ type: "User", id: reviewer }],
    });

    const deploymentsBefore = repository.counters.deploymentsCreated;
    repository.addPendingDeployment(5151, "staging-gate");
    const [pending] = (await octokit.rest.actions.getPendingDeploymentsForRun({ ...base, run_id: 5151 })).data;
    expect(pending?.environment.name).toBe("staging-gate");
    expect(pending?.current_user_can_approve).toBe(true);
    expect(pending?.reviewers.map((r) => r.type)).toEqual(["User"]);
    const envId = pending?.environment.id ?? 0;
    const review = { ...base, run_id: 5151, environment_ids: [envId] };

    // Refusals change nothing: the run still waits.
    const readOnlyToken = "ghs_read_only_approver";
    fake.addToken(readOnlyToken, { readOnly: true });
    const readOnly = createGitHubClient({ token: readOnlyToken, baseUrl: fake.apiUrl, rateLimitRetries: 0 });
    const readOnlyPending = await readOnly.rest.actions.getPendingDeploymentsForRun({ ...base, run_id: 5151 });
    expect(readOnlyPending.data[0]?.current_user_can_approve).toBe(false);
    expect(
      (
        await failure(
          readOnly.rest.actions.reviewPendingDeploymentsForRun({ ...review, state: "approved", comment: "" }),
        )
      ).status,
    ).toBe(403);
    const bad = [
      { ...review, state: "approved" as const, comment: "x", environment_ids: [envId + 1000] },
      { ...review, state: "approved" as const, comment: "x", environment_ids: [] },
      { ...review, state: "maybe" as "approved", comment: "x" },
    ];
    for (const request of bad) {
      expect((await failure(octokit.rest.actions.reviewPendingDeploymentsForRun(request))).status).toBe(422);
    }
    const noComment = await failure(
      octokit.request("POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments", {
        ...review,
        state: "approved",
      } as never),
    );
    expect(noComment.status).toBe(422);
    expect((await octokit.rest.actions.getPendingDeploymentsForRun({ ...base, run_id: 5151 })).data).toHaveLength(1);

    const rejected = await octokit.rest.actions.reviewPendingDeploymentsForRun({
      ...review,
      state: "rejected",
      comment: "not today",
    });
    expect(rejected.data).toEqual([]);
    expect(repository.counters.deploymentsCreated).toBe(deploymentsBefore);
    expect((await octokit.rest.actions.getPendingDeploymentsForRun({ ...base, run_id: 5151 })).data).toEqual([]);
    const approvals = await octokit.rest.actions.getReviewsForRun({ ...base, run_id: 5151 });
    expect(approvals.data.map((a) => [a.state, a.comment, a.environments[0]?.name])).toEqual([
      ["rejected", "not today", "staging-gate"],
    ]);
  });

  test("a successful deployment makes the environment's earlier one inactive", async () => {
    const create = async () => {
      const created = await octokit.rest.repos.createDeployment({
        ...base,
        ref: "main",
        environment: "qa",
        auto_merge: false,
        required_contexts: [],
      });
      if (created.status !== 201) throw new Error("expected a deployment");
      await octokit.rest.repos.createDeploymentStatus({ ...base, deployment_id: created.data.id, state: "success" });
      return created.data.id;
    };
    const first = await create();
    const second = await create();
    const states = async (id: number) =>
      (await octokit.rest.repos.listDeploymentStatuses({ ...base, deployment_id: id })).data.map((s) => s.state);
    expect(await states(first)).toEqual(["inactive", "success"]);
    expect(await states(second)).toEqual(["success"]);
  });
});

describe("GraphQL", () => {
  const refQuery = `query($owner: String!, $name: String!, $ref: String!) {
    repository(owner: $owner, name: $name) {
      defaultBranchRef { name target { oid } }
      ref(qualifiedName: $ref) { name target { oid ... on Commit { messageHeadline } } }
    }
  }`;
  const commitMutation = `mutation($input: CreateCommitOnBranchInput!) {
    createCommitOnBranch(input: $input) { commit { oid url } ref { name target { oid } } }
  }`;

  test("repository refs, createCommitOnBranch and its stale-head error, auto-merge", async () => {
    const head = (await repository.branchHead("main")) ?? "";
    const data = await octokit.graphql<{
      repository: {
        defaultBranchRef: { name: string; target: { oid: string } };
        ref: { target: { oid: string } } | null;
      };
    }>(refQuery, { owner, name: repo, ref: "refs/heads/main" });
    expect(data.repository.defaultBranchRef).toEqual({ name: "main", target: { oid: head } });
    expect(data.repository.ref?.target.oid).toBe(head);
    const missing = await octokit.graphql<{ repository: { ref: unknown } }>(refQuery, {
      owner,
      name: repo,
      ref: "refs/heads/nope",
    });
    expect(missing.repository.ref).toBeNull();

    const input = {
      branch: { repositoryNameWithOwner: `${owner}/${repo}`, branchName: "main" },
      expectedHeadOid: head,
      message: { headline: "chore(dev): bump app", body: "Signed-off-by: bot" },
      fileChanges: {
        additions: [{ path: "envs/dev/values.yaml", contents: b64("tag: v3\n") }],
        deletions: [{ path: "envs/new/file.txt" }],
      },
    };
    const result = await octokit.graphql<{ createCommitOnBranch: { commit: { oid: string; url: string } } }>(
      commitMutation,
      {
        input,
      },
    );
    const oid = result.createCommitOnBranch.commit.oid;
    expect(await repository.branchHead("main")).toBe(oid);
    expect(await repository.readFile("envs/dev/values.yaml")).toBe("tag: v3\n");
    expect(await repository.readFile("envs/new/file.txt")).toBeUndefined();
    expect((await repository.commitMessages())[0]).toBe("chore(dev): bump app\n\nSigned-off-by: bot");

    const stale = await failure(octokit.graphql(commitMutation, { input }));
    const errors = (stale as unknown as { errors: Array<{ type: string; message: string }> }).errors;
    expect(errors[0]).toMatchObject({
      type: "STALE_DATA",
      message: `Expected branch to point to "${head}" but it did not. Pull and try again.`,
    });
    expect(await repository.branchHead("main")).toBe(oid);

    await repository.commitFiles({
      branch: "bump",
      message: "again",
      changes: [{ path: "y.txt", content: Buffer.from("y") }],
    });
    const { data: pull } = await octokit.rest.pulls.create({ ...base, head: "bump", base: "main", title: "Auto" });
    const auto = await octokit.graphql<{
      enablePullRequestAutoMerge: { pullRequest: { number: number; autoMergeRequest: { mergeMethod: string } } };
    }>(
      `mutation($id: ID!) { enablePullRequestAutoMerge(input: { pullRequestId: $id, mergeMethod: SQUASH }) {
        pullRequest { number autoMergeRequest { mergeMethod } } } }`,
      { id: pull.node_id },
    );
    expect(auto.enablePullRequestAutoMerge.pullRequest).toEqual({
      number: pull.number,
      autoMergeRequest: { mergeMethod: "SQUASH" },
    });
    expect((await octokit.rest.pulls.get({ ...base, pull_number: pull.number })).data.auto_merge?.merge_method).toBe(
      "squash",
    );
  });

  test("GraphQL refuses a missing token like GitHub", async () => {
    const response = await fetch(fake.graphqlUrl, {
      method: "POST",
      body: JSON.stringify({ query: "{ viewer { login } }" }),
    });
    expect(response.status).toBe(401);
    const viaApiPath = await fetch(`${fake.apiUrl}/graphql`, {
      method: "POST",
      headers: { authorization: `bearer ${fake.token}` },
      body: JSON.stringify({ query: "{ viewer { login } }" }),
    });
    expect(await viaApiPath.json()).toEqual({ data: { viewer: { login: "github-actions[bot]" } } });
  });
});

describe("contract", () => {
  test("every route the fake serves was exercised above", () => {
    const exercised = new Set(fake.responses.map((r) => `${r.method} ${r.template}`));
    expect(fake.routes().filter((route) => !exercised.has(route))).toEqual([]);
  });

  test("every recorded response matches GitHub's OpenAPI description", () => {
    const openapi = new GitHubOpenApi();
    for (const route of fake.routes()) {
      const [method = "", template = ""] = route.split(" ");
      const documented =
        openapi.hasOperation(method, template) ||
        [
          "GET /repos/{owner}/{repo}/git/refs",
          "GET /repos/{owner}/{repo}/git/refs/{ref}",
          "GET /repos/{owner}/{repo}/contents",
        ].includes(route);
      expect(`${route}: ${documented ? "documented" : "not in the OpenAPI description"}`).toBe(`${route}: documented`);
    }
    expect(contractViolations(openapi, fake.responses)).toEqual([]);
  });
});
