import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { memoryLogger } from "@platform/action-kit";
import { createGitHubClient } from "@platform/github";
import { startGitHubFake } from "../../../test/fakes/github/index.ts";
import {
  createBareRepo,
  fileAt,
  git,
  headOf,
  logOf,
  plantRecordingHooks,
  pushFiles,
} from "../../../test/harness/git.ts";
import {
  ApiTransport,
  applyEdits,
  buildEditRequest,
  commitWithRetry,
  createGit,
  GitTransport,
  openGitWorkspace,
  type Snapshot,
  spawnGitIn,
  type Transport,
} from "../src/index.ts";

const files = {
  "apps/web/kustomization.yaml": "images:\n- name: web # the app\n  newTag: 1.0.0\n",
  "apps/api/kustomization.yaml": "images:\n- name: api\n  newTag: 1.0.0\n",
};
const request = buildEditRequest({ overlay: "apps/web", images: ["web:2.0.0"] });
const noSleep = { sleep: async () => {} };

/**
 * The edit function runs once per attempt. On the first one another writer lands a commit
 * first, so our commit is refused and the edits must be re-applied on the new head.
 */
function racingEdit(race: () => Promise<void>) {
  let attempts = 0;
  return {
    get attempts() {
      return attempts;
    },
    edit: async (snapshot: Snapshot) => {
      attempts++;
      const changes = await applyEdits(request, snapshot);
      if (attempts === 1) await race();
      return changes;
    },
  };
}

describe("GitTransport against a real bare remote", () => {
  let repo: Awaited<ReturnType<typeof createBareRepo>>;
  beforeAll(async () => {
    repo = await createBareRepo({ files });
  });
  afterAll(async () => repo.cleanup());

  function transport(dir: string): Transport {
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, GIT_CONFIG_GLOBAL: "/dev/null" };
    return new GitTransport({ git: createGit(dir, env), spawnGit: spawnGitIn(dir, env) });
  }

  it("a rejected push fetches, re-applies on the new head and pushes again: both changes kept", async () => {
    const dir = await repo.workDir();
    const racer = racingEdit(async () => {
      await pushFiles(
        repo.url,
        "main",
        { "apps/api/kustomization.yaml": "images:\n- name: api\n  newTag: 9.9.9\n" },
        "other writer",
      );
    });
    const logger = memoryLogger();
    const outcome = await commitWithRetry({
      transport: transport(dir),
      branch: "main",
      edit: racer.edit,
      message: "ours\n",
      logger,
      retry: noSleep,
    });
    expect(racer.attempts).toBe(2);
    expect(outcome).toMatchObject({ changed: true, attempts: 2 });
    expect(await headOf(repo.bareDir, "main")).toBe(outcome.commit);
    expect(await logOf(repo.bareDir, "main")).toEqual(["ours", "other writer", "chore: initial commit"]);
    expect(await fileAt(repo.bareDir, "main", "apps/web/kustomization.yaml")).toBe(
      "images:\n- name: web # the app\n  newTag: 2.0.0\n",
    );
    expect(await fileAt(repo.bareDir, "main", "apps/api/kustomization.yaml")).toContain("9.9.9");
    expect(logger.lines.some((line) => line.includes("re-applying on the new head"))).toBe(true);
    // The clone's own branch, index and files were never touched.
    expect((await git(dir, ["status", "--porcelain"])).trim()).toBe("");
    expect((await git(dir, ["rev-parse", "HEAD"])).trim()).toBe(repo.initialCommit);
  });

  it("prepare builds the commit locally and leaves the remote and the refs as they were until push", async () => {
    const dir = await repo.workDir();
    const remote = new GitTransport({
      git: createGit(dir, { PATH: process.env.PATH, HOME: process.env.HOME, GIT_CONFIG_GLOBAL: "/dev/null" }),
      spawnGit: spawnGitIn(dir, { PATH: process.env.PATH, HOME: process.env.HOME, GIT_CONFIG_GLOBAL: "/dev/null" }),
    });
    const parent = (await remote.head("main")) ?? "";
    const snapshot = await remote.snapshot(parent);
    const changes = await applyEdits(buildEditRequest({ overlay: "apps/web", images: ["web:4.0.0"] }), snapshot);
    snapshot.close?.();
    const refsBefore = await git(dir, ["for-each-ref", "--format=%(refname) %(objectname)"]);
    const prepared = await remote.prepare({ branch: "main", parent, create: false, changes, message: "prepared\n" });
    // Built: the commit is in the local object store, on the parent, with the edit...
    expect((await git(dir, ["rev-parse", `${prepared.commit}^`])).trim()).toBe(parent);
    expect(await git(dir, ["show", `${prepared.commit}:apps/web/kustomization.yaml`])).toContain("newTag: 4.0.0");
    // ...but no ref of the clone moved or was left behind, and the remote has not seen it.
    expect(await git(dir, ["for-each-ref", "--format=%(refname) %(objectname)"])).toBe(refsBefore);
    expect(await headOf(repo.bareDir, "main")).toBe(parent);
    expect(await prepared.push()).toEqual({ status: "committed", commit: prepared.commit });
    expect(await headOf(repo.bareDir, "main")).toBe(prepared.commit);
  });

  it("creates a missing branch from the base without touching the base", async () => {
    const dir = await repo.workDir();
    const base = await headOf(repo.bareDir, "main");
    const outcome = await commitWithRetry({
      transport: transport(dir),
      branch: "update-overlay/test",
      createFrom: "main",
      edit: (snapshot) => applyEdits(buildEditRequest({ overlay: "apps/web", images: ["web:3.0.0"] }), snapshot),
      message: "pr\n",
      logger: memoryLogger(),
    });
    expect(outcome.parent).toBe(base);
    expect(await headOf(repo.bareDir, "main")).toBe(base);
    expect(await fileAt(repo.bareDir, "update-overlay/test", "apps/web/kustomization.yaml")).toContain("newTag: 3.0.0");
  });
});

