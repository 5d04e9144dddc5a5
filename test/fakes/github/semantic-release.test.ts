import { afterAll, beforeAll, expect, test } from "@jest/globals";
import { type FakeRepository, type GitHubFake, startGitHubFake } from "./index.ts";
import { contractViolations, GitHubOpenApi } from "./openapi.ts";

/**
 * The release action runs semantic-release with @semantic-release/github: its real
 * verify, publish, success and fail steps against the fake exercise the REST calls and
 * GraphQL queries (associatedPullRequests, issueOrPullRequest, issues(filterBy)) it makes.
 */
type Step = (config: Record<string, unknown>, context: Record<string, unknown>) => Promise<unknown>;
interface GitHubPlugin {
  verifyConditions: Step;
  publish: Step;
  success: Step;
  fail: Step;
}

let fake: GitHubFake;
let repository: FakeRepository;
let plugin: GitHubPlugin;
const logs: string[] = [];

function context(extra: Record<string, unknown> = {}): Record<string, unknown> {
  const log = (...args: unknown[]): void => {
    logs.push(args.map(String).join(" "));
  };
  return {
    cwd: process.cwd(),
    env: { GITHUB_TOKEN: fake.token, GITHUB_API_URL: fake.apiUrl },
    options: { repositoryUrl: `${fake.serverUrl}/octo-org/app.git` },
    branch: { name: "main" },
    branches: [{ name: "main" }],
    logger: { log, warn: log, error: log, success: log, info: log },
    ...extra,
  };
}

beforeAll(async () => {
  fake = await startGitHubFake();
  repository = await fake.createRepository("octo-org/app", { files: { "package.json": "{}\n" } });
  const name = "@semantic-release/github";
  plugin = (await import(name)) as GitHubPlugin;
});

afterAll(async () => {
  await fake.stop();
});

test("verify, publish, success: release created, PR and fixed issue commented and labelled", async () => {
  const issue = repository.createIssue({ title: "Crash on start", user: repository.world.user("octocat") });
  // A feature branch merged through a pull request, as in a real project.
  await repository.createBranch("feature");
  const fix = await repository.commitFiles({
    branch: "feature",
    message: `fix: do not crash\n\nFixes #${issue.number}`,
    changes: [{ path: "src/index.js", content: Buffer.from("ok\n") }],
  });
  const response = await fetch(`${fake.apiUrl}/repos/octo-org/app/pulls`, {
    method: "POST",
    headers: { authorization: `token ${fake.token}` },
    body: JSON.stringify({ head: "feature", base: "main", title: "fix: do not crash", body: `Fixes #${issue.number}` }),
  });
  const pull = (await response.json()) as { number: number };
  const merge = await fetch(`${fake.apiUrl}/repos/octo-org/app/pulls/${pull.number}/merge`, {
    method: "PUT",
    headers: { authorization: `token ${fake.token}` },
    body: JSON.stringify({ merge_method: "merge" }),
  });
  expect(merge.status).toBe(200);

  await plugin.verifyConditions({}, context());
  const nextRelease = {
    gitTag: "v1.0.0",
    name: "v1.0.0",
    version: "1.0.0",
    notes: "## 1.0.0\n\n* do not crash",
    type: "major",
  };
  const release = (await plugin.publish({}, context({ nextRelease }))) as { url: string; name: string; id: number };
  expect(release.url).toBe(`${fake.serverUrl}/octo-org/app/releases/tag/v1.0.0`);
  expect(repository.releases.map((r) => r.tag_name)).toEqual(["v1.0.0"]);
  expect(await repository.tags()).toContain("v1.0.0");

  await plugin.success(
    {},
    context({
      nextRelease,
      commits: [{ hash: fix, message: `fix: do not crash\n\nFixes #${issue.number}` }],
      releases: [{ ...release, gitTag: "v1.0.0" }],
      lastRelease: {},
    }),
  );
  const commented = repository.comments.map((c) => repository.issues.find((i) => i.url === c.issue_url)?.number).sort();
  expect(commented).toEqual([issue.number, pull.number].sort());
  expect(repository.comments[0]?.body).toContain("1.0.0");
  expect(repository.issue(pull.number)?.labels.map((l) => l.name)).toEqual(["released"]);
  expect(repository.issue(issue.number)?.labels.map((l) => l.name)).toEqual(["released"]);
});

test("fail opens one issue, comments on it the next time; success closes it", async () => {
  const errors = [Object.assign(new Error("boom"), { semanticRelease: true, code: "EBOOM", details: "details" })];
  await plugin.fail({}, context({ errors }));
  const failing = repository.issues.filter((i) => i.title === "The automated release is failing 🚨");
  expect(failing).toHaveLength(1);
  expect(failing[0]?.labels.map((l) => l.name)).toEqual(["semantic-release"]);
  await plugin.fail({}, context({ errors }));
  expect(repository.issues.filter((i) => i.title === "The automated release is failing 🚨")).toHaveLength(1);
  expect(failing[0]?.comments).toBe(1);

  const nextRelease = { gitTag: "v1.0.1", name: "v1.0.1", version: "1.0.1", notes: "notes" };
  await plugin.success({}, context({ nextRelease, commits: [], releases: [], lastRelease: {} }));
  expect(failing[0]?.state).toBe("closed");
});

test("every response matches GitHub's OpenAPI description", () => {
  expect(contractViolations(new GitHubOpenApi(), fake.responses)).toEqual([]);
  expect(fake.requests.filter((r) => r.status >= 500)).toEqual([]);
});
