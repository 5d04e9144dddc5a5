import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { Octokit } from "@octokit/rest";
import { createGitHubClient, type GitHubClient } from "@platform/github";
import { type GitHubFake, startGitHubFake } from "./index.ts";
import { contractViolations, GitHubOpenApi } from "./openapi.ts";

let fake: GitHubFake;
let octokit: GitHubClient;
const owner = "octo-org";
const repo = "app";

function errorOf(
  promise: Promise<unknown>,
): Promise<{ status: number; message: string; response?: { data: unknown } }> {
  return promise.then(
    () => {
      throw new Error("expected the request to fail");
    },
    (error: { status: number; message: string; response?: { data: unknown } }) => error,
  );
}

beforeAll(async () => {
  fake = await startGitHubFake();
  await fake.createRepository(`${owner}/${repo}`, { files: { "README.md": "# app\n" } });
  octokit = createGitHubClient({ token: fake.token, baseUrl: fake.apiUrl, rateLimitRetries: 0 });
});

afterAll(async () => {
  await fake.stop();
});

describe("authentication", () => {
  test("no token and a wrong token get 401 like GitHub", async () => {
    const anonymous = await fetch(`${fake.apiUrl}/repos/${owner}/${repo}`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ message: "Requires authentication" });
    const wrong = createGitHubClient({ token: "ghs_wrong", baseUrl: fake.apiUrl, rateLimitRetries: 0 });
    const error = await errorOf(wrong.rest.repos.get({ owner, repo }));
    expect(error.status).toBe(401);
    expect(error.message).toContain("Bad credentials");
  });

  test("a read-only token reads but cannot write", async () => {
    fake.addToken("ghs_reader", { login: "reader", readOnly: true });
    const reader = createGitHubClient({ token: "ghs_reader", baseUrl: fake.apiUrl, rateLimitRetries: 0 });
    const { data } = await reader.rest.repos.get({ owner, repo });
    expect(data.permissions).toMatchObject({ pull: true, push: false });
    const error = await errorOf(reader.rest.issues.create({ owner, repo, title: "nope" }));
    expect(error.status).toBe(403);
  });

  test("rate-limit headers are sent", async () => {
    const response = await octokit.rest.repos.get({ owner, repo });
    expect(response.headers["x-ratelimit-limit"]).toBe("5000");
    expect(Number(response.headers["x-ratelimit-remaining"])).toBeLessThan(5000);
    expect(response.data.default_branch).toBe("main");
    expect(response.data.permissions).toMatchObject({ push: true, admin: true });
  });

  test("an unknown repository is 404 with GitHub's body", async () => {
    const error = await errorOf(octokit.rest.repos.get({ owner, repo: "missing" }));
    expect(error.status).toBe(404);
    expect(error.response?.data).toMatchObject({ message: "Not Found", documentation_url: expect.any(String) });
  });
});

