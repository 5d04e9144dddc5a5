import { writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { type GitHubFake, ROUTE_PERMISSIONS, startGitHubFake } from "./index.ts";
import { contractViolations, GitHubOpenApi } from "./openapi.ts";
import { authArgs, mustGit, removeTempDirs, runGit, tempDir } from "./test-helpers.ts";

// A job's GITHUB_TOKEN as GitHub documents it: an installation token limited to the job's
// `permissions` and its own repository; a call outside them answers 403 "Resource not
// accessible by integration" (https://docs.github.com/en/rest/authentication/permissions-required-for-github-apps).

let fake: GitHubFake;
const FORBIDDEN = "Resource not accessible by integration";

interface Answer {
  status: number;
  body: Record<string, unknown> & { message?: string };
}

async function api(token: string, method: string, route: string, body?: unknown): Promise<Answer> {
  const response = await fetch(`${fake.apiUrl}${route}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Answer["body"]) : {} };
}

async function graphql(token: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(fake.graphqlUrl, {
    method: "POST",
    headers: { authorization: `bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      data: Record<string, unknown> | null;
      errors?: Array<{ type?: string; message: string; path?: string[] }>;
    },
  };
}

beforeAll(async () => {
  fake = await startGitHubFake();
  await fake.createRepository("octo-org/app", { private: true, files: { "README.md": "# app\n" } });
  await fake.createRepository("octo-org/other-private", { private: true, files: { "a.txt": "a\n" } });
  await fake.createRepository("octo-org/other-public", { files: { "a.txt": "a\n" } });
  const app = fake.repository("octo-org/app");
  const octocat = app.world.user("octocat");
  app.createIssue({ title: "an issue", body: "b", user: octocat });
  await app.createBranch("feature", "main");
  await app.commitFiles({
    branch: "feature",
    message: "feat: f",
    changes: [{ path: "f.txt", content: Buffer.from("f\n") }],
  });
  const pull = await api(fake.token, "POST", "/repos/octo-org/app/pulls", {
    title: "a pull",
    head: "feature",
    base: "main",
  });
  if (pull.status !== 201) throw new Error(`no pull request: ${JSON.stringify(pull)}`);
  fake.repository("octo-org/other-private").createIssue({ title: "secret issue", body: "needle", user: octocat });
});

afterAll(async () => {
  await fake.stop();
  await removeTempDirs();
});

describe("the route -> permission table", () => {
  test("every served REST route has exactly one entry, and every entry is a served route", () => {
    const served = fake.routes();
    expect(served.filter((route) => ROUTE_PERMISSIONS[route] === undefined)).toEqual([]);
    expect(Object.keys(ROUTE_PERMISSIONS).filter((route) => !served.includes(route))).toEqual([]);
  });
});

