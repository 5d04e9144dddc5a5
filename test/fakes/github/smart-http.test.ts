import { randomBytes } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "@jest/globals";
import { createGitHubClient } from "@platform/github";
import { type GitHubFake, startGitHubFake } from "./index.ts";
import { authArgs, mustGit, removeTempDirs, runGit, tempDir } from "./test-helpers.ts";

let fake: GitHubFake;

beforeAll(async () => {
  fake = await startGitHubFake();
  await fake.createRepository("octo-org/gitops", { files: { "envs/dev/kustomization.yaml": "images: []\n" } });
  await fake.createRepository("octo-org/secret", { private: true, files: { "a.txt": "a\n" } });
});

afterAll(async () => {
  await fake.stop();
  await removeTempDirs();
});

test("clone, commit and push over smart HTTP with the token; the API sees the push", async () => {
  const work = await tempDir("gh-fake-clone-");
  const url = `${fake.serverUrl}/octo-org/gitops.git`;
  await mustGit(work, [...authArgs(fake.token), "clone", "--quiet", url, "repo"]);
  const dir = path.join(work, "repo");
  expect(await readFile(path.join(dir, "envs/dev/kustomization.yaml"), "utf8")).toBe("images: []\n");
  await writeFile(path.join(dir, "envs/dev/kustomization.yaml"), "images:\n  - name: app\n");
  await mustGit(dir, ["commit", "--quiet", "-am", "chore: bump app"]);
  await mustGit(dir, [...authArgs(fake.token), "push", "--quiet", "origin", "HEAD:main"]);
  const head = await mustGit(dir, ["rev-parse", "HEAD"]);

  const repository = fake.repository("octo-org/gitops");
  expect(await repository.branchHead("main")).toBe(head);
  expect(await repository.readFile("envs/dev/kustomization.yaml")).toBe("images:\n  - name: app\n");
  expect(repository.counters.pushes).toBe(1);
  const octokit = createGitHubClient({ token: fake.token, baseUrl: fake.apiUrl });
  const ref = await octokit.rest.git.getRef({ owner: "octo-org", repo: "gitops", ref: "heads/main" });
  expect(ref.data.object.sha).toBe(head);
});

test("push without a token is refused with a Basic challenge; a wrong token too", async () => {
  const work = await tempDir("gh-fake-anon-");
  const url = `${fake.serverUrl}/octo-org/gitops.git`;
  // A public repository clones anonymously, like on GitHub.
  await mustGit(work, ["clone", "--quiet", url, "repo"]);
  const dir = path.join(work, "repo");
  await writeFile(path.join(dir, "new.txt"), "x\n");
  await mustGit(dir, ["add", "new.txt"]);
  await mustGit(dir, ["commit", "--quiet", "-m", "feat: anonymous"]);
  const before = await fake.repository("octo-org/gitops").branchHead("main");
  const anonymous = await runGit(dir, ["push", "origin", "HEAD:main"]);
  expect(anonymous.code).not.toBe(0);
  const wrong = await runGit(dir, [...authArgs("ghs_wrong"), "push", "origin", "HEAD:main"]);
  expect(wrong.code).not.toBe(0);
  expect(await fake.repository("octo-org/gitops").branchHead("main")).toBe(before);

  const challenge = await fetch(`${url}/info/refs?service=git-receive-pack`);
  expect(challenge.status).toBe(401);
  expect(challenge.headers.get("www-authenticate")).toMatch(/^Basic /);
});

test("a read-only token fetches but cannot push", async () => {
  fake.addToken("ghs_read", { readOnly: true });
  const work = await tempDir("gh-fake-ro-");
  await mustGit(work, [...authArgs("ghs_read"), "clone", "--quiet", `${fake.serverUrl}/octo-org/gitops.git`, "repo"]);
  const dir = path.join(work, "repo");
  await mustGit(dir, ["commit", "--quiet", "--allow-empty", "-m", "chore: empty"]);
  const push = await runGit(dir, [...authArgs("ghs_read"), "push", "origin", "HEAD:main"]);
  expect(push.code).not.toBe(0);
  expect(push.stderr).toMatch(/403|denied/);
});

test("a private repository needs the token even to clone", async () => {
  const work = await tempDir("gh-fake-private-");
  const url = `${fake.serverUrl}/octo-org/secret.git`;
  expect((await runGit(work, ["clone", "--quiet", url, "anon"])).code).not.toBe(0);
  await mustGit(work, [...authArgs(fake.token), "clone", "--quiet", url, "ok"]);
  expect(await readFile(path.join(work, "ok", "a.txt"), "utf8")).toBe("a\n");
});

test("new branches and tags pushed over git are visible to the API", async () => {
  const work = await tempDir("gh-fake-branch-");
  await mustGit(work, [...authArgs(fake.token), "clone", "--quiet", `${fake.serverUrl}/octo-org/gitops.git`, "repo"]);
  const dir = path.join(work, "repo");
  await mustGit(dir, ["checkout", "--quiet", "-b", "feature/x"]);
  await mustGit(dir, ["commit", "--quiet", "--allow-empty", "-m", "feat: x"]);
  await mustGit(dir, ["tag", "v0.1.0"]);
  await mustGit(dir, [...authArgs(fake.token), "push", "--quiet", "origin", "feature/x", "v0.1.0"]);
  const repository = fake.repository("octo-org/gitops");
  expect(await repository.branches()).toContain("feature/x");
  expect(await repository.tags()).toContain("v0.1.0");
  const octokit = createGitHubClient({ token: fake.token, baseUrl: fake.apiUrl });
  const refs = await octokit.rest.git.listMatchingRefs({ owner: "octo-org", repo: "gitops", ref: "tags/v0" });
  expect(refs.data.map((r) => r.ref)).toEqual(["refs/tags/v0.1.0"]);
});

test("a push bigger than git's post buffer (chunked, after a probe) lands and counts once", async () => {
  const repository = fake.repository("octo-org/gitops");
  const pushes = repository.counters.pushes;
  const work = await tempDir("gh-fake-big-");
  await mustGit(work, [...authArgs(fake.token), "clone", "--quiet", `${fake.serverUrl}/octo-org/gitops.git`, "repo"]);
  const dir = path.join(work, "repo");
  await writeFile(path.join(dir, "big.bin"), randomBytes(3 * 1024 * 1024));
  await mustGit(dir, ["add", "big.bin"]);
  await mustGit(dir, ["commit", "--quiet", "-m", "chore: big file"]);
  await mustGit(dir, [...authArgs(fake.token), "push", "--quiet", "origin", "HEAD:main"]);
  expect(await repository.branchHead("main")).toBe(await mustGit(dir, ["rev-parse", "HEAD"]));
  expect(repository.counters.pushes).toBe(pushes + 1);
});