describe("issues, labels and comments", () => {
  test("create auto-creates labels; numbers increase; html_url is under the server", async () => {
    const first = await octokit.rest.issues.create({ owner, repo, title: "Drift in prod", labels: ["drift", "infra"] });
    const second = await octokit.rest.issues.create({ owner, repo, title: "Second", body: "text" });
    expect(second.data.number).toBe(first.data.number + 1);
    expect(first.status).toBe(201);
    expect(first.data.html_url).toBe(`${fake.serverUrl}/${owner}/${repo}/issues/${first.data.number}`);
    expect(first.data.labels.map((l) => (typeof l === "string" ? l : l.name))).toEqual(["drift", "infra"]);
    const labels = await octokit.rest.issues.listLabelsForRepo({ owner, repo });
    expect(labels.data.map((l) => l.name).sort()).toEqual(["drift", "infra"]);
    expect(fake.repository(`${owner}/${repo}`).counters.issuesCreated).toBeGreaterThanOrEqual(2);
  });

  test("a missing title is 422 Validation Failed", async () => {
    const error = await errorOf(octokit.request("POST /repos/{owner}/{repo}/issues", { owner, repo, title: "" }));
    expect(error.status).toBe(422);
    expect(error.response?.data).toMatchObject({
      message: "Validation Failed",
      errors: [{ field: "title", code: "missing_field" }],
    });
  });

  test("list filters by state, labels and creator", async () => {
    const open = await octokit.rest.issues.create({
      owner,
      repo,
      title: "filter me",
      labels: ["filter-a", "filter-b"],
    });
    await octokit.rest.issues.create({ owner, repo, title: "only a", labels: ["filter-a"] });
    const both = await octokit.rest.issues.listForRepo({ owner, repo, labels: "filter-a,filter-b" });
    expect(both.data.map((i) => i.number)).toEqual([open.data.number]);
    const byCreator = await octokit.rest.issues.listForRepo({
      owner,
      repo,
      creator: "github-actions[bot]",
      state: "all",
    });
    expect(byCreator.data.length).toBeGreaterThanOrEqual(3);
    const none = await octokit.rest.issues.listForRepo({ owner, repo, creator: "someone-else" });
    expect(none.data).toEqual([]);
  });

  test("closing sets closed_at and state_reason; closed issues leave the open list", async () => {
    const { data: issue } = await octokit.rest.issues.create({ owner, repo, title: "to close" });
    const { data: closed } = await octokit.rest.issues.update({
      owner,
      repo,
      issue_number: issue.number,
      state: "closed",
      state_reason: "not_planned",
    });
    expect(closed.state).toBe("closed");
    expect(closed.state_reason).toBe("not_planned");
    expect(closed.closed_at).toEqual(expect.stringMatching(/^\d{4}-\d\d-\d\dT/));
    const open = await octokit.paginate(octokit.rest.issues.listForRepo, { owner, repo, state: "open" });
    expect(open.map((i) => i.number)).not.toContain(issue.number);
    const all = await octokit.paginate(octokit.rest.issues.listForRepo, { owner, repo, state: "closed" });
    expect(all.map((i) => i.number)).toContain(issue.number);
    const { data: reopened } = await octokit.rest.issues.update({
      owner,
      repo,
      issue_number: issue.number,
      state: "open",
    });
    expect(reopened.closed_at).toBeNull();
    expect(reopened.state_reason).toBe("reopened");
  });

  test("pagination follows per_page, page and the Link header", async () => {
    for (let i = 0; i < 5; i++)
      await octokit.rest.issues.create({ owner, repo, title: `page ${i}`, labels: ["paged"] });
    const first = await octokit.rest.issues.listForRepo({ owner, repo, labels: "paged", per_page: 2 });
    expect(first.data).toHaveLength(2);
    expect(first.headers.link).toContain('rel="next"');
    expect(first.headers.link).toContain("page=3");
    const all = await octokit.paginate(octokit.rest.issues.listForRepo, { owner, repo, labels: "paged", per_page: 2 });
    expect(all.map((i) => i.title)).toEqual(["page 4", "page 3", "page 2", "page 1", "page 0"]);
  });

  test("comments are created, listed and updated; counters count them", async () => {
    const repository = fake.repository(`${owner}/${repo}`);
    const before = repository.counters.commentUpdates;
    const { data: issue } = await octokit.rest.issues.create({ owner, repo, title: "with comments" });
    const { data: comment } = await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: issue.number,
      body: "one",
    });
    await octokit.rest.issues.createComment({ owner, repo, issue_number: issue.number, body: "two" });
    const { data: updated } = await octokit.rest.issues.updateComment({
      owner,
      repo,
      comment_id: comment.id,
      body: "one!",
    });
    expect(updated.body).toBe("one!");
    const list = await octokit.rest.issues.listComments({ owner, repo, issue_number: issue.number });
    expect(list.data.map((c) => c.body)).toEqual(["one!", "two"]);
    expect((await octokit.rest.issues.get({ owner, repo, issue_number: issue.number })).data.comments).toBe(2);
    expect(repository.counters.commentUpdates).toBe(before + 1);
    expect(comment.html_url).toBe(`${issue.html_url}#issuecomment-${comment.id}`);
  });

  test("labels on an issue: add, remove, set; removing an absent label is 404", async () => {
    const { data: issue } = await octokit.rest.issues.create({ owner, repo, title: "labels" });
    await octokit.rest.issues.addLabels({ owner, repo, issue_number: issue.number, labels: ["x", "y"] });
    const removed = await octokit.rest.issues.removeLabel({ owner, repo, issue_number: issue.number, name: "x" });
    expect(removed.data.map((l) => l.name)).toEqual(["y"]);
    const set = await octokit.rest.issues.setLabels({ owner, repo, issue_number: issue.number, labels: ["z"] });
    expect(set.data.map((l) => l.name)).toEqual(["z"]);
    const error = await errorOf(
      octokit.rest.issues.removeLabel({ owner, repo, issue_number: issue.number, name: "x" }),
    );
    expect(error.status).toBe(404);
  });

  test("repository labels: create, get, duplicate is 422 already_exists", async () => {
    const { data } = await octokit.rest.issues.createLabel({
      owner,
      repo,
      name: "release",
      color: "00ff00",
      description: "d",
    });
    expect(data.color).toBe("00ff00");
    expect((await octokit.rest.issues.getLabel({ owner, repo, name: "release" })).data.id).toBe(data.id);
    const error = await errorOf(octokit.rest.issues.createLabel({ owner, repo, name: "Release", color: "000000" }));
    expect(error.status).toBe(422);
    expect(error.response?.data).toMatchObject({ errors: [{ code: "already_exists" }] });
  });
});