describe("job tokens", () => {
  test("look like GitHub's installation tokens and reject unknown permission names", () => {
    const token = fake.mintJobToken({ repository: "octo-org/app", permissions: { contents: "read" } });
    expect(token).toMatch(/^ghs_[A-Za-z0-9]{36}$/);
    expect(() =>
      fake.mintJobToken({ repository: "octo-org/app", permissions: { pull_requests: "write" } as never }),
    ).toThrow(/Unknown job permission "pull_requests"/);
    expect(() => fake.mintJobToken({ repository: "app", permissions: {} })).toThrow(/owner\/name/);
    expect(() => fake.mintJobToken({ repository: "octo-org/app", permissions: { issues: "admin" } as never })).toThrow(
      /must be read, write or none/,
    );
  });

  test("read-all reads everything and writes nothing; write-all writes", async () => {
    const readAll = fake.mintJobToken({ repository: "octo-org/app", permissions: "read-all" });
    expect((await api(readAll, "GET", "/repos/octo-org/app/issues")).status).toBe(200);
    expect((await api(readAll, "POST", "/repos/octo-org/app/issues", { title: "t" })).status).toBe(403);
    const writeAll = fake.mintJobToken({ repository: "octo-org/app", permissions: "write-all" });
    expect((await api(writeAll, "POST", "/repos/octo-org/app/labels", { name: "write-all" })).status).toBe(201);
  });

  test("metadata is always readable; the repository JSON has no permissions key, as for installations", async () => {
    const token = fake.mintJobToken({ repository: "octo-org/app", permissions: {} });
    const repo = await api(token, "GET", "/repos/octo-org/app");
    expect(repo.status).toBe(200);
    expect(repo.body.full_name).toBe("octo-org/app");
    expect(repo.body).not.toHaveProperty("permissions");
    // Every other permission is none: contents of a private repository are refused.
    const contents = await api(token, "GET", "/repos/octo-org/app/contents/README.md");
    expect(contents).toEqual({
      status: 403,
      body: { message: FORBIDDEN, documentation_url: "https://docs.github.com/rest", status: "403" },
    });
  });

  test("contents: read reads git data but cannot write it; contents: write can", async () => {
    const reader = fake.mintJobToken({ repository: "octo-org/app", permissions: { contents: "read" } });
    expect((await api(reader, "GET", "/repos/octo-org/app/contents/README.md")).status).toBe(200);
    expect((await api(reader, "GET", "/repos/octo-org/app/git/ref/heads/main")).status).toBe(200);
    expect((await api(reader, "GET", "/repos/octo-org/app/branches")).status).toBe(200);
    const put = { message: "docs: x", content: Buffer.from("x\n").toString("base64") };
    const refused = await api(reader, "PUT", "/repos/octo-org/app/contents/x.txt", put);
    expect([refused.status, refused.body.message]).toEqual([403, FORBIDDEN]);
    expect((await api(reader, "POST", "/repos/octo-org/app/releases", { tag_name: "v1.0.0" })).status).toBe(403);
    expect(await fake.repository("octo-org/app").readFile("x.txt")).toBeUndefined();

    const writer = fake.mintJobToken({ repository: "octo-org/app", permissions: { contents: "write" } });
    expect((await api(writer, "PUT", "/repos/octo-org/app/contents/x.txt", put)).status).toBe(201);
    expect(await fake.repository("octo-org/app").readFile("x.txt")).toBe("x\n");
    // contents: write says nothing about issues.
    expect((await api(writer, "POST", "/repos/octo-org/app/issues", { title: "t" })).status).toBe(403);
  });

  test("a workflow that forgets issues: write cannot comment; with it, it can", async () => {
    const readOnlyIssues = fake.mintJobToken({
      repository: "octo-org/app",
      permissions: { contents: "read", issues: "read" },
    });
    expect((await api(readOnlyIssues, "GET", "/repos/octo-org/app/issues")).status).toBe(200);
    const comment = await api(readOnlyIssues, "POST", "/repos/octo-org/app/issues/1/comments", { body: "hi" });
    expect([comment.status, comment.body.message]).toEqual([403, FORBIDDEN]);
    const writer = fake.mintJobToken({ repository: "octo-org/app", permissions: { issues: "write" } });
    expect((await api(writer, "POST", "/repos/octo-org/app/issues/1/comments", { body: "hi" })).status).toBe(201);
    expect((await api(writer, "POST", "/repos/octo-org/app/labels", { name: "drift" })).status).toBe(201);
  });

  test("pull-requests covers a pull request's issue routes, not a plain issue's", async () => {
    const token = fake.mintJobToken({ repository: "octo-org/app", permissions: { "pull-requests": "write" } });
    // #2 is the pull request, #1 the issue.
    expect((await api(token, "POST", "/repos/octo-org/app/issues/2/comments", { body: "on the PR" })).status).toBe(201);
    expect((await api(token, "POST", "/repos/octo-org/app/issues/1/comments", { body: "on the issue" })).status).toBe(
      403,
    );
    expect((await api(token, "PATCH", "/repos/octo-org/app/pulls/2", { title: "renamed" })).status).toBe(200);
    // Issues-only routes stay closed.
    expect((await api(token, "GET", "/repos/octo-org/app/issues")).status).toBe(403);
    // Merging writes the base branch: Contents (write).
    expect((await api(token, "PUT", "/repos/octo-org/app/pulls/2/merge", {})).status).toBe(403);
  });

  test("deployments, environments and run approvals follow their own permissions", async () => {
    const token = fake.mintJobToken({ repository: "octo-org/app", permissions: { deployments: "write" } });
    const created = await api(token, "POST", "/repos/octo-org/app/deployments", { ref: "main", environment: "qa" });
    expect(created.status).toBe(201);
    expect((await api(token, "GET", "/repos/octo-org/app/environments")).status).toBe(403);
    const actions = fake.mintJobToken({ repository: "octo-org/app", permissions: { actions: "read" } });
    expect((await api(actions, "GET", "/repos/octo-org/app/environments")).status).toBe(200);
    expect((await api(actions, "GET", "/repos/octo-org/app/actions/runs/1/approvals")).status).toBe(200);
    expect((await api(actions, "POST", "/repos/octo-org/app/deployments", { ref: "main" })).status).toBe(403);
    // Configuring an environment is Administration, which no job token holds.
    expect((await api(token, "PUT", "/repos/octo-org/app/environments/qa", {})).status).toBe(403);
  });

  test("another repository: a private one does not exist, a public one is readable but not writable", async () => {
    const token = fake.mintJobToken({
      repository: "octo-org/app",
      permissions: { contents: "write", issues: "write" },
    });
    expect((await api(token, "GET", "/repos/octo-org/other-private")).status).toBe(404);
    expect((await api(token, "GET", "/repos/octo-org/other-private/contents/a.txt")).status).toBe(404);
    expect((await api(token, "POST", "/repos/octo-org/other-private/issues", { title: "x" })).status).toBe(404);
    expect((await api(token, "GET", "/repos/octo-org/other-public/contents/a.txt")).status).toBe(200);
    const write = await api(token, "POST", "/repos/octo-org/other-public/issues", { title: "x" });
    expect([write.status, write.body.message]).toEqual([403, FORBIDDEN]);
    const search = await api(token, "GET", `/search/issues?q=${encodeURIComponent("needle")}`);
    expect(search.body.total_count).toBe(0);
    expect((await api(fake.token, "GET", "/search/issues?q=needle")).body.total_count).toBe(1);
  });

  test("user routes are not for installation tokens; public user data is", async () => {
    const token = fake.mintJobToken({ repository: "octo-org/app", permissions: { contents: "write" } });
    expect((await api(token, "GET", "/user")).status).toBe(403);
    expect((await api(token, "GET", "/users/github-actions[bot]")).status).toBe(200);
    expect((await api(token, "GET", "/rate_limit")).status).toBe(200);
    expect((await api(fake.token, "GET", "/user")).status).toBe(200);
  });

  test("revoked (the job ended): every later call is 401 Bad credentials", async () => {
    const token = fake.mintJobToken({ repository: "octo-org/app", permissions: { contents: "read" } });
    expect((await api(token, "GET", "/repos/octo-org/app")).status).toBe(200);
    fake.revokeToken(token);
    expect(await api(token, "GET", "/repos/octo-org/app")).toEqual({
      status: 401,
      body: { message: "Bad credentials", documentation_url: "https://docs.github.com/rest", status: "401" },
    });
    expect((await graphql(token, '{ repository(owner: "octo-org", name: "app") { name } }')).status).toBe(401);
    const work = await tempDir("gh-fake-revoked-");
    const clone = await runGit(work, [...authArgs(token), "clone", "--quiet", `${fake.serverUrl}/octo-org/app.git`]);
    expect(clone.code).not.toBe(0);
  });
});

