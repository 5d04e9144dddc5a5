import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { stringify } from "yaml";
import { git } from "../harness/git.ts";
import { readApprovals, readDriftIssues, readEnvironments, readRelease } from "./collect.ts";
import { mergePullRequest, openPullRequest, reviewDeployment } from "./developer.ts";
import { OVERLAYS, PRODUCTION_VALUES } from "./fixtures/gitops.ts";
import { pipelineFiles } from "./fixtures/hello-app.ts";
import { startWorld, type World } from "./world.ts";

/*
 * What the story's people do by hand (through the GitHub fake's API with their own tokens), and
 * the report's facts read back from the world: pins in the GitOps repository, release tags,
 * recorded reviews, drift issues.
 */

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => {
  await world?.stop();
});

describe("the developer and the reviewer", () => {
  it("a pull request adopting the platform is opened and squash-merged with its conventional title", async () => {
    const app = world.repositories.app;
    const pull = await openPullRequest(world, {
      branch: "adopt-platform",
      title: "feat: ship hello through the platform",
      changes: pipelineFiles(world.targets),
    });
    expect(pull.number).toBe(1);
    expect(app.pull(1)?.head.ref).toBe("adopt-platform");
    expect(await app.readFile(".github/platform.yml")).toBeUndefined();
    const merged = await mergePullRequest(world, pull.number);
    expect(await app.branchHead("main")).toBe(merged);
    expect((await app.commitMessages())[0]).toBe("feat: ship hello through the platform (#1)");
    expect(await app.readFile(".github/platform.yml")).toContain(`${world.targets.productionRegistry}/hello`);
  });

  it("the reviewer's approval of a waiting run is recorded where GitHub records it", async () => {
    const app = world.repositories.app;
    app.addPendingDeployment(4242, "production");
    await reviewDeployment(world, 4242, "production", "approved", "plan checked");
    const response = await fetch(`${world.github.apiUrl}/repos/acme/hello/actions/runs/4242/approvals`, {
      headers: { authorization: `token ${world.developer.token}` },
    });
    const approvals = (await response.json()) as { state: string; user: { login: string }; comment: string }[];
    expect(approvals.map((a) => [a.state, a.user.login, a.comment])).toEqual([["approved", "rita", "plan checked"]]);
    const runs = new Map([[4242, { name: "promote production", actor: "dana", reason: "first release" }]]);
    expect(readApprovals(world, runs)).toEqual([
      {
        environment: "production",
        run: "promote production",
        requestedBy: "dana",
        reviewer: "rita",
        state: "approved",
        reason: "first release",
      },
    ]);
  });
});

describe("the report's facts, read from the world", () => {
  it("each environment's version, digest, image and the GitOps commit that pinned it", async () => {
    const gitops = world.repositories.gitops;
    const initial = await gitops.branchHead("main");
    const before = await readEnvironments(world);
    expect(Object.keys(before)).toEqual(["dev", "staging", "production"]);
    expect(before.dev).toEqual({
      version: "0.0.0",
      digest: "",
      image: `${world.targets.devRegistry}/hello`,
      commit: initial,
    });
    const digest = `sha256:${"ab".repeat(32)}`;
    const overlay = {
      apiVersion: "kustomize.config.k8s.io/v1beta1",
      kind: "Kustomization",
      resources: ["../../base"],
      images: [{ name: "hello", newName: `${world.targets.devRegistry}/hello`, newTag: "1.0.0", digest }],
    };
    const pinned = await gitops.commitFiles({
      branch: "main",
      message: "chore(dev): pin hello 1.0.0",
      changes: [{ path: `${OVERLAYS.dev}/kustomization.yaml`, content: Buffer.from(stringify(overlay)) }],
    });
    const production = `image:\n  repository: ${world.targets.productionRegistry}/hello\n  tag: v1.0.0\n  digest: "${digest}"\n`;
    const promoted = await gitops.commitFiles({
      branch: "main",
      message: "chore(production): promote hello 1.0.0",
      changes: [{ path: PRODUCTION_VALUES, content: Buffer.from(production) }],
    });
    const after = await readEnvironments(world);
    expect(after.dev).toEqual({
      version: "1.0.0",
      digest,
      image: `${world.targets.devRegistry}/hello`,
      commit: pinned,
    });
    expect(after.staging?.commit).toBe(initial);
    expect(after.production).toEqual({
      version: "1.0.0",
      digest,
      image: `${world.targets.productionRegistry}/hello`,
      commit: promoted,
    });
  });

  it("the newest release tag, in version order", async () => {
    const app = world.repositories.app;
    expect(await readRelease(world)).toEqual({ version: "", tag: "(none)" });
    const head = (await app.branchHead("main")) ?? "";
    for (const tag of ["v1.0.9", "v1.0.10", "v1.0.2", "not-a-version"]) {
      await git(app.bareDir, ["update-ref", `refs/tags/${tag}`, head]);
    }
    expect(await readRelease(world)).toEqual({ version: "1.0.10", tag: "v1.0.10" });
  });

  it("the open drift issues of acme/infra, with their workspace", () => {
    const infra = world.repositories.infra;
    const bot = infra.world.user("github-actions[bot]");
    infra.createIssue({ title: "Drift in workspaces/production", labels: ["drift"], user: bot });
    infra.createIssue({ title: "Upgrade Terraform", labels: ["chore"], user: bot });
    const closed = infra.createIssue({ title: "Drift in workspaces/dev", labels: ["drift"], user: bot });
    infra.setIssueState(closed, "closed", "completed", bot);
    expect(readDriftIssues(world)).toEqual([
      {
        number: 1,
        title: "Drift in workspaces/production",
        url: `${world.github.serverUrl}/acme/infra/issues/1`,
        workspace: "workspaces/production",
      },
    ]);
  });
});
