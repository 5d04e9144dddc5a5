import { afterAll, beforeAll, expect, test } from "@jest/globals";
import { createGitHubClient, type GitHubClient } from "@platform/github";
import { type FakeRepository, type GitHubFake, startGitHubFake } from "./index.ts";

let fake: GitHubFake;
let octokit: GitHubClient;
let repository: FakeRepository;

const COMMIT = `mutation($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid } }
}`;

interface GraphqlFailure {
  errors: Array<{ type?: string; message: string; path?: string[] }>;
  data?: unknown;
}

function failure(promise: Promise<unknown>): Promise<GraphqlFailure> {
  return promise.then(
    () => {
      throw new Error("expected the GraphQL request to fail");
    },
    (error: GraphqlFailure) => error,
  );
}

function commitInput(expectedHeadOid: string, path: string, content: string, branchName = "main") {
  return {
    branch: { repositoryNameWithOwner: "octo-org/gitops", branchName },
    expectedHeadOid,
    message: { headline: `chore: ${path}` },
    fileChanges: { additions: [{ path, contents: Buffer.from(content).toString("base64") }] },
  };
}

beforeAll(async () => {
  fake = await startGitHubFake();
  repository = await fake.createRepository("octo-org/gitops", { files: { "a.txt": "a\n" } });
  octokit = createGitHubClient({ token: fake.token, baseUrl: fake.apiUrl, rateLimitRetries: 0 });
});

afterAll(async () => {
  await fake.stop();
});

test("of two commits racing on the same expected head, exactly one lands", async () => {
  const head = (await repository.branchHead("main")) ?? "";
  const results = await Promise.allSettled([
    octokit.graphql(COMMIT, { input: commitInput(head, "one.txt", "1") }),
    octokit.graphql(COMMIT, { input: commitInput(head, "two.txt", "2") }),
  ]);
  expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  const rejected = results.find((r) => r.status === "rejected");
  expect((rejected as PromiseRejectedResult).reason.errors[0]).toMatchObject({
    type: "STALE_DATA",
    path: ["createCommitOnBranch"],
  });
  const files = [await repository.readFile("one.txt"), await repository.readFile("two.txt")];
  expect(files.filter((f) => f !== undefined)).toHaveLength(1);
  expect((await repository.commitMessages()).length).toBe(2);
});

test("unknown repository, unknown branch, missing deletion and read-only token are refused", async () => {
  const head = (await repository.branchHead("main")) ?? "";
  const missingRepo = await failure(
    octokit.graphql(COMMIT, {
      input: {
        ...commitInput(head, "x", "x"),
        branch: { repositoryNameWithOwner: "octo-org/nope", branchName: "main" },
      },
    }),
  );
  expect(missingRepo.errors[0]).toMatchObject({ type: "NOT_FOUND" });
  const missingBranch = await failure(octokit.graphql(COMMIT, { input: commitInput(head, "x", "x", "nope") }));
  expect(missingBranch.errors[0]?.type).toBe("NOT_FOUND");
  const deletion = await failure(
    octokit.graphql(COMMIT, {
      input: { ...commitInput(head, "x", "x"), fileChanges: { deletions: [{ path: "missing.txt" }] } },
    }),
  );
  expect(deletion.errors[0]?.type).toBe("UNPROCESSABLE");

  fake.addToken("ghs_ro", { readOnly: true });
  const reader = createGitHubClient({ token: "ghs_ro", baseUrl: fake.apiUrl });
  const forbidden = await failure(reader.graphql(COMMIT, { input: commitInput(head, "x", "x") }));
  expect(forbidden.errors[0]?.type).toBe("FORBIDDEN");
  expect(await repository.branchHead("main")).toBe(head);
});

test("queries are validated against the schema like GitHub's", async () => {
  const invalid = await failure(octokit.graphql('{ repository(owner: "octo-org", name: "gitops") { nosuchfield } }'));
  expect(invalid.errors[0]?.message).toContain("nosuchfield");
  const missing = await failure(octokit.graphql('{ repository(owner: "octo-org", name: "nope") { name } }'));
  expect(missing.errors[0]).toMatchObject({
    type: "NOT_FOUND",
    message: "Could not resolve to a Repository with the name 'octo-org/nope'.",
  });
});

test("objects, blobs, issues and pull request connections", async () => {
  repository.createIssue({ title: "one", labels: ["drift"], user: repository.world.user("octocat") });
  repository.createIssue({ title: "two", user: repository.world.user("octocat") });
  const data = await octokit.graphql<{
    repository: {
      object: { text: string } | null;
      issues: { totalCount: number; nodes: Array<{ title: string; labels: { nodes: Array<{ name: string }> } }> };
      all: { totalCount: number; pageInfo: { hasNextPage: boolean } };
    };
  }>(
    `query {
      repository(owner: "octo-org", name: "gitops") {
        object(expression: "main:a.txt") { ... on Blob { text } }
        issues(first: 10, states: OPEN, filterBy: { labels: ["drift"] }) { totalCount nodes { title labels(first: 5) { nodes { name } } } }
        all: issues(first: 1) { totalCount pageInfo { hasNextPage } }
      }
    }`,
  );
  expect(data.repository.object?.text).toBe("a\n");
  expect(data.repository.issues).toEqual({
    totalCount: 1,
    nodes: [{ title: "one", labels: { nodes: [{ name: "drift" }] } }],
  });
  expect(data.repository.all).toEqual({ totalCount: 2, pageInfo: { hasNextPage: true } });
});

test("auto-merge needs the repository setting and a base branch with protection, like GitHub", async () => {
  const ENABLE = `mutation($id: ID!) {
    enablePullRequestAutoMerge(input: { pullRequestId: $id, mergeMethod: MERGE }) { pullRequest { number } }
  }`;
  await repository.createBranch("release");
  await repository.createBranch("topic");
  await repository.commitFiles({
    branch: "topic",
    message: "feat: topic",
    changes: [{ path: "t", content: Buffer.from("t") }],
  });
  const { data: intoRelease } = await octokit.rest.pulls.create({
    owner: "octo-org",
    repo: "gitops",
    head: "topic",
    base: "release",
    title: "t",
  });
  expect(intoRelease.mergeable_state).toBe("clean");
  const clean = await failure(octokit.graphql(ENABLE, { id: intoRelease.node_id }));
  expect(clean.errors[0]?.message).toBe("Pull request is in clean status");

  const { data: intoMain } = await octokit.rest.pulls.create({
    owner: "octo-org",
    repo: "gitops",
    head: "topic",
    base: "main",
    title: "t",
  });
  expect(intoMain.mergeable_state).toBe("blocked");
  repository.allowAutoMerge = false;
  const disallowed = await failure(octokit.graphql(ENABLE, { id: intoMain.node_id }));
  expect(disallowed.errors[0]?.message).toBe("Auto merge is not allowed for this repository");
  repository.allowAutoMerge = true;
  await octokit.graphql(ENABLE, { id: intoMain.node_id });
  expect(repository.pull(intoMain.number)?.auto_merge?.merge_method).toBe("merge");
  expect(repository.pull(intoRelease.number)?.auto_merge).toBeNull();
});