describe("GraphQL with a job token", () => {
  const issuesQuery = `query { repository(owner: "octo-org", name: "app") { name issues(first: 5) { totalCount } } }`;

  test("a field outside the permissions is GitHub's FORBIDDEN error at its path", async () => {
    const token = fake.mintJobToken({ repository: "octo-org/app", permissions: { contents: "read" } });
    const { status, body } = await graphql(token, issuesQuery);
    expect(status).toBe(200);
    // `issues` is non-null in GitHub's schema: its null reaches `repository`, as on GitHub.
    expect(body.data).toEqual({ repository: null });
    expect(body.errors).toEqual([
      expect.objectContaining({ type: "FORBIDDEN", message: FORBIDDEN, path: ["repository", "issues"] }),
    ]);
    const allowed = fake.mintJobToken({ repository: "octo-org/app", permissions: { issues: "read" } });
    expect((await graphql(allowed, issuesQuery)).body.data).toEqual({
      repository: { name: "app", issues: { totalCount: 1 } },
    });
  });

  test("viewer has no user behind an installation token; another private repository is not found", async () => {
    const token = fake.mintJobToken({ repository: "octo-org/app", permissions: { contents: "write" } });
    expect((await graphql(token, "{ viewer { login } }")).body.errors?.[0]?.type).toBe("FORBIDDEN");
    const other = await graphql(token, `{ repository(owner: "octo-org", name: "other-private") { name } }`);
    expect(other.body.errors?.[0]).toMatchObject({
      type: "NOT_FOUND",
      message: "Could not resolve to a Repository with the name 'octo-org/other-private'.",
    });
  });

  test("createCommitOnBranch needs contents: write", async () => {
    const mutation = `mutation($input: CreateCommitOnBranchInput!) { createCommitOnBranch(input: $input) { commit { oid } } }`;
    const input = async (file: string) => ({
      branch: { repositoryNameWithOwner: "octo-org/app", branchName: "main" },
      expectedHeadOid: await fake.repository("octo-org/app").branchHead("main"),
      message: { headline: `chore: ${file}` },
      fileChanges: { additions: [{ path: file, contents: Buffer.from("g\n").toString("base64") }] },
    });
    const reader = fake.mintJobToken({ repository: "octo-org/app", permissions: { contents: "read" } });
    const refused = await graphql(reader, mutation, { input: await input("g1.txt") });
    expect(refused.body.errors?.[0]).toMatchObject({ type: "FORBIDDEN", message: FORBIDDEN });
    const writer = fake.mintJobToken({ repository: "octo-org/app", permissions: { contents: "write" } });
    const done = await graphql(writer, mutation, { input: await input("g2.txt") });
    expect(done.body.errors).toBeUndefined();
    expect(await fake.repository("octo-org/app").readFile("g2.txt")).toBe("g\n");
    expect(await fake.repository("octo-org/app").readFile("g1.txt")).toBeUndefined();
  });
});

