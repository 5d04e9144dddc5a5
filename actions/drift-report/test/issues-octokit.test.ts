import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { createGitHubClient } from "@platform/github";
import { type GitHubFake, startGitHubFake } from "../../../test/fakes/github/index.ts";
import { octokitDriftIssuePort } from "../src/issues-octokit.ts";

let fake: GitHubFake;
beforeAll(async () => {
  fake = await startGitHubFake();
});
afterAll(async () => {
  await fake?.stop();
});

async function setup(name: string) {
  const repository = await fake.createRepository(`octo-org/${name}`);
  const client = createGitHubClient({ token: fake.token, baseUrl: fake.apiUrl, rateLimitRetries: 0 });
  return { repository, port: octokitDriftIssuePort(client, { owner: "octo-org", repo: name }) };
}

describe("octokitDriftIssuePort against the GitHub fake", () => {
  it("lists every issue with the label over several pages, open and closed, without pull requests", async () => {
    const { repository, port } = await setup("paged");
    // Seeded in the fake directly: the client's throttling spaces writes a second apart.
    const first = await port.createIssue({ title: "t0", body: "b0", labels: ["drift"] });
    const user = repository.issues[0]?.user;
    if (!user) throw new Error("the fake kept no user");
    for (let i = 1; i < 260; i++) {
      const issue = repository.createIssue({
        title: `t${i}`,
        body: `b${i}`,
        labels: i % 2 ? ["other"] : ["drift"],
        user,
      });
      if (i % 3 === 0) issue.state = "closed";
    }
    repository.createIssue({ title: "a pull", labels: ["drift"], user, pull: true });
    const before = fake.requests.length;
    const listed = await port.listIssues("drift");
    expect(listed).toHaveLength(130);
    expect(listed.map((issue) => issue.number)).toContain(first.number);
    expect(listed.some((issue) => issue.state === "closed")).toBe(true);
    expect(listed.every((issue) => issue.labels.includes("drift") && issue.title !== "a pull")).toBe(true);
    expect(fake.requests.slice(before).filter((r) => r.method === "GET")).toHaveLength(2);
  });

  it("creates, edits, comments and reopens with the fields GitHub takes", async () => {
    const { repository, port } = await setup("edits");
    const issue = await port.createIssue({ title: "Drift", body: "one", labels: ["drift"] });
    expect(issue).toMatchObject({ number: 1, state: "open", title: "Drift", body: "one", labels: ["drift"] });
    expect(issue.url).toBe(repository.issues[0]?.html_url);
    await port.addComment(1, "a comment");
    const closed = await port.updateIssue(1, {
      state: "closed",
      stateReason: "completed",
      labels: ["drift", "drift-resolved"],
    });
    expect(closed).toMatchObject({ state: "closed", labels: ["drift", "drift-resolved"] });
    expect(repository.issues[0]?.state_reason).toBe("completed");
    const reopened = await port.updateIssue(1, { state: "open", stateReason: "reopened", body: "two" });
    expect(reopened).toMatchObject({ state: "open", body: "two" });
    expect(repository.comments.map((c) => c.body)).toEqual(["a comment"]);
  });

  it("creates a missing label once and leaves an existing one alone", async () => {
    const { repository, port } = await setup("labels");
    repository.createLabel("drift", "ededed", "ours");
    await port.ensureLabel({ name: "drift", color: "d93f0b", description: "new" });
    await port.ensureLabel({ name: "drift-error", color: "b60205", description: "plan fails" });
    expect(repository.labels.map((l) => [l.name, l.color, l.description])).toEqual([
      ["drift", "ededed", "ours"],
      ["drift-error", "b60205", "plan fails"],
    ]);
  });

  it("lists by creator, names the token's owner and adds labels to what an issue has", async () => {
    const { repository, port } = await setup("creator");
    const ours = await port.createIssue({ title: "ours", body: "b", labels: ["triaged"] });
    expect(ours).toMatchObject({ author: "github-actions[bot]", id: repository.issues[0]?.id });
    const alice = repository.world.user("alice");
    repository.createIssue({ title: "theirs", labels: [], user: alice });
    const closed = repository.createIssue({
      title: "ours, closed",
      labels: [],
      user: repository.world.user(ours.author),
    });
    closed.state = "closed";
    expect(await port.authenticatedLogin()).toBe("github-actions[bot]");
    expect((await port.listIssuesByCreator("github-actions[bot]", "open")).map((i) => i.title)).toEqual(["ours"]);
    expect((await port.listIssuesByCreator("github-actions[bot]", "all")).map((i) => i.title).sort()).toEqual([
      "ours",
      "ours, closed",
    ]);
    await port.addLabels(ours.number, ["drift"]);
    expect(repository.issues[0]?.labels.map((l) => l.name)).toEqual(["triaged", "drift"]);
  });

  it("names the owner of any token through GraphQL's viewer", async () => {
    const { port } = await setup("viewer");
    fake.addToken("ghp_personal", { login: "ops-person" });
    const personal = octokitDriftIssuePort(
      createGitHubClient({ token: "ghp_personal", baseUrl: fake.apiUrl, rateLimitRetries: 0 }),
      { owner: "octo-org", repo: "viewer" },
    );
    expect(await personal.authenticatedLogin()).toBe("ops-person");
    fake.failNext(/^POST \/graphql$/, 401);
    expect(await port.authenticatedLogin()).toBeUndefined();
  });

  it("closes as a duplicate of an issue, or as not planned where the reason is refused", async () => {
    const { repository, port } = await setup("duplicates");
    const kept = await port.createIssue({ title: "kept", body: "k", labels: [] });
    await port.createIssue({ title: "dup", body: "d", labels: [] });
    await port.createIssue({ title: "dup 2", body: "d", labels: [] });
    const before = fake.requests.length;
    const closed = await port.updateIssue(2, { state: "closed", stateReason: "duplicate", duplicateOf: kept.id });
    expect(closed.state).toBe("closed");
    expect(repository.issues[1]?.state_reason).toBe("duplicate");
    expect(fake.requests.slice(before).map((r) => r.body)).toEqual([
      { state: "closed", state_reason: "duplicate", duplicate_issue_id: kept.id },
    ]);
    fake.failNext(/^PATCH \/repos\/octo-org\/duplicates\/issues\/3$/, 422);
    await port.updateIssue(3, { state: "closed", stateReason: "duplicate", duplicateOf: kept.id });
    expect(repository.issues[2]?.state_reason).toBe("not_planned");
  });
});

describe("a token without the issues permission", () => {
  it("is one line naming the permission to grant (a job whose permissions leave issues out)", async () => {
    await fake.createRepository("octo-org/no-issues", { private: true });
    const token = fake.mintJobToken({ repository: "octo-org/no-issues", permissions: { contents: "read" } });
    const client = createGitHubClient({ token, baseUrl: fake.apiUrl, rateLimitRetries: 0 });
    const port = octokitDriftIssuePort(client, { owner: "octo-org", repo: "no-issues" });
    const refusal =
      'Input "github-token": GitHub refused the token on the issues of octo-org/no-issues (HTTP 403 Resource not accessible by integration); give the job permissions: issues: write.';
    await expect(port.listIssues("drift")).rejects.toThrow(refusal);
    await expect(port.createIssue({ title: "Drift", body: "b", labels: [] })).rejects.toThrow(refusal);
    expect(fake.repository("octo-org/no-issues").issues).toEqual([]);
  });
});