describe("releases", () => {
  test("create tags the default branch head in the real repository", async () => {
    const repository = fake.repository(`${owner}/${repo}`);
    const { data } = await octokit.rest.repos.createRelease({
      owner,
      repo,
      tag_name: "v1.0.0",
      name: "v1.0.0",
      body: "notes",
    });
    expect(data.html_url).toBe(`${fake.serverUrl}/${owner}/${repo}/releases/tag/v1.0.0`);
    expect(await repository.tags()).toContain("v1.0.0");
    expect(await repository.resolveCommit("v1.0.0")).toBe(await repository.branchHead("main"));
    const error = await errorOf(octokit.rest.repos.createRelease({ owner, repo, tag_name: "v1.0.0" }));
    expect(error.status).toBe(422);
    expect(error.response?.data).toMatchObject({
      errors: [{ resource: "Release", code: "already_exists", field: "tag_name" }],
    });
  });

  test("latest skips drafts and prereleases; by tag; update publishes a draft; delete", async () => {
    const repository = fake.repository(`${owner}/${repo}`);
    await octokit.rest.repos.createRelease({ owner, repo, tag_name: "v1.1.0-rc.1", prerelease: true });
    const { data: draft } = await octokit.rest.repos.createRelease({ owner, repo, tag_name: "v1.1.0", draft: true });
    expect(await repository.tags()).not.toContain("v1.1.0");
    expect((await octokit.rest.repos.getLatestRelease({ owner, repo })).data.tag_name).toBe("v1.0.0");
    expect((await errorOf(octokit.rest.repos.getReleaseByTag({ owner, repo, tag: "v1.1.0" }))).status).toBe(404);
    const { data: published } = await octokit.rest.repos.updateRelease({
      owner,
      repo,
      release_id: draft.id,
      draft: false,
    });
    expect(published.published_at).not.toBeNull();
    expect(await repository.tags()).toContain("v1.1.0");
    expect((await octokit.rest.repos.getReleaseByTag({ owner, repo, tag: "v1.1.0" })).data.id).toBe(draft.id);
    expect((await octokit.rest.repos.getRelease({ owner, repo, release_id: draft.id })).data.tag_name).toBe("v1.1.0");
    const list = await octokit.rest.repos.listReleases({ owner, repo });
    expect(list.data.map((r) => r.tag_name)).toEqual(["v1.1.0", "v1.1.0-rc.1", "v1.0.0"]);
    await octokit.rest.repos.deleteRelease({ owner, repo, release_id: draft.id });
    expect((await errorOf(octokit.rest.repos.getRelease({ owner, repo, release_id: draft.id }))).status).toBe(404);
  });
});

describe("fault injection and the request log", () => {
  test("failNext answers the next matching request with the status, then recovers", async () => {
    fake.failNext(/^GET \/repos\/octo-org\/app\/labels$/, 502, 1, {
      message: "Server Error",
      headers: { "x-github-request-id": "FAKE:1" },
    });
    // Plain Octokit: the fake's own answer is under test, not createGitHubClient's mapping of it.
    const raw = new Octokit({ auth: fake.token, baseUrl: fake.apiUrl });
    const error = await errorOf(
      raw.request("GET /repos/{owner}/{repo}/labels", { owner, repo, request: { retries: 0 } }),
    );
    expect(error.status).toBe(502);
    expect(error.message).toContain("Server Error");
    expect((error as { response?: { headers: Record<string, string> } }).response?.headers["x-github-request-id"]).toBe(
      "FAKE:1",
    );
    expect((await raw.rest.issues.listLabelsForRepo({ owner, repo })).status).toBe(200);
    const logged = fake.requests.filter((r) => r.method === "GET" && r.path === `/repos/${owner}/${repo}/labels`);
    expect(logged.map((r) => r.status).slice(-2)).toEqual([502, 200]);
  });

  test("a 429 with Retry-After is retried by Octokit's throttling and then succeeds", async () => {
    fake.failNext(/^GET \/repos\/octo-org\/app\/releases$/, 429);
    const retrying = createGitHubClient({ token: fake.token, baseUrl: fake.apiUrl, rateLimitRetries: 1 });
    // plugin-retry is off for this request: only the throttling plugin's secondary-limit handling retries.
    const response = await retrying.rest.repos.listReleases({ owner, repo, request: { retries: 0 } });
    expect(response.status).toBe(200);
    const logged = fake.requests.filter((r) => r.path === `/repos/${owner}/${repo}/releases` && r.method === "GET");
    expect(logged.map((r) => r.status).slice(-2)).toEqual([429, 200]);
  });

  test("write requests are logged with their body", async () => {
    await octokit.rest.issues.createLabel({ owner, repo, name: "logged", color: "123456" });
    const created = fake.requests.filter((r) => r.method === "POST" && r.path === `/repos/${owner}/${repo}/labels`);
    expect(created.at(-1)).toMatchObject({ status: 201, body: { name: "logged", color: "123456" } });
  });
});

describe("contract", () => {
  test("every response above matches GitHub's OpenAPI description", () => {
    expect(fake.responses.length).toBeGreaterThan(30);
    expect(contractViolations(new GitHubOpenApi(), fake.responses)).toEqual([]);
  });
});