describe("git smart HTTP with a job token", () => {
  test("fetch needs contents: read, push contents: write; other private repositories are not found", async () => {
    const work = await tempDir("gh-fake-job-git-");
    const url = `${fake.serverUrl}/octo-org/app.git`;
    const none = fake.mintJobToken({ repository: "octo-org/app", permissions: { issues: "write" } });
    const denied = await runGit(work, [...authArgs(none), "clone", "--quiet", url, "denied"]);
    expect(denied.code).not.toBe(0);
    expect(denied.stderr).toMatch(/not found/i);

    const reader = fake.mintJobToken({ repository: "octo-org/app", permissions: { contents: "read" } });
    await mustGit(work, [...authArgs(reader), "clone", "--quiet", url, "repo"]);
    const dir = path.join(work, "repo");
    await writeFile(path.join(dir, "pushed.txt"), "p\n");
    await mustGit(dir, ["add", "pushed.txt"]);
    await mustGit(dir, ["commit", "--quiet", "-m", "feat: push"]);
    const push = await runGit(dir, [...authArgs(reader), "push", "origin", "HEAD:main"]);
    expect(push.code).not.toBe(0);
    expect(push.stderr).toContain("Permission to octo-org/app.git denied to github-actions[bot].");

    const writer = fake.mintJobToken({ repository: "octo-org/app", permissions: { contents: "write" } });
    await mustGit(dir, [...authArgs(writer), "push", "--quiet", "origin", "HEAD:main"]);
    expect(await fake.repository("octo-org/app").readFile("pushed.txt")).toBe("p\n");

    const other = await runGit(work, [
      ...authArgs(writer),
      "clone",
      "--quiet",
      `${fake.serverUrl}/octo-org/other-private.git`,
      "other",
    ]);
    expect(other.code).not.toBe(0);
    await mustGit(work, [...authArgs(writer), "clone", "--quiet", `${fake.serverUrl}/octo-org/other-public.git`]);
  });
});

test("every response above, refusals included, matches GitHub's OpenAPI description", () => {
  expect(fake.responses.length).toBeGreaterThan(10);
  expect(contractViolations(new GitHubOpenApi(), fake.responses)).toEqual([]);
});
