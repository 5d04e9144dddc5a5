import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { parse } from "yaml";
import { screenshot } from "../harness/chromium.ts";
import { dockerAnswers } from "../harness/docker.ts";
import { countColor, decodePng, nonBackgroundShare } from "../harness/png.ts";
import { startRegistry, type TestRegistry } from "../harness/registry.ts";
import { repoRoot } from "../harness/run-action.ts";
import { inspectRaw, listTags } from "../harness/skopeo.ts";
import { OVERLAYS, PRODUCTION_VALUES } from "./fixtures/gitops.ts";
import { parseReport, type SandboxReport } from "./report/model.ts";

/*
 * `npm run sandbox` as a person runs it: the happy story through the real CLI (the real caller
 * workflows, reusable workflows and bundled actions, rehearsed on the world's real parts), then
 * report.json held against what the world kept, read without the sandbox's code: the bare git
 * repositories with git, the registries' storage served again and read with skopeo, the GitHub
 * fake's saved state. report.html is screenshot in headless Chromium (artifacts/sandbox/).
 */

const run = promisify(execFile);
const root = mkdtempSync(path.join(os.tmpdir(), "sandbox-story-test-"));
const workdir = path.join(root, "work");
const artifacts = path.join(repoRoot, "artifacts", "sandbox");
let stdout = "";
let exitCode: number | undefined;
let report: SandboxReport;

const git = async (dir: string, args: string[]): Promise<string> =>
  (await run("git", args, { cwd: dir, maxBuffer: 16 * 1024 * 1024 })).stdout.trim();
const bare = (name: string): string => path.join(workdir, "github", "acme", `${name}.git`);