describe("ApiTransport against the GitHub fake", () => {
  let fake: Awaited<ReturnType<typeof startGitHubFake>>;
  beforeAll(async () => {
    fake = await startGitHubFake();
    await fake.createRepository("octo-org/gitops", { files });
  });
  afterAll(async () => fake.stop());

  it("a stale expectedHeadOid re-applies on the new head: both changes kept", async () => {
    const repository = fake.repository("octo-org/gitops");
    const client = createGitHubClient({ token: fake.token, baseUrl: fake.apiUrl });
    const racer = racingEdit(async () => {
      await repository.commitFiles({
        branch: "main",
        message: "other writer",
        changes: [
          { path: "apps/api/kustomization.yaml", content: Buffer.from("images:\n- name: api\n  newTag: 9.9.9\n") },
        ],
      });
    });
    const outcome = await commitWithRetry({
      transport: new ApiTransport({ client, repository: "octo-org/gitops" }),
      branch: "main",
      edit: racer.edit,
      message: "ours\n\nRun: x\n",
      logger: memoryLogger(),
      retry: noSleep,
    });
    expect(racer.attempts).toBe(2);
    expect(outcome.commit).toBe(await repository.branchHead("main"));
    expect((await repository.commitMessages("main")).slice(0, 2)).toEqual(["ours\n\nRun: x", "other writer"]);
    expect(await repository.readFile("apps/web/kustomization.yaml")).toBe(
      "images:\n- name: web # the app\n  newTag: 2.0.0\n",
    );
    expect(await repository.readFile("apps/api/kustomization.yaml")).toContain("9.9.9");
  });
});

describe("git mode in a checkout with planted hooks (the GitHub fake's smart HTTP, a token)", () => {
  let fake: Awaited<ReturnType<typeof startGitHubFake>>;
  beforeAll(async () => {
    fake = await startGitHubFake();
    await fake.createRepository("octo-org/hooked", { files });
  });
  afterAll(async () => fake.stop());

  it("pushes with the token and runs none of the checkout's hooks", async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "gitops-hooks-"));
    const dir = path.join(root, "checkout");
    await git(root, ["clone", "--quiet", `${fake.serverUrl}/octo-org/hooked.git`, dir]);
    const hooks = await plantRecordingHooks(dir);
    const workspace = await openGitWorkspace({
      repository: "octo-org/hooked",
      currentRepository: "octo-org/hooked",
      checkout: dir,
      runnerTemp: root,
      serverUrl: fake.serverUrl,
      token: fake.token,
      env: { PATH: process.env.PATH, HOME: root, GIT_CONFIG_GLOBAL: "/dev/null", GIT_CONFIG_NOSYSTEM: "1" },
      logger: memoryLogger(),
    });
    const outcome = await commitWithRetry({
      transport: workspace.transport,
      branch: "main",
      edit: (snapshot) => applyEdits(request, snapshot),
      message: "hooked\n",
      logger: memoryLogger(),
      retry: noSleep,
    });
    expect(outcome).toMatchObject({ changed: true });
    expect(outcome.commit).toBe(await fake.repository("octo-org/hooked").branchHead("main"));
    expect(hooks.ran()).toEqual([]);
  });
});