beforeAll(async () => {
  try {
    const result = await run(process.execPath, [path.join(repoRoot, "scripts", "sandbox.ts"), "--workdir", workdir], {
      cwd: repoRoot,
      maxBuffer: 64 * 1024 * 1024,
      timeout: 900_000,
    });
    stdout = result.stdout;
    exitCode = 0;
  } catch (error) {
    const failed = error as { stdout?: string; code?: number };
    stdout = failed.stdout ?? "";
    exitCode = failed.code;
  }
  mkdirSync(artifacts, { recursive: true });
  if (existsSync(path.join(workdir, "report.json"))) {
    report = parseReport(JSON.parse(readFileSync(path.join(workdir, "report.json"), "utf8")));
  }
}, 960_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("npm run sandbox (happy)", () => {
  it("plays the whole story, exits 0 and prints the final table", () => {
    if (exitCode !== 0) throw new Error(`the sandbox exited ${exitCode}:\n${stdout.slice(-6000)}`);
    for (const run of [
      "pull request #1",
      "push main",
      "promote production",
      "pull request #2",
      "push main (fix)",
      "promote production (fix)",
      "rollback, no reason",
      "rollback",
      "nightly drift",
    ]) {
      expect(stdout).toContain(`▶ ${run}: `);
    }
    expect(stdout).toMatch(/⏸ promote \/ promote waits for rita \(environment production\)/);
    expect(stdout).toMatch(/plan: production ← staging/);
    expect(stdout).toMatch(/refused as the story expects: .*production requires a reason/);
    expect(stdout).toMatch(/^environment\s+version\s+digest\s+GitOps commit$/m);
    expect(stdout).toMatch(/^success: release v1\.0\.1, \d+ jobs in /m);
    expect(stdout).toMatch(/sandbox: every part stopped\n$/);
  });

  it("report.json: v1.0.1 released, both tags in acme/hello", async () => {
    expect(report.release).toEqual({ version: "1.0.1", tag: "v1.0.1" });
    const tags = (await git(bare("hello"), ["tag", "--list", "v*"])).split("\n");
    expect(tags).toEqual(expect.arrayContaining(["v1.0.0", "v1.0.1"]));
    expect(report.gitops.repository).toBe(bare("gitops"));
  });

  it("report.json's environments are what the GitOps repository pins, at the commits that pinned them", async () => {
    const files: Record<string, string> = {
      dev: `${OVERLAYS.dev}/kustomization.yaml`,
      staging: `${OVERLAYS.staging}/kustomization.yaml`,
      production: PRODUCTION_VALUES,
    };
    for (const [name, file] of Object.entries(files)) {
      const environment = report.environments[name];
      expect(environment?.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(await git(bare("gitops"), ["log", "-1", "--format=%H", "main", "--", file])).toBe(environment?.commit);
      const text = await git(bare("gitops"), ["show", `main:${file}`]);
      if (name === "production") {
        const values = parse(text) as { image: { repository: string; tag: string; digest: string } };
        expect(values.image).toEqual({
          repository: environment?.image,
          tag: `v${environment?.version}`,
          digest: environment?.digest,
        });
      } else {
        const overlay = parse(text) as { images: { name: string; newName: string; newTag: string; digest: string }[] };
        expect(overlay.images).toEqual([
          {
            name: "hello",
            newName: environment?.image,
            newTag: `v${environment?.version}`,
            digest: environment?.digest,
          },
        ]);
      }
    }
    expect(report.environments.dev?.version).toBe("1.0.1");
    expect(report.environments.staging?.digest).toBe(report.environments.dev?.digest);
    // Production was rolled back from 1.0.1 to 1.0.0.
    expect(report.environments.production?.version).toBe("1.0.0");
    expect(report.environments.production?.digest).not.toBe(report.environments.staging?.digest);
  });

  it("production's last commit is the approved rollback, its record readable with git interpret-trailers", async () => {
    const message = await git(bare("gitops"), [
      "log",
      "-1",
      "--format=%B",
      report.environments.production?.commit ?? "",
    ]);
    const { stdout: trailers } = await new Promise<{ stdout: string }>((resolve, reject) => {
      const child = execFile("git", ["interpret-trailers", "--parse"], (error, out) =>
        error ? reject(error) : resolve({ stdout: out }),
      );
      child.stdin?.end(message);
    });
    expect(trailers).toContain("Environment: production");
    expect(trailers).toContain(
      `Image: hello=${report.environments.production?.image}@${report.environments.production?.digest}`,
    );
    expect(trailers).toContain("Requested-By: dana");
    expect(trailers).toContain("Approved-By: rita");
    expect(trailers).toContain("Reason: the newline breaks a client");
    expect(trailers).toContain("Rollback: true");
    // Three production commits, each approved by rita: first release, the fix, the rollback.
    const log = await git(bare("gitops"), ["log", "--format=%B%x00", "main", "--", PRODUCTION_VALUES]);
    const production = log.split("\0").filter((entry) => entry.includes("Environment: production"));
    expect(production).toHaveLength(3);
    for (const entry of production) expect(entry).toContain("Approved-By: rita");
  });

  describe("the registries, served again from the kept storage and read with skopeo", () => {
    const registries: Partial<Record<"dev" | "production", TestRegistry>> = {};
    beforeAll(async () => {
      for (const name of ["dev", "production"] as const) {
        registries[name] = await startRegistry({ dir: path.join(workdir, "registries", name) });
      }
    });
    afterAll(async () => {
      await Promise.all(Object.values(registries).map((registry) => registry.stop()));
    });

    it("dev holds each pinned digest as an index of linux/amd64 and linux/arm64", async () => {
      for (const name of ["dev", "staging"]) {
        const digest = report.environments[name]?.digest ?? "";
        const index = JSON.parse(await inspectRaw(`docker://${registries.dev?.host}/hello@${digest}`)) as {
          manifests: { platform: { os: string; architecture: string } }[];
        };
        expect(index.manifests.map((m) => `${m.platform.os}/${m.platform.architecture}`).sort()).toEqual([
          "linux/amd64",
          "linux/arm64",
        ]);
      }
    });

    it("production holds the digest it pins byte for byte, and the version tag names it", async () => {
      const digest = report.environments.production?.digest ?? "";
      const host = registries.production?.host;
      const byDigest = await inspectRaw(`docker://${host}/hello@${digest}`);
      const byTag = await inspectRaw(`docker://${host}/hello:v${report.environments.production?.version}`);
      expect(byTag).toBe(byDigest);
      expect(await listTags(`docker://${host}/hello`)).toEqual(expect.arrayContaining(["v1.0.0", "v1.0.1"]));
    });
  });

  it("the approvals and the drift issue are what GitHub recorded", () => {
    const state = JSON.parse(readFileSync(path.join(workdir, "github-state.json"), "utf8")) as Record<
      string,
      {
        issues: { number: number; title: string; state: string; labels: string[] }[];
        approvals: { environment: string; review: { state: string; by: string } | null }[];
      }
    >;
    const reviews = state["acme/hello"]?.approvals.map((a) => [a.environment, a.review?.state, a.review?.by]);
    expect(reviews).toEqual([
      ["production", "approved", "rita"],
      ["production", "approved", "rita"],
      ["production", "approved", "rita"],
    ]);
    expect(report.approvals?.map((a) => [a.environment, a.state, a.reviewer, a.requestedBy])).toEqual(
      reviews?.map(([environment, decision, by]) => [environment, decision, by, "dana"]),
    );
    const issues = state["acme/infra"]?.issues.filter((issue) => issue.state === "open") ?? [];
    expect(issues).toHaveLength(1);
    expect(issues[0]?.labels).toContain("drift");
    expect(issues[0]?.title).toContain("workspaces/production");
    expect(report.drift.issues).toEqual([
      expect.objectContaining({
        number: issues[0]?.number,
        title: issues[0]?.title,
        workspace: "workspaces/production",
      }),
    ]);
  });

  it("every job of the story ran and passed, but the one refusal the story plays", () => {
    const failed = report.jobs.filter((job) => job.conclusion !== "success");
    expect(failed.map((job) => [job.run, job.name, job.conclusion, job.expected])).toEqual([
      ["rollback, no reason", "promote / plan", "failure", true],
    ]);
    const builds = report.jobs.filter((job) => job.name === "pipeline / build / build");
    expect(builds).toHaveLength(2);
    const promote = report.jobs.find((job) => job.run === "promote production" && job.name === "promote / promote");
    expect(promote?.needs).toEqual(["promote / plan"]);
  });

  it("leaves nothing running: the world's addresses are closed and the private Docker Engine is gone", async () => {
    const world = JSON.parse(readFileSync(path.join(workdir, "world.json"), "utf8")) as {
      github: { serverUrl: string };
    };
    await expect(fetch(world.github.serverUrl)).rejects.toThrow();
    const docker = /Docker (\S+)$/m.exec(stdout)?.[1] ?? "";
    if (docker.startsWith("unix:///tmp/")) expect(await dockerAnswers(docker)).toBe(false);
  });

  it("report.html in headless Chromium: the graph's colours on a page a person can read", async () => {
    const png = path.join(artifacts, "sandbox-report.png");
    await screenshot(path.join(workdir, "report.html"), png, { width: 1400, height: 1800 });
    const image = decodePng(readFileSync(png));
    expect(nonBackgroundShare(image)).toBeGreaterThan(0.05);
    expect(countColor(image, "#1a7f37")).toBeGreaterThan(2000); // success stripes
    expect(countColor(image, "#cf222e")).toBeGreaterThan(100); // the refusal
  });
});
